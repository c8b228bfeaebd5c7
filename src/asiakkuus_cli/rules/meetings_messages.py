"""The texts of the meeting rules (M): each rule's documentation (`ruledoc.CODE.title`,
`.text`) and its messages and hints (`rule.CODE[.variant][.hint]`), Finnish and English."""

MESSAGES: dict[str, tuple[str, str]] = {
    # --- M001 ---
    "ruledoc.M001.title": (
        "Vuosikellon tapahtuman kuukausi on kulunut eikä kokousta ole kirjattu.",
        "A care event whose month has passed this year with no meeting recorded for it.",
    ),
    "ruledoc.M001.text": (
        "Kun asiakkaalla on yksikin kokousmuistio, jokaiselle sen vuosikellon "
        "tapahtumalle (organisaation ja asiakkaan omat), jonka kuukausi on tänä vuonna "
        "päättynyt, pitää olla muistio: event-kenttä nimeää tapahtuman, tai kokous on "
        "lajia care_event, budget_meeting tai customer_meeting ja pidetty sinä "
        "kuukautena. Ensimmäistä muistiota edeltäviä kuukausia ei tarkisteta. Havainto "
        "raportoidaan hoitosuunnitelmaan.",
        "Once a customer has a meeting record, every event of its care calendar (the "
        "organisation's and its own) whose month has ended this year needs a record: "
        "one whose event names it, or one of kind care_event, budget_meeting or "
        "customer_meeting held in that month. Months before the first record are not "
        "checked. Reported on the care plan.",
    ),
    "rule.M001": (
        "Asiakkaan {customer} vuosikellon tapahtumasta '{what}' ({month}) ei ole kokousmuistiota.",
        "No meeting is recorded for the care event '{what}' ({month}) of {customer}.",
    ),
    "rule.M001.hint": (
        'Kirjaa kokous: asiakkuus meeting new {id} --event "{what}" --date PÄIVÄ; '
        "jos tapahtuma jäi pitämättä, sovi uusi aika asiakkaan kanssa.",
        'Record the meeting: asiakkuus meeting new {id} --event "{what}" --date DAY; '
        "if it did not take place, agree a new time with the customer.",
    ),
    # --- M002 ---
    "ruledoc.M002.title": (
        "Toimenpiteen määräpäivä on ohitettu eikä sitä ole tehty.",
        "An action past its due date and not done.",
    ),
    "ruledoc.M002.text": (
        "Toimenpide raportoidaan sen uusimmassa muistiossa (meeting new siirtää "
        "avoimet toimenpiteet seuraavaan muistioon), ja viesti nimeää vastuuhenkilön. "
        "Merkitse tehdyksi päivämäärällä (done: 2026-05-20) tai sovi uusi määräpäivä.",
        "Reported in the newest record that lists the action (meeting new carries open "
        "actions over), naming its owner. Mark it done with the day (done: 2026-05-20), "
        "or agree a new due date.",
    ),
    "rule.M002": (
        "Toimenpiteen '{what}' määräpäivä {due} on ohitettu {days} päivää sitten, eikä "
        "sitä ole merkitty tehdyksi (vastuu: {owner}).",
        "The action '{what}' was due on {due}, {days} days ago, and is not marked done "
        "(owner: {owner}).",
    ),
    "rule.M002.hint": (
        "Kysy tilanne henkilöltä {owner}: merkitse done: PÄIVÄ, kun se on tehty, tai "
        "sovi uusi määräpäivä (due).",
        "Ask {owner} how it stands: mark done: DAY once it is done, or agree a new due date (due).",
    ),
    # --- M003 ---
    "ruledoc.M003.title": (
        "Ohjausryhmän kokous on kirjattu myöhemmäksi kuin kokoonpanon meetings.last.",
        "A steering-group meeting is recorded later than the roster's meetings.last.",
    ),
    "ruledoc.M003.text": (
        "Muistiot ovat näyttö ohjausryhmän kokouksista: kokoonpanon meetings.last "
        "seuraa projektin uusimmasta steering_group-muistiosta (pidetty viimeistään "
        "tänään). Vihje kertoo kirjoitettavan arvon.",
        "The records are the evidence of the board's meetings: the roster's "
        "meetings.last follows from the newest steering_group record of the project "
        "(held on or before today). The hint gives the value to write.",
    ),
    "rule.M003": (
        "Ohjausryhmän kokous {date} on kirjattu ({file}), mutta kokoonpanon "
        "meetings.last on {last}.",
        "A board meeting on {date} is recorded ({file}), but the roster's meetings.last is {last}.",
    ),
    "rule.M003.hint": (
        "Kirjoita kokoonpanoon meetings.last: {iso}.",
        "Write meetings.last: {iso} in the roster.",
    ),
    # --- M004 ---
    "ruledoc.M004.title": (
        "Kokousmuistion tiedostonimi, kansio ja kentät ovat ristiriidassa.",
        "A meeting record's file name, folder and fields disagree.",
    ),
    "ruledoc.M004.text": (
        "Muistio on kansiossa data/meetings/<asiakkaan tai projektin tunnus>/ ja "
        "nimetty päivänsä mukaan (VVVV-KK-PP.yaml tai VVVV-KK-PP-aihe.yaml); date on "
        "sama kuin nimen päivä ja customer tai project sama kuin kansio.",
        "A record lies in data/meetings/<customer or project id>/ and is named after "
        "its day (YYYY-MM-DD.yaml or YYYY-MM-DD-topic.yaml); its date equals the "
        "name's and its customer or project equals the folder.",
    ),
    "rule.M004.folder": (
        "Kokousmuistio '{file}' on suoraan kansiossa data/meetings; sen paikka on "
        "asiakkaan tai projektin kansiossa.",
        "The meeting record '{file}' lies directly in data/meetings; it belongs in the "
        "folder of its customer or project.",
    ),
    "rule.M004.folder.hint": (
        "Siirrä tiedosto kansioon data/meetings/{id}/.",
        "Move the file into data/meetings/{id}/.",
    ),
    "rule.M004.subject": (
        "Kokousmuistion tunnus '{id}' ei vastaa kansiota '{folder}'.",
        "The record names '{id}', but lies in the folder '{folder}'.",
    ),
    "rule.M004.subject.hint": (
        "Korjaa tunnukseksi '{folder}' tai siirrä tiedosto kansioon data/meetings/{id}/.",
        "Correct the id to '{folder}', or move the file into data/meetings/{id}/.",
    ),
    "rule.M004.name": (
        "Kokousmuistion nimi '{file}' ei ole muotoa VVVV-KK-PP.yaml tai VVVV-KK-PP-aihe.yaml.",
        "The record's name '{file}' is not of the form YYYY-MM-DD.yaml or YYYY-MM-DD-topic.yaml.",
    ),
    "rule.M004.name.hint": (
        "Nimeä tiedosto kokouspäivän mukaan, esim. {date}.yaml.",
        "Name the file after the meeting's day, e.g. {date}.yaml.",
    ),
    "rule.M004.date": (
        "Kokousmuistion päivä {date} ei ole sama kuin tiedoston nimessä ({file}).",
        "The record's date {date} differs from its file name ({file}).",
    ),
    "rule.M004.date.hint": (
        "Korjaa päivä tai nimeä tiedosto uudelleen; kummankin pitää kertoa kokouspäivä.",
        "Correct the date or rename the file; both say the day of the meeting.",
    ),
    # --- M005 ---
    "ruledoc.M005.title": (
        "Asiakastietoa sisältävällä järjestelmällä ei ole omistajaa tai omistaja puuttuu "
        "tiedostosta people.yaml.",
        "A system holding customer data has no owner, or its owner is not in people.yaml.",
    ),
    "ruledoc.M005.text": (
        "Jokainen tiedoston data/sources.yaml järjestelmä nimeää henkilön, jolta sen "
        "tietoa kysytään (owner). Lähteneen henkilön järjestelmät tarvitsevat uuden "
        "omistajan.",
        "Every system in data/sources.yaml names the person to ask about its data "
        "(owner). The systems of a person who has left need a new owner.",
    ),
    "rule.M005.missing": (
        "Järjestelmällä '{name}' ei ole omistajaa (owner): kukaan ei vastaa sen asiakastiedosta.",
        "The system '{name}' has no owner: nobody answers for its customer data.",
    ),
    "rule.M005.missing.hint": (
        "Lisää owner: henkilön tunnus, keneltä tietoa kysytään.",
        "Add owner: the id of the person to ask about the data.",
    ),
    "rule.M005.unknown": (
        "Järjestelmän '{name}' omistajaa '{owner}' ei ole tiedostossa {people} "
        "(lähtenyt tai kirjoitusvirhe).",
        "The owner '{owner}' of the system '{name}' is not in {people} (left, or a typo).",
    ),
    "rule.M005.unknown.hint": (
        "Nimeä uusi omistaja tai korjaa tunniste.",
        "Name a new owner, or correct the id.",
    ),
    # --- M006 ---
    "ruledoc.M006.title": (
        "Hoitosuunnitelma nimeää tietolähteen, jota data/sources.yaml ei tunne.",
        "A care plan names a data source that data/sources.yaml does not list.",
    ),
    "ruledoc.M006.text": (
        "Suunnitelman sources-kohta (esim. charges: sap) kertoo, mistä järjestelmästä kentän tieto "
        "tulee; tunnisteen pitää olla jokin tiedoston data/sources.yaml järjestelmistä ja "
        "avaimen suunnitelman kenttä.",
        "A plan's sources (e.g. charges: sap) say which system a field's data comes from; "
        "the id must be one of the systems in data/sources.yaml, and the key a field of the "
        "plan.",
    ),
    "rule.M006": (
        "Kentän '{field}' lähteeksi merkittyä järjestelmää '{id}' ei ole tiedostossa "
        "data/sources.yaml (tunnetut: {known}).",
        "The source '{id}' named for '{field}' is not listed in data/sources.yaml "
        "(known: {known}).",
    ),
    "rule.M006.field": (
        "Hoitosuunnitelmassa ei ole kenttää '{field}', jonka lähde tässä kerrotaan.",
        "The care plan has no field '{field}' to name a source of.",
    ),
    "rule.M006.field.hint": ("Kentät: {fields}.", "The fields: {fields}."),
    "rule.M006.hint": (
        "Korjaa tunniste tai lisää järjestelmä tiedostoon data/sources.yaml.",
        "Correct the id, or add the system to data/sources.yaml.",
    ),
}
