"""Built-in templates, and a data repository's overrides of them (by file name)."""

from __future__ import annotations

import os
from pathlib import Path

from .errors import UsageProblem

_PACKAGE = Path(__file__).resolve().parent


def builtin_templates() -> Path:
    """`templates/` inside the installed wheel, else the project's top-level one."""
    inside = _PACKAGE / "templates"
    if inside.is_dir():
        return inside
    return _PACKAGE.parents[1] / "templates"


def template_dirs(root: Path | None) -> list[Path]:
    """Where templates are looked up, first match wins: the repository's own, then built-in.

    The repository's `templates/` is refused (exit 2) when it is a symlink that leads
    out of the repository, loops or leads nowhere: it would be code from elsewhere.
    """
    dirs: list[Path] = []
    if root is not None:
        folder = root / "templates"
        if os.path.islink(folder) and not (folder.is_dir() and contained(folder, root)):  # noqa: PTH114
            raise UsageProblem("template.folder_outside", path=str(folder))
        if folder.is_dir():
            dirs.append(folder)
    dirs.append(builtin_templates())
    return dirs


def find_template(name: str, root: Path | None) -> Path:
    """The template file `name` (a bare file name, never a path)."""
    if "/" in name or "\\" in name or name.startswith("."):
        raise ValueError(f"not a template name: {name!r}")
    for d in template_dirs(root):
        candidate = d / name
        if candidate.is_file():
            if not contained(candidate, d):
                raise UsageProblem("template.outside", name=name)
            return candidate
    raise FileNotFoundError(name)


def contained(path: Path | str, folder: Path | str) -> bool:
    """Whether `path`, all links resolved, lies inside `folder` (also resolved)."""
    real, top = os.path.realpath(path), os.path.realpath(folder)
    return real.startswith(top.rstrip(os.sep) + os.sep)


def links_out(folder: Path) -> Path | None:
    """The first symlink under `folder` that leads out of it (or dangles), if any."""
    for current, dirs, files in os.walk(folder, followlinks=False):
        for name in sorted(dirs + files):
            path = os.path.join(current, name)  # noqa: PTH118
            if os.path.islink(path) and not (  # noqa: PTH114
                os.path.exists(path) and contained(path, folder)  # noqa: PTH110
            ):
                return Path(path)
    return None
