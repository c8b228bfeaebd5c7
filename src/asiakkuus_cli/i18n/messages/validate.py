"""`asiakkuus validate`: its summary line."""

MESSAGES: dict[str, tuple[str, str]] = {
    "validate.summary": (
        "Tarkistettuja tiedostoja {files}: virheitä {errors}, varoituksia {warnings}, huomioita {infos}.",
        "Files checked: {files}; errors: {errors}, warnings: {warnings}, infos: {infos}.",
    ),
    "validate.clean": (
        "Tarkistettuja tiedostoja {files}: ei huomautettavaa.",
        "Files checked: {files}; nothing to report.",
    ),
}
