"""Paths on the command line."""

MESSAGES: dict[str, tuple[str, str]] = {
    "path.outside": (
        "Polku '{path}' ei ole säilön {root} sisällä.",
        "The path '{path}' is not inside the repository {root}.",
    ),
    "path.missing": (
        "Polkua '{path}' ei ole.",
        "The path '{path}' does not exist.",
    ),
}
