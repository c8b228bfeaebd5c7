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
}
