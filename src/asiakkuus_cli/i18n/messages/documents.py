"""Messages of documents: care plans, steering-group guides, the glossary, their commands."""

MESSAGES: dict[str, tuple[str, str]] = {
    # --- help texts ---
    # --- command problems ---
    "doc.id_bad": (
        "'{value}' ei kelpaa tunnukseksi: sallittuja ovat pienet kirjaimet a–z, numerot ja "
        "viiva, 1–64 merkkiä.",
        "'{value}' is not a valid id: use lowercase a–z, digits and '-', 1–64 characters.",
    ),
    "doc.unknown_customer": ("Asiakasta '{value}' ei ole.", "There is no customer '{value}'."),
    "doc.unknown_project": ("Projektia '{value}' ei ole.", "There is no project '{value}'."),
    "doc.did_you_mean": ("Tarkoititko: {ids}?", "Did you mean: {ids}?"),
    "doc.known_ids": ("Tunnetut tunnukset: {ids}.", "Known ids: {ids}."),
    "doc.none_known": ("Säilössä ei ole yhtään.", "The repository holds none."),
    "doc.unknown_with": ("{message} {suggestion}", "{message} {suggestion}"),
    "doc.id_or_all": (
        "Anna joko tunnus tai --all, ei molempia eikä kumpaakaan jättäen pois.",
        "Give either an id or --all (exactly one of them).",
    ),
    "doc.out_not_dir": ("'{path}' ei ole hakemisto.", "'{path}' is not a directory."),
    "doc.out_parent": ("Hakemistoa '{path}' ei ole.", "The directory '{path}' does not exist."),
    "doc.template_missing": ("Mallipohjaa '{name}' ei löydy.", "Template '{name}' not found."),
    "doc.template_error": (
        "Mallipohja '{name}' ei toimi: {detail}",
        "Template '{name}' failed: {detail}",
    ),
    "doc.load_failed": (
        "Tiedostoa '{file}' ei voitu lukea; korjaa nämä ensin:",
        "The file '{file}' could not be loaded; fix these first:",
    ),
    "doc.written": ("Kirjoitettu: {path}", "Written: {path}"),
    "doc.written_all": (
        "{count} asiakirjaa hakemistoon {path}",
        "{count} documents written to {path}",
    ),
    "doc.progress": ("Tehdään asiakirjoja", "Rendering documents"),
    # --- shared document text ---
    "doc.internal": ("Sisäiseen käyttöön", "Internal use only"),
    "doc.page": ("Sivu", "Page"),
    "doc.as_of": ("Tilanne {date}", "As of {date}"),
    "doc.none": ("Ei kirjauksia.", "Nothing recorded."),
    "doc.findings": ("Avoimet havainnot", "Open findings"),
    "doc.findings_none": ("Ei avoimia havaintoja.", "No open findings."),
    "doc.findings_intro": (
        "Työkalun tarkistus löysi tästä tiedostosta seuraavat asiat:",
        "The tool's check found the following in this file:",
    ),
    "doc.line": ("rivi {line}", "line {line}"),
    # --- care plan ---
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
    # --- steering-group guide ---
    "guide.title": ("Projektin ohjausryhmätyöskentelyn ohjeistus", "Steering-group guide"),
    "guide.h.project": ("Projekti", "Project"),
    "guide.h.customer": ("Asiakas", "Customer"),
    "guide.h.internal": ("IT-palveluiden oma projekti", "The service centre's own project"),
    "guide.h.status": ("Tila", "Status"),
    "guide.h.dates": ("Aikataulu", "Schedule"),
    "guide.h.budget": ("Budjetti", "Budget"),
    "guide.h.pm": ("Projektipäällikkö", "Project manager"),
    "guide.intro": (
        "Projekti noudattaa PRINCE2-mallia. Ohjausryhmä – ei projektipäällikkö – vastaa koko "
        "projektin onnistumisesta. Projektipäällikkö johtaa työtä päivittäin ohjausryhmän "
        "antamissa rajoissa (toleranssit) ja kertaa roolit ennen ensimmäistä kokousta.",
        "The project follows PRINCE2. The steering group (project board), not the project "
        "manager, answers for the success of the whole project. The project manager runs the "
        "work day to day within the limits (tolerances) the board sets, and goes through the "
        "roles before the first meeting.",
    ),
    "guide.s.board": ("Ohjausryhmä ja tehtävät", "The board and its duties"),
    "guide.side.customer": ("asiakkaan puoli", "customer side"),
    "guide.side.supplier": ("toimittajan puoli", "supplier side"),
    "guide.unnamed": ("ei nimetty", "not named"),
    "guide.s.meetings": ("Kokouskäytäntö", "Meetings"),
    "guide.meet.interval": (
        "Ohjausryhmä kokoontuu {weeks} viikon välein.",
        "The board meets every {weeks} weeks.",
    ),
    "guide.meet.no_interval": (
        "Kokousväliä ei ole sovittu; sopikaa se ensimmäisessä kokouksessa.",
        "No meeting interval is agreed yet; agree it at the first meeting.",
    ),
    "guide.meet.duration": (
        "Kokous kestää noin {minutes} minuuttia (suositus noin tunti); omistaja toimii puheenjohtajana.",
        "A meeting lasts about {minutes} minutes (recommended: about an hour); the executive chairs.",
    ),
    "guide.meet.last": ("Edellinen kokous {date}.", "Last meeting {date}."),
    "guide.meet.next": ("Seuraava kokous {date}.", "Next meeting {date}."),
    "guide.s.communication": ("Viestintä sidosryhmille", "Informing the stakeholders"),
    "guide.comm.customer": (
        "Asiakkaan puolen sidosryhmiä informoi {name}.",
        "{name} informs the customer side's stakeholders.",
    ),
    "guide.comm.supplier": (
        "Toimittajan puolen sidosryhmiä informoi {name}.",
        "{name} informs the supplier side's stakeholders.",
    ),
    "guide.comm.default": (
        "Kukin ohjausryhmän jäsen informoi oman puolensa sidosryhmiä.",
        "Each board member informs their own side's stakeholders.",
    ),
    "guide.comm.delegated": (
        "Tiedottaminen on delegoitu projektipäällikölle ({name}).",
        "Informing is delegated to the project manager ({name}).",
    ),
    "guide.s.pm_role": ("Kumppanuuspäällikön rooli", "The partnership manager's role"),
    "guide.pm.customer_support": (
        "Kumppanuuspäällikkö {name} tukee asiakkaan edustajia ohjausryhmätyössä.",
        "Partnership manager {name} supports the customer's representatives on the board.",
    ),
    "guide.pm.supplier": (
        "Kumppanuuspäällikkö {name} toimii toimittajan edustajana.",
        "Partnership manager {name} takes part as a supplier representative.",
    ),
    "guide.pm.none": (
        "Kumppanuuspäällikkö ({name}) ei osallistu tämän projektin ohjausryhmätyöhön.",
        "The partnership manager ({name}) does not take part in this project's board.",
    ),
    "guide.pm.unset": (
        "Kumppanuuspäällikön ({name}) roolia ei ole päätetty: tukeeko hän asiakkaan edustajaa vai "
        "toimiiko toimittajan edustajana?",
        "The partnership manager's ({name}) role is not decided: supporting the customer's "
        "representative, or as a supplier representative?",
    ),
    "guide.pm.internal": (
        "IT-palveluiden omassa projektissa kumppanuuspäällikköä ei yleensä tarvita, ellei projekti "
        "koske useita asiakkaita; silloin hän edustaa asiakkaita.",
        "In the service centre's own project a partnership manager is usually not needed, unless "
        "the project affects many customers; then they represent the customers.",
    ),
    "guide.pm.nobody": ("ei nimetty", "not named"),
    "guide.s.delivery": ("Ohjeen jakelu", "Delivery of this guide"),
    "guide.del.customer": ("Asiakkaalle {date}", "To the customer {date}"),
    "guide.del.members": ("Jäsenille {date}", "To the members {date}"),
    "guide.del.first": (
        "Käyty läpi ensimmäisessä kokouksessa {date}",
        "Reviewed at the first meeting {date}",
    ),
    "guide.del.missing": ("ei vielä", "not yet"),
    "guide.s.findings": ("Huomioitavaa", "Please note"),
    # role descriptions and duties (each duty one line), in the project's own words
    "guide.role.executive": (
        "Toimeksiantajan edustaja, jolla on valtuudet päättää omassa organisaatiossaan. Vastaa "
        "viime kädessä projektin onnistumisesta; muut jäsenet tukevat häntä.",
        "Represents the commissioning organisation with authority to decide there. Ultimately "
        "accountable for the project; the other members support them.",
    ),
    "guide.duties.executive": (
        "Kokoaa ja nimeää ohjausryhmän\n"
        "Hyväksyy projektin asettamisen ja pitää liiketoimintaperusteen ajan tasalla\n"
        "Varmistaa, että projekti sopii strategiaan ja on rahoitettu\n"
        "Kutsuu koolle ja johtaa ohjausryhmän kokoukset\n"
        "Antaa hyötyjen seurannan toiminnasta vastaavalle ja laadun seurannan tuotannosta vastaavalle\n"
        "Huolehtii, että riskit ja ongelmat arvioidaan ja niitä seurataan\n"
        "Vie toleranssit ylittävät asiat oman organisaationsa ylemmälle tasolle\n"
        "Tukee projektipäällikköä ja vastaa osaltaan sidosryhmäviestinnästä",
        "Forms and names the board\n"
        "Approves starting the project and keeps the business case current\n"
        "Makes sure the project fits the strategy and is funded\n"
        "Calls and chairs the board meetings\n"
        "Gives benefits follow-up to the senior user and quality follow-up to the senior supplier\n"
        "Sees that risks and issues are assessed and followed\n"
        "Escalates what exceeds the tolerances to the next level of their organisation\n"
        "Supports the project manager and shares in informing stakeholders",
    ),
    "guide.role.senior_user": (
        "Voi ohjata toimeksiantajan henkilöresursseja ja käyttää usein itse projektin tuotosta. "
        "Valvoo, että projektin hyödyt toteutuvat.",
        "May direct the commissioning organisation's staff and often uses the result "
        "themselves. Sees that the project's benefits are realised.",
    ),
    "guide.duties.senior_user": (
        "Asettaa laatu- ja hyväksymiskriteerit käyttäjien näkökulmasta\n"
        "Varmistaa, että lopputulos täyttää vaatimukset ja käyttäjät tarkastavat sen\n"
        "Ratkaisee toimeksiantajan vaatimuksia koskevat ristiriidat\n"
        "Turvaa ongelmatilanteissa sovitut hyödyt\n"
        "Arvioi hyötykatselmoinnissa toteutuneet ja ennustetut hyödyt\n"
        "Pitää toiminnan vakaana käyttöönoton aikana\n"
        "Tukee projektipäällikköä ja vastaa osaltaan sidosryhmäviestinnästä",
        "Sets the quality and acceptance criteria from the users' point of view\n"
        "Makes sure the result meets the requirements and that users review it\n"
        "Resolves conflicts over the commissioning side's requirements\n"
        "Protects the agreed benefits when problems are solved\n"
        "States the actual and forecast benefits at the benefits review\n"
        "Keeps the business stable while the result is taken into use\n"
        "Supports the project manager and shares in informing stakeholders",
    ),
    "guide.role.user": (
        "Työskentelee projektin tuotoksen parissa sen valmistuttua.",
        "Will work with the project's result once it is ready.",
    ),
    "guide.duties.user": (
        "Hoitaa omistajan toiminnasta vastaavan kanssa sovitut tehtävät",
        "Carries out the tasks agreed with the senior user",
    ),
    "guide.role.senior_supplier": (
        "Voi ohjata ja sitoa toteuttavan organisaation resursseja. Vastaa toimittajan tuotoksen "
        "laadusta ja teknisestä eheydestä.",
        "May direct and commit the delivering organisation's resources. Answers for the quality "
        "and technical integrity of what the supplier delivers.",
    ),
    "guide.duties.senior_supplier": (
        "Pitää projektin etenemisen näkyvänä\n"
        "Varmistaa, että suunnitelmat ja toteutus ovat realistisia\n"
        "Neuvoo hyväksymistapojen ja laatumenettelyjen valinnassa ja käytössä\n"
        "Varmistaa toimittajan resurssien saatavuuden\n"
        "Ratkaisee toimittajan vaatimusristiriidat ja hoitaa sen ei-tekniset asiat\n"
        "Vastaa osaltaan sidosryhmäviestinnästä",
        "Keeps the project's progress visible\n"
        "Makes sure plans and delivery are realistic\n"
        "Advises on choosing and using approval and quality procedures\n"
        "Makes sure the supplier's resources are available\n"
        "Resolves the supplier's conflicts over requirements and its non-technical matters\n"
        "Shares in informing stakeholders",
    ),
    "guide.role.supplier": (
        "Muut toteutukseen tarvittavat asiantuntijat.",
        "Other experts needed to deliver the project.",
    ),
    "guide.duties.supplier": (
        "Hoitaa toimittajan tuotannosta vastaavan kanssa sovitut tehtävät",
        "Carries out the tasks agreed with the senior supplier",
    ),
    # --- glossary ---
    "glossary.title": ("PRINCE2-sanasto", "PRINCE2 glossary"),
    "glossary.c.fi": ("Suomeksi", "Finnish"),
    "glossary.c.en": ("Englanniksi", "English"),
    "glossary.c.explain": ("Selitys", "Explanation"),
}
