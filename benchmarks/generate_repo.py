"""Generate a synthetic, valid data repository for benchmarks and manual testing.

    python benchmarks/generate_repo.py DIR --customers 2000 --projects 5000 [--seed 1]
                                        [--pyyaml-layout] [--no-meetings]

Deterministic: the same arguments give the same files. The repository has the
organisation (5 segments, a yearly calendar), people (partnership managers with
deputies, project managers, IT suppliers with resource authority, two contacts per
customer), N care plans and M steering-group rosters. Every roster is linked from
its customer's plan with the same dates, budget and manager, so the data is clean
under the rules (no errors). Meeting records of the past twelve months (`--no-meetings`
leaves them out): one or two per customer, the care-calendar events each fulfils,
from the first record on, so that none is reported missed (M001); and the last
steering-group meeting of one running project in two, on the roster's `meetings.last`.
They have topics, decisions and actions, carried from record to record until done
as `meeting new` carries them; a few are left open past their due date (M002). The files are in `asiakkuus fmt`'s canonical form, as
in a repository that runs `fmt` in pre-commit (`--pyyaml-layout`: as PyYAML dumps
them instead). DIR must be missing or empty.
"""

from __future__ import annotations

import argparse
import random
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import yaml

TYPES = ["division", "service_centre", "municipal_enterprise", "regional", "company", "foundation"]
STATUSES = ["proposed", "initiation", "running", "running", "running", "closed"]
WORDS = [
    "asiakasportaali", "ajanvaraus", "kirjasto", "lupapalvelu", "taloushallinto", "arkisto",
    "mobiili", "raportointi", "tunnistus", "kaukoluenta", "opintohallinto", "varaus",
]  # fmt: skip
TAGS = ["sso", "mobiili", "sahkoinen-allekirjoitus", "raportointi", "tekstiviesti", "wlan"]
SEGMENTS = ["Hyvinvointi", "Sivistys", "Ympäristö", "Konserniyhtiöt", "Keskushallinto"]
CALENDAR = [
    ("IT Messut", "Hallintopalvelut", "Asiakas", 3),
    ("Budjettiarvojen toimitus", "Palveluhallinta", "Kumppanuushallinta", 4),
    ("Budjettitapaaminen", "Kumppanuushallinta", "Asiakas", 5),
    ("Asiakastyytyväisyyskysely", "Hallintopalvelut", "Asiakas", 8),
    ("Budjettitapaaminen", "Kumppanuushallinta", "Asiakas", 12),
]


_Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml's emitter when present


class _NoAliases(_Dumper):  # type: ignore[misc,valid-type]
    """Plain YAML only: a value used twice is written twice (anchors are S006)."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def dump(path: Path, data: Any) -> None:
    text = yaml.dump(data, Dumper=_NoAliases, sort_keys=False, allow_unicode=True)
    path.write_text(text, encoding="utf-8")


class Money(int):
    """A whole-euro amount, written the way `asiakkuus fmt` writes money."""

    signed = False

    def __str__(self) -> str:
        sign = "-" if self < 0 else ("+" if self.signed and self > 0 else "")
        return f"{sign}{abs(self):,} €".replace(",", " ")


class Change(Money):
    signed = True


_NoAliases.add_representer(Money, lambda dumper, value: dumper.represent_int(int(value)))
_NoAliases.add_representer(Change, lambda dumper, value: dumper.represent_int(int(value)))


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _canonical(data: Any, indent: int, out: list[str], head: str = "") -> None:
    """`fmt`'s layout: two-space indentation, dashes two in under their key."""
    for i, (key, value) in enumerate(data.items()):
        line = (head if i == 0 and head else " " * indent) + f"{key}:"
        if isinstance(value, dict):
            out.append(line)
            _canonical(value, indent + 2, out)
        elif isinstance(value, list):
            out.append(line if value else line + " []")
            for item in value:
                dash = " " * (indent + 2) + "- "
                if isinstance(item, dict):
                    _canonical(item, indent + 4, out, dash)
                else:
                    out.append(dash + _scalar(item))
        else:
            out.append(f"{line} {_scalar(value)}")


