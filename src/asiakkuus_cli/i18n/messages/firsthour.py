"""Messages of the first hour: init, the choices of `plan new`, `people`, `segments`, and
month-only calendar events."""

MESSAGES: dict[str, tuple[str, str]] = {
    # --- command-line text that goes into files ---
    "firsthour.bad_text": (
        "Valitsimen {option} arvo on tyhjä tai sisältää merkin, jota ei voi tallentaa tiedostoon; kirjoita nimi tavallisin merkein.",
        "The value of {option} is empty or holds a character that cannot be saved in a file; write the name in ordinary characters.",
    ),
    # --- init ---
    "firsthour.init.fill": (
        "Täydennä ensin: data/organisation.yaml (nimi ja segmentit) ja data/people.yaml (sinä ja varahenkilösi).",
        "Fill in first: data/organisation.yaml (name and segments) and data/people.yaml (you and your deputy).",
    ),
    "firsthour.init.next": (
        "Sitten: cd {path} && git init && asiakkuus validate",
        "Then: cd {path} && git init && asiakkuus validate",
    ),
    "firsthour.init.example": (
        "Esimerkkidata: data/customers/esimerkki.yaml ja data/projects/esimerkki-portaali.yaml.",
        "Example data: data/customers/esimerkki.yaml and data/projects/esimerkki-portaali.yaml.",
    ),
    "firsthour.init.pip_known": (
        "CI asentaa työkalun näin: {pip}",
        "CI installs the tool with: {pip}",
    ),
    "firsthour.init.pip_unknown": (
        "Tämä työkalu on asennettu paikallisesta kansiosta, jota CI ei tavoita: aseta ASIAKKUUS_PIP tiedostoissa "
        ".github/workflows/asiakkuus.yml ja .gitlab-ci.yml (pre-commit käyttää koneen asiakkuus-komentoa).",
        "This copy of the tool was installed from a local folder that CI cannot reach: set ASIAKKUUS_PIP in "
        ".github/workflows/asiakkuus.yml and .gitlab-ci.yml (pre-commit uses the asiakkuus command of this machine).",
    ),
    # --- people, segments ---
    "firsthour.people.none": (
        "Ei henkilöitä{role}. Lisää ne tiedostoon data/people.yaml (mallit tiedoston kommenteissa).",
        "No people{role}. Add them in data/people.yaml (examples in the file's comments).",
    ),
    "firsthour.people.with_role": (" roolissa {role}", " with the role {role}"),
    "firsthour.segments.none": (
        "Ei segmenttejä. Lisää ne tiedostoon data/organisation.yaml (malli tiedoston kommenteissa).",
        "No segments. Add them in data/organisation.yaml (an example in the file's comments).",
    ),
    "firsthour.people.bad_role": (
        "Roolia '{value}' ei ole; sallitut: {allowed}.",
        "No role '{value}'; allowed: {allowed}.",
    ),
    # --- plan new: prompts ---
    "firsthour.prompt.name": ("Asiakkaan nimi", "The customer's name"),
    "firsthour.prompt.project_name": ("Projektin nimi", "The project's name"),
    "firsthour.prompt.type": ("Organisaatiomuoto", "Form of the organisation"),
    "firsthour.prompt.segment": ("Segmentti", "Segment"),
    "firsthour.prompt.manager": ("Kumppanuuspäällikkö", "Partnership manager"),
    "firsthour.prompt.project_manager": ("Projektipäällikkö", "Project manager"),
    "firsthour.prompt.choices": ("Vaihtoehdot:", "Choices:"),
    "firsthour.prompt.pick": ("Valitse jokin näistä: {ids}", "Choose one of: {ids}"),
    "firsthour.no_choices.segment": (
        "Tiedostossa data/organisation.yaml ei ole segmenttejä; lisää ensin ainakin yksi.",
        "data/organisation.yaml has no segments; add at least one first.",
    ),
    "firsthour.no_choices.partnership_manager": (
        "Tiedostossa data/people.yaml ei ole IT-palveluiden kumppanuuspäällikköä (roles: [partnership_manager]); lisää ensin itsesi.",
        "data/people.yaml has no partnership manager of the service centre (roles: [partnership_manager]); add yourself first.",
    ),
    "firsthour.no_choices.project_manager": (
        "Tiedostossa data/people.yaml ei ole IT-palveluiden projektipäällikköä (roles: [project_manager]); lisää ensin yksi.",
        "data/people.yaml has no project manager of the service centre (roles: [project_manager]); add one first.",
    ),
    "firsthour.missing_choices": (
        "Anna myös: {options}. Tunnukset luettelevat komennot asiakkuus segments ja asiakkuus people --role {role}; päätteessä komento kysyy puuttuvat tiedot.",
        "Also give: {options}. The ids are listed by asiakkuus segments and asiakkuus people --role {role}; at a terminal the command asks for what is missing.",
    ),
    # --- project new ---
    "firsthour.next.project_board_given": (
        "aikataulu (start, end), budjetti (budget), kumppanuuspäällikön rooli (partnership_manager_role) "
        "ja kokouskäytäntö (meetings)",
        "the schedule (start, end), the budget, the partnership manager's role (partnership_manager_role) "
        "and the meeting practice (meetings)",
    ),
    "firsthour.next.project_board_rest": (
        "ohjausryhmästä vielä: {missing}",
        "on the board still: {missing}",
    ),
    # --- calendar: month-only events ---
    "firsthour.calendar.month_task": (
        "Kuukauden tehtävä ({month}): tapahtumalla ei ole päivää, joten se on merkitty kuun ensimmäiselle arkipäivälle.",
        "A task for the month ({month}): the event has no day, so it is placed on the month's first working day.",
    ),
}
