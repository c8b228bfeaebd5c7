"""`asiakkuus site build|serve`: the static site, without a browser (see test_site_browser.py)."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from asiakkuus_cli.site import charts

from .conftest import DEMO, PEOPLE, PLAN, Repo

EPOCH = {"SOURCE_DATE_EPOCH": "1795000000", "ASIAKKUUS_TODAY": "2026-11-26"}
HOSTILE = "<script>alert(1)</script> {{ 7*7 }}"


def build(cli: Any, root: Path, out: Path, *extra: str) -> Any:
    result = cli("--root", str(root), "site", "build", "--out", str(out), *extra, env=EPOCH)
    assert result.exit_code == 0, result.output
    return result


def files_of(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def demo_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from typer.testing import CliRunner

    from asiakkuus_cli.cli.app import app

    out = tmp_path_factory.mktemp("demo") / "site"
    result = CliRunner().invoke(
        app, ["--root", str(DEMO), "site", "build", "--out", str(out)], env=EPOCH
    )
    assert result.exit_code == 0, result.output
    return out


def test_every_page_is_there(demo_site: Path) -> None:
    names = set(files_of(demo_site))
    for page in ("index", "customers", "people", "needs", "calendar", "findings", "glossary",
                 "search"):  # fmt: skip
        assert f"{page}.html" in names
    for asset in ("assets/site.css", "assets/site.js", "assets/search-index.js", "calendar.ics"):
        assert asset in names
    customers = {p.stem for p in (DEMO / "data" / "customers").glob("*.yaml")}
    projects = {p.stem for p in (DEMO / "data" / "projects").glob("*.yaml")}
    assert {n[len("customers/") : -5] for n in names if n.startswith("customers/")} == customers
    assert {n[len("projects/") : -5] for n in names if n.startswith("projects/")} == projects


def test_pages_load_nothing_from_outside(demo_site: Path) -> None:
    for rel, data in files_of(demo_site).items():
        if not rel.endswith(".html"):
            continue
        html = data.decode("utf-8")
        assert '<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;' in (
            html
        ), rel
        assert '<html lang="fi">' in html, rel
        assert 'href="#main"' in html, rel
        assert 'id="main"' in html, rel
        assert not re.search(r"""(src|href|action)=["']?(https?:)?//""", html), rel
        assert "style=" not in html, rel  # the CSP forbids inline styles


def test_same_data_same_bytes(demo_site: Path, cli: Any, tmp_path: Path) -> None:
    build(cli, DEMO, tmp_path / "again")
    assert files_of(tmp_path / "again") == files_of(demo_site)
    times = {p.stat().st_mtime for p in (tmp_path / "again").rglob("*") if p.is_file()}
    assert times == {int(EPOCH["SOURCE_DATE_EPOCH"])}


def test_english(cli: Any, tmp_path: Path) -> None:
    build(cli, DEMO, tmp_path / "en", "--lang", "en")
    html = (tmp_path / "en" / "index.html").read_text("utf-8")
    assert '<html lang="en">' in html
    assert "Customer relationships at a glance" in html


def test_customer_page_is_the_whole_plan(demo_site: Path) -> None:
    html = (demo_site / "customers" / "malliasiakas.html").read_text("utf-8")
    for text in ("Himble LogUs", "Projekti 2", "EI EDUSTUSTA", "Seuranta 1krt/kk", "280\u00a0000 €",
                 "SingleSignOn", 'id="s-findings"', "C001", 'class="chart gantt"'):  # fmt: skip
        assert text in html, text
    assert 'href="../people.html#p-' in html


