"""The `sources` command (issue 17): where customer data lives."""

MESSAGES: dict[str, tuple[str, str]] = {
    "sources.unknown_customer": (
        "Asiakasta '{value}' ei ole.{close}",
        "There is no customer '{value}'.{close}",
    ),
}