def write(path: Path, data: dict[str, Any], canonical: bool) -> None:
    """The file in `fmt`'s canonical form (as a repository that runs it in pre-commit has),
    else as PyYAML dumps it (sequences not indented, money as plain numbers)."""
    if not canonical:
        dump(path, data)
        return
    out: list[str] = []
    _canonical(data, 0, out)
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def generate(
    root: Path,
    customers: int,
    projects: int,
    seed: int,
    today: date,
    canonical: bool = True,
    meetings: bool = True,
) -> None:
    rnd = random.Random(seed)  # noqa: S311  (reproducible test data, not secrets)
    (root / "data" / "customers").mkdir(parents=True)
    (root / "data" / "projects").mkdir(parents=True)
    (root / "asiakkuus.toml").write_text('lang = "fi"\n', encoding="utf-8")

    write(root / "data" / "organisation.yaml", {
        "name": "Synteettinen IT-palvelut",
        "segments": [{"id": i + 1, "name": n} for i, n in enumerate(SEGMENTS)],
        "calendar": [{"what": w, "who": who, "to_whom": to, "month": m}
                     for w, who, to, m in CALENDAR],
    }, canonical)  # fmt: skip

    people: list[dict[str, Any]] = []
    n_pm = max(2, customers // 40)
    pms = [f"kp-{i:03d}" for i in range(n_pm)]
    for i, pid in enumerate(pms):
        deputy = pms[(i + 1) % n_pm]
        people.append({"id": pid, "name": f"Kumppanuuspäällikkö {i}", "organisation": "it",
                       "roles": ["partnership_manager"], "deputy": deputy})  # fmt: skip
    project_managers = [f"pp-{i:03d}" for i in range(max(2, projects // 100))]
    people += [{"id": p, "name": f"Projektipäällikkö {i}", "organisation": "it",
                "roles": ["project_manager"]} for i, p in enumerate(project_managers)]  # fmt: skip
    suppliers = [f"yp-{i:03d}" for i in range(10)]
    people += [{"id": p, "name": f"Yksikön päällikkö {i}", "organisation": "it",
                "roles": ["unit_head"], "resource_authority": True}
               for i, p in enumerate(suppliers)]  # fmt: skip
    experts = [f"ek-{i:03d}" for i in range(20)]
    people += [{"id": p, "name": f"Asiantuntija {i}", "organisation": "it", "roles": ["expert"]}
               for i, p in enumerate(experts)]  # fmt: skip

    cids = [f"asiakas-{i:05d}" for i in range(customers)]
    for cid in cids:
        people.append({"id": f"{cid}-johtaja", "name": f"Johtaja {cid}", "organisation": cid})
        people.append({"id": f"{cid}-kayttaja", "name": f"Käyttäjä {cid}", "organisation": cid})

    rosters_of: dict[str, list[dict[str, Any]]] = {c: [] for c in cids}
    plans: list[dict[str, Any]] = []
    for i in range(projects):
        cid = cids[i % customers] if i < customers else rnd.choice(cids)
        pid = f"projekti-{i:05d}"
        start = today + timedelta(days=rnd.randint(-400, 200))
        end = start + timedelta(days=rnd.randint(90, 700))
        status = rnd.choice(STATUSES)
        if end < today:
            status = "closed"
        elif status == "closed":
            status = "running"
        pm = rnd.choice(project_managers)
        budget = Money(rnd.randint(2, 200) * 5000)
        roster: dict[str, Any] = {
            "id": pid,
            "name": f"{rnd.choice(WORDS).capitalize()} {i}",
            "customer": cid,
            "status": status,
            "start": start,
            "end": end,
            "budget": budget,
            "project_manager": pm,
            "board": {
                "executive": f"{cid}-johtaja",
                "senior_users": [f"{cid}-kayttaja"],
                "senior_suppliers": [rnd.choice(suppliers)],
                "suppliers": [rnd.choice(experts)],
            },
            "partnership_manager_role": "customer_support",
            "meetings": {"interval_weeks": 4, "duration_minutes": 60,
                         "last": today - timedelta(days=rnd.randint(1, 20)),
                         "next": today + timedelta(days=rnd.randint(1, 40))},
            "guide_delivered": {"customer": start, "members": start, "first_meeting": start},
            "lessons_log": True,
        }  # fmt: skip
        write(root / "data" / "projects" / f"{pid}.yaml", roster, canonical)
        rosters_of[cid].append(roster)

    for n, cid in enumerate(cids):
        plan: dict[str, Any] = {
            "id": cid,
            "name": f"Asiakas {n}",
            "type": TYPES[n % len(TYPES)],
            "segment": rnd.randint(1, len(SEGMENTS)),
            "updated": today - timedelta(days=rnd.randint(0, 400)),
            "account_manager": pms[n % n_pm],
            "customer_contact": f"{cid}-kayttaja",
            "charges": {"annual": f"{rnd.randint(10, 9000) * 1000:,} €".replace(",", " "),
                        "change": Change(rnd.randint(-50, 80) * 500)},
            "headcount": {"count": rnd.randint(5, 4000), "change": rnd.randint(-20, 20)},
            "potential": {"score": rnd.randint(1, 10), "note": "arvio"},
        }  # fmt: skip
        devs = []
        for prio, r in enumerate(rosters_of[cid], start=1):
            devs.append({"name": r["name"], "project": r["id"], "start": r["start"],
                         "end": r["end"], "manager": r["project_manager"], "budget": r["budget"],
                         "it_representative": rnd.choice(experts), "priority": prio,
                         "done": r["status"] == "closed"})  # fmt: skip
        if devs:
            plan["projects"] = devs
        plan["critical_systems"] = [
            {"name": f"Järjestelmä {n}-{k}", "updates_per_year": 2,
             "next_update": rnd.choice([rnd.randint(1, 12),
                                        today + timedelta(days=rnd.randint(1, 300))]),
             "vendor": "Toimittaja Oy", "maintenance": rnd.choice(["it", "external"]),
             "it_resources": rnd.randint(0, 3)}
            for k in range(rnd.randint(0, 2))
        ]  # fmt: skip
        plan["calendar"] = [{"what": "Tilannekatsaus", "who": "IT", "to_whom": "Asiakas",
                             "month": rnd.randint(1, 12), "day": rnd.randint(1, 28)}]  # fmt: skip
        plan["needs"] = [
            {"need": f"Tarve {rnd.choice(WORDS)}",
             "observed": today - timedelta(days=rnd.randint(1, 300)),
             "budgeted": rnd.random() < 0.3, "fits_environment": True,
             "tags": [rnd.choice(TAGS)]}
            for _ in range(rnd.randint(0, 3))
        ]  # fmt: skip
        for key in ("critical_systems", "needs"):
            if not plan[key]:
                del plan[key]
        write(root / "data" / "customers" / f"{cid}.yaml", plan, canonical)
        plans.append(plan)

    if meetings:
        # Their own random stream: the plans, rosters and people stay as they were.
        mrnd = random.Random(f"{seed}-meetings")  # noqa: S311
        for plan in plans:
            _customer_meetings(root, plan, mrnd, today, experts, canonical)
        for rosters in rosters_of.values():
            for roster in rosters:
                running = roster["status"] == "running"
                if (
                    running
                    and roster["start"] <= roster["meetings"]["last"]
                    and mrnd.random() < 0.5
                ):
                    _steering_meeting(root, roster, mrnd, today, canonical)

    people_file = root / "data" / "people.yaml"
    write(people_file, {"people": people}, canonical)
    size = people_file.stat().st_size
    if size > 1_048_576:  # the default limit: a very large organisation raises it
        limit = (size // 1_048_576 + 1) * 1_048_576
        (root / "asiakkuus.toml").write_text(
            f'lang = "fi"\n\n[limits]\nmax_file_bytes = {limit}\n', encoding="utf-8"
        )


TOPICS = {
    "IT Messut": ["Uudet palvelut ja niiden hinnat", "Mobiilityöasemien uusiminen"],
    "Budjettiarvojen toimitus": ["Ensi vuoden palveluiden hinnat ja määrät"],
    "Budjettitapaaminen": ["Ensi vuoden veloitukset", "Kehityshankkeiden rahoitus"],
    "Asiakastyytyväisyyskysely": ["Kyselyn tulokset", "Palvelupisteen vasteajat"],
    "Tilannekatsaus": ["Hankkeiden tilanne", "Kriittisten järjestelmien päivitykset"],
}
KINDS = {"Budjettitapaaminen": "budget_meeting", "Tilannekatsaus": "customer_meeting"}


def _months_back(today: date, month: int) -> date:
    """The first day of the latest `month` that has ended before `today`'s month."""
    year = today.year if month < today.month else today.year - 1
    return date(year, month, 1)


def _customer_meetings(
    root: Path,
    plan: dict[str, Any],
    rnd: random.Random,
    today: date,
    experts: list[str],
    canonical: bool,
) -> None:
    """One or two records of the customer's latest care events of the past year, and every
    later one, so that no event is missed from the first record on (M001)."""
    cid, manager = plan["id"], plan["account_manager"]
    contact, director = plan["customer_contact"], f"{cid}-johtaja"
    events = [(_months_back(today, m), what) for what, _who, _to, m in CALENDAR]
    events += [(_months_back(today, e["month"]), e["what"]) for e in plan["calendar"]]
    events.sort()
    first = events[-rnd.randint(1, 2)][0]
    chosen = [(month, what) for month, what in events if month >= first]
    opened: list[dict[str, Any]] = []
    used: set[date] = set()
    for month, what in chosen:
        day = month.replace(day=rnd.randint(1, 28))
        name = day.isoformat()
        if day in used:
            name += "-" + what.lower().replace(" ", "-").replace("ä", "a").replace("ö", "o")
        used.add(day)
        actions = []
        for action in opened:  # carried from the previous record, done or still open
            if rnd.random() < 0.8:
                done = min(day, action["due"] + timedelta(days=rnd.randint(-10, 5)))
                actions.append({**action, "done": done})
            else:
                actions.append(dict(action))
        new = [
            {"what": f"{rnd.choice(WORDS).capitalize()}-selvitys {k + 1} ({day.isoformat()})",
             "owner": rnd.choice([manager, contact, rnd.choice(experts)]),
             "due": day + timedelta(days=rnd.randint(14, 60))}
            for k in range(rnd.randint(0, 2))
        ]  # fmt: skip
        actions += new
        opened = [a for a in actions if "done" not in a]
        record: dict[str, Any] = {
            "date": day,
            "customer": cid,
            "kind": KINDS.get(what, "care_event"),
            "event": what,
            "participants": [manager, contact] + ([director] if rnd.random() < 0.3 else []),
            "topics": rnd.sample(TOPICS[what], rnd.randint(1, len(TOPICS[what]))),
            "decisions": [
                f"{rnd.choice(WORDS).capitalize()} valmistellaan seuraavaan tapaamiseen."
            ],
        }
        if month == chosen[-1][0]:  # the newest record: most actions due by now are done
            for action in actions:
                if "done" not in action and action["due"] < today and rnd.random() < 0.9:
                    done = action["due"] + timedelta(days=rnd.randint(-10, 5))
                    action["done"] = min(today, max(day, done))
        if actions:
            record["actions"] = actions
        folder = root / "data" / "meetings" / cid
        folder.mkdir(parents=True, exist_ok=True)
        write(folder / f"{name}.yaml", record, canonical)


def _steering_meeting(
    root: Path, roster: dict[str, Any], rnd: random.Random, today: date, canonical: bool
) -> None:
    """The record of a project board's last meeting (the roster's `meetings.last`, so not
    later than it: M003)."""
    day = roster["meetings"]["last"]
    board = roster["board"]
    pm = roster["project_manager"]
    record: dict[str, Any] = {
        "date": day,
        "project": roster["id"],
        "kind": "steering_group",
        "participants": [board["executive"], *board["senior_users"],
                         *board["senior_suppliers"], pm],
        "topics": ["Vaiheen tilanne ja riskit"],
        "decisions": ["Hanke jatkuu suunnitelman mukaisesti."],
        "actions": [{"what": "Päivitä riskiloki", "owner": pm,
                     "due": day + timedelta(days=rnd.randint(7, 28))}],
    }  # fmt: skip
    folder = root / "data" / "meetings" / roster["id"]
    folder.mkdir(parents=True, exist_ok=True)
    write(folder / f"{day.isoformat()}.yaml", record, canonical)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dir", type=Path)
    parser.add_argument("--customers", type=int, default=2000)
    parser.add_argument("--projects", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--today", type=date.fromisoformat, default=date(2026, 11, 26),
                        help="the date the data is built around (default 2026-11-26)")  # fmt: skip
    parser.add_argument("--no-meetings", action="store_true",
                        help="leave out the meeting records")  # fmt: skip
    parser.add_argument("--pyyaml-layout", action="store_true",
                        help="write as PyYAML dumps (not in fmt's canonical form)")  # fmt: skip
    args = parser.parse_args(argv)
    if args.customers < 1 or args.projects < 0:
        parser.error("--customers must be at least 1 and --projects at least 0")
    if args.dir.exists() and any(args.dir.iterdir()):
        print(f"generate_repo: {args.dir} is not empty; give a new directory", file=sys.stderr)
        return 2
    generate(args.dir, args.customers, args.projects, args.seed, args.today,
             not args.pyyaml_layout, not args.no_meetings)  # fmt: skip
    print(f"{args.dir}: {args.customers} plans, {args.projects} rosters")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