def test_hostile_names_are_text(repo: Repo, cli: Any, tmp_path: Path) -> None:
    repo.base()
    repo.write(
        "data/customers/vapaa-aika.yaml",
        PLAN.replace("name: Vapaa-aikatoimiala", f'name: "{HOSTILE}"')
        + f'needs:\n  - need: "{HOSTILE}"\n    observed: 2026-01-01\n',
    )
    build(cli, repo.root, tmp_path / "site")
    site = files_of(tmp_path / "site")
    page = site["customers/vapaa-aika.html"].decode("utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt; {{ 7*7 }}" in page
    assert "<script>alert" not in page
    assert ">49<" not in page
    for rel, data in site.items():
        assert b"<script>alert" not in data, rel
    index = site["assets/search-index.js"].decode("ascii")
    assert '"\\u003cscript\\u003ealert(1)\\u003c/script\\u003e {{ 7*7 }}"' in index


def test_out_that_is_not_a_site_is_left_alone(repo: Repo, cli: Any, tmp_path: Path) -> None:
    repo.base()
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "thesis.docx").write_text("precious")
    result = cli("--root", str(repo.root), "site", "build", "--out", str(folder))
    assert result.exit_code == 2
    assert "--out" in result.output
    assert [p.name for p in folder.iterdir()] == ["thesis.docx"]
    a_file = tmp_path / "file.txt"
    a_file.write_text("x")
    assert cli("--root", str(repo.root), "site", "build", "--out", str(a_file)).exit_code == 2
    assert a_file.read_text() == "x"


def test_rebuild_replaces_the_previous_site(repo: Repo, cli: Any, tmp_path: Path) -> None:
    repo.base()
    out = tmp_path / "site"
    build(cli, repo.root, out)
    (out / "customers" / "gone.html").write_text("old")
    build(cli, repo.root, out)
    assert not (out / "customers" / "gone.html").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".site-")]


def test_default_out_is_out_site_in_the_root(repo: Repo, cli: Any) -> None:
    repo.base()
    result = cli("--root", str(repo.root), "site", "build", env=EPOCH)
    assert result.exit_code == 0, result.output
    assert (repo.root / "out" / "site" / "index.html").is_file()


def test_findings_link_to_page_and_field(repo: Repo, cli: Any, tmp_path: Path) -> None:
    repo.base()
    repo.write(
        "data/customers/vapaa-aika.yaml",
        PLAN.replace("updated: 2026-11-01", "updated: 2020-01-01")
        + "needs:\n  - need: Mobiili\n    observed: 2020-01-01\n",
    )
    build(cli, repo.root, tmp_path / "site")
    html = (tmp_path / "site" / "findings.html").read_text("utf-8")
    assert 'href="customers/vapaa-aika.html#s-summary"' in html  # C001 at `updated`
    assert 'href="customers/vapaa-aika.html#s-needs"' in html  # C006 at the need
    assert "Liisa Laine" in html  # grouped by the partnership manager


def test_people_page_shows_coverage_and_board_roles(demo_site: Path) -> None:
    html = (demo_site / "people.html").read_text("utf-8")
    assert 'id="s-managers"' in html
    assert 'id="p-' in html
    assert 'href="projects/' in html  # board roles link to their rosters


def test_search_index_holds_every_kind(demo_site: Path) -> None:
    text = (demo_site / "assets" / "search-index.js").read_text("ascii")
    for kind in ("customer", "project", "person", "need", "system"):
        assert f'["{kind}",' in text, kind
    assert "Malliasiakas" in text


def _git(root: Path, *args: str, author: str = "Liisa Laine", day: str = "2026-04-03") -> None:
    env = {**os.environ, "GIT_AUTHOR_NAME": author, "GIT_AUTHOR_EMAIL": "l@example.org",
           "GIT_COMMITTER_NAME": author, "GIT_COMMITTER_EMAIL": "l@example.org",
           "GIT_AUTHOR_DATE": f"{day}T12:00:00", "GIT_COMMITTER_DATE": f"{day}T12:00:00"}  # fmt: skip
    subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True, env=env)


