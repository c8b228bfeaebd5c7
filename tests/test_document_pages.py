"""Documents as the customer and the board get them, checked by the rendered PDF's text.

A document for the customer carries no findings and names no other customer; the
findings come on request (`--findings`) on a last page marked internal. Documents go
to `out/plans/` and `out/projects/` under the data repository by default.
"""

from __future__ import annotations

import io
import re
import shutil
from pathlib import Path

import pypdf
import pytest
from pypdf.generic import ContentStream
from typer.testing import CliRunner

from asiakkuus_cli.cli.app import app

from .conftest import DEMO

RUNNER = CliRunner()
RULE_CODE = re.compile(r"\b[SRCPO]\d{3}\b")
LONG_NAME = (
    "Sosiaali- ja terveyspalveluiden asiakastietojärjestelmän kokonaisuudistus ja integraatiot"
)
NEEDS = "".join(
    f"""
  - need: Tarve numero {i} jolla on pitkähkö kuvaus siitä mitä asiakas haluaa
    impact: Helpottaa työskentelyä merkittävästi useassa yksikössä
    observed: 2026-0{1 + i % 9}-1{i % 9}
    budgeted: {"true" if i % 2 else "false"}
    fits_environment: true
    decision: Toteutetaan keväällä"""
    for i in range(10)
)
# Every field of a plan, long values, ten needs, a short bar at the end of the chart.
LONG_PLAN = f"""\
id: pitka
name: Pitkän nimen kuntayhtymä ja sen liikelaitokset
type: division
segment: 1
updated: 2026-11-01
account_manager: anna-lehtonen
customer_contact: kaisa-mallinen
charges: {{annual: 1 280 000€, change: -24 000€}}
headcount: {{count: 1740, change: -12}}
potential: {{score: 9, note: kasvu jatkuu voimakkaammin jos uusi organisaatio hyväksytään}}
projects:
  - name: {LONG_NAME}
    start: 2026-01-01
    end: 2028-12-31
    manager: tuula-nimeton
    budget: 1 500 000€
    it_representative: heikki-iloinen
    action: Seuranta 1krt/kk, ohjausryhmä joka kolmas viikko, riskit raportoidaan kuukausittain
    priority: 1
  - name: Loppuvuoden pikku hanke
    start: 2028-11-15
    end: 2028-12-31
    manager: jari-nimekas
    priority: 2
critical_systems:
  - name: Himble LogUs asiakastietojärjestelmä
    updates_per_year: 4
    next_update: 2027-02-15
    customer_contact: hanna-sovellus
    vendor: Himble Oy
    maintenance: it
    it_resources: 2
    notes: Päivitys vaatii käyttökatkon viikonloppuna
needs:{NEEDS}
marketing: {{growth_potential: false, offers: [Sähköinen työpöytä]}}
agreements: [seudullinen kehittämissuunnitelma]
notes: Asiakkaan organisaatiomuutos 2027.
"""
# The largest board the demo people allow, a long name, and an executive from another
# customer (the guide must not name that customer).
LONG_PROJECT = f"""\
id: pitka-hanke
name: {LONG_NAME}
customer: pitka
status: running
start: 2026-01-01
end: 2028-12-31
budget: 1 500 000 €
project_manager: petri-lindholm
board:
  executive: outi-kauppinen
  senior_users: [jarmo-lehto, kaisa-mallinen, hanna-sovellus]
  users: [jukka-jarkkari, tuula-nimeton]
  senior_suppliers: [tapio-laine, anna-lehtonen]
  suppliers: [satu-koivisto, mikko-virtanen, heikki-iloinen]
partnership_manager_role: supplier
meetings: {{interval_weeks: 3, duration_minutes: 90, last: 2026-11-16, next: 2026-12-07}}
communication: {{customer_side: outi-kauppinen, supplier_side: tapio-laine, delegated_to_pm: true}}
"""
EMPTY_PLAN = """\
id: tyhja
name: Tyhjä
type: division
segment: 1
updated: 2026-11-01
account_manager: anna-lehtonen
"""
EMPTY_PROJECT = """\
id: tyhja-hanke
name: Tyhjä hanke
customer: tyhja
status: initiation
project_manager: petri-lindholm
board: {}
"""


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the demo data with the long and the empty plan and roster."""
    base = tmp_path_factory.mktemp("docs") / "repo"
    shutil.copytree(DEMO / "data", base / "data")
    for rel, text in (
        ("data/customers/pitka.yaml", LONG_PLAN),
        ("data/customers/tyhja.yaml", EMPTY_PLAN),
        ("data/projects/pitka-hanke.yaml", LONG_PROJECT),
        ("data/projects/tyhja-hanke.yaml", EMPTY_PROJECT),
    ):
        (base / rel).write_text(text, encoding="utf-8")
    return base


def run(root: Path, *args: str):
    return RUNNER.invoke(app, ["--root", str(root), "--today", "2026-11-26", *args])


def norm(text: str) -> str:
    return re.sub(r"[\s\u00a0\u202f]+", " ", text).strip()


def pages(data: bytes) -> list[str]:
    return [norm(p.extract_text()) for p in pypdf.PdfReader(io.BytesIO(data)).pages]


def pdf(root: Path, kind: str, ident: str, *extra: str, lang: str = "fi") -> list[str]:
    r = run(root, "--lang", lang, kind, "render", ident, "-f", "pdf", "-o", "-", *extra)
    assert r.exit_code == 0, r.output
    return pages(r.stdout_bytes)


def customer_names(root: Path) -> dict[str, str]:
    names = {}
    for f in (root / "data" / "customers").glob("*.yaml"):
        m = re.search(r"^name: (.+)$", f.read_text(encoding="utf-8"), flags=re.M)
        assert m
        names[f.stem] = m.group(1).strip().strip("'\"")
    return names


def others(root: Path, own: str) -> list[str]:
    mine = customer_names(root)[own]
    return [n for c, n in customer_names(root).items() if c != own and n not in mine]


# --- no findings and no other customer in a document for the customer -----------------


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_customer_plan_has_no_findings_nor_other_customers(root: Path, lang: str) -> None:
    # asunnot has an O002 finding that lists two other customers by name
    assert "O002" in run(root, "validate").stdout
    for ident in ("asunnot", "malliasiakas", "pitka"):
        text = " ".join(pdf(root, "plan", ident, lang=lang))
        assert "Avoimet havainnot" not in text
        assert "Open findings" not in text
        assert RULE_CODE.findall(text) == [], ident
        assert [n for n in others(root, ident) if n in text] == [], ident


def test_findings_page_only_on_request_and_marked_internal(root: Path) -> None:
    plain = pdf(root, "plan", "asunnot")
    marked = pdf(root, "plan", "asunnot", "--findings")
    assert len(marked) == len(plain) + 1

    def unnumbered(ps: list[str]) -> list[str]:
        return [re.sub(r"Sivu \d+ / \d+", "", p) for p in ps]

    assert unnumbered(marked[:-1]) == unnumbered(plain)  # the document itself is unchanged
    last = marked[-1]
    assert "SISÄINEN LIITE: HAVAINNOT – EI ASIAKKAALLE" in last
    assert "O002" in last
    assert "Järviseudun talous- ja velkaneuvonta" in last
    en = pdf(root, "plan", "asunnot", "--findings", lang="en")[-1]
    assert "INTERNAL APPENDIX: FINDINGS – NOT FOR THE CUSTOMER" in en


def test_guide_findings_page_on_request(root: Path) -> None:
    assert len(pdf(root, "project", "tyhja-hanke")) == 1
    marked = pdf(root, "project", "tyhja-hanke", "--findings")
    assert len(marked) == 2
    assert RULE_CODE.findall(marked[0]) == []
    assert {"P001", "P002", "P003"} <= set(RULE_CODE.findall(marked[1]))


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_text_documents_findings_only_on_request(root: Path, fmt: str) -> None:
    for kind, ident in (("plan", "asunnot"), ("project", "tyhja-hanke")):
        plain = run(root, kind, "render", ident, "-f", fmt, "-o", "-")
        assert plain.exit_code == 0, plain.output
        assert RULE_CODE.findall(plain.stdout) == []
        assert "Sisäinen liite" not in plain.stdout
        marked = run(root, kind, "render", ident, "-f", fmt, "--findings", "-o", "-")
        assert marked.exit_code == 0, marked.output
        assert RULE_CODE.findall(marked.stdout)
        assert marked.stdout.index("Sisäinen liite") < marked.stdout.index(
            RULE_CODE.findall(marked.stdout)[0]
        )


def test_guide_does_not_name_a_board_members_other_customer(root: Path) -> None:
    # Outi Kauppinen belongs to the ammattikorkeakoulu, another customer than the project's
    text = " ".join(pdf(root, "project", "pitka-hanke"))
    assert "Outi Kauppinen, Rehtori, toimitusjohtaja" in text
    assert [n for n in others(root, "pitka") if n in text] == []
    # in the ammattikorkeakoulu's own project she is named with her organisation
    own = " ".join(pdf(root, "project", "amk-opintohallinto"))
    assert "Järvikaupungin ammattikorkeakoulu Oy" in own


# --- layout, by text ---------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["fi", "en"])
@pytest.mark.parametrize("ident", ["pitka-hanke", "tyhja-hanke", "amk-opintohallinto"])
def test_guide_is_one_page_with_long_and_empty_data(root: Path, ident: str, lang: str) -> None:
    [page] = pdf(root, "project", ident, lang=lang)
    if ident == "pitka-hanke":
        for name in ("Heikki Iloinen", "Hanna Sovellus", "Tuula Nimetön", "Anna Lehtonen"):
            assert name in page
        assert norm(LONG_NAME) in page


def test_headers_are_not_hyphenated_and_long_plan_shows_every_need(root: Path) -> None:
    text = " ".join(pdf(root, "plan", "pitka"))
    assert "Projektipäällikkö" in text
    assert "Projektipäällik\u00ad" not in text  # Typst marks a hyphenation so
    assert len(re.findall(r"Tarve numero \d", text)) == 10
    assert "15.11.2028 – 31.12.2028" in text  # the short bar at the chart's end keeps its dates


def test_empty_plan_renders_in_both_languages(root: Path) -> None:
    assert "Ei kirjauksia." in " ".join(pdf(root, "plan", "tyhja"))
    assert "Nothing recorded." in " ".join(pdf(root, "plan", "tyhja", lang="en"))


def test_html_timeline_puts_a_short_bars_dates_beside_it(root: Path) -> None:
    r = run(root, "plan", "render", "pitka", "-f", "html", "-o", "-")
    assert r.exit_code == 0, r.output
    assert re.search(r'class="barlabel" style="right: [^"]+">15\.11\.2028 – 31\.12\.2028', r.stdout)


# --- where documents go ------------------------------------------------------------------


def test_documents_go_to_the_out_folder_by_default(root: Path, tmp_path: Path) -> None:
    r = run(root, "--lang", "en", "plan", "render", "tyhja", "-f", "pdf")
    assert r.exit_code == 0, r.output
    target = root / "out" / "plans" / "tyhja.pdf"
    assert target.read_bytes().startswith(b"%PDF")
    assert r.stderr.strip().startswith("Written: ")
    assert r.stderr.strip().endswith(str(Path("out") / "plans" / "tyhja.pdf"))
    r = run(root, "project", "render", "tyhja-hanke", "-f", "html")
    assert r.exit_code == 0, r.output
    assert (root / "out" / "projects" / "tyhja-hanke.html").is_file()
    assert r.stdout == ""
    r = run(root, "plan", "render", "--all", "-f", "md")
    assert r.exit_code == 0, r.output
    assert len(list((root / "out" / "plans").glob("*.md"))) == len(customer_names(root))
    # --out still overrides, --out - prints (a PDF as bytes)
    r = run(root, "plan", "render", "tyhja", "-o", str(tmp_path / "x.md"))
    assert r.exit_code == 0, r.output
    assert (tmp_path / "x.md").is_file()
    r = run(root, "plan", "render", "tyhja", "-f", "pdf", "-o", "-")
    assert r.stdout_bytes.startswith(b"%PDF")
    assert run(root, "plan", "render", "--all", "-o", "-").exit_code == 2


def test_out_folder_linked_out_of_the_repository_is_refused(
    root: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    repo = tmp_path_factory.mktemp("linked") / "repo"
    shutil.copytree(root / "data", repo / "data")
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    (repo / "out").symlink_to(elsewhere)
    r = run(repo, "--lang", "en", "plan", "render", "tyhja")
    assert r.exit_code == 2
    assert list(elsewhere.iterdir()) == []


ACCENT = (0.0431, 0.3608, 0.5569)  # the table header fill, rgb("#0b5c8e")
TEXT_WIDTH = 210 / 25.4 * 72 - 2 * 15 / 25.4 * 72  # A4 less the 15 mm side margins


def header_rows(page: pypdf.PageObject) -> list[tuple[float, float]]:
    """(left, right) of every table header row on a page: its accent-filled rectangles."""
    ops = ContentStream(page.get_contents(), page.pdf).operations
    rows: dict[float, list[tuple[float, float]]] = {}
    origin, color, points, curved = (0.0, 0.0), (0.0, 0.0, 0.0), [], False
    for operands, op in ops:
        if op == b"cm":
            origin = (float(operands[4]), float(operands[5]))
        elif op == b"scn":
            color = tuple(round(float(v), 4) for v in operands)
        elif op == b"m":
            points, curved = [float(operands[0])], False
        elif op == b"l":
            points.append(float(operands[0]))
        elif op == b"c":
            curved = True
        elif op == b"f" and color == ACCENT and not curved and len(points) == 4:
            left = origin[0] + min(points)
            rows.setdefault(round(origin[1], 1), []).append((left, origin[0] + max(points)))
    spans = [(min(c[0] for c in cells), max(c[1] for c in cells)) for cells in rows.values()]
    return [(a, b) for a, b in spans if b - a > 50]  # not the facts box's 3 pt rule


def test_every_table_spans_the_text_width_on_every_page(root: Path) -> None:
    for ident in ("malliasiakas", "pitka", "tyhja"):
        r = run(root, "plan", "render", ident, "-f", "pdf", "-o", "-")
        assert r.exit_code == 0, r.output
        reader = pypdf.PdfReader(io.BytesIO(r.stdout_bytes))
        widths = [right - left for p in reader.pages for left, right in header_rows(p)]
        assert len(widths) >= 2, ident
        assert [round(w) for w in widths] == [round(TEXT_WIDTH)] * len(widths), ident


def text_positions(page: pypdf.PageObject) -> list[tuple[float, float, str]]:
    """(x, y, text) of every piece of text on a page, y upwards."""
    found: list[tuple[float, float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip():
            found.append((cm[4] + tm[4], cm[5] + tm[5], text.strip()))

    page.extract_text(visitor_text=visit)
    return found


@pytest.mark.parametrize(
    "ident", ["amk-opintohallinto", "pitka-hanke", "hyvinvointi-asiakasportaali", "tyhja-hanke"]
)
def test_guide_role_columns_are_balanced(root: Path, ident: str) -> None:
    r = run(root, "project", "render", ident, "-f", "pdf", "-o", "-")
    assert r.exit_code == 0, r.output
    found = text_positions(pypdf.PdfReader(io.BytesIO(r.stdout_bytes)).pages[0])
    top = next(y for _, y, t in found if t.startswith("Ohjausryhmä ja tehtävät"))
    bottom = next(y for _, y, t in found if t.startswith("Kokouskäytäntö"))
    roles = [(x, y) for x, y, _ in found if bottom < y < top]
    middle = TEXT_WIDTH / 2 + 15 / 25.4 * 72
    left = top - min(y for x, y in roles if x < middle)
    right = top - min(y for x, y in roles if x >= middle)
    assert min(left, right) / max(left, right) > 0.65, (left, right)  # was 0.54-0.62
