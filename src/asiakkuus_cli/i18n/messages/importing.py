"""`asiakkuus import` (Word and Excel in) and `--format xlsx` (Excel out)."""

MESSAGES: dict[str, tuple[str, str]] = {
    # --- the optional extra ---
    "importing.missing_extra": (
        "Tähän tarvitaan kirjasto {package}, jota ei ole asennettu. Asenna tuonnin lisäosa: pip install '{extra}'",
        "This needs the library {package}, which is not installed. Install the import extra: pip install '{extra}'",
    ),
    # --- files that cannot be read ---
    "importing.file.error": ("{path}: {problem}", "{path}: {problem}"),
    "importing.file.not_file": ("ei ole tavallinen tiedosto.", "is not a regular file."),
    "importing.file.huge": (
        "tiedosto on liian suuri ({size} MiB; raja {limit} MiB). Poista kuvat tai jaa tiedosto.",
        "the file is too large ({size} MiB; limit {limit} MiB). Remove pictures or split the file.",
    ),
    "importing.file.rows": (
        "taulukossa on yli {limit} riviä; jaa se osiin.",
        "the sheet has more than {limit} rows; split it.",
    ),
    "importing.file.unreadable": (
        "tiedostoa ei voi lukea: {detail}",
        "the file cannot be read: {detail}",
    ),
    "importing.file.encrypted": (
        "tiedosto on suojattu salasanalla. Poista suojaus Wordissa tai Excelissä (Tiedosto → Tiedot → Suojaa) ja tallenna uudelleen.",
        "the file is password-protected. Remove the protection in Word or Excel (File → Info → Protect) and save it again.",
    ),
    "importing.file.old_docx": (
        "tiedosto on vanhaa Word-muotoa (.doc). Avaa se Wordissa ja tallenna muodossa Word-asiakirja (.docx).",
        "the file is in the old Word format (.doc). Open it in Word and save it as a Word Document (.docx).",
    ),
    "importing.file.old_xlsx": (
        "tiedosto on vanhaa Excel-muotoa (.xls). Avaa se Excelissä ja tallenna muodossa Excel-työkirja (.xlsx) tai CSV.",
        "the file is in the old Excel format (.xls). Open it in Excel and save it as an Excel Workbook (.xlsx) or CSV.",
    ),
    "importing.file.not_docx": (
        "tiedosto ei ole Word-asiakirja (.docx).",
        "the file is not a Word document (.docx).",
    ),
    "importing.file.not_xlsx": (
        "tiedosto ei ole Excel-työkirja (.xlsx).",
        "the file is not an Excel workbook (.xlsx).",
    ),
    "importing.file.bomb": (
        "tiedosto purkautuisi moninkertaiseksi kokoonsa (zip-pommi), joten sitä ei avattu.",
        "the file would unpack to many times its size (a zip bomb), so it was not opened.",
    ),
    "importing.file.corrupt": (
        "tiedosto on vioittunut eikä sitä voi lukea ({detail}). Avaa ja tallenna se uudelleen.",
        "the file is damaged and cannot be read ({detail}). Open and save it again.",
    ),
    "importing.file.not_csv": (
        "tiedosto ei ole UTF-8- tai Windows-1252-merkistöistä tekstiä (CSV).",
        "the file is not text in UTF-8 or Windows-1252 (CSV).",
    ),
    "importing.file.no_sheet": (
        "työkirjassa ei ole taulukkoa '{sheet}'; taulukot: {sheets}",
        "the workbook has no sheet '{sheet}'; sheets: {sheets}",
    ),
    "importing.file.unknown_kind": (
        "sarakkeista ei tunnistettu asiakasrekisteriä eikä tarvelistaa. Otsikkorivillä tarvitaan esimerkiksi 'Asiakas' ja 'Veloitukset vuodessa' tai 'Asiakas', 'Tarve' ja 'Tarve havaittu'. Otsikot: {found}",
        "the columns are neither a customer register nor a needs list. The header row needs for example 'Asiakas' (customer) and 'Veloitukset vuodessa' (annual charges), or 'Asiakas', 'Tarve' (need) and 'Tarve havaittu' (observed). Headers: {found}",
    ),
    "importing.file.suffix": (
        "tiedostopääte ei ole .xlsx, .xlsm eikä .csv.",
        "the file name does not end in .xlsx, .xlsm or .csv.",
    ),
    # --- comments in the written plan (after `# tuonti:`) ---
    "importing.guess.ambiguous": (
        "nimi '{name}' sopii useaan henkilöön; valittu ensimmäinen, muut: {others}",
        "the name '{name}' fits several people; the first was chosen, others: {others}",
    ),
    "importing.guess.initials": (
        "'{name}' tulkittu henkilöksi {person}",
        "'{name}' read as {person}",
    ),
    "importing.guess.new_person": (
        "'{name}' ei ole people.yaml:ssa; ehdotettu uudeksi henkilöksi",
        "'{name}' is not in people.yaml; proposed as a new person",
    ),
    "importing.guess.number": ("luettu tekstistä '{value}'", "read from the text '{value}'"),
    "importing.guess.month": (
        "kuukausi tulkittu tekstistä '{value}'",
        "month read from the text '{value}'",
    ),
    "importing.guess.growth": (
        "päätelty tekstistä '{value}'",
        "inferred from the text '{value}'",
    ),
    "importing.guess.type_from_segment": (
        "organisaatiomuoto päätelty segmentin kentästä '{value}'",
        "organisation type inferred from the segment field '{value}'",
    ),
    "importing.guess.potential_text": (
        "potentiaaliarvoa (1–10) ei löytynyt; teksti otettu huomioksi",
        "no potential score (1–10) found; the text was kept as the note",
    ),
    "importing.guess.name_from_file": (
        "asiakkaan nimeä ei löytynyt; nimi otettu tiedoston nimestä",
        "no customer name found; the name was taken from the file name",
    ),
    "importing.unread.date": (
        "'{value}' ei ole päivämäärä; korjaa muotoon 15.1.2026",
        "'{value}' is not a date; correct it to 15.1.2026",
    ),
    "importing.unread.money": (
        "'{value}' ei ole rahasumma; korjaa muotoon 280 000 €",
        "'{value}' is not an amount of money; correct it to 280 000 €",
    ),
    "importing.unread.number": (
        "'{value}' ei ole kokonaisluku; korjaa",
        "'{value}' is not a whole number; correct it",
    ),
    "importing.unread.bool": (
        "'{value}' ei ole KYLLÄ tai EI; korjaa",
        "'{value}' is not yes (KYLLÄ) or no (EI); correct it",
    ),
    "importing.unread.month": (
        "'{value}' ei ole kuukausi eikä päivämäärä; korjaa",
        "'{value}' is neither a month nor a date; correct it",
    ),
    "importing.unread.maintenance": (
        "ylläpito '{value}' ei ole IT eikä ulkoinen; valitse it tai external",
        "maintenance '{value}' is neither IT nor external; choose it or external",
    ),
    "importing.unread.type": (
        "organisaatiomuotoa '{value}' ei tunnistettu; täydennä (division, service_centre, municipal_enterprise, regional, company, foundation)",
        "the organisation type '{value}' was not recognised; complete it (division, service_centre, municipal_enterprise, regional, company, foundation)",
    ),
    "importing.info.no_it": (
        "IT:n edustus: {value}",
        "IT representation: {value}",
    ),
    "importing.missing": (
        "puuttuu asiakirjasta; täydennä",
        "missing from the document; complete it",
    ),
    "importing.missing_segment": (
        "segmenttiä ei tunnistettu ('{value}'); täydennä segmentin tunnus organisation.yaml:sta",
        "the segment was not recognised ('{value}'); complete it with a segment id of organisation.yaml",
    ),
    "importing.missing_type": (
        "organisaatiomuoto puuttuu; täydennä (division, service_centre, municipal_enterprise, regional, company, foundation)",
        "the organisation type is missing; complete it (division, service_centre, municipal_enterprise, regional, company, foundation)",
    ),
    # --- sections, as `notes` names them ---
    "importing.section.header": ("Otsikkotiedot", "Header"),
    "importing.section.header_part": ("Ylätunniste", "Page header"),
    "importing.section.projects": ("Kehittämishankkeet", "Development projects"),
    "importing.section.critical_systems": ("Kriittiset palvelut", "Critical systems"),
    "importing.section.calendar": ("Toistuvat tapahtumat", "Recurring events"),
    "importing.section.needs": ("Pienkehitystarpeet", "Small needs"),
    "importing.section.marketing": ("Markkinointitoimet", "Marketing"),
    "importing.section.agreements": ("Sovitut asiat", "Agreements"),
    "importing.section.notes": ("Muistiinpanot", "Notes"),
    # --- what the command prints ---
    "importing.summary": (
        "{source} → {target}: {mapped} kenttää luettu, {guessed} arvattu (# tuonti), {notes} tekstiä huomioihin",
        "{source} → {target}: {mapped} fields read, {guessed} guessed (# tuonti), {notes} texts put in notes",
    ),
    "importing.exists": (
        "{path} on jo olemassa; sitä ei korvattu. Käytä --force korvataksesi (muutokset näytetään ensin).",
        "{path} already exists; it was not replaced. Use --force to replace it (the changes are shown first).",
    ),
    "importing.diff.title": ("Muutokset tiedostoon {path}:", "Changes to {path}:"),
    "importing.diff.none": ("Ei muutoksia tiedostoon {path}.", "No changes to {path}."),
    "importing.diff.unreadable": (
        "{path}: vanhaa tai uutta versiota ei voi verrata, koska se ei lataudu.",
        "{path}: the old or the new version cannot be compared because it does not load.",
    ),
    "importing.complete": (
        "{path}: täydennä nämä, jotta suunnitelma läpäisee tarkistuksen:",
        "{path}: complete these for the plan to pass validation:",
    ),
    "importing.people.add": (
        "Lisää nämä henkilöt tiedostoon {path} (tai aja uudelleen valitsimella --add-people):",
        "Add these people to {path} (or run again with --add-people):",
    ),
    "importing.people.added": (
        "lisätty {n} henkilöä tiedostoon {path}",
        "added {n} people to {path}",
    ),
    "importing.people.unwritable": (
        "{path} ei lataudu, joten henkilöitä ei lisätty siihen; lisää ne käsin:",
        "{path} does not load, so the people were not added to it; add them by hand:",
    ),
    "importing.id_many": (
        "--id sopii vain yhden tiedoston tuontiin.",
        "--id works only when importing one file.",
    ),
    "importing.id_bad": (
        "tunnus '{value}' ei kelpaa: pieniä kirjaimia a–z, numeroita ja viivoja, enintään 64 merkkiä.",
        "the id '{value}' is not valid: lowercase letters a–z, digits and hyphens, at most 64 characters.",
    ),
    "importing.same_id": (
        "{source}: tunnus {id} on jo toisella tämän erän tiedostolla; anna --id tai muuta asiakkaan nimeä.",
        "{source}: the id {id} already belongs to another file of this batch; give --id or change the customer's name.",
    ),
    "importing.total": (
        "Tuotu {ok}/{total} tiedostoa; {failed} ei voitu lukea, {incomplete} vaatii täydennystä.",
        "Imported {ok} of {total} files; {failed} could not be read, {incomplete} need completing.",
    ),
    "importing.dry_run": ("(kokeiluajo: mitään ei kirjoitettu)", "(dry run: nothing was written)"),
    # --- registers and needs lists ---
    "importing.register.kind.register": ("asiakasrekisteri", "customer register"),
    "importing.register.kind.needs": ("tarvelista", "needs list"),
    "importing.register.read": (
        "{source} ({sheet}): {kind}, {rows} riviä",
        "{source} ({sheet}): {kind}, {rows} rows",
    ),
    "importing.register.row_skipped": (
        "{source} rivi {row}: {problem}; rivi ohitettu",
        "{source} row {row}: {problem}; row skipped",
    ),
    "importing.register.no_customer": (
        "asiakasta '{value}' ei löydy (ei tunnusta eikä nimeä)",
        "no customer '{value}' (neither by id nor by name)",
    ),
    "importing.register.bad_value": (
        "sarakkeen '{column}' arvo '{value}' ei kelpaa",
        "the value '{value}' of the column '{column}' is not valid",
    ),
    "importing.register.created": ("uusi suunnitelma {path}", "new plan {path}"),
    "importing.register.updated": ("päivitetty {path}", "updated {path}"),
    "importing.register.need_added": (
        "{path}: lisätty tarve '{need}'",
        "{path}: added the need '{need}'",
    ),
    "importing.register.need_exists": (
        "{path}: tarve '{need}' on jo suunnitelmassa",
        "{path}: the need '{need}' is already in the plan",
    ),
    "importing.register.broken": (
        "{path} ei lataudu, joten sitä ei muutettu; korjaa se ensin (asiakkuus validate).",
        "{path} does not load, so it was not changed; fix it first (asiakkuus validate).",
    ),
    "importing.register.total": (
        "{created} uutta, {updated} päivitettyä, {skipped} riviä ohitettu.",
        "{created} new, {updated} updated, {skipped} rows skipped.",
    ),
}
