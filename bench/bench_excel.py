"""Time and peak memory of Excel uploads, good and hostile, each in a child process of its own.

    .venv/bin/python bench/bench_excel.py              # the bombs of tests/helpers/hostile_workbooks.py + a good sheet
    .venv/bin/python bench/bench_excel.py --rows 300000

Each case builds its workbook in a child process, writes it to a temp file, then measures one
`handle_uploads` call (what the data page calls): wall time, the outcome, and the peak RSS growth
over the RSS before the call (the kernel's VmHWM, reset through /proc/self/clear_refs where allowed).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

CHILD = r"""
import json, sys, tempfile, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from tests.helpers import hostile_workbooks as hostile
from tests.helpers.user_data import data_settings
from agent.chatbot import ChatbotAgent
from webui.data_actions import handle_uploads

def status():
    values = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, rest = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            values[key] = int(rest.split()[0])
    return values["VmRSS"], values["VmHWM"]

folder = Path(tempfile.mkdtemp())
path = folder / "case.xlsx"
path.write_bytes(eval(sys.argv[2], {"hostile": hostile}))
agent = ChatbotAgent(settings=data_settings(folder / "data"))
handle_uploads(agent, "warm", [("warm.csv", b"a,b\n1,2\n")])
try:
    Path("/proc/self/clear_refs").write_text("5")
except OSError:
    pass
before, _ = status()
start = time.perf_counter()
with open(path, "rb") as handle:
    (outcome,) = handle_uploads(agent, "bench", [("case.xlsx", handle)])
seconds = time.perf_counter() - start
_, peak = status()
print(json.dumps({"bytes": path.stat().st_size, "seconds": seconds, "peak_mb": (peak - before) / 1024,
                  "outcome": outcome.error or f"{outcome.added[0].rows:,} rows"}))
"""


def cases(rows: int) -> dict[str, str]:
    """Each case's label and the code (over tests.helpers.hostile_workbooks) that builds its workbook."""
    return {
        f"good sheet, {rows:,} rows x 2":
            f"hostile.workbook(hostile.sheet_xml(hostile.good_rows({rows}), 'A1:B{rows + 1}'))",
        "billion laughs (DTD)": "hostile.billion_laughs()",
        "truncated sheet XML": "hostile.truncated()",
        "declared A1:XFD4000000": "hostile.huge_dimension()",
        "4,000,000 shared strings (95 MB)": "hostile.shared_strings_bomb()",
        "1,200,000 shared strings (26 MB)": "hostile.shared_strings_bomb(1_200_000)",
        "zip bomb, 512 MiB sheet": "hostile.zip_bomb(512)",
        "cell at A1 and XFD1000000": "hostile.far_cell()",
    }


def main() -> None:
    """Upload each case in a child process of its own and print a table of the outcomes."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    print("| case | file | time | peak RSS growth | outcome |\n|---|---:|---:|---:|---|")
    for label, build in cases(args.rows).items():
        done = subprocess.run([sys.executable, "-c", CHILD, str(REPO), build], capture_output=True, text=True,
                              cwd=REPO, timeout=900)
        if done.returncode:
            print(f"| {label} | | | | failed: {done.stderr.strip().splitlines()[-1][:120]} |")
            continue
        result = json.loads(done.stdout.strip().splitlines()[-1])
        outcome = result["outcome"].split(": ", 1)[-1][:90]
        print(f"| {label} | {result['bytes'] / 1024:,.0f} KB | {result['seconds']:.2f} s | "
              f"{result['peak_mb']:,.0f} MB | {outcome} |")


if __name__ == "__main__":
    main()
