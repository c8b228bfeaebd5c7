"""Property tests of `fmt` and `plan touch` (issue 12 items 3, 4, 7).

- Comments in every position YAML allows (above a `---` start marker, after a
  `...` end marker, above any key including the first key of a nested mapping
  or of a sequence item, at the end of a line, after all data, separated by
  blank lines), in files with `\\n`, `\\r\\n` or `\\r` line ends: after `fmt`,
  every comment is still there, the comment written above a key is right above
  that key (only comment lines between), the one at the end of a key's line is
  still on that key's line, the file's header is still first; the same after
  `touch`, which moves nothing else. The oracle reads the output with libyaml
  alone, not with the code under test. A comment inside a flow list that spans
  lines is the one `fmt` cannot keep: it refuses, naming that comment.
- Every line-break character libyaml knows (CR, LF, CRLF, NEL, LS, PS), as a
  file's line end and inside a quoted value: `validate` reports a finding on the
  line an editor shows it (and libyaml's mark, converted, says the same), `touch`
  and `fmt` succeed and keep the model.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from asiakkuus_cli.config import Settings
from asiakkuus_cli.editing.edit import BEFORE_UPDATED, Unsafe, format_text, load_model, touch_text
from asiakkuus_cli.lines import Lines, editor_lines, yaml_lines
from asiakkuus_cli.models import CustomerPlan

from .conftest import ORGANISATION, PEOPLE, PLAN, Repo
from .fuzzing import examples

REL = "data/customers/vapaa-aika.yaml"
TODAY = date(2026, 11, 26)

# A value: a plain scalar string, ("map", [(key, value)...]), ("seq", [map items]),
# or ("text", "|" block scalar lines).
Value = object


def _charges(draw: st.DrawFn) -> Value:
    items = [("annual", "280 000 €"), ("change", "+1 000 €")]
    return ("map", draw(st.permutations(items)))


def _projects(draw: st.DrawFn) -> Value:
    items = []
    for i in range(draw(st.integers(1, 2))):
        fields = [("name", f"Hanke {i}"), ("manager", "paula-pm"), ("budget", "1 000 €")]
        if draw(st.booleans()):
            fields.append(("priority", str(i + 1)))
        items.append(draw(st.permutations(fields)))
    return ("seq", items)


def _needs(draw: st.DrawFn) -> Value:
    tags = "[sso, ad]"
    if draw(st.booleans()):  # a flow list over two lines, a comment inside
        tags = "[sso,  # in-flow\n      ad]"
    fields = [("need", "Kertakirjautuminen"), ("observed", "1.2.2026"), ("tags", tags)]
    return ("seq", [draw(st.permutations(fields))])


@st.composite
def plans(draw: st.DrawFn) -> list[tuple[str, Value]]:
    fields: list[tuple[str, Value]] = [
        ("id", "vapaa-aika"),
        ("name", "Vapaa-aikatoimiala"),
        ("type", "division"),
        ("segment", "1"),
        ("updated", "15.10.2026"),
        ("account_manager", "liisa-laine"),
    ]
    if draw(st.booleans()):
        fields.append(("charges", _charges(draw)))
    if draw(st.booleans()):
        fields.append(("projects", _projects(draw)))
    if draw(st.booleans()):
        fields.append(("needs", _needs(draw)))
    if draw(st.booleans()):
        fields.append(("notes", ("text", ["# ei kommentti vaan tekstiä", "toinen rivi"])))
    return draw(st.permutations(fields))


@st.composite
def commented_files(draw: st.DrawFn) -> str:
    """A plan with comments drawn into every position; each names where it belongs."""
    out: list[str] = []
    counter = iter(range(10_000))

    def above(path: str, indent: int, ignore: bool = False) -> None:
        for _ in range(draw(st.integers(0, 2))):
            n = next(counter)
            prefix = "# asiakkuus: ignore[X999] " if ignore else "# "
            out.append(" " * draw(st.integers(0, indent)) + f"{prefix}above:{path} #{n}")

    def at(path: str) -> str:
        return f"  # at:{path} #{next(counter)}" if draw(st.booleans()) else ""

    def mapping(items: list[tuple[str, Value]], indent: int, path: str, dash: bool) -> None:
        for i, (key, value) in enumerate(items):
            sub = f"{path}.{key}" if path else key
            first_of_file = not path and i == 0
            if first_of_file:
                above(sub, indent, ignore=True)  # only ignore comments travel with the first key
            elif draw(st.booleans()):
                above(sub, indent)
                if i > 0 and draw(st.booleans()):
                    out.append("")  # a blank line between a comment and its (non-first) key
                    above(sub, indent)
            lead = " " * indent
            if dash and i == 0:
                lead = " " * (indent - 2) + "- "
            if isinstance(value, str) and "\n" in value:
                out.extend(f"{lead}{key}: {value}".split("\n"))
            elif isinstance(value, str):
                out.append(f"{lead}{key}: {value}{at(sub)}")
            elif value[0] == "map":
                out.append(f"{lead}{key}:{at(sub)}")
                mapping(value[1], indent + 2, sub, False)
            elif value[0] == "seq":
                out.append(f"{lead}{key}:{at(sub)}")
                for j, item in enumerate(value[1]):
                    if j > 0 and draw(st.booleans()):
                        above(f"{sub}.{j}.{item[0][0]}", indent + 2)
                    mapping(item, indent + 4, f"{sub}.{j}", True)
            else:
                out.append(f"{lead}{key}: |{at(sub) and ''}")
                out.extend(" " * (indent + 2) + line for line in value[1])

    if draw(st.booleans()):
        out.extend(["# header", ""])
    if draw(st.booleans()):
        out.extend(["# pre", "---"])
    mapping(draw(plans()), 0, "", False)
    if draw(st.booleans()):
        out.append(f"# end #{next(counter)}")
    if draw(st.booleans()):
        out.extend(["...", "# post"])
    brk = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    return brk.join(out) + brk


_TAG = re.compile(r"(above|at):(\S+) #\d+")


def _key_lines(text: str) -> dict[str, int]:
    """libyaml's line of every key, by dotted path."""
    found: dict[str, int] = {}

    def walk(node: yaml.Node, path: str) -> None:
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                sub = f"{path}.{k.value}" if path else str(k.value)
                found[sub] = k.start_mark.line
                walk(v, sub)
        elif isinstance(node, yaml.SequenceNode):
            for j, item in enumerate(node.value):
                walk(item, f"{path}.{j}")

    walk(yaml.compose(text, Loader=yaml.CSafeLoader), "")
    return found


