"""The centre's web view: a static site of every plan and roster (docs/site.md).

`pages` turns the repository and the rules' result into one view per page
(`charts` draws, `history` reads git, `ics` writes the calendar file),
`build.build_site` renders and writes them in one step, `serve` previews them.
"""
