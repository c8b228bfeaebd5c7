"""The rule texts of values (S rules of dates, money, yes/no ...); see rules.py."""

MESSAGES: dict[str, tuple[str, str]] = {
    # --- S001: libyaml's problems, in words (yamlio.syntax_problem) ---
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
    # --- S002: hints for every variant ---
    "rule.S002.missing.hint": (
        "Lisää rivi '{field}: ARVO'; malli ja kenttien kuvaukset: asiakkuus plan new tai README.",
        "Add a line '{field}: VALUE'; for a template and the fields see `asiakkuus plan new` or the README.",
    ),
    "rule.S002.type_text.hint": (
        "Kirjoita arvo tekstinä samalle riville; lainaa se, jos siinä on kaksoispiste.",
        "Write the value as text on the same line; quote it if it holds a colon.",
    ),
    "rule.S002.type_int.hint": (
        "Kirjoita kokonaisluku ilman desimaaleja ja yksiköitä, esimerkiksi 12.",
        "Write a whole number without decimals or units, e.g. 12.",
    ),
    "rule.S002.type_list.hint": (
        "Kirjoita jokainen alkio omalle rivilleen merkkien '- ' perään, tai [a, b].",
        "Write each item on a line of its own after '- ', or as [a, b].",
    ),
    "rule.S002.type_map.hint": (
        "Kirjoita kentät omille riveilleen sisennettyinä tämän kohdan alle (nimi: arvo).",
        "Write the fields on lines of their own, indented under this one (name: value).",
    ),
    "rule.S002.choice.hint": (
        "Valitse jokin sallituista arvoista: {allowed}.",
        "Choose one of the allowed values: {allowed}.",
    ),
    "rule.S002.min.hint": (
        "Kirjoita vähintään {limit}, tai poista kenttä, jos arvoa ei tiedetä.",
        "Write at least {limit}, or remove the field if the value is not known.",
    ),
    "rule.S002.max.hint": (
        "Kirjoita enintään {limit}.",
        "Write at most {limit}.",
    ),
    "rule.S002.invalid.hint": (
        "Korjaa arvo kentän kuvauksen mukaiseksi (README, kenttien taulukot).",
        "Correct the value as the field's description says (README, the field tables).",
    ),
    "rule.S002.date_impossible.hint": (
        "Tarkista päivä ja kuukausi: kuukausi on 1–12, päivä 1–31 (muoto 15.1.2026).",
        "Check the day and the month: the month is 1-12, the day 1-31 (as 2026-01-15).",
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
    "rule.S002.month_range.hint": (
        "Kirjoita kuukausi numerona 1–12 tai nimenä (toukokuu).",
        "Write the month as a number 1-12 or as a name (May).",
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
    "rule.S002.segment_format.hint": (
        "Kirjoita segmentin numero tai tunniste tiedostosta data/organisation.yaml.",
        "Write the number or id of a segment from data/organisation.yaml.",
    ),
    "rule.S002.customer_required.hint": (
        "Lisää rivi 'customer: ASIAKAS' tai 'internal: kyllä'.",
        "Add a line 'customer: ID' or 'internal: yes'.",
    ),
    "rule.S002.not_mapping.hint": (
        "Aloita tiedosto kentillä (id: ..., name: ...); mallin saa komennolla asiakkuus plan new.",
        "Begin the file with fields (id: ..., name: ...); `asiakkuus plan new` gives a template.",
    ),
    "rule.S002.complex_key.hint": (
        "Kirjoita kentän nimeksi yksi sana ennen kaksoispistettä; poista '?'-merkki ja sulkeet.",
        "Write one word before the colon as the field name; remove the '?' and the brackets.",
    ),
    "rule.S002.slug_format_fix": (
        "'{value}' ei kelpaa tunnisteeksi (kenttä '{field}'): tunnisteessa ei saa olla ääkkösiä, isoja kirjaimia eikä välilyöntejä.",
        "'{value}' is not a valid id (field '{field}'): an id has no accented letters, capitals or spaces.",
    ),
    "rule.S002.slug_format_fix.hint": (
        "Kirjoita '{suggestion}'.",
        "Write '{suggestion}'.",
    ),
    # months as a message says 'in February' (date_impossible_day)
    # --- S006 ---
    "rule.S006.depth.hint": (
        "Tiedostossa on liian monta sisäkkäistä tasoa; kirjoita rakenne matalammaksi tai muuta rajaa [limits] max_depth tiedostossa asiakkuus.toml.",
        "Flatten the structure, or raise [limits] max_depth in asiakkuus.toml.",
    ),
    "rule.S006.unreadable.hint": (
        "Tarkista tiedoston lukuoikeudet ja että se on tavallinen tiedosto.",
        "Check the file's read permission and that it is a regular file.",
    ),
    # --- R001 ---
    "rule.R001.close": (
        "Henkilöä '{id}' ei ole määritelty tiedostossa data/people.yaml – tarkoititko '{suggestion}'?",
        "The person '{id}' is not defined in data/people.yaml – did you mean '{suggestion}'?",
    ),
    "rule.R001.close.hint": (
        "Korjaa tunnisteeksi '{suggestion}' tai lisää henkilö tiedostoon data/people.yaml.",
        "Correct the id to '{suggestion}' or add the person to data/people.yaml.",
    ),
}
