"""New files from templates: `plan new`, `project new` and a whole repository (`init`).

Templates are Jinja2 text rendered in a sandbox; a data repository's own
`templates/` overrides the built-in ones by file name. Every value that goes
into YAML passes through the `yaml` filter, which quotes it when it would not
read back as the same text. Every `{{ ... }}` output, filtered or not, is made one
line of printable text (`_one_line`), so a name with a line break or a control
character given on the command line can never end a comment early or break the
file, whatever template it goes into. Nothing here overwrites a file.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from jinja2 import DictLoader

from asiakkuus_cli import __version__
from asiakkuus_cli.bounds import BoundedSandbox
from asiakkuus_cli.editing.atomic import target_of
from asiakkuus_cli.editing.edit import EditProblem, atomic_write, load_model
from asiakkuus_cli.editing.schema import SCHEMA_DIR, schema_ref, write_schemas
from asiakkuus_cli.errors import UsageProblem
from asiakkuus_cli.models import ORG_TYPES, CustomerPlan, Project
from asiakkuus_cli.models.values import SLUG_RE
from asiakkuus_cli.repository import CUSTOMERS_DIR, PROJECTS_DIR, Repository
from asiakkuus_cli.resources import builtin_templates, find_template
from asiakkuus_cli.sandbox import render_bounded, sandbox

PLAN_TEMPLATE = "new-plan.yaml"
PROJECT_TEMPLATE = "new-project.yaml"
INIT_TEMPLATES = "init"
#: Laid over INIT_TEMPLATES by `init --example`.
EXAMPLE_TEMPLATES = "init-example"
#: Template files whose name in the new repository differs (a `.gitignore` inside this
#: project's own tree would be read by git and the build).
RENAMED = {"gitignore": ".gitignore"}
DISTRIBUTION = "asiakkuus"
#: Where documents, the site and calendars go; `.gitignore` keeps it out of git.
OUTPUT_DIR = "out"

_PLAIN = re.compile(r"[^\W\d_][\w .,()/&'’+-]*\Z")
_RESERVED = frozenset(("true", "false", "null", "yes", "no", "on", "off", "y", "n"))


def _unsafe(ch: str) -> bool:
    """A character that YAML reads as a line break or does not allow in a file."""
    code = ord(ch)
    return unicodedata.category(ch) in ("Cc", "Cs", "Zl", "Zp") or code in (0xFEFF, 0xFFFE, 0xFFFF)


def yaml_scalar(value: object) -> str:
    """A value as a YAML scalar that reads back as the same text (quoted only when needed).

    Inside the quotes every character that YAML would read as a line break (CR, NEL,
    U+2028, U+2029) or does not allow in a file is written as an escape."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    text = str(value)
    if text.isascii() and text.isdigit() and (text == "0" or not text.startswith("0")):
        return text
    if _PLAIN.match(text) and text.lower() not in _RESERVED and not text.endswith(" "):
        return text
    quoted = json.dumps(text, ensure_ascii=False)
    return "".join(f"\\u{ord(ch):04x}" if _unsafe(ch) else ch for ch in quoted)


def _one_line(value: object) -> object:
    """Jinja's `finalize`: every output as one line of printable text."""
    if value is None or isinstance(value, bool | int):
        return value
    return "".join(" " if _unsafe(ch) else ch for ch in str(value))


def check_text(option: str, value: str) -> None:
    """Text from the command line that can go into a file: not blank, no lone surrogate."""
    if not value.strip() or any(unicodedata.category(ch) == "Cs" for ch in value):
        raise UsageProblem("firsthour.bad_text", option=option)


def _environment() -> BoundedSandbox:
    # An empty loader: `include` and `extends` find nothing, so a template reads no file.
    env = sandbox(DictLoader({}), autoescape=False, finalize=_one_line)
    env.filters["yaml"] = yaml_scalar
    return env


def render_template(path: Path, **values: Any) -> str:
    """A file template rendered in the sandbox; a broken one is a usage problem (exit 2)."""
    text = path.read_text(encoding="utf-8")
    return render_bounded(path.name, lambda: _environment().from_string(text).generate(**values))


