"""Reading data through git: revisions that do not exist, git that cannot run."""

MESSAGES: dict[str, tuple[str, str]] = {
    "git.missing": (
        "git-komentoa ei löydy. Asenna git (https://git-scm.com) "
        "ja varmista, että se on PATH-polulla.",
        "The git command was not found. Install git (https://git-scm.com) "
        "and make sure it is on the PATH.",
    ),
    "git.not_repo": (
        "Hakemisto {root} ei ole git-säilössä ({detail}). Muutokset luetaan gitistä: "
        "aja komento git-säilön sisällä tai luo sellainen komennolla git init.",
        "The directory {root} is not in a git repository ({detail}). Changes are read from git: "
        "run the command inside a git repository, or create one with git init.",
    ),
    "git.bad_rev": (
        "Revisiota '{rev}' ei löydy gitistä. Anna haara, tagi tai commitin tunniste "
        "(esim. HEAD, main, origin/main); "
        "tyhjässä säilössä ei ole vielä yhtään committia.",
        "The revision '{rev}' does not exist in git. Give a branch, tag or commit id "
        "(e.g. HEAD, main, origin/main); "
        "an empty repository has no commits yet.",
    ),
    "git.failed": (
        "git {command} epäonnistui: {detail}",
        "git {command} failed: {detail}",
    ),
    "git.bare_refused": (
        "Hakemisto {root} ei ole git-säilössä. Hakemistossa {folder} on paljaan "
        "git-säilön tiedostot (HEAD, config, objects/, refs/); sitä ei käytetä, koska sen "
        "asetukset voisivat ajaa komentoja. Poista ne tiedostot tai aja komento oikean "
        "git-säilön sisällä.",
        "The directory {root} is not in a git repository. The folder {folder} holds the "
        "files of a bare git repository (HEAD, config, objects/, refs/); it is not used, "
        "since its settings could run commands. Remove those files, or run the command "
        "inside a real git repository.",
    ),
    "git.bare_ignored": (
        "huomautus: hakemistossa {folder} on paljaan git-säilön tiedostot (HEAD, config, "
        "objects/, refs/). Niitä ei käytetä (niiden asetukset voisivat ajaa komentoja); "
        "muutokset luetaan säilöstä {top}. Poista ne tiedostot aineistosta.",
        "note: the folder {folder} holds the files of a bare git repository (HEAD, config, "
        "objects/, refs/). They are not used (their settings could run commands); changes "
        "are read from the repository {top}. Remove those files from the data.",
    ),
    "git.object_missing": (
        "git-objektia {oid} ei ole paikallisessa säilössä (osittainen tai matala klooni?). "
        "Työkalu ei lataa mitään verkosta: hae revisio ensin (esim. git fetch) tai käytä "
        "täyttä kloonia.",
        "The git object {oid} is not in the local repository (a partial or shallow clone?). "
        "The tool downloads nothing: fetch the revision first (e.g. git fetch) or use a "
        "full clone.",
    ),
}
