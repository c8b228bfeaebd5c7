"""Every message key that a value picks, written out: value -> key tables.

A key built at run time (`t(f"term.type.{value}")`) cannot be found by a checker, so
dead keys could not be found; where a value of the data or of the code chooses a text,
the code looks its key up here. tests/test_catalogue.py reads the string literals of
src/ (these tables included): a key used but not defined, or defined but used nowhere,
fails it.
"""

from __future__ import annotations

#: The fixed choices of the data in words: kind -> value -> key.
TERM: dict[str, dict[str, str]] = {
    "type": {
        "company": "term.type.company",
        "division": "term.type.division",
        "foundation": "term.type.foundation",
        "municipal_enterprise": "term.type.municipal_enterprise",
        "regional": "term.type.regional",
        "service_centre": "term.type.service_centre",
    },
    "status": {
        "closed": "term.status.closed",
        "initiation": "term.status.initiation",
        "proposed": "term.status.proposed",
        "running": "term.status.running",
    },
    "pm_role": {
        "customer_support": "term.pm_role.customer_support",
        "none": "term.pm_role.none",
        "supplier": "term.pm_role.supplier",
    },
    "maintenance": {
        "external": "term.maintenance.external",
        "it": "term.maintenance.it",
    },
    "role": {
        "expert": "term.role.expert",
        "partnership_manager": "term.role.partnership_manager",
        "project_manager": "term.role.project_manager",
        "service_manager": "term.role.service_manager",
        "unit_head": "term.role.unit_head",
    },
    "board": {
        "executive": "term.board.executive",
        "senior_suppliers": "term.board.senior_suppliers",
        "senior_users": "term.board.senior_users",
        "suppliers": "term.board.suppliers",
        "users": "term.board.users",
    },
    "month_in": {
        "1": "term.month_in.1",
        "10": "term.month_in.10",
        "11": "term.month_in.11",
        "12": "term.month_in.12",
        "2": "term.month_in.2",
        "3": "term.month_in.3",
        "4": "term.month_in.4",
        "5": "term.month_in.5",
        "6": "term.month_in.6",
        "7": "term.month_in.7",
        "8": "term.month_in.8",
        "9": "term.month_in.9",
    },
}

#: The glossary: term -> (its name, its explanation). A board role or a role of a
#: person is named by its `term.*` key: one text per term.
GLOSSARY: dict[str, tuple[str, str]] = {
    "project_board": ("term.project_board", "term.project_board.explain"),
    "executive": ("term.board.executive", "term.executive.explain"),
    "senior_user": ("term.board.senior_users", "term.senior_user.explain"),
    "user": ("term.board.users", "term.user.explain"),
    "senior_supplier": ("term.board.senior_suppliers", "term.senior_supplier.explain"),
    "supplier": ("term.board.suppliers", "term.supplier.explain"),
    "project_manager": ("term.role.project_manager", "term.project_manager.explain"),
    "business_case": ("term.business_case", "term.business_case.explain"),
    "stage": ("term.stage", "term.stage.explain"),
    "tolerance": ("term.tolerance", "term.tolerance.explain"),
    "exception": ("term.exception", "term.exception.explain"),
    "escalation": ("term.escalation", "term.escalation.explain"),
    "benefits_review": ("term.benefits_review", "term.benefits_review.explain"),
    "stakeholder": ("term.stakeholder", "term.stakeholder.explain"),
    "lessons_log": ("term.lessons_log", "term.lessons_log.explain"),
    "partnership_manager": ("term.role.partnership_manager", "term.partnership_manager.explain"),
    "care_plan": ("term.care_plan", "term.care_plan.explain"),
}

