"""SSE benchmark: the API under `streamlit run app.py` against the classic threaded Flask view, same agent.

For each server, in its own process on loopback: N concurrent streams of the headline question (do all
complete, with 1,000?), time to first event at M concurrent (p50/p99), and server RSS growth per open idle
stream (streams held open by an analyst that waits before planning). The two servers run side by side
and take turns, round by round, so load from other processes hits both alike; figures are medians over
the rounds. Prints a Markdown table.

Run: .venv/bin/python bench/bench_sse.py            (one to three minutes on 2 cores)
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import socket
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from api.settings import ApiSettings  # noqa: E402
from bench.flask_baseline import HOLD  # noqa: E402

HEADLINE = "ABC-12345 부품의 재고는?"
STREAM_TIMEOUT = 180.0
FINAL = re.compile(rb'"type":\s*"final"')
KINDS = ("api", "flask")
API_ENV: dict[str, str] = {}
"""The API runs with its default settings (api/settings.py), as `make run` serves it."""


@dataclass
class Outcome:
    """What one client saw of one stream."""

    status: int = 0
    first_event: float | None = None
    finished: float | None = None
    answered_1000: bool = False
    failure: str = ""


def free_port() -> int:
    """A loopback port nothing listens on (bound and released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def threads(pid: int) -> int:
    """Threads of a process."""
    return len(os.listdir(f"/proc/{pid}/task"))


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
    while time.monotonic() < deadline and process.poll() is None:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=2).status_code == 200:
                return process, port
        except httpx.TransportError:
            time.sleep(0.2)
    stop(process)
    raise RuntimeError(f"{kind} server did not start")


def stop(process: subprocess.Popen) -> None:
    """Stop a server: terminate it, kill it if it has not ended after 15 s."""
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
            while chunk := await reader.read(65536):
                buffer += chunk
                if not outcome.status and b"\r\n" in buffer:
                    outcome.status = int(buffer.split(b" ", 2)[1])
                if outcome.first_event is None and b"data: " in buffer:
                    outcome.first_event = time.perf_counter() - started
                    if release is not None and opened is not None:
                        opened.set()
                        await release.wait()
                        break
            outcome.finished = time.perf_counter() - started  # the server closes the stream after its end
            outcome.answered_1000 = FINAL.search(buffer) is not None and b"1,000" in buffer
    except (OSError, ValueError, IndexError) as exc:  # refused, cut, timed out or a garbled status line: a result
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


async def running(port: int) -> int:
    """Answers the server is running now (its health endpoint's count; the Flask baseline has none)."""
    async with httpx.AsyncClient() as client:
        return (await client.get(f"http://127.0.0.1:{port}/api/health", timeout=10)).json().get("running", 1 << 30)


async def hold_open(port: int, pid: int, count: int) -> tuple[float, float]:
    """Open `count` idle streams, wait until each has its first event; RSS growth (KiB) and threads per stream."""
    await burst(port, 20)  # warm-up: threads, caches, the graph
    await asyncio.sleep(1.0)
    before, threads_before = rss_kib(pid), threads(pid)
    release = asyncio.Event()
    opened = [asyncio.Event() for _ in range(count)]
    tasks = [asyncio.create_task(open_stream(port, HOLD + HEADLINE, opened[i], release)) for i in range(count)]
    try:
        async with asyncio.timeout(60):
            await asyncio.gather(*(event.wait() for event in opened))
            while await running(port) < count:  # the first event comes as a stream is admitted
                await asyncio.sleep(0.1)
        await asyncio.sleep(3.0)  # every run has started and waits in its analyst (parked: agent.runtime.parking)
        return (rss_kib(pid) - before) / count, (threads(pid) - threads_before) / count
    finally:
        release.set()
        await asyncio.gather(*tasks)


