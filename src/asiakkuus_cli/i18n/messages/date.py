"""Dates on the command line too far off."""

MESSAGES: dict[str, tuple[str, str]] = {
    "date.range": (
        "Päivämäärä '{value}' on liian kaukana; anna päivä vuosilta {first}–{last}.",
        "The date '{value}' is too far off; give a day in the years {first}–{last}.",
    ),
}
