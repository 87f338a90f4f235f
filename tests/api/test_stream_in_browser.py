"""A real browser (headless Chromium) reads the stream with EventSource and with fetch, as docs/api.md shows."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.browser import CHROMIUM
from tests.helpers.sample import HEADLINE

API_DOC = Path(__file__).resolve().parents[2] / "docs" / "api.md"
pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed")]


def doc_javascript() -> str:
    """The JavaScript functions of docs/api.md, as written there."""
    return "\n".join(re.findall(r"```js\n(.*?)```", API_DOC.read_text(encoding="utf-8"), re.S))


@pytest.fixture
def page(browser, sample_server) -> Iterator:
    page = browser.new_page()
    page.goto(f"{sample_server.url}/")
    yield page
    page.close()


def test_browser_eventsource_with_url_params_gets_progress_and_final_1000(page, counting_agent):
    starts = len(counting_agent.starts)
    events = page.evaluate(
        f"""async (question) => {{ {doc_javascript()}
            const events = [];
            await askWithEventSource(question, (event) => events.push(event));
            return events; }}""", HEADLINE)
    kinds = [event["type"] for event in events]
    assert kinds[0] == "progress" and kinds[-1] == "final" and kinds.count("final") == 1
    assert "1,000" in events[-1]["data"]["content"]
    assert "질문" in events[0]["data"]["message"]
    assert counting_agent.starts[starts:] == [HEADLINE]


def test_browser_fetch_stream_post_gets_the_same_events(page):
    events = page.evaluate(
        f"""async (question) => {{ {doc_javascript()}
            const events = [];
            await askWithFetch(question, (event) => events.push(event));
            return events; }}""", HEADLINE)
    assert events[0]["type"] == "progress" and events[-1]["type"] == "final"
    assert "1,000" in events[-1]["data"]["content"]


def test_browser_eventsource_left_open_reconnects_once_gets_204_and_stops_without_a_second_run(page,
                                                                                                counting_agent):
    starts = len(counting_agent.starts)
    result = page.evaluate(
        """async (question) => {
            const params = new URLSearchParams({ message: question, user_id: "browser" });
            const source = new EventSource(`/api/chat/stream?${params}`);
            const seen = [];
            return await new Promise((resolve) => {
                source.onmessage = (message) => seen.push([message.lastEventId, JSON.parse(message.data).type]);
                source.onerror = () => {
                    if (source.readyState === EventSource.CLOSED) resolve({ seen, state: source.readyState });
                };
                setTimeout(() => resolve({ seen, state: source.readyState, timedOut: true }), 15000);
            });
        }""", HEADLINE)
    assert not result.get("timedOut") and result["state"] == 2
    assert [kind for _, kind in result["seen"]].count("final") == 1, "the final event must not be replayed"
    assert counting_agent.starts[starts:] == [HEADLINE], "the reconnect must not run the question again"


def test_browser_eventsource_on_a_bad_request_is_closed_not_retried(page):
    state = page.evaluate(
        """async () => await new Promise((resolve) => {
            const source = new EventSource("/api/chat/stream?message=");
            source.onerror = () => resolve(source.readyState);
        })""")
    assert state == 2
