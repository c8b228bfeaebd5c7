"""Built-in templates, and a data repository's overrides of them (by file name)."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def builtin_templates() -> Path:
    """`templates/` inside the installed wheel, else the project's top-level one."""
    inside = _PACKAGE / "templates"
    if inside.is_dir():
        return inside
    return _PACKAGE.parents[1] / "templates"


def template_dirs(root: Path | None) -> list[Path]:
    """Where templates are looked up, first match wins: the repository's own, then built-in."""
    dirs: list[Path] = []
    if root is not None and (root / "templates").is_dir():
        dirs.append(root / "templates")
    dirs.append(builtin_templates())
    return dirs


def find_template(name: str, root: Path | None) -> Path:
    """The template file `name` (a bare file name, never a path)."""
    if "/" in name or "\\" in name or name.startswith("."):
        raise ValueError(f"not a template name: {name!r}")
    for d in template_dirs(root):
        candidate = d / name
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(name)
