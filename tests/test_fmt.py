"""fmt: the canonical form keeps comments and meaning, settles in one pass, leaves broken files alone."""

from __future__ import annotations

import shutil
from datetime import date
from decimal import Decimal

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from asiakkuus_cli.config import Settings
from asiakkuus_cli.editing.edit import format_text, load_model, money_text
from asiakkuus_cli.models import CustomerPlan, Project
from asiakkuus_cli.reading.loader import discover

from .conftest import DEMO, Repo

REL = "data/customers/vapaa-aika.yaml"

MESSY = """\
# Otsikko pysyy ylhäällä
name: Vapaa-aikatoimiala   # nimi
id: vapaa-aika
account_manager: liisa-laine
segment: 1
type: division
updated: 15.1.2026

# Hankkeet
projects:
    -   priority: 2
        name: Kirjasto   # tärkeä
        # budjetti arvioitu
        budget: "1500,5"
        done: KYLLÄ
charges: {change: 24000, annual: 280 000€}
needs:
  - observed: 1.2.2026
    need: Kertakirjautuminen
    budgeted: ei
"""

CANONICAL = """\
# Otsikko pysyy ylhäällä
id: vapaa-aika
name: Vapaa-aikatoimiala   # nimi
type: division
segment: 1
updated: 2026-01-15
account_manager: liisa-laine
charges: {annual: 280 000 €, change: +24 000 €}

# Hankkeet
projects:
  - name: Kirjasto       # tärkeä
    # budjetti arvioitu
    budget: 1 500,50 €
    priority: 2
    done: true
needs:
  - need: Kertakirjautuminen
    observed: 2026-02-01
    budgeted: false
"""


def fmt(text: str, rel: str = REL, model: type = CustomerPlan) -> str:
    return format_text(rel, text, Settings(), model).text


def test_canonical_form() -> None:
    assert fmt(MESSY) == CANONICAL


def test_fmt_is_idempotent_and_keeps_meaning() -> None:
    once = fmt(MESSY)
    assert fmt(once) == once
    s = Settings()
    assert load_model(REL, once, s, CustomerPlan) == load_model(REL, MESSY, s, CustomerPlan)


def test_money_forms() -> None:
    assert money_text(Decimal(280000)) == "280 000 €"
    assert money_text(Decimal("-1500.5")) == "-1 500,50 €"
    assert money_text(Decimal(24000), signed=True) == "+24 000 €"
    assert money_text(Decimal(0), signed=True) == "0 €"
    assert money_text(Decimal("999.125")) == "999,125 €"


def test_multiline_text_kept_verbatim() -> None:
    text = "notes: |\n  # ei kommentti\n      sisennetty\n" + CANONICAL
    out = fmt(text)
    assert "notes: |\n  # ei kommentti\n      sisennetty\n" in out
    assert (
        load_model(REL, out, Settings(), CustomerPlan).notes == "# ei kommentti\n    sisennetty\n"
    )


def test_demo_files_keep_meaning_and_settle(tmp_path) -> None:
    s = Settings()
    for rel in discover(DEMO):
        text = (DEMO / rel).read_text(encoding="utf-8")
        from asiakkuus_cli.editing.edit import model_for

        model = model_for(rel)
        out = fmt(text, rel, model)
        assert fmt(out, rel, model) == out
        assert load_model(rel, out, s, model) == load_model(rel, text, s, model)
        assert [line for line in text.splitlines() if line.lstrip().startswith("#")] == [
            line for line in out.splitlines() if line.lstrip().startswith("#")
        ], rel


def test_check_lists_and_changes_nothing(repo: Repo, cli) -> None:
    repo.base()
    path = repo.write(REL, MESSY)
    r = cli("--root", str(repo.root), "--lang", "en", "fmt", "--check")
    assert r.exit_code == 1
    assert f"would change: {REL}" in r.output
    assert path.read_text(encoding="utf-8") == MESSY
    r = cli("--root", str(repo.root), "fmt")
    assert r.exit_code == 0, r.output
    assert path.read_text(encoding="utf-8") == CANONICAL
    assert cli("--root", str(repo.root), "fmt", "--check").exit_code == 0


