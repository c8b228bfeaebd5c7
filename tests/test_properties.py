"""Generated repositories: plans, rosters, people and organisations built from the
shapes of SPEC 2, with every value in one of its accepted forms, at its extremes
(dates from year 1 to 9999, 40-digit integers, `1e309`), or wild (odd scalars,
tabs, control characters, lone surrogates, typos in keys).

The promises:

- `validate --format json` and every read command exit 0 or 1, never 3, never
  a traceback, on any generated repository; the JSON report always parses;
- an odd value at any place of a clean plan is a finding, not a crash;
- the global options people type (`--today`, `calendar --from/--days`) never
  crash: a date the tool accepts (years 1900-2999) gives exit 0 or 1, one it
  refuses exit 2; a mistyped id for show/render/touch is exit 2;
- `fmt` on a file that loads succeeds, keeps the loaded model and every
  comment, and a second run changes nothing;
- `plan touch` keeps every comment and changes nothing but `updated`.
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from asiakkuus_cli.cli.app import app
from asiakkuus_cli.config import Settings
from asiakkuus_cli.reading.loader import load_repository

from .conftest import DEMO, PERSON_IDS
from .fuzzing import (
    COMMANDS,
    LANGS,
    ODD,
    READ_COMMANDS,
    RUNNER,
    TODAY,
    WILD,
    Quoted,
    Raw,
    assert_no_crash,
    comment_lines,
    examples,
    invoke,
    meaning,
    snapshot,
    to_yaml,
    validate_and_read,
    validate_json,
    write,
)

# --- values in their accepted forms ----------------------------------------------------------

NEAR = st.dates(min_value=date(2000, 1, 1), max_value=date(2035, 12, 31))
ANY_DATE = st.one_of(
    st.dates(),
    st.dates(max_value=date(1, 12, 31)),  # the ends of what a date holds: overflow
    st.dates(min_value=date(9999, 1, 1)),
)
PLAIN_TEXT = st.from_regex(r"[A-Za-zÄÖäöÅå][A-Za-zÄÖäöÅå0-9 .,()/-]{0,24}", fullmatch=True).map(
    lambda s: Raw(s.strip())
)
TEXT = st.one_of(
    PLAIN_TEXT,
    PLAIN_TEXT,
    st.builds(Quoted, st.text(max_size=40)),
    st.sampled_from([Quoted("a | b"), Quoted("<b>x</b> & {{ y }}"), Quoted("rivi\nrivi\ttab")]),
)


@st.composite
def _date(draw: st.DrawFn) -> Any:
    d = draw(st.one_of(NEAR, NEAR, ANY_DATE))
    form = draw(st.integers(0, 3))
    if form == 0:
        return Raw(d.isoformat())
    if form == 1:
        return Raw(f"{d.day}.{d.month}.{d.year:04d}")
    if form == 2:
        return Raw(f"{d.day:02d}.{d.month:02d}.{d.year:04d}")
    return Quoted(f"{d.day}.{d.month}.{d.year:04d}")


DATE = _date()
MONTH_NAMES = [
    "tammikuu",
    "Helmikuu",
    "MAALISKUU",
    "toukokuu",
    "Kesäkuu",
    "joulukuu",
    "January",
    "may",
    "DECEMBER",
]
MONTH = st.one_of(
    st.integers(1, 12),
    st.sampled_from([Raw(m) for m in MONTH_NAMES]),
    st.builds(lambda y, m: Raw(f"{y:04d}-{m:02d}"), st.integers(1, 9999), st.integers(1, 12)),
)
HUGE = st.integers(-(10**45), 10**45)
MONEY = st.one_of(
    st.integers(-(10**7), 10**7),
    HUGE,
    st.integers(0, 10**9).map(lambda n: Raw(f"{n:,} €".replace(",", " "))),
    st.integers(-(10**6), 10**6).map(lambda n: Raw(f"{n:+,}€".replace(",", " "))),
    st.decimals(-(10**6), 10**6, places=2).map(lambda d: Raw(str(d).replace(".", ","))),
    st.sampled_from([Raw("1e309"), Raw("1E-400"), Raw("9" * 60), Raw("0,001")]),
)
BOOL = st.sampled_from([True, False, Raw("kyllä"), Raw("EI"), Raw("Yes"), Raw("no")])
NONNEG = st.one_of(st.integers(0, 20), st.integers(0, 10**45))
POSITIVE = st.one_of(st.integers(1, 20), st.integers(1, 10**45))


def raw_choice(*words: str) -> st.SearchStrategy[Raw]:
    return st.sampled_from([Raw(w) for w in words])


PEOPLE = PERSON_IDS
CUSTOMERS = ["vapaa-aika", "sivistys", "satama"]
PROJECTS = ["kirjasto", "portaali"]
REF = raw_choice(*PEOPLE, "tuntematon")
REFS = st.lists(REF, max_size=3)
SEGMENT = st.sampled_from([1, 2, "hyvinvointi", 3, Raw("'1'")])
TEXTS = st.lists(TEXT, max_size=2)

# The shapes of SPEC 2: name -> (required fields, optional fields). A field is a
# strategy of its value, ("map", shape) or ("list", shape) for a nested one.
Spec = Any
SHAPES: dict[str, tuple[dict[str, Spec], dict[str, Spec]]] = {
    "organisation": (
        {
            "name": TEXT,
            "segments": st.just(
                [
                    {"id": 1, "name": Raw("Hyvinvointi")},
                    {"id": 2, "name": Raw("Sivistys"), "description": Raw("koulut")},
                    {"id": Raw("hyvinvointi"), "name": Raw("H")},
                ]
            ),
        },
        {"calendar": ("list", "event")},
    ),
    "event": (
        {"what": TEXT, "who": TEXT, "to_whom": TEXT, "month": MONTH},
        {"day": st.integers(1, 31), "where": TEXT},
    ),
    "person": (
        {"name": TEXT, "organisation": raw_choice("it", *CUSTOMERS, "muu")},
        {
            "title": TEXT,
            "unit": TEXT,
            "email": TEXT,
            "roles": st.lists(
                raw_choice(
                    "partnership_manager",
                    "project_manager",
                    "service_manager",
                    "unit_head",
                    "expert",
                ),
                max_size=3,
            ),
            "deputy": REF,
            "resource_authority": BOOL,
        },
    ),
    "plan": (
        {
            "name": TEXT,
            "type": raw_choice(
                "division", "service_centre", "municipal_enterprise", "regional", "company"
            ),
            "segment": SEGMENT,
            "updated": DATE,
            "account_manager": REF,
        },
        {
            "direct": BOOL,
            "customer_contact": REF,
            "charges": ("map", "charges"),
            "headcount": ("map", "headcount"),
            "potential": ("map", "potential"),
            "projects": ("list", "dev_project"),
            "critical_systems": ("list", "system"),
            "calendar": ("list", "event"),
            "needs": ("list", "need"),
            "marketing": ("map", "marketing"),
            "agreements": st.lists(TEXT, min_size=1, max_size=2),
            "notes": TEXT,
            "sources": st.dictionaries(
                raw_choice("charges", "headcount", "needs", "tuntematon"),
                raw_choice("sap", "saabe", "puuttuva"),
                max_size=2,
            ),
        },
    ),
    "charges": ({}, {"annual": MONEY, "change": MONEY}),
    "headcount": ({}, {"count": NONNEG, "change": HUGE}),
    "potential": ({}, {"score": st.integers(1, 10), "note": TEXT}),
    "marketing": ({}, {"growth_potential": BOOL, "offers": TEXTS}),
    "dev_project": (
        {"name": TEXT},
        {
            "project": raw_choice(*PROJECTS, "puuttuva"),
            "start": DATE,
            "end": DATE,
            "manager": REF,
            "budget": MONEY,
            "it_representative": REF,
            "action": TEXT,
            "priority": POSITIVE,
            "done": BOOL,
        },
    ),
    "system": (
        {"name": TEXT},
        {
            "updates_per_year": NONNEG,
            "next_update": st.one_of(MONTH, DATE),
            "customer_contact": st.one_of(REF, TEXT),
            "vendor": TEXT,
            "maintenance": raw_choice("it", "external"),
            "it_resources": NONNEG,
            "notes": TEXT,
        },
    ),
    "need": (
        {"need": TEXT, "observed": DATE},
        {
            "impact": TEXT,
            "budgeted": BOOL,
            "fits_environment": BOOL,
            "tags": st.lists(raw_choice("sso", "mobiili", "Ä ö"), max_size=2),
            "decision": TEXT,
        },
    ),
    "roster": (
        {
            "name": TEXT,
            "status": raw_choice("proposed", "initiation", "running", "closed"),
            "project_manager": REF,
            "customer": raw_choice(*CUSTOMERS),
        },
        {
            "internal": BOOL,
            "start": DATE,
            "end": DATE,
            "budget": MONEY,
            "board": ("map", "board"),
            "partnership_manager_role": raw_choice("customer_support", "supplier", "none"),
            "meetings": ("map", "meetings"),
            "guide_delivered": ("map", "guide"),
            "communication": ("map", "communication"),
            "lessons_log": BOOL,
        },
    ),
    "board": (
        {},
        {
            "executive": REF,
            "senior_users": REFS,
            "users": REFS,
            "senior_suppliers": REFS,
            "suppliers": REFS,
        },
    ),
    "meetings": (
        {},
        {"interval_weeks": POSITIVE, "duration_minutes": POSITIVE, "last": DATE, "next": DATE},
    ),
    "guide": ({}, {"customer": DATE, "members": DATE, "first_meeting": DATE}),
    "meeting": (
        {
            "date": DATE,
            "kind": raw_choice(
                "care_event", "budget_meeting", "steering_group", "customer_meeting", "other"
            ),
            "participants": st.lists(
                st.one_of(REF, st.just({"name": Raw("Vieras")})), min_size=1, max_size=3
            ),
        },
        {
            "event": st.one_of(TEXT, raw_choice("Budjettitapaaminen", "IT Messut")),
            "topics": TEXTS,
            "decisions": TEXTS,
            "actions": ("list", "action"),
            "notes": TEXT,
        },
    ),
    "action": (
        {"what": TEXT, "owner": REF},
        {"due": DATE, "done": st.one_of(BOOL, DATE)},
    ),
    "source": (
        {"id": raw_choice("sap", "saabe", "sccm"), "name": TEXT},
        {
            "holds": TEXTS,
            "owner": REF,
            "access": TEXT,
            "refreshed": TEXT,
            "customers": st.one_of(
                st.just(Raw("all")), st.lists(raw_choice(*CUSTOMERS, "muu"), max_size=2)
            ),
        },
    ),
    "communication": ({}, {"customer_side": REF, "supplier_side": REF, "delegated_to_pm": BOOL}),
}
TYPOS = st.sampled_from(["acount_manager", "nmae", "x", "1", "Ä"])
ONE_IN_8 = st.integers(0, 7)
ONE_IN_30 = st.integers(0, 29)
ITEMS = st.integers(1, 2)
ONE_IN_3 = st.integers(0, 2)


class Gen:
    """Draws documents of SHAPES; `wild` lets values be odd (one in eight), required
    fields go missing (one in thirty) and unknown fields appear."""

    def __init__(self, draw: st.DrawFn, wild: bool) -> None:
        self.draw = draw
        self.wild = wild

    def value(self, spec: Spec) -> Any:
        if isinstance(spec, tuple):
            kind, shape = spec
            if kind == "map":
                return self.doc(shape)
            return [self.doc(shape) for _ in range(self.draw(ITEMS))]
        if self.wild and self.draw(ONE_IN_8) == 0:
            return self.draw(WILD)
        return self.draw(spec)

    def doc(self, shape: str, **fixed: Any) -> dict[str, Any]:
        required, optional = SHAPES[shape]
        doc: dict[str, Any] = dict(fixed)
        for name, spec in required.items():
            if not self.wild or self.draw(ONE_IN_30):
                doc[name] = self.value(spec)
        for name, spec in optional.items():
            if self.draw(ONE_IN_3) == 0:  # each optional field one time in three
                doc[name] = self.value(spec)
        if self.wild and not self.draw(ONE_IN_30):
            doc[self.draw(TYPOS)] = self.draw(WILD)
        order = self.draw(st.permutations(list(doc)))
        return {k: doc[k] for k in order}


@st.composite
def repository(draw: st.DrawFn, wild: bool = True) -> dict[str, str]:
    """{path relative to the root: text} of a whole generated repository."""
    g = Gen(draw, wild)
    flow, comments = draw(st.booleans()), draw(st.booleans())

    def text(doc: dict[str, Any]) -> str:
        return to_yaml(doc, flow=flow, comments=comments)

    files = {
        "data/organisation.yaml": text(g.doc("organisation")),
        "data/people.yaml": text(
            {
                "people": [
                    g.doc("person", id=Raw(p))
                    for p in draw(st.lists(st.sampled_from(PEOPLE), min_size=1, max_size=3))
                ]
            }
        ),
    }
    for ident in draw(st.lists(st.sampled_from(CUSTOMERS), min_size=1, max_size=2, unique=True)):
        files[f"data/customers/{ident}.yaml"] = text(g.doc("plan", id=Raw(ident)))
    for ident in draw(st.lists(st.sampled_from(PROJECTS), max_size=2, unique=True)):
        doc = g.doc("roster", id=Raw(ident))
        if "board" not in doc and draw(st.booleans()):
            doc["board"] = {"executive": Raw("olli-omistaja")}
        files[f"data/projects/{ident}.yaml"] = text(doc)
    # Meeting records: of a customer or a project (now and then of both, or in the wrong
    # folder), named by a date or not; and now and then the list of data sources.
    for n in range(draw(st.integers(0, 2))):
        folder = draw(st.sampled_from([*CUSTOMERS, *PROJECTS]))
        field = draw(st.sampled_from(["customer", "project", "both"]))
        doc = g.doc("meeting")
        if field in ("customer", "both"):
            doc["customer"] = Raw(folder)
        if field in ("project", "both"):
            doc["project"] = Raw(folder)
        name = draw(st.sampled_from(["2026-03-12", "2026-11-19-ohjaus", "muistio"]))
        files[f"data/meetings/{folder}/{name}{'-' * n}.yaml"] = text(doc)
    if draw(st.booleans()):
        files["data/sources.yaml"] = text({"sources": [g.doc("source") for _ in range(2)]})
    return files


# --- never a crash -----------------------------------------------------------------------------


@examples(500)
@given(repository(), COMMANDS, LANGS, st.integers(0, 3))
def test_generated_repository_never_crashes(
    files: dict[str, str], command: str, lang: str, pick: int
) -> None:
    """validate --format json, and one read command, on a generated repository."""
    validate_and_read(files, lang, command, pick)


def clean_plan() -> dict[str, Any]:
    """A plan with every field of SPEC 2.4 set to a good value."""
    return {
        "id": Raw("vapaa-aika"),
        "name": Raw("Vapaa-aika"),
        "type": Raw("division"),
        "direct": True,
        "segment": 1,
        "updated": Raw("2026-11-01"),
        "account_manager": Raw("liisa-laine"),
        "customer_contact": Raw("anna-asiakas"),
        "charges": {"annual": Raw("280 000 €"), "change": Raw("+24 000€")},
        "headcount": {"count": 74, "change": -2},
        "potential": {"score": 7, "note": Raw("kasvaa")},
        "projects": [
            {
                "name": Raw("Kirjasto"),
                "project": Raw("kirjasto"),
                "start": Raw("1.1.2026"),
                "end": Raw("2027-06-30"),
                "manager": Raw("olli-omistaja"),
                "budget": 10000,
                "it_representative": Raw("pekka-puro"),
                "action": Raw("Seuranta 1 krt/kk"),
                "priority": 1,
                "done": Raw("EI"),
            }
        ],
        "critical_systems": [
            {
                "name": Raw("Legasos"),
                "updates_per_year": 2,
                "next_update": Raw("Toukokuu"),
                "customer_contact": Raw("olli-omistaja"),
                "vendor": Raw("Knowledge Oy"),
                "maintenance": Raw("external"),
                "it_resources": 1,
                "notes": Raw("vanha"),
            }
        ],
        "calendar": [
            {
                "what": Raw("Budjettitapaaminen"),
                "who": Raw("IT"),
                "to_whom": Raw("Asiakas"),
                "month": 5,
                "day": 15,
                "where": Raw("IT"),
            }
        ],
        "needs": [
            {
                "need": Raw("SSO"),
                "impact": Raw("helpompaa"),
                "observed": Raw("13.3.2026"),
                "budgeted": Raw("kyllä"),
                "fits_environment": True,
                "tags": [Raw("sso")],
                "decision": Raw("tehdään"),
            }
        ],
        "marketing": {"growth_potential": True, "offers": [Raw("mobiili")]},
        "agreements": [Raw("sovittu")],
        "notes": Raw("muistiinpano"),
    }


def _paths(doc: Any, at: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a document where a value can stand (containers too)."""
    found = [at] if at else []
    if isinstance(doc, dict):
        for k, v in doc.items():
            found += _paths(v, (*at, k))
    elif isinstance(doc, list):
        for i, v in enumerate(doc):
            found += _paths(v, (*at, i))
    return found


