"""The command line: Typer wiring only; each command calls one function.

The top layer: may import every package; nothing imports it (checked by `lint-imports`).
"""
