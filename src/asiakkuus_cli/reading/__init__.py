"""Reading: the one loading front door. Files -> YAML trees with positions -> models -> Repository.

`discovery` finds the repository root, `yamlio` reads YAML safely into position-keeping
trees, `loader` validates them into models and builds the Repository with its load
issues (S001-S007). May import only the core (config, errors, findings, i18n, lines,
models, repository, resources, runtime, sandbox, similar, textsafe, tree); never rules, views,
renderers, editing, git or cli (checked by `lint-imports`, docs/development.md).
"""
