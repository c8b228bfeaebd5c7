"""Terminal output and the command line itself: tables, help, click's own texts."""

MESSAGES: dict[str, tuple[str, str]] = {
    "term.hidden_columns": (
        "Pääte on kapea: sarakkeet {columns} jätettiin pois. Näet ne leveämmässä "
        "päätteessä tai muodossa --format md, csv tai json.",
        "The terminal is narrow: the columns {columns} were left out. See them in a wider "
        "terminal or with --format md, csv or json.",
    ),
}
