"""Reading an Office file safely: size, kind and zip checks before any parser sees it.

A .docx or .xlsx is a zip of XML parts. Before python-docx or openpyxl open
one, the bytes are read once (at most MAX_FILE_BYTES) and checked: an old
binary Office file or a password-protected one (both OLE2 containers), a file
that is not a zip at all, a broken zip, and a zip that would unpack to far
more than it weighs (a zip bomb) are each refused with their own message.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from ..i18n import keys

#: A Word plan with pictures is a few MiB; anything past this is not a care plan.
MAX_FILE_BYTES = 20 * 1024 * 1024
#: What the parts of one file may unpack to, in total, and how many parts it may have.
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_MEMBERS = 5000
#: A part that unpacks to more than this many times its packed size is a bomb.
MAX_RATIO = 200
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED = "EncryptionInfo".encode("utf-16-le")


class FileProblem(Exception):
    """A file that cannot be imported; `key` names the catalogue message."""

    def __init__(self, key: str, **params: object) -> None:
        super().__init__(key)
        self.key = key
        self.params = params


def read_office(path: Path, part: str, kind: str) -> io.BytesIO:
    """The bytes of an Office zip file that holds `part` (`word/document.xml`), checked.

    `kind` (`docx`, `xlsx`) chooses the messages. Raises FileProblem.
    """
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise FileProblem("importing.file.not_file")
        if size > MAX_FILE_BYTES:
            raise FileProblem(
                "importing.file.huge",
                size=size // (1024 * 1024),
                limit=MAX_FILE_BYTES // (1024 * 1024),
            )
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise FileProblem("importing.file.unreadable", detail=exc.strerror or str(exc)) from None
    if len(data) > MAX_FILE_BYTES:  # it grew while we looked
        raise FileProblem(
            "importing.file.huge",
            size=len(data) // (1024 * 1024),
            limit=MAX_FILE_BYTES // (1024 * 1024),
        )
    if data.startswith(_OLE2):
        if _ENCRYPTED in data:
            raise FileProblem("importing.file.encrypted")
        raise FileProblem(keys.IMPORT_FILE_OLD[kind])
    if not data.startswith(b"PK"):
        raise FileProblem(keys.IMPORT_FILE_NOT[kind])
    buffer = io.BytesIO(data)
    try:
        with zipfile.ZipFile(buffer) as archive:
            members = archive.infolist()
            if len(members) > MAX_MEMBERS:
                raise FileProblem("importing.file.bomb")
            total = 0
            for info in members:
                total += info.file_size
                if total > MAX_UNPACKED_BYTES or (
                    info.file_size > 1024 * 1024
                    and info.file_size > MAX_RATIO * max(info.compress_size, 1)
                ):
                    raise FileProblem("importing.file.bomb")
            names = {info.filename for info in members}
            if part not in names:
                raise FileProblem(keys.IMPORT_FILE_NOT[kind])
            bad = archive.testzip()
            if bad is not None:
                raise FileProblem("importing.file.corrupt", detail=bad)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError) as exc:
        raise FileProblem("importing.file.corrupt", detail=str(exc)) from None
    except NotImplementedError as exc:  # a compression method zipfile does not know
        raise FileProblem("importing.file.corrupt", detail=str(exc)) from None
    buffer.seek(0)
    return buffer
