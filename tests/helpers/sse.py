"""The chat event stream read as a client reads it: a whole SSE body's events, a POST read whole, the docs' curl."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import httpx

from tests.helpers.live_server import LiveServer

API_DOC = Path(__file__).resolve().parents[2] / "docs" / "api.md"


def read_events(response: httpx.Response) -> list[tuple[str, dict[str, Any]]]:
    """(id, event) for every `data:` message of a finished SSE response body."""
    found, current_id = [], ""
    for line in response.text.splitlines():
        if line.startswith("id: "):
            current_id = line[4:]
        elif line.startswith("data: "):
            found.append((current_id, json.loads(line[6:])))
    return found


def post_stream(server: LiveServer, body: dict[str, Any], **kwargs: Any) -> httpx.Response:
    """POST /api/chat/stream and read the whole response."""
    return httpx.post(f"{server.url}/api/chat/stream", json=body, timeout=30, **kwargs)


def doc_curl_command() -> str:
    """The curl example of docs/api.md, exactly as written there."""
    (command,) = re.findall(r"^curl -N -X POST .*$", API_DOC.read_text(encoding="utf-8"), re.M)
    return command
