"""The texts of the plans rules (C): each rule's documentation (`ruledoc.CODE.title`,
`.text`) and its messages and hints (`rule.CODE[.variant][.hint]`), Finnish and English."""

MESSAGES: dict[str, tuple[str, str]] = {
    # --- C001 ---
    "ruledoc.C001.title": (
        "Hoitosuunnitelmaa ei ole päivitetty liian pitkään aikaan.",
        "The care plan has not been reviewed for too long.",
    ),
    "ruledoc.C001.text": (
        "Suunnitelmasta on hyötyä vain ajantasaisena. Kenttä updated kertoo, milloin se viimeksi "
        "käytiin läpi asiakkaan kanssa; yli stale_plan_days (oletus 180) päivää vanha "
        "raportoidaan. Käy suunnitelma läpi ja merkitse päivitys komennolla "
        "asiakkuus plan touch TUNNUS.",
        "A plan is worth something only while it is current. updated says when it was last "
        "reviewed with the customer; older than stale_plan_days (default 180) days is reported. "
        "Review the plan, then record it with asiakkuus plan touch ID.",
    ),
    "rule.C001": (
        "Hoitosuunnitelma on päivitetty viimeksi {date}, {age} päivää sitten "
        "(raja {limit} päivää). Käy suunnitelma läpi asiakkaan kanssa ja merkitse se "
        "päivitetyksi: asiakkuus plan touch {id}",
        "The care plan was last updated on {date}, {age} days ago (limit {limit} days). "
        "Review it with the customer, then record the review: asiakkuus plan touch {id}",
    ),
    "rule.C001.hint": (
        "Tarkista erityisesti kehittämishankkeet, kriittiset järjestelmät ja pienkehitystarpeet.",
        "Check especially the development projects, critical systems and small needs.",
    ),
    # --- C002 ---
    "ruledoc.C002.title": (
        "Kumppanuuspäällikkö ei ole IT-palveluiden kumppanuuspäällikkö.",
        "The account manager is not a partnership manager of the service centre.",
    ),
    "ruledoc.C002.text": (
        "account_manager nimeää henkilön, joka pitää suunnitelman ajan tasalla: IT-palveluiden "
        "henkilö (organisation: it), jolla on tiedostossa data/people.yaml rooli "
        "partnership_manager.",
        "account_manager names the person who keeps the plan current: someone of the service "
        "centre (organisation: it) with the role partnership_manager in data/people.yaml.",
    ),
    "rule.C002.not_it": (
        "Kumppanuuspäälliköksi merkitty {name} ({id}) ei ole IT-palveluista "
        "(organisaatio '{org}').",
        "The account manager {name} ({id}) is not of the service centre (organisation '{org}').",
    ),
    "rule.C002.not_it.hint": (
        "Merkitse account_manager-kenttään asiakkuudesta vastaava IT-palveluiden "
        "kumppanuuspäällikkö.",
        "Name the service centre's partnership manager who is responsible for this customer.",
    ),
    "rule.C002.no_role": (
        "Kumppanuuspäälliköksi merkityllä henkilöllä {name} ({id}) ei ole roolia "
        "partnership_manager.",
        "The account manager {name} ({id}) does not have the role partnership_manager.",
    ),
    "rule.C002.no_role.hint": (
        "Lisää henkilölle rooli partnership_manager tiedostossa data/people.yaml tai vaihda "
        "kumppanuuspäällikkö.",
        "Add the role partnership_manager to the person in data/people.yaml, or change the "
        "account manager.",
    ),
    # --- C003 ---
    "ruledoc.C003.title": (
        "Keskeneräisessä kehittämishankkeessa ei ole IT:n edustajaa eikä seurantaa.",
        "An open development project has no IT representative and no follow-up action.",
    ),
    "ruledoc.C003.text": (
        "Kun IT-palveluilla ei ole edustajaa asiakkaan hankkeessa (EI EDUSTUSTA), suunnitelmaan "
        "kirjataan, miten hanketta seurataan (action, esim. Seuranta 1 krt/kk). Valmiiksi "
        "merkittyjä hankkeita (done: kyllä) ei tarkisteta. Havainto osoittaa hankkeen riviin "
        "listassa.",
        "When the service centre has no one in a customer's project (no representation), the "
        "plan says how the project is followed instead (action, e.g. follow up monthly). "
        "Projects marked done: true are not checked. Reported at the project's entry in the "
        "list.",
    ),
    "rule.C003": (
        "Kehittämishankkeessa '{project}' ei ole IT:n edustajaa eikä seurantatoimenpidettä.",
        "The development project '{project}' has neither an IT representative nor a follow-up "
        "action.",
    ),
    "rule.C003.hint": (
        "Nimeä IT:n edustaja (it_representative) tai kirjaa seuranta (action, esim. "
        "'Seuranta 1 krt/kk'); valmiille hankkeelle merkitse done: kyllä.",
        "Name an IT representative (it_representative) or record how it is followed up "
        "(action, e.g. 'Follow up monthly'); mark a finished project done: true.",
    ),
    # --- C004 ---
    "ruledoc.C004.title": (
        "Kehittämishankkeen arvioitu päättymispäivä on ohitettu, eikä hanke ole valmis.",
        "A development project's estimated end has passed and it is not done.",
    ),
    "ruledoc.C004.text": (
        "Kysy asiakkaalta hankkeen tilanne: kirjaa uusi arvioitu päättymispäivä tai merkitse "
        "hanke valmiiksi (done: kyllä).",
        "Ask the customer how the project stands: set a new estimated end, or mark it done: true.",
    ),
    "rule.C004": (
        "Kehittämishankkeen '{project}' arvioitu päättymispäivä {end} on ohitettu {days} päivää "
        "sitten, eikä hanketta ole merkitty valmiiksi.",
        "The estimated end {end} of the development project '{project}' passed {days} days ago, "
        "and the project is not marked done.",
    ),
    "rule.C004.hint": (
        "Kysy asiakkaalta hankkeen tilanne: päivitä end-kenttään uusi arvio tai merkitse "
        "done: kyllä.",
        "Ask the customer how the project stands: set a new estimated end, or mark it done: true.",
    ),
    # --- C005 ---
    "ruledoc.C005.title": (
        "Kriittisen järjestelmän seuraava päivitys on ohitettu.",
        "A critical system's next update has passed.",
    ),
    "ruledoc.C005.text": (
        "next_update on päivämäärä, vuoden kuukausi (2026-05) tai joka vuosi toistuva kuukausi "
        "(toukokuu, 5). Päivämäärä ennen tätä päivää tai päättynyt vuoden kuukausi on ohitettu: "
        "kirjaa seuraava. Toistuva kuukausi ei vanhene koskaan.",
        "next_update is a date, a month of a year (2026-05), or a month that recurs every year "
        "(May, 5). A date before today, or a month of a year that is over, has passed: record "
        "the next one. A recurring month never passes.",
    ),
    "rule.C005": (
        "Kriittisen järjestelmän '{system}' seuraava päivitys ({when}) on jo ohitettu.",
        "The next update ({when}) of the critical system '{system}' has passed.",
    ),
    "rule.C005.hint": (
        "Kirjaa seuraavan päivityksen ajankohta (next_update), esim. 2027-05 tai toukokuu, jos "
        "päivitys toistuu joka vuosi samaan aikaan.",
        "Record when the next update is due (next_update), e.g. 2027-05, or May if it recurs "
        "every year.",
    ),
    # --- C006 ---
    "ruledoc.C006.title": (
        "Kauan sitten havaittu pienkehitystarve, jota ei ole budjetoitu eikä päätetty.",
        "A small need, long ago observed, that is neither budgeted nor decided.",
    ),
    "ruledoc.C006.text": (
        "Asiakkaan esittämät tarpeet unohtuvat helposti ensimmäisen käsittelyn jälkeen. Yli "
        "forgotten_need_days (oletus 365) päivää sitten havaittu tarve, jota ei ole merkitty "
        "budjetoiduksi ja jolla ei ole päätöstä (decision), raportoidaan havaintopäivän kohdalla. "
        "Kirjaa päätös, vaikka 'ei nyt'.",
        "Needs the customer raised are easily forgotten after the first handling. One observed "
        "more than forgotten_need_days (default 365) days ago, not budgeted: true and with no "
        "decision, is reported at its observed date. Write down what was decided, even "
        "'not now'.",
    ),
    "rule.C006": (
        "Pienkehitystarve '{need}' on havaittu {date}, {age} päivää sitten (raja {limit} päivää), "
        "eikä sitä ole budjetoitu tai siitä ole päätöstä.",
        "The small need '{need}' was observed on {date}, {age} days ago (limit {limit} days), "
        "and it is neither budgeted nor decided.",
    ),
    "rule.C006.hint": (
        "Käsittele tarve asiakkaan kanssa ja kirjaa päätös (decision), myös 'ei nyt', tai merkitse "
        "budgeted: kyllä.",
        "Discuss the need with the customer and record the decision (decision), even 'not now', "
        "or mark it budgeted: true.",
    ),
    # --- C007 ---
    "ruledoc.C007.title": (
        "Hoitosuunnitelma välilliselle asiakkaalle.",
        "A care plan for an indirect customer.",
    ),
    "ruledoc.C007.text": (
        "Välilliset asiakkaat (asiakkaiden omat asiakkaat) eivät maksa IT-palveluille, eivätkä "
        "ne kuulu asiakkuuksien hoidon piiriin. Säilytä suunnitelma vain tarvittaessa.",
        "Indirect customers (the customers' own customers) do not pay the service centre and "
        "are outside account management. Keep the plan only if it is needed.",
    ),
    "rule.C007": (
        "{name} on välillinen asiakas (direct: ei); välilliset asiakkaat eivät kuulu "
        "asiakkuuksien hoidon piiriin.",
        "{name} is an indirect customer (direct: false); indirect customers are outside account "
        "management.",
    ),
    "rule.C007.hint": (
        "Säilytä suunnitelma vain, jos sille on syy; muuten poista se.",
        "Keep the plan only if there is a reason to; otherwise remove it.",
    ),
    # --- C008 ---
    "ruledoc.C008.title": (
        "Kahdella keskeneräisellä kehittämishankkeella on sama prioriteetti.",
        "Two open development projects share a priority.",
    ),
    "ruledoc.C008.text": (
        "priority on asiakkaan hankkeiden tärkeysjärjestys (1 ensin). Keskeneräisten hankkeiden "
        "kesken kutakin numeroa käytetään kerran; toinen ja myöhemmät samaa numeroa käyttävät "
        "raportoidaan.",
        "priority is the customer's order of their projects (1 first). Among projects that are "
        "not done, each number is used once; the second and later projects with a taken number "
        "are reported.",
    ),
    "rule.C008": (
        "Kehittämishankkeella '{project}' on sama prioriteetti {priority} kuin hankkeella "
        "'{other}'.",
        "The development project '{project}' has the same priority {priority} as '{other}'.",
    ),
    "rule.C008.hint": (
        "Sovi asiakkaan kanssa hankkeiden järjestys ja anna jokaiselle keskeneräiselle hankkeelle "
        "oma numero.",
        "Agree the order of the projects with the customer and give every open project a number "
        "of its own.",
    ),
    # --- C009 ---
    "ruledoc.C009.title": (
        "Päättymispäivä on ennen alkamispäivää.",
        "An end before its start.",
    ),
    "ruledoc.C009.text": (
        "Tarkistetaan suunnitelmien kehittämishankkeet ja ohjausryhmien start ja end. Havainto "
        "osoittaa päättymispäivään. Toinen päivämääristä on kirjoitettu väärin; usein päivä ja "
        "kuukausi ovat vaihtaneet paikkaa.",
        "Checked in plans' development projects and in rosters' start and end. Reported at the "
        "end. One of the two dates is mistyped; often day and month are swapped.",
    ),
    "rule.C009": (
        "Kohteen '{what}' päättymispäivä {end} on ennen alkamispäivää {start}.",
        "The end {end} of '{what}' is before its start {start}.",
    ),
    "rule.C009.hint": (
        "Korjaa jompikumpi päivämäärä; tarkista, ovatko päivä ja kuukausi vaihtaneet paikkaa.",
        "Correct one of the dates; check whether day and month have been swapped.",
    ),
    # --- C010 ---
    "ruledoc.C010.title": (
        "Suunnitelmassa ei ole asiakkaan yhteyshenkilöä.",
        "The plan names no customer contact.",
    ),
    "ruledoc.C010.text": (
        "customer_contact on asiakkaan henkilö, jolta suunnitelman tiedot on saatu (yleensä "
        "kehittämispäällikkö), jotta seuraavalla kerralla tiedetään, keneltä kysyä. Lisää hänet "
        "tiedostoon data/people.yaml ja nimeä tässä.",
        "customer_contact is the customer's person who gave the plan's information (usually "
        "their development manager), so the next review knows whom to ask. Add them to "
        "data/people.yaml and name them here.",
    ),
    "rule.C010": (
        "Suunnitelmassa ({name}) ei ole asiakkaan yhteyshenkilöä (customer_contact).",
        "The plan ({name}) names no customer contact (customer_contact).",
    ),
    "rule.C010.hint": (
        "Lisää henkilö, jolta suunnitelman tiedot on saatu, tiedostoon data/people.yaml ja "
        "merkitse hänet kenttään customer_contact.",
        "Add the person who gave the plan's information to data/people.yaml and name them in "
        "customer_contact.",
    ),
}
