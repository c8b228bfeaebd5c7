"""A customer register or a needs list (rows of a sheet) -> changes to care plans.

Register: one row per customer, found by id or by name; an existing plan gets
the row's non-empty cells written into the listed fields (every other field
and every comment stays), a customer without a plan gets a new one. Needs
list: one row per need; a need the customer's plan does not have yet (same
text, case and spacing aside) is appended.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from pydantic import BaseModel
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import PlainScalarString

from asiakkuus_cli.editing import edit
from asiakkuus_cli.reading.loader import parse

from ..config import Settings
from ..models import CustomerPlan
from ..repository import CUSTOMERS_DIR, Repository
from .emit import PREFIX, to_yaml
from .labels import COLUMNS, HEADER
from .people import Directory
from .plan import Draft, _org_type
from .sheet import Sheet
from .text import (
    assign_columns,
    clean,
    compact,
    fold,
    read_bool,
    read_date,
    read_int,
    read_money,
    slug,
)

REGISTER: dict[str, tuple[str, ...]] = {
    "id": ("Tunnus", "Asiakkaan tunnus", "Id", "Customer id"),
    "name": ("Asiakas", "Asiakkaan nimi", "Nimi", "Customer", "Name"),
    "type": HEADER["type"],
    "direct": HEADER["direct"],
    "segment": HEADER["segment"],
    "updated": HEADER["updated"],
    "account_manager": HEADER["account_manager"],
    "customer_contact": HEADER["customer_contact"],
    "charges.annual": HEADER["charges.annual"],
    "charges.change": HEADER["charges.change"],
    "headcount.count": ("Henkilöstön määrä", "Henkilöstö", "Headcount", "Staff"),
    "headcount.change": ("Henkilöstön muutos", "Headcount change", "Staff change"),
    "potential.score": ("Potentiaaliarvo", "Potentiaali", "Potential", "Potential score"),
    "potential.note": ("Tulevaisuusnäkymät", "Outlook", "Potential note"),
}
#: The needs sheet: the customer column, then the care plan's needs table's columns.
NEEDS: dict[str, tuple[str, ...]] = {
    "customer": ("Asiakas", "Asiakkaan tunnus", "Tunnus", "Customer"),
    **COLUMNS["needs"],
}
REQUIRED = ("name", "type", "segment", "updated", "account_manager")


@dataclass
class Change:
    rel: str
    old_text: str | None  # None: a new plan
    new_text: str
    messages: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    fields: dict[str, Any] = field(default_factory=dict)  # what the rows set: `charges.annual`


@dataclass
class Outcome:
    kind: str  # register | needs
    rows: int = 0
    changes: dict[str, Change] = field(default_factory=dict)
    skipped: list[tuple[int, str, dict[str, Any]]] = field(
        default_factory=list
    )  # (row, key, params)
    notes: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    drafts: dict[str, Draft] = field(default_factory=dict)


def detect(sheet: Sheet) -> tuple[str, int, dict[int, str]] | None:
    """(kind, header row index, column -> field) of the sheet, or None."""
    for r, row in enumerate(sheet.rows[:10]):
        header = [clean(str(c)) if isinstance(c, str) else "" for c in row]
        if sum(1 for h in header if h) < 2:
            continue
        needs = assign_columns(header, NEEDS)
        if {"customer", "need"} <= set(needs.values()) and len(needs) >= 3:
            return "needs", r, needs
        register = assign_columns(header, REGISTER)
        if ({"id", "name"} & set(register.values())) and len(register) >= 2:
            return "register", r, register
    return None


def headers_of(sheet: Sheet) -> str:
    for row in sheet.rows[:10]:
        cells = [clean(str(c)) for c in row if c is not None and clean(str(c))]
        if cells:
            return ", ".join(cells[:12])
    return "-"


class _Plans:
    """The plans of the repository, their texts and trees, as changed so far in this run."""

    def __init__(self, repo: Repository, settings: Settings) -> None:
        self.repo, self.settings = repo, settings
        self.by_name: dict[str, str] = {}
        for cid, entry in repo.customers.items():
            self.by_name.setdefault(compact(entry.model.name), cid)
        self.texts: dict[str, str] = {}
        # Plans that are YAML but not yet valid (a Word import that left `segment:` to
        # complete): a register may fill in exactly what they lack.
        self.incomplete: set[str] = set()
        for rel in sorted(repo.failed):
            folder, _, name = rel.rpartition("/")
            if folder != CUSTOMERS_DIR or not name.endswith(".yaml"):
                continue
            text = self.text(name[: -len(".yaml")])
            if text is None:
                continue
            tree, issues, usable = parse(rel, text, settings)
            if usable and not issues and isinstance(tree, dict):
                cid = name[: -len(".yaml")]
                self.incomplete.add(cid)
                if isinstance(tree.get("name"), str):
                    self.by_name.setdefault(compact(tree["name"]), cid)

    def known(self, cid: str) -> bool:
        return cid in self.repo.customers or cid in self.incomplete

    def find(self, value: Any) -> str | None:
        text = clean(str(value)) if value is not None else ""
        if not text:
            return None
        if self.known(text):
            return text
        if compact(text) in self.by_name:
            return self.by_name[compact(text)]
        made = slug(text)
        return made if self.known(made) else None

    def text(self, cid: str) -> str | None:
        rel = f"{CUSTOMERS_DIR}/{cid}.yaml"
        if rel not in self.texts:
            path = self.repo.root / rel
            try:
                self.texts[rel] = path.read_text(encoding="utf-8-sig").replace("\r\n", "\n")
            except (OSError, UnicodeDecodeError):
                return None
        return self.texts[rel]


def _value(name: str, raw: Any, people: Directory, cid: str) -> tuple[Any, bool]:
    """The typed value of a register cell, and whether it could be read."""
    leaf = name.rsplit(".", 1)[-1]
    if name in ("charges.annual", "charges.change"):
        money = read_money(raw)
        return money, money is not None
    if name in ("headcount.count", "headcount.change", "potential.score"):
        number = read_int(raw)
        return number, number is not None
    if leaf == "updated":
        day = read_date(raw)
        return day, day is not None
    if leaf == "direct":
        flag = read_bool(raw)
        return flag, flag is not None
    if leaf == "type":
        org = _org_type(str(raw)) or (clean(str(raw)) if clean(str(raw)) in _TYPES else None)
        return org, org is not None
    if leaf == "segment":
        number = read_int(raw)
        return (number if number is not None else clean(str(raw))), True
    if leaf in ("account_manager", "customer_contact"):
        org = "it" if leaf == "account_manager" else cid
        match = people.resolve(
            str(raw), org, ("partnership_manager",) if leaf == "account_manager" else ()
        )
        return match.id, match.id is not None
    return clean(str(raw)), True


_TYPES = ("division", "service_centre", "municipal_enterprise", "regional", "company", "foundation")


def _node_value(value: Any, leaf: str) -> Any:
    if isinstance(value, Decimal):
        return PlainScalarString(edit.money_text(value, signed=leaf in edit.SIGNED_MONEY))
    return value


def _insert(mapping: CommentedMap, key: str, value: Any, model: type[BaseModel]) -> None:
    """Set `key`, a new key going to its place in the SPEC's field order."""
    if key in mapping:
        if mapping[key] is None:  # a blank the Word import left: its `# tuonti:` note is done
            note = mapping.ca.items.get(key)
            if note and len(note) > 2 and note[2] is not None and PREFIX in note[2].value:
                del mapping.ca.items[key]
        mapping[key] = value
        return
    order = list(model.model_fields)
    rank = order.index(key) if key in order else len(order)
    position = len(mapping)
    for i, existing in enumerate(mapping):
        if (order.index(existing) if existing in order else len(order)) > rank:
            position = i
            break
    mapping.insert(position, key, value)


