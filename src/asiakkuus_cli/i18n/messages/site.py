"""Messages of the static site (`asiakkuus site build|serve`) and its pages."""

MESSAGES: dict[str, tuple[str, str]] = {
    # --- commands ---------------------------------------------------------------------
    "site.written": (
        "Sivusto kirjoitettu: {path} ({pages} sivua).",
        "Site written: {path} ({pages} pages).",
    ),
    "site.out_not_dir": (
        "'{path}' ei ole hakemisto; valitse toinen --out.",
        "'{path}' is not a folder; choose another --out.",
    ),
    "site.out_not_site": (
        "Hakemisto '{path}' ei ole tyhjä eikä tämän työkalun tekemä sivusto (siinä ei ole "
        "tiedostoa {marker}); sitä ei korvata. Valitse toinen --out tai tyhjennä hakemisto.",
        "The folder '{path}' is neither empty nor a site this tool made (it holds no "
        "{marker}); it is not replaced. Choose another --out or empty the folder.",
    ),
    "site.port_taken": (
        "Portti {port} on jo käytössä osoitteessa 127.0.0.1. Valitse toinen: --port N.",
        "Port {port} is already in use on 127.0.0.1. Choose another: --port N.",
    ),
    "site.port_bad": (
        "Portti {port} ei kelpaa: anna luku 1–65535.",
        "Port {port} is not valid: give a number 1–65535.",
    ),
    "site.serving": (
        "Sivusto osoitteessa http://127.0.0.1:{port}/ (lopeta: Ctrl+C). Tiedot seurataan: {root}",
        "Serving the site at http://127.0.0.1:{port}/ (stop: Ctrl+C). Watching: {root}",
    ),
    "site.rebuilt": ("Sivusto tehty uudelleen ({pages} sivua).", "Site rebuilt ({pages} pages)."),
    "site.rebuild_failed": (
        "Sivuston uudelleenteko epäonnistui: {detail}",
        "Rebuilding the site failed: {detail}",
    ),
    # --- frame ------------------------------------------------------------------------
    "site.name": ("{org} – asiakkuudet", "{org} – customer relationships"),
    "site.name_plain": ("Asiakkuudet", "Customer relationships"),
    "site.skip": ("Siirry sisältöön", "Skip to content"),
    "site.nav.label": ("Päävalikko", "Main"),
    "site.nav.front": ("Etusivu", "Overview"),
    "site.nav.customers": ("Asiakkaat", "Customers"),
    "site.nav.people": ("Henkilöt", "People"),
    "site.nav.needs": ("Tarpeet", "Needs"),
    "site.nav.calendar": ("Vuosikello", "Calendar"),
    "site.nav.findings": ("Havainnot", "Findings"),
    "site.nav.glossary": ("Sanasto", "Glossary"),
    "site.nav.search": ("Haku", "Search"),
    "site.search.label": ("Hae", "Search"),
    "site.search.button": ("Hae", "Search"),
    "site.label.findings": ("Havainnot", "Findings"),
    "site.label.findings_none": ("Ei havaintoja.", "No findings."),
    "site.label.history": ("Muutoshistoria", "History"),
    "site.label.links": ("Liittyvät", "Related"),
    "site.label.pdf": ("Lataa PDF", "Download the PDF"),
    "site.label.back": ("Asiakas", "Customer"),
    "site.label.timeline": (
        "Kehittämishankkeet aikajanalla; samat tiedot ovat taulukossa yllä.",
        "The development projects on a timeline; the table above holds the same data.",
    ),
    "site.label.chart_table": ("Kaavion tiedot taulukkona", "The chart's data as a table"),
    "site.label.today": ("tänään", "today"),
    "site.label.project_manager": ("Projektipäällikkö", "Project manager"),
    "site.label.shared": ("Yhteinen", "Shared"),
    "site.label.more": ("Lisää", "More"),
    "site.more": ("… ja {n} muuta", "… and {n} more"),
    "site.sort": ("lajittele", "sort"),
    "site.all_customers": ("kaikki asiakkaat", "all customers"),
    "site.internal_project": ("oma projekti", "internal project"),
    # --- front page -------------------------------------------------------------------
    "site.front.title": ("Asiakkuudet yhdellä silmäyksellä", "Customer relationships at a glance"),
    "site.front.intro": (
        "{org}: asiakkaat, veloitukset, vanhentuneet suunnitelmat, avoimet projektit ja tämän "
        "kuun tehtävät.",
        "{org}: customers, charges, stale plans, open projects and what this month needs.",
    ),
    "site.front.customers": ("asiakasta", "customers"),
    "site.front.charges": ("veloitukset vuodessa", "annual charges"),
    "site.front.change": ("veloitusten muutos", "change in charges"),
    "site.front.stale": ("vanhentunutta suunnitelmaa", "stale plans"),
    "site.front.open_projects": ("avointa projektia", "open projects"),
    "site.front.errors": ("virhettä tiedoissa", "errors in the data"),
    "site.front.segments": ("Segmentit", "Segments"),
    "site.front.stale_list": (
        "Vanhentuneet suunnitelmat (yli {days} päivää)",
        "Stale plans (over {days} days)",
    ),
    "site.front.stale_none": ("Kaikki suunnitelmat ovat ajan tasalla.", "Every plan is current."),
    "site.front.updated": ("päivitetty {date}", "updated {date}"),
    "site.front.month": ("Tässä kuussa: {month}", "This month: {month}"),
    "site.front.month_none": ("Ei tapahtumia tässä kuussa.", "Nothing this month."),
    "site.front.projects": ("Avoimet projektit", "Open projects"),
    "site.chart.charges": ("Veloitukset segmenteittäin", "Annual charges by segment"),
    "site.chart.charges.desc": (
        "Palkkikaavio asiakkaiden vuosiveloituksista segmenteittäin; luvut ovat taulukossa.",
        "A bar chart of customers' annual charges by segment; the table holds the figures.",
    ),
    "site.chart.age": ("Suunnitelmien ikä", "Age of the plans"),
    "site.chart.age.desc": (
        "Asiakkaiden määrä sen mukaan, milloin suunnitelma viimeksi päivitettiin.",
        "The number of customers by when their plan was last updated.",
    ),
    "site.age.0": ("≤ 3 kk", "≤ 3 months"),
    "site.age.1": ("3–6 kk", "3–6 months"),
    "site.age.2": ("6–12 kk", "6–12 months"),
    "site.age.3": ("1–2 v", "1–2 years"),
    "site.age.4": ("> 2 v", "> 2 years"),
    "site.chart.timeline": (
        "Avoimet projektit päättymisjärjestyksessä: {shown} / {total}",
        "Open projects by end date: {shown} of {total}",
    ),
    "site.chart.timeline.desc": (
        "Aikajana avoimista projekteista; samat tiedot ovat taulukossa kaavion alla.",
        "A timeline of the open projects; the table below the chart holds the same data.",
    ),
    "site.chart.today": ("tänään", "today"),
    # --- columns ----------------------------------------------------------------------
    "site.col.segment": ("Segmentti", "Segment"),
    "site.col.customers": ("Asiakkaat", "Customers"),
    "site.col.customer": ("Asiakas", "Customer"),
    "site.col.types": ("Organisaatiomuodot", "Organisation types"),
    "site.col.type": ("Muoto", "Type"),
    "site.col.charges": ("Veloitukset", "Charges"),
    "site.col.change": ("Muutos", "Change"),
    "site.col.stale": ("Vanhentunut", "Stale"),
    "site.col.stale_plans": ("Vanhentuneita", "Stale plans"),
    "site.col.open_projects": ("Avoimia projekteja", "Open projects"),
    "site.col.project": ("Projekti", "Project"),
    "site.col.status": ("Tila", "Status"),
    "site.col.start": ("Alku", "Start"),
    "site.col.end": ("Loppu", "End"),
    "site.col.manager": ("Kumppanuuspäällikkö", "Partnership manager"),
    "site.col.updated": ("Päivitetty", "Updated"),
    "site.col.age": ("Päivityksestä", "Since the update"),
    "site.col.date": ("Päivä", "Date"),
    "site.col.author": ("Tekijä", "Author"),
    "site.col.what_changed": ("Muutos", "Change"),
    "site.col.deputy": ("Varahenkilö", "Deputy"),
    "site.col.name": ("Nimi", "Name"),
    "site.col.title": ("Tehtävänimike", "Title"),
    "site.col.organisation": ("Organisaatio", "Organisation"),
    "site.col.roles": ("Roolit", "Roles"),
    "site.col.board_roles": ("Ohjausryhmäroolit", "Board roles"),
    "site.col.tags": ("Tunnisteet", "Tags"),
    "site.col.kind": ("Laji", "Kind"),
    "site.col.code": ("Koodi", "Code"),
    "site.col.message": ("Havainto", "Finding"),
    "site.col.where": ("Kohta", "Where"),
    # --- customers --------------------------------------------------------------------
    "site.customers.title": ("Asiakkaat", "Customers"),
    "site.customers.intro": (
        "{n} asiakasta. Valitse asiakas nähdäksesi sen hoitosuunnitelman.",
        "{n} customers. Choose one to see its care plan.",
    ),
    "site.filter.title": ("Rajaa", "Filter"),
    "site.filter.text": ("Nimi sisältää", "Name contains"),
    "site.filter.all": ("kaikki", "all"),
    "site.filter.stale": ("vain vanhentuneet", "stale only"),
    "site.filter.shown": (
        "Näytetään {n} / {total} asiakasta.",
        "Showing {n} of {total} customers.",
    ),
    # --- customer page ----------------------------------------------------------------
    "site.link.roster": ("Ohjausryhmä", "Steering group"),
    "site.link.need": ("Tarve", "Need"),
    "site.history.title": ("Muutoshistoria", "History"),
    "site.history.intro": (
        "Suunnitelman muutokset gitistä, uusin ensin (kuten asiakkuus diff ne näyttää).",
        "The plan's changes from git, newest first (as asiakkuus diff shows them).",
    ),
    "site.history.none": ("Ei muutoksia gitissä.", "No changes in git."),
    "site.history.no_git": (
        "Historia ei ole saatavilla: tiedot eivät ole git-säilössä.",
        "No history: the data is not in a git repository.",
    ),
    "site.history.added": ("Suunnitelma luotiin.", "The plan was created."),
    "site.history.removed": ("Suunnitelma poistettiin.", "The plan was removed."),
    "site.history.unreadable": (
        "Tätä versiota ei voitu lukea.",
        "This version could not be read.",
    ),
    # --- people -----------------------------------------------------------------------
    "site.people.title": ("Henkilöt", "People"),
    "site.people.managers": ("Kumppanuuspäälliköt", "Partnership managers"),
    "site.people.managers_intro": (
        "Kunkin asiakkaat, varahenkilö ja kattavuus: onko jokaisella kaikkien "
        "organisaatiomuotojen asiakkaita (säännöt O001 ja O003).",
        "Each manager's customers, deputy and coverage: whether each has customers of every "
        "organisation type (rules O001 and O003).",
    ),
    "site.people.no_deputy": ("ei varahenkilöä", "no deputy"),
    "site.people.coverage": ("Kattavuus", "Coverage"),
    "site.people.coverage_ok": ("Kunnossa.", "In order."),
    "site.people.everyone": ("Kaikki henkilöt ja ohjausryhmäroolit", "Everyone and board roles"),
    "site.people.pm": ("projektipäällikkö", "project manager"),
    # --- needs ------------------------------------------------------------------------
    "site.needs.title": ("Pienkehitystarpeet", "Small development needs"),
    "site.needs.intro": (
        "{needs} tarvetta {groups} ryhmässä; {shared} ryhmää on usean asiakkaan yhteisiä "
        "(ensin): ne voi toteuttaa yhtenä projektina.",
        "{needs} needs in {groups} groups; {shared} groups are shared by several customers "
        "(first): they can be done as one project.",
    ),
    "site.needs.shared": ("yhteinen", "shared"),
    "site.needs.undecided": ("päättämättä", "undecided"),
    "site.needs.o002": ("O002 yhteinen tarve", "O002 shared need"),
    # --- calendar ---------------------------------------------------------------------
    "site.calendar.title": ("Vuosikello {year}", "Care calendar {year}"),
    "site.calendar.intro": (
        "Hoitotapahtumat, kriittisten järjestelmien päivitykset, projektien alut ja loput sekä "
        "ohjausryhmien kokoukset kuukausittain.",
        "Care events, critical-system updates, project starts and ends and board meetings, "
        "month by month.",
    ),
    "site.calendar.wheel": ("Vuosikello", "The year wheel"),
    "site.calendar.wheel_desc": (
        "Tapahtumia kuukausittain: {counts}.",
        "Events per month: {counts}.",
    ),
    "site.calendar.ics": (
        "Kalenteritiedosto (iCalendar) tilattavaksi",
        "The calendar file (iCalendar) to subscribe to",
    ),
    "site.calendar.count": ("tapahtumaa", "events"),
    "site.calendar.empty": ("Ei tapahtumia.", "No events."),
    "site.event.care": ("Hoitotapahtuma", "Care event"),
    "site.event.customer_care": ("Asiakkaan tapahtuma", "Customer event"),
    "site.event.system_update": ("Järjestelmäpäivitys", "System update"),
    "site.event.project_start": ("Hanke alkaa", "Project starts"),
    "site.event.project_end": ("Hanke päättyy", "Project ends"),
    "site.event.roster_start": ("Projekti alkaa", "Project starts"),
    "site.event.roster_end": ("Projekti päättyy", "Project ends"),
    "site.event.board_meeting": ("Ohjausryhmän kokous", "Board meeting"),
    # --- findings, glossary, search ---------------------------------------------------
    "site.findings.title": ("Havainnot", "Findings"),
    "site.findings.intro": (
        "Tarkistuksen havainnot kumppanuuspäälliköittäin ja vakavuuden mukaan: {errors} virhettä, "
        "{warnings} varoitusta, {infos} huomiota.",
        "The findings of the checks by partnership manager and severity: {errors} errors, "
        "{warnings} warnings, {infos} infos.",
    ),
    "site.findings.nobody": ("Koko organisaatio", "The whole organisation"),
    "site.glossary.intro": (
        "PRINCE2-ohjausryhmän termit suomeksi ja englanniksi.",
        "The PRINCE2 project-board terms in Finnish and English.",
    ),
    "site.search.title": ("Haku", "Search"),
    "site.search.intro": (
        "Hae asiakkaita, projekteja, henkilöitä, tarpeita, järjestelmiä ja kokouksia.",
        "Search customers, projects, people, needs, systems and meetings.",
    ),
    "site.search.noscript": (
        "Haku tarvitsee JavaScriptin. Kaikki sivut löytyvät myös valikosta.",
        "Search needs JavaScript. Every page can also be reached from the menu.",
    ),
    "site.search.none": ("Ei osumia.", "Nothing found."),
    "site.search.found": ("{n} osumaa.", "{n} found."),
    "site.kind.customer": ("Asiakas", "Customer"),
    "site.kind.project": ("Projekti", "Project"),
    "site.kind.person": ("Henkilö", "Person"),
    "site.kind.need": ("Tarve", "Need"),
    "site.kind.system": ("Järjestelmä", "System"),
    "site.kind.meeting": ("Kokous", "Meeting"),
    "site.meetings.title": ("Kokoukset ja toimenpiteet", "Meetings and actions"),
    "site.meetings.records": ("Kokoukset", "Meetings"),
    "site.meetings.recorded_in": ("Kirjattu", "Recorded in"),
}
