"""Messages of the documents: output folder, the internal findings page."""

MESSAGES: dict[str, tuple[str, str]] = {
    "docs.help.findings": (
        "Liitä loppuun erillinen sivu sisäisistä havainnoista (vain kumppanuuspäällikölle, "
        "ei asiakkaalle).",
        "Add a separate last page of internal findings (for the partnership manager, "
        "not for the customer).",
    ),
    "docs.out_mkdir": (
        "Tulostushakemistoa {path} ei voitu luoda: {detail}",
        "The output folder {path} could not be created: {detail}",
    ),
    "docs.all_not_stdout": (
        "--all kirjoittaa useita tiedostoja eikä voi tulostaa (--out -); anna hakemisto "
        "tai jätä --out pois (oletus out/).",
        "--all writes several files and cannot print them (--out -); give a folder or "
        "leave --out out (default out/).",
    ),
    "docs.findings_page": (
        "Sisäinen liite: havainnot – ei asiakkaalle",
        "Internal appendix: findings – not for the customer",
    ),
    "docs.findings_page_intro": (
        "Tämä sivu on kumppanuuspäällikön omaan käyttöön: irrota se ennen kuin annat "
        "asiakirjan asiakkaalle. Havainnot ovat samat kuin komennolla asiakkuus validate.",
        "This page is for the partnership manager only: remove it before the document "
        "goes to the customer. The findings are those of asiakkuus validate.",
    ),
}
