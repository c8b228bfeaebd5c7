"""Finding the data repository (`--root`, `ASIAKKUUS_ROOT`)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "root.not_found": (
        "Tästä hakemistosta tai sen yläpuolelta ei löydy asiakkuus-säilöä (asiakkuus.toml tai data/customers/). "
        "Anna polku valitsimella --root, tai luo uusi säilö komennolla: asiakkuus init HAKEMISTO",
        "No asiakkuus repository here or above (asiakkuus.toml or data/customers/). "
        "Give one with --root, or create one with: asiakkuus init DIR",
    ),
    "root.missing_dir": (
        "Hakemistoa '{path}' ei ole.",
        "The directory '{path}' does not exist.",
    ),
}
