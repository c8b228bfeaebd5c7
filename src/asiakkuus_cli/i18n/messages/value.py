"""Values shown in words: yes and no."""

MESSAGES: dict[str, tuple[str, str]] = {
    "value.yes": ("kyllä", "yes"),
    "value.no": ("ei", "no"),
}
