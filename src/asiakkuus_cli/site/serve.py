"""`site serve`: the built site on 127.0.0.1, rebuilt when a data file changes.

The server binds the loopback address only, so nothing else on the network can
read the (internal) plans. The site is built before the port is opened; after
that, a change under `data/`, `templates/` or to `asiakkuus.toml` rebuilds it
(watchfiles), and a failed rebuild is reported and leaves the previous site.
"""

from __future__ import annotations

import errno
import functools
import sys
import threading
from collections.abc import Callable
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from ..errors import UsageProblem
from ..i18n import t

HOST = "127.0.0.1"


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        return

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "no-store")
        super().end_headers()


def open_server(out: Path, port: int) -> ThreadingHTTPServer:
    """The HTTP server on 127.0.0.1:port; a usage error (exit 2) when the port is taken."""
    handler = functools.partial(_Quiet, directory=str(out))
    try:
        return ThreadingHTTPServer((HOST, port), handler)
    except OSError as exc:
        if exc.errno in (errno.EADDRINUSE, errno.EACCES):
            raise UsageProblem("site.port_taken", port=port) from None
        raise


def _watched(root: Path) -> list[Path]:
    paths = [root / "data", root / "templates", root / "asiakkuus.toml"]
    return [p for p in paths if p.exists()]


def watch(root: Path, rebuild: Callable[[], int], lang: str, stop: threading.Event) -> None:
    """Rebuild after each batch of changes until `stop` is set."""
    from watchfiles import watch as watch_files

    paths = _watched(root)
    if not paths:
        return
    for _changes in watch_files(*paths, stop_event=stop, debounce=300, rust_timeout=500):
        try:
            pages = rebuild()
        except UsageProblem as p:
            msg = t(p.key, lang, **p.params)
            sys.stderr.write(t("site.rebuild_failed", lang, detail=msg) + "\n")
        except Exception as exc:  # a failed rebuild keeps the server and the last good site
            sys.stderr.write(t("site.rebuild_failed", lang, detail=str(exc)) + "\n")
        else:
            sys.stderr.write(t("site.rebuilt", lang, pages=pages) + "\n")
        sys.stderr.flush()


def serve(root: Path, out: Path, port: int, lang: str, rebuild: Callable[[], int]) -> None:
    lock = threading.Lock()

    def build() -> int:
        with lock:  # one build at a time
            return rebuild()

    # Watch from before the first build, so that no change after it goes unseen.
    stop = threading.Event()
    watcher = threading.Thread(target=watch, args=(root, build, lang, stop), daemon=True)
    watcher.start()
    try:
        build()
        server = open_server(out, port)
    except BaseException:
        stop.set()
        raise
    sys.stderr.write(t("site.serving", lang, port=port, root=str(root)) + "\n")
    sys.stderr.flush()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        stop.set()
        server.server_close()