#: Placeholders in --help: option or argument name -> key.
METAVAR: dict[str, str] = {
    "changed_since": "terminal.metavar.rev",
    "code": "terminal.metavar.code",
    "customer": "terminal.metavar.customer",
    "customer_id": "terminal.metavar.id",
    "days": "terminal.metavar.days",
    "dir": "terminal.metavar.dir",
    "executive": "terminal.metavar.person",
    "format": "terminal.metavar.format",
    "from_": "terminal.metavar.date",
    "ics_file": "terminal.metavar.file",
    "id": "terminal.metavar.id",
    "ident": "terminal.metavar.id",
    "ignore": "terminal.metavar.codes",
    "manager": "terminal.metavar.person",
    "name": "terminal.metavar.name",
    "number": "terminal.metavar.number",
    "out": "terminal.metavar.dir",
    "path": "terminal.metavar.path",
    "paths": "terminal.metavar.path",
    "project_id": "terminal.metavar.id",
    "project_manager": "terminal.metavar.person",
    "rev_a": "terminal.metavar.rev",
    "rev_b": "terminal.metavar.rev",
    "root": "terminal.metavar.dir",
    "segment": "terminal.metavar.segment",
    "select": "terminal.metavar.codes",
    "senior_supplier": "terminal.metavar.person",
    "senior_user": "terminal.metavar.person",
    "status": "terminal.metavar.status",
    "text": "terminal.metavar.text",
    "today": "terminal.metavar.today",
    "type": "terminal.metavar.type",
    "type_": "terminal.metavar.type",
}

CLICK_MISSING: dict[str, str] = {
    "argument": "terminal.click.missing_argument",
    "option": "terminal.click.missing_option",
}

SEVERITY: dict[str, str] = {
    "error": "severity.error",
    "info": "severity.info",
    "warning": "severity.warning",
}

RULES_COLUMN: dict[str, str] = {
    "code": "rules.col.code",
    "name": "rules.col.name",
    "severity": "rules.col.severity",
    "summary": "rules.col.summary",
}

REPORT_TITLE: dict[str, str] = {
    "actions": "reports.title.actions",
    "calendar": "reports.title.calendar",
    "managers": "reports.title.managers",
    "meetings": "reports.title.meetings",
    "needs": "reports.title.needs",
    "plans": "reports.title.plans",
    "project_report": "reports.title.project_report",
    "projects": "reports.title.projects",
    "segments": "reports.title.segments",
    "sources": "reports.title.sources",
}

#: Report kind -> column -> heading key.
REPORT_COLUMN: dict[str, dict[str, str]] = {
    "actions": {
        "due": "reports.col.actions.due",
        "meeting": "reports.col.actions.meeting",
        "overdue": "reports.col.actions.overdue",
        "owner": "reports.col.actions.owner",
        "subject": "reports.col.actions.subject",
        "what": "reports.col.actions.what",
    },
    "calendar": {
        "customer": "reports.col.calendar.customer",
        "date": "reports.col.calendar.date",
        "done": "reports.col.calendar.done",
        "kind": "reports.col.calendar.kind",
        "to_whom": "reports.col.calendar.to_whom",
        "what": "reports.col.calendar.what",
        "where": "reports.col.calendar.where",
        "who": "reports.col.calendar.who",
    },
    "managers": {
        "charges_annual": "reports.col.managers.charges_annual",
        "customers": "reports.col.managers.customers",
        "deputy": "reports.col.managers.deputy",
        "events_next_30_days": "reports.col.managers.events_next_30_days",
        "name": "reports.col.managers.name",
        "open_projects": "reports.col.managers.open_projects",
        "stale_plan_ids": "reports.col.managers.stale_plan_ids",
        "types_covered": "reports.col.managers.types_covered",
        "types_missing": "reports.col.managers.types_missing",
    },
    "meetings": {
        "date": "reports.col.meetings.date",
        "event": "reports.col.meetings.event",
        "kind": "reports.col.meetings.kind",
        "open_actions": "reports.col.meetings.open_actions",
        "participants": "reports.col.meetings.participants",
        "subject": "reports.col.meetings.subject",
    },
    "needs": {
        "budgeted": "reports.col.needs.budgeted",
        "customer_names": "reports.col.needs.customer_names",
        "first_observed": "reports.col.needs.first_observed",
        "fits_environment": "reports.col.needs.fits_environment",
        "group": "reports.col.needs.group",
        "needs_count": "reports.col.needs.needs_count",
        "shared": "reports.col.needs.shared",
        "undecided": "reports.col.needs.undecided",
    },
    "plans": {
        "account_manager": "reports.col.plans.account_manager",
        "charges_annual": "reports.col.plans.charges_annual",
        "charges_change": "reports.col.plans.charges_change",
        "headcount": "reports.col.plans.headcount",
        "name": "reports.col.plans.name",
        "open_projects": "reports.col.plans.open_projects",
        "open_projects_budget": "reports.col.plans.open_projects_budget",
        "potential": "reports.col.plans.potential",
        "segment": "reports.col.plans.segment",
        "stale": "reports.col.plans.stale",
        "type": "reports.col.plans.type",
        "updated": "reports.col.plans.updated",
    },
    "project_report": {
        "board_missing": "reports.col.project_report.board_missing",
        "budget": "reports.col.project_report.budget",
        "customer": "reports.col.project_report.customer",
        "end": "reports.col.project_report.end",
        "errors": "reports.col.project_report.errors",
        "id": "reports.col.project_report.id",
        "infos": "reports.col.project_report.infos",
        "project_manager": "reports.col.project_report.project_manager",
        "start": "reports.col.project_report.start",
        "status": "reports.col.project_report.status",
        "warnings": "reports.col.project_report.warnings",
    },
    "projects": {
        "budget": "reports.col.projects.budget",
        "customer": "reports.col.projects.customer",
        "end": "reports.col.projects.end",
        "name": "reports.col.projects.name",
        "next_meeting": "reports.col.projects.next_meeting",
        "project_manager": "reports.col.projects.project_manager",
        "start": "reports.col.projects.start",
        "status": "reports.col.projects.status",
    },
    "segments": {
        "by_type": "reports.col.segments.by_type",
        "charges_annual": "reports.col.segments.charges_annual",
        "charges_change": "reports.col.segments.charges_change",
        "customers": "reports.col.segments.customers",
        "headcount": "reports.col.segments.headcount",
        "name": "reports.col.segments.name",
        "open_projects": "reports.col.segments.open_projects",
        "open_projects_budget": "reports.col.segments.open_projects_budget",
        "potential_mean": "reports.col.segments.potential_mean",
        "segment": "reports.col.segments.segment",
        "stale_plan_ids": "reports.col.segments.stale_plan_ids",
    },
    "sources": {
        "access": "reports.col.sources.access",
        "fields": "reports.col.sources.fields",
        "holds": "reports.col.sources.holds",
        "name": "reports.col.sources.name",
        "owner": "reports.col.sources.owner",
        "owner_email": "reports.col.sources.owner_email",
        "refreshed": "reports.col.sources.refreshed",
    },
}

