"""The Typer application, its groups, the global options and the error boundary."""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, NoReturn

import typer
from typer import core as typer_core
from typer._click.core import Command as ClickCommand
from typer._click.exceptions import (
    BadOptionUsage,
    BadParameter,
    ClickException,
    MissingParameter,
    NoArgsIsHelpError,
    NoSuchOption,
    UsageError,
)
from typer._click.formatting import HelpFormatter
from typer.core import TyperArgument, TyperGroup

from asiakkuus_cli.reading.discovery import find_root

from .. import __version__
from ..config import CONFIG_NAME, Settings, load_settings
from ..errors import UsageProblem
from ..i18n import BASE_LANGS, LANGS, help_lang, keys, pick_lang, t, term


def h(key: str) -> str:
    """A help text in the language of this invocation."""
    return t(key, help_lang())


#: The order of commands in --help: the monthly workflow first, reference last. A
#: command not named here (one added later) comes after these, alphabetically.
ORDER = ("init", "import", "validate", "plan", "project", "meeting", "calendar", "report",
         "site", "people", "segments", "sources", "diff", "fmt", "rules", "glossary", "schema",
         # inside the groups
         "list", "show", "new", "touch", "render", "build", "serve",
         "managers", "needs", "projects", "actions",
         "docx", "xlsx", "csv")  # fmt: skip

#: The global options, accepted before or after the command (at any level).
GLOBAL_VALUED = ("--root", "--lang", "--today")
GLOBAL_FLAGS = ("--no-color",)


def hoist_globals(args: list[str]) -> list[str]:
    """The command line with the global options (and their values) moved to the front,
    so that `asiakkuus validate --lang en` means `asiakkuus --lang en validate`.
    Nothing after `--` is touched."""
    front: list[str] = []
    rest: list[str] = []
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--":
            rest += args[i:]
            break
        name = arg.split("=", 1)[0]
        if name in GLOBAL_VALUED and "=" not in arg:
            if i + 1 == len(args):
                raise BadOptionUsage(arg, f"Option '{arg}' requires an argument.")
            front += args[i : i + 2]
            i += 2
            continue
        (front if name in GLOBAL_VALUED or arg in GLOBAL_FLAGS else rest).append(arg)
        i += 1
    return front + rest


def args_lang(args: list[str]) -> str:
    """The language of the command line itself (help, usage errors): --lang anywhere,
    else ASIAKKUUS_LANG, else Finnish."""
    return help_lang(["", *args])


def choice(value: str | None, allowed: tuple[str, ...], key: str, *, kind: str | None = None,
           aliases: dict[str, str] | None = None) -> str | None:  # fmt: skip
    """A fixed choice as typed: the value itself or its name in Finnish or English
    (`toimiala`, `Division`, `PDF`), in any case; else a usage error `key`."""
    if value is None:
        return None

    def norm(text: str) -> str:
        return " ".join(text.replace("_", " ").replace("-", " ").casefold().split())

    wanted = norm(value)
    for a in allowed:
        names = [a, *(aliases or {}).get(a, "").split("|")]
        if kind is not None:
            names += [term(kind, a, lang) for lang in BASE_LANGS]
        if wanted in {norm(n) for n in names if n}:
            return a
    raise UsageProblem(key, value=value, allowed=", ".join(allowed))


#: Finnish (and other) names of the output formats.
FORMAT_ALIASES = {"table": "taulukko", "text": "teksti", "json": "", "md": "markdown"}


def _metavar(param: Any, lang: str) -> str | None:
    """A placeholder in the language of the help, never a Python type (`<str>`)."""
    if getattr(param, "is_flag", False) or getattr(param, "count", False):
        return None
    key = keys.METAVAR.get(param.name)
    if param.name == "lang":
        text = "|".join(LANGS)
    elif key is not None:
        text = t(key, lang)
    else:
        annotation = str(getattr(getattr(param, "type_descriptor", None), "annotation", ""))
        kind = "path" if "Path" in annotation else "number" if "int" in annotation else "text"
        text = t(keys.METAVAR[kind], lang)
    return text


