"""Messages of `diff`, `validate --changed-since` and reading data through git."""

MESSAGES: dict[str, tuple[str, str]] = {
    # --- git problems (exit 2) ---
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
    # --- diff output ---
    "diff.worktree": ("työhakemisto", "working tree"),
    "diff.title": (
        "Muutokset aineistossa: {before} → {after}",
        "Changes in the data: {before} → {after}",
    ),
    "diff.none": ("Ei muutoksia.", "No changes."),
    "diff.summary": ("Yhteensä: {summary}", "In all: {summary}"),
    "diff.problems": (
        "Virheet muuttuneiden tiedostojen lukemisessa (korjaa ne; katso asiakkuus validate):",
        "Problems reading the changed files (fix them; see asiakkuus validate):",
    ),
    "diff.side.before": ("ennen", "before"),
    "diff.side.after": ("jälkeen", "after"),
    "diff.col.field": ("Kenttä", "Field"),
    "diff.col.before": ("Ennen", "Before"),
    "diff.col.after": ("Jälkeen", "After"),
    "diff.kind.organisation": ("Organisaatio", "Organisation"),
    "diff.kind.people": ("Henkilötiedosto", "People file"),
    "diff.kind.person": ("Henkilö", "Person"),
    "diff.kind.customer": ("Asiakas", "Customer"),
    "diff.kind.project": ("Projekti", "Project"),
    "diff.kinds.customer": ("asiakkaat", "customers"),
    "diff.kinds.project": ("projektit", "projects"),
    "diff.kinds.person": ("henkilöt", "people"),
    "diff.status.added": ("lisätty", "added"),
    "diff.status.removed": ("poistettu", "removed"),
    "diff.status.changed": ("muutettu", "changed"),
    "diff.status.renamed": ("nimetty uudelleen ({old} → {new})", "renamed ({old} → {new})"),
    "diff.status.unreadable.before": (
        "ei latautunut ennen muutosta",
        "did not load before the change",
    ),
    "diff.status.unreadable.after": (
        "ei lataudu muutoksen jälkeen",
        "does not load after the change",
    ),
    "diff.status.unreadable.both": (
        "ei lataudu ennen eikä jälkeen muutoksen",
        "does not load before or after the change",
    ),
    "diff.count.added": ("{n} lisätty", "{n} added"),
    "diff.count.removed": ("{n} poistettu", "{n} removed"),
    "diff.count.changed": ("{n} muutettu", "{n} changed"),
    "diff.count.renamed": ("{n} nimetty uudelleen", "{n} renamed"),
    "diff.count.unreadable": ("{n} ei lataudu", "{n} unreadable"),
    "diff.count.other": ("muita tiedostoja {n}", "other files: {n}"),
    # --- fixed choices in words ---
    # --- help ---
}
