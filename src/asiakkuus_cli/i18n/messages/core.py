"""The rule texts of loading and validation (S and R rules); see rules.py."""

MESSAGES: dict[str, tuple[str, str]] = {
    # --- S001 ---
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
    # --- S002 ---
    "rule.S002.missing": (
        "Pakollinen kenttä '{field}' puuttuu tai on tyhjä.",
        "Required field '{field}' is missing or empty.",
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
    "rule.S002.type_int": (
        "Kentän '{field}' arvon pitää olla kokonaisluku, nyt '{value}'.",
        "Field '{field}' must be a whole number, not '{value}'.",
    ),
    "rule.S002.type_list": (
        "Kentän '{field}' arvon pitää olla lista (rivit alkavat '- '), nyt '{value}'.",
        "Field '{field}' must be a list (lines starting with '- '), not '{value}'.",
    ),
    "rule.S002.type_map": (
        "Kohdan '{field}' pitää olla kenttiä (nimi: arvo), nyt '{value}'.",
        "'{field}' must hold fields (name: value), not '{value}'.",
    ),
    "rule.S002.choice": (
        "Arvo '{value}' ei kelpaa kenttään '{field}'; sallitut arvot: {allowed}.",
        "Value '{value}' is not allowed in '{field}'; allowed: {allowed}.",
    ),
    "rule.S002.min": (
        "Kentän '{field}' arvo {value} on liian pieni; pienin sallittu on {limit}.",
        "Field '{field}' is {value}, below the minimum {limit}.",
    ),
    "rule.S002.max": (
        "Kentän '{field}' arvo {value} on liian suuri; suurin sallittu on {limit}.",
        "Field '{field}' is {value}, above the maximum {limit}.",
    ),
    "rule.S002.invalid": (
        "Kentän '{field}' arvo '{value}' ei kelpaa ({detail}).",
        "Field '{field}' has an invalid value '{value}' ({detail}).",
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
    "rule.S002.customer_required": (
        "Projektilta puuttuu asiakas: kirjoita 'customer: ASIAKAS' tai 'internal: kyllä', jos projekti on IT-palveluiden oma.",
        "The project has no customer: write 'customer: ID', or 'internal: yes' for the service centre's own project.",
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
    "rule.S002.complex_key": (
        "Kentän nimen pitää olla tavallinen sana, ei luettelo tai rakenne.",
        "A field name must be a plain word, not a list or a structure.",
    ),
    # --- S003-S008 ---
    "rule.S003": (
        "Kenttä '{key}' on tässä kohdassa toiseen kertaan; vain jälkimmäinen arvo jää voimaan.",
        "Field '{key}' appears a second time here; only the later value counts.",
    ),
    "rule.S003.hint": (
        "Poista toinen riveistä tai yhdistä arvot.",
        "Remove one of the two lines or merge the values.",
    ),
    "rule.S004": (
        "Tunniste '{id}' ei vastaa tiedoston nimeä {file}.",
        "The id '{id}' does not match the file name {file}.",
    ),
    "rule.S004.hint": (
        "Kirjoita 'id: {stem}' tai nimeä tiedosto uudelleen muotoon {id}.yaml.",
        "Write 'id: {stem}' or rename the file to {id}.yaml.",
    ),
    "rule.S005": (
        "Tunniste '{id}' on jo käytössä ({first}).",
        "The id '{id}' is already taken ({first}).",
    ),
    "rule.S005.hint": (
        "Anna jokaiselle henkilölle, segmentille ja tiedostolle oma tunniste.",
        "Give every person, segment and file an id of its own.",
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
    "rule.S007": (
        "Tiedosto ei ole UTF-8-muodossa (tavu {byte}).",
        "The file is not UTF-8 (byte {byte}).",
    ),
    "rule.S007.hint": (
        "Tallenna tiedosto UTF-8-merkistöllä (esimerkiksi VS Codessa: Save with Encoding → UTF-8).",
        "Save the file as UTF-8 (in VS Code: Save with Encoding → UTF-8).",
    ),
    "rule.S008": (
        "Ohituskommentti ignore[{codes}] ei ohita mitään.",
        "The comment ignore[{codes}] silences nothing.",
    ),
    "rule.S008.hint": (
        "Poista kommentti, ettei se myöhemmin piilota uutta ongelmaa.",
        "Remove the comment so that it cannot hide a new problem later.",
    ),
    # --- R001-R004 ---
    "rule.R001": (
        "Henkilöä '{id}' ei ole määritelty tiedostossa data/people.yaml.",
        "The person '{id}' is not defined in data/people.yaml.",
    ),
    "rule.R001.hint": (
        "Lisää henkilö tiedostoon data/people.yaml tai korjaa tunniste.",
        "Add the person to data/people.yaml or correct the id.",
    ),
    "rule.R002": (
        "Asiakkaalla '{id}' ei ole hoitosuunnitelmaa (data/customers/{id}.yaml).",
        "The customer '{id}' has no care plan (data/customers/{id}.yaml).",
    ),
    "rule.R002.hint": (
        "Luo suunnitelma komennolla asiakkuus plan new {id} tai korjaa tunniste.",
        "Create the plan with `asiakkuus plan new {id}` or correct the id.",
    ),
    "rule.R003": (
        "Segmenttiä '{id}' ei ole määritelty tiedostossa data/organisation.yaml (määritellyt: {known}).",
        "The segment '{id}' is not defined in data/organisation.yaml (defined: {known}).",
    ),
    "rule.R003.hint": (
        "Valitse jokin määritellyistä segmenteistä tai lisää segmentti.",
        "Choose one of the defined segments or add the segment.",
    ),
    "rule.R004": (
        "Projektia '{id}' ei ole (data/projects/{id}.yaml puuttuu).",
        "There is no project '{id}' (data/projects/{id}.yaml is missing).",
    ),
    "rule.R004.hint": (
        "Luo ohjausryhmätiedosto komennolla asiakkuus project new {id} tai korjaa tunniste.",
        "Create the roster with `asiakkuus project new {id}` or correct the id.",
    ),
    # --- validate output ---
    # --- problems that stop a command (exit 2 or 3) ---
    # --- help texts (shown by --help; language from --lang or ASIAKKUUS_LANG) ---
}
