"""The centre's web view: a static site of every plan and roster (docs/site.md).

`build.generate` makes the pages from the repository and the rules' result,
`build.write_site` writes them in one step, `serve` previews them locally.
"""
