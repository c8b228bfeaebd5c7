"""docs/SECURITY.md names the test of each promise; every name it gives must exist."""

from __future__ import annotations

import re

from .conftest import DEMO

_REF = re.compile(r"(tests/[\w/]+\.py)?::(test_\w+)")


def test_every_test_named_in_security_md_exists() -> None:
    text = (DEMO / "docs" / "SECURITY.md").read_text(encoding="utf-8")
    current = None
    named = []
    for match in _REF.finditer(text):
        current = match[1] or current  # `::name` continues the file named last
        assert current is not None, f"{match[0]} names no file"
        named.append((current, match[2]))
    assert len(named) > 50
    missing = [
        f"{file}::{name}"
        for file, name in named
        if not re.search(rf"^def {name}\(", (DEMO / file).read_text(encoding="utf-8"), re.M)
    ]
    assert missing == []
