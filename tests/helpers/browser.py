"""Headless Debian Chromium and the app under `streamlit run`: for the browser tests and the screenshot script."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from webui.agent_source import FACTORY_ENV

REPO_ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
START_SECONDS = 90
ANSWER_MS = 60_000
"""How long a page may take to show an answer (Playwright timeouts are in milliseconds)."""


def launch(playwright: Any) -> Any:
    """Debian's Chromium, headless, through Playwright (`sync_playwright()`'s object)."""
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)


def free_port() -> int:
    """A loopback TCP port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


@contextlib.contextmanager
def serve_app(agent_factory: str | None = None, env: dict[str, str] | None = None) -> Iterator[str]:
    """`streamlit run app.py` on a free loopback port; yields its base URL and stops it afterwards.

    It runs on `agent_factory` (`module:function`) or the real agent, with the environment plus `env`.
    """
    port = free_port()
    environment = {k: v for k, v in os.environ.items() if k != FACTORY_ENV} | (env or {})
    if agent_factory:
        environment[FACTORY_ENV] = agent_factory
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true",
         "--server.port", str(port), "--server.address", "127.0.0.1",
         "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"],
        cwd=REPO_ROOT, env=environment, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + START_SECONDS
        while not _healthy(url):
            if process.poll() is not None:
                raise RuntimeError(f"streamlit exited with {process.returncode}:\n{process.stdout.read()}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"streamlit did not become healthy within {START_SECONDS} s")
            time.sleep(0.25)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
