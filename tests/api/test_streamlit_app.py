"""`streamlit run app.py` serves the chat page and the API on one port; the docs' curl example works on it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from tests.helpers.live_server import free_port
from tests.helpers.sse import doc_curl_command

REPO_ROOT = Path(__file__).resolve().parents[2]
STREAMLIT = Path(sys.executable).parent / "streamlit"


def test_streamlit_run_app_serves_the_page_and_the_api_and_the_curl_example_answers_1000():
    port = free_port()
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    env.pop("DATA_CHAT_AGENT", None)
    with tempfile.TemporaryFile() as log:
        server = subprocess.Popen(
            [str(STREAMLIT), "run", "app.py", "--server.port", str(port), "--server.address", "127.0.0.1",
             "--server.headless", "true", "--browser.gatherUsageStats", "false"],
            cwd=REPO_ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            base = f"http://127.0.0.1:{port}"
            deadline = time.monotonic() + 60
            while True:
                try:
                    if httpx.get(f"{base}/api/health", timeout=2).status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                log.seek(0)
                assert server.poll() is None and time.monotonic() < deadline, log.read().decode()
                time.sleep(0.2)
            page = httpx.get(f"{base}/", timeout=10)
            assert page.status_code == 200 and "text/html" in page.headers["content-type"]
            assert '<div id="root">' in page.text
            assert httpx.get(f"{base}/_stcore/health", timeout=10).text == "ok"
            preflight = httpx.options(f"{base}/api/chat/stream", timeout=10, headers={
                "Origin": "http://localhost:3000", "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": "content-type"})
            assert preflight.status_code == 200
            assert preflight.headers["access-control-allow-origin"] == "http://localhost:3000"

            command = doc_curl_command().replace("http://localhost:8501", base)
            output = subprocess.run(["bash", "-c", command], capture_output=True, timeout=60,
                                    check=True).stdout.decode()
            events = [json.loads(line[6:]) for line in output.splitlines() if line.startswith("data: ")]
            assert [e["type"] for e in events].count("progress") >= 4, output
            assert events[-1]["type"] == "final" and "1,000" in events[-1]["data"]["content"], output
        finally:
            server.terminate()
            try:
                server.wait(15)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait(5)
