"""Messages of issue 12's safeguards: git kept from running a repository's programs,
templates bounded in where they read and how long they run. The texts of odd paths in
data/ are S006's, in `rules/structure_messages.py`."""

MESSAGES: dict[str, tuple[str, str]] = {
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
MESSAGES.update(
    {
        # --- templates (exit 2) ---
        "template.folder_outside": (
            "säilön mallipohjia ei käytetä: {path} on symbolinen linkki, joka johtaa säilön "
            "ulkopuolelle, kiertää kehää tai ei johda mihinkään. Kopioi mallipohjat säilöön.",
            "the repository's templates are not used: {path} is a symbolic link that leads out "
            "of the repository, loops or leads nowhere. Copy the templates into the repository.",
        ),
        "template.recursion": (
            "Mallipohja '{name}' ei toimi: se kutsuu itseään liian syvälle (include, import "
            "tai makro).",
            "Template '{name}' failed: it calls itself too deeply (include, import or macro).",
        ),
        "template.too_large": (
            "Mallipohja '{name}' ei toimi: se tuottaa tekstiä yli rajan ({limit} merkkiä).",
            "Template '{name}' failed: it produces more text than the limit ({limit} characters).",
        ),
        "template.too_slow": (
            "Mallipohja '{name}' ei toimi: sen täyttäminen kesti yli {seconds} s.",
            "Template '{name}' failed: filling it took longer than {seconds} s.",
        ),
        "template.too_much_memory": (
            "Mallipohja '{name}' ei toimi: se tarvitsi liikaa muistia (yli {limit} Mt).",
            "Template '{name}' failed: it needed too much memory (more than {limit} MB).",
        ),
    }
)
MESSAGES.update(
    {
        "template.folder_too_large": (
            "mallipohjahakemisto {path} on liian suuri Typstille (yli {limit} tavua).",
            "the templates folder {path} is too large for Typst (more than {limit} bytes).",
        ),
    }
)
