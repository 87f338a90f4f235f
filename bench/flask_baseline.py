"""The classic design, for comparison: a Flask view returning Response(generate(), mimetype="text/event-stream").

Serves the same agent as the API under Flask's threaded development server (one thread per open stream).
Run: python bench/flask_baseline.py --port 8600   (bench/bench_sse.py starts it for you)
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from flask import Flask, Response, jsonify, request

from agent import default_agent
from agent.runtime.loop import offload

HOLD = "(hold) "
"""Questions starting with this marker make `HoldingAnalyst` wait before planning (an idle, open stream)."""


class HoldingAnalyst:
    """The offline analyst, but questions starting with HOLD first wait BENCH_HOLD_SECONDS (default 30).

    The wait is awaited, as the LLM analyst awaits its model (agent.analysts.llm.analyst): a slow model.
    """

    def __init__(self, analyst: Any, seconds: float) -> None:
        self.analyst, self.seconds = analyst, seconds
        self.holding = 0
        """Questions waiting in their hold now."""

    async def aplan(self, question: str, *args: Any) -> Any:
        """The offline analyst's plan, after awaiting the hold for a HOLD question."""
        if question.startswith(HOLD):
            self.holding += 1
            try:
                await asyncio.sleep(self.seconds)
            finally:
                self.holding -= 1
            question = question[len(HOLD):]
        return await offload(self.analyst.plan, question, *args)

    def plan(self, question: str, *args: Any, **kwargs: Any) -> Any:
        """The offline analyst's plan, after sleeping through the hold for a HOLD question."""
        if question.startswith(HOLD):
            time.sleep(self.seconds)
            question = question[len(HOLD):]
        return self.analyst.plan(question, *args, **kwargs)

    def write(self, *args: Any, **kwargs: Any) -> Any:
        """The offline analyst's answer."""
        return self.analyst.write(*args, **kwargs)

    async def awrite(self, *args: Any) -> Any:
        """The offline analyst's answer, written on a worker thread."""
        return await offload(self.analyst.write, *args)


_holding = None


def holding_agent() -> Any:
    """The sample-data agent whose analyst holds "(hold) ..." questions; one per process."""
    global _holding
    if _holding is None:
        from agent.chatbot import ChatbotAgent

        base = default_agent()
        seconds = float(os.environ.get("BENCH_HOLD_SECONDS", "30"))
        _holding = ChatbotAgent(database=base.database, catalog=base.catalog,
                                analyst=HoldingAnalyst(base.analyst, seconds), settings=base.settings)
    return _holding


def create_app(agent_factory: Callable[[], Any]) -> Flask:
    """The Flask app: POST /api/chat/stream streams the agent's events as SSE, one thread per stream."""
    app = Flask(__name__)
    agent = agent_factory()

    @app.get("/api/health")
    def health() -> Any:
        return jsonify(success=True, status="ok")

    @app.post("/api/chat/stream")
    def chat_stream() -> Any:
        body = request.get_json(silent=True) or {}
        message = body.get("message")
        if not isinstance(message, str) or not message.strip():
            return jsonify(success=False, error="`message` is required"), 400

        def generate() -> Iterator[str]:
            events = agent.stream(message, user_id=body.get("user_id"), conversation_id=body.get("conversation_id"))
            for n, event in enumerate(events, 1):
                yield f"id: {n}\ndata: {json.dumps(event, ensure_ascii=False)}\n\n"

        return Response(generate(), mimetype="text/event-stream",
                        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})

    return app


def main() -> None:
    """Serve the agent under Flask's threaded development server until stopped."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8600)
    parser.add_argument("--holding", action="store_true", help="use the analyst that holds '(hold) ...' questions")
    args = parser.parse_args()
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    app = create_app(holding_agent if args.holding else default_agent)
    app.run(host="127.0.0.1", port=args.port, threaded=True)


if __name__ == "__main__":
    main()
