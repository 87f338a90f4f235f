"""Answer size (issue 9): a model's query of huge values, measured in DuckDB alone and through the HTTP API.

    .venv/bin/python bench/bench_answer_size.py                    # 100 values of 1 MB (issue 9's query)
    .venv/bin/python bench/bench_answer_size.py --rows 400         # 400 MB of text
    .venv/bin/python bench/bench_answer_size.py --varying          # values DuckDB makes row by row

1. The fetch alone: `Database.execute` of `SELECT repeat('y', 1000000) AS y, n FROM numbers` (n rows), in a
   child process each, with the answer's limits (what data_retrieval passes) and without them (as before
   issue 9): RSS before, peak, after (from /proc/self/status; the peak counter is reset first).
2. The server: `streamlit run app.py` with an agent on a `numbers` table whose analyst is a loopback
   OpenAI-compatible model (tests/helpers/fake_openai.py, in this process) planning that query. One question in
   a conversation: the final event's bytes, the time to the end of the stream, the slowest of the
   /api/health replies asked for every 50 ms meanwhile, the server's RSS (before, peak, after) and what
   `conversations.sqlite` grew by. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

SQL = "SELECT repeat('y', 1000000) AS y, n FROM numbers"
VARYING_SQL = "SELECT repeat('y', 1000000 + n % 2) AS y, n FROM numbers"
"""The same text made row by row (DuckDB cannot fold it into one constant)."""
QUESTION = "Show y for every number"


def memory_kib(pid: int | str = "self") -> tuple[int, int]:
    """(RSS, peak RSS) of a process in KiB."""
    status = dict(line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines() if ":" in line)
    return int(status["VmRSS"].split()[0]), int(status["VmHWM"].split()[0])


def reset_peak(pid: int | str = "self") -> None:
    """Start a process's peak RSS counter afresh (Linux: clear_refs 5)."""
    Path(f"/proc/{pid}/clear_refs").write_text("5")


def numbers_csv(folder: Path, rows: int) -> Path:
    """A one-column CSV `numbers.csv` in `folder`: `n` from 0 to `rows` - 1."""
    csv = folder / "numbers.csv"
    csv.write_text("n\n" + "".join(f"{n}\n" for n in range(rows)), encoding="utf-8")
    return csv


def fetch_alone(sql: str, rows: int, limited: bool) -> dict[str, float]:
    """In this (child) process: fetch the query once, with or without the answer's limits."""
    from agent.data.database import Database
    from agent.settings import Settings

    settings = Settings.from_env()
    database = Database()
    with tempfile.TemporaryDirectory() as folder:
        database.add_file(numbers_csv(Path(folder), rows))
    database.execute("SELECT 1")
    limits = {"max_bytes": settings.max_table_bytes, "max_cell_bytes": settings.max_cell_bytes} if limited else {}
    reset_peak()
    before = memory_kib()[0]
    started = time.perf_counter()
    results = database.execute(sql, max_rows=settings.max_result_rows, **limits)
    seconds = time.perf_counter() - started
    now, peak = memory_kib()
    return {"rows": results.row_count, "seconds": seconds, "before": before / 1024, "peak": (peak - before) / 1024,
            "after": (now - before) / 1024}


def bench_agent():
    """The server's agent (DATA_CHAT_AGENT=bench.bench_answer_size:bench_agent).

    It has a `numbers` table of BENCH_ROWS rows, and a model at BENCH_MODEL_URL configured by the server.
    """
    from agent.analysts.llm import LLMAnalyst, LLMConfig
    from agent.chatbot import ChatbotAgent
    from agent.data.catalog import build_catalog
    from agent.data.database import Database

    database = Database()
    database.add_file(numbers_csv(Path(os.environ["CHATBOT_DATA_DIR"]), int(os.environ["BENCH_ROWS"])))
    config = LLMConfig.from_dict({"provider": "openai-compatible", "base_url": os.environ["BENCH_MODEL_URL"],
                                  "api_key": "sk-bench", "model": "fake", "timeout": 120})
    return ChatbotAgent(database=database, catalog=build_catalog(database), analyst=LLMAnalyst(config))


