"""The rule texts of the file-system safeguards (docs/SECURITY.md); see rules.py."""

MESSAGES: dict[str, tuple[str, str]] = {
    "rule.S006.not_regular": (
        "Tämä ei ole tavallinen tiedosto (vaan esimerkiksi hakemisto, nimetty putki tai "
        "laite), eikä sitä lueta.",
        "This is not a regular file (but, say, a folder, a named pipe or a device); "
        "it is not read.",
    ),
    "rule.S006.not_regular.hint": (
        "Korvaa se tavallisella YAML-tiedostolla tai poista se.",
        "Replace it with a plain YAML file, or remove it.",
    ),
}
