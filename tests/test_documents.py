"""Documents: care plans, steering-group guides and the glossary, checked by their text."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pypdf
import pytest
from typer.testing import CliRunner

from asiakkuus_cli.cli.app import app

from .conftest import DEMO, Repo

RUNNER = CliRunner()
BASE = ["--root", str(DEMO), "--today", "2026-11-26"]


def run(*args: str, env: dict[str, str] | None = None, root: Path = DEMO):
    return RUNNER.invoke(app, ["--root", str(root), "--today", "2026-11-26", *args], env=env)


def norm(text: str) -> str:
    """Whitespace as one space (incl. no-break and narrow spaces); soft hyphens joined."""
    text = re.sub("\u00ad\\s*", "", text)
    return re.sub(r"[\s\u00a0\u202f]+", " ", text).strip()


def pdf_pages(data: bytes) -> list[str]:
    return [norm(p.extract_text()) for p in pypdf.PdfReader(io.BytesIO(data)).pages]


@pytest.fixture(scope="module")
def malli_pdf(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    out = tmp_path_factory.mktemp("pdf") / "malli.pdf"
    r = run("plan", "render", "malliasiakas", "--format", "pdf", "--out", str(out))
    assert r.exit_code == 0, r.output
    return out.read_bytes()


# Every cell of the appendix-4 example, as the Finnish document shows it.
APPENDIX_4 = [
    # header
    "Malliasiakas",
    "20.3.2015",
    "Hyvinvointi, vapaa-aika ja työterveys",
    "toimiala",
    "Anna Lehtonen",
    "Kaisa Mallinen",
    "280 000 €",
    "+24 000 €",
    "74 (+2)",
    "7 (kasvu jatkuu voimakkaammin)",
    # development projects
    "Projekti 1 1.1.2015 31.7.2015 Tuula Nimetön 10 000 € Heikki Iloinen 1",
    "Projekti 2 15.6.2014 31.12.2015 Jari Nimekäs 150 000 € EI EDUSTUSTA Seuranta 1krt/kk 2",
    # critical systems
    "Himble LogUs 2 Toukokuu Hanna Sovellus Himble Oy IT 2",
    "Legasos 2 Syyskuu Jukka Järkkäri Knowledge Oy Ulkoinen 1",
    # yearly care events
    "IT Messut Hallintopalvelut Asiakas Maaliskuu IT",
    "Budjettiarvojen toimitus Palveluhallinta Kumppanuushallinta Huhtikuu IT",
    "Budjettitapaaminen Kumppanuushallinta Asiakas Toukokuu Asiakkaalla",
    "Asiakastyytyväisyyskysely Hallintopalvelut Asiakas Elokuu WWW",
    "Kyselyn analysointi Hallintopalvelut IT:n johto Lokakuu IT",
    "Budjettiarvojen toimitus Palveluhallinta Kumppanuushallinta Marraskuu IT",
    "Budjettitapaaminen Kumppanuushallinta Asiakas Joulukuu Asiakkaalla",
    # small needs
    "SingleSignOn Helpottaa työskentelyä 13.3.2015 Ei Kyllä",
    "Asiakaskohtaiset toimialueasetukset Helpottaa työskentelyä 4.7.2014 Ei Kyllä",
    "Mobiilien päätteiden tuki Helpottaa työskentelyä 13.4.2013 Ei Ei",
    # marketing and agreements
    "Sähköinen työpöytä",
    "mobiili työtapa",
    "dokumentinhallinnan kehityshankkeet",
    "seudullinen kehittämissuunnitelma",
]

SECTIONS_FI = [
    "Asiakkuuksien hoitosuunnitelma",
    "Suunnitelma päivitetty",
    "Segmentti",
    "Kumppanuuspäällikkö",
    "Asiakkaan yhteyshenkilö",
    "Asiakkaan veloitukset vuodessa",
    "Veloitusten muutos aiempaan vuoteen",
    "Asiakkaan henkilöstön määrä",
    "Asiakkaan tulevaisuusnäkymät",
    "Asiakkaan kehittämishankkeet",
    "Hankkeiden aikajana",
    "Kriittisten palveluiden säännölliset toimenpiteet",
    "Asiakkuuksien hoidon säännöllisesti toistuvat tapahtumat",
    "Seuraavat 12 kuukautta",
    "Asiakkaan havaitsemat pienkehitystarpeet",
    "Asiakaskohtaiset markkinointitoimet",
    "Kaupungin johdon ja asiakkaan keskenään sopimat asiat",
]


def test_plan_pdf_has_every_cell_of_the_appendix_4_example(malli_pdf: bytes) -> None:
    text = " ".join(pdf_pages(malli_pdf))
    missing = [cell for cell in APPENDIX_4 if norm(cell) not in text]
    assert missing == []


def test_plan_pdf_sections_in_template_order(malli_pdf: bytes) -> None:
    text = " ".join(pdf_pages(malli_pdf))
    positions = [text.find(h) for h in SECTIONS_FI]
    assert -1 not in positions
    assert positions == sorted(positions)


def test_plan_pdf_every_page_marked(malli_pdf: bytes) -> None:
    pages = pdf_pages(malli_pdf)
    assert len(pages) >= 2
    for n, page in enumerate(pages, start=1):
        assert "Järvikaupungin IT-palvelut" in page
        assert "SISÄISEEN KÄYTTÖÖN" in page.upper()
        assert f"Sivu {n} / {len(pages)}" in page


def test_plan_calendar_merged_without_duplicates() -> None:
    r = run("plan", "render", "malliasiakas", "-o", "-")
    assert r.exit_code == 0, r.output
    # the plan repeats the organisation's calendar (one letter's case differs): listed once
    rows = [line for line in r.stdout.splitlines() if line.startswith("| Budjettitapaaminen |")]
    assert len(rows) == 2
    months = [line.split("|")[4].strip() for line in rows]
    assert months == ["Toukokuu", "Joulukuu"]


def test_plan_in_english(tmp_path: Path) -> None:
    r = run("--lang", "en", "plan", "render", "malliasiakas", "-o", "-")
    assert r.exit_code == 0, r.output
    for heading in (
        "Customer care plan",
        "Customer's development projects",
        "Internal use only",
        "Regular work on critical services",
        "Small development needs",
    ):
        assert heading in r.stdout
    assert "€280,000" in r.stdout
    assert "+€24,000" in r.stdout
    assert "1 Jan 2015" in r.stdout
    assert "NO REPRESENTATION" in r.stdout
    assert "Asiakkaan kehittämishankkeet" not in r.stdout
    out = tmp_path / "en.pdf"
    r = run("--lang", "en", "plan", "render", "malliasiakas", "-f", "pdf", "--out", str(out))
    assert r.exit_code == 0, r.output
    text = " ".join(pdf_pages(out.read_bytes()))
    assert "Customer care plan" in text
    assert "Page 1 / " in text
    assert "INTERNAL USE ONLY" in text


def test_guides_fit_one_page_and_name_every_member(tmp_path: Path) -> None:
    for pid in ("amk-opintohallinto", "asiakastiedon-kokoaminen", "hyvinvointi-asiakasportaali"):
        out = tmp_path / f"{pid}.pdf"
        r = run("project", "render", pid, "--format", "pdf", "--out", str(out))
        assert r.exit_code == 0, r.output
        pages = pdf_pages(out.read_bytes())
        assert len(pages) == 1, pid
        md = run("project", "render", pid, "-o", "-").stdout
        names = re.findall(r"^\*\*(.+?)\*\*", md, flags=re.M)
        text = pages[0]
        for name in names:
            if name != "ei nimetty":
                assert norm(name) in text, (pid, name)
        for role in (
            "Omistaja (executive)",
            "Omistajan toiminnasta vastaava (senior user)",
            "Omistajan operatiivinen edustaja (user)",
            "Toimittajan tuotannosta vastaava (senior supplier)",
            "Toimittajan operatiivinen edustaja (supplier)",
        ):
            assert role in text, (pid, role)
        assert "ei projektipäällikkö" in text
        assert "Sisäiseen käyttöön".upper() in text.upper()


def test_guide_markdown_and_english() -> None:
    r = run("--lang", "en", "project", "render", "amk-opintohallinto", "-o", "-")
    assert r.exit_code == 0, r.output
    assert "### Executive (omistaja) · customer side" in r.stdout
    assert "not the project" in r.stdout
    assert "Outi Kauppinen" in r.stdout
    assert "every 3 weeks" in r.stdout


def test_guide_shows_missing_senior_supplier(repo: Repo) -> None:
    repo.base()
    repo.write(
        "data/projects/uusi.yaml",
        """\
        id: uusi
        name: Uusi hanke
        customer: vapaa-aika
        status: running
        project_manager: paula-pm
        board:
          executive: olli-omistaja
          senior_users: [anna-asiakas]
        """,
    )
    r = run("project", "render", "uusi", "-f", "html", "-o", "-", root=repo.root)
    assert r.exit_code == 0, r.output
    assert 'class="missing">ei nimetty' in r.stdout


def test_html_escapes_script(repo: Repo) -> None:
    repo.base()
    repo.write(
        "data/customers/vapaa-aika.yaml",
        """\
        id: vapaa-aika
        name: "<script>alert(1)</script>"
        type: division
        segment: 1
        updated: 2026-11-01
        account_manager: liisa-laine
        agreements: ["a & b <b>bold</b>"]
        """,
    )
    r = run("plan", "render", "vapaa-aika", "--format", "html", "-o", "-", root=repo.root)
    assert r.exit_code == 0, r.output
    assert "<script>" not in r.stdout
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in r.stdout
    assert "a &amp; b &lt;b&gt;bold&lt;/b&gt;" in r.stdout
    assert "<style>" in r.stdout
    assert "http" not in r.stdout


def test_markdown_table_survives_pipe_and_newline(repo: Repo) -> None:
    repo.base()
    repo.write(
        "data/customers/vapaa-aika.yaml",
        """\
        id: vapaa-aika
        name: Vapaa | aika
        type: division
        segment: 1
        updated: 2026-11-01
        account_manager: liisa-laine
        projects:
          - name: "A | B"
            action: "rivi 1\\nrivi 2"
            priority: 1
        """,
    )
    r = run("plan", "render", "vapaa-aika", "-o", "-", root=repo.root)
    assert r.exit_code == 0, r.output
    row = next(line for line in r.stdout.splitlines() if line.startswith("| A"))
    cells = re.split(r"(?<!\\)\|", row)[1:-1]
    assert len(cells) == 8
    assert cells[0].strip() == r"A \| B"
    assert cells[6].strip() == "rivi 1<br>rivi 2"


def test_typst_sees_data_as_text(repo: Repo, tmp_path: Path) -> None:
    repo.base()
    evil = '#panic("boom") ] $x$ `code` <lbl> @ref'
    repo.write(
        "data/customers/vapaa-aika.yaml",
        f"""\
        id: vapaa-aika
        name: 'Vapaa {evil}'
        type: division
        segment: 1
        updated: 2026-11-01
        account_manager: liisa-laine
        """,
    )
    out = tmp_path / "x.pdf"
    r = run("plan", "render", "vapaa-aika", "-f", "pdf", "-o", str(out), root=repo.root)
    assert r.exit_code == 0, r.output
    assert norm(evil) in " ".join(pdf_pages(out.read_bytes()))


def test_show_prints_markup_literally(repo: Repo) -> None:
    repo.base()
    repo.write(
        "data/customers/vapaa-aika.yaml",
        """\
        id: vapaa-aika
        name: "[bold]Vapaa[/bold]"
        type: division
        segment: 1
        updated: 2026-11-01
        account_manager: liisa-laine
        needs:
          - need: "[red]x[/]"
            observed: 2026-01-01
        """,
    )
    r = run("--no-color", "plan", "show", "vapaa-aika", root=repo.root)
    assert r.exit_code == 0, r.output
    assert "[bold]Vapaa[/bold]" in r.stdout
    assert "[red]x[/]" in r.stdout
    assert "\x1b[" not in r.stdout


def test_project_show() -> None:
    r = run("--no-color", "project", "show", "amk-opintohallinto")
    assert r.exit_code == 0, r.output
    assert "Omistaja (executive)" in r.stdout
    assert "Outi Kauppinen" in r.stdout


def test_plan_with_errors_still_renders(repo: Repo) -> None:
    repo.base()
    repo.write(
        "data/customers/vapaa-aika.yaml",
        """\
        id: vapaa-aika
        name: Vapaa-aika
        type: division
        segment: 1
        updated: 2026-11-01
        account_manager: nobody-known
        """,
    )
    r = run("--lang", "en", "plan", "render", "vapaa-aika", "-o", "-", root=repo.root)
    assert r.exit_code == 0, r.output
    assert "R001" not in r.stdout  # the document for the customer: no findings
    r = run("--lang", "en", "plan", "render", "vapaa-aika", "--findings", "-o", "-", root=repo.root)
    assert r.exit_code == 0, r.output
    assert "R001" in r.stdout
    assert "nobody-known" in r.stdout


def test_unloadable_plan_exits_1_with_findings(repo: Repo) -> None:
    repo.base()
    repo.write("data/customers/vapaa-aika.yaml", "id: vapaa-aika\nname: [unclosed\n")
    r = run("plan", "render", "vapaa-aika", "-o", "-", root=repo.root)
    assert r.exit_code == 1
    assert "S001" in r.output
    assert "data/customers/vapaa-aika.yaml" in r.output


def test_unknown_id_suggests_close_ones() -> None:
    r = run("--lang", "en", "plan", "render", "malliasiakkas")
    assert r.exit_code == 2
    assert "There is no customer 'malliasiakkas'" in r.output
    assert "Did you mean: malliasiakas?" in r.output
    r = run("project", "show", "amk-opintohalinto")
    assert r.exit_code == 2
    assert "amk-opintohallinto" in r.output


@pytest.mark.parametrize("bad", ["../people", "a/b", "..", "/etc/passwd", "Malliasiakas", "-x"])
def test_path_like_ids_refused(bad: str) -> None:
    r = run("--lang", "en", "plan", "render", "--", bad)
    assert r.exit_code == 2
    assert "not a valid id" in r.output


def test_reproducible_with_source_date_epoch(tmp_path: Path) -> None:
    env = {"SOURCE_DATE_EPOCH": "1767225600"}  # 2026-01-01
    blobs = []
    for n in range(2):
        out = tmp_path / f"g{n}.pdf"
        cmd = [
            "--root",
            str(DEMO),
            "project",
            "render",
            "amk-opintohallinto",
            "-f",
            "pdf",
            "-o",
            str(out),
        ]
        r = RUNNER.invoke(app, cmd, env=env)
        assert r.exit_code == 0, r.output
        blobs.append(out.read_bytes())
    assert blobs[0] == blobs[1]
    assert "Tilanne 1.1.2026" in pdf_pages(blobs[0])[0]
    html = [
        RUNNER.invoke(
            app,
            ["--root", str(DEMO), "plan", "render", "malliasiakas", "-f", "html", "-o", "-"],
            env=env,
        ).stdout
        for _ in range(2)
    ]
    assert html[0] == html[1]


def test_render_all_writes_every_plan(tmp_path: Path) -> None:
    out = tmp_path / "plans"
    r = run("plan", "render", "--all", "--format", "html", "--out", str(out))
    assert r.exit_code == 0, r.output
    written = sorted(p.name for p in out.iterdir())
    expected = sorted(p.stem + ".html" for p in (DEMO / "data" / "customers").glob("*.yaml"))
    assert written == expected
    assert not [p for p in out.iterdir() if p.name.startswith(".")]  # no temp files left


def test_render_argument_problems(tmp_path: Path) -> None:
    assert run("plan", "render").exit_code == 2
    assert run("plan", "render", "--all", "-o", "-").exit_code == 2
    assert run("plan", "render", "malliasiakas", "--all", "-o", str(tmp_path)).exit_code == 2
    assert run("plan", "render", "malliasiakas", "-f", "docx").exit_code == 2
    r = run("plan", "render", "malliasiakas", "-o", str(tmp_path / "no" / "such.md"))
    assert r.exit_code == 2
    r = run("plan", "render", "malliasiakas", "-o", str(tmp_path))  # a directory: <id>.md in it
    assert r.exit_code == 0
    assert (tmp_path / "malliasiakas.md").is_file()


def test_repository_template_overrides_builtin(repo: Repo) -> None:
    repo.base()
    repo.write("templates/plan.md.j2", "OMA {{ customer|md }} {{ header[1].value }}\n")
    r = run("plan", "render", "vapaa-aika", "-o", "-", root=repo.root)
    assert r.exit_code == 0, r.output
    assert r.stdout == "OMA Vapaa-aikatoimiala 1.11.2026\n"


def test_broken_template_is_a_clear_error(repo: Repo) -> None:
    repo.base()
    repo.write("templates/plan.md.j2", "{{ no_such_field }}\n")
    r = run("plan", "render", "vapaa-aika", "-o", "-", root=repo.root)
    assert r.exit_code == 2
    assert "plan.md.j2" in r.output
    assert "Traceback" not in r.output


def test_glossary_terms_in_both_languages() -> None:
    r = RUNNER.invoke(app, ["glossary", "--format", "md"])
    assert r.exit_code == 0, r.output
    for fi, en in (
        ("omistaja", "executive"),
        ("omistajan toiminnasta vastaava", "senior user"),
        ("toimittajan tuotannosta vastaava", "senior supplier"),
        ("ohjausryhmä", "project board"),
        ("liiketoimintaperuste", "business case"),
        ("opittujen asioiden loki", "lessons log"),
        ("poikkeama", "exception"),
        ("kumppanuuspäällikkö", "partnership manager"),
    ):
        assert f"| {fi} | {en} |" in r.stdout
    r = RUNNER.invoke(app, ["--lang", "en", "--no-color", "glossary"])
    assert r.exit_code == 0
    assert "PRINCE2 glossary" in r.stdout
    assert "omistaja" in r.stdout


@pytest.mark.parametrize(
    "args",
    [
        ["plan", "render", "malliasiakas", "-f", "md", "-o", "-"],
        ["calendar", "--ics", "-"],
    ],
)
def test_source_date_epoch_that_is_not_seconds_is_a_usage_error(args: list[str]) -> None:
    """One reading of SOURCE_DATE_EPOCH (runtime.source_date_epoch) for documents, PDF and ICS."""
    r = RUNNER.invoke(
        app, ["--lang", "en", "--root", str(DEMO), *args], env={"SOURCE_DATE_EPOCH": "soon"}
    )
    assert r.exit_code == 2, r.output
    assert "SOURCE_DATE_EPOCH 'soon' is not a whole number" in r.output
