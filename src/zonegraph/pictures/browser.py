"""Look at a page as a person would: headless Chromium driven over the DevTools protocol.

Used by the browser tests and the time-to-interactive benchmark. It needs no Python package:
Chromium speaks the protocol over a pipe (``--remote-debugging-pipe``: commands in on fd 3,
answers out on fd 4, each message JSON ended by a NUL byte), so only the Debian package
``chromium`` is required.
"""

from __future__ import annotations

import base64
import fcntl
import json
import os
import select
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from zonegraph.errors import ZonegraphError

CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
# The flags headless Chromium needs on a machine with no network: without the background
# networking ones it keeps trying to reach Google's services.
FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-default-apps", "--disable-extensions", "--no-default-browser-check",
    "--disable-features=Translate,MediaRouter,OptimizationHints", "--mute-audio",
    "--hide-scrollbars", "--remote-debugging-pipe",
)
LOCAL_SCHEMES = ("file:", "data:", "blob:", "about:", "chrome:", "devtools:", "chrome-extension:")


def find_chromium() -> str | None:
    """The Chromium executable: $ZONEGRAPH_CHROMIUM, else the first of CANDIDATES on PATH."""
    configured = os.environ.get("ZONEGRAPH_CHROMIUM")
    if configured:
        return configured if shutil.which(configured) else None
    for name in CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return None


@dataclass
class PageVisit:
    """What happened while a page was open: its console errors and exceptions, every request
    it made, and the requests that would have left the machine."""

    url: str
    console_errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    @property
    def external_requests(self) -> list[str]:
        return [url for url in self.requests if not url.startswith(LOCAL_SCHEMES)]


