"""Index build on an upload of widely overlapping ranges: the sweep that checks range links, against a join."""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from agent.analysts.offline.schema.index import build_index
from agent.analysts.offline.schema.links import _ranges
from agent.data.catalog import build_catalog
from agent.data.database import Database

JOINED = ("SELECT count(*), count(*) FILTER (WHERE n <> 1) FROM (SELECT x.v, count(y.start_date) AS n FROM "
          "(SELECT DISTINCT event_date AS v FROM events) x LEFT JOIN periods y "
          "ON x.v BETWEEN y.start_date AND y.end_date GROUP BY x.v)")
"""How the link was checked before the sweep: every date joined to every period holding it."""


def database(days: int, periods: int) -> Database:
    """`events` on `days` distinct dates, `periods` of date ranges each holding every one of them."""
    db = Database()
    db.load(f"CREATE TABLE events AS SELECT range AS event_id, DATE '1000-01-01' + range::INTEGER AS event_date, "
            f"range % 97 AS amount FROM range({days})")
    db.load(f"CREATE TABLE periods AS SELECT range AS period_id, 'P' || range AS period_name, "
            f"DATE '0999-01-01' AS start_date, DATE '1000-01-01' + {days} AS end_date FROM range({periods})")
    return db


def timed(work: Callable[[], object], rounds: int) -> float:
    """The median of `rounds` runs of `work()` in milliseconds."""
    times = []
    for _ in range(rounds):
        began = time.perf_counter()
        work()
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times)


def main() -> None:
    """Print the table of docs/benchmarks.md."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    print("| dates x periods (all overlapping) | index build (sweep) | the join it replaced |")
    print("|---|---|---|")
    build_index(build_catalog(database(10, 10)), database(10, 10))  # warm up (the Korean analyser's load)
    for days, periods, join in ((2_000, 2_000, True), (20_000, 5_000, True), (200_000, 20_000, True),
                                (1_000_000, 100_000, False)):
        db = database(days, periods)
        catalog = build_catalog(db)
        index_ms = timed(lambda c=catalog, d=db: build_index(c, d), args.rounds)
        checked = _ranges(build_index(catalog, db).tables["periods"])
        assert checked, "the periods must be read as ranges, else the check is not run"
        assert not [link for link in build_index(catalog, db).tables["events"].links if link.until]
        join_ms = f"{timed(lambda d=db: d.execute(JOINED), 1):,.0f} ms" if join else "not run (10^11 pairs)"
        print(f"| {days:,} x {periods:,} | {index_ms:,.0f} ms | {join_ms} |")


if __name__ == "__main__":
    main()
