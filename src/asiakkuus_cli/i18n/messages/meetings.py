"""Messages of meeting records, actions and customer-data sources (issue 17): the `meeting`,
`report actions` and `sources` commands, schema texts. The M rules' texts are in
`rules/meetings_messages.py`."""

MESSAGES: dict[str, tuple[str, str]] = {
    # --- JSON Schema descriptions ---
    "schema.Meeting": (
        "Kokousmuistio: yksi tiedosto kokousta kohden.",
        "A meeting record: one file per meeting.",
    ),
    "schema.Meeting.date": (
        "Kokouspäivä; sama kuin tiedoston nimen päivä.",
        "The day of the meeting; equals the file name's date.",
    ),
    "schema.Meeting.customer": (
        "Asiakas, jota tavattiin (asiakkaan tunnus = kansion nimi).",
        "The customer met (customer id = the folder's name).",
    ),
    "schema.Meeting.project": (
        "Projekti, jonka ohjausryhmä kokoontui (projektin tunnus = kansion nimi).",
        "The project whose board met (project id = the folder's name).",
    ),
    "schema.Meeting.kind": ("Kokouksen laji.", "The kind of meeting."),
    "schema.Meeting.event": (
        "Asiakkuuden vuosikellon tapahtuma (sen what-teksti), jonka kokous hoitaa.",
        "The care-calendar event (its `what`) that this meeting fulfils.",
    ),
    "schema.Meeting.participants": (
        "Osallistujat: henkilön tunnus, tai nimi (name) ja organisaatio (organisation).",
        "Participants: a person id, or a name (name) and an organisation (organisation).",
    ),
    "schema.Meeting.topics": ("Käsitellyt asiat.", "Topics discussed."),
    "schema.Meeting.decisions": ("Päätökset.", "Decisions."),
    "schema.Meeting.actions": ("Sovitut toimenpiteet.", "Actions agreed."),
    "schema.Meeting.notes": ("Vapaa teksti.", "Free text."),
    "schema.Guest": (
        "Osallistuja, jota ei ole tiedostossa people.yaml.",
        "A participant who is not in people.yaml.",
    ),
    "schema.Guest.name": ("Nimi.", "Name."),
    "schema.Guest.organisation": ("Organisaatio.", "Organisation."),
    "schema.Action": ("Sovittu toimenpide.", "An action agreed."),
    "schema.Action.what": ("Mitä tehdään.", "What is to be done."),
    "schema.Action.owner": ("Vastuuhenkilön tunnus.", "The person id of its owner."),
    "schema.Action.due": ("Määräpäivä.", "Due date."),
    "schema.Action.done": (
        "Tehty: päivä, jona tehtiin, tai kyllä/ei.",
        "Done: the day it was done, or yes/no.",
    ),
    "schema.Sources": (
        "Järjestelmät, joissa asiakastietoa on.",
        "The systems that hold customer data.",
    ),
    "schema.Sources.sources": ("Järjestelmät.", "The systems."),
    "schema.Source": ("Asiakastietoa sisältävä järjestelmä.", "A system holding customer data."),
    "schema.Source.id": ("Järjestelmän tunnus.", "The system's id."),
    "schema.Source.name": ("Nimi.", "Name."),
    "schema.Source.holds": ("Mitä asiakastietoa siinä on.", "What customer data it holds."),
    "schema.Source.owner": (
        "Tiedon omistaja (henkilön tunnus): keneltä kysyä.",
        "Its owner (person id): whom to ask.",
    ),
    "schema.Source.access": ("Miten tietoon pääsee käsiksi.", "How to get at the data."),
    "schema.Source.refreshed": ("Kuinka usein tieto päivittyy.", "How often it is refreshed."),
    "schema.Source.customers": (
        "Kenen asiakkaiden tietoa: all tai luettelo asiakkaiden tunnuksista.",
        "Whose data: all, or a list of customer ids.",
    ),
    "schema.CustomerPlan.sources": (
        "Mistä järjestelmästä kentän tieto tulee, esim. charges: sap.",
        "Which system a field's data comes from, e.g. charges: sap.",
    ),
}

