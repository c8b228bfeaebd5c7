"""`site build` on a large repository (issue 18): what is derived from the whole repository
is made once per build, not once per page; the benchmark's generated meeting records; the
writer and the template loading that the speed-ups changed."""

from __future__ import annotations

import gc
import os
import sys
from collections import Counter
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from asiakkuus_cli import meetings as core_meetings
from asiakkuus_cli import repository
from asiakkuus_cli.config import Settings
from asiakkuus_cli.errors import UsageProblem
from asiakkuus_cli.models import Meeting
from asiakkuus_cli.reading.loader import load_repository
from asiakkuus_cli.repository import Entry, Repository
from asiakkuus_cli.rules import engine
from asiakkuus_cli.site import build as site_build
from asiakkuus_cli.views import calendar as cal_view

from .conftest import TODAY

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from generate_repo import generate


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("generated") / "repo"
    generate(root, 12, 30, 1, TODAY)
    return root


def _counting(monkeypatch: pytest.MonkeyPatch, module: Any, name: str, calls: Counter[str]) -> None:
    real: Callable[..., Any] = getattr(module, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls[name] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)


# --- the generated repository -----------------------------------------------------------


def test_generated_meeting_records_are_clean_and_reproducible(
    generated: Path, tmp_path: Path
) -> None:
    repo = load_repository(generated, Settings())
    kinds = Counter(e.model.kind for e in repo.meetings.values())
    assert (
        len(repo.customers)
        == 12
        <= kinds["care_event"] + kinds["budget_meeting"] + kinds["customer_meeting"]
    )
    assert kinds["steering_group"] > 0
    assert any(e.model.decisions and e.model.actions for e in repo.meetings.values())
    assert any(a.is_done for e in repo.meetings.values() for a in e.model.actions)
    result = engine.run(repo, TODAY, "en")
    assert result.errors == 0
    # No missed care event, no record later than its roster, no misplaced file: the
    # records fulfil the calendar and follow the rosters (a few open actions are overdue).
    assert not {f.code for f in result.findings} & {"M001", "M003", "M004", "S001", "S004"}
    again = tmp_path / "again"
    generate(again, 12, 30, 1, TODAY)
    files = sorted(p.relative_to(generated) for p in (generated / "data").rglob("*.yaml"))
    assert files == sorted(p.relative_to(again) for p in (again / "data").rglob("*.yaml"))
    assert all((generated / f).read_bytes() == (again / f).read_bytes() for f in files)


def test_generator_without_meetings_leaves_the_rest_as_it_was(
    generated: Path, tmp_path: Path
) -> None:
    plain = tmp_path / "plain"
    generate(plain, 12, 30, 1, TODAY, meetings=False)
    assert not (plain / "data" / "meetings").exists()
    files = sorted(p.relative_to(plain) for p in (plain / "data").rglob("*.yaml"))
    assert all((generated / f).read_bytes() == (plain / f).read_bytes() for f in files)


# --- made once per build -----------------------------------------------------------------


