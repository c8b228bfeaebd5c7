"""Terms: the fixed choices of the data in words (organisation types, statuses, roles),
the months of a rule message ("in May") and the glossary's PRINCE2 terms.

One place for every view, report, diff and rule message that shows such a value; code
finds a key through `i18n.keys.TERM` and `GLOSSARY`. The board roles use the Finnish
PRINCE2 terms of the source study.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    # --- organisation types ---
    "term.type.division": ("toimiala", "division"),
    "term.type.service_centre": ("palvelukeskus", "service centre"),
    "term.type.municipal_enterprise": ("liikelaitos", "municipal enterprise"),
    "term.type.regional": ("seudullinen toimija", "regional body"),
    "term.type.company": ("osakeyhtiö", "company"),
    "term.type.foundation": ("säätiö", "foundation"),
    # --- project statuses ---
    "term.status.proposed": ("ehdotettu", "proposed"),
    "term.status.initiation": ("käynnistys", "initiation"),
    "term.status.running": ("käynnissä", "running"),
    "term.status.closed": ("päättynyt", "closed"),
    # --- the partnership manager's part in a board ---
    "term.pm_role.customer_support": ("asiakkaan tukena", "supporting the customer"),
    "term.pm_role.supplier": ("toimittajan edustajana", "as a supplier representative"),
    "term.pm_role.none": ("ei osallistu", "not taking part"),
    # --- who maintains a critical system ---
    "term.maintenance.it": ("IT-palvelut", "IT services"),
    "term.maintenance.external": ("ulkoinen", "external"),
    # --- standing roles of people ---
    "term.role.partnership_manager": ("kumppanuuspäällikkö", "partnership manager"),
    "term.role.project_manager": ("projektipäällikkö", "project manager"),
    "term.role.service_manager": ("palvelupäällikkö", "service manager"),
    "term.role.unit_head": ("yksikön päällikkö", "unit head"),
    "term.role.expert": ("asiantuntija", "expert"),
    # --- board roles (PRINCE2) ---
    "term.board.executive": ("omistaja", "executive"),
    "term.board.senior_users": ("omistajan toiminnasta vastaava", "senior user"),
    "term.board.users": ("omistajan operatiivinen edustaja", "user"),
    "term.board.senior_suppliers": ("toimittajan tuotannosta vastaava", "senior supplier"),
    "term.board.suppliers": ("toimittajan operatiivinen edustaja", "supplier"),
    # --- a month in a sentence: "tammikuussa" / "January" ---
    "term.month_in.1": ("tammikuussa", "January"),
    "term.month_in.2": ("helmikuussa", "February"),
    "term.month_in.3": ("maaliskuussa", "March"),
    "term.month_in.4": ("huhtikuussa", "April"),
    "term.month_in.5": ("toukokuussa", "May"),
    "term.month_in.6": ("kesäkuussa", "June"),
    "term.month_in.7": ("heinäkuussa", "July"),
    "term.month_in.8": ("elokuussa", "August"),
    "term.month_in.9": ("syyskuussa", "September"),
    "term.month_in.10": ("lokakuussa", "October"),
    "term.month_in.11": ("marraskuussa", "November"),
    "term.month_in.12": ("joulukuussa", "December"),
    # --- the glossary: a term and its explanation (board roles are above) ---
    "term.project_board": ("ohjausryhmä", "project board"),
    "term.project_board.explain": (
        "Projektin päättävä elin, joka vastaa koko projektin onnistumisesta; 3–6 jäsentä suositellaan.",
        "The project's deciding body, accountable for its success; 3–6 members are recommended.",
    ),
    "term.executive.explain": (
        "Toimeksiantajan edustaja ohjausryhmässä; vastaa viime kädessä projektista ja johtaa kokouksia.",
        "The commissioning organisation's representative on the board; ultimately accountable, chairs the meetings.",
    ),
    "term.senior_user.explain": (
        "Sitoo käyttäjäresurssit, asettaa laatu- ja hyväksymiskriteerit ja vastaa hyötyjen toteutumisesta.",
        "Commits user resources, sets quality and acceptance criteria, answers for the benefits.",
    ),
    "term.user.explain": (
        "Käyttää projektin tuotosta; tehtävät sovitaan toiminnasta vastaavan kanssa.",
        "Will use the result; tasks are agreed with the senior user.",
    ),
    "term.senior_supplier.explain": (
        "Sitoo toimittajan resurssit ja vastaa toimituksen laadusta ja teknisestä eheydestä.",
        "Commits supplier resources; answers for quality and technical integrity.",
    ),
    "term.supplier.explain": (
        "Toteutukseen tarvittava asiantuntija; tehtävät sovitaan tuotannosta vastaavan kanssa.",
        "An expert needed for delivery; tasks are agreed with the senior supplier.",
    ),
    "term.project_manager.explain": (
        "Johtaa projektia päivittäin ohjausryhmän antamissa rajoissa; ei ole ohjausryhmän jäsen.",
        "Runs the project day to day within the board's limits; not a board member.",
    ),
    "term.business_case": ("liiketoimintaperuste", "business case"),
    "term.business_case.explain": (
        "Perustelu sille, miksi projekti kannattaa: hyödyt, kustannukset ja riskit.",
        "Why the project is worth doing: benefits, costs and risks.",
    ),
    "term.tolerance": ("toleranssi", "tolerance"),
    "term.tolerance.explain": (
        "Sallittu poikkeama aikataulusta, kustannuksista tai laajuudesta ennen kuin asia viedään ylemmäs.",
        "The allowed deviation in time, cost or scope before a matter must be escalated.",
    ),
    "term.exception": ("poikkeama", "exception"),
    "term.exception.explain": (
        "Tilanne, jossa toleranssi ylittyy tai uhkaa ylittyä; päätös kuuluu seuraavalle tasolle.",
        "A situation where a tolerance is or will be exceeded; the next level decides.",
    ),
    "term.stage": ("vaihe", "stage"),
    "term.stage.explain": (
        "Projektin osa, jonka lopussa ohjausryhmä päättää jatkosta.",
        "A part of the project at whose end the board decides whether to go on.",
    ),
    "term.benefits_review": ("hyötykatselmointi", "benefits review"),
    "term.benefits_review.explain": (
        "Arvio siitä, ovatko tavoitellut hyödyt toteutuneet.",
        "An assessment of whether the intended benefits have been realised.",
    ),
    "term.escalation": ("eskalointi", "escalation"),
    "term.escalation.explain": (
        "Asian vieminen päätettäväksi ylemmälle tasolle.",
        "Passing a matter to a higher level to decide.",
    ),
    "term.stakeholder": ("sidosryhmä", "stakeholder"),
    "term.stakeholder.explain": (
        "Taho, johon projekti vaikuttaa tai joka vaikuttaa projektiin; kukin jäsen informoi omaa puoltaan.",
        "Anyone affected by or affecting the project; each member informs their own side.",
    ),
    "term.lessons_log": ("opittujen asioiden loki", "lessons log"),
    "term.lessons_log.explain": (
        "Kirjanpito projektissa opitusta, jotta seuraavat projektit hyötyvät siitä.",
        "A record of what the project learned, so that later projects benefit.",
    ),
    "term.partnership_manager.explain": (
        "IT-palveluiden nimetty asiakkuudesta vastaava; tapaa asiakkaan kehittämispäällikköä säännöllisesti.",
        "The service centre's named account manager; meets the customer's development manager regularly.",
    ),
    "term.care_plan": ("asiakkuuksien hoitosuunnitelma", "care plan"),
    "term.care_plan.explain": (
        "Asiakaskohtainen, säännöllisesti päivitettävä suunnitelma asiakkuuden hoidosta.",
        "A per-customer plan of looking after the customer, updated regularly.",
    ),
}
