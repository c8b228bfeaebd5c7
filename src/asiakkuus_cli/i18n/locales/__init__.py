"""Further languages, one file each: `<code>.py` with `MESSAGES = {key: text}`.

A file translates any subset of the catalogue's keys; the others are shown in the
file's `FALLBACK` language. See the package `asiakkuus_cli.i18n` and the "Messages"
section of docs/development.md.
"""