PLAN_PATHS = _paths(clean_plan())


@examples(1300)
@given(st.sampled_from(PLAN_PATHS), st.one_of(ODD, WILD), LANGS)
def test_odd_value_anywhere_in_a_plan_is_a_finding(
    at: tuple[Any, ...], value: Any, lang: str
) -> None:
    """An odd value at any place of an otherwise clean plan: validate --format json reports
    it (exit 0 or 1, the report parses), never a crash. A value the plan cannot hold is an
    error finding on the plan (S rules, at a line of the file); one it can hold loads."""
    doc = clean_plan()
    holder: Any = doc
    for step in at[:-1]:
        holder = holder[step]
    holder[at[-1]] = value
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        write(root, {PLAN_FILE: to_yaml(doc)})
        report = validate_json(root, lang)
        on_plan = [f for f in report["findings"] if f["path"] == PLAN_FILE]
        if PLAN_FILE in load_repository(root, Settings()).failed:
            assert any(f["severity"] == "error" and f["code"].startswith("S") for f in on_plan)
        else:
            assert not any(f["code"] in NOT_LOADED for f in on_plan), on_plan


PLAN_FILE = "data/customers/vapaa-aika.yaml"
#: The codes that say a file did not load (syntax, schema, unsafe YAML, encoding).
NOT_LOADED = frozenset(("S001", "S002", "S006", "S007"))