def test_broken_file_untouched_and_reported(repo: Repo, cli) -> None:
    repo.base()
    broken = MESSY.replace("updated: 15.1.2026", "updated: 31.2.2026")
    path = repo.write(REL, broken)
    path.chmod(0o600)
    r = cli("--root", str(repo.root), "--lang", "en", "fmt", str(path))
    assert r.exit_code == 1
    assert "S002" in r.output
    assert path.read_text(encoding="utf-8") == broken


def test_fmt_paths_limit(repo: Repo, cli, tmp_path) -> None:
    repo.base()
    repo.write(REL, MESSY)
    other = repo.write("data/customers/muu.yaml", MESSY.replace("vapaa-aika", "muu"))
    r = cli("--root", str(repo.root), "fmt", str(repo.root / REL))
    assert r.exit_code == 0
    assert other.read_text(encoding="utf-8") == MESSY.replace("vapaa-aika", "muu")


def test_project_key_order() -> None:
    text = (
        "board:\n  senior_users: [a]\n  executive: b\nstatus: running\nproject_manager: c\n"
        "name: P\nid: p\ncustomer: x\n"
    )
    out = fmt(text, "data/projects/p.yaml", Project)
    assert out == (
        "id: p\nname: P\ncustomer: x\nstatus: running\nproject_manager: c\n"
        "board:\n  executive: b\n  senior_users: [a]\n"
    )


# --- property: generated plans in any key order and value form --------------------------------

DATES = st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31))


def date_forms(d: date) -> st.SearchStrategy[str]:
    return st.sampled_from(
        [d.isoformat(), f"{d.day}.{d.month}.{d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}"]
    )


def money_forms(n: int) -> st.SearchStrategy[object]:
    grouped = f"{abs(n):,}".replace(",", " ")
    sign = "-" if n < 0 else ""
    return st.sampled_from([n, f"{sign}{grouped} €", f"{sign}{grouped}€", f"{sign}{abs(n)},50"])


BOOLS = st.sampled_from([True, False, "kyllä", "EI", "Yes", "no"])
TEXT = st.text(alphabet="abcdefghijkäö ABC-.,", min_size=1, max_size=20).filter(
    lambda s: s.strip() == s
)
MONTHS = st.sampled_from([3, "toukokuu", "May", "2027-05", "Syyskuu"])


@st.composite
def plans(draw: st.DrawFn) -> dict[str, object]:
    plan: dict[str, object] = {
        "id": "vapaa-aika",
        "name": draw(TEXT),
        "type": draw(st.sampled_from(["division", "company", "foundation"])),
        "segment": draw(st.sampled_from([1, 2, "hyvinvointi"])),
        "updated": draw(DATES.flatmap(date_forms)),
        "account_manager": "liisa-laine",
    }
    if draw(st.booleans()):
        plan["direct"] = draw(BOOLS)
    if draw(st.booleans()):
        plan["charges"] = {
            "annual": draw(st.integers(0, 10**7).flatmap(money_forms)),
            "change": draw(st.integers(-(10**6), 10**6).flatmap(money_forms)),
        }
    if draw(st.booleans()):
        plan["projects"] = [
            {
                "name": draw(TEXT),
                "start": draw(DATES.flatmap(date_forms)),
                "budget": draw(st.integers(0, 10**6).flatmap(money_forms)),
                "priority": draw(st.integers(1, 5)),
                "done": draw(BOOLS),
            }
            for _ in range(draw(st.integers(1, 3)))
        ]
    if draw(st.booleans()):
        plan["critical_systems"] = [
            {"name": draw(TEXT), "next_update": draw(st.one_of(MONTHS, DATES.flatmap(date_forms)))}
        ]
    if draw(st.booleans()):
        plan["needs"] = [
            {
                "need": draw(TEXT),
                "observed": draw(DATES.flatmap(date_forms)),
                "budgeted": draw(BOOLS),
                "tags": ["a", "b"],
            }
        ]
    shuffled = draw(st.permutations(list(plan)))
    return {k: _shuffle(draw, plan[k]) for k in shuffled}


def _shuffle(draw: st.DrawFn, value: object) -> object:
    if isinstance(value, dict):
        return {k: value[k] for k in draw(st.permutations(list(value)))}
    if isinstance(value, list):
        return [_shuffle(draw, v) for v in value]
    return value


