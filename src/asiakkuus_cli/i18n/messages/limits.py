"""Input beyond what a command handles: a date on the command line too far off, a file
that only the validator's YAML parser can read."""

MESSAGES: dict[str, tuple[str, str]] = {
    "date.range": (
        "Päivämäärä '{value}' on liian kaukana; anna päivä vuosilta {first}–{last}.",
        "The date '{value}' is too far off; give a day in the years {first}–{last}.",
    ),
    "workflow.fmt.unreadable": (
        "Muotoilija ei pysty lukemaan tiedostoa samoin kuin tarkistus (usein sarkain sisennyksessä tai kaksoispisteen jälkeen), joten sitä ei muutettu. Korvaa sarkaimet välilyönneillä.",
        "The formatter cannot read this file as the validator does (often a tab in the indentation or after a colon), so it was left untouched. Replace the tabs with spaces.",
    ),
}
