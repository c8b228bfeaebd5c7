"""Models of the four file kinds (SPEC 2.2-2.5). Unknown fields are errors.

Core: imports only pydantic and the standard library (checked by `lint-imports`).
"""

from __future__ import annotations

from typing import Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

from .values import Bool, Date, Money, Month, MonthOrDate, MonthValue, SegmentId, Slug

__all__ = [
    "MEETING_KINDS",
    "ORG_TYPES",
    "ROLES",
    "Action",
    "Board",
    "CalendarEvent",
    "CriticalSystem",
    "CustomerPlan",
    "DevProject",
    "Guest",
    "Meeting",
    "Month",
    "Need",
    "Organisation",
    "People",
    "Person",
    "Project",
    "Segment",
    "Source",
    "Sources",
]

OrgType = Literal[
    "division", "service_centre", "municipal_enterprise", "regional", "company", "foundation"
]
ORG_TYPES: tuple[str, ...] = OrgType.__args__  # type: ignore[attr-defined]
Role = Literal["partnership_manager", "project_manager", "service_manager", "unit_head", "expert"]
ROLES: tuple[str, ...] = Role.__args__  # type: ignore[attr-defined]
Status = Literal["proposed", "initiation", "running", "closed"]
PmRole = Literal["customer_support", "supplier", "none"]


class Model(BaseModel):
    """Common settings: unknown fields forbidden; an empty value counts as absent.

    Each model's validator is built when the model first validates (`defer_build`), not
    when this module is imported: a command builds only the file kinds it reads (no
    meeting models without meeting records), and the models nested in a file's model
    (a plan's needs, a roster's board) never build a validator of their own
    (docs/PERFORMANCE.md, start-up).
    """

    model_config = ConfigDict(
        extra="forbid", coerce_numbers_to_str=True, frozen=True, defer_build=True
    )

    @model_validator(mode="before")
    @classmethod
    def _drop_empty(cls, data: Any) -> Any:
        if isinstance(data, dict):
            return {k: v for k, v in data.items() if v is not None}
        return data


class CalendarEvent(Model):
    what: str
    who: str
    to_whom: str
    month: MonthValue
    day: int | None = Field(default=None, ge=1, le=31)
    where: str | None = None


class Segment(Model):
    id: SegmentId
    name: str
    description: str | None = None


class Organisation(Model):
    name: str
    segments: list[Segment]
    calendar: list[CalendarEvent] = []


class Person(Model):
    id: Slug
    name: str
    organisation: Slug
    title: str | None = None
    unit: str | None = None
    email: str | None = None
    roles: list[Role] = []
    deputy: Slug | None = None
    resource_authority: Bool = False

    @property
    def is_it(self) -> bool:
        return self.organisation == "it"


class People(Model):
    people: list[Person]


class Charges(Model):
    annual: Money | None = None
    change: Money | None = None


class Headcount(Model):
    count: int | None = Field(default=None, ge=0)
    change: int | None = None


class Potential(Model):
    score: int | None = Field(default=None, ge=1, le=10)
    note: str | None = None


class DevProject(Model):
    name: str
    project: Slug | None = None
    start: Date | None = None
    end: Date | None = None
    manager: Slug | None = None
    budget: Money | None = None
    it_representative: Slug | None = None
    action: str | None = None
    priority: int | None = Field(default=None, ge=1)
    done: Bool = False


class CriticalSystem(Model):
    name: str
    updates_per_year: int | None = Field(default=None, ge=0)
    next_update: MonthOrDate | None = None
    customer_contact: str | None = None
    vendor: str | None = None
    maintenance: Literal["it", "external"] | None = None
    it_resources: int | None = Field(default=None, ge=0)
    notes: str | None = None


class Need(Model):
    need: str
    impact: str | None = None
    observed: Date
    budgeted: Bool | None = None
    fits_environment: Bool | None = None
    tags: list[str] = []
    decision: str | None = None


class Marketing(Model):
    growth_potential: Bool | None = None
    offers: list[str] = []


class CustomerPlan(Model):
    id: Slug
    name: str
    type: OrgType
    direct: Bool = True
    segment: SegmentId
    updated: Date
    account_manager: Slug
    customer_contact: Slug | None = None
    charges: Charges | None = None
    headcount: Headcount | None = None
    potential: Potential | None = None
    projects: list[DevProject] = []
    critical_systems: list[CriticalSystem] = []
    calendar: list[CalendarEvent] = []
    needs: list[Need] = []
    marketing: Marketing | None = None
    agreements: list[str] = []
    notes: str | None = None
    sources: dict[str, Slug] = {}


class Board(Model):
    executive: Slug | None = None
    senior_users: list[Slug] = []
    users: list[Slug] = []
    senior_suppliers: list[Slug] = []
    suppliers: list[Slug] = []

    CUSTOMER_SIDE: ClassVar[tuple[str, ...]] = ("executive", "senior_users", "users")
    SUPPLIER_SIDE: ClassVar[tuple[str, ...]] = ("senior_suppliers", "suppliers")

    def members(self) -> list[tuple[str, int | None, str]]:
        """Every seat as (role field, index in its list or None, person id), in board order."""
        seats: list[tuple[str, int | None, str]] = []
        if self.executive:
            seats.append(("executive", None, self.executive))
        for role in ("senior_users", "users", "senior_suppliers", "suppliers"):
            seats.extend((role, i, pid) for i, pid in enumerate(getattr(self, role)))
        return seats

    def distinct(self) -> set[str]:
        return {pid for _, _, pid in self.members()}


class Meetings(Model):
    interval_weeks: int | None = Field(default=None, ge=1)
    duration_minutes: int | None = Field(default=None, ge=1)
    last: Date | None = None
    next: Date | None = None


class GuideDelivered(Model):
    customer: Date | None = None
    members: Date | None = None
    first_meeting: Date | None = None


class Communication(Model):
    customer_side: Slug | None = None
    supplier_side: Slug | None = None
    delegated_to_pm: Bool | None = None


class Project(Model):
    id: Slug
    name: str
    customer: Slug | None = None
    internal: Bool = False
    status: Status
    start: Date | None = None
    end: Date | None = None
    budget: Money | None = None
    project_manager: Slug
    board: Board
    partnership_manager_role: PmRole | None = None
    meetings: Meetings | None = None
    guide_delivered: GuideDelivered | None = None
    communication: Communication | None = None
    lessons_log: Bool | None = None

    @model_validator(mode="after")
    def _customer_unless_internal(self) -> Project:
        if self.customer is None and not self.internal:
            raise PydanticCustomError("customer_required", "customer_required")
        return self


from .meetings import MEETING_KINDS, Action, Guest, Meeting, Source, Sources  # noqa: E402
