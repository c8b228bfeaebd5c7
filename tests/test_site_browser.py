"""The site in a real browser: Chromium driven by Playwright, checked by axe-core.

Playwright's own browser download is not used: the tests launch the system's
Chromium by path (`ASIAKKUUS_CHROMIUM`, else `chromium` on PATH). Without one
they skip, saying why; with `ASIAKKUUS_REQUIRE_BROWSER=1` (set by `.ci/run`) a
missing browser fails them instead, so CI never skips them silently.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urldefrag, urlsplit

import pytest

from .conftest import DEMO, PLAN, Repo

pytestmark = pytest.mark.browser

# Flags that work in a container; Playwright's launch adds a fresh temporary --user-data-dir.
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
EPOCH = {"SOURCE_DATE_EPOCH": "1795000000", "ASIAKKUUS_TODAY": "2026-11-26"}
HOSTILE = "<script>alert(1)</script> {{ 7*7 }}"
GENERATOR = Path(__file__).resolve().parents[1] / "benchmarks" / "generate_repo.py"


def _chromium() -> str | None:
    found = os.environ.get("ASIAKKUUS_CHROMIUM") or shutil.which("chromium")
    return found or (shutil.which("chromium-browser"))


def _unavailable(reason: str) -> None:
    if os.environ.get("ASIAKKUUS_REQUIRE_BROWSER") == "1":
        pytest.fail(f"ASIAKKUUS_REQUIRE_BROWSER=1 but {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    path = _chromium()
    if path is None:
        _unavailable("no Chromium found (set ASIAKKUUS_CHROMIUM or install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("playwright is not installed (pip install -e '.[browser]')")
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=path, args=ARGS)
        yield b
        b.close()


def _build(root: Path, out: Path, *extra: str) -> Path:
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "asiakkuus_cli",
            "--root",
            str(root),
            "site",
            "build",
            "--out",
            str(out),
            *extra,
        ],
        capture_output=True,
        text=True,
        env={**os.environ, **EPOCH},
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    return out


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _build(DEMO, tmp_path_factory.mktemp("demo") / "site")


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("gen") / "repo"
    subprocess.run(
        [sys.executable, str(GENERATOR), "--customers", "12", "--projects", "20", str(root)],
        check=True,
        capture_output=True,
    )
    return _build(root, root.parent / "site", "--lang", "en")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    repo = Repo(tmp_path_factory.mktemp("hostile") / "repo")
    repo.base()
    repo.write(
        "data/customers/vapaa-aika.yaml",
        PLAN.replace("name: Vapaa-aikatoimiala", f'name: "{HOSTILE}"')
        + f'needs:\n  - need: "{HOSTILE}"\n    observed: 2026-01-01\n',
    )
    return _build(repo.root, repo.root.parent / "site")


class Visit:
    """A page of the site, watched: console errors, page errors, dialogs, outside requests."""

    def __init__(self, browser: Any, site: Path, width: int = 1280) -> None:
        self.site = site.resolve()
        self.prefix = self.site.as_uri() + "/"
        self.page = browser.new_page(viewport={"width": width, "height": 900})
        self.problems: list[str] = []
        self.page.on(
            "console",
            lambda m: (
                self.problems.append(f"console {m.type}: {m.text}")
                if m.type in ("error", "warning")
                else None
            ),
        )
        self.page.on("pageerror", lambda e: self.problems.append(f"page error: {e}"))
        self.page.on(
            "dialog", lambda d: (self.problems.append(f"dialog: {d.message}"), d.dismiss())
        )
        self.page.on("request", self._request)

    def _request(self, request: Any) -> None:
        if not request.url.startswith(self.prefix):
            self.problems.append(f"outside request: {request.url}")

    def open(self, rel: str) -> Any:
        self.page.goto(self.prefix + rel)
        return self.page

    def close(self) -> None:
        self.page.close()


def crawl(browser: Any, site: Path) -> tuple[int, list[str]]:
    """Visit every page reachable from index.html; (pages, problems)."""
    visit = Visit(browser, site)
    seen: set[str] = set()
    todo = [visit.prefix + "index.html"]
    ids: dict[str, set[str]] = {}
    fragments: list[tuple[str, str, str]] = []
    problems = visit.problems
    while todo:
        url = todo.pop()
        if url in seen:
            continue
        seen.add(url)
        visit.page.goto(url)
        ids[url] = set(visit.page.eval_on_selector_all("[id]", "els => els.map(e => e.id)"))
        hrefs = visit.page.eval_on_selector_all(
            "a[href]", "els => els.map(e => new URL(e.getAttribute('href'), document.baseURI).href)"
        )
        for href in hrefs:
            target, frag = urldefrag(href)
            parts = urlsplit(target)
            if parts.scheme != "file" or not target.startswith(visit.prefix):
                problems.append(f"{url}: a link out of the site: {href}")
                continue
            path = Path(unquote(parts.path))
            if not path.is_file():
                problems.append(f"{url}: broken link {href}")
                continue
            clean = path.as_uri()
            if path.suffix == ".html":
                todo.append(clean)
                if frag:
                    fragments.append((url, clean, frag))
    for source, page, frag in fragments:
        if frag not in ids.get(page, set()):
            problems.append(f"{source}: no #{frag} in {page}")
    visit.close()
    return len(seen), problems


def test_demo_site_every_link_works(browser: Any, demo: Path) -> None:
    pages, problems = crawl(browser, demo)
    assert problems == []
    assert pages >= 8 + 18 + 11 + 17  # shared, customers, projects, meeting records


def test_generated_site_every_link_works(browser: Any, generated: Path) -> None:
    pages, problems = crawl(browser, generated)
    assert problems == []
    assert pages >= 8 + 12 + 20


PAGE_TYPES = (
    "index.html",
    "customers.html",
    "customers/malliasiakas.html",
    "projects/vapaa-aika-kirjastojarjestelma.html",
    "meetings/malliasiakas/2026-10-14.html",
    "meetings/asiakastiedon-kokoaminen/2026-11-17.html",
    "people.html",
    "needs.html",
    "calendar.html",
    "findings.html",
    "glossary.html",
    "search.html?q=vesi",
)


@pytest.mark.parametrize("rel", PAGE_TYPES)
def test_axe_finds_no_violations(browser: Any, demo: Path, rel: str) -> None:
    from axe_playwright_python.sync_playwright import Axe

    visit = Visit(browser, demo)
    page = visit.open(rel)
    assert visit.problems == []
    results = Axe().run(page)  # axe's own requests (it reads style sheets) are not the site's
    violations = [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
        for v in results.response["violations"]
    ]
    visit.close()
    assert violations == []


def test_customer_filter_finds_the_customer(browser: Any, demo: Path) -> None:
    visit = Visit(browser, demo)
    page = visit.open("customers.html")
    page.fill("#f-text", "malli")
    visible = page.eval_on_selector_all(
        "#customers tbody tr:not([hidden]) td:first-child", "els => els.map(e => e.textContent)"
    )
    assert visible == ["Malliasiakas"]
    page.fill("#f-text", "")
    page.check("#f-stale")
    stale = page.eval_on_selector_all(
        "#customers tbody tr:not([hidden]) td:first-child", "els => els.map(e => e.textContent)"
    )
    assert stale == ["Malliasiakas"]
    page.uncheck("#f-stale")
    page.select_option("#f-type", "foundation")
    rows = page.eval_on_selector_all(
        "#customers tbody tr:not([hidden])", "els => els.map(e => e.dataset.type)"
    )
    assert rows
    assert set(rows) == {"foundation"}
    assert "/" in page.text_content("#f-count")
    visit.close()
    assert visit.problems == []


def test_sorting_by_charges(browser: Any, demo: Path) -> None:
    visit = Visit(browser, demo)
    page = visit.open("customers.html")
    page.click("th[data-key=charges] button")
    page.click("th[data-key=charges] button")  # descending
    assert page.get_attribute("th[data-key=charges]", "aria-sort") == "descending"
    values = page.eval_on_selector_all(
        "#customers tbody tr td:nth-child(7)", "els => els.map(e => Number(e.dataset.v || -1))"
    )
    assert values == sorted(values, reverse=True)
    visit.close()
    assert visit.problems == []


def test_search_finds_the_customer(browser: Any, demo: Path) -> None:
    visit = Visit(browser, demo)
    page = visit.open("index.html")
    page.fill("#q-top", "malliasiakas")
    page.press("#q-top", "Enter")
    page.wait_for_selector("#results li")
    first = page.text_content("#results li a")
    assert first == "Malliasiakas"
    page.click("#results li a")
    assert page.url.endswith("customers/malliasiakas.html")
    visit.close()
    assert visit.problems == []


def test_hostile_names_render_as_text(browser: Any, hostile: Path) -> None:
    visit = Visit(browser, hostile)
    for rel in ("customers/vapaa-aika.html", "customers.html", "needs.html",
                "search.html?q=script"):  # fmt: skip
        page = visit.open(rel)
        if rel.startswith("search"):
            page.wait_for_selector("#results li")
        assert HOSTILE in page.text_content("main")
        assert page.evaluate("document.querySelectorAll('main script').length") == 0
    visit.close()
    assert visit.problems == []


@pytest.mark.parametrize("rel", ["index.html", "customers.html", "customers/malliasiakas.html",
                                 "projects/vapaa-aika-kirjastojarjestelma.html", "calendar.html",
                                 "meetings/malliasiakas/2026-10-14.html"])  # fmt: skip
def test_phone_width_has_no_sideways_scroll(browser: Any, demo: Path, rel: str) -> None:
    visit = Visit(browser, demo, width=390)
    page = visit.open(rel)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    visit.close()


def test_keyboard_skip_link_goes_to_main(browser: Any, demo: Path) -> None:
    visit = Visit(browser, demo)
    page = visit.open("customers/malliasiakas.html")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    visit.close()


def a4_pages(pdf: bytes) -> list[Any]:
    """The pages of a printed page, each checked to be A4."""
    import io

    import pypdf

    pages = list(pypdf.PdfReader(io.BytesIO(pdf)).pages)
    for one in pages:
        assert abs(float(one.mediabox.width) - 595.3) < 1.5
        assert abs(float(one.mediabox.height) - 841.9) < 1.5
    return pages


def hidden_in_print(page: Any, selectors: list[str]) -> list[str]:
    script = f"{selectors!r}.map(s => getComputedStyle(document.querySelector(s)).display)"
    return list(page.evaluate(script))


def test_plan_prints_on_a4_without_the_site_frame(browser: Any, demo: Path) -> None:
    visit = Visit(browser, demo)
    page = visit.open("customers/malliasiakas.html")
    page.emulate_media(media="print")
    frame = ["header.top", "footer.bottom", "#s-history", "form.quick"]
    assert hidden_in_print(page, frame) == ["none"] * 4
    assert page.evaluate("getComputedStyle(document.querySelector('.printhead')).display") == "flex"
    pages = a4_pages(page.pdf(format="A4", print_background=True))
    visit.close()
    assert 1 <= len(pages) <= 6
    assert "Malliasiakas" in pages[0].extract_text()


def test_meeting_record_prints_on_a4_without_the_site_frame(browser: Any, demo: Path) -> None:
    visit = Visit(browser, demo)
    page = visit.open("meetings/malliasiakas/2026-10-14.html")
    page.emulate_media(media="print")
    assert hidden_in_print(page, ["header.top", "footer.bottom", "form.quick"]) == ["none"] * 3
    pages = a4_pages(page.pdf(format="A4", print_background=True))
    visit.close()
    assert 1 <= len(pages) <= 3
    assert "Malliasiakas" in pages[0].extract_text()


@pytest.mark.parametrize(
    "rel", ["index.html", "customers.html", "people.html", "calendar.html", "a meeting record"]
)
def test_axe_on_the_english_generated_site(browser: Any, generated: Path, rel: str) -> None:
    """Every page type in English; the generated repository has meeting records."""
    from axe_playwright_python.sync_playwright import Axe

    if rel == "a meeting record":
        rel = sorted(generated.glob("meetings/*/*.html"))[0].relative_to(generated).as_posix()
    visit = Visit(browser, generated)
    page = visit.open(rel)
    assert page.get_attribute("html", "lang") == "en"
    assert visit.problems == []
    violations = [v["id"] for v in Axe().run(page).response["violations"]]
    visit.close()
    assert violations == []
