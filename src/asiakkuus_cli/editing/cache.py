"""The files `fmt` found canonical, remembered by content (issue 18; docs/PERFORMANCE.md).

Like black's and ruff's caches: a run of `fmt` (or `fmt --check`) remembers each
file it found already canonical, loading without a problem, and the next run
skips a file whose content it remembers. An entry is

    HMAC-SHA256(key, tool version + code digest + settings + file kind + content)

so it speaks only of those exact bytes, read by this very code with these
settings: an edited file, another version of the tool or other settings simply
miss. Only content proven canonical is ever added, and a hit only skips work:
it can never make `fmt` change a file.

The cache lives in the user's cache directory (platformdirs: `~/.cache/asiakkuus`
on Linux), never in the repository, so a commit or a pull request cannot bring
one along. The key is 32 random bytes in a file of that directory readable by the
user only; entries made without it do not match, so a cache file copied from
elsewhere or written by someone else is worthless. A directory or key file that
is a symbolic link, is not the user's own, or can be written by others turns the
cache off, as does an unreadable or malformed file (the run then checks every
file). `ASIAKKUUS_CACHE_DIR` names another directory; `ASIAKKUUS_CACHE_DIR=off`
turns the cache off.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path

from asiakkuus_cli import __version__
from asiakkuus_cli.config import Settings

__all__ = ["CanonicalCache", "cache_dir"]

ENV = "ASIAKKUUS_CACHE_DIR"
FILE = "fmt-canonical.json"
KEY_FILE = "key"
#: At most this many entries are kept (the newest: those of the last run first).
LIMIT = 200_000
_FORMAT = b"asiakkuus fmt cache 1\0"


def cache_dir() -> Path | None:
    """Where the cache lives, or None when it is turned off."""
    chosen = os.environ.get(ENV)
    if chosen is not None:
        return None if chosen.strip().lower() in ("", "off") else Path(chosen)
    import platformdirs

    return Path(platformdirs.user_cache_path("asiakkuus", appauthor=False))


def _code_digest() -> bytes:
    """A digest of the tool's own code: a changed rule or form is a new cache."""
    digest = hashlib.sha256(__version__.encode())
    package = Path(__file__).resolve().parents[1]
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.digest()


def _private(st: os.stat_result) -> bool:
    """Owned by this user and writable by no one else (POSIX; elsewhere trusted as is)."""
    if not hasattr(os, "getuid"):  # pragma: no cover - Windows
        return True
    return st.st_uid == os.getuid() and not st.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def _open_dir(directory: Path) -> bool:
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    st = os.lstat(directory)
    return stat.S_ISDIR(st.st_mode) and _private(st)


def _read_key(directory: Path) -> bytes | None:
    path = directory / KEY_FILE
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        key = secrets.token_bytes(32)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | flags, 0o600)
        except FileExistsError:  # another run made it just now
            return _read_key(directory)
        with os.fdopen(fd, "wb") as handle:
            handle.write(key)
        return key
    with os.fdopen(fd, "rb") as handle:
        st = os.fstat(handle.fileno())
        if not stat.S_ISREG(st.st_mode) or not _private(st) or st.st_mode & 0o077:
            return None
        key = handle.read(33)
    return key if len(key) == 32 else None


class CanonicalCache:
    """Content keys of files proven canonical; `None`-safe: a closed cache knows nothing."""

    def __init__(self, directory: Path | None, key: bytes | None, salt: bytes) -> None:
        self.directory = directory if key is not None else None
        self._mac = hmac.new(key, _FORMAT + salt, hashlib.sha256) if key is not None else None
        self.known: set[str] = set()
        self.used: set[str] = set()

    @classmethod
    def open(cls, settings: Settings) -> CanonicalCache:
        """The user's cache for these settings; a closed one if it is off or not safe."""
        directory = cache_dir()
        key = None
        try:
            if directory is not None and _open_dir(directory):
                key = _read_key(directory)
            salt = _code_digest() + settings.model_dump_json().encode() + b"\0"
        except (OSError, ValueError):
            return cls(None, None, b"")
        cache = cls(directory, key, salt)
        cache._load()
        return cache

    def _load(self) -> None:
        if self.directory is None:
            return
        try:
            flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0)
            with os.fdopen(os.open(self.directory / FILE, flags), "rb") as handle:
                if not _private(os.fstat(handle.fileno())):
                    return
                data = json.loads(handle.read())
        except (OSError, ValueError):
            return
        if isinstance(data, dict) and isinstance(data.get("canonical"), list):
            self.known = {e for e in data["canonical"] if isinstance(e, str) and len(e) == 64}

    def key(self, kind: str, text: str) -> str | None:
        """The entry of a file's text (decoded, no BOM) of a kind; None when closed."""
        if self._mac is None:
            return None
        mac = self._mac.copy()
        mac.update(kind.encode() + b"\0" + text.encode("utf-8", "surrogatepass"))
        return mac.hexdigest()

    def __contains__(self, entry: object) -> bool:
        return entry is not None and entry in self.known

    def save(self, added: Iterable[str], used: Iterable[str]) -> None:
        """Remember the entries proven now and the ones that were hit; best effort."""
        if self.directory is None:
            return
        fresh = list(dict.fromkeys([*added, *used]))
        entries = fresh + sorted(self.known.difference(fresh))
        if set(entries[:LIMIT]) == self.known:
            return
        try:
            fd, name = tempfile.mkstemp(prefix=".fmt-", dir=self.directory)
        except OSError:
            return
        tmp = Path(name)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump({"canonical": entries[:LIMIT]}, handle)
            tmp.replace(self.directory / FILE)
        except OSError:
            tmp.unlink(missing_ok=True)
