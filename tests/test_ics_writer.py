"""`calendar --ics` writes its lines itself for speed (issue 18): the same bytes as
icalendar's component model, for the demo and for events with every text that needs
escaping or folding (commas, semicolons, backslashes, line breaks, long and non-ASCII)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from hypothesis import given
from hypothesis import strategies as st

from asiakkuus_cli.config import Settings
from asiakkuus_cli.reading.loader import load_repository
from asiakkuus_cli.render import ics
from asiakkuus_cli.views import calendar as view

from .conftest import DEMO
from .fuzzing import examples

STAMP = datetime(2026, 11, 26, 8, 30, tzinfo=UTC)


def test_demo_calendar_same_bytes_as_the_library() -> None:
    repo = load_repository(DEMO, Settings())
    for per_customer in (False, True):
        events = view.for_export(repo, date(2026, 1, 1), 3 * 365, per_customer)
        assert len(events) > 20
        for lang in ("fi", "en"):
            name = "Demo: kello, jossa; kaikki \\ merkit"
            assert ics.build(events, lang, name, STAMP) == ics.build_with_library(
                events, lang, name, STAMP
            )


TEXT = st.lists(
    st.sampled_from([*"aä€ ,;:\\\n\r\"'x", "\u2028", "𝄞", "\\N", "é" * 3]), max_size=60
).map("".join)


@examples(200)
@given(
    st.lists(
        st.tuples(
            st.dates(date(1990, 1, 1), date(2990, 12, 31)),
            st.sampled_from(view.KINDS),
            TEXT,
            st.none() | TEXT,
            st.none() | TEXT,
            st.booleans(),
            st.booleans(),
        ),
        max_size=4,
    ),
    TEXT,
)
def test_events_with_any_text_same_bytes_as_the_library(rows, name) -> None:
    events = [
        view.Event(date=day, kind=kind, what=what, customer="c", customer_name=who, who=who,
                   to_whom="H", where=where, yearly=yearly, uid=f"uid-{what}",
                   file="data/customers/c.yaml", month_only=month_only)
        for day, kind, what, who, where, yearly, month_only in rows
    ]  # fmt: skip
    assert ics.build(events, "fi", name, STAMP) == ics.build_with_library(events, "fi", name, STAMP)
