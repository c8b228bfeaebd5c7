"""Lists, reports and the care calendar: headings, column names, labels, help texts."""

_KINDS = {
    "care": ("vuosikello", "care calendar"),
    "customer_care": ("asiakkaan vuosikello", "customer calendar"),
    "system_update": ("järjestelmäpäivitys", "system update"),
    "project_start": ("hanke alkaa", "project starts"),
    "project_end": ("hanke päättyy", "project ends"),
    "roster_start": ("projekti alkaa", "project starts"),
    "roster_end": ("projekti päättyy", "project ends"),
    "board_meeting": ("ohjausryhmän kokous", "board meeting"),
    # the kinds of a meeting record (issue 17)
    "care_event": ("vuosikellon tapahtuma", "care event"),
    "budget_meeting": ("budjettipalaveri", "budget meeting"),
    "steering_group": ("ohjausryhmän kokous", "steering group"),
    "customer_meeting": ("asiakastapaaminen", "customer meeting"),
    "other": ("muu kokous", "other meeting"),
}
_SUMMARIES = {
    "care": ("{what} – {whom}", "{what} – {whom}"),
    "customer_care": ("{what} – {whom}", "{what} – {whom}"),
    "system_update": ("Päivitys: {what} – {whom}", "Update: {what} – {whom}"),
    "project_start": ("Hanke alkaa: {what} – {whom}", "Project starts: {what} – {whom}"),
    "project_end": ("Hanke päättyy: {what} – {whom}", "Project ends: {what} – {whom}"),
    "roster_start": ("Projekti alkaa: {what} – {whom}", "Project starts: {what} – {whom}"),
    "roster_end": ("Projekti päättyy: {what} – {whom}", "Project ends: {what} – {whom}"),
    "board_meeting": ("Ohjausryhmä: {what} – {whom}", "Steering group: {what} – {whom}"),
}
_COLUMNS = {
    "plans": {
        "name": ("Asiakas", "Customer"),
        "type": ("Muoto", "Type"),
        "segment": ("Segm.", "Segm."),
        "account_manager": ("Kumppanuuspäällikkö", "Partnership manager"),
        "updated": ("Päivitetty", "Updated"),
        "stale": ("Vanha", "Stale"),
        "charges_annual": ("Veloitukset/v", "Charges/yr"),
        "charges_change": ("Muutos", "Change"),
        "headcount": ("Henkilöstö", "Staff"),
        "potential": ("Potentiaali", "Outlook"),
        "open_projects": ("Hankkeita", "Projects"),
        "open_projects_budget": ("Hankebudjetti", "Project budget"),
    },
    "projects": {
        "name": ("Projekti", "Project"),
        "customer": ("Asiakas", "Customer"),
        "status": ("Tila", "Status"),
        "start": ("Alkaa", "Start"),
        "end": ("Päättyy", "End"),
        "budget": ("Budjetti", "Budget"),
        "project_manager": ("Projektipäällikkö", "Project manager"),
        "next_meeting": ("Seuraava kokous", "Next meeting"),
    },
    "segments": {
        "segment": ("Segm.", "Segm."),
        "name": ("Segmentti", "Segment"),
        "customers": ("Asiakkaita", "Customers"),
        "by_type": ("Organisaatiomuodot", "Organisation types"),
        "charges_annual": ("Veloitukset/v", "Charges/yr"),
        "charges_change": ("Muutos", "Change"),
        "headcount": ("Henkilöstö", "Staff"),
        "potential_mean": ("Potentiaali ka.", "Mean outlook"),
        "open_projects": ("Hankkeita", "Projects"),
        "open_projects_budget": ("Hankebudjetti", "Project budget"),
        "stale_plan_ids": ("Vanhoja", "Stale"),
    },
    "managers": {
        "name": ("Kumppanuuspäällikkö", "Partnership manager"),
        "customers": ("Asiakkaita", "Customers"),
        "types_covered": ("Muodot", "Types covered"),
        "types_missing": ("Puuttuvat muodot", "Types missing"),
        "charges_annual": ("Veloitukset/v", "Charges/yr"),
        "open_projects": ("Hankkeita", "Projects"),
        "deputy": ("Sijainen", "Deputy"),
        "stale_plan_ids": ("Vanhoja", "Stale"),
        "events_next_30_days": ("Tapahtumia 30 pv", "Events 30 days"),
    },
    "needs": {
        "group": ("Tarve", "Need"),
        "customer_names": ("Asiakkaat", "Customers"),
        "needs_count": ("Kirjauksia", "Entries"),
        "first_observed": ("Havaittu ensin", "First observed"),
        "budgeted": ("Budjetoitu", "Budgeted"),
        "fits_environment": ("Sopii ympäristöön", "Fits environment"),
        "undecided": ("Päättämättä", "Undecided"),
        "shared": ("Yhteinen", "Shared"),
    },
    "project_report": {
        "id": ("Projekti", "Project"),
        "customer": ("Asiakas", "Customer"),
        "status": ("Tila", "Status"),
        "start": ("Alkaa", "Start"),
        "end": ("Päättyy", "End"),
        "budget": ("Budjetti", "Budget"),
        "project_manager": ("Projektipäällikkö", "Project manager"),
        "board_missing": ("Ohjausryhmä", "Board"),
        "errors": ("Virheitä", "Errors"),
        "warnings": ("Varoituksia", "Warnings"),
        "infos": ("Huomioita", "Infos"),
    },
    "calendar": {
        "date": ("Päivä", "Date"),
        "kind": ("Laji", "Kind"),
        "customer": ("Asiakas", "Customer"),
        "what": ("Mitä", "What"),
        "who": ("Kuka", "Who"),
        "to_whom": ("Kenelle", "To whom"),
        "where": ("Missä", "Where"),
    },
    "meetings": {
        "date": ("Päivä", "Date"),
        "subject": ("Asiakas tai projekti", "Customer or project"),
        "kind": ("Laji", "Kind"),
        "event": ("Vuosikellon tapahtuma", "Care event"),
        "participants": ("Osallistujia", "Participants"),
        "open_actions": ("Avoimia toimenpiteitä", "Open actions"),
    },
    "actions": {
        "owner": ("Vastuuhenkilö", "Owner"),
        "due": ("Määräpäivä", "Due"),
        "overdue": ("Myöhässä", "Overdue"),
        "what": ("Toimenpide", "Action"),
        "subject": ("Asiakas tai projekti", "Customer or project"),
        "meeting": ("Kokous", "Meeting"),
    },
    "sources": {
        "name": ("Järjestelmä", "System"),
        "holds": ("Mitä tietoa", "Holds"),
        "fields": ("Suunnitelman kentät", "Plan fields"),
        "owner": ("Keneltä kysyä", "Whom to ask"),
        "owner_email": ("Sähköposti", "Email"),
        "access": ("Miten tietoon pääsee", "Access"),
        "refreshed": ("Päivittyy", "Refreshed"),
    },
}

