"""The steering-group guide of a project (`project render`): roles, duties, headings."""

MESSAGES: dict[str, tuple[str, str]] = {
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
    "guide.s.delivery": ("Ohjeen jakelu", "Delivery of this guide"),
    "guide.del.customer": ("Asiakkaalle {date}", "To the customer {date}"),
    "guide.del.members": ("Jäsenille {date}", "To the members {date}"),
    "guide.del.first": (
        "Käyty läpi ensimmäisessä kokouksessa {date}",
        "Reviewed at the first meeting {date}",
    ),
    "guide.del.missing": ("ei vielä", "not yet"),
    "guide.s.findings": ("Huomioitavaa", "Please note"),
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
}
