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
}