MESSAGES: dict[str, tuple[str, str]] = {
    **{f"reports.kind.{k}": v for k, v in _KINDS.items()},
    **{f"reports.ics.summary.{k}": v for k, v in _SUMMARIES.items()},
    **{f"reports.col.{r}.{k}": v for r, cols in _COLUMNS.items() for k, v in cols.items()},
    "reports.title.plans": ("Asiakkaat ja hoitosuunnitelmat", "Customers and care plans"),
    "reports.title.projects": ("Projektit ja ohjausryhmät", "Projects and steering groups"),
    "reports.title.segments": ("Segmenttiraportti", "Segment report"),
    "reports.title.managers": ("Kumppanuuspäälliköt", "Partnership managers"),
    "reports.title.needs": ("Pienkehitystarpeet", "Small development needs"),
    "reports.title.project_report": ("Projektiraportti", "Project report"),
    "reports.title.calendar": ("Tulevat tapahtumat", "Upcoming events"),
    "reports.total": ("Yhteensä", "Total"),
    "reports.empty": ("Ei rivejä.", "No rows."),
    "reports.all_customers": ("kaikki asiakkaat", "all customers"),
    "reports.internal": ("sisäinen", "internal"),
    "reports.board_complete": ("kaikki roolit", "all roles"),
    "reports.board_missing": ("puuttuu: {roles}", "missing: {roles}"),
    "reports.tri.partly": ("osin", "partly"),
    "reports.note.stale": (
        "Vanhentunut = päivitetty yli {days} päivää sitten.",
        "Stale = last updated more than {days} days ago.",
    ),
    "reports.note.events": (
        "Tapahtumat 30 pv: asiakkaiden ja organisaation vuosikellon tapahtumat, päivitykset, "
        "hankkeiden alut ja loput sekä ohjausryhmien kokoukset seuraavan 30 päivän aikana.",
        "Events 30 days: the customers' and the organisation's calendar events, system updates, "
        "project starts and ends, and board meetings in the next 30 days.",
    ),
    "reports.note.needs": (
        "Ensin useamman asiakkaan yhteiset tarpeet (ehdokkaita yhteiseksi hankkeeksi), "
        "sitten vanhimmat päättämättömät.",
        "Shared needs first (candidates for one joint project), then the oldest undecided.",
    ),
    "reports.load_failed": (
        "Huom: {count} tiedostoa ei voitu lukea, eivätkä ne ole mukana; katso asiakkuus validate.",
        "Note: {count} files could not be read and are left out; see asiakkuus validate.",
    ),
    "reports.unknown_segment": (
        "Segmenttiä '{value}' ei ole; segmentit: {allowed}.",
        "There is no segment '{value}'; segments: {allowed}.",
    ),
    "reports.unknown_person": (
        "Henkilöä '{value}' ei ole tiedostossa data/people.yaml.",
        "There is no person '{value}' in data/people.yaml.",
    ),
    "reports.unknown_customer": (
        "Asiakasta '{value}' ei ole (data/customers/{value}.yaml puuttuu).",
        "There is no customer '{value}' (data/customers/{value}.yaml is missing).",
    ),
    "reports.bad_type": (
        "Organisaatiomuoto '{value}' ei kelpaa; sallitut: {allowed}.",
        "Organisation type '{value}' is not valid; allowed: {allowed}.",
    ),
    "reports.bad_status": (
        "Tila '{value}' ei kelpaa; sallitut: {allowed}.",
        "Status '{value}' is not valid; allowed: {allowed}.",
    ),
    "reports.bad_from": (
        "Päivämäärä '{value}' ei kelpaa; kirjoita 2026-01-15 tai 15.1.2026.",
        "The date '{value}' is not valid; write 2026-01-15 or 15.1.2026.",
    ),
    "reports.bad_days": (
        "Päivien määrän pitää olla 1–3660, nyt {value}.",
        "The number of days must be 1–3660, not {value}.",
    ),
    "reports.bad_epoch": (
        "SOURCE_DATE_EPOCH '{value}' ei ole kokonaisluku (sekunteja vuodesta 1970).",
        "SOURCE_DATE_EPOCH '{value}' is not a whole number (seconds since 1970).",
    ),
    "reports.ics_is_dir": (
        "'{path}' on hakemisto; anna tiedoston nimi, esimerkiksi {path}/vuosikello.ics.",
        "'{path}' is a directory; give a file name, e.g. {path}/calendar.ics.",
    ),
    "reports.ics_not_calendar": (
        "Tiedosto '{path}' on jo olemassa eikä ole iCalendar-tiedosto; sitä ei korvata. Anna toinen nimi.",
        "The file '{path}' exists and is not an iCalendar file; it is not overwritten. Give another name.",
    ),
    "reports.ics_unwritable": (
        "Tiedostoa '{path}' ei voi kirjoittaa: {detail}.",
        "Cannot write '{path}': {detail}.",
    ),
    "reports.ics_written": (
        "Kirjoitettu {path}: {count} tapahtumaa.",
        "Wrote {path}: {count} events.",
    ),
    "reports.ics.calname": ("{org}: asiakkuuksien vuosikello", "{org}: customer care calendar"),
    "reports.ics.source": ("Lähde", "Source"),
    # --- meeting records, actions and sources (issue 17) ---
    "reports.col.calendar.done": ("Kokous pidetty", "Meeting held"),
    "reports.title.meetings": ("Kokousmuistiot", "Meeting records"),
    "reports.title.actions": ("Avoimet toimenpiteet", "Open actions"),
    "reports.title.sources": ("Missä asiakastieto on", "Where customer data lives"),
    "reports.note.actions": (
        "Toimenpide näkyy uusimmassa muistiossa, jossa se on; se on avoin, kunnes "
        "muistioon on merkitty done.",
        "An action is shown from the newest record listing it; it is open until a "
        "record marks it done.",
    ),
    "reports.note.sources_all": (
        "Kaikki järjestelmät, joissa on asiakastietoa.",
        "Every system that holds customer data.",
    ),
    "reports.note.sources_one": (
        "Järjestelmät, joissa on asiakkaan {name} tietoa, ja keneltä niistä kysytään.",
        "The systems holding data of {name}, and whom to ask.",
    ),
    "reports.note.no_sources": (
        "Tiedostoa data/sources.yaml ei ole: kirjaa siihen järjestelmät, joissa "
        "asiakastietoa on (docs/format.md).",
        "There is no data/sources.yaml: list there the systems that hold customer data "
        "(docs/format.md).",
    ),
}
