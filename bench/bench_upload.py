"""How much a big upload grows the server's memory: a ~1 GB CSV through the data page's own upload path.

    .venv/bin/python bench/bench_upload.py                 # ~1 GB CSV in /tmp, DuckDB memory_limit 512MB
    .venv/bin/python bench/bench_upload.py --gb 0.2 --memory-limit 1GB

The CSV (text dates, amounts with thousands separators, a few text columns) is written by a child
process, so its making does not count. This process then builds the agent on the sample data (the
baseline), resets its peak-RSS counter, and loads the file with `webui.data_actions.handle_uploads` —
what the data page calls — from an open file object, as the page passes Streamlit's upload. It prints
the RSS before, the peak during the load, the RSS after, and the time of each step, then asks two
questions about the new table. RSS comes from psutil when installed, else /proc/self/status.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

GENERATE = r"""
import duckdb, sys
duckdb.sql("SET enable_progress_bar = false")
rows, path = int(sys.argv[1]), sys.argv[2]
duckdb.sql(f'''
COPY (
  SELECT i AS order_id,
         strftime(DATE '2024-01-01' + CAST(i % 730 AS INTEGER), '%Y/%m/%d') AS order_date,
         ['Seoul', 'Busan', 'Incheon', 'Daegu', 'Daejeon', 'Gwangju'][1 + i % 6] AS region,
         'SKU-' || lpad(CAST(i % 50000 AS VARCHAR), 6, '0') AS sku,
         format('{{:,}}', (i * 7919) % 2000000) AS amount,
         (i * 31) % 97 + 1 AS qty,
         'note for order ' || CAST(i AS VARCHAR) AS note
  FROM range({rows}) t(i)
) TO '{path}' (HEADER, DELIMITER ',', FORCE_QUOTE (amount))
''')
"""
BYTES_PER_ROW = 74


def rss_kb() -> tuple[int, int]:
    """(current RSS, peak RSS) of this process in KiB."""
    try:
        import psutil

        info = psutil.Process().memory_info()
        peak = getattr(info, "peak_wset", 0) // 1024 or _proc_status()[1]
        return info.rss // 1024, peak
    except ImportError:
        return _proc_status()


def _proc_status() -> tuple[int, int]:
    values = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, rest = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            values[key] = int(rest.split()[0])
    return values.get("VmRSS", 0), values.get("VmHWM", 0)


def reset_peak() -> bool:
    """Reset the kernel's peak-RSS counter (VmHWM) of this process; False where not allowed."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


class Sampler(threading.Thread):
    """Samples RSS every 50 ms; a second opinion on the peak where VmHWM cannot be reset."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peak = 0
        self.stop = threading.Event()

    def run(self) -> None:
        """Sample until `stop` is set, keeping the peak RSS in `peak`."""
        while not self.stop.is_set():
            self.peak = max(self.peak, rss_kb()[0])
            time.sleep(0.05)


def mb(kib: int) -> str:
    """`kib` as whole megabytes, for the table."""
    return f"{kib / 1024:,.0f} MB"


def main() -> int:
    """Make the CSV, upload it, print the memory figures; the exit status is 1 when the upload failed."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gb", type=float, default=1.0, help="size of the CSV to make (default 1.0)")
    parser.add_argument("--memory-limit", default="512MB", help="DuckDB memory_limit (CHATBOT_DUCKDB_MEMORY_LIMIT)")
    parser.add_argument("--dir", default=tempfile.gettempdir(), help="where the CSV and the data folder go")
    parser.add_argument("--keep", action="store_true", help="keep the CSV and the data folder")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="bench-upload-", dir=args.dir))
    csv_path = work / "big orders.csv"
    rows = int(args.gb * 1e9 / BYTES_PER_ROW)
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", GENERATE, str(rows), str(csv_path)], check=True)
    size = csv_path.stat().st_size
    print(f"CSV: {size / 1e9:.2f} GB, {rows:,} rows, written in {time.perf_counter() - started:.1f} s "
          f"(by a child process)")

    os.environ["CHATBOT_DATA_DIR"] = str(work / "data")
    os.environ["CHATBOT_SECRETS_FILE"] = str(work / "no-secrets.toml")
    os.environ["CHATBOT_DUCKDB_MEMORY_LIMIT"] = args.memory_limit
    from agent.chatbot import ChatbotAgent
    from webui.data_actions import handle_uploads

    agent = ChatbotAgent()
    list(agent.stream("ABC-12345 부품의 재고는?"))  # the server as it runs: analyst warmed up
    baseline, _ = rss_kb()
    can_reset = reset_peak()
    sampler = Sampler()
    sampler.start()
    started = time.perf_counter()
    with open(csv_path, "rb") as upload:
        (outcome,) = handle_uploads(agent, "bench", [(csv_path.name, upload)])
    load_seconds = time.perf_counter() - started
    sampler.stop.set()
    sampler.join()
    after, peak = rss_kb()
    peak = max(peak if can_reset else 0, sampler.peak)
    if outcome.error:
        print("load failed:", outcome.error)
        return 1
    (table,) = outcome.added
    parquet = sum(p.stat().st_size for p in (work / "data").rglob("*.parquet"))
    print(f"loaded `{table.name}`: {table.rows:,} rows in {load_seconds:.1f} s "
          f"({size / 1e6 / load_seconds:,.0f} MB/s); kept as {parquet / 1e6:,.0f} MB of Parquet")
    print(f"  read as: {'; '.join(table.notes)}")
    print(f"RSS before {mb(baseline)}, peak during the load {mb(peak)} (+{mb(peak - baseline)}), "
          f"after {mb(after)} (+{mb(after - baseline)}); DuckDB memory_limit {args.memory_limit}"
          + ("" if can_reset else "; peak sampled every 50 ms"))

    for question in ("total amount by region", "monthly qty"):
        reset_peak()
        before, _ = rss_kb()
        started = time.perf_counter()
        event = list(agent.stream(question, user_id="bench"))[-1]
        seconds = time.perf_counter() - started
        now, peak = rss_kb()
        rows_out = (event["data"].get("table_data") or {}).get("row_count")
        print(f"question {question!r}: {event['type']}, {rows_out} rows in {seconds:.2f} s "
              f"(first question builds the user's workspace); RSS peak +{mb(max(peak - before, 0))}")
    if not args.keep:
        import shutil

        shutil.rmtree(work, ignore_errors=True)
    else:
        print(f"kept {work}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
