"""Messages of issue 12's safeguards: odd paths in data/ (S006). The git and template
safeguards' texts are in `git.py` and `template.py`."""

MESSAGES: dict[str, tuple[str, str]] = {
    # --- odd paths in data/ (S006) ---
    "rule.S006.link_loop": (
        "Tämä on symbolinen linkki, joka kiertää kehää (se johtaa lopulta itseensä); sitä "
        "ei lueta.",
        "This is a symbolic link that loops (it leads back to itself); it is not read.",
    ),
    "rule.S006.link_loop.hint": (
        "Korvaa linkki tavallisella tiedostolla tai korjaa, mihin se osoittaa.",
        "Replace the link with a plain file, or fix what it points to.",
    ),
    "rule.S006.link_dangling": (
        "Tämä on symbolinen linkki, jonka kohdetta ei ole; sitä ei lueta.",
        "This is a symbolic link whose target does not exist; it is not read.",
    ),
    "rule.S006.link_dangling.hint": (
        "Poista linkki tai korjaa, mihin se osoittaa.",
        "Remove the link, or fix what it points to.",
    ),
    "rule.S006.not_folder": (
        "Tämän pitäisi olla hakemisto, mutta se on tiedosto; sen sisältöä ei lueta.",
        "This should be a folder, but it is a file; nothing in it is read.",
    ),
    "rule.S006.not_folder.hint": (
        "Korvaa se hakemistolla, jossa on YAML-tiedostot.",
        "Replace it with a folder that holds the YAML files.",
    ),
}