# --- options people type -----------------------------------------------------------------------


def _finnish(iso: str) -> str:
    d = date.fromisoformat(iso)
    return f"{d.day}.{d.month}.{d.year:04d}"


@pytest.fixture(scope="module")
def demo_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("demo")
    for p in (DEMO / "data").rglob("*.yaml"):
        target = root / p.relative_to(DEMO)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(p.read_bytes())
    return root


OPTION_DATE = st.one_of(ANY_DATE.map(date.isoformat), st.sampled_from(["9999-12-31", "0001-01-01"]))
BAD_DATE = st.sampled_from(["2026-13-45", "31.2.2026", "", " ", "1e309", "\t", "huomenna"])


@examples(300)
@given(
    st.one_of(OPTION_DATE, BAD_DATE),
    st.one_of(OPTION_DATE, OPTION_DATE.map(_finnish), BAD_DATE),
    st.integers(1, 3660),
    COMMANDS,
)
def test_today_and_calendar_options_never_crash(
    demo_copy: Path, today: str, start: str, days: int, command: str
) -> None:
    """--today on any read command, and calendar --from/--days: exit 0 or 1 when the dates
    are accepted (a real date in the years 1900-2999; an empty --today is no --today),
    else exit 2 (a usage error), never 3."""
    args = ["--root", str(demo_copy), "--lang", "en", "--today", today]
    ok = today == "" or _accepted(today, finnish=False)
    if command.startswith("calendar") and "--ics" not in READ_COMMANDS[command]:
        args += ["calendar", "--from", start, "--days", str(days), "--format", "json"]
        ok = ok and _accepted(start, finnish=True)
    else:
        args += [a.replace("{tmp}", str(demo_copy)) for a in READ_COMMANDS[command]]
        args = [
            a.replace("{plan}", "malliasiakas").replace("{project}", "asiakastiedon-kokoaminen")
            for a in args
        ]
        if "{meeting}" in args:  # a record of the demo: its folder and its date
            at = args.index("{meeting}")
            args[at : at + 1] = ["malliasiakas", "2026-04-20"]
    result = invoke_raw(args)
    assert_no_crash(result, args, (0, 1) if ok else (2,))