_KIND_WORDS = {
    "care_event": ("vuosikellon tapahtuma", "care event"),
    "budget_meeting": ("budjettipalaveri", "budget meeting"),
    "steering_group": ("ohjausryhmän kokous", "steering group"),
    "customer_meeting": ("asiakastapaaminen", "customer meeting"),
    "other": ("muu kokous", "other meeting"),
}
_COLUMNS = {
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

MESSAGES.update(
    {
        **{f"reports.kind.{k}": v for k, v in _KIND_WORDS.items()},
        **{
            f"meeting.kind.{k}": (v[0].capitalize(), v[1].capitalize())
            for k, v in _KIND_WORDS.items()
        },
        **{f"reports.col.{r}.{k}": v for r, cols in _COLUMNS.items() for k, v in cols.items()},
        "reports.col.calendar.done": ("Kokous pidetty", "Meeting held"),
        "meeting.ics.done": ("✓ {summary}", "✓ {summary}"),
        "meeting.ics.done_on": ("Kokous pidetty {date}.", "Meeting held on {date}."),
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
        # --- the minutes and the plan's section ---
        "meeting.title": ("Muistio", "Minutes"),
        "meeting.it": ("IT-palvelut", "IT services"),
        "meeting.f.date": ("Päivä", "Date"),
        "meeting.f.customer": ("Asiakas", "Customer"),
        "meeting.f.project": ("Projekti", "Project"),
        "meeting.f.kind": ("Kokous", "Meeting"),
        "meeting.f.event": ("Vuosikellon tapahtuma", "Care event"),
        "meeting.s.participants": ("Osallistujat", "Participants"),
        "meeting.s.topics": ("Käsitellyt asiat", "Topics"),
        "meeting.s.decisions": ("Päätökset", "Decisions"),
        "meeting.s.actions": ("Toimenpiteet", "Actions"),
        "meeting.s.notes": ("Muistiinpanot", "Notes"),
        "meeting.c.what": ("Toimenpide", "Action"),
        "meeting.c.owner": ("Vastuu", "Owner"),
        "meeting.c.due": ("Määräpäivä", "Due"),
        "meeting.c.state": ("Tila", "State"),
        "meeting.c.date": ("Päivä", "Date"),
        "meeting.c.kind": ("Kokous", "Meeting"),
        "meeting.c.event": ("Vuosikellon tapahtuma", "Care event"),
        "meeting.c.decisions": ("Päätökset", "Decisions"),
        "meeting.done": ("tehty", "done"),
        "meeting.done_on": ("tehty {date}", "done {date}"),
        "meeting.open": ("avoin", "open"),
        "meeting.overdue": ("myöhässä", "overdue"),
        "meeting.plan.title": ("Kokoukset ja toimenpiteet", "Meetings and actions"),
        "meeting.plan.meetings": ("Viimeisimmät kokoukset", "Last meetings"),
        "meeting.plan.actions": ("Avoimet toimenpiteet", "Open actions"),
        "meeting.plan.none": ("Kokouksia ei ole kirjattu.", "No meetings recorded."),
        # --- commands ---
        "help.meeting": (
            "Kokousmuistiot: uusi, luettelo ja muistio asiakirjana.",
            "Meeting records: new, list, and the minutes as a document.",
        ),
        "help.meeting.new": (
            "Luo kokousmuistion pohjan: osallistujat ja edellisen kokouksen avoimet "
            "toimenpiteet valmiina. Ei koskaan korvaa olemassa olevaa tiedostoa.",
            "Create a meeting record with the participants and the open actions of earlier "
            "meetings filled in. Never overwrites a file.",
        ),
        "help.meeting.id": ("Asiakkaan tai projektin tunnus.", "Customer or project id."),
        "help.meeting.kind": (
            "Kokouksen laji: care_event, budget_meeting, steering_group, customer_meeting, other.",
            "Kind of meeting: care_event, budget_meeting, steering_group, customer_meeting, other.",
        ),
        "help.meeting.event": (
            "Vuosikellon tapahtuma (sen what-teksti), jonka kokous hoitaa.",
            "The care-calendar event (its what) that the meeting fulfils.",
        ),
        "help.meeting.date": (
            "Kokouspäivä (oletus tänään).",
            "Day of the meeting (default today).",
        ),
        "help.meeting.slug": (
            "Tiedoston nimen loppu, kun samana päivänä on useampi kokous.",
            "End of the file name, when there are several meetings on one day.",
        ),
        "help.meeting.list": (
            "Kokousmuistiot uusimmasta alkaen; ID rajaa yhteen asiakkaaseen tai projektiin.",
            "Meeting records, newest first; ID limits them to one customer or project.",
        ),
        "help.meeting.render": (
            "Kokouksen muistio asiakirjana (md, html, pdf); oletuksena kansioon out/meetings/.",
            "The minutes of a meeting as a document (md, html, pdf); by default into "
            "out/meetings/.",
        ),
        "help.meeting.day": (
            "Kokouspäivä VVVV-KK-PP, tai tiedoston nimi ilman .yaml-päätettä.",
            "Day of the meeting YYYY-MM-DD, or the file name without .yaml.",
        ),
        "help.meeting.out": (
            "Tiedosto tai kansio; - tulostaa asiakirjan.",
            "A file or folder; - prints the document.",
        ),
        "help.report.actions": (
            "Avoimet toimenpiteet vastuuhenkilöittäin ja määräpäivän mukaan.",
            "Open actions by owner and due date.",
        ),
        "help.sources": (
            "Missä asiakkaan tieto on ja keneltä sitä kysytään.",
            "Where a customer's data lives, and whom to ask.",
        ),
        "help.sources.customer": ("Asiakkaan tunnus (valinnainen).", "Customer id (optional)."),
        "meeting.unknown": (
            "Asiakasta tai projektia '{value}' ei ole.{close}",
            "There is no customer or project '{value}'.{close}",
        ),
        "meeting.bad_kind": (
            "Kokouksen laji '{value}' ei kelpaa; sallitut: {allowed}.",
            "The kind of meeting '{value}' is not one of: {allowed}.",
        ),
        "meeting.bad_date": (
            "Päivä '{value}' ei ole muotoa VVVV-KK-PP tai P.K.VVVV.",
            "The day '{value}' is not of the form YYYY-MM-DD or D.M.YYYY.",
        ),
        "meeting.bad_slug": (
            "'{value}' ei kelpaa tiedoston nimeen: pienet kirjaimet a-z, numerot ja '-'.",
            "'{value}' does not fit a file name: lowercase a-z, digits and '-'.",
        ),
        "meeting.unknown_event": (
            "Asiakkaan vuosikellossa ei ole tapahtumaa '{value}'. Tapahtumat: {known}.",
            "The customer's care calendar has no event '{value}'. Events: {known}.",
        ),
        "meeting.exists": (
            "Tiedosto {path} on jo olemassa, eikä sitä korvata. Samana päivänä pidetylle "
            "toiselle kokoukselle anna --slug AIHE.",
            "The file {path} exists already and is not replaced. For another meeting of the "
            "same day give --slug TOPIC.",
        ),
        "meeting.created": (
            "Luotu {path}: {participants} osallistujaa, {carried} avointa toimenpidettä "
            "siirretty aiemmista kokouksista.",
            "Created {path}: {participants} participants, {carried} open actions carried "
            "over from earlier meetings.",
        ),
        "meeting.next": (
            "Täydennä käsitellyt asiat, päätökset ja toimenpiteet; tarkista: asiakkuus "
            "validate {path}",
            "Fill in the topics, decisions and actions; then check: asiakkuus validate {path}",
        ),
        "meeting.no_record": (
            "Kohteella '{id}' ei ole muistiota päivältä '{day}'.{known}",
            "'{id}' has no meeting record of '{day}'.{known}",
        ),
        "meeting.several": (
            "Kohteella '{id}' on päivältä {day} useita muistioita: {files}. Anna tiedoston "
            "nimi ilman .yaml-päätettä.",
            "'{id}' has several records of {day}: {files}. Give the file name without .yaml.",
        ),
        "meeting.known_days": (" Muistiot: {days}.", " Records: {days}."),
        "meeting.record_failed": (
            "Muistio {file} ei latautunut; korjaa ensin nämä:",
            "The record {file} did not load; fix these first:",
        ),
        "sources.unknown_customer": (
            "Asiakasta '{value}' ei ole.{close}",
            "There is no customer '{value}'.{close}",
        ),
    }
)
