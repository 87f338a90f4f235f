"""How fast a stop takes effect: closing a run's events with and without waiting, and a model wait cancelled."""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from agent.chatbot import ChatbotAgent
from agent.data.catalog import build_catalog
from agent.data.database import Database
from agent.settings import Settings
from tests.helpers.analysts import SLOW_SQL, AwaitingAnalyst, FixedSqlAnalyst


def agent_on(analyst: object) -> ChatbotAgent:
    """An agent on an empty database whose analyst is `analyst` (a query of minutes, or a model that waits).

    Its conversation store goes to a temporary folder.
    """
    database = Database()
    settings = Settings.from_env(deadline_seconds=600, data_dir=Path(tempfile.mkdtemp(prefix="bench-stop-")))
    return ChatbotAgent(database=database, catalog=build_catalog(database), analyst=analyst,  # type: ignore[arg-type]
                        settings=settings)


def _until(run, node: str):
    """The run's events, read until `node` reports in progress (the query runs, or the model is awaited)."""
    stream = run.events(poll_seconds=0.005, wait=False)
    while (event := next(stream)) is None or event["data"].get("node") != node:
        pass
    time.sleep(0.05)
    return stream


def stop_ms(agent: ChatbotAgent, node: str, rounds: int) -> tuple[list[float], list[float]]:
    """Per round: milliseconds for close() without waiting to return, and from then until the run has ended."""
    returned, ended = [], []
    for _ in range(rounds):
        run = agent.start("how slow?")
        stream = _until(run, node)
        started = time.perf_counter()
        stream.close()
        returned.append((time.perf_counter() - started) * 1000)
        while not run.finished:
            time.sleep(0.0005)
        ended.append((time.perf_counter() - started) * 1000)
    return returned, ended


def p(samples: list[float], q: float) -> float:
    """The `q` quantile (0..1) of `samples`."""
    return sorted(samples)[min(len(samples) - 1, int(q * len(samples)))]


def main() -> None:
    """Run the benchmark and print its table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=50)
    args = parser.parse_args()
    query = agent_on(FixedSqlAnalyst(SLOW_SQL))
    model = agent_on(AwaitingAnalyst("SELECT 1"))
    stop_ms(query, "data_retrieval", 3)  # warm up
    returned, ended = stop_ms(query, "data_retrieval", args.rounds)
    _, parked = stop_ms(model, "query_analysis", args.rounds)
    print("| measure | median | p95 | target |\n|---|---|---|---|")
    print(f"| close() without waiting returns, DuckDB query running | {statistics.median(returned):.2f} ms "
          f"| {p(returned, .95):.2f} ms | < 50 ms |")
    print(f"| stop to run ended, DuckDB query interrupted | {statistics.median(ended):.1f} ms "
          f"| {p(ended, .95):.1f} ms | < 1 s |")
    print(f"| stop to run ended, run awaiting its model | {statistics.median(parked):.1f} ms "
          f"| {p(parked, .95):.1f} ms | < 500 ms |")


if __name__ == "__main__":
    main()
