"""A model that writes on and on: its answer stops at `CHATBOT_MAX_ANSWER_CHARS`, streamed tokens included."""

from __future__ import annotations

from tests.helpers.llm_fakes import agent_with, fake_analyst, plan_json, recording_fake


def test_a_model_writing_on_and_on_is_cut_at_the_answer_limit(sample_db, settings, monkeypatch):
    monkeypatch.setenv("CHATBOT_MAX_ANSWER_CHARS", "120")
    model = recording_fake([plan_json(), "word " * 50_000])
    events = list(agent_with(fake_analyst(model), sample_db, settings).stream("ABC-12345 stock?"))
    assert events[-1]["type"] == "final", events[-1]
    streamed = "".join(event["data"]["text"] for event in events if event["type"] == "token")
    assert len(streamed) == 120 and streamed.startswith("word word")
    assert events[-1]["data"]["content"] == streamed
