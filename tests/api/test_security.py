"""Bearer token, CORS allow-list and loopback defaults, and settings read from the environment."""

from __future__ import annotations

import httpx
import pytest

from api.settings import ApiSettings
from tests.helpers.analysts import PausingAnalyst, agent_with
from tests.helpers.sse import read_events

PREFLIGHT = {"Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type,authorization"}


def test_with_api_token_requests_without_the_bearer_token_get_401_json(make_server):
    server, _ = make_server(agent_with(PausingAnalyst(0)), token="s3cret")
    url = f"{server.url}/api/chat/stream"
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": "Basic czNjcmV0"}):
        refused = httpx.post(url, json={"message": "hi"}, headers=headers, timeout=10)
        assert refused.status_code == 401 and refused.json() == {"success": False, "error": refused.json()["error"]}
        assert refused.headers["www-authenticate"] == "Bearer"
    assert httpx.post(f"{url}/init", json={"message": "hi"}, timeout=10).status_code == 401
    assert httpx.get(f"{url}/whatever", timeout=10).status_code == 401


def test_with_api_token_the_bearer_header_or_access_token_parameter_is_accepted(make_server):
    server, _ = make_server(agent_with(PausingAnalyst(0)), token="s3cret")
    url = f"{server.url}/api/chat/stream"
    posted = httpx.post(url, json={"message": "hi"}, headers={"Authorization": "Bearer s3cret"}, timeout=10)
    assert read_events(posted)[-1][1]["type"] == "final"
    got = httpx.get(url, params={"message": "hi", "access_token": "s3cret"}, timeout=10)
    assert read_events(got)[-1][1]["type"] == "final"


def test_health_and_cors_preflight_need_no_token(make_server):
    server, _ = make_server(agent_with(PausingAnalyst(0)), token="s3cret")
    assert httpx.get(f"{server.url}/api/health", timeout=10).json()["status"] == "ok"
    preflight = httpx.options(f"{server.url}/api/chat/stream", timeout=10,
                              headers={"Origin": "http://localhost:3000", **PREFLIGHT})
    assert preflight.status_code == 200
    assert preflight.headers["access-control-allow-origin"] == "http://localhost:3000"
    assert "authorization" in preflight.headers["access-control-allow-headers"].lower()


@pytest.mark.parametrize("origin", ["http://localhost:3000", "http://127.0.0.1:8080", "http://localhost"])
def test_default_cors_allows_loopback_origins(make_server, origin):
    server, _ = make_server(agent_with(PausingAnalyst(0)))
    preflight = httpx.options(f"{server.url}/api/chat/stream", headers={"Origin": origin, **PREFLIGHT}, timeout=10)
    assert preflight.status_code == 200 and preflight.headers["access-control-allow-origin"] == origin
    simple = httpx.post(f"{server.url}/api/chat/stream", json={"message": "hi"}, headers={"Origin": origin},
                        timeout=10)
    assert simple.headers["access-control-allow-origin"] == origin


@pytest.mark.parametrize("origin", ["http://evil.example", "https://localhost.evil.example", "http://localhost.:80"])
def test_default_cors_refuses_other_origins(make_server, origin):
    server, _ = make_server(agent_with(PausingAnalyst(0)))
    preflight = httpx.options(f"{server.url}/api/chat/stream", headers={"Origin": origin, **PREFLIGHT}, timeout=10)
    assert preflight.status_code == 400 and "access-control-allow-origin" not in preflight.headers


def test_cors_origins_setting_is_an_exact_allow_list(make_server):
    server, _ = make_server(agent_with(PausingAnalyst(0)), cors_origins=("https://app.example.com",))
    url = f"{server.url}/api/chat/stream"
    allowed = httpx.options(url, headers={"Origin": "https://app.example.com", **PREFLIGHT}, timeout=10)
    loopback = httpx.options(url, headers={"Origin": "http://localhost:3000", **PREFLIGHT}, timeout=10)
    assert allowed.headers["access-control-allow-origin"] == "https://app.example.com"
    assert loopback.status_code == 400


def test_cors_applies_to_the_api_routes_only(make_server):
    server, _ = make_server(agent_with(PausingAnalyst(0)))
    page = httpx.get(f"{server.url}/", headers={"Origin": "http://localhost:3000"}, timeout=10)
    assert page.status_code == 200 and "access-control-allow-origin" not in page.headers


def test_settings_come_from_the_environment():
    settings = ApiSettings.from_env({
        "API_TOKEN": "t", "CORS_ORIGINS": "https://a.example, https://b.example/", "API_MAX_MESSAGE_CHARS": "100",
        "API_DEADLINE_SECONDS": "5.5", "API_HEARTBEAT_SECONDS": "3", "API_MAX_CONCURRENT": "7",
        "API_QUEUE_WAIT_SECONDS": "0", "API_REPLAY_SECONDS": "60", "API_MAX_BODY_BYTES": "2048",
    })
    assert settings == ApiSettings(token="t", cors_origins=("https://a.example", "https://b.example"),
                                   max_message_chars=100, deadline_seconds=5.5, heartbeat_seconds=3.0,
                                   max_concurrent=7, queue_wait_seconds=0.0, replay_seconds=60.0,
                                   max_body_bytes=2048)
    assert ApiSettings.from_env({}) == ApiSettings()
    assert ApiSettings().body_limit == 65_536


@pytest.mark.parametrize("env", [{"API_MAX_CONCURRENT": "many"}, {"API_MAX_CONCURRENT": "0"},
                                 {"API_DEADLINE_SECONDS": "-1"}])
def test_bad_settings_fail_at_start_with_the_variable_named(env):
    with pytest.raises(ValueError, match="API_MAX_CONCURRENT|max_concurrent|deadline_seconds"):
        ApiSettings.from_env(env)
