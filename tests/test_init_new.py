"""init, plan new and project new: ready repositories and files that validate, never overwritten."""

from __future__ import annotations

import json
from datetime import date

import jsonschema
import yaml

from asiakkuus_cli.config import Settings
from asiakkuus_cli.editing.scaffold import yaml_scalar
from asiakkuus_cli.rules import engine

from .conftest import TODAY, Repo


def init(cli, tmp_path, *extra: str):
    target = tmp_path / "uusi"
    r = cli("--today", TODAY.isoformat(), "init", str(target), *extra)
    assert r.exit_code == 0, r.output
    return target


def errors(root) -> list[str]:
    result = engine.validate(root, Settings(), TODAY, "en")
    return [
        f"{f.path}:{f.line} {f.code} {f.message}" for f in result.findings if f.severity == "error"
    ]


def test_init_makes_a_repository_that_validates(cli, tmp_path) -> None:
    root = init(cli, tmp_path, "--example")
    for rel in (
        "asiakkuus.toml",
        "README.md",
        ".gitlab-ci.yml",
        ".pre-commit-config.yaml",
        ".github/workflows/asiakkuus.yml",
        "data/organisation.yaml",
        "data/people.yaml",
        "schemas/customer.schema.json",
        "schemas/project.schema.json",
    ):
        assert (root / rel).is_file(), rel
    assert list((root / "data/customers").glob("*.yaml"))
    assert list((root / "data/projects").glob("*.yaml"))
    assert errors(root) == []
    r = cli("--root", str(root), "--today", TODAY.isoformat(), "validate")
    assert r.exit_code == 0, r.output
    assert cli("--root", str(root), "fmt", "--check").exit_code == 0
    workflow = yaml.safe_load((root / ".github/workflows/asiakkuus.yml").read_text())
    assert "asiakkuus validate --format github" in [
        s.get("run") for s in workflow["jobs"]["validate"]["steps"]
    ]
    hooks = yaml.safe_load((root / ".pre-commit-config.yaml").read_text())
    assert hooks["repos"][0]["hooks"][0]["id"] == "asiakkuus-validate"
    assert "asiakkuus validate" in (root / ".gitlab-ci.yml").read_text()


def test_init_examples_match_the_schemas(cli, tmp_path) -> None:
    root = init(cli, tmp_path, "--example")
    for rel, schema in (
        ("data/customers/esimerkki.yaml", "customer"),
        ("data/people.yaml", "people"),
        ("data/organisation.yaml", "organisation"),
        ("data/projects/esimerkki-portaali.yaml", "project"),
    ):
        text = (root / rel).read_text()
        first = text.splitlines()[0]
        ref = first.split("$schema=")[1]
        assert (root / rel).parent.joinpath(ref).resolve() == (
            root / "schemas" / f"{schema}.schema.json"
        )
        data = json.loads(json.dumps(yaml.safe_load(text), default=lambda d: d.isoformat()))
        jsonschema.validate(
            data, json.loads((root / "schemas" / f"{schema}.schema.json").read_text())
        )


def test_init_refuses_a_non_empty_directory(cli, tmp_path) -> None:
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "keep.txt").write_text("x")
    r = cli("init", str(tmp_path / "full"))
    assert r.exit_code == 2
    assert [p.name for p in (tmp_path / "full").iterdir()] == ["keep.txt"]


def test_plan_new_validates_and_is_never_overwritten(repo: Repo, cli) -> None:
    repo.base()
    args = (
        "--root",
        str(repo.root),
        "--today",
        TODAY.isoformat(),
        "--lang",
        "en",
        "plan",
        "new",
        "uusi",
        "--name",
        "Uusi: asiakas",
        "--type",
        "company",
        "--segment",
        "2",
        "--manager",
        "pekka-puro",
    )
    r = cli(*args)
    assert r.exit_code == 0, r.output
    assert "data/customers/uusi.yaml" in r.output
    assert "Fill in next" in r.output
    path = repo.root / "data/customers/uusi.yaml"
    text = path.read_text()
    assert text.startswith("# yaml-language-server: $schema=../../schemas/customer.schema.json\n")
    assert f"updated: {TODAY.isoformat()}" in text
    assert errors(repo.root) == []
    path.write_text(text + "# oma\n")
    r = cli(*args)
    assert r.exit_code == 2
    assert path.read_text().endswith("# oma\n")


def test_plan_new_checks_the_repository(repo: Repo, cli) -> None:
    repo.base()
    base = ("--root", str(repo.root), "--lang", "en", "plan", "new", "uusi", "--name", "U")
    cases = [
        (("--type", "kunta", "--segment", "1", "--manager", "liisa-laine"), "kunta"),
        (("--type", "company", "--segment", "7", "--manager", "liisa-laine"), "segment '7'"),
        (("--type", "company", "--segment", "1", "--manager", "liisa-lane"), "liisa-laine"),
        (
            ("--type", "company", "--segment", "1", "--manager", "erja-ekspertti"),
            "partnership manager",
        ),
        (("--type", "company"), "--segment, --manager"),
    ]
    for extra, expected in cases:
        r = cli(*base, *extra)
        assert r.exit_code == 2, extra
        assert expected in r.output, (extra, r.output)
    assert not (repo.root / "data/customers/uusi.yaml").exists()
    assert cli("--root", str(repo.root), "plan", "new", "Ei/kelpaa", "--name", "x").exit_code == 2


def test_project_new(repo: Repo, cli) -> None:
    repo.base()
    base = (
        "--root",
        str(repo.root),
        "--today",
        TODAY.isoformat(),
        "--lang",
        "en",
        "project",
        "new",
    )
    r = cli(
        *base,
        "uusi-hanke",
        "--name",
        "Hanke",
        "--customer",
        "vapaa-ajka",
        "--project-manager",
        "paula-pm",
    )
    assert r.exit_code == 2
    assert "vapaa-aika" in r.output
    r = cli(
        *base,
        "uusi-hanke",
        "--name",
        "Hanke",
        "--customer",
        "vapaa-aika",
        "--project-manager",
        "erja-ekspertti",
    )
    assert r.exit_code == 2
    assert "project manager" in r.output
    r = cli(*base, "uusi-hanke", "--name", "Hanke", "--project-manager", "paula-pm")
    assert r.exit_code == 2
    r = cli(
        *base,
        "uusi-hanke",
        "--name",
        "Hanke",
        "--customer",
        "vapaa-aika",
        "--project-manager",
        "paula-pm",
        "--executive",
        "olli-omistaja",
        "--senior-user",
        "anna-asiakas",
        "--senior-supplier",
        "timo-toimittaja",
    )
    assert r.exit_code == 0, r.output
    text = (repo.root / "data/projects/uusi-hanke.yaml").read_text()
    assert text.startswith("# yaml-language-server: $schema=../../schemas/project.schema.json\n")
    assert errors(repo.root) == []
    r = cli(*base, "sisainen", "--name", "Oma", "--internal", "--project-manager", "paula-pm")
    assert r.exit_code == 0, r.output
    assert "internal: true" in (repo.root / "data/projects/sisainen.yaml").read_text()


def test_yaml_scalar_reads_back() -> None:
    for text in (
        "Vapaa-aika",
        "Portaali: vaihe 2",
        "yes",
        "#1",
        "12",
        "- x",
        "a # b",
        "Äänekoski",
        " x",
        "null",
    ):
        assert str(yaml.safe_load(f"k: {yaml_scalar(text)}")["k"]) == text
    assert yaml_scalar(date(2026, 1, 1)) == '"2026-01-01"'
