"""The conversation on the page: earlier turns redrawn from session state, and a new answer streamed live."""

from __future__ import annotations

import logging
import time
from typing import Any

import streamlit as st

from agent.chatbot import ChatbotAgent
from agent.contract.errors import AgentError
from webui import answer, engine, steps, turns
from webui.data_actions import current_user_id
from webui.i18n import Language, t

log = logging.getLogger(__name__)
POLL_SECONDS = 0.2
"""How long the event iterator waits before yielding None, so the page can tick its clock."""
FLUSH_SECONDS = 0.05
"""Streamed text is redrawn at most this often."""
CURSOR = " ▌"


def turn_key(index: int) -> str:
    """The widget-key prefix of the turn at `index` (its downloads)."""
    return f"chat_turn_{index}"


def draw_turn(turn: turns.Turn, language: Language, index: int) -> None:
    """One earlier question and its answer, stages collapsed."""
    with st.chat_message("user"):
        st.markdown(answer.markdown_text(turn["question"]))
    with st.chat_message("assistant"):
        steps.draw(turn["stages"], language)
        answer.draw_outcome(turn, language, turn_key(index))


def draw_history(language: Language) -> None:
    """Every earlier turn of the conversation."""
    for index, turn in enumerate(turns.turns()):
        draw_turn(turn, language, index)


def ask(agent: ChatbotAgent, question: str, language: Language) -> turns.Turn:
    """Record `question`, stream the agent's answer into the page, and return the finished turn.

    The turn goes into session state before the first event; if Streamlit stops or reruns the
    script meanwhile (Stop button, a new question), the `finally` closes the run and the turn
    stays as "stopped".
    """
    turn = turns.start_turn(question)
    key = turn_key(len(turns.turns()) - 1)
    with st.chat_message("user"):
        st.markdown(answer.markdown_text(question))
    with st.chat_message("assistant"):
        live = steps.LiveSteps(st.container(), language)
        body = st.empty()
        _stream(agent, turn, live, body, language, key)
    return turn


def _stream(agent: ChatbotAgent, turn: turns.Turn, live: steps.LiveSteps, body: Any,
            language: Language, key: str) -> None:
    started = time.monotonic()
    conversation = turns.conversation_id()
    try:
        run = agent.start(turn["question"], user_id=current_user_id(), conversation_id=conversation,
                          custom_prompt=engine.custom_prompt(), llm_config=engine.llm_config())
    except Exception as exc:  # the page must show a failure, not crash
        if not isinstance(exc, AgentError):
            log.exception("the answer could not start")
        turns.record(turn, {"type": "error", "data": {"error": type(exc).__name__, "message": str(exc)}}, 0.0)
        with body.container():
            answer.draw_error(turn["error"], language)
        return
    stream = run.events(poll_seconds=POLL_SECONDS)
    flushed_at, dirty, waiting = 0.0, False, False
    try:
        for event in stream:
            now = time.monotonic() - started
            if event is None:
                if not live.tick(turn["stages"], now):
                    body.caption(t("waiting", language, seconds=now))
                    waiting = True
            else:
                turns.record(turn, event, now)
                kind = event.get("type")
                if kind == "token":
                    dirty = True
                elif kind == "progress":
                    live.show(turn["stages"][event["data"]["node"]], now)
                    if waiting:
                        body.empty()
                        waiting = False
                elif kind == "final":
                    dirty = False
                    with body.container():
                        answer.draw_final(turn["final"], language, key, turn["question"])
                elif kind == "error":
                    dirty = False
                    live.stop(turn["stages"])
                    with body.container():
                        if turn["partial"]:
                            st.markdown(answer.markdown_text(turn["partial"]))
                        answer.draw_error(turn["error"], language)
            if dirty and now - flushed_at >= FLUSH_SECONDS:
                body.markdown(answer.markdown_text(turn["partial"]) + CURSOR)
                flushed_at, dirty = now, False
    finally:
        stream.close()
        turns.stop_if_pending(turn)  # the agent recorded the turn in the conversation as its run ended
