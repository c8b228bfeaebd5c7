"""Messages of typed values: the months as a message names them."""

MESSAGES: dict[str, tuple[str, str]] = {
    # months as a message says 'in February' (date_impossible_day)
    "term.month_in.1": ("tammikuussa", "January"),
    "term.month_in.2": ("helmikuussa", "February"),
    "term.month_in.3": ("maaliskuussa", "March"),
    "term.month_in.4": ("huhtikuussa", "April"),
    "term.month_in.5": ("toukokuussa", "May"),
    "term.month_in.6": ("kesäkuussa", "June"),
    "term.month_in.7": ("heinäkuussa", "July"),
    "term.month_in.8": ("elokuussa", "August"),
    "term.month_in.9": ("syyskuussa", "September"),
    "term.month_in.10": ("lokakuussa", "October"),
    "term.month_in.11": ("marraskuussa", "November"),
    "term.month_in.12": ("joulukuussa", "December"),
}