def test_history_shows_semantic_changes_newest_first(repo: Repo, cli: Any, tmp_path: Path) -> None:
    repo.base()
    plan = repo.root / "data/customers/vapaa-aika.yaml"
    plan.write_text(PLAN + "charges: {annual: 256 000 €}\n", encoding="utf-8")
    _git(repo.root, "init", "-q")
    _git(repo.root, "add", "-A")
    _git(repo.root, "commit", "-qm", "first", author="Pekka Puro", day="2026-01-10")
    plan.write_text(PLAN + "charges: {annual: 280 000 €}\n", encoding="utf-8")
    _git(repo.root, "commit", "-qam", "charges")
    plan.write_text(PLAN + "charges:\n  annual: 280000\n", encoding="utf-8")  # layout only
    _git(repo.root, "commit", "-qam", "format", day="2026-05-01")
    build(cli, repo.root, tmp_path / "site")
    html = (tmp_path / "site" / "customers" / "vapaa-aika.html").read_text("utf-8")
    history = html[html.index('id="s-history"') :]
    assert "256\u00a0000 € → 280\u00a0000 €" in history
    assert history.index("3.4.2026") < history.index("10.1.2026")  # newest first
    assert "Liisa Laine" in history
    assert "Pekka Puro" in history
    assert "1.5.2026" not in history  # a formatting-only commit changes nothing


def test_no_git_no_history(repo: Repo, cli: Any, tmp_path: Path) -> None:
    repo.base()
    build(cli, repo.root, tmp_path / "site")
    html = (tmp_path / "site" / "customers" / "vapaa-aika.html").read_text("utf-8")
    assert "git" in html[html.index('id="s-history"') :]


def test_pdf_beside_pages(repo: Repo, cli: Any, tmp_path: Path) -> None:
    repo.base()
    build(cli, repo.root, tmp_path / "site", "--pdf")
    assert (tmp_path / "site" / "customers" / "vapaa-aika.pdf").read_bytes().startswith(b"%PDF")
    assert 'href="vapaa-aika.pdf"' in (tmp_path / "site/customers/vapaa-aika.html").read_text()


def test_charts_geometry() -> None:
    wheel = charts.wheel([0, 1, 2, 3, 0, 0, 0, 0, 0, 0, 0, 12], [f"m{i}" for i in range(12)], 3)
    assert len(wheel["segments"]) == 12
    assert [s["level"] for s in wheel["segments"]][:4] == [0, 1, 1, 1]
    assert wheel["segments"][11]["level"] == 4
    assert wheel["segments"][3]["current"]
    bars = charts.hbars([("a", 10.0, "10 €"), ("b", 5.0, "5 €"), ("c", -1.0, "-1 €")])
    assert [b["w"] for b in bars["bars"]] == ["330.0", "165.0", "1.0"]
    assert charts.gantt([], __import__("datetime").date(2026, 1, 1)) is None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def test_serve_port_taken_is_exit_2(repo: Repo, cli: Any, tmp_path: Path) -> None:
    repo.base()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        result = cli("--lang", "en", "--root", str(repo.root), "site", "serve", "--port",
                     str(port), "--out", str(tmp_path / "site"))  # fmt: skip
    assert result.exit_code == 2
    assert f"Port {port} is already in use" in result.output