EVENT_KIND: dict[str, str] = {
    "board_meeting": "reports.kind.board_meeting",
    "budget_meeting": "reports.kind.budget_meeting",
    "care": "reports.kind.care",
    "care_event": "reports.kind.care_event",
    "customer_meeting": "reports.kind.customer_meeting",
    "other": "reports.kind.other",
    "customer_care": "reports.kind.customer_care",
    "project_end": "reports.kind.project_end",
    "project_start": "reports.kind.project_start",
    "roster_end": "reports.kind.roster_end",
    "roster_start": "reports.kind.roster_start",
    "steering_group": "reports.kind.steering_group",
    "system_update": "reports.kind.system_update",
}

ICS_SUMMARY: dict[str, str] = {
    "board_meeting": "reports.ics.summary.board_meeting",
    "care": "reports.ics.summary.care",
    "customer_care": "reports.ics.summary.customer_care",
    "project_end": "reports.ics.summary.project_end",
    "project_start": "reports.ics.summary.project_start",
    "roster_end": "reports.ics.summary.roster_end",
    "roster_start": "reports.ics.summary.roster_start",
    "system_update": "reports.ics.summary.system_update",
}

TRI: dict[str, str] = {
    "no": "value.no",
    "partly": "reports.tri.partly",
    "yes": "value.yes",
}

PLAN_MAINTENANCE: dict[str, str] = {
    "external": "plan.maint.external",
    "it": "plan.maint.it",
}

GUIDE_SIDE: dict[str, str] = {
    "customer": "guide.side.customer",
    "supplier": "guide.side.supplier",
}

GUIDE_ROLE: dict[str, str] = {
    "executive": "guide.role.executive",
    "senior_supplier": "guide.role.senior_supplier",
    "senior_user": "guide.role.senior_user",
    "supplier": "guide.role.supplier",
    "user": "guide.role.user",
}

