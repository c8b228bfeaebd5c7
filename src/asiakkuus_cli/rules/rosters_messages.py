"""The texts of the rosters rules (P): each rule's documentation (`ruledoc.CODE.title`,
`.text`) and its messages and hints (`rule.CODE[.variant][.hint]`), Finnish and English."""

MESSAGES: dict[str, tuple[str, str]] = {
    # --- P001 ---
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
    # --- P002 ---
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
    # --- P003 ---
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
    # --- P004 ---
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
    "rule.P004": (
        "Ohjausryhmässä on vain {count} eri henkilöä; vähintään kaksi tarvitaan.",
        "The board has only {count} distinct people; at least two are needed.",
    ),
    "rule.P004.hint": (
        "Täydennä ohjausryhmä: tilaajan ja toimittajan puoli eri henkilöin.",
        "Complete the board: the customer side and the supplier side by different people.",
    ),
    # --- P005 ---
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
    # --- P006 ---
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
    # --- P007 ---
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
    # --- P008 ---
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
    # --- P009 ---
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
    # --- P010 ---
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
    # --- P011 ---
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
    # --- P012 ---
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
    "rule.P012": (
        "Projektin päättymispäivä {end} on ohitettu {days} päivää sitten, mutta tila on {status}.",
        "The project's end {end} passed {days} days ago, but its status is {status}.",
    ),
    "rule.P012.hint": (
        "Merkitse päättynyt projekti status: closed tai kirjaa uusi päättymispäivä.",
        "Set status: closed if the project has ended, or record the new end.",
    ),
    # --- P013 ---
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
    # --- P014 ---
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
}
