"""Messages of the git workflow commands (touch, fmt, new, init, schema) and schema descriptions."""

MESSAGES: dict[str, tuple[str, str]] = {
    # --- help texts ---
    "help.touch": (
        "Asettaa suunnitelman päivityspäiväksi (updated) tämän päivän; muu tiedosto säilyy ennallaan.",
        "Set the plan's `updated` to today; the rest of the file stays as it is.",
    ),
    "help.touch.id": ("Asiakkaan tunnus.", "The customer id."),
    "help.fmt": (
        "Kirjoittaa tiedostot vakiomuotoon (arvot, kenttien järjestys, sisennys); kommentit säilyvät.",
        "Rewrite files in the canonical form (values, field order, indentation); comments are kept.",
    ),
    "help.fmt.paths": (
        "Nämä tiedostot tai hakemistot (oletus: kaikki datatiedostot).",
        "These files or directories (default: every data file).",
    ),
    "help.fmt.check": (
        "Älä muuta mitään; poistumiskoodi 1, jos jokin tiedosto muuttuisi.",
        "Change nothing; exit code 1 if any file would change.",
    ),
    "help.plan_new": (
        "Luo uuden hoitosuunnitelman pohjasta. Ei koskaan korvaa olemassa olevaa tiedostoa.",
        "Create a new care plan from the template. Never overwrites a file.",
    ),
    "help.project_new": (
        "Luo uuden ohjausryhmätiedoston pohjasta. Ei koskaan korvaa olemassa olevaa tiedostoa.",
        "Create a new steering-group roster from the template. Never overwrites a file.",
    ),
    "help.new.id": (
        "Uuden tiedoston tunnus (pienet kirjaimet, numerot ja '-').",
        "The new file's id (lowercase letters, digits and '-').",
    ),
    "help.new.name": ("Nimi.", "The name."),
    "help.new.type": ("Organisaatiomuoto: {types}.", "Form of the organisation: {types}."),
    "help.new.segment": (
        "Segmentin tunnus (organisation.yaml).",
        "The segment id (organisation.yaml).",
    ),
    "help.new.manager": (
        "Kumppanuuspäällikön henkilötunnus.",
        "The partnership manager's person id.",
    ),
    "help.new.customer": ("Tilaavan asiakkaan tunnus.", "The commissioning customer's id."),
    "help.new.project_manager": (
        "Projektipäällikön henkilötunnus.",
        "The project manager's person id.",
    ),
    "help.new.internal": (
        "IT-palveluiden oma sisäinen projekti (ei asiakasta).",
        "The service centre's own project (no customer).",
    ),
    "help.new.executive": ("Ohjausryhmän puheenjohtaja (Executive).", "The board's Executive."),
    "help.new.senior_user": (
        "Pääkäyttäjän edustaja (Senior User); voi toistaa.",
        "A Senior User; may be repeated.",
    ),
    "help.new.senior_supplier": (
        "Päätoimittajan edustaja (Senior Supplier); voi toistaa.",
        "A Senior Supplier; may be repeated.",
    ),
    "help.schema": (
        "Kirjoittaa tiedostotyyppien JSON-skeemat (editoreille ja muille työkaluille).",
        "Write the JSON Schemas of the file kinds (for editors and other tools).",
    ),
    "help.schema.out": (
        "Kohdehakemisto (oletus: säilön schemas/).",
        "Target directory (default: the repository's schemas/).",
    ),
    "help.init": (
        "Luo uuden datasäilön: asetukset, täytettävät organisaatio- ja henkilötiedostot, skeemat, CI ja pre-commit.",
        "Create a new data repository: settings, organisation and people files to fill in, schemas, CI and pre-commit.",
    ),
    "help.init.dir": ("Uusi (tyhjä) hakemisto.", "A new (empty) directory."),
    # --- plan touch ---
    "workflow.unknown_customer": (
        "Asiakasta '{id}' ei löydy (data/customers/{id}.yaml).{close}",
        "No customer '{id}' (data/customers/{id}.yaml).{close}",
    ),
    "workflow.unknown_project": (
        "Projektia '{id}' ei löydy (data/projects/{id}.yaml).{close}",
        "No project '{id}' (data/projects/{id}.yaml).{close}",
    ),
    "workflow.did_you_mean": (" Tarkoititko: {ids}?", " Did you mean: {ids}?"),
    "workflow.touched": (
        "{path}: updated = {date}",
        "{path}: updated = {date}",
    ),
    "workflow.touch.unchanged": (
        "{path}: updated on jo {date}; tiedostoa ei muutettu.",
        "{path}: updated is already {date}; the file was not changed.",
    ),
    "workflow.touch.complex": (
        "Kentän 'updated' arvo on monirivinen tai rakenne; korjaa se käsin päivämääräksi.",
        "The value of 'updated' spans lines or is a structure; fix it by hand to a date.",
    ),
    "workflow.touch.not_mapping": (
        "Tiedosto ei ole kenttäluettelo (nimi: arvo).",
        "The file is not a list of fields (name: value).",
    ),
    "workflow.broken": (
        "{path} ei lataudu, joten sitä ei muutettu. Korjaa ensin nämä:",
        "{path} does not load, so it was left untouched. Fix these first:",
    ),
    # --- fmt ---
    "workflow.fmt.meaning": (
        "Vakiomuotoon kirjoittaminen muuttaisi tiedoston sisältöä, joten sitä ei muutettu. Ilmoita tästä virheestä.",
        "Formatting would change what the file means, so it was left untouched. Please report this bug.",
    ),
    "workflow.fmt.unstable": (
        "Vakiomuoto ei asetu yhdellä kierroksella, joten tiedostoa ei muutettu. Ilmoita tästä virheestä.",
        "The canonical form does not settle in one pass, so the file was left untouched. Please report this bug.",
    ),
    "workflow.fmt.would_change": ("muuttuisi: {path}", "would change: {path}"),
    "workflow.fmt.changed": ("muotoiltu: {path}", "formatted: {path}"),
    "workflow.fmt.refused": ("{path}: {reason}", "{path}: {reason}"),
    "workflow.fmt.summary": (
        "{files} tiedostoa, {changed} muutettu, {failed} ei käsitelty.",
        "{files} files, {changed} changed, {failed} not handled.",
    ),
    "workflow.fmt.check_summary": (
        "{files} tiedostoa, {changed} muuttuisi, {failed} ei käsitelty.",
        "{files} files, {changed} would change, {failed} not handled.",
    ),
    "workflow.fmt.not_data": (
        "{path} ei ole datatiedosto (data/organisation.yaml, data/people.yaml, data/customers/*.yaml, data/projects/*.yaml).",
        "{path} is not a data file (data/organisation.yaml, data/people.yaml, data/customers/*.yaml, data/projects/*.yaml).",
    ),
    "workflow.path_missing": ("Polkua {path} ei ole.", "The path {path} does not exist."),
    "workflow.path_outside": (
        "{path} ei ole säilön {root} sisällä.",
        "{path} is not inside the repository {root}.",
    ),
    # --- new ---
    "workflow.bad_id": (
        "Tunnus '{id}' ei kelpaa: käytä pieniä kirjaimia a–z, numeroita ja '-' (1–64 merkkiä), esim. 'vapaa-aika'.",
        "The id '{id}' is not valid: use lowercase a–z, digits and '-' (1–64 characters), e.g. 'vapaa-aika'.",
    ),
    "workflow.exists": (
        "Tiedosto {path} on jo olemassa; sitä ei korvata. Muokkaa sitä tai valitse toinen tunnus.",
        "The file {path} already exists; it is not overwritten. Edit it or choose another id.",
    ),
    "workflow.missing_options": (
        "Anna myös: {options}.",
        "Also give: {options}.",
    ),
    "workflow.bad_type": (
        "Organisaatiomuoto '{value}' ei kelpaa; sallitut: {allowed}.",
        "The organisation type '{value}' is not valid; allowed: {allowed}.",
    ),
    "workflow.unknown_segment": (
        "Segmenttiä '{value}' ei ole tiedostossa data/organisation.yaml; tunnetut: {known}.",
        "No segment '{value}' in data/organisation.yaml; known: {known}.",
    ),
    "workflow.unknown_person": (
        "Henkilöä '{value}' ei ole tiedostossa data/people.yaml.{close}",
        "No person '{value}' in data/people.yaml.{close}",
    ),
    "workflow.wrong_role": (
        "{name} ({value}) ei ole IT-palveluiden {role}: lisää rooli '{role_id}' tiedostoon data/people.yaml tai valitse toinen henkilö.",
        "{name} ({value}) is not the service centre's {role}: add the role '{role_id}' in data/people.yaml or choose another person.",
    ),
    "workflow.role.partnership_manager": ("kumppanuuspäällikkö", "partnership manager"),
    "workflow.role.project_manager": ("projektipäällikkö", "project manager"),
    "workflow.customer_or_internal": (
        "Anna joko --customer tai --internal.",
        "Give either --customer or --internal.",
    ),
    "workflow.template_missing": (
        "Pohjaa {name} ei löydy (säilön templates/ tai ohjelman omat pohjat).",
        "The template {name} was not found (the repository's templates/ or the built-in ones).",
    ),
    "workflow.template_broken": (
        "Pohjasta {name} tehty tiedosto ei kelpaa: {detail}",
        "The file made from the template {name} is not valid: {detail}",
    ),
    "workflow.created": ("Luotu: {path}", "Created: {path}"),
    "workflow.next": ("Täydennä seuraavaksi:", "Fill in next:"),
    "workflow.next.plan": (
        "asiakkaan yhteyshenkilö (customer_contact), veloitukset (charges), henkilöstö (headcount), "
        "kehittämishankkeet (projects), kriittiset järjestelmät (critical_systems) ja pienkehitystarpeet (needs)",
        "the customer contact (customer_contact), charges, headcount, development projects (projects), "
        "critical systems (critical_systems) and small needs (needs)",
    ),
    "workflow.next.project": (
        "ohjausryhmä (board: executive, senior_users, senior_suppliers), aikataulu (start, end), budjetti (budget) "
        "ja kokouskäytäntö (meetings)",
        "the board (board: executive, senior_users, senior_suppliers), the schedule (start, end), the budget "
        "and the meeting practice (meetings)",
    ),
    "workflow.next.validate": (
        "Tarkista lopuksi: asiakkuus validate {path}",
        "Then check: asiakkuus validate {path}",
    ),
    "workflow.no_schemas": (
        "Säilössä ei ole skeemoja (schemas/); editorin tarkistukset saat komennolla: asiakkuus schema",
        "The repository has no schemas (schemas/); for editor checks run: asiakkuus schema",
    ),
    # --- schema ---
    "workflow.schema.written": ("kirjoitettu: {path}", "written: {path}"),
    "workflow.schema.current": ("ajan tasalla: {path}", "up to date: {path}"),
    # --- init ---
    "workflow.init.not_empty": (
        "Hakemisto {path} ei ole tyhjä; uusi säilö luodaan vain tyhjään tai uuteen hakemistoon.",
        "The directory {path} is not empty; a new repository is made only in an empty or new directory.",
    ),
    "workflow.init.not_dir": (
        "{path} on tiedosto, ei hakemisto.",
        "{path} is a file, not a directory.",
    ),
    "workflow.init.done": (
        "Uusi datasäilö: {path}",
        "New data repository: {path}",
    ),
    # --- schema descriptions: "schema.<Model>[.<field>]" ---
    "schema.Organisation": (
        "IT-palvelukeskus itse: nimi, segmentit ja vuosikello.",
        "The service centre itself: name, segments and yearly calendar.",
    ),
    "schema.Organisation.name": (
        "Palvelukeskuksen nimi, esim. IT-palvelut.",
        "The service centre's name, e.g. IT-palvelut.",
    ),
    "schema.Organisation.segments": (
        "Asiakkuuksien hoidon segmentit.",
        "Customer segments used for account management.",
    ),
    "schema.Organisation.calendar": (
        "Vuosikello: jokaista asiakasta koskevat toistuvat tapahtumat.",
        "Yearly calendar: recurring events that apply to every customer.",
    ),
    "schema.Segment": ("Asiakassegmentti.", "A customer segment."),
    "schema.Segment.id": (
        "Segmentin tunnus: numero ≥ 1 tai tunnus.",
        "Segment id: a number ≥ 1 or a slug.",
    ),
    "schema.Segment.name": ("Segmentin nimi.", "The segment's name."),
    "schema.Segment.description": ("Kuvaus.", "Description."),
    "schema.CalendarEvent": ("Vuosittain toistuva tapahtuma.", "A yearly recurring event."),
    "schema.CalendarEvent.what": ("Mitä (tapahtuma).", "What (the event)."),
    "schema.CalendarEvent.who": ("Kuka (vastuutaho).", "Who (the responsible party)."),
    "schema.CalendarEvent.to_whom": ("Kenelle.", "To whom (the recipient)."),
    "schema.CalendarEvent.month": (
        "Kuukausi: 1–12, 2026-05 tai nimi (toukokuu, May).",
        "Month: 1–12, 2026-05 or a name (toukokuu, May).",
    ),
    "schema.CalendarEvent.day": ("Päivä 1–31 (valinnainen).", "Day 1–31 (optional)."),
    "schema.CalendarEvent.where": ("Missä.", "Where."),
    "schema.People": (
        "Kaikki henkilöt, joihin suunnitelmat ja ohjausryhmät viittaavat.",
        "Everyone referenced from plans and rosters.",
    ),
    "schema.People.people": ("Henkilöluettelo.", "The list of people."),
    "schema.Person": ("Henkilö.", "A person."),
    "schema.Person.id": (
        "Tunnus, jolla tiedostot viittaavat henkilöön.",
        "How files refer to this person.",
    ),
    "schema.Person.name": ("Koko nimi.", "Full name."),
    "schema.Person.organisation": (
        "'it' = IT-palvelut itse, muuten asiakkaan tunnus.",
        "'it' = the service centre, else a customer id.",
    ),
    "schema.Person.title": ("Tehtävänimike.", "Job title."),
    "schema.Person.unit": ("Yksikkö.", "Unit."),
    "schema.Person.email": ("Sähköposti.", "Email."),
    "schema.Person.roles": (
        "Pysyvät roolit IT-palveluissa.",
        "Standing roles in the service centre.",
    ),
    "schema.Person.deputy": ("Sijaisen henkilötunnus.", "The deputy's person id."),
    "schema.Person.resource_authority": (
        "Saa sitoa linjan resursseja (Senior Supplier).",
        "May commit line resources (Senior Supplier).",
    ),
    "schema.CustomerPlan": ("Asiakkuuksien hoitosuunnitelma.", "Customer care plan."),
    "schema.CustomerPlan.id": (
        "Asiakkaan tunnus = tiedoston nimi ilman .yaml-päätettä.",
        "Customer id = the file name without .yaml.",
    ),
    "schema.CustomerPlan.name": ("Asiakas.", "Customer organisation."),
    "schema.CustomerPlan.type": ("Organisaatiomuoto.", "Form of the organisation."),
    "schema.CustomerPlan.direct": (
        "Suora asiakas (maksaa IT-palveluille).",
        "A direct customer (pays the service centre).",
    ),
    "schema.CustomerPlan.segment": ("Segmentti.", "Segment."),
    "schema.CustomerPlan.updated": ("Suunnitelma päivitetty.", "When the plan was last reviewed."),
    "schema.CustomerPlan.account_manager": ("Kumppanuuspäällikkö.", "The partnership manager."),
    "schema.CustomerPlan.customer_contact": (
        "Asiakkaan yhteyshenkilö.",
        "The customer's contact person.",
    ),
    "schema.CustomerPlan.charges": (
        "Asiakkaan veloitukset vuodessa ja muutos.",
        "Annual charges and their change.",
    ),
    "schema.CustomerPlan.headcount": ("Henkilöstön määrä ja muutos.", "Staff count and change."),
    "schema.CustomerPlan.potential": (
        "Tulevaisuusnäkymät, potentiaaliarvo.",
        "Outlook and potential value.",
    ),
    "schema.CustomerPlan.projects": ("Asiakkaan kehittämishankkeet.", "Development projects."),
    "schema.CustomerPlan.critical_systems": (
        "Kriittisten palveluiden säännölliset toimenpiteet.",
        "Regular actions on critical systems.",
    ),
    "schema.CustomerPlan.calendar": (
        "Asiakaskohtaiset vuosittaiset tapahtumat.",
        "Customer-specific yearly events.",
    ),
    "schema.CustomerPlan.needs": (
        "Asiakkaan havaitsemia pienkehitystarpeita.",
        "Small development needs raised by the customer.",
    ),
    "schema.CustomerPlan.marketing": (
        "Asiakaskohtaiset markkinointitoimet.",
        "Customer-specific marketing.",
    ),
    "schema.CustomerPlan.agreements": (
        "Kaupungin johdon ja asiakkaan sopimat asiat.",
        "Things agreed between city management and the customer.",
    ),
    "schema.CustomerPlan.notes": ("Vapaa teksti.", "Free text."),
    "schema.Charges": ("Veloitukset.", "Charges."),
    "schema.Charges.annual": ("Veloitukset vuodessa (€).", "Annual charges (EUR)."),
    "schema.Charges.change": (
        "Veloitusten muutos edelliseen vuoteen (€).",
        "Change from the previous year (EUR).",
    ),
    "schema.Headcount": ("Henkilöstö.", "Headcount."),
    "schema.Headcount.count": ("Henkilöstön määrä.", "Number of staff."),
    "schema.Headcount.change": ("Muutos.", "Change."),
    "schema.Potential": ("Potentiaali.", "Potential."),
    "schema.Potential.score": ("Potentiaaliarvo 1–10.", "Potential score 1–10."),
    "schema.Potential.note": ("Tulevaisuusnäkymät.", "Outlook."),
    "schema.DevProject": ("Kehittämishanke.", "Development project."),
    "schema.DevProject.name": ("Hankkeen nimi.", "Project name."),
    "schema.DevProject.project": (
        "Ohjausryhmätiedoston tunnus (data/projects/).",
        "Roster id (data/projects/).",
    ),
    "schema.DevProject.start": ("Alkaa.", "Start."),
    "schema.DevProject.end": ("Arvioitu päättyminen.", "Estimated end."),
    "schema.DevProject.manager": ("Projektipäällikkö.", "Project manager."),
    "schema.DevProject.budget": ("Budjetti (€).", "Budget (EUR)."),
    "schema.DevProject.it_representative": (
        "IT:n edustaja (puuttuu = EI EDUSTUSTA).",
        "IT representative (absent = no IT representation).",
    ),
    "schema.DevProject.action": (
        "Toimenpide, esim. Seuranta 1 krt/kk.",
        "Follow-up, e.g. monthly review.",
    ),
    "schema.DevProject.priority": (
        "Asiakkaan prioriteetti (1 = tärkein).",
        "The customer's priority (1 = first).",
    ),
    "schema.DevProject.done": ("Valmis.", "Done."),
    "schema.CriticalSystem": ("Kriittinen järjestelmä.", "Critical system."),
    "schema.CriticalSystem.name": ("Järjestelmä.", "System."),
    "schema.CriticalSystem.updates_per_year": ("Päivityksiä vuodessa.", "Updates per year."),
    "schema.CriticalSystem.next_update": (
        "Seuraava päivitys: kuukausi tai päivämäärä.",
        "Next update: a month or a date.",
    ),
    "schema.CriticalSystem.customer_contact": ("Asiakkaan yhteyshenkilö.", "Customer contact."),
    "schema.CriticalSystem.vendor": ("Toimittaja.", "Vendor."),
    "schema.CriticalSystem.maintenance": (
        "Ylläpito: it tai external.",
        "Maintenance: it or external.",
    ),
    "schema.CriticalSystem.it_resources": (
        "IT:n resurssit (henkilöä).",
        "People from the service centre.",
    ),
    "schema.CriticalSystem.notes": ("Huomiot.", "Notes."),
    "schema.Need": ("Pienkehitystarve.", "Small development need."),
    "schema.Need.need": ("Tarve.", "The need."),
    "schema.Need.impact": ("Vaikutus.", "Impact."),
    "schema.Need.observed": ("Havaittu.", "Observed."),
    "schema.Need.budgeted": ("Budjetoitu.", "Budgeted."),
    "schema.Need.fits_environment": ("Soveltuu ympäristöön.", "Fits the environment."),
    "schema.Need.tags": (
        "Avainsanat saman tarpeen tunnistamiseen asiakkaiden välillä.",
        "Tags to match the same need across customers.",
    ),
    "schema.Need.decision": ("Päätös.", "Decision."),
    "schema.Marketing": ("Markkinointi.", "Marketing."),
    "schema.Marketing.growth_potential": (
        "Potentiaalisen kasvun asiakas.",
        "A customer with growth potential.",
    ),
    "schema.Marketing.offers": ("Tarjottavat palvelut.", "Services to offer."),
    "schema.Project": ("Projektin ohjausryhmä (PRINCE2).", "Project steering group (PRINCE2)."),
    "schema.Project.id": ("Projektin tunnus = tiedoston nimi.", "Project id = the file name."),
    "schema.Project.name": ("Projektin nimi.", "Project name."),
    "schema.Project.customer": ("Tilaavan asiakkaan tunnus.", "The commissioning customer's id."),
    "schema.Project.internal": (
        "IT-palveluiden oma projekti.",
        "The service centre's own project.",
    ),
    "schema.Project.status": ("Tila.", "Status."),
    "schema.Project.start": ("Suunniteltu alku.", "Planned start."),
    "schema.Project.end": ("Suunniteltu loppu.", "Planned end."),
    "schema.Project.budget": ("Budjetti (€).", "Budget (EUR)."),
    "schema.Project.project_manager": (
        "Projektipäällikkö (ei ohjausryhmän jäsen).",
        "Project manager (not a board member).",
    ),
    "schema.Project.board": ("Ohjausryhmä.", "The project board."),
    "schema.Project.partnership_manager_role": (
        "Kumppanuuspäällikön rooli.",
        "The partnership manager's part.",
    ),
    "schema.Project.meetings": ("Kokouskäytäntö.", "Meeting practice."),
    "schema.Project.guide_delivered": (
        "Ohjausryhmäohje toimitettu.",
        "Steering-group guide delivered.",
    ),
    "schema.Project.communication": ("Viestintävastuut.", "Who informs each side."),
    "schema.Project.lessons_log": ("Opittujen asioiden loki pidetään.", "A lessons log is kept."),
    "schema.Board": ("Ohjausryhmän jäsenet.", "Board members."),
    "schema.Board.executive": ("Puheenjohtaja (Executive).", "Executive."),
    "schema.Board.senior_users": ("Pääkäyttäjän edustajat (Senior User).", "Senior users."),
    "schema.Board.users": ("Käyttäjien edustajat.", "Users."),
    "schema.Board.senior_suppliers": (
        "Päätoimittajan edustajat (Senior Supplier).",
        "Senior suppliers.",
    ),
    "schema.Board.suppliers": ("Toimittajien edustajat.", "Suppliers."),
    "schema.Meetings": ("Kokoukset.", "Meetings."),
    "schema.Meetings.interval_weeks": ("Kokousväli viikkoina.", "Interval in weeks."),
    "schema.Meetings.duration_minutes": (
        "Kesto minuutteina (suositus 60).",
        "Length in minutes (60 recommended).",
    ),
    "schema.Meetings.last": ("Edellinen kokous.", "Last meeting."),
    "schema.Meetings.next": ("Seuraava kokous.", "Next meeting."),
    "schema.GuideDelivered": ("Ohjeen toimitus.", "Guide delivery."),
    "schema.GuideDelivered.customer": ("Toimitettu asiakkaalle.", "Delivered to the customer."),
    "schema.GuideDelivered.members": ("Toimitettu jäsenille.", "Delivered to every member."),
    "schema.GuideDelivered.first_meeting": (
        "Käyty läpi ensimmäisessä kokouksessa.",
        "Reviewed at the first meeting.",
    ),
    "schema.Communication": ("Viestintä.", "Communication."),
    "schema.Communication.customer_side": (
        "Asiakkaan puolen tiedottaja.",
        "Informs the customer side.",
    ),
    "schema.Communication.supplier_side": (
        "Toimittajan puolen tiedottaja.",
        "Informs the supplier side.",
    ),
    "schema.Communication.delegated_to_pm": (
        "Delegoitu projektipäällikölle.",
        "Delegated to the project manager.",
    ),
}