def _dump(tree: Any) -> str:
    buffer = io.StringIO()
    edit._yaml().dump(tree, buffer)
    return buffer.getvalue()


def _data_rows(
    sheet: Sheet, start: int, columns: dict[int, str]
) -> Iterator[tuple[int, dict[str, Any]]]:
    """The rows below the header at `start`: (index, field -> cell), empty cells left
    out; rows with nothing but blanks are skipped."""
    for r in range(start + 1, len(sheet.rows)):
        row = sheet.rows[r]
        cells = {
            name: row[col]
            for col, name in columns.items()
            if col < len(row) and row[col] not in (None, "")
        }
        if any(clean(str(v)) for v in cells.values()):
            yield r, cells


def apply_register(
    sheet: Sheet,
    start: int,
    columns: dict[int, str],
    repo: Repository,
    people: Directory,
    settings: Settings,
    lang: str,
) -> Outcome:
    from ..models import Charges, Headcount, Potential

    out = Outcome("register")
    plans = _Plans(repo, settings)
    subs: dict[str, type[BaseModel]] = {
        "charges": Charges,
        "headcount": Headcount,
        "potential": Potential,
    }
    for r, cells in _data_rows(sheet, start, columns):
        out.rows += 1
        key_value = cells.get("id", cells.get("name"))
        cid = plans.find(cells.get("id")) or plans.find(cells.get("name"))
        new_id = cid or (clean(str(cells["id"])) if "id" in cells else slug(str(key_value or "")))
        values: dict[str, Any] = {}
        bad = False
        for name, raw in cells.items():
            if name == "id":
                continue
            value, ok = _value(name, raw, people, new_id)
            if not ok:
                out.skipped.append(
                    (
                        r + 1,
                        "importing.register.bad_value",
                        {
                            "column": clean(str(sheet.rows[start][_col(columns, name)])),
                            "value": clean(str(raw)),
                        },
                    )
                )
                bad = True
                break
            values[name] = value
        if bad:
            continue
        if cid is None:
            if not new_id:
                out.skipped.append(
                    (r + 1, "importing.register.no_customer", {"value": clean(str(key_value))})
                )
                continue
            draft = Draft()
            for name, value in values.items():
                head, _, leaf = name.partition(".")
                if leaf:
                    draft.values.setdefault(head, {})[leaf] = value
                else:
                    draft.values[name] = value
                draft.mapped += 1
            draft.values["id"] = new_id
            for name in REQUIRED:
                if name not in draft.values:
                    draft.values[name] = None
                    draft.comment((name,), "importing.missing", guessed=False)
            rel = f"{CUSTOMERS_DIR}/{new_id}.yaml"
            text, _ = to_yaml(draft, rel, settings, lang)
            out.changes[rel] = Change(
                rel, None, text, [("importing.register.created", {"path": rel})]
            )
            out.drafts[rel] = draft
            plans.by_name[compact(str(values.get("name", new_id)))] = new_id
            continue
        rel = f"{CUSTOMERS_DIR}/{cid}.yaml"
        old = plans.text(cid)
        if old is None or not plans.known(cid):
            out.skipped.append((r + 1, "importing.register.broken", {"path": rel}))
            continue
        tree = edit._yaml().load(old)
        for name, value in values.items():
            head, _, leaf = name.partition(".")
            if leaf:
                sub = tree.get(head)
                if not isinstance(sub, CommentedMap):
                    sub = CommentedMap()
                    _insert(tree, head, sub, CustomerPlan)
                _insert(sub, leaf, _node_value(value, leaf), subs[head])
            else:
                _insert(tree, name, _node_value(value, name), CustomerPlan)
        new = _dump(tree)
        if new != old:
            previous = out.changes.get(rel)
            out.changes[rel] = Change(
                rel,
                previous.old_text if previous else old,
                new,
                [("importing.register.updated", {"path": rel})],
                {**(previous.fields if previous else {}), **values},
            )
            plans.texts[rel] = new
    return out


