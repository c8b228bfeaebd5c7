"""The Typer application, its groups, the global options and the error boundary."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, NoReturn

import typer
from typer.core import TyperGroup

from .. import __version__
from ..config import CONFIG_NAME, Settings, load_settings
from ..discovery import find_root
from ..errors import UsageProblem
from ..i18n import help_lang, pick_lang, t


def h(key: str) -> str:
    """A help text in the language of this invocation."""
    return t(key, help_lang())


class SafeGroup(TyperGroup):
    """Turns every failure into one clear line and an exit code: 2 for usage, 3 for bugs."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except UsageProblem as p:
            lang = _lang_of(ctx)
            typer.echo(f"{t('problem.prefix', lang)}: {t(p.key, lang, **p.params)}", err=True)
            raise typer.Exit(p.exit_code) from None
        except OSError as exc:
            # The file system said no (a missing folder, no permission, a full disk):
            # not a bug, so a clear line and exit 2 rather than "internal error".
            lang = _lang_of(ctx)
            where = exc.filename if exc.filename is not None else "-"
            detail = exc.strerror or str(exc)
            typer.echo(
                f"{t('problem.prefix', lang)}: {t('problem.os', lang, path=where, detail=detail)}",
                err=True,
            )
            raise typer.Exit(2) from None
        except Exception as exc:
            # Typer's own signals (Exit, Abort, usage errors) carry on to Typer.
            if (
                hasattr(exc, "exit_code")
                or isinstance(exc, typer.Abort)
                or os.environ.get("ASIAKKUUS_DEBUG")
            ):
                raise
            lang = _lang_of(ctx)
            detail = str(exc).splitlines()[0] if str(exc) else ""
            typer.echo(
                f"asiakkuus: {t('problem.internal', lang, kind=type(exc).__name__, detail=detail)}",
                err=True,
            )
            raise typer.Exit(3) from None


def _lang_of(ctx: Any) -> str:
    state = ctx.find_object(State)
    return state.lang_safe() if state else help_lang()


@dataclass
class State:
    """The global options, and what follows from them, computed when first asked."""

    root_option: Path | None = None
    lang_option: str | None = None
    today_option: str | None = None
    color: bool = True
    _root: Path | None = field(default=None, repr=False)
    _settings: Settings | None = field(default=None, repr=False)

    def root(self) -> Path:
        if self._root is None:
            self._root = find_root(self.root_option)
        return self._root

    def settings(self) -> Settings:
        if self._settings is None:
            settings = load_settings(self.root())
            from ..rules import all_rules

            known = all_rules()
            for code in settings.rules.severity:
                if code not in known:
                    raise UsageProblem("config.unknown_code", key=code, file=CONFIG_NAME)
            self._settings = settings
        return self._settings

    @property
    def lang(self) -> str:
        if self.lang_option:
            return self.lang_option
        return self.settings().lang

    def lang_safe(self) -> str:
        """The language even when the repository or its settings are broken."""
        try:
            return self.lang
        except UsageProblem:
            return pick_lang(self.lang_option, os.environ.get("ASIAKKUUS_LANG"))

    @property
    def today(self) -> date:
        raw = self.today_option or os.environ.get("ASIAKKUUS_TODAY")
        if not raw:
            return date.today()
        try:
            day = date.fromisoformat(raw.strip())
        except ValueError:
            raise UsageProblem("today.bad", value=raw) from None
        return in_range(day, raw)


#: The dates the command line takes (--today, --from): calendars and reports count
#: years and months from them, which must not run off the ends of `date`.
FIRST_YEAR, LAST_YEAR = 1900, 2999


def in_range(day: date, raw: object) -> date:
    """`day`, or a usage error (exit 2) when it lies outside FIRST_YEAR-LAST_YEAR."""
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise UsageProblem("date.range", value=raw, first=FIRST_YEAR, last=LAST_YEAR)
    return day


def state(ctx: typer.Context) -> State:
    obj = ctx.find_object(State)
    assert obj is not None, "the app callback sets the state"
    return obj


def fail(message_key: str, /, **params: object) -> NoReturn:
    raise UsageProblem(message_key, **params)


def out(text: str) -> None:
    """Write a command's output exactly as given."""
    sys.stdout.write(text)
    sys.stdout.flush()


def _version(value: bool) -> None:
    if value:
        typer.echo(f"asiakkuus {__version__}")
        raise typer.Exit(0)


app = typer.Typer(
    cls=SafeGroup,
    help=h("help.app"),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


@app.callback()
def _global(
    ctx: typer.Context,
    root: Path | None = typer.Option(None, "--root", help=h("help.root"), show_default=False),
    lang: str | None = typer.Option(None, "--lang", help=h("help.lang"), show_default=False),
    today: str | None = typer.Option(None, "--today", help=h("help.today"), show_default=False),
    no_color: bool = typer.Option(False, "--no-color", help=h("help.no_color")),
    version: bool = typer.Option(
        False, "--version", help=h("help.version"), is_eager=True, callback=_version
    ),
) -> None:
    if lang is not None and lang not in ("fi", "en"):
        typer.echo(
            f"{t('problem.prefix', help_lang())}: {t('lang.bad', help_lang(), value=lang)}",
            err=True,
        )
        raise typer.Exit(2)
    color = not no_color and "NO_COLOR" not in os.environ and sys.stdout.isatty()
    ctx.obj = State(root_option=root, lang_option=lang, today_option=today, color=color)


def _group(help_key: str) -> typer.Typer:
    return typer.Typer(
        cls=SafeGroup,
        help=h(help_key),
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
        rich_markup_mode=None,
    )


plan_app = _group("help.plan")
project_app = _group("help.project")
report_app = _group("help.report")
app.add_typer(plan_app, name="plan")
app.add_typer(project_app, name="project")
app.add_typer(report_app, name="report")
