"""Messages of the git workflow commands (touch, fmt, new, init, schema) and schema descriptions."""

MESSAGES: dict[str, tuple[str, str]] = {
    # --- help texts ---
    # --- plan touch ---
    "workflow.unknown_customer": (
        "Asiakasta '{id}' ei löydy (data/customers/{id}.yaml).{close}",
        "No customer '{id}' (data/customers/{id}.yaml).{close}",
    ),
    "workflow.did_you_mean": (" Tarkoititko: {ids}?", " Did you mean: {ids}?"),
    "workflow.touched": (
        "{path}: updated = {date}",
        "{path}: updated = {date}",
    ),
    "workflow.touch.unchanged": (
        "{path}: updated on jo {date}; tiedostoa ei muutettu.",
        "{path}: updated is already {date}; the file was not changed.",
    ),
    "workflow.touch.complex": (
        "Kentän 'updated' arvo on monirivinen tai rakenne; korjaa se käsin päivämääräksi.",
        "The value of 'updated' spans lines or is a structure; fix it by hand to a date.",
    ),
    "workflow.touch.not_mapping": (
        "Tiedosto ei ole kenttäluettelo (nimi: arvo).",
        "The file is not a list of fields (name: value).",
    ),
    "workflow.broken": (
        "{path} ei lataudu, joten sitä ei muutettu. Korjaa ensin nämä:",
        "{path} does not load, so it was left untouched. Fix these first:",
    ),
    # --- fmt ---
    "workflow.fmt.meaning": (
        "Vakiomuotoon kirjoittaminen muuttaisi tiedoston sisältöä, joten sitä ei muutettu. Ilmoita tästä virheestä.",
        "Formatting would change what the file means, so it was left untouched. Please report this bug.",
    ),
    "workflow.fmt.unstable": (
        "Vakiomuoto ei asetu yhdellä kierroksella, joten tiedostoa ei muutettu. Ilmoita tästä virheestä.",
        "The canonical form does not settle in one pass, so the file was left untouched. Please report this bug.",
    ),
    "workflow.fmt.would_change": ("muuttuisi: {path}", "would change: {path}"),
    "workflow.fmt.changed": ("muotoiltu: {path}", "formatted: {path}"),
    "workflow.fmt.refused": ("{path}: {reason}", "{path}: {reason}"),
    "workflow.fmt.summary": (
        "{files} tiedostoa, {changed} muutettu, {failed} ei käsitelty.",
        "{files} files, {changed} changed, {failed} not handled.",
    ),
    "workflow.fmt.check_summary": (
        "{files} tiedostoa, {changed} muuttuisi, {failed} ei käsitelty.",
        "{files} files, {changed} would change, {failed} not handled.",
    ),
    "workflow.fmt.not_data": (
        "{path} ei ole datatiedosto (data/organisation.yaml, data/people.yaml, data/customers/*.yaml, data/projects/*.yaml).",
        "{path} is not a data file (data/organisation.yaml, data/people.yaml, data/customers/*.yaml, data/projects/*.yaml).",
    ),
    # --- new ---
    "workflow.bad_id": (
        "Tunnus '{id}' ei kelpaa: käytä pieniä kirjaimia a–z, numeroita ja '-' (1–64 merkkiä), esim. 'vapaa-aika'.",
        "The id '{id}' is not valid: use lowercase a–z, digits and '-' (1–64 characters), e.g. 'vapaa-aika'.",
    ),
    "workflow.exists": (
        "Tiedosto {path} on jo olemassa; sitä ei korvata. Muokkaa sitä tai valitse toinen tunnus.",
        "The file {path} already exists; it is not overwritten. Edit it or choose another id.",
    ),
    "workflow.bad_type": (
        "Organisaatiomuoto '{value}' ei kelpaa; sallitut: {allowed}.",
        "The organisation type '{value}' is not valid; allowed: {allowed}.",
    ),
    "workflow.unknown_segment": (
        "Segmenttiä '{value}' ei ole tiedostossa data/organisation.yaml; tunnetut: {known}.",
        "No segment '{value}' in data/organisation.yaml; known: {known}.",
    ),
    "workflow.unknown_person": (
        "Henkilöä '{value}' ei ole tiedostossa data/people.yaml.{close}",
        "No person '{value}' in data/people.yaml.{close}",
    ),
    "workflow.wrong_role": (
        "{name} ({value}) ei ole IT-palveluiden {role}: lisää rooli '{role_id}' tiedostoon data/people.yaml tai valitse toinen henkilö.",
        "{name} ({value}) is not the service centre's {role}: add the role '{role_id}' in data/people.yaml or choose another person.",
    ),
    "workflow.customer_or_internal": (
        "Anna joko --customer tai --internal.",
        "Give either --customer or --internal.",
    ),
    "workflow.template_missing": (
        "Pohjaa {name} ei löydy (säilön templates/ tai ohjelman omat pohjat).",
        "The template {name} was not found (the repository's templates/ or the built-in ones).",
    ),
    "workflow.template_broken": (
        "Pohjasta {name} tehty tiedosto ei kelpaa: {detail}",
        "The file made from the template {name} is not valid: {detail}",
    ),
    "workflow.created": ("Luotu: {path}", "Created: {path}"),
    "workflow.next": ("Täydennä seuraavaksi:", "Fill in next:"),
    "workflow.next.plan": (
        "asiakkaan yhteyshenkilö (customer_contact), veloitukset (charges), henkilöstö (headcount), "
        "kehittämishankkeet (projects), kriittiset järjestelmät (critical_systems) ja pienkehitystarpeet (needs)",
        "the customer contact (customer_contact), charges, headcount, development projects (projects), "
        "critical systems (critical_systems) and small needs (needs)",
    ),
    "workflow.next.project": (
        "ohjausryhmä (board: executive, senior_users, senior_suppliers), aikataulu (start, end), budjetti (budget) "
        "ja kokouskäytäntö (meetings)",
        "the board (board: executive, senior_users, senior_suppliers), the schedule (start, end), the budget "
        "and the meeting practice (meetings)",
    ),
    "workflow.next.validate": (
        "Tarkista lopuksi: asiakkuus validate {path}",
        "Then check: asiakkuus validate {path}",
    ),
    "workflow.no_schemas": (
        "Säilössä ei ole skeemoja (schemas/); editorin tarkistukset saat komennolla: asiakkuus schema",
        "The repository has no schemas (schemas/); for editor checks run: asiakkuus schema",
    ),
    # --- schema ---
    "workflow.schema.written": ("kirjoitettu: {path}", "written: {path}"),
    "workflow.schema.current": ("ajan tasalla: {path}", "up to date: {path}"),
    # --- init ---
    "workflow.init.not_empty": (
        "Hakemisto {path} ei ole tyhjä; uusi säilö luodaan vain tyhjään tai uuteen hakemistoon.",
        "The directory {path} is not empty; a new repository is made only in an empty or new directory.",
    ),
    "workflow.init.not_dir": (
        "{path} on tiedosto, ei hakemisto.",
        "{path} is a file, not a directory.",
    ),
    "workflow.init.done": (
        "Uusi datasäilö: {path}",
        "New data repository: {path}",
    ),
    "workflow.fmt.unreadable": (
        "Muotoilija ei pysty lukemaan tiedostoa samoin kuin tarkistus (usein sarkain sisennyksessä tai kaksoispisteen jälkeen), joten sitä ei muutettu. Korvaa sarkaimet välilyönneillä.",
        "The formatter cannot read this file as the validator does (often a tab in the indentation or after a colon), so it was left untouched. Replace the tabs with spaces.",
    ),
}
