"""Documents in general: output files, the findings box, the page furniture."""

MESSAGES: dict[str, tuple[str, str]] = {
    "doc.id_bad": (
        "'{value}' ei kelpaa tunnukseksi: sallittuja ovat pienet kirjaimet a–z, numerot ja "
        "viiva, 1–64 merkkiä.",
        "'{value}' is not a valid id: use lowercase a–z, digits and '-', 1–64 characters.",
    ),
    "doc.unknown_customer": ("Asiakasta '{value}' ei ole.", "There is no customer '{value}'."),
    "doc.unknown_project": ("Projektia '{value}' ei ole.", "There is no project '{value}'."),
    "doc.did_you_mean": ("Tarkoititko: {ids}?", "Did you mean: {ids}?"),
    "doc.known_ids": ("Tunnetut tunnukset: {ids}.", "Known ids: {ids}."),
    "doc.none_known": ("Säilössä ei ole yhtään.", "The repository holds none."),
    "doc.unknown_with": ("{message} {suggestion}", "{message} {suggestion}"),
    "doc.id_or_all": (
        "Anna joko tunnus tai --all, ei molempia eikä kumpaakaan jättäen pois.",
        "Give either an id or --all (exactly one of them).",
    ),
    "doc.out_not_dir": ("'{path}' ei ole hakemisto.", "'{path}' is not a directory."),
    "doc.out_parent": ("Hakemistoa '{path}' ei ole.", "The directory '{path}' does not exist."),
    "doc.template_missing": ("Mallipohjaa '{name}' ei löydy.", "Template '{name}' not found."),
    "doc.template_error": (
        "Mallipohja '{name}' ei toimi: {detail}",
        "Template '{name}' failed: {detail}",
    ),
    "doc.load_failed": (
        "Tiedostoa '{file}' ei voitu lukea; korjaa nämä ensin:",
        "The file '{file}' could not be loaded; fix these first:",
    ),
    "doc.written": ("Kirjoitettu: {path}", "Written: {path}"),
    "doc.written_all": (
        "{count} asiakirjaa hakemistoon {path}",
        "{count} documents written to {path}",
    ),
    "doc.progress": ("Tehdään asiakirjoja", "Rendering documents"),
    "doc.internal": ("Sisäiseen käyttöön", "Internal use only"),
    "doc.page": ("Sivu", "Page"),
    "doc.as_of": ("Tilanne {date}", "As of {date}"),
    "doc.none": ("Ei kirjauksia.", "Nothing recorded."),
    "doc.findings": ("Avoimet havainnot", "Open findings"),
    "doc.findings_none": ("Ei avoimia havaintoja.", "No open findings."),
    "doc.findings_intro": (
        "Työkalun tarkistus löysi tästä tiedostosta seuraavat asiat:",
        "The tool's check found the following in this file:",
    ),
    "doc.line": ("rivi {line}", "line {line}"),
}