def _localise(cmd: Any, lang: str) -> None:
    """Placeholders and usage words of one command in the language of the help."""
    if getattr(cmd, "_asiakkuus_localised", None) == lang:
        return
    cmd._asiakkuus_localised = lang
    for param in cmd.params:
        if param.metavar is None or getattr(param, "_asiakkuus_metavar", False):
            param.metavar = _metavar(param, lang)
            param._asiakkuus_metavar = True
    if cmd.options_metavar:
        cmd.options_metavar = t("terminal.usage.options", lang)
    if hasattr(cmd, "subcommand_metavar"):
        cmd.subcommand_metavar = t("terminal.usage.command", lang)


class SafeGroup(TyperGroup):
    """Turns every failure into one clear line and an exit code: 2 for usage, 3 for
    bugs; lists its commands in the workflow's order with their whole help; speaks
    the language of the command line in help and usage errors."""

    def list_commands(self, ctx: Any) -> list[str]:
        names = super().list_commands(ctx)
        rank = {n: i for i, n in enumerate(ORDER)}
        return sorted(names, key=lambda n: (rank.get(n, len(ORDER)), n))

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        cmd = super().get_command(ctx, cmd_name)
        if cmd is not None:
            _localise(cmd, _RUN["lang"])
        return cmd

    def get_params(self, ctx: Any) -> Any:
        _localise(self, _RUN["lang"])
        return super().get_params(ctx)

    def format_commands(self, ctx: Any, formatter: Any) -> None:
        rows = []
        for name in self.list_commands(ctx):
            cmd = self.get_command(ctx, name)
            if cmd is None or cmd.hidden:
                continue
            text = cmd.short_help or (cmd.help or "").split("\n\n")[0]
            rows.append((name, " ".join(text.split())))
        if rows:
            with formatter.section(t("terminal.help.commands", _RUN["lang"])):
                formatter.write_dl(rows)

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **extra: Any,
    ) -> Any:
        argv = list(sys.argv[1:] if args is None else args)
        _RUN["lang"] = lang = args_lang(argv)
        try:
            argv = hoist_globals(argv)
            rv = super().main(argv, prog_name, complete_var, False, windows_expand_args, **extra)
        except NoArgsIsHelpError as e:
            typer.echo(e.ctx.get_help() if e.ctx else "")
            sys.exit(e.exit_code)
        except ClickException as e:
            _show_usage_error(e, lang)
            sys.exit(e.exit_code)
        except typer.Abort:
            typer.echo(t("terminal.click.aborted", lang), err=True)
            sys.exit(1)
        sys.exit(rv if isinstance(rv, int) else 0)

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


#: What this run's command line asked for (set by SafeGroup.main).
_RUN: dict[str, str] = {"lang": help_lang()}


def _show_usage_error(e: ClickException, lang: str) -> None:
    """A usage error in the language of the command line, with the usage line."""
    ctx = getattr(e, "ctx", None)
    if isinstance(e, UsageError) and ctx is not None:
        typer.echo(ctx.get_usage(), err=True)
        if ctx.command.get_help_option(ctx) is not None:
            typer.echo(t("terminal.click.try", lang, command=ctx.command_path), err=True)
        typer.echo("", err=True)
    typer.echo(f"{t('terminal.click.error', lang)}: {_usage_message(e, lang)}", err=True)


def _usage_message(e: ClickException, lang: str) -> str:
    if isinstance(e, NoSuchOption):
        text = t("terminal.click.no_such_option", lang, name=e.option_name)
        if e.possibilities:
            text += " " + t("terminal.click.did_you_mean", lang, names=sorted(e.possibilities))
        return text
    if isinstance(e, MissingParameter):
        hint = e.param.get_error_hint() if e.param is not None else ""
        kind = "argument" if e.param_type == "argument" or e.param is None or (
            e.param.param_type_name == "argument") else "option"  # fmt: skip
        return t(keys.CLICK_MISSING[kind], lang, name=hint)
    if isinstance(e, BadParameter):
        hint = e.param.get_error_hint() if e.param is not None else ""
        number = re.search(r"valid (integer|float)", e.message)
        detail = t("terminal.click.not_a_number", lang) if number else e.message
        return t("terminal.click.invalid_value", lang, name=hint, detail=detail)
    if isinstance(e, BadOptionUsage) and "requires an argument" in e.message:
        return t("terminal.click.needs_value", lang, name=e.option_name)
    match = re.match(r"Got unexpected extra arguments? \((.*)\)", e.message)
    if match:
        return t("terminal.click.extra_argument", lang, value=match[1])
    return e.format_message()


