"""Messages of the C, P and O rules; the rule documentation (`ruledoc.*`) of every
rule; and the texts of `asiakkuus rules`."""

MESSAGES: dict[str, tuple[str, str]] = {
    # --- C001-C010: care plans ---
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
    "rule.C009": (
        "Kohteen '{what}' päättymispäivä {end} on ennen alkamispäivää {start}.",
        "The end {end} of '{what}' is before its start {start}.",
    ),
    "rule.C009.hint": (
        "Korjaa jompikumpi päivämäärä; tarkista, ovatko päivä ja kuukausi vaihtaneet paikkaa.",
        "Correct one of the dates; check whether day and month have been swapped.",
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
    # --- P001-P014: steering-group rosters ---
    "rule.P001": (
        "Ohjausryhmältä puuttuu omistaja (executive).",
        "The board has no executive.",
    ),
    "rule.P001.hint": (
        "Nimeä yksi omistaja: henkilö tilaajaorganisaatiosta, jolla on valta päättää projektista "
        "ja joka vastaa siitä viime kädessä.",
        "Name one executive: a person of the commissioning organisation with the authority to "
        "decide on the project, who is ultimately accountable for it.",
    ),
    "rule.P002": (
        "Ohjausryhmältä puuttuu omistajan toiminnasta vastaava (senior_users).",
        "The board has no senior user (senior_users).",
    ),
    "rule.P002.hint": (
        "Nimeä vähintään yksi henkilö, joka sitoo käyttäjien resurssit ja määrittää "
        "laatu- ja hyväksymiskriteerit.",
        "Name at least one person who commits the users' resources and sets the quality and "
        "acceptance criteria.",
    ),
    "rule.P003": (
        "Ohjausryhmältä puuttuu toimittajan tuotannosta vastaava (senior_suppliers).",
        "The board has no senior supplier (senior_suppliers).",
    ),
    "rule.P003.hint": (
        "Nimeä vähintään yksi henkilö, joka sitoo toimittajan resurssit ja vastaa toimituksen "
        "laadusta, esim. IT-palveluiden yksikön päällikkö.",
        "Name at least one person who commits the supplier's resources and answers for the "
        "quality of the delivery, e.g. a unit head of the service centre.",
    ),
    "rule.P004": (
        "Ohjausryhmässä on vain {count} eri henkilöä; vähintään kaksi tarvitaan.",
        "The board has only {count} distinct people; at least two are needed.",
    ),
    "rule.P004.hint": (
        "Täydennä ohjausryhmä: tilaajan ja toimittajan puoli eri henkilöin.",
        "Complete the board: the customer side and the supplier side by different people.",
    ),
    "rule.P005": (
        "Ohjausryhmässä on {count} eri henkilöä; suositus on {min}–{max}.",
        "The board has {count} distinct people; {min}-{max} are recommended.",
    ),
    "rule.P005.hint": (
        "Pieni ryhmä ei edusta kaikkia osapuolia, suuri ei pysty päättämään; tarkista kokoonpano. "
        "Rajat voi muuttaa asetuksella [rules] board_size.",
        "A small board does not represent every party and a large one cannot decide; review "
        "its members. The limits are set by [rules] board_size.",
    ),
    "rule.P006": (
        "Omistaja {name} ei ole asiakasorganisaatiosta '{customer}' (hänen organisaationsa on "
        "'{org}').",
        "The executive {name} is not of the customer organisation '{customer}' (their "
        "organisation is '{org}').",
    ),
    "rule.P006.hint": (
        "Asiakkaan projektissa omistaja edustaa tilaajaa ja käyttää sen päätösvaltaa: nimeä "
        "omistajaksi asiakkaan edustaja.",
        "In a customer's project the executive represents the commissioning customer and holds "
        "its authority: name a person of the customer.",
    ),
    "rule.P007": (
        "Yksikään toimittajan tuotannosta vastaavista ({names}) ei ole IT-palveluiden henkilö, "
        "jolla on valtuus sitoa linjan resursseja (resource_authority).",
        "None of the senior suppliers ({names}) is of the service centre with the authority to "
        "commit line resources (resource_authority).",
    ),
    "rule.P007.hint": (
        "Kumppanuuspäälliköllä ei ole valtaa linjan resursseihin, joten ohjausryhmään tarvitaan "
        "myös esim. yksikön päällikkö, jolla on resource_authority: kyllä.",
        "A partnership manager cannot commit line resources, so the board also needs e.g. a "
        "unit head with resource_authority: true.",
    ),
    "rule.P007.partnership_manager": (
        "Toimittajan tuotannosta vastaavana on vain kumppanuuspäällikkö tai muita ilman "
        "linjavaltuuksia ({names}). Kumppanuuspäälliköllä ({pms}) ei ole valtaa sitoa linjan "
        "resursseja.",
        "The senior suppliers ({names}) have no line authority: a partnership manager ({pms}) "
        "cannot commit the service centre's line resources.",
    ),
    "rule.P007.partnership_manager.hint": (
        "Lisää toimittajan tuotannosta vastaavaksi henkilö, jolla on resource_authority: kyllä, "
        "esim. yksikön päällikkö.",
        "Add a senior supplier with resource_authority: true, e.g. a unit head.",
    ),
    "rule.P008": (
        "{name} on ohjausryhmässä sekä tilaajan puolella ({customer_role}) että toimittajan "
        "puolella ({supplier_role}).",
        "{name} sits on both the customer side ({customer_role}) and the supplier side "
        "({supplier_role}) of the board.",
    ),
    "rule.P008.hint": (
        "Tilaajan ja toimittajan edut voivat olla ristiriidassa: nimeä toiselle puolelle eri "
        "henkilö.",
        "The customer's and the supplier's interests can conflict: name a different person on "
        "one side.",
    ),
    "rule.P009": (
        "Projektipäällikkö {name} on myös ohjausryhmän jäsen ({role}).",
        "The project manager {name} is also a board member ({role}).",
    ),
    "rule.P009.hint": (
        "Projektipäällikkö johtaa projektia ohjausryhmän puolesta ja raportoi sille, mutta ei ole "
        "sen jäsen: poista hänet ohjausryhmästä.",
        "The project manager runs the project for the board and reports to it, but is not a "
        "member: take them off the board.",
    ),
    "rule.P010": (
        "Asiakasprojektista '{project}' ei ole kirjattu kumppanuuspäällikön roolia "
        "(partnership_manager_role).",
        "The customer project '{project}' does not state the partnership manager's role "
        "(partnership_manager_role).",
    ),
    "rule.P010.hint": (
        "Päätä ja kirjaa: customer_support (tukee asiakkaan edustajia), supplier (toimittajan "
        "edustajana) tai none.",
        "Decide and write it down: customer_support (supports the customer's representatives), "
        "supplier (as a supplier representative) or none.",
    ),
    "rule.P011": (
        "Käynnissä olevan projektin ohjausryhmäohjetta ei ole merkitty toimitetuksi jäsenille "
        "(guide_delivered.members).",
        "The running project has no date for delivering the steering-group guide to the members "
        "(guide_delivered.members).",
    ),
    "rule.P011.hint": (
        "Lähetä ohje jokaiselle jäsenelle (asiakkuus project render {id}) ja kirjaa päivämäärä.",
        "Send the guide to every member (asiakkuus project render {id}) and record the date.",
    ),
    "rule.P012": (
        "Projektin päättymispäivä {end} on ohitettu {days} päivää sitten, mutta tila on {status}.",
        "The project's end {end} passed {days} days ago, but its status is {status}.",
    ),
    "rule.P012.hint": (
        "Merkitse päättynyt projekti status: closed tai kirjaa uusi päättymispäivä.",
        "Set status: closed if the project has ended, or record the new end.",
    ),
    "rule.P013": (
        "Ohjausryhmän {field} ({roster}) poikkeaa asiakkaan suunnitelman hankkeen '{project}' "
        "arvosta ({plan_value}, {plan}).",
        "The roster's {field} ({roster}) differs from the plan's value for '{project}' "
        "({plan_value}, {plan}).",
    ),
    "rule.P013.hint": (
        "Tarkista, kumpi on oikein, ja korjaa toinen.",
        "Find out which is right and correct the other.",
    ),
    "rule.P013.missing": (
        "Projekti '{id}' puuttuu asiakkaan hoitosuunnitelman kehittämishankkeista ({plan}).",
        "The project '{id}' is missing from the development projects of the customer's plan "
        "({plan}).",
    ),
    "rule.P013.missing.hint": (
        "Lisää suunnitelman projects-listaan hanke, jossa on project: {id}.",
        "Add a development project with project: {id} to the plan's projects.",
    ),
    "rule.P014": (
        "Ohjausryhmä kokoontui viimeksi {date}, {age} päivää sitten, vaikka kokousväli on "
        "{weeks} viikkoa (seuraava kokous olisi kuulunut pitää {due} mennessä).",
        "The board last met on {date}, {age} days ago, though it meets every {weeks} weeks "
        "(the next meeting was due by {due}).",
    ),
    "rule.P014.hint": (
        "Kutsu ohjausryhmä koolle ja kirjaa kokouspäivä (meetings.last).",
        "Call a board meeting and record its date (meetings.last).",
    ),
    # --- O001-O003: the organisation ---
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
    "rule.O002": (
        "Pienkehitystarve '{need}' on {count} asiakkaalla: {customers}.",
        "The small need '{need}' is shared by {count} customers: {customers}.",
    ),
    "rule.O002.many": (
        "Pienkehitystarve '{need}' on {count} asiakkaalla: {customers} ja {more} muuta.",
        "The small need '{need}' is shared by {count} customers: {customers} and {more} more.",
    ),
    "rule.O002.many.hint": (
        "Yhteinen tarve voidaan toteuttaa kustannustehokkaasti yhtenä hankkeena; asiakkaat: asiakkuus report needs.",
        "A shared need can be met cost-efficiently as one joint project; every customer: asiakkuus report needs.",
    ),
    "rule.O002.hint": (
        "Yhteinen tarve voidaan toteuttaa kustannustehokkaasti yhtenä hankkeena.",
        "A shared need can be met cost-efficiently as one joint project.",
    ),
    "rule.O003": (
        "Kumppanuuspäälliköllä {name} on asiakkaita, mutta ei nimettyä sijaista (deputy).",
        "The partnership manager {name} has customers but no named deputy (deputy).",
    ),
    "rule.O003.hint": (
        "Nimeä sijainen, yleensä toinen kumppanuuspäällikkö, kenttään deputy.",
        "Name a deputy, usually another partnership manager, in the field deputy.",
    ),
    # --- `asiakkuus rules` ---
    "rules.heading": ("Säännöt", "Rules"),
    "rules.intro": (
        "Jokaisella havainnolla on pysyvä koodi, nimi ja vakavuus (error, warning, info). "
        "Vakavuutta voi muuttaa tai säännön poistaa käytöstä asiakkuus.toml-tiedoston kohdassa "
        "[rules.severity]; yksittäisen havainnon voi ohittaa kommentilla "
        "`# asiakkuus: ignore[KOODI]` samalla tai edellisellä rivillä. Tämä sivu on tuotettu "
        "komennolla `asiakkuus --lang fi rules --format md`.",
        "Every finding has a permanent code, a name and a severity (error, warning, info). "
        "`[rules.severity]` in asiakkuus.toml changes a rule's severity or turns it off; a "
        "single finding is silenced with the comment `# asiakkuus: ignore[CODE]` on its line or "
        "the line above. This page is generated by `asiakkuus --lang en rules --format md`.",
    ),
    "rules.col.code": ("Koodi", "Code"),
    "rules.col.name": ("Nimi", "Name"),
    "rules.col.severity": ("Oletusvakavuus", "Default severity"),
    "rules.col.summary": ("Mitä löytää", "What it finds"),
    "rules.severity": ("Oletusvakavuus: {severity}", "Default severity: {severity}"),
    "rules.fails": ("Ei läpäise:", "Fails:"),
    "rules.passes": ("Läpäisee:", "Passes:"),
    "rules.more": (
        "Yksittäisen säännön selitys ja esimerkit: asiakkuus rules KOODI",
        "One rule explained with examples: asiakkuus rules CODE",
    ),
    # --- rule documentation: title (one line) and explanation ---
    "ruledoc.S001.title": ("Tiedosto ei ole kelvollista YAMLia.", "The file is not valid YAML."),
    "ruledoc.S001.text": (
        "Tiedostoa ei voi lukea lainkaan, joten muut säännöt eivät tarkista sitä ennen kuin "
        "syntaksi on korjattu. Tavallisia syitä: sisennyksessä sarkain, kaksoispisteen jälkeen "
        "puuttuva välilyönti, sulkematon lainausmerkki tai kaksi dokumenttia samassa tiedostossa. "
        "Yleisin syy on kaksoispiste vapaassa tekstissä (note: Huom: ...): lainaa silloin koko "
        'teksti (note: "Huom: ..."). Ilmoitus nimeää syyn ja kertoo korjauksen.',
        "The file cannot be read at all, so no other rule looks at it until the syntax is "
        "fixed. Typical causes: a tab used for indentation, a missing space after a colon, an "
        "unclosed quote, or two documents in one file. The most common one is a colon in free "
        'text (note: Huom: ...): quote the whole text (note: "Huom: ..."). The message names '
        "the cause and says how to fix it.",
    ),
    "ruledoc.S002.title": (
        "Kenttä puuttuu, on tuntematon tai sen arvo on väärää tyyppiä.",
        "A field is missing, unknown, or of the wrong type or value.",
    ),
    "ruledoc.S002.text": (
        "Jokaisella tiedostolajilla on kiinteät kentät. Arvot voi kirjoittaa tutuissa muodoissa: "
        "päivämäärä 15.1.2026 tai 2026-01-15, kuukausi 5, 2026-05 tai toukokuu, raha 280 000 €, "
        "kyllä/ei. Tuntemattomalle kentälle ehdotetaan lähintä oikeaa nimeä. Vuodet ovat "
        "välillä 1900–2999. Rahassa on enintään kaksi desimaalia; 280.000 tai 280,000 on "
        "monitulkintainen (280 000 € vai 280,00 €?) ja siksi virhe. Tunnisteeseen, jossa on "
        "ääkkösiä tai isoja kirjaimia (jussi-mäkinen), ehdotetaan oikeaa muotoa (jussi-makinen). "
        "Virhe ei estä tiedoston viittausten (R-säännöt) tarkistamista.",
        "Every file kind has a fixed set of fields. Typed values accept the forms people write: "
        "dates 2026-01-15 or 15.1.2026, months 5, 2026-05 or May, money 280 000 €, yes/no. An "
        "unknown field gets the closest known name as a suggestion. Years are 1900-2999. Money "
        "has at most two decimals; 280.000 or 280,000 is ambiguous (280 000 € or 280,00 €?) and "
        "therefore an error. An id with accented letters or capitals (jussi-mäkinen) gets the "
        "id meant (jussi-makinen). The references of the file (R rules) are still checked.",
    ),
    "ruledoc.S003.title": (
        "Sama avain kahdesti samassa kohdassa.",
        "A mapping has the same key twice.",
    ),
    "ruledoc.S003.text": (
        "YAML säilyttää vain toisen arvoista, joten toinen katoaa huomaamatta. Havainto osoittaa "
        "toiseen esiintymään; jälkimmäinen arvo jää voimaan.",
        "YAML keeps only one of the two values, so one is silently lost. The finding points at "
        "the second occurrence; the later value is used.",
    ),
    "ruledoc.S004.title": (
        "Tunniste ei vastaa tiedoston nimeä.",
        "`id` differs from the file name.",
    ),
    "ruledoc.S004.text": (
        "Suunnitelma tai ohjausryhmä löydetään tiedoston nimen perusteella: tiedostossa "
        "data/customers/vapaa-aika.yaml pitää olla id: vapaa-aika. Nimeä tiedosto uudelleen tai "
        "korjaa tunniste.",
        "A plan or roster is found by its file name: data/customers/vapaa-aika.yaml must say "
        "id: vapaa-aika. Rename the file or correct the id.",
    ),
    "ruledoc.S005.title": (
        "Kahdella henkilöllä, segmentillä tai tiedostolla on sama tunniste.",
        "Two people, segments or files share an id.",
    ),
    "ruledoc.S005.text": (
        "Viittauksen tunnisteella pitää johtaa täsmälleen yhteen kohteeseen. Havainto osoittaa "
        "jälkimmäiseen.",
        "A reference by id must lead to exactly one thing. The finding points at the second one.",
    ),
    "ruledoc.S006.title": (
        "Tagi, ankkuri tai viittaus, liian syvä sisäkkäisyys, liian suuri tiedosto tai linkki "
        "säilön ulkopuolelle.",
        "Tags, anchors or aliases, deep nesting, a too large file, or a link out of the "
        "repository.",
    ),
    "ruledoc.S006.text": (
        "Vain tavallinen YAML luetaan: ei !tageja, &ankkureita tai *viittauksia, enintään 32 "
        "sisäkkäistä tasoa ja 1 MiB tiedostoa kohden (ks. [limits]) eikä symbolisia linkkejä "
        "säilön ulkopuolelle. Sellainen sisältö hylätään ennen kuin sitä rakennetaan, joten "
        "vihamielinen tiedosto ei voi kuluttaa muistia loppuun. Myös hakemisto, nimetty putki "
        "tai laite tiedoston paikalla hylätään avaamatta sitä (docs/SECURITY.md).",
        "Only plain YAML is read: no !tags, &anchors or *aliases, at most 32 levels of nesting "
        "and 1 MiB per file (see [limits]), and no symbolic link out of the repository. Such "
        "content is refused before it is built, so a hostile file cannot exhaust memory. A "
        "folder, a named pipe or a device in place of a file is refused without opening it "
        "(docs/SECURITY.md).",
    ),
    "ruledoc.S007.title": ("Tiedosto ei ole UTF-8-muodossa.", "The file is not UTF-8."),
    "ruledoc.S007.text": (
        "Tallenna tiedosto UTF-8-merkistöllä (BOM sallitaan). Vanhojen editorien Latin-1- tai "
        "UTF-16-tiedostot näkyvät tässä, ensimmäisen virheellisen tavun kohdalla.",
        "Save the file as UTF-8 (a byte order mark is allowed). Files saved as Latin-1 or "
        "UTF-16 by old editors show up here, at the first bad byte.",
    ),
    "ruledoc.S008.title": (
        "Ohituskommentti ei ohita mitään.",
        "An `# asiakkuus: ignore[...]` comment silences nothing.",
    ),
    "ruledoc.S008.text": (
        "Ongelma, jota varten kommentti kirjoitettiin, on korjattu, tai koodi on väärä. Poista "
        "kommentti (tai korjaa koodi), ettei se myöhemmin piilota uutta ongelmaa. Tämä "
        "tarkistetaan vasta, kun muut säännöt on ajettu.",
        "The problem it was written for has been fixed, or the code is wrong. Remove the "
        "comment (or correct the code) so that it cannot hide a future problem. Checked after "
        "all other rules have run.",
    ),
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
    "ruledoc.C004.title": (
        "Kehittämishankkeen arvioitu päättymispäivä on ohitettu, eikä hanke ole valmis.",
        "A development project's estimated end has passed and it is not done.",
    ),
    "ruledoc.C004.text": (
        "Kysy asiakkaalta hankkeen tilanne: kirjaa uusi arvioitu päättymispäivä tai merkitse "
        "hanke valmiiksi (done: kyllä).",
        "Ask the customer how the project stands: set a new estimated end, or mark it done: true.",
    ),
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
    "ruledoc.P001.title": (
        "Ohjausryhmältä puuttuu omistaja (PRINCE2: täsmälleen yksi).",
        "The board has no executive (PRINCE2: exactly one).",
    ),
    "ruledoc.P001.text": (
        "Omistaja (executive) on se yksi henkilö, joka vastaa projektista viime kädessä: hän "
        "omistaa liiketoimintaperusteet, varmistaa rahoituksen ja johtaa ohjausryhmän kokouksia. "
        "Kenttään kirjoitetaan yksi henkilö; luettelo on rakennevirhe (S002).",
        "The executive is the one person ultimately accountable for the project: they own the "
        "business case, secure the funding and chair the board. executive takes one person id; "
        "a list is a schema error (S002).",
    ),
    "ruledoc.P002.title": (
        "Ohjausryhmältä puuttuu omistajan toiminnasta vastaava.",
        "The board has no senior user.",
    ),
    "ruledoc.P002.text": (
        "Omistajan toiminnasta vastaava (senior user) sitoo asiakkaan käyttäjäresurssit ja "
        "määrittää tuloksen laatu- ja hyväksymiskriteerit. Nimeä vähintään yksi kohtaan "
        "senior_users.",
        "A senior user commits the customer's user resources and sets the quality and "
        "acceptance criteria of the result. Name at least one in senior_users.",
    ),
    "ruledoc.P003.title": (
        "Ohjausryhmältä puuttuu toimittajan tuotannosta vastaava.",
        "The board has no senior supplier.",
    ),
    "ruledoc.P003.text": (
        "Toimittajan tuotannosta vastaava (senior supplier) sitoo toimittajan resurssit ja "
        "vastaa toimituksen laadusta ja teknisestä eheydestä. Nimeä vähintään yksi kohtaan "
        "senior_suppliers.",
        "A senior supplier commits the supplier's resources and answers for the quality and "
        "technical integrity of what is delivered. Name at least one in senior_suppliers.",
    ),
    "ruledoc.P004.title": (
        "Ohjausryhmässä on alle 2 eri henkilöä.",
        "Fewer than 2 distinct people on the board.",
    ),
    "ruledoc.P004.text": (
        "Ohjausryhmässä on vähintään kaksi henkilöä; yksi henkilö kaikilla paikoilla ei ole "
        "ohjausryhmä. Henkilö lasketaan kerran, vaikka hänellä olisi useita paikkoja. Havainto "
        "osoittaa board-kohtaan.",
        "A steering group has at least two people; one person holding every seat is no board. "
        "People are counted once however many seats they hold. Reported at board.",
    ),
    "ruledoc.P005.title": (
        "Ohjausryhmän eri jäsenten määrä on suosituksen board_size (oletus 3–6) ulkopuolella.",
        "The number of distinct board members is outside board_size (default 3-6).",
    ),
    "ruledoc.P005.text": (
        "Suositus on kolmesta kuuteen henkilöä: tarpeeksi edustamaan asiakasta ja toimittajaa, "
        "tarpeeksi vähän päättämään. Henkilö lasketaan kerran. Havainto osoittaa board-kohtaan.",
        "Three to six people is the recommended size: enough to represent the customer and the "
        "supplier, few enough to decide. People are counted once. Reported at board.",
    ),
    "ruledoc.P006.title": (
        "Asiakasprojektin omistaja ei ole asiakasorganisaatiosta.",
        "In a customer project, the executive is not of the customer organisation.",
    ),
    "ruledoc.P006.text": (
        "Omistaja edustaa tilaajaorganisaatiota ja käyttää sen päätösvaltaa: asiakkaan "
        "projektissa hän kuuluu asiakkaaseen (organisation tiedostossa data/people.yaml). "
        "IT-palveluiden omia (internal) projekteja ei tarkisteta.",
        "The executive represents the commissioning organisation and holds its authority: in a "
        "customer's project they belong to that customer (organisation in data/people.yaml). "
        "The service centre's own (internal) projects are not checked.",
    ),
    "ruledoc.P007.title": (
        "Yksikään toimittajan tuotannosta vastaava ei ole IT-palveluista linjavaltuuksin.",
        "No senior supplier is of the service centre with resource_authority.",
    ),
    "ruledoc.P007.text": (
        "Ohjausryhmässä pitää olla joku, joka voi sitoa IT-palveluiden linjan resursseja "
        "(ihmisten työaikaa). Kumppanuuspäälliköllä sellaista valtaa ei ole, joten ryhmä, jonka "
        "ainoa toimittajan edustaja on kumppanuuspäällikkö, ei pysty toimittamaan. Lisää "
        "esimerkiksi yksikön päällikkö, jolla on resource_authority: kyllä. Tarkistetaan vain, "
        "kun senior_suppliers nimeää jonkun (tyhjä on P003) ja kaikki on määritelty tiedostossa "
        "data/people.yaml.",
        "Someone on the board must be able to commit the service centre's line resources "
        "(people's working time). A partnership manager has no such authority, so a board whose "
        "only senior supplier is the partnership manager cannot deliver. Add e.g. a unit head "
        "with resource_authority: true. Checked only when senior_suppliers names someone (an "
        "empty list is P003) and all of them are defined in data/people.yaml.",
    ),
    "ruledoc.P008.title": (
        "Sama henkilö on sekä tilaajan että toimittajan puolella.",
        "One person holds both a customer-side and a supplier-side role.",
    ),
    "ruledoc.P008.text": (
        "Tilaajan puoli (omistaja, omistajan toiminnasta vastaavat, käyttäjät) ja toimittajan "
        "puoli (toimittajan tuotannosta vastaavat, toimittajat) edustavat eri etuja; yksi henkilö "
        "ei voi edustaa molempia. Havainto osoittaa henkilön ensimmäiseen toimittajan puolen "
        "paikkaan.",
        "The customer side (executive, senior users, users) and the supplier side (senior "
        "suppliers, suppliers) represent different interests; one person cannot stand for both. "
        "Reported at the person's first supplier-side seat.",
    ),
    "ruledoc.P009.title": (
        "Projektipäällikkö on myös ohjausryhmän jäsen.",
        "The project manager is also a board member.",
    ),
    "ruledoc.P009.text": (
        "Projektipäällikkö johtaa projektia päivittäin ohjausryhmän puolesta ja raportoi sille; "
        "ohjausryhmä, ei projektipäällikkö, vastaa projektista. Poista projektipäällikkö "
        "ohjausryhmästä. Havainto osoittaa hänen ensimmäiseen paikkaansa.",
        "The project manager runs the project day to day for the board and reports to it; the "
        "board, not the project manager, answers for the project. Take the project manager off "
        "the board. Reported at their first seat.",
    ),
    "ruledoc.P010.title": (
        "Asiakasprojektista ei ole kirjattu kumppanuuspäällikön roolia.",
        "A customer project does not state partnership_manager_role.",
    ),
    "ruledoc.P010.text": (
        "Kumppanuuspäällikön osallistuminen päätetään projektikohtaisesti: asiakkaan edustajien "
        "tukena (customer_support), toimittajan edustajana (supplier) tai ei lainkaan (none). "
        "Kirjattuna päätös näkyy kaikille. Sisäisiä projekteja ei tarkisteta.",
        "How the customer's partnership manager takes part is decided per project: supporting "
        "the customer's representatives (customer_support), as a supplier representative "
        "(supplier), or not at all (none). Written down, the decision is visible. Internal "
        "projects are not checked.",
    ),
    "ruledoc.P011.title": (
        "Käynnissä olevan projektin ohjausryhmäohjetta ei ole toimitettu jäsenille.",
        "A running project has no guide_delivered.members date.",
    ),
    "ruledoc.P011.text": (
        "Ohjausryhmän jäsenet eivät usein tunne PRINCE2-tehtäviään. Ohjausryhmäohje (asiakkuus "
        "project render TUNNUS) toimitetaan jokaiselle jäsenelle, kun ryhmä on nimetty; kirjaa "
        "päivämäärä. Vain tilassa running olevat projektit tarkistetaan.",
        "Board members often do not know their PRINCE2 duties. The steering-group guide "
        "(asiakkuus project render ID) goes to every member once the board is named; record the "
        "date. Only projects with status: running are checked.",
    ),
    "ruledoc.P012.title": (
        "Projektin päättymispäivä on ohitettu, mutta tila ei ole closed.",
        "The project's end has passed and its status is not closed.",
    ),
    "ruledoc.P012.text": (
        "Joko projekti on päättynyt (merkitse status: closed) tai sen suunniteltu päättyminen on "
        "siirtynyt (kirjaa uusi end).",
        "Either the project has ended (set status: closed) or its planned end has moved (set the "
        "new end).",
    ),
    "ruledoc.P013.title": (
        "Ohjausryhmä ja asiakkaan hoitosuunnitelma ovat ristiriidassa.",
        "The roster and the customer's care plan disagree.",
    ),
    "ruledoc.P013.text": (
        "Asiakasprojekti näkyy asiakkaan suunnitelmassa kehittämishankkeena, jossa on project: "
        "TUNNUS. Havainto tehdään ohjausryhmätiedostoon: customer-kohtaan, jos suunnitelmassa ei "
        "ole hanketta, muuten jokaiseen kenttään start, end, budget ja project_manager, jonka "
        "arvo poikkeaa suunnitelmasta (suunnitelmassa manager). Vain toisella puolella annettu "
        "arvo ei ole ristiriita.",
        "A customer project appears in its customer's plan as a development project with "
        "project: ID. Reported on the roster: at customer when the plan has no such project, "
        "else at each of start, end, budget and project_manager whose value differs from the "
        "plan's (manager in the plan). A value given on only one side is not a disagreement.",
    ),
    "ruledoc.P014.title": (
        "Ohjausryhmä ei ole kokoontunut 1,5 kokousväliin käynnissä olevassa projektissa.",
        "The board's last meeting is older than 1.5 × interval_weeks in a running project.",
    ),
    "ruledoc.P014.text": (
        "meetings.last kertoo, milloin ohjausryhmä viimeksi kokoontui; käynnissä oleva projekti, "
        "jonka ohjausryhmä ei ole kokoontunut puoleen kokousväliin sovittua pidempään, "
        "raportoidaan. Projekteja ilman interval_weeks- tai last-tietoa ei tarkisteta.",
        "meetings.last records when the board last met; a running project whose board has not "
        "met for half an interval longer than agreed is reported. Projects without "
        "interval_weeks or last are not checked.",
    ),
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
}
