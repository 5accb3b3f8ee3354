"""`render.py preview`: serve a rendered out/ folder as a web site would, on this machine.

    python render.py preview out            # http://127.0.0.1:<free port>/ opens in the browser

Python's own http.server ignores `Range`, so a video it serves cannot seek; this one
answers byte ranges with 206 Partial Content, as every real web server does. It listens on
loopback only, unless --host names another address. Ctrl-C stops it.
"""
from __future__ import annotations

import errno
import functools
import http.server
import re
import socket
import threading
import webbrowser
from pathlib import Path

import click

NEEDED = ("index.html", "manifest.json")     # what `render.py video` leaves in a finished out/
_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")


class RangeHandler(http.server.SimpleHTTPRequestHandler):
    """Static files, with single byte ranges (`bytes=a-b`, `bytes=a-`, `bytes=-n`) answered by 206."""

    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".vtt": "text/vtt", ".srt": "text/plain", ".webm": "video/webm", ".mp4": "video/mp4",
                      ".json": "application/json", ".js": "text/javascript"}

    def send_head(self):
        path = Path(self.translate_path(self.path))
        wanted = self.headers.get("Range")
        if not path.is_file():
            return super().send_head()
        size = path.stat().st_size
        span = byte_range(wanted, size) if wanted else None
        if span is None:   # no Range, or one we do not serve (several ranges): the whole file
            return self._whole(path, size)
        if span == "unsatisfiable":
            self.send_response(416)
            self.send_header("Content-Range", f"bytes */{size}")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return None
        start, end = span
        f = path.open("rb")
        f.seek(start)
        self.send_response(206)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Accept-Ranges", "bytes")
        self.send_header("Content-Range", f"bytes {start}-{end}/{size}")
        self.send_header("Content-Length", str(end - start + 1))
        self.end_headers()
        return _Limited(f, end - start + 1)

    def _whole(self, path: Path, size: int):
        f = path.open("rb")
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Accept-Ranges", "bytes")
        self.send_header("Content-Length", str(size))
        self.end_headers()
        return f

    def log_message(self, *args):   # quiet: the address line is all the terminal needs
        pass


def byte_range(header: str, size: int):
    """(start, end) inclusive for a single-range header, "unsatisfiable", or None (serve it all)."""
    m = _RANGE.match(header.strip())
    if not m or m.group(1) == m.group(2) == "":
        return None
    first, last = m.groups()
    if first == "":                      # the last n bytes
        n = int(last)
        return (max(size - n, 0), size - 1) if n > 0 and size > 0 else "unsatisfiable"
    start = int(first)
    end = min(int(last), size - 1) if last else size - 1
    if start >= size or end < start:
        return "unsatisfiable"
    return start, end


class _Limited:
    """The first n bytes of an open file, for copyfileobj."""

    def __init__(self, f, n: int):
        self.f, self.n = f, n

    def read(self, size: int = -1) -> bytes:
        size = self.n if size < 0 else min(size, self.n)
        data = self.f.read(size)
        self.n -= len(data)
        return data

    def close(self) -> None:
        self.f.close()


def check_folder(out: Path) -> None:
    missing = [name for name in NEEDED if not (out / name).is_file()]
    if missing:
        raise click.BadParameter(f"{out} holds no rendered run ({', '.join(missing)} missing); "
                                 f"make one with `render.py video --out {out}`", param_hint="'OUT'")


def make_server(out: Path, host: str, port: int) -> http.server.ThreadingHTTPServer:
    """A server for `out` bound to host:port (port 0: a free one); BadParameter names what is wrong."""
    try:
        family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
    except (socket.gaierror, UnicodeError):
        raise click.BadParameter(f"{host!r} is not a host name or address (try 127.0.0.1)",
                                 param_hint="'--host'") from None

    class Server(http.server.ThreadingHTTPServer):
        address_family = family
        daemon_threads = True

    handler = functools.partial(RangeHandler, directory=str(out))
    try:
        return Server((host, port), handler)
    except OSError as e:
        if e.errno == errno.EADDRINUSE:
            raise click.BadParameter(f"port {port} is busy; choose another, or leave --port out for a free one",
                                     param_hint="'--port'") from None
        if e.errno == errno.EACCES:
            raise click.BadParameter(f"port {port} needs more rights; use one above 1023",
                                     param_hint="'--port'") from None
        raise click.BadParameter(f"cannot listen on {host!r} ({e.strerror}); it must be an address of this "
                                 "machine, e.g. 127.0.0.1", param_hint="'--host'") from None


def address(server) -> str:
    host, port = server.server_address[:2]
    return f"http://[{host}]:{port}/" if ":" in host else f"http://{host}:{port}/"


def run(out: Path, host: str = "127.0.0.1", port: int = 0, open_browser: bool = True) -> None:
    """Serve `out` until Ctrl-C."""
    check_folder(out)
    server = make_server(out, host, port)
    url = address(server)
    try:   # from here on Ctrl-C, whenever it comes, stops the server and nothing else
        click.echo(f"serving {out} at {url}  (Ctrl-C stops it)")
        if host not in ("127.0.0.1", "localhost", "::1"):
            click.echo(f"note: --host {host} lets other machines that can reach it see these files", err=True)
        if open_browser:
            threading.Thread(target=webbrowser.open, args=(url,), daemon=True).start()
        server.serve_forever()
    except KeyboardInterrupt:
        click.echo("stopped")
    finally:
        server.server_close()
