"""`asiakkuus.toml` -> a frozen settings model (SPEC 7). Unknown keys are refused.

Without an `asiakkuus.toml` (the common case) no validator is built: the defaults are
made with `model_construct`, and pydantic builds the models' validators only when a
file is read (`defer_build`), so its checks and messages stay pydantic's own
(docs/PERFORMANCE.md, start-up).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator
from pydantic_core import PydanticCustomError

from .errors import UsageProblem
from .i18n import LANGS

CONFIG_NAME = "asiakkuus.toml"
Severity = Literal["error", "warning", "info"]


#: The largest asiakkuus.toml read, as the default of `[limits] max_file_bytes`.
MAX_FILE_BYTES = 1_048_576


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class RuleSettings(_Strict):
    stale_plan_days: int = Field(default=180, ge=1)
    forgotten_need_days: int = Field(default=365, ge=1)
    board_size: tuple[int, int] = (3, 6)
    severity: dict[str, Literal["error", "warning", "info", "off"]] = {}

    @model_validator(mode="after")
    def _ordered(self) -> RuleSettings:
        low, high = self.board_size
        if low < 1 or high < low:
            raise ValueError("board_size must be [min, max] with 1 <= min <= max")
        return self


class Limits(_Strict):
    max_file_bytes: int = Field(default=MAX_FILE_BYTES, ge=1)
    max_depth: int = Field(default=32, ge=1)


class Settings(_Strict):
    lang: str = "fi"
    rules: RuleSettings = Field(default_factory=RuleSettings.model_construct)
    limits: Limits = Field(default_factory=Limits.model_construct)

    @field_validator("lang")
    @classmethod
    def _known_lang(cls, value: str) -> str:
        """One of `i18n.LANGS`, worded as pydantic words a wrong Literal."""
        if value not in LANGS:
            *most, last = (repr(code) for code in LANGS)
            raise PydanticCustomError(
                "literal_error",
                "Input should be {expected}",
                {"expected": f"{', '.join(most)} or {last}"},
            )
        return value


def load_settings(root: Path) -> Settings:
    """Read the config of a data repository; a missing file means the defaults."""
    path = root / CONFIG_NAME
    if not os.path.lexists(path):
        return Settings.model_construct()  # the defaults, without building a validator
    # Like a data file: no FIFO or device (a read would block or never end), no link
    # out of the repository, and no more than a data file may hold.
    if not path.is_file():
        raise UsageProblem("config.not_regular", file=CONFIG_NAME)
    if path.is_symlink() and not path.resolve().is_relative_to(root.resolve()):
        raise UsageProblem("config.outside", file=CONFIG_NAME)
    if path.stat().st_size > MAX_FILE_BYTES:
        raise UsageProblem("config.too_large", file=CONFIG_NAME, limit=MAX_FILE_BYTES)
    import tomllib  # only when there is a file to read

    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise UsageProblem("config.syntax", file=CONFIG_NAME, detail=str(exc)) from None
    try:
        return Settings.model_validate(raw)
    except ValidationError as exc:
        err = exc.errors()[0]
        key = ".".join(str(p) for p in err["loc"]) or "-"
        if err["type"] == "extra_forbidden":
            raise UsageProblem("config.unknown_key", file=CONFIG_NAME, key=key) from None
        raise UsageProblem(
            "config.bad_value", file=CONFIG_NAME, key=key, detail=err["msg"]
        ) from None
