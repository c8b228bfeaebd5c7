"""JSON Schemas (draft 2020-12) of the file kinds, made from the models.

Editors (VS Code's YAML extension reads a `# yaml-language-server: $schema=...`
line) complete and check fields from them. Every typed value accepts the forms
of SPEC 2.1 (the models carry them as WithJsonSchema), every object refuses
unknown fields, and every field is described in Finnish and English.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from asiakkuus_cli.i18n import keys, t
from asiakkuus_cli.models import CustomerPlan, Meeting, Organisation, People, Project, Sources

DRAFT = "https://json-schema.org/draft/2020-12/schema"

#: File kind -> (schema file name, model).
KINDS: dict[str, tuple[str, type[BaseModel]]] = {
    "organisation": ("organisation.schema.json", Organisation),
    "people": ("people.schema.json", People),
    "customer": ("customer.schema.json", CustomerPlan),
    "project": ("project.schema.json", Project),
    "meeting": ("meeting.schema.json", Meeting),
    "sources": ("sources.schema.json", Sources),
}
SCHEMA_DIR = "schemas"


def description(owner: str, field: str | None = None) -> str | None:
    """`"fi / en"` from the catalogue key `schema.<Model>[.<field>]`, if there is one."""
    key = keys.SCHEMA.get(owner, {}).get(field or "")
    if key is None:
        return None
    fi, en = t(key, "fi"), t(key, "en")
    return fi if fi == en else f"{fi} / {en}"


def _finish(node: dict[str, Any], owner: str) -> None:
    """Describe an object schema's properties and close it to unknown fields."""
    if node.get("type") != "object" or "properties" not in node:
        return
    node["additionalProperties"] = False
    node.pop("title", None)
    text = description(owner)
    if text:
        node["description"] = text
    required = set(node.get("required", ()))
    for name in list(node["properties"]):
        prop = node["properties"][name]
        prop.pop("title", None)
        if name not in required:
            prop = _nullable(prop)
        text = description(owner, name)
        if text:
            prop["description"] = text
        node["properties"][name] = prop


def _nullable(prop: dict[str, Any]) -> dict[str, Any]:
    """Let an optional field be empty (`field:`), which the models read as absent."""
    if "anyOf" in prop:
        if {"type": "null"} not in prop["anyOf"]:
            prop["anyOf"].append({"type": "null"})
        return prop
    if prop.get("type") == "null":
        return prop
    outer: dict[str, Any] = {k: prop.pop(k) for k in ("description", "default") if k in prop}
    return {"anyOf": [prop, {"type": "null"}], **outer}


def build(kind: str) -> dict[str, Any]:
    """The schema of one file kind (`organisation`, `people`, `customer`, `project`)."""
    _, model = KINDS[kind]
    raw = model.model_json_schema()
    defs: dict[str, Any] = raw.pop("$defs", {})
    for name, sub in defs.items():
        _finish(sub, name)
    _finish(raw, model.__name__)
    schema: dict[str, Any] = {"$schema": DRAFT, "$id": f"asiakkuus:{KINDS[kind][0]}",
                              "title": f"asiakkuus: {kind}"}  # fmt: skip
    schema.update(raw)
    if defs:
        schema["$defs"] = dict(sorted(defs.items()))
    return schema


def render(kind: str) -> str:
    """A schema as the text of its file: stable key order, two-space indentation."""
    return json.dumps(build(kind), ensure_ascii=False, indent=2) + "\n"


def expected_files() -> dict[str, str]:
    """Schema file name -> its text."""
    return {file: render(kind) for kind, (file, _) in KINDS.items()}


def schema_ref(rel: str, kind: str) -> str:
    """The relative path from a data file (e.g. `data/customers/x.yaml`) to its schema copy."""
    depth = rel.count("/")
    return "../" * depth + f"{SCHEMA_DIR}/{KINDS[kind][0]}"


def write_schemas(folder: Path, within: Path | None = None) -> list[tuple[Path, bool]]:
    """Write the schemas into `folder` (atomically, only when changed): [(path, changed)].

    `within`: the repository the folder belongs to (atomic.write_bytes), if any.
    """
    from asiakkuus_cli.editing.atomic import target_of
    from asiakkuus_cli.editing.edit import atomic_write

    folder.mkdir(parents=True, exist_ok=True)
    written: list[tuple[Path, bool]] = []
    for name, text in expected_files().items():
        path = folder / name
        if within is not None:
            target_of(path, within)  # nothing is read through a link out of the repository
        old = path.read_text(encoding="utf-8") if path.is_file() else None
        if old != text:
            atomic_write(path, text, within=within)
        written.append((path, old != text))
    return written