def to_text(plan: dict[str, object], indent: int, comments: bool) -> str:
    text = yaml.safe_dump(plan, allow_unicode=True, sort_keys=False, indent=indent)
    if not comments:
        return text
    lines = []
    for i, line in enumerate(text.splitlines()):
        if not line.startswith(" ") and not line.startswith("-"):
            lines.append(f"# kommentti {i}")
        lines.append(line)
    return "\n".join(lines) + "\n"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plans(), st.sampled_from([2, 4]), st.booleans())
def test_property_fmt_keeps_meaning_and_is_idempotent(plan, indent, comments) -> None:
    text = to_text(plan, indent, comments)
    s = Settings()
    before = load_model(REL, text, s, CustomerPlan)
    out = fmt(text)
    assert load_model(REL, out, s, CustomerPlan) == before
    assert fmt(out) == out
    if comments:
        assert sorted(line for line in text.splitlines() if line.startswith("# ")) == sorted(
            line.strip() for line in out.splitlines() if line.strip().startswith("# ")
        )
    keys = [line.split(":")[0] for line in out.splitlines() if line[:1].isalpha()]
    order = list(CustomerPlan.model_fields)
    assert keys == sorted(keys, key=order.index)


def test_demo_copy_fmt_then_validate(tmp_path, cli) -> None:
    root = tmp_path / "demo"
    shutil.copytree(DEMO / "data", root / "data")
    r = cli("--root", str(root), "fmt")
    assert r.exit_code == 0, r.output
    assert cli("--root", str(root), "fmt", "--check").exit_code == 0
    r = cli("--root", str(root), "--today", "2026-11-26", "validate")
    assert r.exit_code == 0, r.output


# --- issue 12 items 3 and 4: comments fmt must keep, with their keys -------------------------

BASE = (
    "id: vapaa-aika\nname: V\ntype: division\nsegment: 1\nupdated: 2026-11-01\n"
    "account_manager: liisa-laine\n"
)


def test_comments_above_start_and_after_end_marker_kept() -> None:
    text = (
        "# yaml-language-server: $schema=../../schemas/customer.schema.json\n"
        "%YAML 1.2\n---  # alku\n" + BASE.replace("2026-11-01", "1.11.2026") + "...\n# loppu\n"
    )
    assert fmt(text) == text.replace("1.11.2026", "2026-11-01")


def test_comment_inside_a_multiline_flow_list_refused(repo: Repo, cli) -> None:
    """ruamel drops it: fmt leaves the file alone, exit 1, and says why in both languages."""
    repo.base()
    text = BASE + "needs:\n  - need: x\n    observed: 2026-01-01\n    tags: [a,  # sso\n      b]\n"
    path = repo.write(REL, text)
    r = cli("--root", str(repo.root), "--lang", "en", "fmt")
    assert r.exit_code == 1
    assert "The comment on line 10 (# sso) is inside a [..] or {..} list" in r.stderr
    assert "needs[0].tags" in r.stderr
    r = cli("--root", str(repo.root), "--lang", "fi", "fmt")
    assert "Rivin 10 kommentti (# sso) on usealle riville jaetun" in r.stderr
    assert path.read_text(encoding="utf-8") == text


def test_a_comment_moves_with_the_first_key_of_a_nested_mapping(repo: Repo, cli) -> None:
    """An ignore comment above the first key stayed put while the key moved (finding + S008)."""
    repo.base()
    text = BASE + (
        "projects:\n  # asiakkuus: ignore[R001]\n  - manager: pekka-vaara\n    name: X\n"
        "charges:\n  # muutos arvioitu\n  change: 1\n  annual: 2\n"
    )
    path = repo.write(REL, text)
    assert repo.found() == [("C010", 1, 1), ("C003", 9, 5)]
    r = cli("--root", str(repo.root), "fmt")
    assert r.exit_code == 0, r.output
    assert path.read_text(encoding="utf-8") == BASE + (
        "charges:\n  annual: 2 €\n  # muutos arvioitu\n  change: +1 €\n"
        "projects:\n  - name: X\n    # asiakkuus: ignore[R001]\n    manager: pekka-vaara\n"
    )
    assert repo.found() == [("C010", 1, 1), ("C003", 12, 5)]


def test_file_header_stays_and_ignore_comment_goes_with_the_first_key() -> None:
    text = "# Otsikko\n# asiakkuus: ignore[S]\nname: V\n" + BASE.replace("name: V\n", "")
    assert fmt(text) == "# Otsikko\n" + BASE.replace(
        "name: V\n", "# asiakkuus: ignore[S]\nname: V\n"
    )


