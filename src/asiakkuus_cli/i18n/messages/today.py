"""`--today` and `ASIAKKUUS_TODAY`."""

MESSAGES: dict[str, tuple[str, str]] = {
    "today.bad": (
        "Päivämäärä '{value}' ei kelpaa; kirjoita muodossa VVVV-KK-PP, esimerkiksi 2026-01-15.",
        "The date '{value}' is not valid; write it as YYYY-MM-DD, e.g. 2026-01-15.",
    ),
}
