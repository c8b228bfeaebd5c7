"""The --help texts of every command and option."""

MESSAGES: dict[str, tuple[str, str]] = {
    "help.app": (
        "Asiakkuuksien hoitosuunnitelmat ja ohjausryhmät YAML-tiedostoina gitissä: tarkista, raportoi, tulosta.",
        "Customer care plans and steering groups as YAML files in git: validate, report, render.",
    ),
    "help.root": (
        "Säilön juurihakemisto (oletus: haetaan ylöspäin).",
        "Repository root (default: searched upward).",
    ),
    "help.lang": ("Kieli: {langs}.", "Language: {langs}."),
    "help.today": (
        "Tämä päivä muodossa VVVV-KK-PP (testaukseen).",
        "Today as YYYY-MM-DD (for testing).",
    ),
    "help.no_color": ("Ei värejä.", "No colours."),
    "help.version": ("Näytä versio.", "Show the version."),
    "help.plan": ("Asiakkaiden hoitosuunnitelmat.", "Customer care plans."),
    "help.project": ("Projektien ohjausryhmät.", "Project steering groups."),
    "help.report": ("Raportit asiakkaiden yli.", "Reports across customers."),
    "help.validate": (
        "Tarkistaa kaikki tiedostot ja säännöt. Poistumiskoodi 1, jos virheitä löytyy.",
        "Check every file and rule. Exit code 1 when errors are found.",
    ),
    "help.validate.paths": (
        "Rajaa raportin näihin tiedostoihin tai hakemistoihin.",
        "Limit the report to these files or directories.",
    ),
    "help.validate.format": (
        "Tulostusmuoto: text eli teksti, json, github (GitHubin huomautukset) tai sarif.",
        "Output format: text, json, github (GitHub annotations) or sarif.",
    ),
    "help.validate.strict": ("Myös varoitukset ovat virheitä.", "Warnings fail too."),
    "help.validate.select": (
        "Vain nämä säännöt (koodit tai etuliitteet, pilkuin eroteltuina).",
        "Only these rules (codes or prefixes, comma-separated).",
    ),
    "help.validate.ignore": (
        "Ohita nämä säännöt (koodit tai etuliitteet, pilkuin eroteltuina).",
        "Skip these rules (codes or prefixes, comma-separated).",
    ),
    "help.doc.plan_show": (
        "Näytä asiakkaan hoitosuunnitelma päätteessä.",
        "Show a customer's care plan in the terminal.",
    ),
    "help.doc.plan_render": (
        "Tee hoitosuunnitelmasta kokousasiakirja (md, html tai pdf).",
        "Render a care plan as a meeting document (md, html or pdf).",
    ),
    "help.doc.project_show": (
        "Näytä projektin ohjausryhmä ja roolien tehtävät päätteessä.",
        "Show a project's steering group and the duties of its roles in the terminal.",
    ),
    "help.doc.project_render": (
        "Tee projektin ohjausryhmäohje (yksi A4-sivu PDF:nä).",
        "Render a project's steering-group guide (one A4 page as PDF).",
    ),
    "help.doc.glossary": (
        "PRINCE2-termit suomeksi ja englanniksi.",
        "The PRINCE2 terms in Finnish and English.",
    ),
    "help.doc.customer_id": (
        "Asiakkaan tunnus (esim. malliasiakas).",
        "The customer's id (e.g. malliasiakas).",
    ),
    "help.doc.project_id": ("Projektin tunnus.", "The project's id."),
    "help.doc.format": ("Muoto: md, html tai pdf.", "Format: md, html or pdf."),
    "help.doc.out": (
        "Tulostiedosto tai -hakemisto; - tulostaa näytölle. Oletus: out/plans/<tunnus>.<muoto> "
        "(projekteille out/projects/) data-säilön juuressa.",
        "Output file or folder; - prints to standard output. Default: "
        "out/plans/<id>.<format> (out/projects/ for projects) under the data repository root.",
    ),
    "help.doc.all": (
        "Kaikki asiakirjat hakemistoon (--out tai oletus out/).",
        "Every document into a folder (--out, or the default out/).",
    ),
    "help.doc.glossary_format": ("Muoto: table tai md.", "Format: table or md."),
    "help.init.example": (
        "Lisää myös esimerkkiorganisaatio, -henkilöt, -suunnitelma ja -ohjausryhmä (kokeiluun; poista ennen omaa käyttöä).",
        "Also add an example organisation, people, plan and roster (to try things out; remove before real use).",
    ),
    "help.people": (
        "Luettelee henkilöt ja heidän tunnuksensa (data/people.yaml); --role rajaa roolin mukaan.",
        "List the people and their ids (data/people.yaml); --role limits to one role.",
    ),
    "help.people.role": (
        "Vain tämän roolin henkilöt, esim. partnership_manager tai project_manager.",
        "Only people with this role, e.g. partnership_manager or project_manager.",
    ),
    "help.segments": (
        "Luettelee segmentit ja niiden tunnukset (data/organisation.yaml).",
        "List the segments and their ids (data/organisation.yaml).",
    ),
    "help.diff": (
        "Näyttää aineiston muutokset kahden git-revision välillä (oletus: HEAD ja työhakemisto) "
        "asiakas-, projekti- ja henkilökohtaisesti, kenttä kentältä.",
        "Show what changed in the data between two git revisions "
        "(default: HEAD and the working tree), "
        "per customer, project and person, field by field.",
    ),
    "help.diff.rev_a": ("Vanhempi revisio (oletus HEAD).", "The older revision (default HEAD)."),
    "help.diff.rev_b": (
        "Uudempi revisio (oletus: työhakemisto sellaisenaan).",
        "The newer revision (default: the working tree as it is).",
    ),
    "help.diff.format": (
        "Tulostusmuoto: text, md (pull requestin kommenttiin) tai json.",
        "Output format: text, md (for a pull-request comment) or json.",
    ),
    "help.validate.changed_since": (
        "Raportoi vain tiedostoista, jotka ovat muuttuneet tämän git-revision jälkeen "
        "(commitit, indeksi, muokkaukset ja uudet tiedostot).",
        "Report only on files changed since this git revision "
        "(commits, staged and unstaged changes, new files).",
    ),
    "help.reports.format": (
        "Tulostusmuoto: table eli taulukko (oletus päätteessä; putkeen csv), md, json, csv tai xlsx (-o TIEDOSTO.xlsx).",
        "Output format: table (default in a terminal; csv into a pipe), md, json, csv or xlsx (-o FILE.xlsx).",
    ),
    "help.reports.plan_list": (
        "Asiakkaat taulukkona: segmentti, kumppanuuspäällikkö, veloitukset, hankkeet, vanhentuneet suunnitelmat.",
        "Customers as a table: segment, partnership manager, charges, projects, stale plans.",
    ),
    "help.reports.segment": ("Vain tämän segmentin asiakkaat.", "Only this segment's customers."),
    "help.reports.plan_manager": (
        "Vain tämän kumppanuuspäällikön (henkilön id) asiakkaat.",
        "Only the customers of this partnership manager (person id).",
    ),
    "help.reports.type": (
        "Vain tämä organisaatiomuoto: toimiala, palvelukeskus, liikelaitos, seudullinen toimija, "
        "osakeyhtiö tai säätiö (myös englanniksi, esim. division).",
        "Only this organisation type: division, service_centre, municipal_enterprise, regional, company, foundation.",
    ),
    "help.reports.stale": (
        "Vain vanhentuneet suunnitelmat (asetus stale_plan_days).",
        "Only stale plans (setting stale_plan_days).",
    ),
    "help.reports.project_list": (
        "Projektit ja ohjausryhmät taulukkona.",
        "Projects and steering groups as a table.",
    ),
    "help.reports.customer": (
        "Vain tämän asiakkaan (id) projektit.",
        "Only this customer's (id) projects.",
    ),
    "help.reports.status": (
        "Vain tämän tilan projektit: ehdotettu, käynnistys, käynnissä tai päättynyt "
        "(myös englanniksi: proposed, initiation, running, closed).",
        "Only projects with this status: proposed, initiation, running, closed.",
    ),
    "help.reports.project_manager": (
        "Vain tämän projektipäällikön (henkilön id) projektit.",
        "Only the projects of this project manager (person id).",
    ),
    "help.reports.segments": (
        "Segmenteittäin: asiakkaat, organisaatiomuodot, veloitukset, henkilöstö, potentiaali, hankkeet, vanhentuneet suunnitelmat.",
        "Per segment: customers, types, charges, headcount, outlook, open projects, stale plans.",
    ),
    "help.reports.managers": (
        "Kumppanuuspäälliköittäin: asiakkaat, katetut ja puuttuvat muodot, veloitukset, hankkeet, sijainen, tapahtumat.",
        "Per partnership manager: customers, types covered and missing, charges, projects, deputy, events.",
    ),
    "help.reports.needs": (
        "Pienkehitystarpeet ryhmiteltyinä: yhteiset tarpeet ensin, sitten vanhimmat päättämättömät.",
        "Small needs grouped: shared needs first, then the oldest undecided.",
    ),
    "help.reports.projects": (
        "Jokainen ohjausryhmä: tila, päivät, budjetti, roolien täyttö ja avoimet havainnot.",
        "Every roster: status, dates, budget, board completeness and open findings.",
    ),
    "help.reports.calendar": (
        "Tulevat tapahtumat: vuosikellot, järjestelmäpäivitykset, hankkeiden alut ja loput, ohjausryhmien kokoukset.",
        "Upcoming events: care calendars, system updates, project starts and ends, board meetings.",
    ),
    "help.reports.from": (
        "Alkupäivä (2026-01-15 tai 15.1.2026; oletus tänään).",
        "First day (2026-01-15 or 15.1.2026; default today).",
    ),
    "help.reports.days": (
        "Montako päivää eteenpäin (oletus 90; --ics-tiedostossa vuosi eli 366).",
        "How many days ahead (default 90; a year, 366, for --ics).",
    ),
    "help.reports.per_customer": (
        "Organisaation vuosikellon tapahtumat jokaiselle asiakkaalle erikseen.",
        "List the organisation's calendar events once for each customer.",
    ),
    "help.reports.ics": (
        "Kirjoita iCalendar-tiedosto (vuosittaiset tapahtumat toistuvina).",
        "Write an iCalendar file (yearly events recurring).",
    ),
    "help.rules": (
        "Luettelee säännöt tai selittää yhden esimerkein.",
        "List the rules, or explain one with examples.",
    ),
    "help.rules.code": (
        "Sääntökoodi (esim. C001) tai säännön nimi (stale-plan).",
        "A rule code (e.g. C001) or a rule name (stale-plan).",
    ),
    "help.rules.format": (
        "Tulostusmuoto: text tai md (Markdown-dokumentaatio kaikista säännöistä).",
        "Output format: text, or md (Markdown documentation of every rule).",
    ),
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
    "help.reports.out": (
        "Kirjoita tiedostoon (xlsx-muodossa pakollinen).",
        "Write to this file (required with --format xlsx).",
    ),
    "help.import": (
        "Tuo hoitosuunnitelmia Word-asiakirjoista ja asiakastietoja Excelistä tai CSV:stä.",
        "Import care plans from Word documents and customer data from Excel or CSV.",
    ),
    "help.import.docx": (
        "Hoitosuunnitelmat Word-pohjasta (liite 4) tiedostoiksi data/customers/<tunnus>.yaml.",
        "Care plans in the Word template (appendix 4) into data/customers/<id>.yaml.",
    ),
    "help.import.files": ("Tuotavat .docx-tiedostot.", "The .docx files to import."),
    "help.import.dry_run": (
        "Tulosta YAML, älä kirjoita mitään.",
        "Print the YAML, write nothing.",
    ),
    "help.import.force": (
        "Korvaa olemassa oleva suunnitelma (muutokset näytetään ensin).",
        "Replace an existing plan (the changes are shown first).",
    ),
    "help.import.id": (
        "Suunnitelman tunnus (vain yhdelle tiedostolle).",
        "The plan's id (one file only).",
    ),
    "help.import.add_people": (
        "Lisää tuntemattomat henkilöt people.yaml-tiedostoon.",
        "Add unknown people to people.yaml.",
    ),
    "help.import.xlsx": (
        "Asiakasrekisteri tai tarvelista Excelistä (.xlsx) tai CSV:stä: uudet suunnitelmat, päivitetyt kentät, uudet tarpeet.",
        "A customer register or needs list from Excel (.xlsx) or CSV: new plans, updated fields, new needs.",
    ),
    "help.import.csv": (
        "Sama kuin xlsx, CSV-tiedostolle (; tai , erottimena).",
        "The same as xlsx, for a CSV file (; or , as separator).",
    ),
    "help.import.file": ("Tuotava tiedosto.", "The file to import."),
    "help.import.sheet": (
        "Työkirjan taulukko (oletus: ensimmäinen).",
        "The workbook's sheet (default: the first).",
    ),
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
        "The minutes of a meeting as a document (md, html, pdf); by default into out/meetings/.",
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
    "help.site": (
        "Keskuksen verkkonäkymä: staattinen sivusto kaikista suunnitelmista ja ohjausryhmistä.",
        "The centre's web view: a static site of every plan and roster.",
    ),
    "help.site.build": (
        "Tee sivusto (oletuksena out/site säilön juuressa).",
        "Build the site (default: out/site in the repository root).",
    ),
    "help.site.out": ("Hakemisto, johon sivusto kirjoitetaan.", "The folder to write the site to."),
    "help.site.pdf": (
        "Lisää jokaisen suunnitelman ja ohjausryhmän PDF sen sivun viereen.",
        "Add each plan's and roster's PDF beside its page.",
    ),
    "help.site.serve": (
        "Esikatsele sivustoa osoitteessa 127.0.0.1; tehdään uudelleen, kun tiedot muuttuvat.",
        "Preview the site on 127.0.0.1; rebuilt when the data changes.",
    ),
    "help.site.port": ("Portti (127.0.0.1).", "The port (on 127.0.0.1)."),
}
