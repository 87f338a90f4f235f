"""Every kind of bad input gets a 4xx JSON `{"success": false, "error": ...}`, never a stack trace or a 500."""

from __future__ import annotations

import json

import httpx
import pytest

JSON = {"Content-Type": "application/json"}
TOO_LONG = "가" * 4001


def _assert_refused(response: httpx.Response, status: int, words: str) -> None:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert body["success"] is False and set(body) == {"success", "error"}
    assert words in body["error"]
    assert "Traceback" not in response.text and "File \"" not in response.text


@pytest.mark.parametrize(("case", "body", "status", "words"), [
    ("missing message", b'{"user_id": "u"}', 400, "`message` is required"),
    ("null message", b'{"message": null}', 400, "`message` is required"),
    ("empty message", b'{"message": ""}', 400, "must not be empty"),
    ("blank message", b'{"message": " \\n\\t "}', 400, "must not be empty"),
    ("number message", b'{"message": 12345}', 400, "`message` must be a string"),
    ("list message", b'{"message": ["ABC-12345"]}', 400, "`message` must be a string"),
    ("object message", b'{"message": {"text": "hi"}}', 400, "`message` must be a string"),
    ("malformed JSON", b'{"message": "hi"', 400, "not valid JSON"),
    ("empty body", b"", 400, "not valid JSON"),
    ("JSON array", b'["hi"]', 400, "must be a JSON object"),
    ("JSON string", b'"hi"', 400, "must be a JSON object"),
    ("NaN in JSON", b'{"message": "hi", "llm_config": {"t": NaN}}', 400, "not valid JSON"),
    ("deeply nested JSON", b"[" * 50_000, 400, "not valid JSON"),
    ("non-UTF-8 bytes", b'{"message": "\xff\xfe\xb0"}', 400, "not valid UTF-8"),
    ("Latin-1 Korean", '{"message": "재고"}'.encode("utf-16"), 400, "not valid UTF-8"),
    ("lone surrogate", b'{"message": "\\ud800 stock"}', 400, "not valid Unicode"),
    ("message over the limit", json.dumps({"message": TOO_LONG}).encode(), 413, "longer than 4,000 characters"),
    ("body over the limit", json.dumps({"message": "hi", "custom_prompt": "x" * 70_000}).encode(), 413,
     "larger than 65,536 bytes"),
    ("custom_prompt over the limit", json.dumps({"message": "hi", "custom_prompt": "x" * 4001}).encode(), 413,
     "`custom_prompt` is longer"),
    ("llm_config string", b'{"message": "hi", "llm_config": "gpt"}', 400, "`llm_config` must be a JSON object"),
    ("llm_config list", b'{"message": "hi", "llm_config": [1, 2]}', 400, "`llm_config` must be a JSON object"),
    ("llm_config number", b'{"message": "hi", "llm_config": 3}', 400, "`llm_config` must be a JSON object"),
    ("user_id number", b'{"message": "hi", "user_id": 7}', 400, "`user_id` must be a string"),
    ("conversation_id list", b'{"message": "hi", "conversation_id": []}', 400, "`conversation_id` must be"),
    ("user_id too long", json.dumps({"message": "hi", "user_id": "u" * 201}).encode(), 413, "`user_id` is longer"),
])
@pytest.mark.parametrize("path", ["/api/chat/stream", "/api/chat/stream/init"])
def test_bad_post_body_is_refused_with_json(sample_server, path, case, body, status, words):
    response = httpx.post(f"{sample_server.url}{path}", content=body, headers=JSON, timeout=10)
    _assert_refused(response, status, words)


def test_body_over_the_limit_is_refused_from_its_content_length_without_reading_it(sample_server):
    def body():
        yield b'{"message": "' + b"x" * 70_000 + b'"}'

    response = httpx.post(f"{sample_server.url}/api/chat/stream", content=body(), timeout=10,
                          headers={**JSON, "Content-Length": "70015"})
    _assert_refused(response, 413, "larger than")


def test_post_that_is_not_json_gets_415(sample_server):
    response = httpx.post(f"{sample_server.url}/api/chat/stream", data={"message": "hi"}, timeout=10)
    _assert_refused(response, 415, "Content-Type: application/json")


@pytest.mark.parametrize(("case", "query", "status", "words"), [
    ("no message", "user_id=u", 400, "`message` is required"),
    ("empty message", "message=", 400, "must not be empty"),
    ("blank message", "message=%20%20", 400, "must not be empty"),
    ("non-UTF-8 percent-encoding", "message=%FF%FE", 400, "not valid UTF-8"),
    ("message over the limit", "message=" + "a" * 4001, 413, "longer than 4,000 characters"),
])
def test_bad_get_parameters_are_refused_with_json(sample_server, case, query, status, words):
    response = httpx.get(f"{sample_server.url}/api/chat/stream?{query}", timeout=10)
    _assert_refused(response, status, words)


def test_message_of_exactly_the_limit_is_accepted(sample_server):
    response = httpx.post(f"{sample_server.url}/api/chat/stream/init", json={"message": "가" * 4000}, timeout=10)
    assert response.status_code == 200 and response.json()["stream_id"]


@pytest.mark.parametrize(("case", "method", "path", "headers", "status", "words"), [
    ("unknown stream id", "GET", "/api/chat/stream/NoSuchStream", {}, 404, "unknown or has expired"),
    ("unknown endpoint", "GET", "/api/nope", {}, 404, "no such endpoint"),
    ("wrong method", "PUT", "/api/chat/stream", {}, 405, "method not allowed"),
    ("malformed Last-Event-ID", "GET", "/api/chat/stream?message=hi", {"Last-Event-ID": "not-an-id"}, 400,
     "Last-Event-ID"),
    ("Last-Event-ID of an unknown stream", "GET", "/api/chat/stream?message=hi",
     {"Last-Event-ID": "UnknownStreamId:3"}, 404, "unknown or has expired"),
])
def test_unknown_streams_endpoints_and_ids_are_refused_with_json(sample_server, case, method, path, headers,
                                                                  status, words):
    response = httpx.request(method, f"{sample_server.url}{path}", headers=headers, timeout=10)
    _assert_refused(response, status, words)
