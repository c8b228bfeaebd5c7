"""The severities of findings in words."""

MESSAGES: dict[str, tuple[str, str]] = {
    "severity.error": ("virhe", "error"),
    "severity.warning": ("varoitus", "warning"),
    "severity.info": ("huomio", "info"),
}
