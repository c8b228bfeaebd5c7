"""The labels of the appendix-4 Word template (and their English and everyday variants).

Each field lists the ways people write its label; `text.label_score` matches
them ignoring case, spacing, hyphenation and word order. docs/import.md shows
the same mapping as tables.
"""

from __future__ import annotations

#: The rows at the top of the plan: `Label: value`, in a table or as paragraphs.
HEADER: dict[str, tuple[str, ...]] = {
    "name": ("Asiakas", "Asiakkaan nimi", "Asiakasorganisaatio", "Customer", "Customer name"),
    "id": ("Tunnus", "Asiakkaan tunnus", "Id", "Customer id"),
    "updated": ("Suunnitelma päivitetty", "Päivitetty", "Päivitys", "Plan updated", "Updated"),
    "segment": ("Segmentti", "Asiakassegmentti", "Segment"),
    "type": ("Organisaatiomuoto", "Asiakkaan organisaatiomuoto", "Organisation type", "Type"),
    "account_manager": ("Kumppanuuspäällikkö", "Partnership manager", "Account manager"),
    "customer_contact": ("Asiakkaan yhteyshenkilö", "Yhteyshenkilö", "Customer contact"),
    "charges.annual": (
        "Asiakkaan veloitukset vuodessa",
        "Veloitukset vuodessa",
        "Veloitukset",
        "Annual charges",
        "Charges",
    ),
    "charges.change": (
        "Veloitusten muutos aiempaan vuoteen",
        "Veloitusten muutos",
        "Change of charges",
        "Charges change",
    ),
    "headcount": (
        "Asiakkaan henkilöstön määrä ja muutos aiempaan vuoteen",
        "Henkilöstön määrä ja muutos",
        "Henkilöstön määrä",
        "Henkilöstö",
        "Headcount",
        "Staff",
    ),
    "potential": (
        "Asiakkaan tulevaisuusnäkymät (potentiaaliarvo)",
        "Tulevaisuusnäkymät potentiaaliarvo",
        "Tulevaisuusnäkymät",
        "Potentiaaliarvo",
        "Potential",
        "Outlook",
    ),
    "direct": ("Suora asiakas", "Direct customer", "Direct"),
}

#: Section headings -> plan field.
SECTIONS: dict[str, tuple[str, ...]] = {
    "projects": ("Asiakkaan kehittämishankkeet", "Kehittämishankkeet", "Development projects"),
    "critical_systems": (
        "Kriittisten palveluiden säännölliset toimenpiteet",
        "Kriittiset palvelut",
        "Kriittiset järjestelmät",
        "Critical systems",
        "Critical services",
    ),
    "calendar": (
        "Asiakkuuksien hoitoa koskevia säännöllisesti toistuvien tapahtumien aikatauluja",
        "Säännöllisesti toistuvat tapahtumat",
        "Säännöllisesti toistuvien tapahtumien aikataulut",
        "Vuosikello",
        "Care calendar",
        "Recurring events",
    ),
    "needs": (
        "Asiakkaan havaitsemia pienkehitystarpeita",
        "Asiakkaan havaitsemat pienkehitystarpeet",
        "Pienkehitystarpeet",
        "Small needs",
        "Small development needs",
    ),
    "marketing": ("Asiakaskohtaiset markkinointitoimet", "Markkinointitoimet", "Marketing"),
    "agreements": (
        "Kaupungin johdon ja asiakkaan keskenään sopimat asiat",
        "Kaupungin johdon ja asiakkaan sopimat asiat",
        "Sovitut asiat",
        "Agreements",
    ),
    "notes": ("Muistiinpanot", "Lisätiedot", "Huomiot", "Notes"),
}

