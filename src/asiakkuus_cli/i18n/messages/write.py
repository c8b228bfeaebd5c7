"""Writing files: the safeguards of docs/SECURITY.md."""

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
}