def test_blank_separated_comment_stays_at_the_head_of_its_mapping() -> None:
    text = BASE + "charges:\n  # veloitukset\n\n  change: 1\n  annual: 2\n"
    assert fmt(text) == BASE + "charges:\n  # veloitukset\n\n  annual: 2 €\n  change: +1 €\n"


# --- issue 12 item 7: line breaks other than \n ---------------------------------------------


@pytest.mark.parametrize("brk", ["\r", "\r\n", "\x85", "\u2028", "\u2029"])
def test_fmt_reads_every_libyaml_line_break(brk: str) -> None:
    text = (BASE + "charges:\n  change: 1  # arvio\n  annual: 2\n").replace("\n", brk)
    assert fmt(text) == BASE + "charges:\n  annual: 2 €\n  change: +1 € # arvio\n"


def test_fmt_keeps_line_separators_inside_a_quoted_name() -> None:
    text = BASE.replace("name: V", 'name: "V\u2028W"')
    out = fmt(text)
    assert load_model(REL, out, Settings(), CustomerPlan).name == "V\u2028W"
    assert fmt(out) == out


# --- issue 13: fmt --diff -------------------------------------------------------------------


def test_diff_shows_what_would_change_and_writes_nothing(repo: Repo, cli) -> None:
    repo.base()
    text = BASE.replace("2026-11-01", "1.11.2026")
    path = repo.write(REL, text)
    r = cli("--root", str(repo.root), "--lang", "en", "--no-color", "fmt", "--diff")
    assert r.exit_code == 1
    assert r.stdout.startswith(
        f"--- a/{REL}\n+++ b/{REL}\n@@ -2,5 +2,5 @@\n name: V\n type: division\n segment: 1\n"
        "-updated: 1.11.2026\n+updated: 2026-11-01\n account_manager: liisa-laine\n"
        "3 files, 1 would change, 0 not handled.\n"
    )
    assert path.read_text(encoding="utf-8") == text


def test_diff_names_a_change_of_line_ends_only(repo: Repo, cli) -> None:
    repo.base()
    path = repo.root / REL
    path.write_bytes(PLAN_CRLF)
    r = cli("--root", str(repo.root), "--lang", "en", "fmt", "--diff", str(path))
    assert r.exit_code == 1
    assert r.stdout.startswith(f"{REL}: only the line ends or the byte order mark")
    assert path.read_bytes() == PLAN_CRLF


PLAN_CRLF = b"\xef\xbb\xbf" + BASE.replace("\n", "\r\n").encode()


@pytest.mark.parametrize("text", ["2026-13-45", "2026-02-30", "0000-00-00", "9999-99-99"])
def test_a_text_that_looks_like_an_impossible_date_stays_text(text: str) -> None:
    """Found by the mutation test: `name: 2026-13-45` made fmt exit 3 (ruamel built a date)."""
    out = fmt(CANONICAL.replace("name: ", f"name: {text}  # ", 1))
    model = load_model(REL, out, Settings(), CustomerPlan)
    assert model.name == text


MEETING_REL = "data/meetings/vapaa-aika/2026-11-16.yaml"


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("30.11.2026", "2026-11-30"),
        ("2026-11-30", "2026-11-30"),
        ("kyllä", "true"),
        ("EI", "false"),
        ("true", "true"),
    ],
)
def test_an_action_s_done_is_normalised_and_proven(written: str, canonical: str) -> None:
    """An action's `done` (a date or yes/no) takes the canonical form as `due` does,
    and the fast proof agrees with the round trip about it."""
    from asiakkuus_cli.editing.canonical import already_canonical
    from asiakkuus_cli.models import Meeting

    head = (
        "date: 2026-11-16\ncustomer: vapaa-aika\nkind: care_event\n"
        "participants: [liisa-laine]\nactions:\n  - what: Toimita\n    owner: liisa-laine\n"
    )
    text = head + f"    due: 1.12.2026\n    done: {written}\n"
    out = format_text(MEETING_REL, text, Settings(), Meeting).text
    assert out == head + f"    due: 2026-12-01\n    done: {canonical}\n"
    assert not format_text(MEETING_REL, out, Settings(), Meeting).changed
    assert already_canonical(out, Meeting)
    assert already_canonical(text.replace("1.12.2026", "2026-12-01"), Meeting) == (
        written == canonical
    )
