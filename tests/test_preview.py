"""`render.py preview`: a loopback server that answers byte ranges, and one line for bad input."""
from __future__ import annotations

import signal
import socket
import subprocess
import sys
import threading
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.test_workers import ctrl_c_as_in_a_terminal

from render import cli
from scenes.output import preview

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def run_folder(tmp_path):
    """What preview needs of a rendered run, and a file to ask ranges of."""
    (tmp_path / "index.html").write_text("<!doctype html><title>kit</title>")
    (tmp_path / "manifest.json").write_text("{}")
    (tmp_path / "clip.mp4").write_bytes(bytes(range(256)) * 40)
    return tmp_path


@pytest.fixture
def served(run_folder):
    server = preview.make_server(run_folder, "127.0.0.1", 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield preview.address(server), run_folder
    server.shutdown()
    server.server_close()


def get(url: str, headers: dict | None = None):
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


@pytest.mark.parametrize("header,size,expected", [
    ("bytes=0-99", 1000, (0, 99)),
    ("bytes=900-", 1000, (900, 999)),
    ("bytes=-100", 1000, (900, 999)),
    ("bytes=990-2000", 1000, (990, 999)),
    ("bytes=1000-", 1000, "unsatisfiable"),
    ("bytes=50-10", 1000, "unsatisfiable"),
    ("bytes=0-1,5-9", 1000, None),
    ("pages=1-2", 1000, None),
])
def test_byte_ranges_are_read_as_the_http_rules_say(header, size, expected):
    assert preview.byte_range(header, size) == expected


def test_a_range_request_gets_206_and_exactly_those_bytes(served):
    url, folder = served
    data = (folder / "clip.mp4").read_bytes()
    status, headers, body = get(url + "clip.mp4", {"Range": "bytes=1000-1999"})
    assert status == 206
    assert headers["Content-Range"] == f"bytes 1000-1999/{len(data)}"
    assert body == data[1000:2000]
    status, headers, body = get(url + "clip.mp4", {"Range": "bytes=-10"})
    assert status == 206 and body == data[-10:]


def test_without_a_range_the_whole_file_and_an_offer_of_ranges(served):
    url, folder = served
    status, headers, body = get(url + "clip.mp4")
    assert status == 200 and headers["Accept-Ranges"] == "bytes"
    assert body == (folder / "clip.mp4").read_bytes()
    assert headers["Content-Type"] == "video/mp4"


def test_a_range_past_the_end_is_416(served):
    url, folder = served
    status, headers, _ = get(url + "clip.mp4", {"Range": "bytes=999999-"})
    assert status == 416 and headers["Content-Range"] == f"bytes */{(folder / 'clip.mp4').stat().st_size}"


def test_it_listens_on_loopback_by_default(run_folder):
    server = preview.make_server(run_folder, "127.0.0.1", 0)
    try:
        assert server.server_address[0] == "127.0.0.1"
    finally:
        server.server_close()
    host = next(p for p in cli.commands["preview"].params if p.name == "host")
    assert host.default == "127.0.0.1"


def preview_cmd(*args):
    return CliRunner().invoke(cli, ["preview", *map(str, args)])


def one_line_exit_2(result, words: str) -> None:
    assert result.exit_code == 2, result.output
    assert words in result.output
    assert len(result.output.strip().splitlines()) == 1 and "Traceback" not in result.output


def test_a_folder_without_a_rendered_run_is_one_line(tmp_path):
    one_line_exit_2(preview_cmd(tmp_path, "--no-browser"), "holds no rendered run")
    one_line_exit_2(preview_cmd(tmp_path / "nowhere", "--no-browser"), "holds no rendered run")


def test_a_busy_port_is_one_line(run_folder):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        one_line_exit_2(preview_cmd(run_folder, "--port", port, "--no-browser"), f"port {port} is busy")


@pytest.mark.parametrize("host,words", [
    ("no such host!", "not a host name or address"),
    ("192.0.2.1", "cannot listen on '192.0.2.1'"),      # TEST-NET: never this machine's
])
def test_a_bad_host_is_one_line(run_folder, host, words):
    one_line_exit_2(preview_cmd(run_folder, "--host", host, "--no-browser"), words)


def test_ctrl_c_stops_it_cleanly(run_folder):
    proc = subprocess.Popen([sys.executable, str(ROOT / "render.py"), "preview", str(run_folder), "--no-browser"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=ctrl_c_as_in_a_terminal)
    try:
        line = proc.stdout.readline()
        assert "http://127.0.0.1:" in line
        url = line.split(" at ")[1].split()[0]
        assert get(url + "clip.mp4", {"Range": "bytes=0-9"})[0] == 206
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0 and "stopped" in out
    assert err == ""
