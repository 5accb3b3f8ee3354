"""Headless Firefox (Debian's firefox-esr), driven over WebDriver BiDi, for the blog kit's pages.

Playwright drives only its own patched Firefox, so this speaks Firefox's built-in WebDriver
BiDi directly: a websocket, JSON commands. A page here answers the few calls the page tests
make of a Playwright page (evaluate, wait_for_function, click, errors), so one check runs in
both browsers.

    from tests.firefox import firefox   # a module-scoped fixture; skips when Firefox is missing
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

# no updates, studies or telemetry: the machine has no network, and each try would only wait
PREFS = {
    "app.update.enabled": False, "app.normandy.enabled": False, "datareporting.policy.dataSubmissionEnabled": False,
    "toolkit.telemetry.enabled": False, "browser.shell.checkDefaultBrowser": False, "media.autoplay.default": 0,
    "messaging-system.rsexperimentloader.enabled": False, "network.captive-portal-service.enabled": False,
}


class Firefox:
    def __init__(self, executable: str):
        from websockets.sync.client import connect
        self.profile = tempfile.mkdtemp(prefix="nn-explainer-firefox-")
        Path(self.profile, "user.js").write_text(
            "".join(f'user_pref("{k}", {json.dumps(v)});\n' for k, v in PREFS.items()))
        self.process = subprocess.Popen(
            [executable, "--headless", "--no-remote", "--profile", self.profile, "--remote-debugging-port", "0"],
            stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
        address = None
        for line in self.process.stderr:
            found = re.search(r"WebDriver BiDi listening on (ws://\S+)", line)
            if found:
                address = found.group(1)
                break
        if address is None:
            self.close()
            raise RuntimeError("Firefox did not start its WebDriver BiDi server")
        self.socket = connect(address + "/session", max_size=None)
        self.sent = 0
        self.events: list[dict] = []
        self.send("session.new", capabilities={})
        self.send("session.subscribe", events=["log.entryAdded"])

    def send(self, method: str, **params) -> dict:
        self.sent += 1
        self.socket.send(json.dumps({"id": self.sent, "method": method, "params": params}))
        while True:
            message = json.loads(self.socket.recv(timeout=60))
            if message.get("id") == self.sent:
                if message.get("type") == "error":
                    raise RuntimeError(f"{method}: {message.get('error')}: {message.get('message')}")
                return message["result"]
            if message.get("type") == "event":
                self.events.append(message)

    def new_page(self, url: str) -> "Page":
        context = self.send("browsingContext.create", type="tab")["context"]
        self.send("browsingContext.navigate", context=context, url=url, wait="complete")
        return Page(self, context)

    def close(self) -> None:
        if getattr(self, "socket", None) is not None:
            self.socket.close()
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
        shutil.rmtree(self.profile, ignore_errors=True)


class Page:
    def __init__(self, browser: Firefox, context: str):
        self.browser, self.context = browser, context

    def evaluate(self, expression: str):
        result = self.browser.send("script.evaluate", expression=f"JSON.stringify({expression})",
                                   target={"context": self.context}, awaitPromise=True)
        if result["type"] != "success":
            raise RuntimeError(f"{expression}: {result.get('exceptionDetails', {}).get('text')}")
        value = result["result"].get("value")
        return None if value is None else json.loads(value)

    def wait_for_function(self, expression: str, timeout: float = 30000) -> None:
        end = time.monotonic() + timeout / 1000
        while not self.evaluate(f"!!({expression})"):
            if time.monotonic() > end:
                raise TimeoutError(f"waited {timeout / 1000:.0f} s for {expression}")
            time.sleep(0.1)

    def click(self, selector: str) -> None:
        self.evaluate(f"document.querySelector({json.dumps(selector)}).click()")

    @property
    def errors(self) -> list[str]:
        return [e["params"]["text"] for e in self.browser.events
                if e["method"] == "log.entryAdded" and e["params"].get("type") == "javascript"
                and e["params"].get("source", {}).get("context") == self.context]

    def close(self) -> None:
        self.browser.send("browsingContext.close", context=self.context)


@pytest.fixture(scope="module")
def firefox():
    pytest.importorskip("websockets")
    executable = shutil.which("firefox-esr") or shutil.which("firefox")
    if executable is None:
        pytest.skip("Debian's firefox-esr is not installed (make setup-test installs it)")
    browser = Firefox(executable)
    yield browser
    browser.close()
