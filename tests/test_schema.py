"""The JSON Schemas: current copy in schemas/, valid draft 2020-12, accept the demo, refuse unknown fields."""

from __future__ import annotations

import json
from datetime import date

import jsonschema
import pytest
import yaml

from asiakkuus_cli.editing.schema import KINDS, expected_files
from asiakkuus_cli.reading.loader import discover

from .conftest import DEMO


def kind_of(rel: str) -> str:
    if rel.endswith("organisation.yaml"):
        return "organisation"
    if rel.endswith("people.yaml"):
        return "people"
    return "customer" if "/customers/" in rel else "project"


def isoify(value: object) -> object:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: isoify(v) for k, v in value.items()}
    if isinstance(value, list):
        return [isoify(v) for v in value]
    return value


def schemas() -> dict[str, dict]:
    return {kind: json.loads(expected_files()[file]) for kind, (file, _) in KINDS.items()}


def test_copy_in_repository_is_current() -> None:
    for name, text in expected_files().items():
        assert (DEMO / "schemas" / name).read_text(encoding="utf-8") == text, (
            f"schemas/{name} is stale: run `asiakkuus schema`"
        )


@pytest.mark.parametrize("kind", list(KINDS))
def test_schema_is_valid_draft_2020_12(kind: str) -> None:
    jsonschema.Draft202012Validator.check_schema(schemas()[kind])


def test_every_object_is_closed_and_described() -> None:
    def walk(node: object) -> None:
        if isinstance(node, dict):
            if node.get("type") == "object" and "properties" in node:
                assert node["additionalProperties"] is False
                for prop in node["properties"].values():
                    assert " / " in prop["description"]
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    for s in schemas().values():
        walk(s)


def test_demo_files_validate() -> None:
    all_schemas = schemas()
    for rel in discover(DEMO):
        data = isoify(yaml.safe_load((DEMO / rel).read_text(encoding="utf-8")))
        validator = jsonschema.Draft202012Validator(all_schemas[kind_of(rel)])
        errors = [e.message for e in validator.iter_errors(data)]
        assert errors == [], rel


def test_unknown_field_and_bad_values_rejected() -> None:
    customer = jsonschema.Draft202012Validator(schemas()["customer"])
    plan = {
        "id": "x",
        "name": "X",
        "type": "division",
        "segment": 1,
        "updated": "15.1.2026",
        "account_manager": "a",
        "charges": {"annual": "280 000 €", "change": "+24 000€"},
        "needs": [{"need": "n", "observed": "2026-01-15", "budgeted": "KYLLÄ"}],
    }
    assert list(customer.iter_errors(plan)) == []
    assert not customer.is_valid({**plan, "acount_manager": "a"})
    assert not customer.is_valid({**plan, "charges": {"anual": 1}})
    assert not customer.is_valid({**plan, "type": "kunta"})
    assert not customer.is_valid({**plan, "charges": {"annual": "paljon"}})
    assert customer.is_valid({**plan, "customer_contact": None})


def test_schema_command_writes_and_reports_current(tmp_path, cli) -> None:
    r = cli("--root", str(DEMO), "--lang", "en", "schema", "--out", str(tmp_path / "s"))
    assert r.exit_code == 0
    assert sorted(p.name for p in (tmp_path / "s").iterdir()) == sorted(expected_files())
    r = cli("--root", str(DEMO), "--lang", "en", "schema", "--out", str(tmp_path / "s"))
    assert r.output.count("up to date") == 4