GUIDE_DUTIES: dict[str, str] = {
    "executive": "guide.duties.executive",
    "senior_supplier": "guide.duties.senior_supplier",
    "senior_user": "guide.duties.senior_user",
    "supplier": "guide.duties.supplier",
    "user": "guide.duties.user",
}

#: The partnership manager's part in a project board (`partnership_manager_role`).
GUIDE_PM: dict[str, str] = {
    "customer_support": "guide.pm.customer_support",
    "none": "guide.pm.none",
    "supplier": "guide.pm.supplier",
}

DIFF_KIND: dict[str, str] = {
    "customer": "diff.kind.customer",
    "organisation": "diff.kind.organisation",
    "people": "diff.kind.people",
    "person": "diff.kind.person",
    "project": "diff.kind.project",
    "meeting": "diff.kind.meeting",
    "sources": "diff.kind.sources",
}

DIFF_KINDS: dict[str, str] = {
    "customer": "diff.kinds.customer",
    "person": "diff.kinds.person",
    "project": "diff.kinds.project",
    "meeting": "diff.kinds.meeting",
}

DIFF_STATUS: dict[str, str] = {
    "added": "diff.status.added",
    "changed": "diff.status.changed",
    "removed": "diff.status.removed",
}

#: An unreadable file: on which side of the change it does not load.
DIFF_UNREADABLE: dict[str, str] = {
    "after": "diff.status.unreadable.after",
    "before": "diff.status.unreadable.before",
    "both": "diff.status.unreadable.both",
}

DIFF_COUNT: dict[str, str] = {
    "added": "diff.count.added",
    "changed": "diff.count.changed",
    "removed": "diff.count.removed",
    "renamed": "diff.count.renamed",
    "unreadable": "diff.count.unreadable",
}

DIFF_SIDE: dict[str, str] = {
    "after": "diff.side.after",
    "before": "diff.side.before",
}

#: The kind of a meeting record, as its minutes name it.
MEETING_KIND: dict[str, str] = {
    "budget_meeting": "meeting.kind.budget_meeting",
    "care_event": "meeting.kind.care_event",
    "customer_meeting": "meeting.kind.customer_meeting",
    "other": "meeting.kind.other",
    "steering_group": "meeting.kind.steering_group",
}
TERM["meeting_kind"] = MEETING_KIND

#: What an imported sheet is: a customer register or a needs list.
IMPORT_REGISTER_KIND: dict[str, str] = {
    "needs": "importing.register.kind.needs",
    "register": "importing.register.kind.register",
}

#: A section of the Word care plan, named where its unplaced text goes to `notes`.
IMPORT_SECTION: dict[str, str] = {
    "agreements": "importing.section.agreements",
    "calendar": "importing.section.calendar",
    "critical_systems": "importing.section.critical_systems",
    "header": "importing.section.header",
    "header_part": "importing.section.header_part",
    "marketing": "importing.section.marketing",
    "needs": "importing.section.needs",
    "notes": "importing.section.notes",
    "projects": "importing.section.projects",
}

#: An imported file in the old binary Office format: expected kind -> key.
IMPORT_FILE_OLD: dict[str, str] = {
    "docx": "importing.file.old_docx",
    "xlsx": "importing.file.old_xlsx",
}

#: An imported file that is not of its expected kind -> key.
IMPORT_FILE_NOT: dict[str, str] = {
    "csv": "importing.file.not_csv",
    "docx": "importing.file.not_docx",
    "xlsx": "importing.file.not_xlsx",
}

#: The extra sheet of an Excel report: report kind -> (its title key, column -> key).
XLSX_PART: dict[str, tuple[str, dict[str, str]]] = {
    "needs": (
        "xlsx.part.needs.needs",
        {
            "customer": "xlsx.col.needs.customer",
            "need": "xlsx.col.needs.need",
            "observed": "xlsx.col.needs.observed",
            "budgeted": "xlsx.col.needs.budgeted",
            "fits_environment": "xlsx.col.needs.fits_environment",
            "decision": "xlsx.col.needs.decision",
            "tags": "xlsx.col.needs.tags",
        },
    ),
}

#: A calendar event's kind on the site.
SITE_EVENT: dict[str, str] = {
    "board_meeting": "site.event.board_meeting",
    "care": "site.event.care",
    "customer_care": "site.event.customer_care",
    "project_end": "site.event.project_end",
    "project_start": "site.event.project_start",
    "roster_end": "site.event.roster_end",
    "roster_start": "site.event.roster_start",
    "system_update": "site.event.system_update",
}

