"""`--lang`, `ASIAKKUUS_LANG` and `lang` in asiakkuus.toml."""

MESSAGES: dict[str, tuple[str, str]] = {
    "lang.bad": (
        "Kieli '{value}' ei ole tuettu; valitse jokin näistä: {langs}.",
        "Language '{value}' is not supported; choose one of: {langs}.",
    ),
}
