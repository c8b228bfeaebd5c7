"""The texts of the structure rules (S): each rule's documentation (`ruledoc.CODE.title`,
`.text`) and its messages and hints (`rule.CODE[.variant][.hint]`), Finnish and English."""

MESSAGES: dict[str, tuple[str, str]] = {
    # --- S001 ---
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
    "rule.S001.syntax": (
        "Tiedosto ei ole kelvollista YAMLia tässä kohdassa.",
        "The file is not valid YAML at this point.",
    ),
    "rule.S001.syntax.hint": (
        "Tarkista sisennys (välilyönnit, ei sarkaimia), kaksoispisteen jälkeinen välilyönti ja lainausmerkit.",
        "Check the indentation (spaces, no tabs), the space after each colon and the quotes.",
    ),
    "rule.S001.documents": (
        "Tiedostossa on useampi YAML-dokumentti (`---`); yhdessä tiedostossa saa olla vain yksi.",
        "The file holds more than one YAML document (`---`); one file may hold only one.",
    ),
    "rule.S001.documents.hint": (
        "Poista ylimääräinen '---'-rivi tai siirrä toinen osa omaan tiedostoonsa.",
        "Remove the extra '---' line or move the second part into a file of its own.",
    ),
    "rule.S001.colon": (
        "Kaksoispiste ja välilyönti (': ') on kohdassa, jossa uutta kenttää ei voi aloittaa: rivi on luultavasti sisennetty enemmän kuin edellinen kenttä.",
        "A colon and a space (': ') stand where no new field can begin: the line is probably indented more than the field before it.",
    ),
    "rule.S001.colon.hint": (
        'Sisennä rivi samaan kohtaan kuin saman tason muut kentät, tai lainaa teksti, jossa on kaksoispiste: "Huom: ...".',
        'Indent the line like the other fields of its level, or quote text that holds a colon: "Note: ...".',
    ),
    "rule.S001.colon_in_text": (
        "Kentän '{key}' tekstissä on kaksoispiste ja välilyönti (': '), jota YAML ei hyväksy lainaamattomassa tekstissä.",
        "The text of field '{key}' holds a colon and a space (': '), which YAML does not accept in unquoted text.",
    ),
    "rule.S001.colon_in_text.hint": (
        'Lainaa koko teksti lainausmerkeillä, esimerkiksi {key}: "Huom: tärkeä asia".',
        'Put the whole text in quotes, e.g. {key}: "Note: an important point".',
    ),
    "rule.S001.tab": (
        "Rivillä on sarkain (tab) sisennyksenä; YAML hyväksyy sisennykseksi vain välilyönnit.",
        "The line is indented with a tab; YAML accepts only spaces for indentation.",
    ),
    "rule.S001.tab.hint": (
        "Korvaa sarkain välilyönneillä (editorissa: sisennys välilyönneillä, 2 merkkiä).",
        "Replace the tab with spaces (in the editor: indent using spaces, size 2).",
    ),
    "rule.S001.bad_start": (
        "Lainaamaton arvo ei voi alkaa merkillä '{char}'.",
        "An unquoted value cannot begin with '{char}'.",
    ),
    "rule.S001.bad_start.hint": (
        'Lainaa arvo lainausmerkeillä, esimerkiksi "{char}...".',
        'Put the value in quotes, e.g. "{char}...".',
    ),
    "rule.S001.end_of_file": (
        "Tiedosto loppuu kesken: jokin rakenne jäi auki.",
        "The file ends in the middle of something left open.",
    ),
    "rule.S001.end_of_file.hint": (
        "Tarkista, että jokainen lainausmerkki ja sulje [ ] { } on suljettu.",
        "Check that every quote and bracket [ ] { } is closed.",
    ),
    "rule.S001.unclosed_quote": (
        "Tässä alkavaa lainausta ei suljeta: toinen lainausmerkki puuttuu.",
        "The quote that begins here is never closed: the second quote mark is missing.",
    ),
    "rule.S001.unclosed_quote.hint": (
        "Lisää sulkeva lainausmerkki tekstin loppuun (\" tai ' sama kuin alussa).",
        "Add the closing quote mark at the end of the text (the same \" or ' as at the start).",
    ),
    "rule.S001.expected_key": (
        "Rivi ei sovi rakenteeseen: odotettiin uutta kenttää (nimi: arvo) samalla sisennyksellä kuin edelliset.",
        "The line does not fit the structure: a new field (name: value) at the indentation of the ones before was expected.",
    ),
    "rule.S001.expected_key.hint": (
        "Tarkista sisennys, ettei lainatun tekstin perässä ole muuta tekstiä, ja ettei luettelon rivi ('- ') ole kenttien joukossa.",
        "Check the indentation, that nothing follows a quoted text, and that no list line ('- ') stands among fields.",
    ),
    "rule.S001.unclosed_list": (
        "Rivillä {start} alkava luettelo [ ] ei sulkeudu tai sen alkiot eivät ole pilkuin eroteltuja.",
        "The list [ ] that begins on line {start} is not closed, or its items are not separated by commas.",
    ),
    "rule.S001.unclosed_list.hint": (
        "Erottele alkiot pilkuilla ja sulje luettelo merkillä ']'; kaksoispisteellinen alkio lainausmerkkeihin.",
        "Separate the items with commas and close the list with ']'; quote an item that holds a colon.",
    ),
    "rule.S001.unclosed_map": (
        "Rivillä {start} alkava kenttäryhmä {{ }} ei sulkeudu tai sen kentät eivät ole pilkuin eroteltuja.",
        "The group of fields {{ }} that begins on line {start} is not closed, or its fields are not separated by commas.",
    ),
    "rule.S001.unclosed_map.hint": (
        "Erottele kentät pilkuilla ja sulje ryhmä merkillä '}}'; kaksoispisteellinen arvo lainausmerkkeihin.",
        "Separate the fields with commas and close the group with '}}'; quote a value that holds a colon.",
    ),
    "rule.S001.escape": (
        'Lainausmerkeissä ("...") on kenoviiva, jota ei tunneta.',
        'A double-quoted text ("...") holds a backslash escape that does not exist.',
    ),
    "rule.S001.escape.hint": (
        "Kirjoita kenoviiva kahdesti (\\\\) tai käytä yksinkertaisia lainausmerkkejä ('...').",
        "Write the backslash twice (\\\\) or use single quotes ('...').",
    ),
    "rule.S001.missing_colon": (
        "Riviltä puuttuu kaksoispiste: kenttä kirjoitetaan muodossa nimi: arvo.",
        "The line lacks a colon: a field is written as name: value.",
    ),
    "rule.S001.missing_colon.hint": (
        "Lisää kaksoispiste ja välilyönti kentän nimen perään, tai yhdistä rivi edelliseen.",
        "Add a colon and a space after the field name, or join the line to the one before.",
    ),
    "rule.S001.expected_dash": (
        "Luettelon keskellä on rivi, joka ei ala viivalla ('- ').",
        "A line in the middle of a list does not begin with a dash ('- ').",
    ),
    "rule.S001.expected_dash.hint": (
        "Aloita luettelon jokainen alkio merkeillä '- ' tai sisennä rivi edellisen alkion kentäksi.",
        "Begin every item of the list with '- ', or indent the line as a field of the item before.",
    ),
    "rule.S001.expected_value": (
        "Tässä kohdassa odotettiin arvoa, mutta rivillä on ylimääräinen merkki.",
        "A value was expected here, but the line holds a stray character.",
    ),
    "rule.S001.expected_value.hint": (
        "Poista ylimääräinen merkki tai lainaa arvo lainausmerkeillä.",
        "Remove the stray character or put the value in quotes.",
    ),
    "rule.S001.after_end": (
        "Tiedoston loppumerkin ('...') jälkeen on vielä tietoa.",
        "There is data after the end marker ('...') of the file.",
    ),
    "rule.S001.after_end.hint": (
        "Poista '...'-rivi tai sen jälkeinen teksti.",
        "Remove the '...' line or the text after it.",
    ),
    "rule.S001.expected_break": (
        "Monirivisen tekstin merkin (| tai >) perässä saa olla vain kommentti.",
        "Only a comment may follow the mark of a multi-line text (| or >).",
    ),
    "rule.S001.expected_break.hint": (
        "Aloita teksti seuraavalta riviltä sisennettynä, tai lainaa yksirivinen teksti.",
        "Begin the text on the next line, indented, or quote a one-line text.",
    ),
    "rule.S001.directive": (
        "Tiedoston alussa on %-alkuinen YAML-ohje, jota ei tueta.",
        "The file begins with a %-directive of YAML that is not supported.",
    ),
    "rule.S001.directive.hint": (
        "Poista %-alkuinen rivi; tavallinen tiedosto ei tarvitse sitä.",
        "Remove the line that begins with %; a plain file does not need it.",
    ),
    "rule.S001.control": (
        "Tiedostossa on ohjausmerkki {char}, jota YAML ei salli.",
        "The file holds the control character {char}, which YAML does not allow.",
    ),
    "rule.S001.control.hint": (
        "Poista merkki (se on usein tullut mukaan kopioinnissa toisesta ohjelmasta).",
        "Remove the character (it often comes along when text is copied from another program).",
    ),
    # --- S002 ---
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
    "rule.S002.missing": (
        "Pakollinen kenttä '{field}' puuttuu tai on tyhjä.",
        "Required field '{field}' is missing or empty.",
    ),
    "rule.S002.missing.hint": (
        "Lisää rivi '{field}: ARVO'; malli ja kenttien kuvaukset: asiakkuus plan new tai README.",
        "Add a line '{field}: VALUE'; for a template and the fields see `asiakkuus plan new` or the README.",
    ),
    "rule.S002.unknown": (
        "Tuntematon kenttä '{field}'.",
        "Unknown field '{field}'.",
    ),
    "rule.S002.unknown.hint": (
        "Sallitut kentät: {known}.",
        "Known fields: {known}.",
    ),
    "rule.S002.unknown_close": (
        "Tuntematon kenttä '{field}' – tarkoititko '{suggestion}'?",
        "Unknown field '{field}' – did you mean '{suggestion}'?",
    ),
    "rule.S002.unknown_close.hint": (
        "Korjaa kentän nimeksi '{suggestion}'.",
        "Rename the field to '{suggestion}'.",
    ),
    "rule.S002.type_text": (
        "Kentän '{field}' arvon pitää olla tekstiä, nyt '{value}'.",
        "Field '{field}' must be text, not '{value}'.",
    ),
    "rule.S002.type_text.hint": (
        "Kirjoita arvo tekstinä samalle riville; lainaa se, jos siinä on kaksoispiste.",
        "Write the value as text on the same line; quote it if it holds a colon.",
    ),
    "rule.S002.type_int": (
        "Kentän '{field}' arvon pitää olla kokonaisluku, nyt '{value}'.",
        "Field '{field}' must be a whole number, not '{value}'.",
    ),
    "rule.S002.type_int.hint": (
        "Kirjoita kokonaisluku ilman desimaaleja ja yksiköitä, esimerkiksi 12.",
        "Write a whole number without decimals or units, e.g. 12.",
    ),
    "rule.S002.type_list": (
        "Kentän '{field}' arvon pitää olla lista (rivit alkavat '- '), nyt '{value}'.",
        "Field '{field}' must be a list (lines starting with '- '), not '{value}'.",
    ),
    "rule.S002.type_list.hint": (
        "Kirjoita jokainen alkio omalle rivilleen merkkien '- ' perään, tai [a, b].",
        "Write each item on a line of its own after '- ', or as [a, b].",
    ),
    "rule.S002.type_map": (
        "Kohdan '{field}' pitää olla kenttiä (nimi: arvo), nyt '{value}'.",
        "'{field}' must hold fields (name: value), not '{value}'.",
    ),
    "rule.S002.type_map.hint": (
        "Kirjoita kentät omille riveilleen sisennettyinä tämän kohdan alle (nimi: arvo).",
        "Write the fields on lines of their own, indented under this one (name: value).",
    ),
    "rule.S002.choice": (
        "Arvo '{value}' ei kelpaa kenttään '{field}'; sallitut arvot: {allowed}.",
        "Value '{value}' is not allowed in '{field}'; allowed: {allowed}.",
    ),
    "rule.S002.choice.hint": (
        "Valitse jokin sallituista arvoista: {allowed}.",
        "Choose one of the allowed values: {allowed}.",
    ),
    "rule.S002.min": (
        "Kentän '{field}' arvo {value} on liian pieni; pienin sallittu on {limit}.",
        "Field '{field}' is {value}, below the minimum {limit}.",
    ),
    "rule.S002.min.hint": (
        "Kirjoita vähintään {limit}, tai poista kenttä, jos arvoa ei tiedetä.",
        "Write at least {limit}, or remove the field if the value is not known.",
    ),
    "rule.S002.max": (
        "Kentän '{field}' arvo {value} on liian suuri; suurin sallittu on {limit}.",
        "Field '{field}' is {value}, above the maximum {limit}.",
    ),
    "rule.S002.max.hint": (
        "Kirjoita enintään {limit}.",
        "Write at most {limit}.",
    ),
    "rule.S002.invalid": (
        "Kentän '{field}' arvo '{value}' ei kelpaa ({detail}).",
        "Field '{field}' has an invalid value '{value}' ({detail}).",
    ),
    "rule.S002.invalid.hint": (
        "Korjaa arvo kentän kuvauksen mukaiseksi (README, kenttien taulukot).",
        "Correct the value as the field's description says (README, the field tables).",
    ),
    "rule.S002.date_format": (
        "'{value}' ei ole päivämäärä (kenttä '{field}').",
        "'{value}' is not a date (field '{field}').",
    ),
    "rule.S002.date_format.hint": (
        "Kirjoita päivämäärä muodossa 15.1.2026 tai 2026-01-15.",
        "Write the date as 2026-01-15 or 15.1.2026.",
    ),
    "rule.S002.date_impossible": (
        "Päivämäärää '{value}' ei ole olemassa (kenttä '{field}'): kuukaudessa ei ole sitä päivää tai kuukautta ei ole.",
        "The date '{value}' does not exist (field '{field}'): the month has no such day, or there is no such month.",
    ),
    "rule.S002.date_impossible.hint": (
        "Tarkista päivä ja kuukausi: kuukausi on 1–12, päivä 1–31 (muoto 15.1.2026).",
        "Check the day and the month: the month is 1-12, the day 1-31 (as 2026-01-15).",
    ),
    "rule.S002.month_format": (
        "'{value}' ei ole kuukausi (kenttä '{field}').",
        "'{value}' is not a month (field '{field}').",
    ),
    "rule.S002.month_format.hint": (
        "Kirjoita kuukausi numerona 1–12, muodossa 2026-05 tai nimenä (toukokuu, May).",
        "Write the month as a number 1-12, as 2026-05, or as a name (toukokuu, May).",
    ),
    "rule.S002.month_range": (
        "Kuukausi '{value}' ei ole välillä 1–12 (kenttä '{field}').",
        "Month '{value}' is not between 1 and 12 (field '{field}').",
    ),
    "rule.S002.month_range.hint": (
        "Kirjoita kuukausi numerona 1–12 tai nimenä (toukokuu).",
        "Write the month as a number 1-12 or as a name (May).",
    ),
    "rule.S002.month_or_date_format": (
        "'{value}' ei ole päivämäärä eikä kuukausi (kenttä '{field}').",
        "'{value}' is neither a date nor a month (field '{field}').",
    ),
    "rule.S002.month_or_date_format.hint": (
        "Kirjoita päivämäärä (15.5.2026) tai kuukausi (toukokuu, 5, 2026-05).",
        "Write a date (2026-05-15) or a month (May, 5, 2026-05).",
    ),
    "rule.S002.money_format": (
        "'{value}' ei ole rahasumma (kenttä '{field}').",
        "'{value}' is not an amount of money (field '{field}').",
    ),
    "rule.S002.money_format.hint": (
        "Kirjoita euromäärä esimerkiksi 280 000 €, +24 000 € tai -1 500,50.",
        "Write euros such as 280000, 280 000 €, +24 000 € or -1 500,50.",
    ),
    "rule.S002.bool_format": (
        "'{value}' ei ole kyllä/ei-arvo (kenttä '{field}').",
        "'{value}' is not a yes/no value (field '{field}').",
    ),
    "rule.S002.bool_format.hint": (
        "Kirjoita kyllä tai ei (myös yes/no, true/false käyvät).",
        "Write yes or no (kyllä/ei and true/false work too).",
    ),
    "rule.S002.slug_format": (
        "'{value}' ei kelpaa tunnisteeksi (kenttä '{field}').",
        "'{value}' is not a valid id (field '{field}').",
    ),
    "rule.S002.slug_format.hint": (
        "Tunnisteessa saa olla vain pieniä kirjaimia a–z, numeroita ja viivoja, enintään 64 merkkiä, esimerkiksi liisa-laine.",
        "An id has only lowercase letters a-z, digits and dashes, at most 64 characters, e.g. liisa-laine.",
    ),
    "rule.S002.segment_format": (
        "'{value}' ei kelpaa segmentin tunnisteeksi (kenttä '{field}'): käytä numeroa 1, 2, … tai tunnistetta.",
        "'{value}' is not a valid segment id (field '{field}'): use a number 1, 2, … or an id.",
    ),
    "rule.S002.segment_format.hint": (
        "Kirjoita segmentin numero tai tunniste tiedostosta data/organisation.yaml.",
        "Write the number or id of a segment from data/organisation.yaml.",
    ),
    "rule.S002.customer_required": (
        "Projektilta puuttuu asiakas: kirjoita 'customer: ASIAKAS' tai 'internal: kyllä', jos projekti on IT-palveluiden oma.",
        "The project has no customer: write 'customer: ID', or 'internal: yes' for the service centre's own project.",
    ),
    "rule.S002.customer_required.hint": (
        "Lisää rivi 'customer: ASIAKAS' tai 'internal: kyllä'.",
        "Add a line 'customer: ID' or 'internal: yes'.",
    ),
    "rule.S002.empty": (
        "Tiedosto on tyhjä.",
        "The file is empty.",
    ),
    "rule.S002.empty.hint": (
        "Täytä tiedosto tai poista se; mallin saa komennolla asiakkuus plan new.",
        "Fill the file or remove it; `asiakkuus plan new` gives a template.",
    ),
    "rule.S002.not_mapping": (
        "Tiedoston ylimmän tason pitää olla kenttiä (nimi: arvo), ei luettelo tai yksittäinen arvo.",
        "The top level of the file must hold fields (name: value), not a list or a single value.",
    ),
    "rule.S002.not_mapping.hint": (
        "Aloita tiedosto kentillä (id: ..., name: ...); mallin saa komennolla asiakkuus plan new.",
        "Begin the file with fields (id: ..., name: ...); `asiakkuus plan new` gives a template.",
    ),
    "rule.S002.complex_key": (
        "Kentän nimen pitää olla tavallinen sana, ei luettelo tai rakenne.",
        "A field name must be a plain word, not a list or a structure.",
    ),
    "rule.S002.complex_key.hint": (
        "Kirjoita kentän nimeksi yksi sana ennen kaksoispistettä; poista '?'-merkki ja sulkeet.",
        "Write one word before the colon as the field name; remove the '?' and the brackets.",
    ),
    "rule.S002.date_impossible_day": (
        "Päivämäärää '{value}' ei ole olemassa (kenttä '{field}'): {month} {year} on vain {days} päivää.",
        "The date '{value}' does not exist (field '{field}'): {month} {year} has only {days} days.",
    ),
    "rule.S002.date_impossible_day.hint": (
        "Tarkista päivä; kuukauden viimeinen päivä on {last}.",
        "Check the day; the last day of the month is {last}.",
    ),
    "rule.S002.year_range": (
        "Vuosi {year} kohdassa '{value}' ei ole välillä {low}–{high} (kenttä '{field}').",
        "The year {year} in '{value}' is not between {low} and {high} (field '{field}').",
    ),
    "rule.S002.year_range.hint": (
        "Kirjoita vuosi nelinumeroisena, esimerkiksi 15.1.2026 tai 2026-05; jos päivää ei ole (toistaiseksi), jätä kenttä pois.",
        "Write the year with four digits, e.g. 2026-01-15 or 2026-05; if there is no such day (open-ended), leave the field out.",
    ),
    "rule.S002.money_ambiguous": (
        "Rahasumma '{value}' on monitulkintainen (kenttä '{field}'): se voi tarkoittaa {thousands} tai {cents}.",
        "The amount '{value}' is ambiguous (field '{field}'): it could mean {thousands} or {cents}.",
    ),
    "rule.S002.money_ambiguous.hint": (
        "Kirjoita tuhaterottimeksi välilyönti ({thousands}) tai sentit pilkun jälkeen kahdella numerolla ({cents}).",
        "Separate thousands with a space ({thousands}) or write the cents after a comma with two digits ({cents}).",
    ),
    "rule.S002.money_decimals": (
        "Rahasummassa '{value}' on enemmän kuin kaksi desimaalia (kenttä '{field}').",
        "The amount '{value}' has more than two decimals (field '{field}').",
    ),
    "rule.S002.money_decimals.hint": (
        "Kirjoita sentit kahdella numerolla, esimerkiksi 280 000,12 €, tai pyöristä euroihin.",
        "Write the cents with two digits, e.g. 280 000,12 €, or round to whole euros.",
    ),
    "rule.S002.slug_format_fix": (
        "'{value}' ei kelpaa tunnisteeksi (kenttä '{field}'): tunnisteessa ei saa olla ääkkösiä, isoja kirjaimia eikä välilyöntejä.",
        "'{value}' is not a valid id (field '{field}'): an id has no accented letters, capitals or spaces.",
    ),
    "rule.S002.slug_format_fix.hint": (
        "Kirjoita '{suggestion}'.",
        "Write '{suggestion}'.",
    ),
    # meeting records (data/meetings/)
    "rule.S002.meeting_subject": (
        "Kokousmuistiossa pitää olla joko customer (asiakas) tai project (projekti), "
        "ei molempia eikä kumpaakaan puuttumaan.",
        "A meeting record names either a customer or a project: one of the two, not both "
        "and not neither.",
    ),
    "rule.S002.meeting_subject.hint": (
        "Kirjoita 'customer: ASIAKAS' asiakastapaamiselle tai 'project: PROJEKTI' "
        "ohjausryhmän kokoukselle, kansion nimen mukaan.",
        "Write 'customer: ID' for a customer meeting or 'project: ID' for a steering-group "
        "meeting, as the folder is named.",
    ),
    "rule.S002.done_format": (
        "Kentän '{field}' arvo '{value}' ei ole päivämäärä eikä kyllä/ei.",
        "The value '{value}' of '{field}' is neither a date nor yes/no.",
    ),
    "rule.S002.done_format.hint": (
        "Kirjoita päivä, jona toimenpide tehtiin (esim. 15.3.2026), tai kyllä/ei.",
        "Write the day the action was done (e.g. 2026-03-15), or yes/no.",
    ),
    # --- S003 ---
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
    "rule.S003": (
        "Kenttä '{key}' on tässä kohdassa toiseen kertaan; vain jälkimmäinen arvo jää voimaan.",
        "Field '{key}' appears a second time here; only the later value counts.",
    ),
    "rule.S003.hint": (
        "Poista toinen riveistä tai yhdistä arvot.",
        "Remove one of the two lines or merge the values.",
    ),
    # --- S004 ---
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
    "rule.S004": (
        "Tunniste '{id}' ei vastaa tiedoston nimeä {file}.",
        "The id '{id}' does not match the file name {file}.",
    ),
    "rule.S004.hint": (
        "Kirjoita 'id: {stem}' tai nimeä tiedosto uudelleen muotoon {id}.yaml.",
        "Write 'id: {stem}' or rename the file to {id}.yaml.",
    ),
    # --- S005 ---
    "ruledoc.S005.title": (
        "Kahdella henkilöllä, segmentillä tai tiedostolla on sama tunniste.",
        "Two people, segments or files share an id.",
    ),
    "ruledoc.S005.text": (
        "Viittauksen tunnisteella pitää johtaa täsmälleen yhteen kohteeseen. Havainto osoittaa "
        "jälkimmäiseen.",
        "A reference by id must lead to exactly one thing. The finding points at the second one.",
    ),
    "rule.S005": (
        "Tunniste '{id}' on jo käytössä ({first}).",
        "The id '{id}' is already taken ({first}).",
    ),
    "rule.S005.hint": (
        "Anna jokaiselle henkilölle, segmentille ja tiedostolle oma tunniste.",
        "Give every person, segment and file an id of its own.",
    ),
    # --- S006 ---
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
    "rule.S006.tag": (
        "Tiedostossa on YAML-tagi '{tag}'; vain tavallinen YAML hyväksytään.",
        "The file uses the YAML tag '{tag}'; only plain YAML is accepted.",
    ),
    "rule.S006.tag.hint": (
        "Poista tagi (huutomerkillä alkava merkintä) ja kirjoita arvo sellaisenaan.",
        "Remove the tag (the word starting with '!') and write the value as it is.",
    ),
    "rule.S006.anchor": (
        "Tiedostossa on ankkuri '&{anchor}'; ankkureita ja viittauksia ei hyväksytä.",
        "The file uses the anchor '&{anchor}'; anchors and aliases are not accepted.",
    ),
    "rule.S006.anchor.hint": (
        "Kirjoita arvo auki jokaiseen kohtaan.",
        "Write the value out in full wherever it is needed.",
    ),
    "rule.S006.alias": (
        "Tiedostossa on viittaus '*{anchor}'; ankkureita ja viittauksia ei hyväksytä.",
        "The file uses the alias '*{anchor}'; anchors and aliases are not accepted.",
    ),
    "rule.S006.alias.hint": (
        "Kirjoita arvo auki jokaiseen kohtaan.",
        "Write the value out in full wherever it is needed.",
    ),
    "rule.S006.depth": (
        "Tiedosto on sisäkkäin syvemmälle kuin {limit} tasoa.",
        "The file nests deeper than {limit} levels.",
    ),
    "rule.S006.depth.hint": (
        "Tiedostossa on liian monta sisäkkäistä tasoa; kirjoita rakenne matalammaksi tai muuta rajaa [limits] max_depth tiedostossa asiakkuus.toml.",
        "Flatten the structure, or raise [limits] max_depth in asiakkuus.toml.",
    ),
    "rule.S006.too_large": (
        "Tiedosto on liian suuri ({size} tavua; enintään {limit}).",
        "The file is too large ({size} bytes; at most {limit}).",
    ),
    "rule.S006.too_large.hint": (
        "Jaa tieto useaan tiedostoon tai muuta rajaa [limits] max_file_bytes tiedostossa asiakkuus.toml.",
        "Split the data into several files, or raise [limits] max_file_bytes in asiakkuus.toml.",
    ),
    "rule.S006.outside": (
        "Tiedosto on symbolinen linkki säilön ulkopuolelle, eikä sitä lueta.",
        "The file is a symbolic link that leads out of the repository; it is not read.",
    ),
    "rule.S006.outside.hint": (
        "Kopioi tiedosto säilöön linkin tilalle.",
        "Copy the file into the repository instead of linking it.",
    ),
    "rule.S006.unreadable": (
        "Tiedostoa ei voi lukea: {detail}.",
        "The file cannot be read: {detail}.",
    ),
    "rule.S006.unreadable.hint": (
        "Tarkista tiedoston lukuoikeudet ja että se on tavallinen tiedosto.",
        "Check the file's read permission and that it is a regular file.",
    ),
    "rule.S006.not_regular": (
        "Tämä ei ole tavallinen tiedosto (vaan esimerkiksi hakemisto, nimetty putki tai "
        "laite), eikä sitä lueta.",
        "This is not a regular file (but, say, a folder, a named pipe or a device); "
        "it is not read.",
    ),
    "rule.S006.not_regular.hint": (
        "Korvaa se tavallisella YAML-tiedostolla tai poista se.",
        "Replace it with a plain YAML file, or remove it.",
    ),
    # symbolic links and files in place of folders
    "rule.S006.link_loop": (
        "Tämä on symbolinen linkki, joka kiertää kehää (se johtaa lopulta itseensä); sitä "
        "ei lueta.",
        "This is a symbolic link that loops (it leads back to itself); it is not read.",
    ),
    "rule.S006.link_loop.hint": (
        "Korvaa linkki tavallisella tiedostolla tai korjaa, mihin se osoittaa.",
        "Replace the link with a plain file, or fix what it points to.",
    ),
    "rule.S006.link_dangling": (
        "Tämä on symbolinen linkki, jonka kohdetta ei ole; sitä ei lueta.",
        "This is a symbolic link whose target does not exist; it is not read.",
    ),
    "rule.S006.link_dangling.hint": (
        "Poista linkki tai korjaa, mihin se osoittaa.",
        "Remove the link, or fix what it points to.",
    ),
    "rule.S006.not_folder": (
        "Tämän pitäisi olla hakemisto, mutta se on tiedosto; sen sisältöä ei lueta.",
        "This should be a folder, but it is a file; nothing in it is read.",
    ),
    "rule.S006.not_folder.hint": (
        "Korvaa se hakemistolla, jossa on YAML-tiedostot.",
        "Replace it with a folder that holds the YAML files.",
    ),
    # --- S007 ---
    "ruledoc.S007.title": ("Tiedosto ei ole UTF-8-muodossa.", "The file is not UTF-8."),
    "ruledoc.S007.text": (
        "Tallenna tiedosto UTF-8-merkistöllä (BOM sallitaan). Vanhojen editorien Latin-1- tai "
        "UTF-16-tiedostot näkyvät tässä, ensimmäisen virheellisen tavun kohdalla.",
        "Save the file as UTF-8 (a byte order mark is allowed). Files saved as Latin-1 or "
        "UTF-16 by old editors show up here, at the first bad byte.",
    ),
    "rule.S007": (
        "Tiedosto ei ole UTF-8-muodossa (tavu {byte}).",
        "The file is not UTF-8 (byte {byte}).",
    ),
    "rule.S007.hint": (
        "Tallenna tiedosto UTF-8-merkistöllä (esimerkiksi VS Codessa: Save with Encoding → UTF-8).",
        "Save the file as UTF-8 (in VS Code: Save with Encoding → UTF-8).",
    ),
    # --- S008 ---
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
    "rule.S008": (
        "Ohituskommentti ignore[{codes}] ei ohita mitään.",
        "The comment ignore[{codes}] silences nothing.",
    ),
    "rule.S008.hint": (
        "Poista kommentti, ettei se myöhemmin piilota uutta ongelmaa.",
        "Remove the comment so that it cannot hide a new problem later.",
    ),
}
