"""Word and Excel inputs for `asiakkuus import`, built with python-docx and openpyxl:
the one generator of the import tests (through tests/importdocs.py) and of
benchmarks/bench.py's import cases.

`seed_plan` is the source study's appendix-4 example plan (the template as it
appears in shared/seed, with its blanks filled in as data/customers/malliasiakas.yaml
records them); its options vary the layout the way real documents drift.
`word_plans` writes a batch of them with varied layouts, `register_rows` the customer
register that completes such a batch, `workbook` and `csv_file` write rows out.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

HEADER = [
    ("Suunnitelma päivitetty", "20.3.2015"),
    ("Segmentti", "1, Toimiala"),
    ("Kumppanuuspäällikkö", "Anna Lehtonen"),
    ("Asiakkaan yhteyshenkilö", "Kaisa Mallinen (henkilö, jolta tiedot sisältöön saatu)"),
    ("Asiakkaan veloitukset vuodessa", "280 000€"),
    ("Veloitusten muutos aiempaan vuoteen", "+ 24 000€"),
    ("Asiakkaan henkilöstön määrä ja muutos aiempaan vuoteen", "74 (+2)"),
    ("Asiakkaan tulevaisuusnäkymät (potentiaaliarvo)", "7 (kasvu jatkuu voimakkaammin)"),
]
INTRO = (
    "Asiakkuuksien hoitosuunnitelma on tarkoitettu IT-palvelut -palvelukeskuksen sisäiseen "
    "käyttöön ja helpottamaan asiakkuuksien hoitoa."
)
PROJECTS = [
    [
        "Projektin Nimi",
        "Projektin alku pvm",
        "Projektin arvioitu päätös pvm",
        "Projekti päällikkö",
        "Budjetti (€)",
        "IT:n edustus",
        "Toimenpide",
        "Prioriteetti",
    ],
    ["Projekti 1", "1.1.2015", "31.7.2015", "T. Nimetön", "10000€", "H. Iloinen", "", "1"],
    [
        "Projekti\n2",
        "15.6.2014",
        "31.12.2015",
        "J. Nimekäs",
        "150000€",
        "EI EDUS-\nTUSTA",
        "Seuranta\n1krt/kk",
        "2",
    ],
]
SYSTEMS = [
    [
        "Järjestelmän Nimi",
        "Päivitysten määrä / vuosi",
        "Seuraava Päivitys ajankohta",
        "Asiakkaan yhteyshenkilö",
        "Sovellustoimittaja",
        "Ylläpito",
        "Resurssit IT:stä",
        "Muuta",
    ],
    ["Himble LogUs", "2", "Toukokuu", "H. Sovellus", "Himble Oy", "IT", "2", ""],
    ["Legasos", "2", "Syyskuu", "J. Järkkäri", "Knowledge Oy", "Ulkoinen", "1", ""],
]
CALENDAR = [
    [
        "Toimenpide (mitä)",
        "vastuutaho (kuka)",
        "toimenpiteen vastaanottaja (kenelle)",
        "ajankohta (milloin)",
        "sijainti (missä)",
    ],
    ["IT Messut", "Hallintopalvelut", "Asiakas", "Maaliskuu", "IT"],
    ["Budjettiarvojen toimitus", "Palveluhallinta", "Kumppanuushallinta", "Huhtikuu", "IT"],
    ["Budjettitapaaminen", "Kumppanuushallinta", "Asiakas", "Toukokuu", "Asiakkaalla"],
    ["Asiakastyytyväisyyskysely", "Hallintopalvelut", "Asiakas", "Elokuu", "WWW"],
    ["Kyselyn analysointi", "Hallintopalvelut", "IT:n Johto", "Lokakuu", "IT"],
    ["Budjettiarvojen toimitus", "Palveluhallinta", "Kumppanuushallinta", "Marraskuu", "IT"],
    ["Budjettitapaaminen", "Kumppanuushallinta", "Asiakas", "Joulukuu", "Asiakkaalla"],
]
NEEDS = [
    ["Tarve", "Vaikuttavuus", "Tarve havaittu", "Onko budjetoitu", "Sopiiko ympäristöön"],
    ["SingleSignOn", "Helpottaa työskente-\nlyä", "13.3.2015", "EI", "KYLLÄ"],
    ["Asiakaskohtaiset toimialueasetukset", "Helpottaa työskentelyä", "4.7.2014", "EI", "KYLLÄ"],
    ["Mobiilien päätteiden tuki", "Helpottaa työskentelyä", "13.4.2013", "EI", "EI"],
]


@dataclass
class Layout:
    """How one generated document differs from the template."""

    header_table: bool = False  # the header as a two-column table instead of lines
    reorder: bool = False  # every table's columns in reverse order
    merge_title_row: bool = False  # a merged title row above each table's header
    split_projects: bool = False  # the projects table split in two (page break), header repeated
    split_no_header: bool = False  # ... or split without repeating the header
    empty_rows: bool = False
    hyphenate: bool = False  # labels hyphenated at line breaks, as in the PDF text
    extra_text: list[str] = field(default_factory=list)  # paragraphs after the last table
    after_projects: list[str] = field(default_factory=list)  # paragraphs after the projects table
    merge_manager: bool = False  # one project manager cell merged down both project rows
    name: str = "Malliasiakas"
    header: list[tuple[str, str]] = field(default_factory=lambda: list(HEADER))


def _hyphenate(label: str) -> str:
    words = label.split(" ")
    first = words[0]
    if len(first) > 6:
        words[0] = first[:4] + "-\n" + first[4:]
    return " ".join(words)


def _table(document: Any, rows: list[list[str]], layout: Layout, title: str = "") -> None:
    rows = [list(r) for r in rows]
    if layout.hyphenate:
        rows[0] = [_hyphenate(c) for c in rows[0]]
    if layout.reorder:
        rows = [list(reversed(r)) for r in rows]
    if layout.empty_rows:
        rows = [rows[0], [""] * len(rows[0])] + [
            r for row in rows[1:] for r in (row, [""] * len(row))
        ]
    extra = 1 if layout.merge_title_row else 0
    table = document.add_table(rows=len(rows) + extra, cols=len(rows[0]))
    if extra:
        merged = table.cell(0, 0).merge(table.cell(0, len(rows[0]) - 1))
        merged.text = title
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = table.cell(r + extra, c)
            lines = text.split("\n")
            cell.text = lines[0]
            for line in lines[1:]:
                cell.paragraphs[0].add_run().add_break()
                cell.paragraphs[0].add_run(line)


def seed_plan(path: Path, layout: Layout | None = None) -> Path:
    import docx

    layout = layout or Layout()
    document = docx.Document()
    document.add_heading("Asiakkuuksien hoitosuunnitelma", level=1)
    document.add_paragraph(layout.name)
    if layout.header_table:
        table = document.add_table(rows=len(layout.header), cols=2)
        for r, (label, value) in enumerate(layout.header):
            table.cell(r, 0).text = label
            table.cell(r, 1).text = value
    else:
        for label, value in layout.header:
            document.add_paragraph(f"{_hyphenate(label) if layout.hyphenate else label}: {value}")
    document.add_paragraph(INTRO)
    document.add_heading("Asiakkaan kehittämishankkeet", level=2)
    document.add_paragraph(
        "Asiakkaan kehittämishankkeisiin kirjataan kaikki tiedossa olevat hankkeet."
    )
    if layout.split_projects or layout.split_no_header:
        _table(document, PROJECTS[:2], layout, "Kehittämishankkeet")
        document.add_page_break()
        rest = PROJECTS[2:]
        if layout.split_projects:
            _table(document, [PROJECTS[0], *rest], Layout(reorder=layout.reorder), "")
        else:
            import copy

            second = Layout(reorder=layout.reorder)
            rows = [list(reversed(r)) for r in rest] if layout.reorder else copy.deepcopy(rest)
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            for r, row in enumerate(rows):
                for c, text in enumerate(row):
                    table.cell(r, c).text = text
            del second
    else:
        _table(document, PROJECTS, layout, "Kehittämishankkeet")
        if layout.merge_manager:
            table = document.tables[-1]
            first = len(table.rows) - 2
            col = 3 if not layout.reorder else len(PROJECTS[0]) - 4
            top = table.cell(first, col)
            top.merge(table.cell(first + 1, col)).text = "T. Nimetön"
    for text in layout.after_projects:
        document.add_paragraph(text)
    document.add_heading("Kriittisten palveluiden säännölliset toimenpiteet", level=2)
    document.add_paragraph(
        "Kriittisten palveluiden päivitysten aikataulut ja toiminnallisuudet kirjataan alla olevaan taulukkoon."
    )
    _table(document, SYSTEMS, layout, "Kriittiset palvelut")
    document.add_heading(
        "Asiakkuuksien hoitoa koskevia säännöllisesti toistuvien tapahtumien aikatauluja", level=2
    )
    document.add_paragraph(
        "Asiakaskohtaisten budjettitapaamisten ajankohdat ja osallistujat merkitään alla olevaan taulukkoon."
    )
    _table(document, CALENDAR, layout, "Vuosikello")
    document.add_heading("Asiakkaan havaitsemia pienkehitystarpeita", level=2)
    document.add_paragraph(
        "Tähän taulukkoon kirjataan ylös asiakkaan havaitsemia kehittämistarpeita."
    )
    _table(document, NEEDS, layout, "Pienkehitystarpeet")
    document.add_heading("Asiakaskohtaiset markkinointitoimet", level=2)
    document.add_paragraph(
        "- Asiakas kuuluu potentiaalisen kasvun asiakkaaksi. Potentiaalisen kasvun omaaville "
        "asiakkaille tarjotaan seuraavia ajankohtaisia palveluita."
    )
    for offer in ("Sähköinen työpöytä", "mobiili työtapa", "dokumentinhallinnan kehityshankkeet"):
        document.add_paragraph(f"o {offer}")
    document.add_heading("Kaupungin johdon ja asiakkaan keskenään sopimat asiat", level=2)
    document.add_paragraph("- seudullinen kehittämissuunnitelma")
    for text in layout.extra_text:
        document.add_paragraph(text)
    document.save(str(path))
    return path


def workbook(
    path: Path, rows: list[list[Any]], sheet: str = "Asiakkaat", date_format: str | None = None
) -> Path:
    """An .xlsx with `rows` on one sheet; `date_format` for its date cells."""
    import openpyxl

    book = openpyxl.Workbook()
    ws = book.active
    ws.title = sheet
    for row in rows:
        ws.append(row)
    if date_format:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, datetime):
                    cell.number_format = date_format
    book.save(path)
    return path


def csv_file(path: Path, rows: list[list[Any]]) -> Path:
    """`rows` as Finnish Excel saves a CSV: `;` between cells, a decimal comma."""
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, delimiter=";")
        for row in rows:
            writer.writerow([str(c).replace(".", ",") if isinstance(c, float) else c for c in row])
    return path


#: The layouts a batch of Word plans cycles through: the template as it is, and the
#: ways real documents drift from it.
LAYOUTS = [
    {},
    {"reorder": True},
    {"header_table": True},
    {"merge_title_row": True, "hyphenate": True},
    {"split_projects": True},
    {"empty_rows": True},
    {"merge_manager": True},
]


def word_plans(folder: Path, count: int) -> list[Path]:
    """`count` Word plans of customers `Asiakas 0`... (ids `asiakas-0`...), cycling
    through LAYOUTS. One document is built per layout and each plan is a copy of it with
    its customer's name written in (python-docx takes 0.1 s a document; the copy 2 ms)."""
    import zipfile

    folder.mkdir(parents=True, exist_ok=True)
    marker = "Asiakas 9999999"
    templates: list[dict[str, bytes]] = []
    for layout in LAYOUTS[: min(count, len(LAYOUTS))]:
        built = seed_plan(folder / "layout.docx", Layout(name=marker, **layout))
        with zipfile.ZipFile(built) as source:
            templates.append({info.filename: source.read(info) for info in source.infolist()})
        built.unlink()
    paths = []
    for i in range(count):
        parts = templates[i % len(LAYOUTS)]
        path = folder / f"suunnitelma-{i:04}.docx"
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
            for name, data in parts.items():
                if name == "word/document.xml":
                    assert data.count(marker.encode()) == 1
                    data = data.replace(marker.encode(), f"Asiakas {i}".encode())
                out.writestr(name, data)
        paths.append(path)
    return paths


REGISTER_HEADER = [
    "Tunnus",
    "Asiakas",
    "Segmentti",
    "Asiakkaan veloitukset vuodessa",
    "Veloitusten muutos",
    "Henkilöstön määrä",
    "Henkilöstön muutos",
    "Potentiaaliarvo",
]


def register_rows(count: int) -> list[list[Any]]:
    """A finance system's customer register of the customers of `word_plans(count)`, with a
    title row above the header: every plan gets new charges and headcount."""
    rows: list[list[Any]] = [["Asiakasrekisteri 2026"], REGISTER_HEADER]
    for i in range(count):
        rows.append(
            [
                f"asiakas-{i}",
                f"Asiakas {i}",
                1 + i % 2,
                300000 + 1000 * i + 0.5,
                20000 - 100 * i,
                80 + i % 40,
                i % 7 - 3,
                1 + i % 10,
            ]
        )
    return rows
