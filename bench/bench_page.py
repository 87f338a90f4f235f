"""Chat page responsiveness: script time of a rerun that redraws 50 earlier answers (tables and charts)."""

from __future__ import annotations

import argparse
import copy
import statistics
import sys
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from streamlit.testing.v1 import AppTest  # noqa: E402

QUESTIONS = ("창고별 재고", "monthly shipments", "top 10 parts by stock", "ABC-12345 부품의 재고는?")


def conversation(turns: int) -> list[dict]:
    """`turns` answers from the real agent on the sample data, cycling through QUESTIONS."""
    app = AppTest.from_file(str(REPO_ROOT / "streamlit_app.py"), default_timeout=60)
    app.run()
    for question in QUESTIONS:
        app.chat_input[0].set_value(question).run()
    assert not app.exception, app.exception
    answered = app.session_state["chat_turns"]
    return [copy.deepcopy(answered[i % len(answered)]) for i in range(turns)]


def rerun_seconds(turns: list[dict], rounds: int) -> list[float]:
    """Wall time of AppTest reruns (script time plus AppTest's own bookkeeping: an upper bound)."""
    app = AppTest.from_file(str(REPO_ROOT / "streamlit_app.py"), default_timeout=60)
    app.run()
    app.session_state["chat_turns"] = turns
    app.run()  # first draw fills the page's per-answer caches
    samples = []
    for _ in range(rounds):
        started = time.perf_counter()
        app.run()
        samples.append(time.perf_counter() - started)
    assert not app.exception, app.exception
    charts, tables = len(app.get("vega_lite_chart")), len(app.dataframe)
    print(f"drawn: {len(turns)} answers, {tables} tables, {charts} charts")
    return samples


def main() -> None:
    """Run the benchmark and print its table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--turns", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    samples = rerun_seconds(conversation(args.turns), args.rounds)
    print("| measure | median | p95 | target |\n|---|---|---|---|")
    ordered = sorted(samples)
    print(f"| rerun with {args.turns} earlier answers | {statistics.median(samples) * 1000:.0f} ms "
          f"| {ordered[int(0.95 * (len(ordered) - 1))] * 1000:.0f} ms | < 300 ms |")


if __name__ == "__main__":
    main()