def did_you_mean(word: str, candidates: list[str], lang: str) -> str:
    from asiakkuus_cli.i18n import t
    from asiakkuus_cli.similar import suggestions

    close = suggestions(word, candidates)
    return t("workflow.did_you_mean", lang, ids=", ".join(close)) if close else ""


def check_id(new_id: str) -> None:
    if not SLUG_RE.match(new_id):
        raise UsageProblem("workflow.bad_id", id=new_id)


def _person(repo: Repository, pid: str, lang: str, role: str | None = None) -> None:
    """A known person; with `role`, one of the service centre holding that standing role."""
    from asiakkuus_cli.i18n import keys, t

    entry = repo.people.get(pid)
    if entry is None:
        raise UsageProblem("workflow.unknown_person", value=pid,
                           close=did_you_mean(pid, sorted(repo.people), lang))  # fmt: skip
    person = entry.model
    if role is not None and (not person.is_it or role not in person.roles):
        raise UsageProblem("workflow.wrong_role", name=person.name, value=pid,
                           role=t(keys.TERM["role"][role], lang), role_id=role)  # fmt: skip


@dataclass(frozen=True)
class Created:
    path: Path
    rel: str
    schemas_missing: bool


@dataclass(frozen=True)
class PlanRequest:
    id: str
    name: str
    type: str
    segment: str
    manager: str


@dataclass(frozen=True)
class ProjectRequest:
    id: str
    name: str
    project_manager: str
    customer: str | None = None
    internal: bool = False
    executive: str | None = None
    senior_users: list[str] = field(default_factory=list)
    senior_suppliers: list[str] = field(default_factory=list)


def _target(repo: Repository, folder: str, new_id: str) -> tuple[Path, str]:
    check_id(new_id)
    rel = f"{folder}/{new_id}.yaml"
    path = repo.root / rel
    if path.exists() or path.is_symlink():
        raise UsageProblem("workflow.exists", path=rel)
    return path, rel


def _write_new(repo: Repository, template: str, rel: str, path: Path, model: type[Any],
               values: dict[str, Any]) -> Created:  # fmt: skip
    try:
        source = find_template(template, repo.root)
    except FileNotFoundError:
        raise UsageProblem("workflow.template_missing", name=template) from None
    text = render_template(source, **values)
    try:
        load_model(rel, text, repo.settings, model)
    except EditProblem as problem:
        codes = ", ".join(f"{i.code} {'.'.join(map(str, i.at))}" for i in problem.issues)
        raise UsageProblem("workflow.template_broken", name=template, detail=codes) from None
    target_of(path, repo.root)  # a folder linked out of the repository is refused first
    path.parent.mkdir(parents=True, exist_ok=True)
    target_of(path, repo.root)
    # `x` mode: a file that appeared meanwhile is never overwritten.
    try:
        with path.open("x", encoding="utf-8"):
            pass
    except FileExistsError:
        raise UsageProblem("workflow.exists", path=rel) from None
    atomic_write(path, text, within=repo.root)
    return Created(path, rel, not (repo.root / SCHEMA_DIR).is_dir())


def new_plan(repo: Repository, req: PlanRequest, today: date, lang: str) -> Created:
    path, rel = _target(repo, CUSTOMERS_DIR, req.id)
    check_text("--name", req.name)
    if req.type not in ORG_TYPES:
        raise UsageProblem("workflow.bad_type", value=req.type, allowed=", ".join(ORG_TYPES))
    segments = sorted(repo.segment_ids())
    if req.segment not in segments:
        raise UsageProblem(
            "workflow.unknown_segment", value=req.segment, known=", ".join(segments) or "-"
        )
    _person(repo, req.manager, lang, role="partnership_manager")
    values = {"id": req.id, "name": req.name, "type": req.type, "segment": req.segment,
              "manager": req.manager, "today": today.isoformat(),
              "schema": schema_ref(rel, "customer")}  # fmt: skip
    return _write_new(repo, PLAN_TEMPLATE, rel, path, CustomerPlan, values)