class Chromium:
    """One headless Chromium process and one tab; use as a context manager."""

    def __init__(self, width: int = 1400, height: int = 900, executable: str | None = None) -> None:
        self.executable = executable or find_chromium()
        if not self.executable:
            raise ZonegraphError("no Chromium found (install the Debian package chromium)")
        self.width, self.height = width, height
        self._next_id = 0
        self._buffer = b""
        self._events: list[dict] = []
        self._session: str | None = None
        self.visit: PageVisit | None = None

    # ---- process and pipe ---------------------------------------------------------------------
    def __enter__(self) -> "Chromium":
        self._profile = tempfile.mkdtemp(prefix="zonegraph-chromium-")
        to_browser_read, self._to_browser = os.pipe()
        self._from_browser, from_browser_write = os.pipe()
        # out of the way of fds 3 and 4, which the child's dup2 below overwrites
        high_read = fcntl.fcntl(to_browser_read, fcntl.F_DUPFD_CLOEXEC, 10)
        high_write = fcntl.fcntl(from_browser_write, fcntl.F_DUPFD_CLOEXEC, 10)
        os.close(to_browser_read)
        os.close(from_browser_write)

        def pipes_on_3_and_4() -> None:  # runs in the child, before exec
            os.dup2(high_read, 3)
            os.dup2(high_write, 4)

        self._process = subprocess.Popen(
            [self.executable, *FLAGS, f"--user-data-dir={self._profile}",
             f"--window-size={self.width},{self.height}", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            # close_fds=False: the child keeps the fds 3 and 4 that pipes_on_3_and_4 makes; every other
            # descriptor of this process is non-inheritable (PEP 446) and does not reach Chromium
            close_fds=False, preexec_fn=pipes_on_3_and_4,
        )
        os.close(high_read)
        os.close(high_write)
        try:
            target = self.send("Target.createTarget", {"url": "about:blank"}, session=False)["targetId"]
            self._session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True}, session=False)["sessionId"]
            for domain in ("Page", "Runtime", "Log", "Network"):
                self.send(f"{domain}.enable")
            self.send("Emulation.setDeviceMetricsOverride",
                      {"width": self.width, "height": self.height, "deviceScaleFactor": 1, "mobile": False})
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def __exit__(self, *_: Any) -> None:
        try:
            if self._process.poll() is None:
                try:
                    self.send("Browser.close", session=False, timeout=5)
                except (ZonegraphError, OSError):
                    pass
                try:
                    self._process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    self._process.kill()
                    self._process.wait()
        finally:
            for fd in (self._to_browser, self._from_browser):
                try:
                    os.close(fd)
                except OSError:
                    pass
            shutil.rmtree(self._profile, ignore_errors=True)

    # ---- protocol -----------------------------------------------------------------------------
    def send(self, method: str, params: dict | None = None, *, session: bool = True, timeout: float = 30) -> dict:
        """Send one command and wait for its answer, keeping the events that arrive meanwhile."""
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params or {}}
        if session and self._session:
            message["sessionId"] = self._session
        os.write(self._to_browser, json.dumps(message).encode("utf-8") + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            for answer in self._read(deadline - time.monotonic()):
                if answer.get("id") == message["id"]:
                    if "error" in answer:
                        raise ZonegraphError(f"Chromium: {method}: {answer['error'].get('message')}")
                    return answer.get("result", {})
                self._note(answer)
            if time.monotonic() > deadline:
                raise ZonegraphError(f"Chromium did not answer {method} within {timeout} s")

    def _read(self, timeout: float) -> list[dict]:
        ready, _, _ = select.select([self._from_browser], [], [], max(0.0, min(timeout, 1.0)))
        if not ready:
            return []
        chunk = os.read(self._from_browser, 1 << 20)
        if not chunk:
            raise ZonegraphError("Chromium closed the DevTools pipe (did it crash?)")
        self._buffer += chunk
        *messages, self._buffer = self._buffer.split(b"\0")
        return [json.loads(m) for m in messages if m]

    def _note(self, event: dict) -> None:
        visit, method, params = self.visit, event.get("method"), event.get("params", {})
        if visit is None or event.get("sessionId") != self._session:
            return
        if method == "Network.requestWillBeSent":
            visit.requests.append(params["request"]["url"])
        elif method == "Runtime.exceptionThrown":
            details = params["exceptionDetails"]
            text = details.get("exception", {}).get("description") or details.get("text", "")
            visit.console_errors.append(f"exception: {text}")
        elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            visit.console_errors.append("console: " + " ".join(str(a.get("value", a.get("description", ""))) for a in params["args"]))
        elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
            visit.console_errors.append(f"log: {params['entry'].get('text')} {params['entry'].get('url', '')}".strip())

    # ---- pages --------------------------------------------------------------------------------
    def open(self, path_or_url: Path | str, ready: str = "window.zgReady === true", timeout: float = 60) -> PageVisit:
        """Load a page and wait until the JavaScript expression ``ready`` is true."""
        url = path_or_url.resolve().as_uri() if isinstance(path_or_url, Path) else path_or_url
        self.visit = PageVisit(url)
        self.send("Page.navigate", {"url": url})
        self.wait_for(ready, timeout)
        return self.visit

    def wait_for(self, expression: str, timeout: float = 60) -> None:
        """Poll ``expression`` until it is true; a page that never gets there is an error."""
        deadline = time.monotonic() + timeout
        while not self.evaluate(expression):
            if time.monotonic() > deadline:
                errors = "; ".join(self.visit.console_errors) if self.visit else ""
                raise ZonegraphError(f"the page was not ready within {timeout} s ({expression}) {errors}".strip())
            time.sleep(0.02)

    def evaluate(self, expression: str) -> Any:
        """The value of a JavaScript expression in the page (JSON-able values only)."""
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True})
        if "exceptionDetails" in result:
            raise ZonegraphError(f"JavaScript error in {expression!r}: {result['exceptionDetails'].get('text')}")
        return result["result"].get("value")

    def click(self, x: float, y: float) -> None:
        """A left click at page coordinates, as a mouse would make it."""
        for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent", {"type": kind, "x": x, "y": y, "button": "left", "clickCount": 1})

    def type_text(self, text: str) -> None:
        """Type into the focused element, then press Enter."""
        self.send("Input.insertText", {"text": text})
        for kind in ("keyDown", "keyUp"):
            self.send("Input.dispatchKeyEvent", {"type": kind, "key": "Enter", "code": "Enter",
                                                 "windowsVirtualKeyCode": 13, "nativeVirtualKeyCode": 13})

    def screenshot(self, path: Path) -> Path:
        """Save what the tab shows as a PNG."""
        shot = self.send("Page.captureScreenshot", {"format": "png"})
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(shot["data"]))
        return path
