"""Agent speed: first event latency, headline answer time (analyst alone and whole agent), overhead over DuckDB."""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from agent.chatbot import ChatbotAgent
from agent.settings import REPO_ROOT, Settings

HEADLINE = "ABC-12345 부품의 재고는?"
GROUPED = "total shipment quantity by warehouse"


def first_event_ms(agent: ChatbotAgent, rounds: int) -> list[float]:
    """Milliseconds from calling stream() to holding its first event."""
    samples = []
    for _ in range(rounds):
        started = time.perf_counter()
        stream = agent.stream(HEADLINE)
        next(stream)
        samples.append((time.perf_counter() - started) * 1000)
        stream.close()
    return samples


def analyst_ms(agent: ChatbotAgent, question: str, rounds: int) -> list[float]:
    """Milliseconds for the offline analyst alone to plan, run and write one answer: no graph, no run, no thread."""
    samples = []
    for _ in range(rounds):
        started = time.perf_counter()
        plan = agent.analyst.plan(question, agent.catalog, agent.database, [], "ko")
        results = agent.database.execute(plan.sql, plan.params)
        agent.analyst.write(plan, results, lambda _: None)
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def answer_ms(agent: ChatbotAgent, question: str, rounds: int) -> list[float]:
    """Milliseconds for a whole answer, first call to final event."""
    samples = []
    for _ in range(rounds):
        started = time.perf_counter()
        last = list(agent.stream(question))[-1]
        samples.append((time.perf_counter() - started) * 1000)
        assert last["type"] == "final", last
    return samples


def interleaved_ms(agent: ChatbotAgent, question: str, rounds: int) -> tuple[list[float], list[float], str]:
    """DuckDB alone on the planned SQL, then the whole agent, alternating so machine load hits both alike."""
    plan = agent.analyst.plan(question, agent.catalog, agent.database, [], "en")
    assert plan.sql, plan.reason
    alone, whole = [], []
    for _ in range(rounds):
        cursor = agent.database._connection.cursor()
        started = time.perf_counter()
        cursor.execute(plan.sql, plan.params).fetchall()
        alone.append((time.perf_counter() - started) * 1000)
        cursor.close()
        whole.extend(answer_ms(agent, question, 1))
    return alone, whole, plan.sql


def p(samples: list[float], q: float) -> float:
    """The `q` quantile (0..1) of `samples`."""
    return sorted(samples)[min(len(samples) - 1, int(q * len(samples)))]


def main() -> None:
    """Run the benchmark and print its table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--big", type=Path, default=Path("/tmp/bigdata"),
                        help="folder for the 10M-row data (generated there if missing)")
    parser.add_argument("--big-rounds", type=int, default=15)
    args = parser.parse_args()

    agent = ChatbotAgent()
    answer_ms(agent, HEADLINE, 5)  # warm up
    first = first_event_ms(agent, args.rounds)
    alone = analyst_ms(agent, HEADLINE, args.rounds)
    headline = answer_ms(agent, HEADLINE, args.rounds)
    print("| measure | median | p95 | target |\n|---|---|---|---|")
    print(f"| first progress event after stream() | {statistics.median(first):.2f} ms | {p(first, .95):.2f} ms "
          "| < 10 ms |")
    print(f"| headline question, offline analyst alone (plan, query, write) | {statistics.median(alone):.2f} ms "
          f"| {p(alone, .95):.2f} ms | < 20 ms median |")
    print(f"| headline question end to end | {statistics.median(headline):.2f} ms | {p(headline, .95):.2f} ms "
          f"| < 50 ms median |")

    if not (args.big / "stock_movements.parquet").exists():
        subprocess.run([sys.executable, str(REPO_ROOT / "scripts" / "generate_sample_data.py"), "--out",
                        str(args.big), "--movements", "10000000", "--format", "parquet"], check=True)
    started = time.perf_counter()
    big = ChatbotAgent(settings=Settings(sample_data_dir=args.big))
    load_s = time.perf_counter() - started
    rows = big.database.execute("SELECT count(*) FROM stock_movements").rows[0][0]
    answer_ms(big, GROUPED, 2)
    duck, whole, sql = interleaved_ms(big, GROUPED, args.big_rounds)
    d, w = statistics.median(duck), statistics.median(whole)
    print(f"| {rows:,}-row grouped aggregate, DuckDB alone | {d:.1f} ms | {p(duck, .95):.1f} ms | |")
    print(f"| same question through the agent | {w:.1f} ms | {p(whole, .95):.1f} ms | <= {1.2 * d + 20:.1f} ms "
          f"(1.2 x DuckDB + 20 ms) |")
    print(f"\nagent overhead: {w - d:.1f} ms ({w / d:.2f}x); big data loaded in {load_s:.1f} s")
    print(f"SQL: {' '.join(sql.split())}")


if __name__ == "__main__":
    main()