def _click_text(message: str) -> str:
    """Typer's own words (section titles, "required", "No such command") in the
    language of the command line."""
    key = _CLICK_KEYS.get(message)
    return t(key, _RUN["lang"]) if key else message


_CLICK_KEYS = {
    "Arguments": "terminal.help.arguments",
    "Options": "terminal.help.options",
    "Commands": "terminal.help.commands",
    "default: {default}": "terminal.help.default",
    "required": "terminal.help.required",
    "Missing command.": "terminal.click.missing_command",
    "No such command {name!r}.": "terminal.click.no_such_command",
    "Aborted!": "terminal.click.aborted",
    "env var: {var}": "terminal.help.env",
}
typer_core._ = _click_text  # type: ignore[attr-defined]

_write_usage = HelpFormatter.write_usage


def _translated_usage(self: HelpFormatter, prog: str, args: str = "", prefix: str | None = None
                      ) -> None:  # fmt: skip
    if prefix is None:
        prefix = t("terminal.help.usage", _RUN["lang"]) + " "
    _write_usage(self, prog, args, prefix)


HelpFormatter.write_usage = _translated_usage  # type: ignore[method-assign]
_get_help_option = ClickCommand.get_help_option


def _translated_help_option(self: ClickCommand, ctx: Any) -> Any:
    option = _get_help_option(self, ctx)
    if option is not None:
        option.help = t("terminal.help.help", _RUN["lang"])
    return option


ClickCommand.get_help_option = _translated_help_option  # type: ignore[method-assign]


def _argument_usage(self: TyperArgument) -> str:
    """`TUNNUS`, `[POLKU]...`: the placeholder alone, never a Python type."""
    name = self.display_name_raw if self.required else f"[{self.display_name_raw}]"
    return name + ("..." if self.nargs != 1 else "")


def _argument_name(self: TyperArgument) -> str:
    return self.display_name_raw + ("..." if self.nargs != 1 else "")


TyperArgument._usage_display_name = _argument_usage  # type: ignore[method-assign]
TyperArgument._rich_display_name = _argument_name  # type: ignore[method-assign]
TyperArgument.display_type_rich = lambda self, ctx: None  # type: ignore[method-assign]


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
            if settings.rules.severity:  # the rules are imported only to check these codes
                from ..rules import all_rules

                known = all_rules()
                for code in settings.rules.severity:
                    if code not in known:
                        raise UsageProblem("config.unknown_code", key=code, file=CONFIG_NAME)
            self._settings = settings
        return self._settings

    @property
    def lang(self) -> str:
        """--lang, else ASIAKKUUS_LANG, else `lang` in asiakkuus.toml, else Finnish."""
        if self.lang_option:
            return self.lang_option
        env = (os.environ.get("ASIAKKUUS_LANG") or "").strip().lower()
        if env in LANGS:
            return env
        return self.settings().lang

    def lang_safe(self) -> str:
        """The language even when the repository or its settings are broken."""
        try:
            return self.lang
        except UsageProblem:
            env = (os.environ.get("ASIAKKUUS_LANG") or "").strip().lower()
            return pick_lang(self.lang_option, env)

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
    lang: str | None = typer.Option(
        None, "--lang", help=t("help.lang", help_lang(), langs=LANGS), show_default=False
    ),
    today: str | None = typer.Option(None, "--today", help=h("help.today"), show_default=False),
    no_color: bool = typer.Option(False, "--no-color", help=h("help.no_color")),
    version: bool = typer.Option(
        False, "--version", help=h("help.version"), is_eager=True, callback=_version
    ),
) -> None:
    lang = lang.strip().lower() if lang is not None else None
    if lang is not None and lang not in LANGS:
        bad = t("lang.bad", help_lang(), value=lang, langs=LANGS)
        typer.echo(
            f"{t('problem.prefix', help_lang())}: {bad}",
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
