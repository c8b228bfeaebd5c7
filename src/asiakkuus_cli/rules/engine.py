"""Run the rules: severities, selection, positions, suppression and order, all here."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from datetime import date
from sys import intern
from typing import TypedDict

from asiakkuus_cli.findings import IGNORE_RE, Finding, Issue, Result
from asiakkuus_cli.i18n import has, t
from asiakkuus_cli.lines import Lines, Pos, editor_lines, is_plain
from asiakkuus_cli.repository import Repository
from asiakkuus_cli.rules import Context, Rule, all_rules
from asiakkuus_cli.runtime import paused_gc

UNUSED_IGNORE = "S008"


def matches(code: str, tokens: Iterable[str]) -> bool:
    """Whether `code` is named by any token, as a full code or a prefix (`P`, `C00`)."""
    return any(code.startswith(tok.strip().upper()) for tok in tokens if tok.strip())


def severity_of(rule: Rule, repo: Repository) -> str:
    return repo.settings.rules.severity.get(rule.code, rule.severity)


@dataclass
class _Comment:
    line: int
    column: int
    codes: list[str]
    used: set[str] = field(default_factory=set)


#: The comments of a file without any (most files): one object, never changed.
_NO_COMMENTS: dict[int, _Comment] = {}


class Suppressions:
    """`# asiakkuus: ignore[C001,P]` comments, read lazily per file.

    Only the comments are kept, not the text (the texts are held as UTF-8 by the
    loader; a decoded copy of every file with a finding cost a tenth of the run's
    memory on a large repository).
    """

    def __init__(self, texts: dict[str, str]) -> None:
        self._texts = texts
        self._by_file: dict[str, dict[int, _Comment]] = {}

    def comments(self, file: str) -> dict[int, _Comment]:
        found = self._by_file.get(file)
        if found is None:
            found = self._read(file)
            self._by_file[file] = found
        return found

    def _read(self, file: str) -> dict[int, _Comment]:
        text = self._texts.get(file, "")
        if "asiakkuus:" not in text:
            return _NO_COMMENTS
        found: dict[int, _Comment] = {}
        for n, line in enumerate(editor_lines(text), start=1):
            if m := IGNORE_RE.search(line):
                codes = [c.strip().upper() for c in m[1].split(",") if c.strip()]
                found[n] = _Comment(n, m.start() + 1, codes)
        return found

    def silence(self, file: str, line: int, code: str) -> bool:
        comments = self.comments(file)
        if not comments:
            return False
        for n in (line, line - 1):
            c = comments.get(n)
            if c is None:
                continue
            for tok in c.codes:
                if code.startswith(tok):
                    c.used.add(tok)
                    return True
        return False

    def unused(self) -> Iterable[tuple[str, _Comment, list[str]]]:
        for file in sorted(self._texts):
            # a file not met in the run is read here once and not kept
            comments = self._by_file.get(file)
            if comments is None:
                comments = self._read(file)
            for c in comments.values():
                left = [tok for tok in c.codes if tok not in c.used]
                if left:
                    yield file, c, left


class Locator:
    """Where an issue stands, in the lines and columns a person sees (lines.py).

    A file whose text has no line break that editors do not count (almost every
    file) has its positions as they are; only for the others is a line index kept.
    """

    def __init__(self, repo: Repository) -> None:
        self._repo = repo
        self._lines: dict[str, Lines | None] = {}

    def __call__(self, issue: Issue) -> Pos:
        repo = self._repo
        pos = issue.pos or repo.position(issue.file, issue.at, issue.key)
        file = issue.file
        if file in self._lines:
            lines = self._lines[file]
        else:
            text = repo.texts.get(file)
            lines = None if text is None or is_plain(text) else Lines(text)
            self._lines[file] = lines
        return pos if lines is None else lines.editor(pos)


class RunOptions(TypedDict, total=False):
    """What a run may be narrowed to: rules by code or prefix, findings by file."""

    select: Collection[str]
    ignore: Collection[str]
    only_files: Collection[str] | None


def run(
    repo: Repository,
    today: date,
    lang: str,
    *,
    select: Collection[str] = (),
    ignore: Collection[str] = (),
    only_files: Collection[str] | None = None,
) -> Result:
    """Check the repository; return findings sorted by path, line, column, code."""
    with paused_gc():
        return _run(repo, today, lang, select, ignore, only_files)


def _run(
    repo: Repository,
    today: date,
    lang: str,
    select: Collection[str],
    ignore: Collection[str],
    only_files: Collection[str] | None,
) -> Result:
    ctx = Context(repo, today)
    rules = all_rules()
    active: dict[str, tuple[Rule, str]] = {}
    for code, r in rules.items():
        sev = severity_of(r, repo)
        if sev == "off" or (select and not matches(code, select)) or matches(code, ignore):
            continue
        active[code] = (r, sev)

    suppress = Suppressions(repo.texts)
    locate = Locator(repo)
    findings: list[Finding] = []
    for code, (r, sev) in active.items():
        for issue in r.check(ctx):
            line, col = locate(issue)
            if suppress.silence(issue.file, line, code):
                continue
            findings.append(_finding(r, sev, issue, line, col, lang))

    if UNUSED_IGNORE in active:
        r, sev = active[UNUSED_IGNORE]
        ran = set(active)
        for file, comment, left in suppress.unused():
            # A comment for a rule that did not run this time is not known to be unused;
            # one that names no rule at all (a typo) can never be used.
            idle = [
                tok
                for tok in left
                if any(code.startswith(tok) for code in ran)
                or not any(code.startswith(tok) for code in rules)
            ]
            if not idle:
                continue
            issue = Issue(UNUSED_IGNORE, file, params={"codes": ", ".join(idle)})
            findings.append(_finding(r, sev, issue, comment.line, comment.column, lang))

    files = len(repo.files)
    if only_files is not None:
        wanted = set(only_files)
        findings = [f for f in findings if f.path in wanted]
        files = len(wanted.intersection(repo.files))
    findings.sort(key=Finding.sort_key)
    return Result(files=files, findings=findings, lang=lang)


def message_key(issue: Issue) -> str:
    return f"rule.{issue.code}.{issue.variant}" if issue.variant else f"rule.{issue.code}"


def to_finding(
    issue: Issue,
    line: int,
    column: int,
    lang: str,
    *,
    name: str | None = None,
    severity: str | None = None,
) -> Finding:
    """The one conversion of a rule's Issue into the Finding people read.

    `name` and `severity` default to the rule's own (an unknown code: no name, an error);
    the engine passes the severity the settings chose.
    """
    if name is None or severity is None:
        rule = all_rules().get(issue.code)
        if name is None:
            name = rule.name if rule else ""
        if severity is None:
            severity = rule.severity if rule else "error"
    key = message_key(issue)
    # Interned: the hints of a rule are mostly one text, and many messages repeat
    # (the same need in many plans); a large repository has tens of thousands.
    message = intern(t(key, lang, **issue.params))
    hint = intern(t(key + ".hint", lang, **issue.params)) if has(key + ".hint") else None
    return Finding(
        code=issue.code,
        name=name,
        severity=severity,
        path=issue.file,
        line=line,
        column=column,
        message=message,
        hint=hint,
        subject=issue.subject,
    )


def _finding(r: Rule, sev: str, issue: Issue, line: int, col: int, lang: str) -> Finding:
    return to_finding(issue, line, col, lang, name=r.name, severity=sev)
