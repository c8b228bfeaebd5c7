"""A repository's own templates (`templates/`): the safeguards of docs/SECURITY.md."""

MESSAGES: dict[str, tuple[str, str]] = {
    "template.outside": (
        "mallipohjaa '{name}' ei käytetä: se on symbolinen linkki mallipohjahakemiston "
        "ulkopuolelle.",
        "the template '{name}' is not used: it is a symbolic link that leads out of its "
        "templates folder.",
    ),
    "template.link_outside": (
        "säilön mallipohjia ei käytetä: {path} on symbolinen linkki hakemiston templates/ "
        "ulkopuolelle.",
        "the repository's templates are not used: {path} is a symbolic link that leads out "
        "of templates/.",
    ),
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
    "template.folder_too_large": (
        "mallipohjahakemisto {path} on liian suuri Typstille (yli {limit} tavua).",
        "the templates folder {path} is too large for Typst (more than {limit} bytes).",
    ),
}
