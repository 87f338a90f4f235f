"""The nginx config of docs/deploy.md, run on loopback in front of the API: events arrive one by one."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from starlette.applications import Starlette
from starlette.routing import WebSocketRoute
from starlette.websockets import WebSocket

import api
from api.settings import ApiSettings
from tests.helpers.analysts import PausingAnalyst, ThinkingAnalyst, agent_with
from tests.helpers.live_server import LiveServer, free_port
from tests.helpers.timing import SLACK_SECONDS

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
DEPLOY_DOC = Path(__file__).resolve().parents[2] / "docs" / "deploy.md"
pytestmark = pytest.mark.skipif(not os.path.exists(NGINX), reason="nginx is not installed")


def deploy_doc_config() -> str:
    """The nginx block documented in docs/deploy.md."""
    (block,) = re.findall(r"```nginx\n(.*?)```", DEPLOY_DOC.read_text(encoding="utf-8"), re.S)
    return block


class Nginx:
    """Debian's nginx with its own prefix, config and free port, in the foreground."""

    def __init__(self, upstream_port: int, overrides: dict[str, str] | None = None) -> None:
        self.prefix = Path(tempfile.mkdtemp(prefix="nginx-test-"))
        self.prefix.chmod(0o755)  # workers (nobody, when run as root) must reach their temp dirs
        self.port = free_port()
        site = deploy_doc_config()
        site = site.replace("listen 80;", f"listen 127.0.0.1:{self.port};")
        site = site.replace("server 127.0.0.1:8501;", f"server 127.0.0.1:{upstream_port};")
        for old, new in (overrides or {}).items():
            assert old in site, old
            site = site.replace(old, new)
        temp = "\n".join(f"    {kind}_temp_path {self.prefix}/{kind}_temp;"
                         for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
        (self.prefix / "nginx.conf").write_text(
            f"worker_processes 1;\npid {self.prefix}/nginx.pid;\nerror_log {self.prefix}/error.log warn;\n"
            f"events {{ worker_connections 256; }}\nhttp {{\n    access_log off;\n{temp}\n{site}\n}}\n")
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen | None = None

    def __enter__(self) -> Nginx:
        self.process = subprocess.Popen([NGINX, "-p", str(self.prefix), "-c", "nginx.conf", "-g", "daemon off;"],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 10
        while True:
            try:
                httpx.get(f"{self.url}/api/health", timeout=1)
                return self
            except httpx.TransportError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"nginx did not start: {self.process.stderr.read().decode()}") from None
                time.sleep(0.05)

    def __exit__(self, *exc: object) -> None:
        assert self.process is not None
        self.process.terminate()
        self.process.wait(10)
        shutil.rmtree(self.prefix, ignore_errors=True)


@pytest.fixture
def app_behind_nginx() -> Iterator:
    """Start the API plus a WebSocket echo at /_stcore/stream, behind nginx.

    The API runs on `analyst`, by default one pausing twice.
    """
    started = []

    def start(pause: float = 0.6, heartbeat: float = 15.0, overrides: dict[str, str] | None = None,
              analyst: object | None = None) -> Nginx:
        settings = ApiSettings(heartbeat_seconds=heartbeat)
        chat = api.create(lambda: agent_with(analyst or PausingAnalyst(pause)), settings)

        async def echo(websocket: WebSocket) -> None:
            await websocket.accept()
            await websocket.send_text(f"echo {await websocket.receive_text()}")
            await websocket.close()

        server = LiveServer(Starlette(routes=[WebSocketRoute("/_stcore/stream", echo)], middleware=chat.middleware,
                                      lifespan=chat.lifespan)).__enter__()
        started.append(server)
        proxy = Nginx(server.port, overrides).__enter__()
        started.append(proxy)
        return proxy

    yield start
    for thing in reversed(started):
        thing.__exit__(None, None, None)


def test_events_arrive_through_nginx_one_by_one_not_in_a_lump(app_behind_nginx):
    analyst = ThinkingAnalyst()  # plans only once the test has read the first event and opens its gate
    proxy = app_behind_nginx(analyst=analyst)
    arrivals: list[tuple[bool, str]] = []  # (was the gate open, the data line)
    with httpx.Client(timeout=httpx.Timeout(30, read=SLACK_SECONDS * 2)) as client:
        with client.stream("POST", f"{proxy.url}/api/chat/stream", json={"message": "질문"}) as response:
            assert response.headers["content-type"] == "text/event-stream; charset=utf-8"
            assert response.headers["cache-control"] == "no-cache"
            for line in response.iter_lines():  # a read timeout here: nginx held the first event back
                if line.startswith("data: "):
                    arrivals.append((analyst.gate.is_set(), line))
                    analyst.gate.set()
    first, final = arrivals[0], arrivals[-1]
    assert '"type":"progress"' in first[1] and '"type":"final"' in final[1]
    assert not first[0], "the first event came before the answer could exist, not in a lump with it"
    assert final[0]
    assert "질문을 데이터 카탈로그와 대조하는 중" in first[1]


def test_heartbeats_keep_an_idle_stream_open_past_the_proxy_read_timeout(app_behind_nginx):
    proxy = app_behind_nginx(pause=3.0, heartbeat=0.3,  # idle 3 s twice, pinged every 0.3 s, read timeout 2 s
                             overrides={"proxy_read_timeout 120s;": "proxy_read_timeout 2s;"})
    body = httpx.post(f"{proxy.url}/api/chat/stream", json={"message": "question"}, timeout=30).text
    assert ": ping" in body and '"type":"final"' in body, "nginx cut the idle stream"


def test_websocket_upgrade_works_through_nginx(app_behind_nginx):
    from websockets.sync.client import connect

    proxy = app_behind_nginx()
    with connect(f"ws://127.0.0.1:{proxy.port}/_stcore/stream", open_timeout=5) as socket:
        socket.send("hello")
        assert socket.recv(timeout=5) == "echo hello"
