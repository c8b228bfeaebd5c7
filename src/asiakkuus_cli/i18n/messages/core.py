"""Messages of loading, validation output, settings and the command line."""

MESSAGES: dict[str, tuple[str, str]] = {
    "value.yes": ("kyllä", "yes"),
    "value.no": ("ei", "no"),
    "severity.error": ("virhe", "error"),
    "severity.warning": ("varoitus", "warning"),
    "severity.info": ("huomio", "info"),
    # --- validate output ---
    "validate.summary": (
        "Tarkistettuja tiedostoja {files}: virheitä {errors}, varoituksia {warnings}, huomioita {infos}.",
        "Files checked: {files}; errors: {errors}, warnings: {warnings}, infos: {infos}.",
    ),
    "validate.clean": (
        "Tarkistettuja tiedostoja {files}: ei huomautettavaa.",
        "Files checked: {files}; nothing to report.",
    ),
    # --- problems that stop a command (exit 2 or 3) ---
    "problem.prefix": ("virhe", "error"),
    "problem.internal": (
        "sisäinen virhe ({kind}: {detail}). Tämä on ohjelmavirhe; ilmoita siitä ylläpitäjälle. Yksityiskohdat: ASIAKKUUS_DEBUG=1.",
        "internal error ({kind}: {detail}). This is a bug; please report it. Details: ASIAKKUUS_DEBUG=1.",
    ),
    "problem.os": (
        "tiedostoa tai hakemistoa {path} ei voitu käsitellä: {detail}.",
        "could not use the file or directory {path}: {detail}.",
    ),
    "root.not_found": (
        "Tästä hakemistosta tai sen yläpuolelta ei löydy asiakkuus-säilöä (asiakkuus.toml tai data/customers/). "
        "Anna polku valitsimella --root, tai luo uusi säilö komennolla: asiakkuus init HAKEMISTO",
        "No asiakkuus repository here or above (asiakkuus.toml or data/customers/). "
        "Give one with --root, or create one with: asiakkuus init DIR",
    ),
    "root.missing_dir": (
        "Hakemistoa '{path}' ei ole.",
        "The directory '{path}' does not exist.",
    ),
    "today.bad": (
        "Päivämäärä '{value}' ei kelpaa; kirjoita muodossa VVVV-KK-PP, esimerkiksi 2026-01-15.",
        "The date '{value}' is not valid; write it as YYYY-MM-DD, e.g. 2026-01-15.",
    ),
    "lang.bad": (
        "Kieli '{value}' ei ole tuettu; valitse fi tai en.",
        "Language '{value}' is not supported; choose fi or en.",
    ),
    "format.bad": (
        "Muoto '{value}' ei ole tuettu; valitse jokin näistä: {allowed}.",
        "Format '{value}' is not supported; choose one of: {allowed}.",
    ),
    "code.bad": (
        "Sääntökoodia '{value}' ei ole; katso luettelo komennolla asiakkuus rules.",
        "There is no rule code '{value}'; see the list with `asiakkuus rules`.",
    ),
    "path.outside": (
        "Polku '{path}' ei ole säilön {root} sisällä.",
        "The path '{path}' is not inside the repository {root}.",
    ),
    "path.missing": (
        "Polkua '{path}' ei ole.",
        "The path '{path}' does not exist.",
    ),
    "config.syntax": (
        "Asetustiedosto {file} ei ole kelvollista TOMLia: {detail}",
        "The settings file {file} is not valid TOML: {detail}",
    ),
    "config.unknown_key": (
        "Tuntematon asetus '{key}' tiedostossa {file}.",
        "Unknown setting '{key}' in {file}.",
    ),
    "config.bad_value": (
        "Asetuksen '{key}' arvo ei kelpaa tiedostossa {file}: {detail}",
        "The setting '{key}' in {file} has an invalid value: {detail}",
    ),
    "config.unknown_code": (
        "Tuntematon sääntökoodi '{key}' kohdassa [rules.severity] tiedostossa {file}.",
        "Unknown rule code '{key}' under [rules.severity] in {file}.",
    ),
    # --- help texts (shown by --help; language from --lang or ASIAKKUUS_LANG) ---
    "help.app": (
        "Asiakkuuksien hoitosuunnitelmat ja ohjausryhmät YAML-tiedostoina gitissä: tarkista, raportoi, tulosta.",
        "Customer care plans and steering groups as YAML files in git: validate, report, render.",
    ),
    "help.root": (
        "Säilön juurihakemisto (oletus: haetaan ylöspäin).",
        "Repository root (default: searched upward).",
    ),
    "help.lang": ("Kieli: fi tai en.", "Language: fi or en."),
    "help.today": (
        "Tämä päivä muodossa VVVV-KK-PP (testaukseen).",
        "Today as YYYY-MM-DD (for testing).",
    ),
    "help.no_color": ("Ei värejä.", "No colours."),
    "help.version": ("Näytä versio.", "Show the version."),
    "help.plan": ("Asiakkaiden hoitosuunnitelmat.", "Customer care plans."),
    "help.project": ("Projektien ohjausryhmät.", "Project steering groups."),
    "help.report": ("Raportit asiakkaiden yli.", "Reports across customers."),
    "help.validate": (
        "Tarkistaa kaikki tiedostot ja säännöt. Poistumiskoodi 1, jos virheitä löytyy.",
        "Check every file and rule. Exit code 1 when errors are found.",
    ),
    "help.validate.paths": (
        "Rajaa raportin näihin tiedostoihin tai hakemistoihin.",
        "Limit the report to these files or directories.",
    ),
    "help.validate.format": (
        "Tulostusmuoto: text eli teksti, json, github (GitHubin huomautukset) tai sarif.",
        "Output format: text, json, github (GitHub annotations) or sarif.",
    ),
    "help.validate.strict": ("Myös varoitukset ovat virheitä.", "Warnings fail too."),
    "help.validate.select": (
        "Vain nämä säännöt (koodit tai etuliitteet, pilkuin eroteltuina).",
        "Only these rules (codes or prefixes, comma-separated).",
    ),
    "help.validate.ignore": (
        "Ohita nämä säännöt (koodit tai etuliitteet, pilkuin eroteltuina).",
        "Skip these rules (codes or prefixes, comma-separated).",
    ),
}
