"""Every rule's `Fails:` and `Passes:` examples, run through the engine.

Like sqlfluff's YAML rule fixtures: the examples that `asiakkuus rules` and
docs/rules.md show are test cases. A Fails example must produce the rule's code,
a Passes example must not (other codes may appear: an example shows one rule).

An example is a fragment applied to a small valid base repository (`BASE`: the
organisation, the people, the plan `vapaa-aika` and the roster `kirjasto` that
belongs to it; clean on 2026-11-26). docs/development.md, "Adding a rule", says
how a fragment is applied; `apply` below is that definition.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest

from asiakkuus_cli.rules import all_rules

from .conftest import ORGANISATION, PEOPLE, TODAY, Repo
from .test_rules_rosters import LINKED_PLAN, ROSTER

PLAN_FILE = "data/customers/vapaa-aika.yaml"
ROSTER_FILE = "data/projects/kirjasto.yaml"
BASE = {
    "data/organisation.yaml": ORGANISATION,
    "data/people.yaml": PEOPLE,
    PLAN_FILE: LINKED_PLAN,
    ROSTER_FILE: ROSTER,
}
#: A new file in these folders starts as a copy of the base file of its kind.
KINDS = {"data/customers/": PLAN_FILE, "data/projects/": ROSTER_FILE}
#: Where a fragment without a `# data/...` header goes: the file its family reports on.
DEFAULT_FILE = {"P": ROSTER_FILE}

_HEADER = re.compile(r"# (data/[\w./-]+\.yaml)[ \t]*$")
_DIRECTIVE = re.compile(r"# --(today|encoding) (\S+)[ \t]*$")
_TOP_KEY = re.compile(r"([^\s#\-][^:]*):(?:\s|$)")
#: A comment that starts like a header or a directive but is not one: a mistake in an
#: example (its section would silently go to the previous file).
_NEAR_MISS = re.compile(r"# (data/|--)")


@dataclass
class Section:
    file: str
    lines: list[str] = field(default_factory=list)
    encoding: str = "utf-8"


@dataclass
class Fragment:
    today: date
    sections: list[Section]


def parse(fragment: str, code: str) -> Fragment:
    """Split an example into its `--today` and its file sections."""
    today = TODAY
    current = Section(DEFAULT_FILE.get(code[0], PLAN_FILE))
    sections = [current]
    for line in fragment.splitlines():
        if m := _DIRECTIVE.match(line):
            if m[1] == "today":
                today = date.fromisoformat(m[2])
            else:
                current.encoding = m[2]
        elif m := _HEADER.match(line):
            current = Section(m[1])
            sections.append(current)
        elif _NEAR_MISS.match(line):
            raise ValueError(f"{code}: not a section header or a directive: {line!r}")
        else:
            current.lines.append(line)
    return Fragment(today, [s for s in sections if s.lines or s.encoding != "utf-8"])


def blocks(text: str) -> list[tuple[str | None, list[str]]]:
    """The top-level entries of a YAML text as (key, lines); lines before the first key
    have the key None. Works on text that is not valid YAML, as the S examples are."""
    out: list[tuple[str | None, list[str]]] = [(None, [])]
    for line in text.splitlines():
        if m := _TOP_KEY.match(line):
            out.append((m[1], [line]))
        else:
            out[-1][1].append(line)
    return [b for b in out if b[0] is not None or b[1]]


def merge(base: str, section: str) -> str:
    """The base file with each top-level key of the section in place of the base's entry
    of that key (every occurrence of it, so a duplicate stays a duplicate), new keys
    appended, and lines before the section's first key put first."""
    new = blocks(section)
    by_key: dict[str | None, list[str]] = {}
    for key, lines in new:
        by_key.setdefault(key, []).extend(lines)
    out = list(by_key.pop(None, []))
    for key, lines in blocks(base):
        if key in by_key:
            out += by_key.pop(key)
        elif key not in {k for k, _ in new}:
            out += lines
    for key, _ in new:
        if key in by_key:
            out += by_key.pop(key)
    return "\n".join(out) + "\n"


