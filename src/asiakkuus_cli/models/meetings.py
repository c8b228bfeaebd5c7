"""Models of meeting records (`data/meetings/<id>/<date>[-<slug>].yaml`, SPEC 2.6) and of
the list of systems that hold customer data (`data/sources.yaml`, SPEC 2.7)."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from pydantic import (
    Discriminator,
    Field,
    PlainSerializer,
    PlainValidator,
    Tag,
    WithJsonSchema,
    model_validator,
)
from pydantic_core import PydanticCustomError

from . import Model
from .values import _BOOL_SCHEMA, _DATE_SCHEMA, Date, Slug, parse_bool, parse_date

MeetingKind = Literal["care_event", "budget_meeting", "steering_group", "customer_meeting", "other"]
MEETING_KINDS: tuple[str, ...] = MeetingKind.__args__  # type: ignore[attr-defined]


def parse_done(v: Any) -> date | bool:
    """An action's `done`: the date it was done, or yes/no."""
    if isinstance(v, bool | date):
        return v
    try:
        return parse_bool(v)
    except PydanticCustomError:
        pass
    try:
        return parse_date(v)
    except PydanticCustomError as exc:
        if exc.type == "year_range":
            raise
        raise PydanticCustomError("done_format", "done_format", {"value": str(v)}) from None


Done = Annotated[
    date | bool,
    PlainValidator(parse_done),
    WithJsonSchema(
        {
            "anyOf": [_DATE_SCHEMA, _BOOL_SCHEMA],
            "description": "2026-05-31 | 31.5.2026 | true | false | kyllä | ei",
        }
    ),
    PlainSerializer(lambda v: v if isinstance(v, bool) else v.isoformat()),
]


class Guest(Model):
    """A participant who is not in people.yaml."""

    name: str
    organisation: str | None = None


#: The tags of a participant's two forms; pydantic puts them into error locations, and
#: the loader leaves them out so that a finding points at the participant itself.
UNION_TAGS = frozenset(("<person-id>", "<guest>"))


def _participant_tag(v: Any) -> str:
    return "<guest>" if isinstance(v, dict | Guest) else "<person-id>"


Participant = Annotated[
    Annotated[Slug, Tag("<person-id>")] | Annotated[Guest, Tag("<guest>")],
    Discriminator(_participant_tag),
]


class Action(Model):
    what: str
    owner: Slug
    due: Date | None = None
    done: Done | None = None

    @property
    def is_done(self) -> bool:
        return self.done is not None and self.done is not False


class Meeting(Model):
    date: Date
    customer: Slug | None = None
    project: Slug | None = None
    kind: MeetingKind
    event: str | None = None
    participants: list[Participant] = Field(min_length=1)
    topics: list[str] = Field(default_factory=list)
    decisions: list[str] = Field(default_factory=list)
    actions: list[Action] = Field(default_factory=list)
    notes: str | None = None

    @model_validator(mode="after")
    def _customer_or_project(self) -> Meeting:
        if (self.customer is None) == (self.project is None):
            raise PydanticCustomError("meeting_subject", "meeting_subject")
        return self

    @property
    def subject(self) -> str:
        """The customer or project met."""
        return self.customer or self.project or ""

    def person_ids(self) -> list[str]:
        return [p for p in self.participants if isinstance(p, str)]


class Source(Model):
    id: Slug
    name: str
    holds: list[str] = Field(default_factory=list)
    owner: Slug | None = None
    access: str | None = None
    refreshed: str | None = None
    customers: Literal["all"] | list[Slug] = "all"

    def serves(self, customer: str) -> bool:
        return self.customers == "all" or customer in self.customers


class Sources(Model):
    sources: list[Source]
