"""SSE benchmark: the API under `streamlit run app.py` against the classic threaded Flask view, same agent.

Measures, for each server in its own process on loopback: N concurrent streams of the headline question
(do all complete, with 1,000?), time to first event at M concurrent (p50/p99), and server RSS growth per
open idle stream (streams held open by an analyst that waits before planning). Prints a Markdown table.

Run: .venv/bin/python bench/bench_sse.py            (about two minutes on 2 cores)
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from bench.flask_baseline import HOLD  # noqa: E402

HEADLINE = "ABC-12345 부품의 재고는?"
STREAM_TIMEOUT = 180.0


@dataclass
class Outcome:
    """What one client saw of one stream."""

    status: int = 0
    first_event: float | None = None
    finished: float | None = None
    answered_1000: bool = False
    failure: str = ""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def rss_kib(pid: int) -> int:
    """Resident set size of a process, KiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError(f"no VmRSS for {pid}")


def start_server(kind: str, holding: bool, env_extra: dict[str, str]) -> tuple[subprocess.Popen, int]:
    """The API (`streamlit run app.py`) or the Flask baseline in a process of its own; waits for health."""
    port = free_port()
    env = {**os.environ, **env_extra, "PYTHONUNBUFFERED": "1"}
    env.pop("DATA_CHAT_AGENT", None)
    if kind == "api":
        if holding:
            env["DATA_CHAT_AGENT"] = "bench.flask_baseline:holding_agent"
        command = [str(Path(sys.executable).parent / "streamlit"), "run", "app.py", "--server.port", str(port),
                   "--server.address", "127.0.0.1", "--server.headless", "true",
                   "--browser.gatherUsageStats", "false", "--logger.level", "error"]
    else:
        command = [sys.executable, "bench/flask_baseline.py", "--port", str(port), *(["--holding"] if holding else [])]
    process = subprocess.Popen(command, cwd=REPO_ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=2).status_code == 200:
                return process, port
        except httpx.TransportError:
            pass
        if process.poll() is not None:
            break
        time.sleep(0.2)
    stop(process)
    raise RuntimeError(f"{kind} server did not start")


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(5)


async def open_stream(port: int, message: str, opened: asyncio.Event | None = None,
                      release: asyncio.Event | None = None) -> Outcome:
    """POST one question with a bare socket; time the first event and the end. With `release`, hold it open."""
    outcome, started = Outcome(), time.perf_counter()
    body = json.dumps({"message": message, "user_id": "bench"}, ensure_ascii=False).encode()
    head = (f"POST /api/chat/stream HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json\r\n"
            f"Accept: text/event-stream\r\nConnection: close\r\nContent-Length: {len(body)}\r\n\r\n").encode()
    writer = None
    try:
        async with asyncio.timeout(STREAM_TIMEOUT):
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
            writer.write(head + body)
            buffer = b""
            while True:
                chunk = await reader.read(65536)
                if not chunk:
                    break
                buffer += chunk
                if not outcome.status and b"\r\n" in buffer:
                    outcome.status = int(buffer.split(b" ", 2)[1])
                if outcome.first_event is None and b"data: " in buffer:
                    outcome.first_event = time.perf_counter() - started
                    if release is not None:
                        assert opened is not None
                        opened.set()
                        await release.wait()
                        break
            outcome.finished = time.perf_counter() - started  # the server closes the stream after its end
            outcome.answered_1000 = b'"type":"final"' in buffer and "1,000".encode() in buffer
    except Exception as exc:  # a refused or cut connection is a result, not a crash
        outcome.failure = type(exc).__name__
    finally:
        if writer is not None:
            writer.close()
    return outcome


async def burst(port: int, count: int) -> tuple[list[Outcome], float]:
    """`count` headline streams started at once; their outcomes and the wall time."""
    started = time.perf_counter()
    outcomes = await asyncio.gather(*(open_stream(port, HEADLINE) for _ in range(count)))
    return outcomes, time.perf_counter() - started