def apply(root: Path, fragment: str, code: str) -> date:
    """Write the base repository with the fragment applied; return the run's today."""
    parsed = parse(fragment, code)
    files = dict(BASE)
    encodings: dict[str, str] = {}
    for s in parsed.sections:
        base = files.get(s.file)
        if base is None:
            kind = next((f for d, f in KINDS.items() if s.file.startswith(d)), None)
            base = merge(BASE[kind], f"id: {Path(s.file).stem}") if kind else ""
        files[s.file] = merge(base, "\n".join(s.lines))
        encodings[s.file] = s.encoding
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode(encodings.get(rel, "utf-8")))
    return parsed.today


def codes_of(repo: Repo, fragment: str, code: str) -> set[str]:
    today = apply(repo.root, fragment, code)
    return {f.code for f in repo.check("en", today=today).findings}


CASES = [(code, kind) for code in sorted(all_rules()) for kind in ("fails", "passes")]


@pytest.mark.parametrize(("code", "kind"), CASES, ids=[f"{c}-{k}" for c, k in CASES])
def test_example(repo: Repo, code: str, kind: str) -> None:
    fragment = getattr(all_rules()[code].examples, kind)
    assert fragment.strip(), f"{code} has no {kind.capitalize()}: example"
    found = codes_of(repo, fragment, code)
    assert (code in found) == (kind == "fails"), sorted(found)


def test_the_base_repository_is_clean(repo: Repo) -> None:
    assert codes_of(repo, "", "C001") == set()


def test_a_key_replaces_the_base_entry_in_place_and_a_new_key_is_appended() -> None:
    base = "id: a\nname: A\nlist:\n  - 1\nend: 1\n"
    assert merge(base, "list: []\nextra: 2") == "id: a\nname: A\nlist: []\nend: 1\nextra: 2\n"


def test_a_duplicate_key_of_the_fragment_stays_a_duplicate() -> None:
    assert merge("id: a\nname: A\nend: 1\n", "name: B\nname: C") == (
        "id: a\nname: B\nname: C\nend: 1\n"
    )


def test_sections_directives_and_the_family_default(repo: Repo) -> None:
    fragment = (
        "# --today 2027-01-02\nstatus: closed\n# data/people.yaml\npeople: []\n"
        "# data/customers/satama.yaml\n# --encoding latin-1\nname: Ä\n"
    )
    parsed = parse(fragment, "P001")
    assert parsed.today == date(2027, 1, 2)
    assert [(s.file, s.lines, s.encoding) for s in parsed.sections] == [
        (ROSTER_FILE, ["status: closed"], "utf-8"),
        ("data/people.yaml", ["people: []"], "utf-8"),
        ("data/customers/satama.yaml", ["name: Ä"], "latin-1"),
    ]
    apply(repo.root, fragment, "P001")
    satama = (repo.root / "data/customers/satama.yaml").read_bytes().decode("latin-1")
    assert satama.startswith("id: satama\nname: Ä\ntype: division\n")


def test_a_new_file_outside_customers_and_projects_holds_only_its_section(repo: Repo) -> None:
    fragment = (
        "# data/meetings/vapaa-aika/2026-05-12.yaml\ndate: 2026-05-12\n"
        "# data/sources.yaml\nsources: []\n"
    )
    apply(repo.root, fragment, "M004")
    assert (repo.root / "data/meetings/vapaa-aika/2026-05-12.yaml").read_text() == (
        "date: 2026-05-12\n"
    )
    assert (repo.root / "data/sources.yaml").read_text() == "sources: []\n"


@pytest.mark.parametrize(
    "line", ["# data/meetings/a/2026-01-20.yaml, and nothing for May", "# --today soon later"]
)
def test_a_comment_that_looks_like_a_header_is_refused(line: str) -> None:
    with pytest.raises(ValueError, match="not a section header or a directive"):
        parse(f"{line}\ndate: 2026-01-20", "M001")
