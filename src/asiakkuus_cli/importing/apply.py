"""What the import commands share once a plan text exists: the semantic diff against
the plan on disk, the check of the result in the company of the whole repository,
and the lines that add proposed people to people.yaml."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from asiakkuus_cli.editing import edit
from asiakkuus_cli.git.diff import compare_models
from asiakkuus_cli.reading.loader import discover, load_files
from asiakkuus_cli.views.diff import Names, format_value

from ..config import Settings
from ..findings import Finding
from ..models import CustomerPlan, People
from ..repository import PEOPLE_FILE, Repository
from ..textsafe import visible
from .people import Proposal


def plan_of(rel: str, text: str, settings: Settings) -> CustomerPlan | None:
    try:
        model = edit.load_model(rel, text, settings, CustomerPlan)
    except edit.EditProblem:
        return None
    return model if isinstance(model, CustomerPlan) else None


def diff_lines(
    rel: str, old_text: str, new_text: str, settings: Settings, lang: str, repo: Repository
) -> list[str] | None:
    """`field: before → after` for every field that differs; None when a side does not load."""
    old, new = plan_of(rel, old_text, settings), plan_of(rel, new_text, settings)
    if old is None or new is None:
        return None
    names = Names(repo, repo)
    return [
        visible(
            f"    {c.field}: {format_value(c, c.before, lang, names)} → "
            f"{format_value(c, c.after, lang, names)}",
            lines=False,
        )
        for c in compare_models(old, new)
    ]


def check(
    root: Path, settings: Settings, today: date, lang: str, overlay: dict[str, str]
) -> dict[str, list[Finding]]:
    """The errors of each overlaid file, checked with the rest of the repository as it is."""
    from asiakkuus_cli.rules.engine import run

    files: dict[str, bytes] = {}
    for rel in discover(root):
        try:
            files[rel] = (root / rel).read_bytes()
        except OSError:
            continue
    for rel, text in overlay.items():
        files[rel] = text.encode("utf-8")
    repo = load_files(root, files, settings)
    result = run(repo, today, lang, only_files=list(overlay))
    out: dict[str, list[Finding]] = {rel: [] for rel in overlay}
    for f in result.findings:
        if f.severity == "error" and f.path in out:
            out[f.path].append(f)
    return out


def people_lines(proposals: list[Proposal], indent: str = "  ") -> list[str]:
    return [line for p in proposals for line in p.lines(indent)]


def people_with(root: Path, settings: Settings, proposals: list[Proposal]) -> str | None:
    """people.yaml's text with the proposals appended; None when it cannot be done safely."""
    import yaml

    path = root / PEOPLE_FILE
    if not path.exists():
        return "people:\n" + "\n".join(people_lines(proposals)) + "\n"
    try:
        text = path.read_text(encoding="utf-8-sig")
        edit.load_model(PEOPLE_FILE, text, settings, People)
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except (OSError, UnicodeDecodeError, edit.EditProblem, yaml.YAMLError):
        return None
    if not isinstance(node, yaml.MappingNode) or node.value[-1][0].value != "people":
        return None  # `people:` is not the last key: no safe place at the end of the file
    seq = node.value[-1][1]
    if isinstance(seq, yaml.SequenceNode) and seq.flow_style and not seq.value:
        # `people: []`, as `init` writes it: the list becomes a block list.
        end = text.find("\n", seq.end_mark.index)
        end = len(text) if end < 0 else end
        head = text[: seq.start_mark.index].rstrip(" ")
        rest = text[seq.end_mark.index : end] + "\n" + "\n".join(people_lines(proposals)) + "\n"
        return _checked(head + rest + text[end + 1 :], settings)
    if not isinstance(seq, yaml.SequenceNode) or seq.flow_style or not seq.value:
        return None
    indent = " " * seq.value[0].start_mark.column
    indent = indent[:-2] if len(indent) >= 2 else ""
    body = text if text.endswith("\n") else text + "\n"
    return _checked(body + "\n".join(people_lines(proposals, indent)) + "\n", settings)


def _checked(new: str, settings: Settings) -> str | None:
    """`new` if it still loads as people.yaml, else None."""
    try:
        edit.load_model(PEOPLE_FILE, new, settings, People)
    except edit.EditProblem:
        return None
    return new