def free_port() -> int:
    """A loopback port nothing listens on (bound and released)."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(env: dict[str, str]) -> tuple[subprocess.Popen, int]:
    """`streamlit run app.py` on a free loopback port; waits for /api/health."""
    port = free_port()
    command = [str(Path(sys.executable).parent / "streamlit"), "run", "app.py", "--server.port", str(port),
               "--server.address", "127.0.0.1", "--server.headless", "true", "--browser.gatherUsageStats", "false",
               "--logger.level", "error"]
    process = subprocess.Popen(command, cwd=REPO, env={**os.environ, **env}, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    give_up = time.monotonic() + 120
    while time.monotonic() < give_up and process.poll() is None:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=2).status_code == 200:
                return process, port
        except httpx.TransportError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError("the server did not start")


def probe_health(url: str, stop: threading.Event, slowest: list[float]) -> None:
    """Time `/health` until `stop` is set, keeping the slowest answer in `slowest[0]`."""
    with httpx.Client(timeout=60) as client:
        while not stop.is_set():
            started = time.perf_counter()
            client.get(url)
            slowest[0] = max(slowest[0], time.perf_counter() - started)
            stop.wait(0.05)


def through_the_api(sql: str, rows: int, deadline: float) -> dict[str, float]:
    """One question to a server started from the README, the model on loopback; what it cost."""
    from tests.helpers.fake_openai import FakeOpenAI, ServerThread

    model = FakeOpenAI()
    thread = ServerThread(model.app).start()
    model.plans.append({"sql": sql, "tables": ["numbers"], "summary": "y", "chart": None, "certainty": 0.9,
                        "refuse": None})
    with tempfile.TemporaryDirectory() as folder:
        env = {"DATA_CHAT_AGENT": "bench.bench_answer_size:bench_agent", "BENCH_ROWS": str(rows),
               "BENCH_MODEL_URL": thread.base_url, "CHATBOT_DATA_DIR": folder, "API_DEADLINE_SECONDS": str(deadline),
               "PYTHONUNBUFFERED": "1"}
        process, port = start_server(env)
        try:
            url = f"http://127.0.0.1:{port}"
            time.sleep(1.0)
            reset_peak(process.pid)
            before = memory_kib(process.pid)[0]
            stop, slowest = threading.Event(), [0.0]
            prober = threading.Thread(target=probe_health, args=(f"{url}/api/health", stop, slowest), daemon=True)
            prober.start()
            started = time.perf_counter()
            final_bytes, last = 0, ""
            with httpx.Client(timeout=300) as client, client.stream(
                    "POST", f"{url}/api/chat/stream",
                    json={"message": QUESTION, "user_id": "bench", "conversation_id": "big"}) as response:
                for line in response.iter_lines():
                    for kind in ("final", "error"):
                        if line.startswith(f'data: {{"type":"{kind}"'):
                            last, final_bytes = kind, len(line.encode()) if kind == "final" else 0
            seconds = time.perf_counter() - started
            stop.set()
            prober.join(60)
            time.sleep(0.5)
            now, peak = memory_kib(process.pid)
            stored = sum(f.stat().st_size for f in Path(folder).glob("conversations.sqlite*"))
        finally:
            process.terminate()
            process.wait(30)
            thread.stop()
    return {"last": last, "final_mb": final_bytes / 1e6, "seconds": seconds, "health_ms": slowest[0] * 1000,
            "rss_before": before / 1024, "rss_peak": (peak - before) / 1024, "rss_after": (now - before) / 1024,
            "stored_mb": stored / 1e6}


def main() -> None:
    """Run the benchmark and print its table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100, help="rows of 1 MB the query returns (default 100)")
    parser.add_argument("--deadline", type=float, default=60.0, help="API_DEADLINE_SECONDS of the server")
    parser.add_argument("--varying", action="store_true", help="text made row by row: " + VARYING_SQL)
    parser.add_argument("--fetch-child", choices=("limited", "unlimited"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    sql = VARYING_SQL if args.varying else SQL
    if args.fetch_child:
        print(json.dumps(fetch_alone(sql, args.rows, args.fetch_child == "limited")))
        return
    fetches = {}
    for kind in ("unlimited", "limited"):
        command = [sys.executable, __file__, "--rows", str(args.rows), "--fetch-child", kind,
                   *(["--varying"] if args.varying else [])]
        out = subprocess.run(command, capture_output=True, text=True, check=True, cwd=REPO).stdout
        fetches[kind] = json.loads(out.strip().splitlines()[-1])
    api = through_the_api(sql, args.rows, args.deadline)
    print(f"`{sql}` over {args.rows} rows ({args.rows} MB of text), load average {os.getloadavg()[0]:.1f}\n")
    print("| fetch alone (`Database.execute`) | rows kept | time | RSS growth at peak | RSS growth after |")
    print("|---|---|---|---|---|")
    for kind, label in (("unlimited", "without limits (as before)"), ("limited", "with the answer's limits")):
        f = fetches[kind]
        print(f"| {label} | {f['rows']} | {f['seconds'] * 1000:.0f} ms | +{f['peak']:.0f} MB | +{f['after']:.0f} MB |")
    print("\n| through the API | value |\n|---|---|")
    print(f"| last event | {api['last']} |")
    print(f"| final event | {api['final_mb']:.2f} MB |")
    print(f"| question to end of stream | {api['seconds']:.2f} s |")
    print(f"| slowest /api/health reply meanwhile | {api['health_ms']:.0f} ms |")
    print(f"| server RSS growth at peak / after | +{api['rss_peak']:.0f} MB / +{api['rss_after']:.0f} MB |")
    print(f"| conversations.sqlite (with WAL) | {api['stored_mb']:.2f} MB |")


if __name__ == "__main__":
    main()
