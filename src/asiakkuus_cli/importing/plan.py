"""Blocks of a Word care plan -> a draft of the YAML plan, with what was guessed.

The draft keeps plain values (str, int, Decimal, date, bool, lists, dicts) in
the plan's field names, a `# tuonti:` comment for each value that had to be
guessed or could not be read, the text that fitted nowhere (for `notes`, with
the section it came from) and the people to propose. Nothing here reads
files or prints.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..models.values import MONTHS_EN, MONTHS_FI, parse_month_or_date
from .labels import (
    COLUMNS,
    HEADER,
    MAINTENANCE_WORDS,
    NO_REPRESENTATION,
    ORG_TYPE_WORDS,
    SECTIONS,
    TEMPLATE_TEXT,
    TITLE,
)
from .people import Directory, Match, Proposal
from .text import (
    assign_columns,
    clean,
    clean_lines,
    compact,
    fold,
    is_placeholder,
    label_score,
    read_bool,
    read_date,
    read_int,
    read_money,
    strip_bullet,
    words,
)
from .wordfile import Block, Para, Table

Path_ = tuple[str | int, ...]


@dataclass(frozen=True)
class Comment:
    """A `# tuonti:` comment: a catalogue key and its parameters."""

    key: str
    params: dict[str, Any] = field(default_factory=dict)


@dataclass
class Draft:
    values: dict[str, Any] = field(default_factory=dict)
    comments: dict[Path_, list[Comment]] = field(default_factory=dict)
    notes: list[tuple[str, str]] = field(default_factory=list)  # (section, text)
    mapped: int = 0
    guessed: int = 0
    skipped_template: int = 0
    proposals: list[Proposal] = field(default_factory=list)

    def note(self, section: str, text: str) -> None:
        text = clean(text)
        if text:
            self.notes.append((section, text))

    def comment(self, path: Path_, key: str, guessed: bool = True, **params: Any) -> None:
        self.comment_with(path, key, params, guessed)

    def comment_with(
        self, path: Path_, key: str, params: dict[str, Any], guessed: bool = True
    ) -> None:
        self.comments.setdefault(path, []).append(Comment(key, dict(params)))
        if guessed:
            self.guessed += 1


@dataclass
class Context:
    """What the reader needs to know of the repository."""

    people: Directory
    segments: list[tuple[str, str]]  # (id, name)
    customer_id: str = ""  # the plan's id once known (the organisation of its contacts)


# --- values of one field -------------------------------------------------------------------

Reader = Callable[[Draft, Path_, str, Context], Any]
_MISSING = object()


def _text(_d: Draft, _p: Path_, raw: str, _c: Context) -> Any:
    return clean(raw) or _MISSING


def _raw_kept(d: Draft, p: Path_, raw: str, key: str) -> Any:
    d.comment(p, key, value=clean(raw))
    return clean(raw)


def _read_as(read: Callable[[str], Any], unread: str, placeholder: bool = False) -> Reader:
    """A reader of one kind of value: a blank cell (or, with `placeholder`, the template's
    own blank) is missing; what `read` cannot read is kept as written, with `unread`."""

    def reader(d: Draft, p: Path_, raw: str, _c: Context) -> Any:
        if not clean(raw) or (placeholder and is_placeholder(raw)):
            return _MISSING
        found = read(raw)
        return found if found is not None else _raw_kept(d, p, raw, unread)

    return reader


_date = _read_as(read_date, "importing.unread.date", placeholder=True)
_money = _read_as(read_money, "importing.unread.money")
_bool = _read_as(read_bool, "importing.unread.bool")


def _int(d: Draft, p: Path_, raw: str, _c: Context) -> Any:
    if not clean(raw):
        return _MISSING
    found = read_int(raw)
    if found is None:
        return _raw_kept(d, p, raw, "importing.unread.number")
    if str(found) != clean(raw).lstrip("+"):
        d.comment(p, "importing.guess.number", value=clean(raw))
    return found


def _month(d: Draft, p: Path_, raw: str, _c: Context) -> Any:
    text = clean(raw)
    if not text:
        return _MISSING
    try:
        parse_month_or_date(text)
        return text
    except ValueError:
        pass
    day = read_date(text)
    if day is not None:
        return day
    folded = fold(text)
    for names in (MONTHS_FI, MONTHS_EN):
        for name in names:
            if (
                len(folded) >= 4
                and fold(name)[:5].startswith(folded[:5])
                and folded[:3] == fold(name)[:3]
            ):
                d.comment(p, "importing.guess.month", value=text)
                return name
    return _raw_kept(d, p, raw, "importing.unread.month")


def _tags(_d: Draft, _p: Path_, raw: str, _c: Context) -> Any:
    parts = [clean(x) for x in re.split(r"[,;\n]", raw)]
    return [x for x in parts if x] or _MISSING


def _maintenance(d: Draft, p: Path_, raw: str, _c: Context) -> Any:
    text = clean(raw)
    if not text:
        return _MISSING
    for value, names in MAINTENANCE_WORDS.items():
        if fold(text) in {fold(n) for n in names}:
            return value
    return _raw_kept(d, p, raw, "importing.unread.maintenance")


def _person(org: str, roles: tuple[str, ...] = ()) -> Reader:
    def read(d: Draft, p: Path_, raw: str, c: Context) -> Any:
        organisation = c.customer_id if org == "customer" else org
        match = c.people.resolve(raw, organisation or "it", roles)
        return _use_match(d, p, match, raw)

    return read


def _contact_text(d: Draft, p: Path_, raw: str, c: Context) -> Any:
    """A critical system's contact: a person id when known, else the name as written."""
    match = c.people.resolve(raw, c.customer_id or "it", propose=False)
    if match.id is None:
        return match.leftover or _MISSING
    return _use_match(d, p, match, raw)


