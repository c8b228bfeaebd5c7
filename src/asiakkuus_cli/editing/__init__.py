"""Editing: everything that writes a user's files. Round-trip `fmt` and `touch` (`edit`),
comments kept with their keys (`comments`), the one atomic writer (`atomic`), `init` and
`new` (`scaffold`) and the JSON schemas (`schema`). May import reading, rules and the
core; never views, renderers, git or cli (checked by `lint-imports`).
"""
