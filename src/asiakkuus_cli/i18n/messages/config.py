"""`asiakkuus.toml`: syntax, unknown keys, bad values, a file that is not safe to read."""

MESSAGES: dict[str, tuple[str, str]] = {
    "config.syntax": (
        "Asetustiedosto {file} ei ole kelvollista TOMLia: {detail}",
        "The settings file {file} is not valid TOML: {detail}",
    ),
    "config.unknown_key": (
        "Tuntematon asetus '{key}' tiedostossa {file}.",
        "Unknown setting '{key}' in {file}.",
    ),
    "config.bad_value": (
        "Asetuksen '{key}' arvo ei kelpaa tiedostossa {file}: {detail}",
        "The setting '{key}' in {file} has an invalid value: {detail}",
    ),
    "config.unknown_code": (
        "Tuntematon sääntökoodi '{key}' kohdassa [rules.severity] tiedostossa {file}.",
        "Unknown rule code '{key}' under [rules.severity] in {file}.",
    ),
    "config.not_regular": (
        "{file} ei ole tavallinen tiedosto (vaan esimerkiksi hakemisto, nimetty putki tai "
        "laite); korvaa se tavallisella tiedostolla.",
        "{file} is not a regular file (but, say, a folder, a named pipe or a device); "
        "replace it with a plain file.",
    ),
    "config.outside": (
        "{file} on symbolinen linkki säilön ulkopuolelle, eikä sitä lueta; kopioi asetukset "
        "säilöön.",
        "{file} is a symbolic link that leads out of the repository; it is not read. Copy "
        "the settings into the repository.",
    ),
    "config.too_large": (
        "{file} on liian suuri (enintään {limit} tavua).",
        "{file} is too large (at most {limit} bytes).",
    ),
}
