"""Writing a user's file whole or not at all."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path


def write_bytes(path: Path, data: bytes) -> None:
    """Replace `path` with `data` so that readers see the old or the new file, never half.

    The temporary file is made in the same folder (so the rename stays on one
    file system), flushed to disk, given the old file's permission bits (a new
    file gets 0666 less the umask), and renamed over the target. A symlink is
    followed: its target is replaced, the link stays.
    """
    target = path.resolve() if path.is_symlink() else path
    folder = target.parent
    try:
        mode: int | None = stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        mode = None
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
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
    try:  # make the rename itself durable; not every platform can open a folder
        dir_fd = os.open(folder, os.O_RDONLY)
    except OSError:  # pragma: no cover
        return
    try:
        os.fsync(dir_fd)
    except OSError:  # pragma: no cover
        pass
    finally:
        os.close(dir_fd)


def write_text(path: Path, text: str) -> None:
    """`write_bytes` of the text as UTF-8, line ends as they are in `text`."""
    write_bytes(path, text.encode("utf-8"))