def _accepted(text: str, finnish: bool) -> bool:
    """A date the command line takes: ISO (or d.m.yyyy), in the years 1900-2999."""
    text = text.strip()
    try:
        if finnish and "." in text:
            d, m, y = (int(x) for x in text.split("."))
            day = date(y, m, d)
        else:
            day = date.fromisoformat(text)
    except ValueError:
        return False
    return 1900 <= day.year <= 2999


def invoke_raw(args: list[str]) -> Any:
    return RUNNER.invoke(app, args)


ID_COMMANDS = [
    ("plan", "show"),
    ("plan", "render"),
    ("plan", "touch"),
    ("project", "show"),
    ("project", "render"),
]
TYPED_ID = st.one_of(
    # Lone surrogates excluded: argv holds them only as undecodable bytes, which a real
    # stderr prints escaped, while CliRunner's strict stream would raise.
    st.text(st.characters(exclude_categories=("Cs",)), max_size=20),
    st.sampled_from(
        ["", " ", "-", "Malliasiakas", "malliasiakas ", "malliasiakas.yaml", "../people", "a" * 65]
    ),
)


@examples(150)
@given(st.sampled_from(ID_COMMANDS), TYPED_ID)
def test_mistyped_ids_are_usage_errors(
    demo_copy: Path, command: tuple[str, str], ident: str
) -> None:
    """An id that names no file is exit 2 (a usage error that says so), never 3."""
    args = ["--root", str(demo_copy), "--lang", "en", "--today", TODAY, *command, "--", ident]
    result = invoke_raw(args)
    assert_no_crash(result, args, (2,))