async def hold_open(port: int, pid: int, count: int) -> tuple[float, int]:
    """Open `count` idle streams, wait until each has its first event, and measure RSS growth per stream."""
    await burst(port, 20)  # warm-up: threads, caches, the graph
    await asyncio.sleep(1.0)
    before = rss_kib(pid)
    release = asyncio.Event()
    opened = [asyncio.Event() for _ in range(count)]
    tasks = [asyncio.create_task(open_stream(port, HOLD + HEADLINE, opened[i], release)) for i in range(count)]
    try:
        async with asyncio.timeout(60):
            await asyncio.gather(*(event.wait() for event in opened))
        await asyncio.sleep(1.0)
        after = rss_kib(pid)
    finally:
        release.set()
        await asyncio.gather(*tasks)
    return (after - before) / count, after - before


def pct(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


def measure(kind: str, streams: int, ttfe_streams: int, idle_streams: int) -> dict[str, float | str]:
    api_env = {"API_MAX_CONCURRENT": "32", "API_QUEUE_WAIT_SECONDS": "120"}
    figures: dict[str, float | str] = {}
    process, port = start_server(kind, holding=False, env_extra=api_env)
    try:
        asyncio.run(burst(port, 10))  # warm-up
        outcomes, wall = asyncio.run(burst(port, ttfe_streams))
        firsts = [o.first_event for o in outcomes if o.first_event is not None]
        figures["ttfe_p50"], figures["ttfe_p99"] = pct(firsts, 0.5) * 1000, pct(firsts, 0.99) * 1000
        outcomes, wall = asyncio.run(burst(port, streams))
        figures["completed"] = sum(o.answered_1000 for o in outcomes)
        figures["failures"] = ", ".join(sorted({o.failure or str(o.status) for o in outcomes
                                               if not o.answered_1000})) or "none"
        figures["wall"] = wall
        figures["last_done"] = max((o.finished or 0.0) for o in outcomes)
    finally:
        stop(process)
    process, port = start_server(kind, holding=True,
                                 env_extra={**api_env, "API_MAX_CONCURRENT": str(idle_streams + 8),
                                            "BENCH_HOLD_SECONDS": "45"})
    try:
        figures["idle_kib"], figures["idle_total_kib"] = asyncio.run(hold_open(port, process.pid, idle_streams))
    finally:
        stop(process)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--streams", type=int, default=500, help="concurrent streams that must all complete")
    parser.add_argument("--ttfe-streams", type=int, default=200, help="concurrency of the first-event timing")
    parser.add_argument("--idle-streams", type=int, default=200, help="idle streams held open for memory")
    args = parser.parse_args()
    results = {kind: measure(kind, args.streams, args.ttfe_streams, args.idle_streams) for kind in ("api", "flask")}
    api, flask = results["api"], results["flask"]

    def ratio(key: str) -> str:
        return f"{float(flask[key]) / float(api[key]):.2f}x" if float(api[key]) else "-"

    print(f"\n{os.cpu_count()} CPUs, Python {sys.version.split()[0]}; API: streamlit run app.py "
          "(API_MAX_CONCURRENT=32, API_QUEUE_WAIT_SECONDS=120); baseline: Flask threaded dev server\n")
    print("| measure | API (st.App + sse-starlette) | Flask threaded | Flask / API |")
    print("|---|---|---|---|")
    print(f"| {args.streams} concurrent headline streams answered 1,000 | {api['completed']} / {args.streams} "
          f"| {flask['completed']} / {args.streams} | - |")
    print(f"| failures among them | {api['failures']} | {flask['failures']} | - |")
    print(f"| wall time for the {args.streams} (s) | {api['wall']:.1f} | {flask['wall']:.1f} | {ratio('wall')} |")
    print(f"| first event p50 at {args.ttfe_streams} concurrent (ms) | {api['ttfe_p50']:.0f} "
          f"| {flask['ttfe_p50']:.0f} | {ratio('ttfe_p50')} |")
    print(f"| first event p99 at {args.ttfe_streams} concurrent (ms) | {api['ttfe_p99']:.0f} "
          f"| {flask['ttfe_p99']:.0f} | {ratio('ttfe_p99')} |")
    print(f"| RSS growth per open idle stream, {args.idle_streams} open (KiB) | {api['idle_kib']:.1f} "
          f"| {flask['idle_kib']:.1f} | {ratio('idle_kib')} |")


if __name__ == "__main__":
    main()
