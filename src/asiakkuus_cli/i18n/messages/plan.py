"""The care-plan document (`plan show`, `plan render`): headings, columns, labels."""

MESSAGES: dict[str, tuple[str, str]] = {
    "plan.title": ("Asiakkuuksien hoitosuunnitelma", "Customer care plan"),
    "plan.purpose": (
        "Hoitosuunnitelma on tarkoitettu {org} -palvelukeskuksen sisäiseen käyttöön ja "
        "helpottamaan asiakkuuksien hoitoa. Se kokoaa asiakkaan tulevat ja meneillään olevat "
        "kehityshankkeet, kriittisten järjestelmien päivitykset, vuosikellon tapahtumat, "
        "pienkehitystarpeet ja markkinointiin liittyvät asiat.",
        "The care plan is for the internal use of {org} and makes looking after the customer "
        "easier. It brings together the customer's coming and running development projects, "
        "the updates of critical systems, the yearly care events, small development needs "
        "and marketing.",
    ),
    "plan.h.customer": ("Asiakas", "Customer"),
    "plan.h.updated": ("Suunnitelma päivitetty", "Plan updated"),
    "plan.h.segment": ("Segmentti", "Segment"),
    "plan.h.type": ("Organisaatiomuoto", "Form of organisation"),
    "plan.h.manager": ("Kumppanuuspäällikkö", "Partnership manager"),
    "plan.h.contact": ("Asiakkaan yhteyshenkilö", "Customer contact"),
    "plan.h.charges": ("Asiakkaan veloitukset vuodessa", "Annual charges to the customer"),
    "plan.h.charges_change": (
        "Veloitusten muutos aiempaan vuoteen",
        "Change in charges from the previous year",
    ),
    "plan.h.headcount": (
        "Asiakkaan henkilöstön määrä ja muutos aiempaan vuoteen",
        "Customer's staff and change from the previous year",
    ),
    "plan.h.potential": (
        "Asiakkaan tulevaisuusnäkymät (potentiaaliarvo)",
        "Customer's outlook (potential score)",
    ),
    "plan.indirect": ("välillinen asiakas", "indirect customer"),
    "plan.s.projects": ("Asiakkaan kehittämishankkeet", "Customer's development projects"),
    "plan.s.projects.intro": (
        "Kaikki tiedossa olevat hankkeet. Tarkemmat tiedot antaa projektipäällikkö tai asiakkaan "
        "edustaja. Toimenpide-sarakkeessa on se, mitä hankkeesta seurataan; prioriteetti on "
        "asiakkaan oma järjestys.",
        "Every known project. The project manager or the customer's representative has the "
        "details. The action column says what to follow up; the priority is the customer's "
        "own order.",
    ),
    "plan.c.project": ("Projektin nimi", "Project"),
    "plan.c.start": ("Alku", "Start"),
    "plan.c.end": ("Arvioitu päätös", "Estimated end"),
    "plan.c.pm": ("Projektipäällikkö", "Project manager"),
    "plan.c.budget": ("Budjetti", "Budget"),
    "plan.c.it_rep": ("IT:n edustus", "IT representative"),
    "plan.c.action": ("Toimenpide", "Action"),
    "plan.c.priority": ("Prioriteetti", "Priority"),
    "plan.no_rep": ("EI EDUSTUSTA", "NO REPRESENTATION"),
    "plan.done": ("valmis", "done"),
    "plan.s.timeline": ("Hankkeiden aikajana", "Project timeline"),
    "plan.timeline.today": ("tänään", "today"),
    "plan.timeline.undated": (
        "Ilman alku- ja loppupäivää: {names}",
        "Without a start and end date: {names}",
    ),
    "plan.s.systems": (
        "Kriittisten palveluiden säännölliset toimenpiteet",
        "Regular work on critical services",
    ),
    "plan.s.systems.intro": (
        "Kriittisten järjestelmien päivitysten aikataulut, jotta resurssitarpeet voidaan ennakoida.",
        "Update schedules of the critical systems, so that the resources can be planned ahead.",
    ),
    "plan.c.system": ("Järjestelmän nimi", "System"),
    "plan.c.updates": ("Päivityksiä / vuosi", "Updates / year"),
    "plan.c.next_update": ("Seuraava päivitys", "Next update"),
    "plan.c.contact": ("Asiakkaan yhteyshenkilö", "Customer contact"),
    "plan.c.vendor": ("Sovellustoimittaja", "Vendor"),
    "plan.c.maintenance": ("Ylläpito", "Maintenance"),
    "plan.c.it_resources": ("Resurssit IT:stä", "IT resources"),
    "plan.c.notes": ("Muuta", "Other"),
    "plan.maint.it": ("IT", "IT"),
    "plan.maint.external": ("Ulkoinen", "External"),
    "plan.s.calendar": (
        "Asiakkuuksien hoidon säännöllisesti toistuvat tapahtumat",
        "Recurring customer-care events",
    ),
    "plan.s.calendar.intro": (
        "Organisaation vuosikello ja asiakaskohtaiset tapahtumat yhdessä, kuukausittain.",
        "The organisation's yearly calendar and the customer's own events together, by month.",
    ),
    "plan.c.what": ("Toimenpide (mitä)", "What"),
    "plan.c.who": ("Vastuutaho (kuka)", "Who"),
    "plan.c.to_whom": ("Vastaanottaja (kenelle)", "To whom"),
    "plan.c.when": ("Ajankohta (milloin)", "When"),
    "plan.c.where": ("Sijainti (missä)", "Where"),
    "plan.s.upcoming": ("Seuraavat 12 kuukautta", "The next twelve months"),
    "plan.c.date": ("Milloin", "When"),
    "plan.c.event": ("Tapahtuma", "Event"),
    "plan.up.calendar": ("{what} ({who} → {to_whom})", "{what} ({who} → {to_whom})"),
    "plan.up.update": ("Päivitys: {name}", "Update: {name}"),
    "plan.up.start": ("Hanke alkaa: {name}", "Project starts: {name}"),
    "plan.up.end": ("Hanke päättyy: {name}", "Project ends: {name}"),
    "plan.s.needs": (
        "Asiakkaan havaitsemat pienkehitystarpeet",
        "Small development needs the customer has raised",
    ),
    "plan.s.needs.intro": (
        "Tarpeet, joita asiakas ei itse projektoi. Jos sama tarve tulee useilta asiakkailta, se "
        "voidaan toteuttaa kustannustehokkaasti yhtenä hankkeena.",
        "Needs the customer does not make a project of. When several customers raise the same "
        "need, it can be met cost-efficiently as one project.",
    ),
    "plan.c.need": ("Tarve", "Need"),
    "plan.c.impact": ("Vaikuttavuus", "Impact"),
    "plan.c.observed": ("Tarve havaittu", "Observed"),
    "plan.c.budgeted": ("Onko budjetoitu", "Budgeted"),
    "plan.c.fits": ("Sopiiko ympäristöön", "Fits the environment"),
    "plan.c.decision": ("Päätös", "Decision"),
    "plan.s.marketing": ("Asiakaskohtaiset markkinointitoimet", "Customer-specific marketing"),
    "plan.growth.yes": (
        "Asiakas kuuluu potentiaalisen kasvun asiakkaisiin. Sille tarjotaan seuraavia ajankohtaisia palveluita:",
        "The customer has potential for growth. It is offered these current services:",
    ),
    "plan.growth.no": (
        "Asiakas ei kuulu potentiaalisen kasvun asiakkaisiin.",
        "The customer is not counted among those with potential for growth.",
    ),
    "plan.offers": ("Tarjottavat palvelut:", "Services offered:"),
    "plan.s.agreements": (
        "Kaupungin johdon ja asiakkaan keskenään sopimat asiat",
        "Agreed between city management and the customer",
    ),
    "plan.s.notes": ("Muistiinpanot", "Notes"),
}
