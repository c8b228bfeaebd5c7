"""How a usage problem or an internal failure is introduced on stderr."""

MESSAGES: dict[str, tuple[str, str]] = {
    "problem.prefix": ("virhe", "error"),
    "problem.internal": (
        "sisäinen virhe ({kind}: {detail}). Tämä on ohjelmavirhe; ilmoita siitä ylläpitäjälle. Yksityiskohdat: ASIAKKUUS_DEBUG=1.",
        "internal error ({kind}: {detail}). This is a bug; please report it. Details: ASIAKKUUS_DEBUG=1.",
    ),
    "problem.os": (
        "tiedostoa tai hakemistoa {path} ei voitu käsitellä: {detail}.",
        "could not use the file or directory {path}: {detail}.",
    ),
}
