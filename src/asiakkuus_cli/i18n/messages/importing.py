"""`asiakkuus import` (Word and Excel in) and `--format xlsx` (Excel out)."""

MESSAGES: dict[str, tuple[str, str]] = {
    # --- the optional extra ---
    "import.missing_extra": (
        "Tähän tarvitaan kirjasto {package}, jota ei ole asennettu. Asenna tuonnin lisäosa: pip install '{extra}'",
        "This needs the library {package}, which is not installed. Install the import extra: pip install '{extra}'",
    ),
    # --- files that cannot be read ---
    "import.file.error": ("{path}: {problem}", "{path}: {problem}"),
    "import.file.not_file": ("ei ole tavallinen tiedosto.", "is not a regular file."),
    "import.file.huge": (
        "tiedosto on liian suuri ({size} MiB; raja {limit} MiB). Poista kuvat tai jaa tiedosto.",
        "the file is too large ({size} MiB; limit {limit} MiB). Remove pictures or split the file.",
    ),
    "import.file.rows": (
        "taulukossa on yli {limit} riviä; jaa se osiin.",
        "the sheet has more than {limit} rows; split it.",
    ),
    "import.file.unreadable": (
        "tiedostoa ei voi lukea: {detail}",
        "the file cannot be read: {detail}",
    ),
    "import.file.encrypted": (
        "tiedosto on suojattu salasanalla. Poista suojaus Wordissa tai Excelissä (Tiedosto → Tiedot → Suojaa) ja tallenna uudelleen.",
        "the file is password-protected. Remove the protection in Word or Excel (File → Info → Protect) and save it again.",
    ),
    "import.file.old_docx": (
        "tiedosto on vanhaa Word-muotoa (.doc). Avaa se Wordissa ja tallenna muodossa Word-asiakirja (.docx).",
        "the file is in the old Word format (.doc). Open it in Word and save it as a Word Document (.docx).",
    ),
    "import.file.old_xlsx": (
        "tiedosto on vanhaa Excel-muotoa (.xls). Avaa se Excelissä ja tallenna muodossa Excel-työkirja (.xlsx) tai CSV.",
        "the file is in the old Excel format (.xls). Open it in Excel and save it as an Excel Workbook (.xlsx) or CSV.",
    ),
    "import.file.not_docx": (
        "tiedosto ei ole Word-asiakirja (.docx).",
        "the file is not a Word document (.docx).",
    ),
    "import.file.not_xlsx": (
        "tiedosto ei ole Excel-työkirja (.xlsx).",
        "the file is not an Excel workbook (.xlsx).",
    ),
    "import.file.bomb": (
        "tiedosto purkautuisi moninkertaiseksi kokoonsa (zip-pommi), joten sitä ei avattu.",
        "the file would unpack to many times its size (a zip bomb), so it was not opened.",
    ),
    "import.file.corrupt": (
        "tiedosto on vioittunut eikä sitä voi lukea ({detail}). Avaa ja tallenna se uudelleen.",
        "the file is damaged and cannot be read ({detail}). Open and save it again.",
    ),
    "import.file.not_csv": (
        "tiedosto ei ole UTF-8- tai Windows-1252-merkistöistä tekstiä (CSV).",
        "the file is not text in UTF-8 or Windows-1252 (CSV).",
    ),
    "import.file.no_sheet": (
        "työkirjassa ei ole taulukkoa '{sheet}'; taulukot: {sheets}",
        "the workbook has no sheet '{sheet}'; sheets: {sheets}",
    ),
    "import.file.unknown_kind": (
        "sarakkeista ei tunnistettu asiakasrekisteriä eikä tarvelistaa. Otsikkorivillä tarvitaan esimerkiksi 'Asiakas' ja 'Veloitukset vuodessa' tai 'Asiakas', 'Tarve' ja 'Tarve havaittu'. Otsikot: {found}",
        "the columns are neither a customer register nor a needs list. The header row needs for example 'Asiakas' (customer) and 'Veloitukset vuodessa' (annual charges), or 'Asiakas', 'Tarve' (need) and 'Tarve havaittu' (observed). Headers: {found}",
    ),
    "import.file.suffix": (
        "tiedostopääte ei ole .xlsx, .xlsm eikä .csv.",
        "the file name does not end in .xlsx, .xlsm or .csv.",
    ),
    # --- comments in the written plan (after `# tuonti:`) ---
    "import.guess.ambiguous": (
        "nimi '{name}' sopii useaan henkilöön; valittu ensimmäinen, muut: {others}",
        "the name '{name}' fits several people; the first was chosen, others: {others}",
    ),
    "import.guess.initials": (
        "'{name}' tulkittu henkilöksi {person}",
        "'{name}' read as {person}",
    ),
    "import.guess.new_person": (
        "'{name}' ei ole people.yaml:ssa; ehdotettu uudeksi henkilöksi",
        "'{name}' is not in people.yaml; proposed as a new person",
    ),
    "import.guess.number": ("luettu tekstistä '{value}'", "read from the text '{value}'"),
    "import.guess.month": (
        "kuukausi tulkittu tekstistä '{value}'",
        "month read from the text '{value}'",
    ),
    "import.guess.growth": (
        "päätelty tekstistä '{value}'",
        "inferred from the text '{value}'",
    ),
    "import.guess.type_from_segment": (
        "organisaatiomuoto päätelty segmentin kentästä '{value}'",
        "organisation type inferred from the segment field '{value}'",
    ),
    "import.guess.potential_text": (
        "potentiaaliarvoa (1–10) ei löytynyt; teksti otettu huomioksi",
        "no potential score (1–10) found; the text was kept as the note",
    ),
    "import.guess.name_from_file": (
        "asiakkaan nimeä ei löytynyt; nimi otettu tiedoston nimestä",
        "no customer name found; the name was taken from the file name",
    ),
    "import.unread.date": (
        "'{value}' ei ole päivämäärä; korjaa muotoon 15.1.2026",
        "'{value}' is not a date; correct it to 15.1.2026",
    ),
    "import.unread.money": (
        "'{value}' ei ole rahasumma; korjaa muotoon 280 000 €",
        "'{value}' is not an amount of money; correct it to 280 000 €",
    ),
    "import.unread.number": (
        "'{value}' ei ole kokonaisluku; korjaa",
        "'{value}' is not a whole number; correct it",
    ),
    "import.unread.bool": (
        "'{value}' ei ole KYLLÄ tai EI; korjaa",
        "'{value}' is not yes (KYLLÄ) or no (EI); correct it",
    ),
    "import.unread.month": (
        "'{value}' ei ole kuukausi eikä päivämäärä; korjaa",
        "'{value}' is neither a month nor a date; correct it",
    ),
    "import.unread.maintenance": (
        "ylläpito '{value}' ei ole IT eikä ulkoinen; valitse it tai external",
        "maintenance '{value}' is neither IT nor external; choose it or external",
    ),
    "import.unread.type": (
        "organisaatiomuotoa '{value}' ei tunnistettu; täydennä (division, service_centre, municipal_enterprise, regional, company, foundation)",
        "the organisation type '{value}' was not recognised; complete it (division, service_centre, municipal_enterprise, regional, company, foundation)",
    ),
    "import.info.no_it": (
        "IT:n edustus: {value}",
        "IT representation: {value}",
    ),
    "import.missing": ("puuttuu asiakirjasta; täydennä", "missing from the document; complete it"),
    "import.missing_segment": (
        "segmenttiä ei tunnistettu ('{value}'); täydennä segmentin tunnus organisation.yaml:sta",
        "the segment was not recognised ('{value}'); complete it with a segment id of organisation.yaml",
    ),
    "import.missing_type": (
        "organisaatiomuoto puuttuu; täydennä (division, service_centre, municipal_enterprise, regional, company, foundation)",
        "the organisation type is missing; complete it (division, service_centre, municipal_enterprise, regional, company, foundation)",
    ),
    # --- sections, as `notes` names them ---
    "import.section.header": ("Otsikkotiedot", "Header"),
    "import.section.header_part": ("Ylätunniste", "Page header"),
    "import.section.projects": ("Kehittämishankkeet", "Development projects"),
    "import.section.critical_systems": ("Kriittiset palvelut", "Critical systems"),
    "import.section.calendar": ("Toistuvat tapahtumat", "Recurring events"),
    "import.section.needs": ("Pienkehitystarpeet", "Small needs"),
    "import.section.marketing": ("Markkinointitoimet", "Marketing"),
    "import.section.agreements": ("Sovitut asiat", "Agreements"),
    "import.section.notes": ("Muistiinpanot", "Notes"),
    # --- what the command prints ---
    "import.summary": (
        "{source} → {target}: {mapped} kenttää luettu, {guessed} arvattu (# tuonti), {notes} tekstiä huomioihin",
        "{source} → {target}: {mapped} fields read, {guessed} guessed (# tuonti), {notes} texts put in notes",
    ),
    "import.written": ("kirjoitettu {path}", "wrote {path}"),
    "import.exists": (
        "{path} on jo olemassa; sitä ei korvattu. Käytä --force korvataksesi (muutokset näytetään ensin).",
        "{path} already exists; it was not replaced. Use --force to replace it (the changes are shown first).",
    ),
    "import.diff.title": ("Muutokset tiedostoon {path}:", "Changes to {path}:"),
    "import.diff.none": ("Ei muutoksia tiedostoon {path}.", "No changes to {path}."),
    "import.diff.unreadable": (
        "{path}: vanhaa tai uutta versiota ei voi verrata, koska se ei lataudu.",
        "{path}: the old or the new version cannot be compared because it does not load.",
    ),
    "import.complete": (
        "{path}: täydennä nämä, jotta suunnitelma läpäisee tarkistuksen:",
        "{path}: complete these for the plan to pass validation:",
    ),
    "import.people.add": (
        "Lisää nämä henkilöt tiedostoon {path} (tai aja uudelleen valitsimella --add-people):",
        "Add these people to {path} (or run again with --add-people):",
    ),
    "import.people.added": (
        "lisätty {n} henkilöä tiedostoon {path}",
        "added {n} people to {path}",
    ),
    "import.people.unwritable": (
        "{path} ei lataudu, joten henkilöitä ei lisätty siihen; lisää ne käsin:",
        "{path} does not load, so the people were not added to it; add them by hand:",
    ),
    "import.id_many": (
        "--id sopii vain yhden tiedoston tuontiin.",
        "--id works only when importing one file.",
    ),
    "import.id_bad": (
        "tunnus '{value}' ei kelpaa: pieniä kirjaimia a–z, numeroita ja viivoja, enintään 64 merkkiä.",
        "the id '{value}' is not valid: lowercase letters a–z, digits and hyphens, at most 64 characters.",
    ),
    "import.same_id": (
        "{source}: tunnus {id} on jo toisella tämän erän tiedostolla; anna --id tai muuta asiakkaan nimeä.",
        "{source}: the id {id} already belongs to another file of this batch; give --id or change the customer's name.",
    ),
    "import.total": (
        "Tuotu {ok}/{total} tiedostoa; {failed} ei voitu lukea, {incomplete} vaatii täydennystä.",
        "Imported {ok} of {total} files; {failed} could not be read, {incomplete} need completing.",
    ),
    "import.dry_run": ("(kokeiluajo: mitään ei kirjoitettu)", "(dry run: nothing was written)"),
    # --- registers and needs lists ---
    "import.register.kind.register": ("asiakasrekisteri", "customer register"),
    "import.register.kind.needs": ("tarvelista", "needs list"),
    "import.register.read": (
        "{source} ({sheet}): {kind}, {rows} riviä",
        "{source} ({sheet}): {kind}, {rows} rows",
    ),
    "import.register.row_skipped": (
        "{source} rivi {row}: {problem}; rivi ohitettu",
        "{source} row {row}: {problem}; row skipped",
    ),
    "import.register.no_customer": (
        "asiakasta '{value}' ei löydy (ei tunnusta eikä nimeä)",
        "no customer '{value}' (neither by id nor by name)",
    ),
    "import.register.bad_value": (
        "sarakkeen '{column}' arvo '{value}' ei kelpaa",
        "the value '{value}' of the column '{column}' is not valid",
    ),
    "import.register.missing_required": (
        "uudelta suunnitelmalta puuttuu {fields}",
        "a new plan lacks {fields}",
    ),
    "import.register.created": ("uusi suunnitelma {path}", "new plan {path}"),
    "import.register.updated": ("päivitetty {path}", "updated {path}"),
    "import.register.need_added": (
        "{path}: lisätty tarve '{need}'",
        "{path}: added the need '{need}'",
    ),
    "import.register.need_exists": (
        "{path}: tarve '{need}' on jo suunnitelmassa",
        "{path}: the need '{need}' is already in the plan",
    ),
    "import.register.unchanged": ("ei muutoksia: {path}", "no changes: {path}"),
    "import.register.broken": (
        "{path} ei lataudu, joten sitä ei muutettu; korjaa se ensin (asiakkuus validate).",
        "{path} does not load, so it was not changed; fix it first (asiakkuus validate).",
    ),
    "import.register.total": (
        "{created} uutta, {updated} päivitettyä, {skipped} riviä ohitettu.",
        "{created} new, {updated} updated, {skipped} rows skipped.",
    ),
    # --- Excel out ---
    "xlsx.needs_out": (
        "--format xlsx kirjoittaa tiedoston: anna myös -o TIEDOSTO.xlsx",
        "--format xlsx writes a file: give -o FILE.xlsx as well",
    ),
    "xlsx.written": ("kirjoitettu {path}", "wrote {path}"),
    "xlsx.info": ("Tiedot", "About"),
    "xlsx.part.needs.needs": ("Tarpeet", "Needs"),
    "xlsx.col.needs.customer": ("Asiakas", "Customer"),
    "xlsx.col.needs.need": ("Tarve", "Need"),
    "xlsx.col.needs.observed": ("Havaittu", "Observed"),
    "xlsx.col.needs.budgeted": ("Budjetoitu", "Budgeted"),
    "xlsx.col.needs.fits_environment": ("Sopii ympäristöön", "Fits the environment"),
    "xlsx.col.needs.decision": ("Päätös", "Decision"),
    "xlsx.col.needs.tags": ("Tunnisteet", "Tags"),
    "help.reports.out": (
        "Kirjoita tiedostoon (xlsx-muodossa pakollinen).",
        "Write to this file (required with --format xlsx).",
    ),
    # --- help ---
    "help.import": (
        "Tuo hoitosuunnitelmia Word-asiakirjoista ja asiakastietoja Excelistä tai CSV:stä.",
        "Import care plans from Word documents and customer data from Excel or CSV.",
    ),
    "help.import.docx": (
        "Hoitosuunnitelmat Word-pohjasta (liite 4) tiedostoiksi data/customers/<tunnus>.yaml.",
        "Care plans in the Word template (appendix 4) into data/customers/<id>.yaml.",
    ),
    "help.import.files": ("Tuotavat .docx-tiedostot.", "The .docx files to import."),
    "help.import.dry_run": (
        "Tulosta YAML, älä kirjoita mitään.",
        "Print the YAML, write nothing.",
    ),
    "help.import.force": (
        "Korvaa olemassa oleva suunnitelma (muutokset näytetään ensin).",
        "Replace an existing plan (the changes are shown first).",
    ),
    "help.import.id": (
        "Suunnitelman tunnus (vain yhdelle tiedostolle).",
        "The plan's id (one file only).",
    ),
    "help.import.add_people": (
        "Lisää tuntemattomat henkilöt people.yaml-tiedostoon.",
        "Add unknown people to people.yaml.",
    ),
    "help.import.xlsx": (
        "Asiakasrekisteri tai tarvelista Excelistä (.xlsx) tai CSV:stä: uudet suunnitelmat, päivitetyt kentät, uudet tarpeet.",
        "A customer register or needs list from Excel (.xlsx) or CSV: new plans, updated fields, new needs.",
    ),
    "help.import.csv": (
        "Sama kuin xlsx, CSV-tiedostolle (; tai , erottimena).",
        "The same as xlsx, for a CSV file (; or , as separator).",
    ),
    "help.import.file": ("Tuotava tiedosto.", "The file to import."),
    "help.import.sheet": (
        "Työkirjan taulukko (oletus: ensimmäinen).",
        "The workbook's sheet (default: the first).",
    ),
}