def _use_match(d: Draft, p: Path_, match: Match, raw: str) -> Any:
    if match.leftover:  # text beside the name, in parentheses: kept whole with its section
        d.note(str(p[0]) if p[0] in SECTIONS else "header", clean(raw))
    if match.id is None:
        return _MISSING
    if match.guess:
        d.comment_with(p, match.guess, match.guess_params)
    if match.proposal is not None and match.proposal not in d.proposals:
        d.proposals.append(match.proposal)
    return match.id


def _it_rep(d: Draft, p: Path_, raw: str, c: Context) -> Any:
    text = clean(raw)
    if fold(text) in NO_REPRESENTATION:
        d.comment((*p[:-1], "name"), "importing.info.no_it", guessed=False, value=text)
        return _MISSING
    return _person("it", ("expert",))(d, p, raw, c)


READERS: dict[str, dict[str, Reader]] = {
    "projects": {
        "name": _text,
        "project": _text,
        "start": _date,
        "end": _date,
        "manager": _person("customer"),
        "budget": _money,
        "it_representative": _it_rep,
        "action": _text,
        "priority": _int,
        "done": _bool,
    },
    "critical_systems": {
        "name": _text,
        "updates_per_year": _int,
        "next_update": _month,
        "customer_contact": _contact_text,
        "vendor": _text,
        "maintenance": _maintenance,
        "it_resources": _int,
        "notes": _text,
    },
    "calendar": {
        "what": _text,
        "who": _text,
        "to_whom": _text,
        "month": _month,
        "day": _int,
        "where": _text,
    },
    "needs": {
        "need": _text,
        "impact": _text,
        "observed": _date,
        "budgeted": _bool,
        "fits_environment": _bool,
        "tags": _tags,
        "decision": _text,
    },
}
#: The field an item cannot be without (the first column of the template's table).
KEY_FIELD = {"projects": "name", "critical_systems": "name", "calendar": "what", "needs": "need"}
REQUIRED_ITEM_FIELDS = {"calendar": ("who", "to_whom", "month"), "needs": ("observed",)}


# --- the reader ----------------------------------------------------------------------------


@dataclass
class _Table:
    section: str
    columns: dict[int, str]
    width: int
    header: list[str]


