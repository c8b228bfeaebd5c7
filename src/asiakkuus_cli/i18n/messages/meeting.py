"""Meeting records (issue 17): the `meeting` command, the minutes, the plan's section."""

MESSAGES: dict[str, tuple[str, str]] = {
    "meeting.kind.care_event": ("Vuosikellon tapahtuma", "Care event"),
    "meeting.kind.budget_meeting": ("Budjettipalaveri", "Budget meeting"),
    "meeting.kind.steering_group": ("Ohjausryhmän kokous", "Steering group"),
    "meeting.kind.customer_meeting": ("Asiakastapaaminen", "Customer meeting"),
    "meeting.kind.other": ("Muu kokous", "Other meeting"),
    "meeting.ics.done": ("✓ {summary}", "✓ {summary}"),
    "meeting.ics.done_on": ("Kokous pidetty {date}.", "Meeting held on {date}."),
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
        "Täydennä käsitellyt asiat, päätökset ja toimenpiteet; tarkista: asiakkuus validate {path}",
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
}
