"""The command line: Typer wiring only; each command calls one function."""
