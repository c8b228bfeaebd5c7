"""O rules across the organisation: findings as (code, line, column)."""

from __future__ import annotations

from .conftest import PEOPLE, PLAN, Repo

# In conftest's PEOPLE, liisa-laine's entry starts on line 2, pekka-puro's on line 7.
LIISA = (2, 5)
PEKKA = (7, 5)


def plan(cid: str, kind: str, manager: str, extra: str = "") -> str:
    return (
        f"id: {cid}\nname: {cid.title()}\ntype: {kind}\nsegment: 1\nupdated: 2026-11-01\n"
        f"account_manager: {manager}\n" + extra
    )


def test_o001_manager_coverage(repo: Repo) -> None:
    repo.base()  # vapaa-aika: a division, Liisa's
    repo.write("data/customers/satama.yaml", plan("satama", "company", "pekka-puro"))
    assert repo.found(select=["O001"]) == [("O001", *LIISA), ("O001", *PEKKA)]
    (liisa, pekka) = repo.check("en", select=["O001"]).findings
    assert "company" in liisa.message
    assert "division" in pekka.message


def test_o001_passes_when_everyone_covers_every_type(repo: Repo) -> None:
    repo.base()
    repo.write("data/customers/satama.yaml", plan("satama", "company", "liisa-laine"))
    repo.write("data/customers/vesi.yaml", plan("vesi", "division", "pekka-puro"))
    repo.write("data/customers/ateria.yaml", plan("ateria", "company", "pekka-puro"))
    assert repo.found(select=["O001"]) == []


def test_o001_ignores_people_who_are_not_partnership_managers(repo: Repo) -> None:
    repo.base()
    repo.write("data/customers/satama.yaml", plan("satama", "company", "paula-pm"))
    assert repo.found(select=["O001"]) == []


def test_o002_shared_need_by_tag_and_by_text(repo: Repo) -> None:
    repo.base()
    needs_a = "needs:\n  - need: Kertakirjautuminen\n    observed: 2026-03-13\n    tags: [SSO]\n"
    needs_b = (
        "needs:\n"
        "  - need: Single sign-on\n    observed: 2026-05-04\n    tags: [sso]\n"
        "  - need: Mobiili tulostus\n    observed: 2026-05-04\n"
    )
    needs_c = "needs:\n  - need: '  mobiili   TULOSTUS '\n    observed: 2026-06-01\n"
    repo.write("data/customers/vapaa-aika.yaml", PLAN + needs_a)
    repo.write("data/customers/satama.yaml", plan("satama", "company", "liisa-laine", needs_b))
    repo.write("data/customers/vesi.yaml", plan("vesi", "division", "liisa-laine", needs_c))
    assert repo.found(select=["O002"]) == [
        ("O002", 8, 11),  # satama: Single sign-on
        ("O002", 11, 11),  # satama: Mobiili tulostus
        ("O002", 9, 11),  # vapaa-aika: Kertakirjautuminen
        ("O002", 8, 11),  # vesi: mobiili tulostus
    ]
    messages = {f.path: f.message for f in repo.check("en", select=["O002"]).findings}
    assert "Satama" in messages["data/customers/vapaa-aika.yaml"]
    assert "Vapaa-aikatoimiala" in messages["data/customers/vapaa-aika.yaml"]
    assert "Vesi" in messages["data/customers/vesi.yaml"]


def test_o002_same_customer_twice_is_not_shared(repo: Repo) -> None:
    repo.base()
    needs = (
        "needs:\n  - need: SSO\n    observed: 2026-03-13\n  - need: sso\n    observed: 2026-04-13\n"
    )
    repo.write("data/customers/vapaa-aika.yaml", PLAN + needs)
    repo.write(
        "data/customers/satama.yaml",
        plan("satama", "company", "liisa-laine", "needs:\n  - {need: Muu, observed: 2026-01-01}\n"),
    )
    assert repo.found(select=["O002"]) == []


def test_o003_no_deputy(repo: Repo) -> None:
    repo.base()
    people = PEOPLE.replace("    deputy: pekka-puro\n", "")
    repo.write("data/people.yaml", people)
    assert repo.found(select=["O003"]) == [("O003", *LIISA)]
    # Pekka has no customers: no deputy needed yet.
    repo.write("data/people.yaml", PEOPLE.replace("    deputy: liisa-laine\n", ""))
    assert repo.found(select=["O003"]) == []
    repo.write("data/people.yaml", PEOPLE)
    assert repo.found(select=["O003"]) == []


def test_org_rules_wait_for_a_readable_people_file(repo: Repo) -> None:
    repo.base()
    repo.write("data/people.yaml", "people: [\n")
    assert {c for c, _, _ in repo.found(select=["O", "S001"])} == {"S001"}


def test_o002_names_ten_customers_and_counts_the_rest(repo: Repo) -> None:
    repo.base()
    need = "needs:\n  - {need: Kertakirjautuminen, observed: 2026-03-13}\n"
    for n in range(12):
        cid = f"asiakas-{n:02d}"
        repo.write(f"data/customers/{cid}.yaml", plan(cid, "division", "liisa-laine", need))
    findings = repo.check("en", select=["O002"]).findings
    assert len(findings) == 12
    assert findings[0].message.endswith("and 2 more.")
    assert findings[0].message.count("Asiakas-") == 10