#: What a search result of the site is.
SITE_KIND: dict[str, str] = {
    "customer": "site.kind.customer",
    "need": "site.kind.need",
    "person": "site.kind.person",
    "project": "site.kind.project",
    "system": "site.kind.system",
}

#: The labels the site's templates share: name -> key.
SITE_LABEL: dict[str, str] = {
    "back": "site.label.back",
    "chart_table": "site.label.chart_table",
    "findings": "site.label.findings",
    "findings_none": "site.label.findings_none",
    "history": "site.label.history",
    "links": "site.label.links",
    "more": "site.label.more",
    "pdf": "site.label.pdf",
    "project_manager": "site.label.project_manager",
    "shared": "site.label.shared",
    "timeline": "site.label.timeline",
    "today": "site.label.today",
}

#: JSON Schema descriptions: model -> field ("" for the model itself) -> key.
SCHEMA: dict[str, dict[str, str]] = {
    "Board": {
        "": "schema.Board",
        "executive": "schema.Board.executive",
        "senior_suppliers": "schema.Board.senior_suppliers",
        "senior_users": "schema.Board.senior_users",
        "suppliers": "schema.Board.suppliers",
        "users": "schema.Board.users",
    },
    "CalendarEvent": {
        "": "schema.CalendarEvent",
        "day": "schema.CalendarEvent.day",
        "month": "schema.CalendarEvent.month",
        "to_whom": "schema.CalendarEvent.to_whom",
        "what": "schema.CalendarEvent.what",
        "where": "schema.CalendarEvent.where",
        "who": "schema.CalendarEvent.who",
    },
    "Charges": {
        "": "schema.Charges",
        "annual": "schema.Charges.annual",
        "change": "schema.Charges.change",
    },
    "Communication": {
        "": "schema.Communication",
        "customer_side": "schema.Communication.customer_side",
        "delegated_to_pm": "schema.Communication.delegated_to_pm",
        "supplier_side": "schema.Communication.supplier_side",
    },
    "CriticalSystem": {
        "": "schema.CriticalSystem",
        "customer_contact": "schema.CriticalSystem.customer_contact",
        "it_resources": "schema.CriticalSystem.it_resources",
        "maintenance": "schema.CriticalSystem.maintenance",
        "name": "schema.CriticalSystem.name",
        "next_update": "schema.CriticalSystem.next_update",
        "notes": "schema.CriticalSystem.notes",
        "updates_per_year": "schema.CriticalSystem.updates_per_year",
        "vendor": "schema.CriticalSystem.vendor",
    },
    "CustomerPlan": {
        "": "schema.CustomerPlan",
        "account_manager": "schema.CustomerPlan.account_manager",
        "agreements": "schema.CustomerPlan.agreements",
        "calendar": "schema.CustomerPlan.calendar",
        "charges": "schema.CustomerPlan.charges",
        "critical_systems": "schema.CustomerPlan.critical_systems",
        "customer_contact": "schema.CustomerPlan.customer_contact",
        "direct": "schema.CustomerPlan.direct",
        "headcount": "schema.CustomerPlan.headcount",
        "id": "schema.CustomerPlan.id",
        "marketing": "schema.CustomerPlan.marketing",
        "name": "schema.CustomerPlan.name",
        "needs": "schema.CustomerPlan.needs",
        "notes": "schema.CustomerPlan.notes",
        "potential": "schema.CustomerPlan.potential",
        "projects": "schema.CustomerPlan.projects",
        "segment": "schema.CustomerPlan.segment",
        "sources": "schema.CustomerPlan.sources",
        "type": "schema.CustomerPlan.type",
        "updated": "schema.CustomerPlan.updated",
    },
    "DevProject": {
        "": "schema.DevProject",
        "action": "schema.DevProject.action",
        "budget": "schema.DevProject.budget",
        "done": "schema.DevProject.done",
        "end": "schema.DevProject.end",
        "it_representative": "schema.DevProject.it_representative",
        "manager": "schema.DevProject.manager",
        "name": "schema.DevProject.name",
        "priority": "schema.DevProject.priority",
        "project": "schema.DevProject.project",
        "start": "schema.DevProject.start",
    },
    "GuideDelivered": {
        "": "schema.GuideDelivered",
        "customer": "schema.GuideDelivered.customer",
        "first_meeting": "schema.GuideDelivered.first_meeting",
        "members": "schema.GuideDelivered.members",
    },
    "Headcount": {
        "": "schema.Headcount",
        "change": "schema.Headcount.change",
        "count": "schema.Headcount.count",
    },
    "Marketing": {
        "": "schema.Marketing",
        "growth_potential": "schema.Marketing.growth_potential",
        "offers": "schema.Marketing.offers",
    },
    "Meetings": {
        "": "schema.Meetings",
        "duration_minutes": "schema.Meetings.duration_minutes",
        "interval_weeks": "schema.Meetings.interval_weeks",
        "last": "schema.Meetings.last",
        "next": "schema.Meetings.next",
    },
    "Need": {
        "": "schema.Need",
        "budgeted": "schema.Need.budgeted",
        "decision": "schema.Need.decision",
        "fits_environment": "schema.Need.fits_environment",
        "impact": "schema.Need.impact",
        "need": "schema.Need.need",
        "observed": "schema.Need.observed",
        "tags": "schema.Need.tags",
    },
    "Organisation": {
        "": "schema.Organisation",
        "calendar": "schema.Organisation.calendar",
        "name": "schema.Organisation.name",
        "segments": "schema.Organisation.segments",
    },
    "People": {
        "": "schema.People",
        "people": "schema.People.people",
    },
    "Person": {
        "": "schema.Person",
        "deputy": "schema.Person.deputy",
        "email": "schema.Person.email",
        "id": "schema.Person.id",
        "name": "schema.Person.name",
        "organisation": "schema.Person.organisation",
        "resource_authority": "schema.Person.resource_authority",
        "roles": "schema.Person.roles",
        "title": "schema.Person.title",
        "unit": "schema.Person.unit",
    },
    "Potential": {
        "": "schema.Potential",
        "note": "schema.Potential.note",
        "score": "schema.Potential.score",
    },
    "Project": {
        "": "schema.Project",
        "board": "schema.Project.board",
        "budget": "schema.Project.budget",
        "communication": "schema.Project.communication",
        "customer": "schema.Project.customer",
        "end": "schema.Project.end",
        "guide_delivered": "schema.Project.guide_delivered",
        "id": "schema.Project.id",
        "internal": "schema.Project.internal",
        "lessons_log": "schema.Project.lessons_log",
        "meetings": "schema.Project.meetings",
        "name": "schema.Project.name",
        "partnership_manager_role": "schema.Project.partnership_manager_role",
        "project_manager": "schema.Project.project_manager",
        "start": "schema.Project.start",
        "status": "schema.Project.status",
    },
    "Segment": {
        "": "schema.Segment",
        "description": "schema.Segment.description",
        "id": "schema.Segment.id",
        "name": "schema.Segment.name",
    },
    "Action": {
        "": "schema.Action",
        "done": "schema.Action.done",
        "due": "schema.Action.due",
        "owner": "schema.Action.owner",
        "what": "schema.Action.what",
    },
    "Guest": {
        "": "schema.Guest",
        "name": "schema.Guest.name",
        "organisation": "schema.Guest.organisation",
    },
    "Meeting": {
        "": "schema.Meeting",
        "actions": "schema.Meeting.actions",
        "customer": "schema.Meeting.customer",
        "date": "schema.Meeting.date",
        "decisions": "schema.Meeting.decisions",
        "event": "schema.Meeting.event",
        "kind": "schema.Meeting.kind",
        "notes": "schema.Meeting.notes",
        "participants": "schema.Meeting.participants",
        "project": "schema.Meeting.project",
        "topics": "schema.Meeting.topics",
    },
    "Source": {
        "": "schema.Source",
        "access": "schema.Source.access",
        "customers": "schema.Source.customers",
        "holds": "schema.Source.holds",
        "id": "schema.Source.id",
        "name": "schema.Source.name",
        "owner": "schema.Source.owner",
        "refreshed": "schema.Source.refreshed",
    },
    "Sources": {
        "": "schema.Sources",
        "sources": "schema.Sources.sources",
    },
}
