"""S002-S005 and R001-R004: a failing and a passing case each, as (code, line, column)."""

from __future__ import annotations

from .conftest import PEOPLE, PLAN, Repo

PROJECT = """\
id: portaali
name: Asiakasportaali
customer: vapaa-aika
status: running
project_manager: paula-pm
board:
  executive: olli-omistaja
  senior_users: [anna-asiakas]
  senior_suppliers: [timo-toimittaja]
"""


def test_unknown_field_suggests_the_closest(repo: Repo) -> None:
    repo.base().write("data/customers/vapaa-aika.yaml", PLAN + "acount_managr: liisa-laine\n")
    result = repo.check()
    assert [(f.code, f.line, f.column) for f in result.findings] == [("S002", 8, 1)]
    assert "account_manager" in result.findings[0].message
    assert result.findings[0].subject == "vapaa-aika"


def test_missing_field_points_at_the_mapping(repo: Repo) -> None:
    repo.base().write("data/customers/vapaa-aika.yaml", PLAN.replace("updated: 2026-11-01\n", ""))
    assert repo.found() == [("S002", 1, 1)]


def test_empty_required_value_points_at_its_key(repo: Repo) -> None:
    repo.base().write(
        "data/customers/vapaa-aika.yaml", PLAN.replace("name: Vapaa-aikatoimiala", "name:")
    )
    assert repo.found() == [("S002", 2, 1)]


def test_wrong_values_point_at_the_value(repo: Repo) -> None:
    repo.base().write(
        "data/customers/vapaa-aika.yaml",
        PLAN.replace("type: division", "type: ministry").replace("2026-11-01", "31.2.2026")
        + "headcount:\n  count: -1\ncharges:\n  annual: paljon\n",
    )
    assert repo.found() == [("S002", 3, 7), ("S002", 5, 10), ("S002", 9, 10), ("S002", 11, 11)]


def test_nested_unknown_field(repo: Repo) -> None:
    repo.base().write(
        "data/customers/vapaa-aika.yaml", PLAN + "projects:\n  - name: X\n    budjet: 5\n"
    )
    result = repo.check()
    assert [(f.code, f.line, f.column) for f in result.findings] == [("S002", 10, 5)]
    assert "'budget'" in result.findings[0].message


def test_schema_messages_in_finnish_by_default(repo: Repo) -> None:
    repo.base().write("data/customers/vapaa-aika.yaml", PLAN.replace("2026-11-01", "31.2.2026"))
    (finding,) = repo.check(lang="fi").findings
    assert "ei ole olemassa" in finding.message


def test_project_needs_customer_unless_internal(repo: Repo) -> None:
    repo.base().write("data/projects/portaali.yaml", PROJECT.replace("customer: vapaa-aika\n", ""))
    assert repo.found(select=["S", "R"]) == [("S002", 1, 1)]
    repo.write(
        "data/projects/portaali.yaml", PROJECT.replace("customer: vapaa-aika", "internal: kyllä")
    )
    assert repo.found(select=["S", "R"]) == []


def test_s004_id_mismatch(repo: Repo) -> None:
    repo.base().write(
        "data/customers/vapaa-aika.yaml", PLAN.replace("id: vapaa-aika", "id: vapaaaika")
    )
    assert repo.found() == [("S004", 1, 5)]


def test_s005_duplicate_person(repo: Repo) -> None:
    repo.base().write(
        "data/people.yaml",
        PEOPLE + "  - id: paula-pm\n    name: Paula Toinen\n    organisation: it\n",
    )
    assert repo.found() == [("S005", 31, 9)]


def test_s005_duplicate_segment(repo: Repo) -> None:
    repo.base().write(
        "data/organisation.yaml",
        "name: IT\nsegments:\n  - id: 1\n    name: A\n  - id: 1\n    name: B\n",
    )
    assert repo.found() == [("S005", 5, 9)]


def test_s005_two_files_same_id(repo: Repo) -> None:
    repo.base().write("data/customers/toinen.yaml", PLAN)
    assert repo.found() == [("S004", 1, 5), ("S005", 1, 5)]


def test_r001_unknown_person_at_the_reference(repo: Repo) -> None:
    repo.base().write(
        "data/customers/vapaa-aika.yaml",
        PLAN.replace("account_manager: liisa-laine", "account_manager: liisa-lane"),
    )
    assert repo.found() == [("R001", 6, 18)]


def test_r001_in_board_lists_and_deputies(repo: Repo) -> None:
    repo.base().write(
        "data/projects/portaali.yaml",
        PROJECT.replace("senior_users: [anna-asiakas]", "senior_users: [anna-asiakas, nobody]"),
    )
    repo.write("data/people.yaml", PEOPLE.replace("deputy: pekka-puro", "deputy: pekka-puuro"))
    assert repo.found(select=["S", "R"]) == [("R001", 6, 13), ("R001", 8, 32)]


def test_r001_not_reported_when_people_file_is_broken(repo: Repo) -> None:
    repo.base().write("data/people.yaml", "people: [\n")
    assert [c for c, _, _ in repo.found()] == ["S001"]


def test_r001_counts_people_whose_entry_has_schema_errors(repo: Repo) -> None:
    repo.base().write(
        "data/people.yaml", PEOPLE.replace("    roles: [unit_head]\n", "    roles: [boss]\n")
    )
    assert [c for c, _, _ in repo.found()] == ["S002"]


def test_r002_unknown_customer(repo: Repo) -> None:
    repo.base().write(
        "data/projects/portaali.yaml", PROJECT.replace("customer: vapaa-aika", "customer: vapaa")
    )
    repo.write(
        "data/people.yaml",
        PEOPLE.replace(
            "organisation: vapaa-aika\n  - id: anna", "organisation: vapaa\n  - id: anna"
        ),
    )
    assert repo.found(select=["S", "R"]) == [("R002", 14, 19), ("R002", 3, 11)]


def test_r002_passes(repo: Repo) -> None:
    repo.base().write("data/projects/portaali.yaml", PROJECT)
    assert repo.found(select=["S", "R"]) == []


def test_r003_unknown_segment(repo: Repo) -> None:
    repo.base().write("data/customers/vapaa-aika.yaml", PLAN.replace("segment: 1", "segment: 3"))
    assert repo.found() == [("R003", 4, 10)]


def test_r003_segment_by_slug(repo: Repo) -> None:
    repo.base().write(
        "data/organisation.yaml",
        "name: IT\nsegments:\n  - id: hyvinvointi\n    name: Hyvinvointi\n",
    )
    repo.write("data/customers/vapaa-aika.yaml", PLAN.replace("segment: 1", "segment: hyvinvointi"))
    assert repo.found() == []


def test_r004_unknown_project(repo: Repo) -> None:
    repo.base().write(
        "data/customers/vapaa-aika.yaml",
        PLAN + "projects:\n  - name: Portaali\n    project: portal\n",
    )
    assert repo.found(select=["S", "R"]) == [("R004", 10, 14)]
    repo.write(
        "data/customers/vapaa-aika.yaml",
        PLAN + "projects:\n  - name: Portaali\n    project: portaali\n",
    )
    repo.write("data/projects/portaali.yaml", PROJECT)
    assert [c for c, _, _ in repo.found(select=["S", "R"]) if c.startswith("R")] == []