def _col(columns: dict[int, str], name: str) -> int:
    return next(c for c, n in columns.items() if n == name)


def apply_needs(
    sheet: Sheet, start: int, columns: dict[int, str], repo: Repository, settings: Settings
) -> Outcome:
    out = Outcome("needs")
    plans = _Plans(repo, settings)
    trees: dict[str, Any] = {}
    originals: dict[str, str] = {}
    messages: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    for r, cells in _data_rows(sheet, start, columns):
        out.rows += 1
        cid = plans.find(cells.get("customer"))
        if cid is None:
            out.skipped.append(
                (
                    r + 1,
                    "importing.register.no_customer",
                    {"value": clean(str(cells.get("customer", "")))},
                )
            )
            continue
        rel = f"{CUSTOMERS_DIR}/{cid}.yaml"
        need_text = clean(str(cells.get("need", "")))
        if not need_text:
            continue
        if rel not in trees:
            old = plans.text(cid)
            if old is None or not plans.known(cid):
                out.skipped.append((r + 1, "importing.register.broken", {"path": rel}))
                continue
            originals[rel] = old
            trees[rel] = edit._yaml().load(old)
        tree = trees[rel]
        needs = tree.get("needs")
        existing = {
            fold(compact(str(n.get("need", ""))))
            for n in needs or []
            if isinstance(n, CommentedMap)
        }
        if fold(compact(need_text)) in existing:
            out.notes.append(("importing.register.need_exists", {"path": rel, "need": need_text}))
            continue
        item = CommentedMap()
        item["need"] = need_text
        bad = None
        for name in ("impact", "observed", "budgeted", "fits_environment", "tags", "decision"):
            if name not in cells:
                continue
            raw = cells[name]
            value: Any
            if name == "observed":
                value = read_date(raw)
            elif name in ("budgeted", "fits_environment"):
                value = read_bool(raw)
            elif name == "tags":
                value = CommentedSeq(
                    [clean(x) for x in str(raw).replace(";", ",").split(",") if clean(x)]
                )
                value.fa.set_flow_style()
            else:
                value = clean(str(raw))
            if value is None:
                bad = (name, raw)
                break
            item[name] = value
        if bad is not None or "observed" not in item:
            name, raw = bad if bad is not None else ("observed", "")
            column = (
                clean(str(sheet.rows[start][_col(columns, name)]))
                if name in columns.values()
                else name
            )
            out.skipped.append(
                (
                    r + 1,
                    "importing.register.bad_value",
                    {"column": column, "value": clean(str(raw))},
                )
            )
            continue
        if not isinstance(needs, CommentedSeq):
            needs = CommentedSeq()
            _insert(tree, "needs", needs, CustomerPlan)
        needs.append(item)
        messages.setdefault(rel, []).append(
            ("importing.register.need_added", {"path": rel, "need": need_text})
        )
    for rel, tree in trees.items():
        if rel in messages:
            out.changes[rel] = Change(rel, originals[rel], _dump(tree), messages[rel])
    return out
