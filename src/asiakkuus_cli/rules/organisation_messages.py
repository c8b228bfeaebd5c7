"""The texts of the organisation rules (O): each rule's documentation (`ruledoc.CODE.title`,
`.text`) and its messages and hints (`rule.CODE[.variant][.hint]`), Finnish and English."""

MESSAGES: dict[str, tuple[str, str]] = {
    # --- O001 ---
    "ruledoc.O001.title": (
        "Kumppanuuspäälliköltä puuttuu asiakkaita organisaatiotyypistä, jota muut hoitavat.",
        "A partnership manager has no customer of an organisation type that others cover.",
    ),
    "ruledoc.O001.text": (
        "Toimialoja, palvelukeskuksia, liikelaitoksia, seudullisia toimijoita, osakeyhtiöitä ja "
        "säätiöitä ohjataan eri tavoin. Kumppanuuspäälliköt voivat sijaistaa toisiaan vain, jos "
        "jokainen tuntee jokaisen tyypin, joten jokaisella pitäisi olla asiakkaita kaikista "
        "tyypeistä, joita kumppanuuspäälliköt yhdessä hoitavat. Havainto osoittaa henkilön "
        "kohtaan tiedostossa data/people.yaml ja nimeää puuttuvat tyypit.",
        "Divisions, service centres, municipal enterprises, regional bodies, companies and "
        "foundations are steered differently. Partnership managers can stand in for each other "
        "only if each knows every type, so each should have customers of every type that the "
        "partnership managers together cover. Reported at the manager's entry in "
        "data/people.yaml, naming the types they lack.",
    ),
    "rule.O001": (
        "Kumppanuuspäälliköllä {name} ei ole asiakkaita tyypeistä {missing}, joita muut "
        "kumppanuuspäälliköt hoitavat (hänen asiakastyyppinsä: {covered}).",
        "The partnership manager {name} has no customers of the types {missing}, which other "
        "partnership managers cover (theirs: {covered}).",
    ),
    "rule.O001.hint": (
        "Sijaisuudet toimivat, kun jokainen tuntee jokaisen organisaatiotyypin käytännöt: harkitse "
        "asiakkaiden jakoa uudelleen.",
        "Standing in for each other works when everyone knows each organisation type's "
        "practices: consider sharing the customers differently.",
    ),
    # --- O002 ---
    "ruledoc.O002.title": (
        "Sama pienkehitystarve kahdella tai useammalla asiakkaalla: ehdokas yhteiseksi hankkeeksi.",
        "The same small need raised by 2 or more customers: a candidate for one joint project.",
    ),
    "ruledoc.O002.text": (
        "Tarpeet vastaavat toisiaan, jos niillä on yhteinen tagi (kirjainkoosta riippumatta) tai "
        "sama need-teksti kirjainkoosta ja välilyönneistä riippumatta. Jokainen tällainen tarve "
        "raportoidaan jokaisessa suunnitelmassa, ja viestissä nimetään kaikki asiakkaat, joilla "
        "tarve on. Harkitse toteutusta kerralla kaikille.",
        "Needs match by a shared tag (ignoring case) or by the same need text ignoring case and "
        "spacing. Each matching need, in each plan, is reported, naming every customer that "
        "raised it. Consider doing it once, for all of them.",
    ),
    "rule.O002": (
        "Pienkehitystarve '{need}' on {count} asiakkaalla: {customers}.",
        "The small need '{need}' is shared by {count} customers: {customers}.",
    ),
    "rule.O002.hint": (
        "Yhteinen tarve voidaan toteuttaa kustannustehokkaasti yhtenä hankkeena.",
        "A shared need can be met cost-efficiently as one joint project.",
    ),
    "rule.O002.many": (
        "Pienkehitystarve '{need}' on {count} asiakkaalla: {customers} ja {more} muuta.",
        "The small need '{need}' is shared by {count} customers: {customers} and {more} more.",
    ),
    "rule.O002.many.hint": (
        "Yhteinen tarve voidaan toteuttaa kustannustehokkaasti yhtenä hankkeena; asiakkaat: asiakkuus report needs.",
        "A shared need can be met cost-efficiently as one joint project; every customer: asiakkuus report needs.",
    ),
    # --- O003 ---
    "ruledoc.O003.title": (
        "Kumppanuuspäälliköllä, jolla on asiakkaita, ei ole sijaista.",
        "A partnership manager with customers has no deputy.",
    ),
    "ruledoc.O003.text": (
        "Jonkun pitää voida sijaistaa kumppanuuspäällikköä tämän poissa ollessa. Nimeä sijainen "
        "(yleensä toinen kumppanuuspäällikkö) henkilön kohtaan tiedostossa data/people.yaml.",
        "Someone must be able to stand in when the partnership manager is away. Name a deputy "
        "(usually another partnership manager) in the person's entry in data/people.yaml.",
    ),
    "rule.O003": (
        "Kumppanuuspäälliköllä {name} on asiakkaita, mutta ei nimettyä sijaista (deputy).",
        "The partnership manager {name} has customers but no named deputy (deputy).",
    ),
    "rule.O003.hint": (
        "Nimeä sijainen, yleensä toinen kumppanuuspäällikkö, kenttään deputy.",
        "Name a deputy, usually another partnership manager, in the field deputy.",
    ),
}
