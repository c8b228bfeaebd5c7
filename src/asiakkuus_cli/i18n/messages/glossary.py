"""The glossary document: its title and columns (the terms are in term.py)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "glossary.title": ("PRINCE2-sanasto", "PRINCE2 glossary"),
    "glossary.c.fi": ("Suomeksi", "Finnish"),
    "glossary.c.en": ("Englanniksi", "English"),
    "glossary.c.explain": ("Selitys", "Explanation"),
}