class PlanReader:
    def __init__(self, context: Context, header_only: bool = False) -> None:
        self.c = context
        # Only the header (name, id): the tables' data rows are not read. The header's
        # rows never depend on them (a row only fills its section's list and notes).
        self.header_only = header_only
        self.d = Draft()
        self.section = "header"
        self.title_seen = False
        self.expect_name = False
        self.last_table: _Table | None = None
        self.header_rows: list[tuple[str, str, str]] = []  # (field, label, value)
        # The header's people, resolved once the plan's id (their organisation) is known.
        self.pending_people: list[tuple[str, str]] = []

    # -- blocks --

    def read(self, blocks: Sequence[Block]) -> Draft:
        for block in blocks:
            if isinstance(block, Para):
                self._para(block)
            else:
                self._table(block)
        self._header()
        return self.d

    def _heading(self, text: str) -> str | None:
        n = len(words(text))
        if not n or n > 14:
            return None
        for name, variants in SECTIONS.items():
            score = label_score(text, variants)
            if score >= 2 or (score >= 1 and any(n <= len(words(v)) + 1 for v in variants)):
                return name
        return None

    def _para(self, para: Para) -> None:
        lines = clean_lines(para.text)
        if not lines:
            return
        one = " ".join(lines)
        if para.style == "header":  # a page header: not part of any section
            self.d.note("header_part", one)
            return
        if not self.title_seen and self._title(one):
            return
        heading = self._heading(one)
        if heading is not None:
            self.section = heading
            self.last_table = None
            self.expect_name = False
            return
        if any(compact(one).startswith(compact(t)) for t in TEMPLATE_TEXT):
            self.d.skipped_template += 1
            return
        if self.section == "header" and self._header_line(one):
            return
        if self.section == "header" and self.expect_name and "name" not in self._header_fields():
            self.expect_name = False
            if not is_placeholder(one):
                self.header_rows.append(("name", "", one))
            return
        if self.section in ("marketing", "agreements", "notes"):
            for line in lines:
                self._item_line(line)
            return
        self.d.note(self.section, one if len(lines) == 1 else "\n".join(lines))

    def _title(self, text: str) -> bool:
        for variant in TITLE:
            if compact(text).startswith(compact(variant)):
                self.title_seen = True
                self.expect_name = True
                rest = text[len(variant) :] if fold(text).startswith(fold(variant)) else ""
                rest = rest.strip(" :–—-,")
                if rest and not is_placeholder(rest):
                    self.header_rows.append(("name", "", rest))
                    self.expect_name = False
                return True
        return False

    def _header_fields(self) -> set[str]:
        return {f for f, _, _ in self.header_rows}

    def _header_line(self, text: str) -> bool:
        label, sep, value = text.partition(":")
        if not sep or len(words(label)) > 12:
            return False
        name = self._header_label(label)
        if name is None:
            return False
        self.header_rows.append((name, label.strip(), value.strip()))
        return True

    def _header_label(self, label: str) -> str | None:
        best, best_name = 0.0, None
        for name, variants in HEADER.items():
            score = label_score(label, variants)
            if score > best:
                best, best_name = score, name
        return best_name if best >= 1 else None

    def _item_line(self, line: str) -> None:
        item = strip_bullet(line)
        text = item if item is not None else line
        if self.section == "notes":
            self.d.note("notes", text)
            return
        if self.section == "marketing":
            folded = fold(text)
            if "potentiaalisen kasvun" in folded or "growth potential" in folded:
                negative = bool(re.search(r"\b(ei|not|no)\b", folded))
                self.d.values.setdefault("marketing", {})["growth_potential"] = not negative
                self.d.comment(
                    ("marketing", "growth_potential"), "importing.guess.growth", value=_short(text)
                )
                return
            self.d.values.setdefault("marketing", {}).setdefault("offers", []).append(text)
            self.d.mapped += 1
            return
        self.d.values.setdefault("agreements", []).append(text)
        self.d.mapped += 1

    # -- tables --

    def _table(self, table: Table) -> None:
        rows = [[clean("\n".join(clean_lines(c))) for c in row] for row in table.rows]
        raw_rows = table.rows
        if self._header_table(rows):
            return
        found = self._find_columns(rows)
        if found is not None:
            start, spec = found
            for r in range(start):
                if any(rows[r]):
                    heading = self._heading(" ".join(c for c in rows[r] if c))
                    if heading is None:
                        self.d.note(spec.section, " | ".join(c for c in rows[r] if c))
            self.last_table = spec
            self.section = spec.section
            data = raw_rows[start + 1 :]
        elif (
            self.last_table is not None
            and max((len(r) for r in rows), default=0) == self.last_table.width
        ):
            spec = self.last_table  # the rest of a table split across pages
            data = raw_rows
        elif self.section in ("marketing", "agreements", "notes"):
            for row in rows:
                for cell in row:
                    if cell:
                        self._item_line(cell)
            return
        else:
            for row in rows:
                if any(row):
                    self.d.note(self.section, " | ".join(c for c in row if c))
            return
        if self.header_only:
            return
        for raw in data:
            self._row(spec, raw)

    def _header_table(self, rows: list[list[str]]) -> bool:
        pairs: list[tuple[str | None, str, str]] = []
        for row in rows:
            cells = [c for c in row if c]
            if not cells:
                continue
            label, value = cells[0], " ".join(dict.fromkeys(cells[1:]))
            if len(cells) == 1 and ":" in label:
                label, _, value = label.partition(":")
            pairs.append(
                (
                    self._header_label(label.rstrip(":")) if len(words(label)) <= 12 else None,
                    label,
                    value,
                )
            )
        if sum(1 for name, _, _ in pairs if name) < 2 or any(
            self._find_columns([[c for c in r if c]]) is not None for r in rows[:1]
        ):
            return False
        for name, label, value in pairs:
            if name is None:
                if not self.title_seen and self._title(label):
                    continue
                self.d.note("header", f"{label}: {value}" if value else label)
            else:
                self.header_rows.append((name, label.strip(), value.strip()))
        return True

    def _find_columns(self, rows: list[list[str]]) -> tuple[int, _Table] | None:
        best: tuple[int, int, int, str, dict[int, str]] | None = None
        for r, row in enumerate(rows[:3]):
            filled = sum(1 for c in row if c)
            if filled < 2:
                continue
            for section, labels in COLUMNS.items():
                columns = assign_columns(row, labels)
                strong = sum(
                    1 for col, name in columns.items() if label_score(row[col], labels[name]) >= 1
                )
                prefer = 1 if section == self.section else 0
                key = (strong, prefer, -r)
                # A header names most of its columns; a data row may happen to hold a label word.
                if strong >= max(2, (filled + 1) // 2) and (best is None or key > best[:3]):
                    best = (strong, prefer, -r, section, columns)
        if best is None:
            return None
        strong, _prefer, neg_r, section, columns = best
        row = rows[-neg_r]
        if KEY_FIELD[section] not in columns.values():
            return None
        return -neg_r, _Table(section, columns, max(len(r) for r in rows), row)

    def _row(self, spec: _Table, raw: list[str]) -> None:
        cells = [clean("\n".join(clean_lines(c))) for c in raw]
        if not any(cells):
            return
        if [compact(c) for c in cells] == [compact(c) for c in spec.header]:
            return  # the header repeated on the next page
        section = spec.section
        items = self.d.values.setdefault(section, [])
        index = len(items)
        item: dict[str, Any] = {}
        readers = READERS[section]
        key_field = KEY_FIELD[section]
        key_col = next(col for col, name in spec.columns.items() if name == key_field)
        label = cells[key_col] if key_col < len(cells) else ""
        if not label:
            self.d.note(section, " | ".join(c for c in cells if c))
            return
        for col, text in enumerate(raw):
            name = spec.columns.get(col)
            if not clean(text):
                continue
            if name is None:
                head = spec.header[col] if col < len(spec.header) else ""
                self.d.note(
                    section,
                    f"{label}: {head}: {clean(text)}" if head else f"{label}: {clean(text)}",
                )
                continue
            value = readers[name](self.d, (section, index, name), text, self.c)
            if value is not _MISSING:
                item[name] = value
                self.d.mapped += 1
        for name in REQUIRED_ITEM_FIELDS.get(section, ()):
            if name not in item:
                item[name] = None
                self.d.comment((section, index, name), "importing.missing", guessed=False)
        items.append(item)

    # -- the header rows, once the whole document is read --

    def _header(self) -> None:
        v = self.d.values
        # An explicit organisation type comes before the segment, whose cell may name one too.
        rows = sorted(self.header_rows, key=lambda row: row[0] != "type")
        for name, label, value in rows:
            if not value or is_placeholder(value):
                continue
            if name in v or (
                name.startswith("charges.") and name.split(".")[1] in v.get("charges", {})
            ):
                self.d.note("header", f"{label}: {value}")
                continue
            self.d.mapped += 1
            self._header_value(name, label, value)

    def _header_value(self, name: str, label: str, value: str) -> None:
        v, d = self.d.values, self.d
        if name == "name":
            v["name"] = clean(value)
        elif name == "id":
            v["id"] = clean(value)
        elif name == "updated":
            found = _date(d, ("updated",), value, self.c)
            if found is not _MISSING:
                v["updated"] = found
        elif name == "segment":
            self._segment(value)
        elif name == "type":
            org = _org_type(value)
            if org is None:
                v["type"] = None
                d.comment(("type",), "importing.unread.type", guessed=False, value=clean(value))
            else:
                v["type"] = org
        elif name == "direct":
            found = _bool(d, ("direct",), value, self.c)
            if found is not _MISSING:
                v["direct"] = found
        elif name in ("account_manager", "customer_contact"):
            self.pending_people.append((name, value))
        elif name.startswith("charges."):
            key = name.split(".")[1]
            found = _money(d, ("charges", key), value, self.c)
            if found is not _MISSING:
                v.setdefault("charges", {})[key] = found
        elif name == "headcount":
            self._headcount(value)
        elif name == "potential":
            self._potential(value)

    def _segment(self, value: str) -> None:
        v, d = self.d.values, self.d
        text = clean(value)
        ids = {sid for sid, _ in self.c.segments}
        number = re.match(r"^\s*(\d+)\b", text)
        rest = text
        if number and number.group(1) in ids:
            v["segment"] = int(number.group(1))
            rest = text[number.end() :]
        elif fold(text) in {fold(sid) for sid in ids}:
            v["segment"] = next(sid for sid in ids if fold(sid) == fold(text))
            rest = ""
        else:
            for sid, sname in self.c.segments:
                if compact(sname) and compact(sname) in compact(text):
                    v["segment"] = int(sid) if sid.isdigit() else sid
                    rest = ""
                    break
        rest = rest.strip(" ,;:-–()")
        org = _org_type(rest) if rest else None
        if org is not None and "type" not in v:
            v["type"] = org
            d.comment(("type",), "importing.guess.type_from_segment", value=rest)
        elif rest:
            d.note("header", f"Segmentti: {text}")
        if "segment" not in v:
            v["segment"] = None
            d.comment(("segment",), "importing.missing_segment", guessed=False, value=text)

    def _headcount(self, value: str) -> None:
        text = clean(value)
        m = re.match(
            r"^\s*(\d[\d  ]*)\s*(?:\(\s*([+\-−]?\s*\d+)\s*\)|([+\-−]\s*\d+))?\s*(.*)$", text
        )
        if not m:
            self.d.values["headcount"] = {"count": text}
            self.d.comment(("headcount", "count"), "importing.unread.number", value=text)
            return
        head: dict[str, Any] = {"count": int(re.sub(r"\D", "", m.group(1)))}
        change = m.group(2) or m.group(3)
        if change:
            head["change"] = int(change.replace(" ", "").replace("−", "-"))
        self.d.values["headcount"] = head
        if m.group(4):
            self.d.note("header", text)

    def _potential(self, value: str) -> None:
        text = clean(value)
        m = re.match(r"^\s*(\d+)\s*(?:/\s*10)?\s*[(,:–-]?\s*(.*?)\)?\s*$", text)
        if not m:
            self.d.values["potential"] = {"note": text}
            self.d.comment(("potential", "note"), "importing.guess.potential_text")
            return
        pot: dict[str, Any] = {"score": int(m.group(1))}
        if m.group(2):
            pot["note"] = m.group(2)
        self.d.values["potential"] = pot


def _short(text: str, limit: int = 50) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _org_type(text: str) -> str | None:
    folded = fold(clean(text))
    for value, names in ORG_TYPE_WORDS.items():
        if folded in {fold(n) for n in names} or folded == value:
            return value
    for value, names in ORG_TYPE_WORDS.items():
        if any(re.search(rf"\b{re.escape(fold(n))}\b", folded) for n in names if len(n) > 3):
            return value
    return None


def read_plan(
    blocks: Sequence[Block], context: Context, header_only: bool = False
) -> tuple[Draft, list[tuple[str, str]]]:
    """The draft of one Word plan, and the header's person rows (resolved by the caller
    once the plan's id is known: a customer contact belongs to the customer). With
    `header_only`, the draft's header values (`name`, `id`...) are those of the whole
    reading, and its tables' rows are left out."""
    reader = PlanReader(context, header_only)
    draft = reader.read(blocks)
    return draft, reader.pending_people


def resolve_people(draft: Draft, pending: list[tuple[str, str]], context: Context) -> None:
    for name, value in pending:
        org = "it" if name == "account_manager" else context.customer_id
        roles = ("partnership_manager",) if name == "account_manager" else ()
        match = context.people.resolve(value, org, roles)
        found = _use_match(draft, (name,), match, value)
        if found is not _MISSING:
            draft.values[name] = found
