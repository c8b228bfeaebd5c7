"""Messages of `fmt` and `plan touch`: kept comments, the diff, the date checks."""

MESSAGES: dict[str, tuple[str, str]] = {
    "editing.help.fmt.diff": (
        "Näytä muutokset diff-muodossa kirjoittamatta mitään; poistumiskoodi 1, jos jokin tiedosto muuttuisi.",
        "Show the changes as a unified diff and write nothing; exit code 1 if any file would change.",
    ),
    "editing.fmt.diff_line_ends": (
        "{path}: vain rivinvaihdot tai tiedoston alun BOM-merkki muuttuisivat (vakiomuoto: \\n, ei BOM-merkkiä).",
        "{path}: only the line ends or the byte order mark at the start would change (canonical: \\n, no BOM).",
    ),
    "editing.comment.lost": (
        "Rivin {line} kommentti ({comment}) katoaisi tai erkanisi kentästään {key}, joten tiedostoa ei muutettu. "
        "Siirrä kommentti omalle rivilleen sen kentän yläpuolelle, jota se koskee, ja aja fmt uudelleen. "
        "Jos se ei auta, ilmoita tästä virheestä.",
        "The comment on line {line} ({comment}) would be lost or separated from its key {key}, so the file "
        "was left untouched. Move the comment onto a line of its own above the key it is about and run fmt "
        "again. If that does not help, please report this bug.",
    ),
    "editing.comment.flow": (
        "Rivin {line} kommentti ({comment}) on usealle riville jaetun [..]- tai {{..}}-luettelon sisällä, eikä "
        "vakiomuoto voi säilyttää sitä, joten tiedostoa ei muutettu. Kirjoita luettelo yksi kohta riviään "
        "(- kohta) ja kommentti sen kohdan yläpuolelle, tai siirrä kommentti kentän {key} yläpuolelle.",
        "The comment on line {line} ({comment}) is inside a [..] or {{..}} list that spans lines, which the "
        "canonical form cannot keep, so the file was left untouched. Write the list one item per line "
        "(- item) with the comment above its item, or move the comment above the key {key}.",
    ),
    "editing.comment.added": (
        "Muokkaus lisäisi kommentin, joten tiedostoa ei muutettu. Ilmoita tästä virheestä.",
        "The edit would add a comment, so the file was left untouched. Please report this bug.",
    ),
    "editing.touch.future": (
        "Huomio: {path}: päivityspäivä (updated) oli {was}, tulevaisuudessa; se on nyt tämä päivä {date}. "
        "Tarkista, ettei päivämäärää kirjoitettu väärin.",
        "Note: {path}: updated was {was}, in the future; it is now today, {date}. "
        "Check that the date was not mistyped.",
    ),
}