# --- fmt and plan touch keep meaning and comments -----------------------------------------------


@examples(80)
@given(repository(wild=False))
def test_fmt_keeps_meaning_and_comments_and_settles(files: dict[str, str]) -> None:
    """fmt on generated files: every file that loads is formatted (exit 0 unless another
    file fails), keeps its model and comments, and a second run changes nothing."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        write(root, files)
        before, bytes_before = meaning(root), snapshot(root)
        result = invoke(root, "en", "fmt")
        assert_no_crash(result, ["fmt"])
        assert result.exit_code == (1 if before["failed"] else 0), result.output
        after, bytes_after = meaning(root), snapshot(root)
        assert after == before
        for rel, data in bytes_after.items():
            old = bytes_before[rel].decode("utf-8")
            assert comment_lines(data.decode("utf-8")) == comment_lines(old), rel
        check = invoke(root, "en", "fmt", "--check")
        assert_no_crash(check, ["fmt", "--check"])
        assert snapshot(root) == bytes_after
        assert check.exit_code == result.exit_code, check.output


@examples(100)
@given(repository(wild=False), st.booleans())
def test_plan_touch_keeps_comments_and_meaning(files: dict[str, str], drop_updated: bool) -> None:
    """plan touch: `updated` becomes today and nothing else changes, comments included. A
    plan without `updated` does not load (S002), so touch leaves it alone (exit 1)."""
    rel = next(r for r in files if "/customers/" in r)
    ident = Path(rel).stem
    if drop_updated:
        files = dict(files)
        files[rel] = "".join(
            line for line in files[rel].splitlines(keepends=True) if not line.startswith("updated:")
        )
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        write(root, files)
        before, bytes_before = meaning(root), snapshot(root)
        result = invoke(root, "en", "plan", "touch", ident)
        assert_no_crash(result, ["plan", "touch", ident])
        after, bytes_after = meaning(root), snapshot(root)
        if rel in before["failed"] and not drop_updated:
            assert result.exit_code == 1
            assert bytes_after == bytes_before
            return
        if result.exit_code == 1:  # a plan that does not load even with `updated` added
            assert bytes_after == bytes_before
            return
        touched = after["customers"][ident]
        assert touched.updated == date.fromisoformat(TODAY)
        if ident in before["customers"]:
            assert touched == before["customers"][ident].model_copy(
                update={"updated": touched.updated}
            )
        old = bytes_before[rel].decode("utf-8")
        assert comment_lines(bytes_after[rel].decode("utf-8")) == comment_lines(old)
        assert {r for r in bytes_after if bytes_after[r] != bytes_before[r]} <= {rel}
