"""Messages of the file-system and template safeguards (docs/SECURITY.md)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "write.outside": (
        "tiedostoon {path} ei kirjoiteta: se tai sen hakemisto on symbolinen linkki "
        "säilön {root} ulkopuolelle.",
        "{path} is not written: it or its folder is a symbolic link that leads out of "
        "the repository {root}.",
    ),
    "write.not_regular": (
        "tiedostoon {path} ei kirjoiteta: se ei ole tavallinen tiedosto (vaan esimerkiksi "
        "hakemisto, nimetty putki tai laite).",
        "{path} is not written: it is not a regular file (but, say, a folder, a named pipe "
        "or a device).",
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
    "template.outside": (
        "mallipohjaa '{name}' ei käytetä: se on symbolinen linkki mallipohjahakemiston "
        "ulkopuolelle.",
        "the template '{name}' is not used: it is a symbolic link that leads out of its "
        "templates folder.",
    ),
    "template.link_outside": (
        "säilön mallipohjia ei käytetä: {path} on symbolinen linkki hakemiston templates/ "
        "ulkopuolelle.",
        "the repository's templates are not used: {path} is a symbolic link that leads out "
        "of templates/.",
    ),
}