def test_serve_rebuilds_on_change(repo: Repo, tmp_path: Path) -> None:
    repo.base()
    port = _free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "asiakkuus_cli",
            "--root",
            str(repo.root),
            "site",
            "serve",
            "--port",
            str(port),
            "--out",
            str(tmp_path / "site"),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}/customers/vapaa-aika.html"

    def fetch() -> str:
        with urllib.request.urlopen(url, timeout=5) as response:
            return str(response.read().decode("utf-8"))

    try:
        deadline = time.monotonic() + 60
        page = ""
        while time.monotonic() < deadline:
            try:
                page = fetch()
                break
            except OSError:
                time.sleep(0.2)
        assert "Vapaa-aikatoimiala" in page
        deadline = time.monotonic() + 90
        plan = repo.root / "data/customers/vapaa-aika.yaml"
        plan.write_text(PLAN.replace("Vapaa-aikatoimiala", "Uusi nimi"), encoding="utf-8")
        while time.monotonic() < deadline and "Uusi nimi" not in page:
            time.sleep(0.3)
            page = fetch()
        assert "Uusi nimi" in page
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_browser_tests_fail_rather_than_skip_when_required(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from .test_site_browser import _unavailable

    monkeypatch.delenv("ASIAKKUUS_REQUIRE_BROWSER", raising=False)
    with pytest.raises(pytest.skip.Exception):
        _unavailable("no Chromium")
    monkeypatch.setenv("ASIAKKUUS_REQUIRE_BROWSER", "1")
    with pytest.raises(pytest.fail.Exception, match="no Chromium"):
        _unavailable("no Chromium")


def test_site_calendar_file_equals_the_calendar_command(
    demo_site: Path, cli: Any, tmp_path: Path
) -> None:
    ics = tmp_path / "c.ics"
    result = cli("--root", str(DEMO), "calendar", "--ics", str(ics), env=EPOCH)
    assert result.exit_code == 0, result.output
    assert (demo_site / "calendar.ics").read_bytes() == ics.read_bytes()


def test_forked_workers_write_the_same_site(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import date

    from asiakkuus_cli.config import Settings
    from asiakkuus_cli.site.build import Site, build_into

    root = tmp_path / "repo"
    subprocess.run(
        [
            sys.executable,
            str(DEMO / "benchmarks" / "generate_repo.py"),
            "--customers",
            "15",
            "--projects",
            "25",
            str(root),
        ],
        check=True,
        capture_output=True,
    )
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH["SOURCE_DATE_EPOCH"])
    site = Site(root, Settings(), "en", date(2026, 11, 26))
    one, two = tmp_path / "one", tmp_path / "two"
    one.mkdir()
    two.mkdir()
    records = len(list((root / "data" / "meetings").glob("*/*.yaml")))
    assert records > 15  # the generator writes meeting records: their pages are forked too
    assert build_into(site, one, 1) == build_into(site, two, 2) == 8 + 15 + 25 + records
    assert files_of(one) == files_of(two)


def test_needs_shared_first_and_marked_by_o002(repo: Repo, cli: Any, tmp_path: Path) -> None:
    repo.base()
    need = "needs:\n  - need: {text}\n    observed: 2026-03-01\n    tags: [{tag}]\n"
    repo.write("data/customers/vapaa-aika.yaml", PLAN + need.format(text="Yksin", tag="oma"))
    repo.write(
        "data/customers/satama.yaml",
        PLAN.replace("vapaa-aika", "satama").replace("Vapaa-aikatoimiala", "Satama")
        + need.format(text="Kertakirjautuminen", tag="sso"),
    )
    repo.write(
        "data/customers/vesi.yaml",
        PLAN.replace("vapaa-aika", "vesi").replace("Vapaa-aikatoimiala", "Vesi")
        + need.format(text="Single sign-on", tag="SSO"),
    )
    build(cli, repo.root, tmp_path / "site")
    html = (tmp_path / "site" / "needs.html").read_text("utf-8")
    assert html.index("Kertakirjautuminen") < html.index("Yksin")  # shared first
    assert html.count("O002 yhteinen tarve") == 2  # the two needs O002 reported, not "Yksin"


def test_history_keeps_the_latest_changes_only(repo: Repo, monkeypatch: pytest.MonkeyPatch) -> None:
    from asiakkuus_cli.config import Settings
    from asiakkuus_cli.reading.loader import load_repository
    from asiakkuus_cli.site import history

    repo.base()
    plan = repo.root / "data/customers/vapaa-aika.yaml"
    _git(repo.root, "init", "-q")
    for n in range(1, 6):
        plan.write_text(PLAN + f"headcount: {{count: {n}}}\n", encoding="utf-8")
        _git(repo.root, "add", "-A")
        _git(repo.root, "commit", "-qm", f"c{n}", day=f"2026-0{n}-01")
    monkeypatch.setattr(history, "MAX_ENTRIES", 2)
    found = history.plan_histories(load_repository(repo.root, Settings()))
    assert found is not None
    entries = found["vapaa-aika"]
    assert [(e.day.month, [(c.before, c.after) for c in e.changes]) for e in entries] == [
        (5, [(4, 5)]),
        (4, [(3, 4)]),
    ]


def test_site_build_opens_no_socket(
    repo: Repo, cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args: object, **_kw: object) -> None:
        raise AssertionError("network use")

    repo.base()
    for name in ("connect", "connect_ex", "bind", "listen"):
        monkeypatch.setattr(socket.socket, name, refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    build(cli, repo.root, tmp_path / "site")


def test_serve_listens_on_loopback_only(tmp_path: Path) -> None:
    from asiakkuus_cli.site.serve import open_server

    server = open_server(tmp_path, 0)
    try:
        assert server.server_address[0] == "127.0.0.1"
    finally:
        server.server_close()


def test_people_page_shows_the_coverage_findings(repo: Repo, cli: Any, tmp_path: Path) -> None:
    repo.base()
    repo.write("data/people.yaml", PEOPLE.replace("    deputy: pekka-puro\n", ""))
    build(cli, repo.root, tmp_path / "site", "--lang", "en")
    html = (tmp_path / "site" / "people.html").read_text("utf-8")
    manager = html[html.index('id="mg-liisa-laine"') : html.index('id="mg-pekka-puro"')]
    assert "O003" in manager
    assert "no deputy" in manager
    assert 'href="people.html#p-liisa-laine"' in manager


def test_front_page_figures(demo_site: Path) -> None:
    html = (demo_site / "index.html").read_text("utf-8")
    figures = re.findall(r'<span class="value">([^<]*)</span> <span class="label">([^<]*)<', html)
    assert ("18", "asiakasta") in figures
    assert ("1", "vanhentunutta suunnitelmaa") in figures
    assert ("0", "virhettä tiedoissa") in figures
    assert html.count('class="chart ') == 3  # charges, plan age, project timeline


def test_links_follow_ids_not_file_names(repo: Repo, cli: Any, tmp_path: Path) -> None:
    """A roster whose id differs from its file name (S004): every link reaches its page."""
    repo.base()
    repo.write(
        "data/projects/tiedosto.yaml",
        "id: portaali\nname: Portaali\ncustomer: vapaa-aika\nstatus: running\n"
        "project_manager: paula-pm\nboard:\n  executive: olli-omistaja\n"
        "  senior_users: [anna-asiakas]\n  senior_suppliers: [timo-toimittaja]\n"
        "meetings: {next: 2026-12-01}\n",
    )
    build(cli, repo.root, tmp_path / "site")
    site = tmp_path / "site"
    for page in ("calendar.html", "index.html", "findings.html"):
        for href in re.findall(r'href="(projects/[^"#]+)', (site / page).read_text("utf-8")):
            assert (site / href).is_file(), (page, href)
    assert 'href="projects/tiedosto.html' in (site / "calendar.html").read_text("utf-8")


def test_a_broken_file_has_no_page_but_its_findings(repo: Repo, cli: Any, tmp_path: Path) -> None:
    repo.base()
    repo.write("data/customers/rikki.yaml", "id: rikki\nname: [broken\n")
    build(cli, repo.root, tmp_path / "site")  # exit 0: the site shows the data as it is
    assert not (tmp_path / "site" / "customers" / "rikki.html").exists()
    findings = (tmp_path / "site" / "findings.html").read_text("utf-8")
    assert "S001" in findings
    assert "data/customers/rikki.yaml:" in findings


def test_cached_money_formatting_is_exact() -> None:
    from decimal import Decimal

    from asiakkuus_cli.i18n import _money, format_money

    uncached = _money.__wrapped__
    for lang in ("fi", "en"):
        for text in ("0", "-0", "1.5", "1.50", "-1500.50", "280000"):
            for signed in (False, True):
                assert format_money(Decimal(text), lang, signed) == uncached(text, lang, signed)


# --- meetings (issue 17) ------------------------------------------------------------------


def test_every_meeting_has_a_page_linked_both_ways(demo_site: Path) -> None:
    records = sorted((DEMO / "data" / "meetings").glob("*/*.yaml"))
    assert records
    for rec in records:
        subject, stem = rec.parent.name, rec.stem
        page = demo_site / "meetings" / subject / f"{stem}.html"
        html = page.read_text("utf-8")
        kind = (
            "customers"
            if (DEMO / "data" / "customers" / f"{subject}.yaml").exists()
            else "projects"
        )
        owner = (demo_site / kind / f"{subject}.html").read_text("utf-8")
        assert f'href="../meetings/{subject}/{stem}.html"' in owner, rec
        assert f'href="../../{kind}/{subject}.html#' in html, rec


def test_customer_page_lists_meetings_newest_first_and_marks_overdue_actions(
    demo_site: Path,
) -> None:
    html = (demo_site / "customers" / "malliasiakas.html").read_text("utf-8")
    section = html[html.index('id="s-meetings"') : html.index('id="s-history"')]
    records, actions = section.split("<h3>Avoimet toimenpiteet</h3>")
    dates = re.findall(r'meetings/malliasiakas/(\d{4}-\d{2}-\d{2})[^"]*\.html">\d', records)
    assert dates == ["2026-11-16", "2026-10-14", "2026-05-12", "2026-04-20", "2026-03-18"]
    assert re.findall(r'<tr class="late"><td>([^<]*)</td>', actions) == [
        "Toimita kyselyn tulokset asiakkaalle"
    ]
    assert "Kutsu asiakas joulukuun budjettitapaamiseen" in actions  # due later: open


def test_calendar_page_marks_care_events_done(demo_site: Path) -> None:
    html = (demo_site / "calendar.html").read_text("utf-8")
    assert re.search(r'<span class="done">✓ tehty \d+\.\d+\.2026</span>', html)


def test_search_index_holds_the_meetings(demo_site: Path) -> None:
    index = (demo_site / "assets" / "search-index.js").read_text("ascii")
    assert '"meetings/malliasiakas/2026-10-14.html"]' in index
    assert "Asiakastyytyv\\u00e4isyys laski" in index  # a topic


def test_hostile_text_in_a_meeting_is_text(repo: Repo, cli: Any, tmp_path: Path) -> None:
    repo.base()
    repo.write(
        "data/meetings/vapaa-aika/2026-03-12.yaml",
        "date: 2026-03-12\ncustomer: vapaa-aika\nkind: other\n"
        f'event: "{HOSTILE}"\n'
        f'participants: [{{name: "{HOSTILE}", organisation: x}}]\n'
        f'topics: ["{HOSTILE}"]\ndecisions: ["{HOSTILE}"]\n'
        f'actions:\n  - what: "{HOSTILE}"\n    owner: liisa-laine\n    due: 2026-04-30\n'
        f'notes: "{HOSTILE}"\n',
    )
    build(cli, repo.root, tmp_path / "site")
    site = files_of(tmp_path / "site")
    page = site["meetings/vapaa-aika/2026-03-12.html"].decode("utf-8")
    assert page.count("&lt;script&gt;alert(1)&lt;/script&gt; {{ 7*7 }}") >= 6
    for rel, data in site.items():
        assert b"<script>alert" not in data, rel
        assert b">49<" not in data, rel
    plan = site["customers/vapaa-aika.html"].decode("utf-8")
    assert 'href="../meetings/vapaa-aika/2026-03-12.html"' in plan
    assert '<tr class="late"><td>&lt;script&gt;' in plan  # overdue on 2026-11-26


def test_a_meeting_finding_links_to_its_page_under_the_customers_manager(
    demo_site: Path,
) -> None:
    html = (demo_site / "findings.html").read_text("utf-8")
    link = html.index('href="meetings/malliasiakas/2026-11-16.html"')
    assert html.index('id="m-anna-lehtonen"') < link < html.index('id="m-juha-nieminen"')