def new_project(repo: Repository, req: ProjectRequest, today: date, lang: str) -> Created:
    path, rel = _target(repo, PROJECTS_DIR, req.id)
    check_text("--name", req.name)
    if req.internal == (req.customer is not None):
        raise UsageProblem("workflow.customer_or_internal")
    if req.customer is not None and req.customer not in repo.customers:
        raise UsageProblem("workflow.unknown_customer", id=req.customer,
                           close=did_you_mean(req.customer, sorted(repo.customers), lang))  # fmt: skip
    _person(repo, req.project_manager, lang, role="project_manager")
    for pid in [p for p in (req.executive,) if p] + req.senior_users + req.senior_suppliers:
        _person(repo, pid, lang)
    values = {"id": req.id, "name": req.name, "customer": req.customer, "internal": req.internal,
              "project_manager": req.project_manager, "executive": req.executive,
              "senior_users": req.senior_users, "senior_suppliers": req.senior_suppliers,
              "today": today.isoformat(), "schema": schema_ref(rel, "project")}  # fmt: skip
    return _write_new(repo, PROJECT_TEMPLATE, rel, path, Project, values)


def _without_secret(url: str) -> str:
    """A URL without a password or token in it (PEP 610 asks installers to drop them, but
    a file written into a repository must never carry one)."""
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url
    user, _, host = parts.netloc.rpartition("@")
    # `git@host` (ssh) names no secret; any other user part may be a token.
    netloc = f"{user}@{host}" if user == "git" else host
    return urlunsplit(parts._replace(netloc=netloc))


def pip_spec(direct_url: str | None, version: str) -> str | None:
    """What `pip install` needs to install this copy of the tool somewhere else, from its
    PEP 610 record (`direct_url.json`): None when it came from a local folder or file,
    which CI cannot reach. No record means it came from a package index."""
    if direct_url is None:
        return f"{DISTRIBUTION}=={version}"
    try:
        info = json.loads(direct_url)
        url = str(info["url"])
    except (ValueError, KeyError, TypeError):
        return None
    if not isinstance(info, dict) or urlsplit(url).scheme in ("", "file"):
        return None
    url = _without_secret(url)
    vcs = info.get("vcs_info")
    if isinstance(vcs, dict):
        if vcs.get("vcs") != "git":
            return None
        rev = vcs.get("commit_id") or vcs.get("requested_revision")
        return f"{DISTRIBUTION} @ git+{url}" + (f"@{rev}" if rev else "")
    if isinstance(info.get("archive_info"), dict):
        return f"{DISTRIBUTION} @ {url}"
    return None


def installed_pip_spec() -> str | None:
    """pip_spec of the installed distribution of this tool."""
    from importlib.metadata import PackageNotFoundError, distribution

    try:
        dist = distribution(DISTRIBUTION)
    except PackageNotFoundError:
        return None
    return pip_spec(dist.read_text("direct_url.json"), dist.version)


def init_repository(
    target: Path, today: date, *, example: bool = False, pip: str | None = None
) -> list[Path]:
    """A new data repository in `target` (missing or empty); returns the files made.

    With `example`, the example organisation, people, plan and roster are laid over the
    empty ones. `pip` is what CI installs the tool with (None: a marked line to set once).
    """
    if target.exists() and not target.is_dir():
        raise UsageProblem("workflow.init.not_dir", path=str(target))
    if target.is_dir() and any(target.iterdir()):
        raise UsageProblem("workflow.init.not_empty", path=str(target))
    sources = [INIT_TEMPLATES] + ([EXAMPLE_TEMPLATES] if example else [])
    files: dict[Path, Path] = {}
    for name in sources:
        source = builtin_templates() / name
        for template in sorted(p for p in source.rglob("*") if p.is_file()):
            rel = template.relative_to(source)
            files[rel.with_name(RENAMED.get(rel.name, rel.name))] = template
    values = {"today": today.isoformat(), "start": (today + timedelta(days=30)).isoformat(),
              "end": (today + timedelta(days=400)).isoformat(), "version": __version__,
              "pip": pip or "", "example": example}  # fmt: skip
    rendered = {rel: render_template(template, **values) for rel, template in files.items()}
    target.mkdir(parents=True, exist_ok=True)
    made: list[Path] = []
    for folder in (CUSTOMERS_DIR, PROJECTS_DIR, OUTPUT_DIR):
        (target / folder).mkdir(parents=True, exist_ok=True)
    for rel in sorted(rendered):
        path = target / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, rendered[rel], within=target)
        made.append(path)
    made.extend(p for p, _ in write_schemas(target / SCHEMA_DIR, within=target))
    return made
