"""A small repository for the report and calendar tests, with hand-computed figures.

Today is 2026-11-26; plans updated before 2026-05-30 are stale (180 days).

segment 1: vapaa-aika (division, 280 000 €, +24 000 €, 74 staff, score 7, open P1 10 000 €)
           satama (company, no charges, score 8)
segment 2: sivistys (company, 1 500,50 €, -500 €, 10 staff, score 4, open X 20 000 €, stale)
segment 3: no customers
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from asiakkuus_cli.config import Settings
from asiakkuus_cli.reading.loader import load_repository
from asiakkuus_cli.repository import Repository

from .conftest import Repo

TODAY = date(2026, 11, 26)

ORGANISATION = """\
name: IT-palvelut
segments:
  - id: 1
    name: Hyvinvointi
  - id: 2
    name: Sivistys
  - id: 3
    name: Tyhjä
calendar:
  - what: Budjettitapaaminen
    who: Kumppanuushallinta
    to_whom: Asiakas
    month: toukokuu
    where: Asiakkaalla
  - what: Budjettitapaaminen
    who: Kumppanuushallinta
    to_whom: Asiakas
    month: joulukuu
    day: 10
  - what: Tyytyväisyyskysely
    who: Hallintopalvelut
    to_whom: Asiakas
    month: 2027-01
"""

PEOPLE = """\
people:
  - id: liisa-laine
    name: Liisa Laine
    organisation: it
    roles: [partnership_manager]
    deputy: pekka-puro
  - id: pekka-puro
    name: Pekka Puro
    organisation: it
    roles: [partnership_manager]
  - id: olli-omistaja
    name: Olli Omistaja
    organisation: vapaa-aika
  - id: anna-asiakas
    name: Anna Asiakas
    organisation: vapaa-aika
  - id: timo-toimittaja
    name: Timo Toimittaja
    organisation: it
    roles: [unit_head]
    resource_authority: true
  - id: paula-pm
    name: Paula Projektipäällikkö
    organisation: it
    roles: [project_manager]
"""

VAPAA_AIKA = """\
id: vapaa-aika
name: Vapaa-aikatoimiala
type: division
segment: 1
updated: 2026-11-01
account_manager: liisa-laine
customer_contact: anna-asiakas
charges: {annual: 280 000 €, change: +24 000€}
headcount: {count: 74, change: 2}
potential: {score: 7}
projects:
  - name: P1
    project: vapaa-aika-hanke
    start: 2026-12-01
    end: 2027-06-30
    budget: 10000
    manager: paula-pm
    it_representative: timo-toimittaja
    priority: 1
  - name: P2
    budget: 150000
    done: true
critical_systems:
  - name: LogUs
    next_update: toukokuu
  - name: Legacy
    next_update: 15.12.2026
calendar:
  - what: Tilannekatsaus
    who: IT
    to_whom: Asiakas
    month: 1
    day: 31
needs:
  - need: Mobiilituki
    observed: 2025-01-10
    budgeted: false
    tags: [Mobiili]
  - need: Single Sign On
    observed: 2024-05-01
    decision: Päätetty
"""

SIVISTYS = """\
id: sivistys
name: Sivistystoimiala
type: company
segment: 2
updated: 2025-01-15
account_manager: liisa-laine
charges: {annual: "1 500,50", change: "-500"}
headcount: {count: 10}
potential: {score: 4}
projects:
  - name: X
    budget: 20 000 €
    action: Seuranta
needs:
  - need: Mobiili tuki kouluille
    observed: 2026-03-01
    budgeted: true
    tags: [mobiili]
  - need: "single  sign on"
    observed: 2026-06-01
    fits_environment: false
"""

SATAMA = """\
id: satama
name: Satama | Oy
type: company
segment: 1
updated: 2026-10-01
account_manager: pekka-puro
potential: {score: 8}
needs:
  - need: Laituri
    observed: 2026-02-01
"""

ROSTER = """\
id: vapaa-aika-hanke
name: Vapaa-ajan hanke
customer: vapaa-aika
status: running
start: 2026-12-01
end: 2027-06-30
budget: 10000
project_manager: paula-pm
board:
  executive: olli-omistaja
  senior_users: [anna-asiakas]
  senior_suppliers: [timo-toimittaja]
meetings: {interval_weeks: 4, next: 2026-12-03}
"""

INTERNAL = """\
id: sisainen
name: Sisäinen kehitys
internal: true
status: proposed
start: 2026-12-20
end: 2027-12-31
project_manager: paula-pm
board:
  executive: timo-toimittaja
  senior_suppliers: [ghost-person]
"""


def build(repo: Repo) -> Path:
    repo.write("data/organisation.yaml", ORGANISATION)
    repo.write("data/people.yaml", PEOPLE)
    repo.write("data/customers/vapaa-aika.yaml", VAPAA_AIKA)
    repo.write("data/customers/sivistys.yaml", SIVISTYS)
    repo.write("data/customers/satama.yaml", SATAMA)
    repo.write("data/projects/vapaa-aika-hanke.yaml", ROSTER)
    repo.write("data/projects/sisainen.yaml", INTERNAL)
    return repo.root


def load(repo: Repo) -> Repository:
    return load_repository(build(repo), Settings())