def test_whole_repository_views_are_made_once_per_build(
    generated: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: Counter[str] = Counter()
    _counting(monkeypatch, repository, "_meetings_by_subject", calls)
    _counting(monkeypatch, core_meetings, "_open_actions", calls)
    _counting(monkeypatch, core_meetings, "tracked_actions", calls)
    _counting(monkeypatch, cal_view, "_sources", calls)
    site = site_build.Site(generated, Settings(), "en", TODAY)
    pages = site_build.build_into(site, tmp_path / "out", 1)
    assert pages == 8 + 12 + 30 + len(site.ctx.repo.meetings)
    # One pass each (the calendar's sources twice: for all customers and one by one),
    # where each customer page, each calendar event and each rule asked again before.
    assert calls == {
        "_meetings_by_subject": 1,
        "_open_actions": 1,
        "tracked_actions": 1,
        "_sources": 2,
    }


def test_rules_read_the_records_by_subject_once(
    generated: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: Counter[str] = Counter()
    repo = load_repository(generated, Settings())
    _counting(monkeypatch, repository, "_meetings_by_subject", calls)
    _counting(monkeypatch, core_meetings, "tracked_actions", calls)
    engine.run(repo, TODAY, "en")
    assert calls == {"_meetings_by_subject": 1, "tracked_actions": 1}


def _record(subject: str, day: date) -> Entry[Meeting]:
    model = Meeting.model_validate(
        {"date": day, "customer": subject, "kind": "care_event", "participants": ["x"]}
    )
    return Entry(f"data/meetings/{subject}/{day.isoformat()}.yaml", model, None)


def test_what_is_made_once_follows_records_added_while_loading() -> None:
    repo = Repository(root=Path(), settings=Settings())
    assert repo.meetings_of("a") == []
    first = _record("a", date(2026, 5, 1))
    repo.meetings[first.file] = first
    assert repo.meetings_of("a") == [first]
    earlier = _record("a", date(2026, 3, 1))
    repo.meetings[earlier.file] = earlier
    repo.meetings_of("a").clear()  # a copy: the caller's own list
    assert repo.meetings_of("a") == [earlier, first]
    assert repo.meetings_of("b") == []


# --- writing and templates ----------------------------------------------------------------


def test_writer_writes_whole_files_with_the_usual_mode_and_the_epoch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1795000000")
    w = site_build.Writer(tmp_path)
    big = "ä".encode() * 300_000
    w.write("a/b/page.html", big)
    w.write("a/b/page.html", b"short")  # written again: nothing of the longer one is left
    w.write("assets/x.js", b"js")
    page = tmp_path / "a" / "b" / "page.html"
    assert page.read_bytes() == b"short"
    assert (tmp_path / "assets" / "x.js").read_bytes() == b"js"
    umask = os.umask(0)
    os.umask(umask)
    assert page.stat().st_mode & 0o777 == 0o666 & ~umask
    assert page.stat().st_mtime == 1795000000
    assert w.pages == 2


def test_an_edited_template_shows_in_the_next_build(tmp_path: Path) -> None:
    """`site serve` builds again in the same process: a template changed in between is
    used, though each build loads its templates only once."""
    root = tmp_path / "repo"
    generate(root, 1, 1, 1, TODAY, meetings=False)
    builtin = site_build.template_dirs(None)[0] / "site" / "search.html.j2"
    own = root / "templates" / "site" / "search.html.j2"
    own.parent.mkdir(parents=True)
    seen = []
    for n, marker in enumerate(("", "<!-- first -->", "<!-- second -->")):
        if marker:
            text = builtin.read_text("utf-8").replace(
                "{% block main %}", "{% block main %}" + marker
            )
            own.write_text(text, encoding="utf-8")
        out = tmp_path / f"out{n}"
        site_build.build_into(site_build.Site(root, Settings(), "en", TODAY), out, 1)
        seen.append((out / "search.html").read_text("utf-8"))
    assert "<!--" not in seen[0]
    assert "<!-- first -->" in seen[1]
    assert "<!-- first -->" not in seen[2]
    assert "<!-- second -->" in seen[2]


def test_the_collector_is_back_on_after_a_build_even_a_failed_one(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    generate(root, 1, 1, 1, TODAY, meetings=False)
    assert gc.isenabled()
    site_build.build_into(site_build.Site(root, Settings(), "en", TODAY), tmp_path / "a", 1)
    assert gc.isenabled()
    bad = root / "templates" / "site" / "search.html.j2"
    bad.parent.mkdir(parents=True)
    bad.write_text("{{ 1 / 0 }}", encoding="utf-8")
    with pytest.raises(UsageProblem):
        site_build.build_into(site_build.Site(root, Settings(), "en", TODAY), tmp_path / "b", 1)
    assert gc.isenabled()


def test_workers_as_fmt_chooses_them(monkeypatch: pytest.MonkeyPatch) -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("forked workers are used on Linux only")
    monkeypatch.setenv("ASIAKKUUS_WORKERS", "3")
    assert site_build.jobs_for(site_build.PARALLEL_FROM) == 3
    assert site_build.jobs_for(site_build.PARALLEL_FROM - 1) == 1
    monkeypatch.setenv("ASIAKKUUS_WORKERS", "9")
    assert site_build.jobs_for(10_000) == 4
    monkeypatch.setenv("ASIAKKUUS_WORKERS", "1")
    assert site_build.jobs_for(10_000) == 1
