"""Reports written to Excel (`--format xlsx -o FILE`): the file, its info sheet, the extra
sheet of nested rows."""

MESSAGES: dict[str, tuple[str, str]] = {
    "xlsx.needs_out": (
        "--format xlsx kirjoittaa tiedoston: anna myös -o TIEDOSTO.xlsx",
        "--format xlsx writes a file: give -o FILE.xlsx as well",
    ),
    "xlsx.written": ("kirjoitettu {path}", "wrote {path}"),
    "xlsx.info": ("Tiedot", "About"),
    "xlsx.part.needs.needs": ("Tarpeet", "Needs"),
    "xlsx.col.needs.customer": ("Asiakas", "Customer"),
    "xlsx.col.needs.need": ("Tarve", "Need"),
    "xlsx.col.needs.observed": ("Havaittu", "Observed"),
    "xlsx.col.needs.budgeted": ("Budjetoitu", "Budgeted"),
    "xlsx.col.needs.fits_environment": ("Sopii ympäristöön", "Fits the environment"),
    "xlsx.col.needs.decision": ("Päätös", "Decision"),
    "xlsx.col.needs.tags": ("Tunnisteet", "Tags"),
}
