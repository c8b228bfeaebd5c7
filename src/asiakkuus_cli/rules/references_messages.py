"""The texts of the references rules (R): each rule's documentation (`ruledoc.CODE.title`,
`.text`) and its messages and hints (`rule.CODE[.variant][.hint]`), Finnish and English."""

MESSAGES: dict[str, tuple[str, str]] = {
    # --- R001 ---
    "ruledoc.R001.title": (
        "Henkilön tunnistetta ei ole määritelty tiedostossa people.yaml.",
        "A person id that `people.yaml` does not define.",
    ),
    "ruledoc.R001.text": (
        "Jokainen suunnitelmassa tai ohjausryhmässä mainittu henkilö (kumppanuuspäällikkö, "
        "yhteyshenkilöt, projektipäälliköt, ohjausryhmän jäsenet, sijaiset) on tunniste "
        "tiedostosta data/people.yaml. Lisää henkilö sinne tai korjaa tunniste; lähin "
        "tunnettu tunniste ehdotetaan.",
        "Every person named in a plan or roster (partnership manager, contacts, project "
        "managers, board members, deputies) is an id from data/people.yaml. Add the person "
        "there, or correct the id; the closest known id is suggested.",
    ),
    "rule.R001": (
        "Henkilöä '{id}' ei ole määritelty tiedostossa data/people.yaml.",
        "The person '{id}' is not defined in data/people.yaml.",
    ),
    "rule.R001.hint": (
        "Lisää henkilö tiedostoon data/people.yaml tai korjaa tunniste.",
        "Add the person to data/people.yaml or correct the id.",
    ),
    "rule.R001.close": (
        "Henkilöä '{id}' ei ole määritelty tiedostossa data/people.yaml – tarkoititko '{suggestion}'?",
        "The person '{id}' is not defined in data/people.yaml – did you mean '{suggestion}'?",
    ),
    "rule.R001.close.hint": (
        "Korjaa tunnisteeksi '{suggestion}' tai lisää henkilö tiedostoon data/people.yaml.",
        "Correct the id to '{suggestion}' or add the person to data/people.yaml.",
    ),
    # --- R002 ---
    "ruledoc.R002.title": (
        "Asiakastunniste, jolla ei ole hoitosuunnitelmaa.",
        "A customer id with no care plan.",
    ),
    "ruledoc.R002.text": (
        "Ohjausryhmän customer ja henkilön organisation (muu kuin it) viittaavat "
        "hoitosuunnitelmaan hakemistossa data/customers/. Luo suunnitelma (asiakkuus plan new "
        "TUNNUS) tai korjaa tunniste.",
        "A roster's customer and a person's organisation (other than it) name a care plan in "
        "data/customers/. Create the plan (asiakkuus plan new ID) or correct the id.",
    ),
    "rule.R002": (
        "Asiakkaalla '{id}' ei ole hoitosuunnitelmaa (data/customers/{id}.yaml).",
        "The customer '{id}' has no care plan (data/customers/{id}.yaml).",
    ),
    "rule.R002.hint": (
        "Luo suunnitelma komennolla asiakkuus plan new {id} tai korjaa tunniste.",
        "Create the plan with `asiakkuus plan new {id}` or correct the id.",
    ),
    # --- R003 ---
    "ruledoc.R003.title": (
        "Segmenttiä ei ole määritelty tiedostossa organisation.yaml.",
        "A segment not defined in `organisation.yaml`.",
    ),
    "ruledoc.R003.text": (
        "Segmentit luetellaan tiedoston data/organisation.yaml kohdassa segments; suunnitelman "
        "segment-kentän pitää olla jokin niiden tunnisteista.",
        "Segments are listed under segments in data/organisation.yaml; a plan's segment must be "
        "one of their ids.",
    ),
    "rule.R003": (
        "Segmenttiä '{id}' ei ole määritelty tiedostossa data/organisation.yaml (määritellyt: {known}).",
        "The segment '{id}' is not defined in data/organisation.yaml (defined: {known}).",
    ),
    "rule.R003.hint": (
        "Valitse jokin määritellyistä segmenteistä tai lisää segmentti.",
        "Choose one of the defined segments or add the segment.",
    ),
    # --- R004 ---
    "ruledoc.R004.title": (
        "Kehittämishanke viittaa ohjausryhmään, jota ei ole.",
        "A development project links a roster that does not exist.",
    ),
    "ruledoc.R004.text": (
        "Suunnitelman kehittämishankkeen project-kenttä nimeää tiedoston hakemistossa "
        "data/projects/. Luo ohjausryhmä (asiakkuus project new TUNNUS) tai korjaa tunniste.",
        "project in a plan's development project names a file in data/projects/. Create the "
        "roster (asiakkuus project new ID) or correct the id.",
    ),
    "rule.R004": (
        "Projektia '{id}' ei ole (data/projects/{id}.yaml puuttuu).",
        "There is no project '{id}' (data/projects/{id}.yaml is missing).",
    ),
    "rule.R004.hint": (
        "Luo ohjausryhmätiedosto komennolla asiakkuus project new {id} tai korjaa tunniste.",
        "Create the roster with `asiakkuus project new {id}` or correct the id.",
    ),
}