def agent_runs_alone(count: int) -> float:
    """Live memory per held agent run with no HTTP at all, KiB.

    That is the Python objects (tracemalloc, after a full collection) that `count` runs waiting in their
    analyst's hold keep; in a fresh process.

    RSS would count, besides, the garbage a run leaves as it parks (LangGraph's objects, freed at the next
    full collection, and whenever that comes) and how the allocator happens to reuse freed memory.
    """
    code = (
        "import gc, os, sys, time, tracemalloc\n"
        f"sys.path.insert(0, {str(REPO_ROOT)!r}); os.environ['BENCH_HOLD_SECONDS'] = '60'\n"
        "from bench.flask_baseline import HOLD, holding_agent\n"
        "from bench.bench_sse import HEADLINE\n"
        "agent = holding_agent()\n"
        "for _ in range(20): list(agent.stream(HEADLINE))\n"
        "gc.collect(); tracemalloc.start()\n"
        f"runs = [agent.start(HOLD + HEADLINE) for _ in range({count})]\n"
        "streams = [run.events(poll_seconds=0.25) for run in runs]\n"
        "[next(stream) for stream in streams]\n"
        f"while agent.analyst.holding < {count}: time.sleep(0.05)\n"
        "gc.collect()\n"
        f"print(tracemalloc.get_traced_memory()[0] / 1024 / {count}, flush=True)\n"
        "os._exit(0)\n")
    output = subprocess.run([sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True, timeout=300, text=True)
    return float(output.stdout.strip().splitlines()[-1])


def pct(samples: list[float], q: float) -> float:
    """The `q` quantile (0..1) of `samples`; NaN when there are none."""
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


def speed_rounds(streams: int, ttfe_streams: int, rounds: int) -> dict[str, dict[str, list]]:
    """Both servers side by side, taking turns: first-event times at `ttfe_streams`, then `streams` at once."""
    figures: dict[str, dict[str, list]] = {kind: {"p50": [], "p99": [], "wall": [], "completed": [], "failures": []}
                                           for kind in KINDS}
    servers = {kind: start_server(kind, holding=False, env_extra=API_ENV) for kind in KINDS}
    try:
        for _, port in servers.values():
            asyncio.run(burst(port, 20))  # warm-up
        for _ in range(rounds):
            for kind, (_, port) in servers.items():
                outcomes, _wall = asyncio.run(burst(port, ttfe_streams))
                firsts = [o.first_event for o in outcomes if o.first_event is not None]
                figures[kind]["p50"].append(pct(firsts, 0.5) * 1000)
                figures[kind]["p99"].append(pct(firsts, 0.99) * 1000)
            for kind, (_, port) in servers.items():
                outcomes, wall = asyncio.run(burst(port, streams))
                figures[kind]["wall"].append(wall)
                figures[kind]["completed"].append(sum(o.answered_1000 for o in outcomes))
                figures[kind]["failures"] += [o.failure or f"HTTP {o.status}" for o in outcomes if not o.answered_1000]
    finally:
        for process, _ in servers.values():
            stop(process)
    return figures


def idle_memory(idle_streams: int) -> dict[str, tuple[float, float]]:
    """RSS growth and threads per open idle stream for each server (fresh processes)."""
    result = {}
    slots = max(ApiSettings.from_env({**os.environ, **API_ENV}).max_concurrent, idle_streams + 8)
    env = {**API_ENV, "API_MAX_CONCURRENT": str(slots), "BENCH_HOLD_SECONDS": "45"}
    for kind in KINDS:
        process, port = start_server(kind, holding=True, env_extra=env)
        try:
            result[kind] = asyncio.run(hold_open(port, process.pid, idle_streams))
        finally:
            stop(process)
    return result


def main() -> None:
    """Run the benchmark on both servers and print its tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--streams", type=int, default=500, help="concurrent streams that must all complete")
    parser.add_argument("--ttfe-streams", type=int, default=200, help="concurrency of the first-event timing")
    parser.add_argument("--idle-streams", type=int, default=200, help="idle streams held open for memory")
    parser.add_argument("--rounds", type=int, default=3, help="turns each server takes at the speed measures")
    args = parser.parse_args()
    load_before = os.getloadavg()

    speed = speed_rounds(args.streams, args.ttfe_streams, args.rounds)
    memory = idle_memory(args.idle_streams)
    agent_alone = agent_runs_alone(args.idle_streams)

    def median(kind: str, key: str) -> float:
        return statistics.median(speed[kind][key])

    def row(label: str, api: float, flask: float, digits: int = 0, target: str = "") -> str:
        ratio = f"{flask / api:.2f}x" if api > 0 else "-"
        return f"| {label} | {api:.{digits}f} | {flask:.{digits}f} | {ratio} | {target} |"

    total = args.streams * args.rounds
    load_after = os.getloadavg()
    settings = ApiSettings.from_env({**os.environ, **API_ENV})
    print(f"\n{os.cpu_count()} CPUs, Python {sys.version.split()[0]}, load average (1, 5, 15 min) before: "
          f"{', '.join(f'{x:.1f}' for x in load_before)}, after: {', '.join(f'{x:.1f}' for x in load_after)}; "
          f"API: streamlit run app.py with API_MAX_CONCURRENT={settings.max_concurrent}, "
          f"API_QUEUE_WAIT_SECONDS={settings.queue_wait_seconds:g} (its defaults); baseline: Flask threaded dev "
          f"server; medians of {args.rounds} rounds\n")
    print("| measure | API (st.App, api/) | Flask threaded | Flask / API | target (issue 3) |")
    print("|---|---|---|---|---|")
    for kind in KINDS:
        failures = speed[kind]["failures"]
        speed[kind]["summary"] = f"{sum(speed[kind]['completed'])} / {total}" + (
            f" ({len(failures)} failed: {', '.join(sorted(set(failures)))})" if failures else "")
    print(f"| {args.streams} concurrent headline streams answering 1,000, all rounds | {speed['api']['summary']} "
          f"| {speed['flask']['summary']} | - | all complete |")
    print(row(f"wall time for {args.streams} concurrent streams (s)", median("api", "wall"),
              median("flask", "wall"), 1))
    print(row(f"first event p50 at {args.ttfe_streams} concurrent (ms)", median("api", "p50"), median("flask", "p50")))
    print(row(f"first event p99 at {args.ttfe_streams} concurrent (ms)", median("api", "p99"), median("flask", "p99"),
              target="< 250"))
    print(row(f"RSS growth per open idle stream, {args.idle_streams} open (KiB)", memory["api"][0],
              memory["flask"][0], 1, "< 48.8 (50 KB)"))
    print(f"| the agent's own held run: its live objects, no HTTP (KiB, tracemalloc) | {agent_alone:.1f} | "
          f"{agent_alone:.1f} | - | |")
    print(row("threads per open idle stream", memory["api"][1], memory["flask"][1], 2))

if __name__ == "__main__":
    main()