#: The columns of each section's table.
COLUMNS: dict[str, dict[str, tuple[str, ...]]] = {
    "projects": {
        "name": ("Projektin nimi", "Hankkeen nimi", "Projekti", "Hanke", "Project", "Name"),
        "project": ("Ohjausryhmä", "Projektin tunnus", "Roster", "Project id"),
        "start": ("Projektin alku pvm", "Alku pvm", "Alku", "Alkaa", "Start"),
        "end": (
            "Projektin arvioitu päätös pvm",
            "Arvioitu päätös pvm",
            "Päätös pvm",
            "Päättyy",
            "Loppu",
            "End",
        ),
        "manager": ("Projektipäällikkö", "Project manager", "Manager"),
        "budget": ("Budjetti (€)", "Budjetti", "Budget"),
        "it_representative": ("IT:n edustus", "IT-edustaja", "IT:n edustaja", "IT representative"),
        "action": ("Toimenpide", "Seuranta", "Action", "Follow-up"),
        "priority": ("Prioriteetti", "Priority"),
        "done": ("Valmis", "Done"),
    },
    "critical_systems": {
        "name": ("Järjestelmän nimi", "Järjestelmä", "Palvelu", "System", "Name"),
        "updates_per_year": (
            "Päivitysten määrä / vuosi",
            "Päivityksiä vuodessa",
            "Päivitysten määrä",
            "Updates per year",
        ),
        "next_update": (
            "Seuraava päivitys ajankohta",
            "Seuraava päivitys",
            "Seuraavan päivityksen ajankohta",
            "Next update",
        ),
        "customer_contact": ("Asiakkaan yhteyshenkilö", "Yhteyshenkilö", "Customer contact"),
        "vendor": ("Sovellustoimittaja", "Toimittaja", "Vendor"),
        "maintenance": ("Ylläpito", "Maintenance"),
        "it_resources": ("Resurssit IT:stä", "IT-resurssit", "Resurssit", "IT resources"),
        "notes": ("Muuta", "Huomiot", "Lisätiedot", "Notes"),
    },
    "calendar": {
        "what": ("Toimenpide (mitä)", "Toimenpide", "Mitä", "Tapahtuma", "What", "Event"),
        "who": ("Vastuutaho (kuka)", "Vastuutaho", "Kuka", "Who", "Responsible"),
        "to_whom": (
            "Toimenpiteen vastaanottaja (kenelle)",
            "Vastaanottaja",
            "Kenelle",
            "To whom",
            "Recipient",
        ),
        "month": ("Ajankohta (milloin)", "Ajankohta", "Milloin", "Kuukausi", "Month", "When"),
        "day": ("Päivä", "Day"),
        "where": ("Sijainti (missä)", "Sijainti", "Missä", "Paikka", "Where"),
    },
    "needs": {
        "need": ("Tarve", "Need"),
        "impact": ("Vaikuttavuus", "Vaikutus", "Impact"),
        "observed": ("Tarve havaittu", "Havaittu", "Observed"),
        "budgeted": ("Onko budjetoitu", "Budjetoitu", "Budgeted"),
        "fits_environment": (
            "Sopiiko ympäristöön",
            "Sopii ympäristöön",
            "Fits environment",
            "Fits the environment",
        ),
        "tags": ("Tunnisteet", "Avainsanat", "Tags"),
        "decision": ("Päätös", "Decision"),
    },
}

#: The template's own guidance paragraphs (their beginnings): not data, not notes.
TEMPLATE_TEXT: tuple[str, ...] = (
    "Asiakkuuksien hoitosuunnitelma on tarkoitettu",
    "Asiakkaan kehittämishankkeisiin kirjataan",
    "Kriittisten palveluiden päivitysten aikataulut",
    "Asiakaskohtaisten budjettitapaamisten ajankohdat",
    "Tähän taulukkoon kirjataan",
)
TITLE: tuple[str, ...] = ("Asiakkuuksien hoitosuunnitelma", "Customer care plan", "Care plan")
#: The template's hint after the customer contact's name.
CONTACT_HINT = "henkilö, jolta tiedot sisältöön saatu"

#: Organisation types as the template and people write them.
ORG_TYPE_WORDS: dict[str, tuple[str, ...]] = {
    "division": ("toimiala", "division"),
    "service_centre": ("palvelukeskus", "service centre", "service center"),
    "municipal_enterprise": ("liikelaitos", "municipal enterprise"),
    "regional": ("seudullinen toimija", "seudullinen", "regional"),
    "company": ("osakeyhtiö", "yhtiö", "oy", "company"),
    "foundation": ("säätiö", "foundation"),
}
MAINTENANCE_WORDS: dict[str, tuple[str, ...]] = {
    "it": ("it", "it-palvelut", "it palvelut", "tiera", "it/tiera", "sisäinen", "internal"),
    "external": ("ulkoinen", "ulkoinen toimittaja", "toimittaja", "external", "vendor"),
}
#: `IT:n edustus` values that mean "no IT representation".
NO_REPRESENTATION = ("ei edustusta", "ei", "-", "–", "no", "none")
