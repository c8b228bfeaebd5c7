"""Rule codes on the command line (`--select`, `--ignore`, `rules CODE`)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "code.bad": (
        "Sääntökoodia '{value}' ei ole; katso luettelo komennolla asiakkuus rules.",
        "There is no rule code '{value}'; see the list with `asiakkuus rules`.",
    ),
}
