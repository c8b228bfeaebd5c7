"""Writing a user's file whole or not at all, and never through a link out of the repository.

The rules (docs/SECURITY.md, "Files and the file system"):

- A file of the data repository (`within=root`: `fmt`, `plan touch`, `plan new`,
  `schema`) is written only where it resolves inside the repository. A symlink
  that stays inside is followed (its target is replaced, the link stays); one
  that leads out, for the file or any folder on its way, is refused.
- A file the user names (`--out`, `--ics`; `within=None`) may be anywhere. If it
  is a symlink, the link itself is replaced by the new file; what it pointed
  to is left alone.
- Whatever exists at the target must be a regular file (or such a link): a
  folder, a FIFO or a device is refused, not replaced.
- The data goes to a temporary file `.NAME.asiakkuus-tmp-XXXXXXXX` in the same
  folder, is fsynced, gets the old file's permission bits, and is renamed over
  the target; the folder is fsynced too. Any failure removes the temporary
  file. A process killed outright (SIGKILL, power loss) may leave one behind:
  no command reads it (data files end in `.yaml`), and the next write of the
  same file removes leftovers older than a minute (a folder is listed for
  leftovers once per process, at its first write).
"""

from __future__ import annotations

import glob
import os
import stat
import tempfile
import time
from pathlib import Path

from asiakkuus_cli.errors import UsageProblem

#: What marks a temporary file of this tool: `.NAME.asiakkuus-tmp-XXXXXXXX`.
TMP_MARK = ".asiakkuus-tmp-"
#: Leftovers younger than this may belong to a write still running in another process.
STALE_SECONDS = 60.0


def target_of(path: Path, within: Path | None = None) -> Path:
    """The file that a write of `path` replaces; UsageProblem (exit 2) when it must not."""
    if within is not None:
        root = within.resolve()
        full = path.resolve()
        if not full.is_relative_to(root):
            raise UsageProblem("write.outside", path=str(path), root=str(within))
        target = full
    else:
        target = path
        if path.is_symlink():
            pointed = path.resolve()
            # `-o /dev/stdout` and the like: never replace a link to a device or a pipe.
            if pointed.exists() and not pointed.is_file():
                raise UsageProblem("write.not_regular", path=str(path))
            return target
    try:
        info = os.lstat(target)
    except FileNotFoundError:
        return target
    if not stat.S_ISREG(info.st_mode):
        raise UsageProblem("write.not_regular", path=str(path))
    return target


def write_bytes(path: Path, data: bytes, *, within: Path | None = None) -> None:
    """Replace `path` with `data` so that readers see the old or the new file, never half.

    `within`: the repository the file belongs to (see the module's rules), or
    None for a path the user named.
    """
    target = target_of(path, within)
    folder = target.parent
    try:
        info = os.lstat(target)
        mode: int | None = stat.S_IMODE(info.st_mode) if stat.S_ISREG(info.st_mode) else None
    except FileNotFoundError:
        mode = None
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}{TMP_MARK}", dir=folder)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is None:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        tmp.chmod(mode)
        tmp.replace(target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _sync_folder(folder)
    remove_leftovers(target)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable; not every platform can open a folder."""
    try:
        dir_fd = os.open(folder, os.O_RDONLY)
    except OSError:  # pragma: no cover
        return
    try:
        os.fsync(dir_fd)
    except OSError:  # pragma: no cover
        pass
    finally:
        os.close(dir_fd)


def leftovers(target: Path) -> list[Path]:
    """Temporary files of earlier writes of `target` (of processes that were killed)."""
    pattern = os.path.join(target.parent, f".{glob.escape(target.name)}{TMP_MARK}*")  # noqa: PTH118
    return sorted(Path(p) for p in glob.glob(pattern))  # noqa: PTH207


#: folder -> the names of leftovers in it, listed at this process's first write there.
#: Listing the folder at every write made `fmt` of a large folder quadratic.
_FOUND: dict[str, set[str]] = {}


def remove_leftovers(target: Path, older_than: float = STALE_SECONDS) -> None:
    """Remove the leftovers of `target` older than `older_than` seconds.

    Leftovers come from processes killed earlier, so the folder is listed once per
    process, at its first write; later writes look only at what that listing found.
    """
    folder = str(target.parent)
    found = _FOUND.get(folder)
    if found is None:
        with os.scandir(folder) as entries:
            found = {e.name for e in entries if e.name.startswith(".") and TMP_MARK in e.name}
        _FOUND[folder] = found
    prefix = f".{target.name}{TMP_MARK}"
    limit = time.time() - older_than
    for name in [n for n in found if n.startswith(prefix)]:
        old = os.path.join(folder, name)  # noqa: PTH118
        try:
            if os.lstat(old).st_mtime < limit:  # a young one may be a write in progress
                os.unlink(old)  # noqa: PTH108
                found.discard(name)
        except FileNotFoundError:
            found.discard(name)
        except OSError:  # not ours to remove
            pass


def write_text(path: Path, text: str, *, within: Path | None = None) -> None:
    """`write_bytes` of the text as UTF-8, line ends as they are in `text`."""
    write_bytes(path, text.encode("utf-8"), within=within)