def assert_comments_in_place(before: str, after: str) -> None:
    lines = yaml_lines(after)[0]
    comment_lines = [line.strip() for line in lines if line.lstrip().startswith("#")]
    old = [line.strip() for line in yaml_lines(before)[0] if line.lstrip().startswith("#")]
    block_text = "# ei kommentti vaan tekstiä"
    assert sorted(comment_lines) == sorted(old)
    keys = _key_lines(after)
    for n, line in enumerate(lines):
        m = _TAG.search(line)
        if not m or line.strip() == block_text:
            continue
        where, path = m.groups()
        if where == "at":
            assert keys[path] == n, (line, after)
        else:
            assert keys[path] > n, (line, after)
            between = lines[n + 1 : keys[path]]
            assert all(not b.strip() or b.lstrip().startswith("#") for b in between), (line, after)
    if before.startswith("# header"):
        assert after.startswith("# header")


@examples(150)
@given(commented_files())
def test_fmt_keeps_every_comment_with_its_key(text: str) -> None:
    """Or, for a comment inside a flow list over several lines, refuses and says so."""
    s = Settings()
    if "# in-flow" in text:
        with pytest.raises(Unsafe) as refused:
            format_text(REL, text, s, CustomerPlan)
        assert refused.value.key == "editing.comment.flow"
        assert refused.value.params["comment"] == "# in-flow"
        return
    out = format_text(REL, text, s, CustomerPlan).text
    assert load_model(REL, out, s, CustomerPlan) == load_model(REL, text, s, CustomerPlan)
    assert_comments_in_place(text, out)
    assert format_text(REL, out, s, CustomerPlan).text == out


@examples(100)
@given(commented_files(), st.booleans())
def test_touch_keeps_every_comment_in_place(text: str, drop: bool) -> None:
    if drop and ":updated #" not in text:  # touch adds a missing `updated`
        text = re.sub(r"updated: 15\.10\.2026[^\r\n]*(\r\n|\r|\n)", "", text)
    out = touch_text(text, TODAY, BEFORE_UPDATED)
    assert_comments_in_place(text, out)

    def others(t: str) -> list[str]:
        return [c for c in editor_lines(t) if "#" in c and not c.startswith("updated:")]

    assert others(out) == others(text)
    plan = load_model(REL, out, Settings(), CustomerPlan)
    assert isinstance(plan, CustomerPlan)
    assert plan.updated == TODAY


# --- every line break libyaml knows ----------------------------------------------------------

BREAKS = ["\n", "\r\n", "\r", "\x85", "\u2028", "\u2029"]


@st.composite
def broken_lines(draw: st.DrawFn) -> tuple[str, tuple[int, int]]:
    """A plan whose lines end with drawn breaks, with break characters inside quoted
    names, and an unknown field on a drawn line; returns the text and that line (editor)."""
    lines = PLAN.splitlines()
    inside = draw(st.lists(st.sampled_from(BREAKS), max_size=3))
    lines[1] = 'name: "Vapaa' + "".join(f"{c}x" for c in inside) + '"'
    at = draw(st.integers(1, len(lines)))
    lines.insert(at, "tuntematon: 1")
    text = "".join(line + draw(st.sampled_from(BREAKS)) for line in lines)
    before = editor_lines(text[: text.index("tuntematon")])
    return text, (len(before), len(before[-1]) + 1)


@examples(60)
@given(broken_lines())
def test_every_line_break_reports_editor_lines_and_edits_work(tmp_path_factory, case) -> None:
    text, where = case
    mark = yaml.compose(text, Loader=yaml.CSafeLoader).value
    key = next(k for k, _ in mark if k.value == "tuntematon")
    assert Lines(text).editor((key.start_mark.line + 1, key.start_mark.column + 1)) == where
    repo = Repo(tmp_path_factory.mktemp("r") / "repo")
    repo.write("data/organisation.yaml", ORGANISATION)
    repo.write("data/people.yaml", PEOPLE)
    (repo.root / REL).write_bytes(text.encode())
    assert repo.found() == [("S002", *where)]
    fixed = text.replace("tuntematon: 1", "notes: x")
    s = Settings()
    touched = touch_text(fixed, TODAY, BEFORE_UPDATED)
    before = load_model(REL, fixed, s, CustomerPlan)
    after = load_model(REL, touched, s, CustomerPlan)
    assert after == before.model_copy(update={"updated": TODAY})
    out = format_text(REL, fixed, s, CustomerPlan).text
    assert load_model(REL, out, s, CustomerPlan) == before
