"""`--format` values."""

MESSAGES: dict[str, tuple[str, str]] = {
    "format.bad": (
        "Muoto '{value}' ei ole tuettu; valitse jokin näistä: {allowed}.",
        "Format '{value}' is not supported; choose one of: {allowed}.",
    ),
}
