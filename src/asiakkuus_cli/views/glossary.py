"""The PRINCE2 glossary: each term in Finnish and English, explained."""

from __future__ import annotations

from ..i18n.keys import GLOSSARY
from . import Fmt, View

#: The terms in the order of the glossary: `i18n.keys.GLOSSARY`, term -> (name, explanation).
TERMS: tuple[str, ...] = tuple(GLOSSARY)


def glossary_view(lang: str) -> View:
    fm = Fmt(lang)
    fi, en = Fmt("fi"), Fmt("en")
    return {
        "kind": "glossary",
        "lang": lang,
        "title": fm.t("glossary.title"),
        "columns": [
            {"key": "fi", "label": fm.t("glossary.c.fi")},
            {"key": "en", "label": fm.t("glossary.c.en")},
            {"key": "explain", "label": fm.t("glossary.c.explain")},
        ],
        "terms": [
            {
                "key": k,
                "fi": fi.t(word),
                "en": en.t(word),
                "explain": fm.t(explain),
                "explain_fi": fi.t(explain),
                "explain_en": en.t(explain),
            }
            for k in TERMS
            for word, explain in [GLOSSARY[k]]
        ],
    }
