"""Writing and checking a module's derived Parquet files under evals/data/dev/ (`--check` reports stale ones)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

import pandas as pd

DEV_FOLDER = Path(__file__).resolve().parent.parent / "data" / "dev"

Tables = Callable[[], dict[str, pd.DataFrame]]


def stale(made: dict[str, pd.DataFrame], folder: Path = DEV_FOLDER) -> list[str]:
    """The files missing or holding another table than `made` has."""
    found = []
    for name, frame in made.items():
        path = folder / name
        if not path.is_file():
            found.append(name)
            continue
        try:
            pd.testing.assert_frame_equal(pd.read_parquet(path), frame.reset_index(drop=True))
        except AssertionError:
            found.append(name)
    return found


def run(module: str, tables: Tables, argv: list[str] | None = None, folder: Path = DEV_FOLDER) -> int:
    """`python -m <module> [--check]`: write the module's files, or only report those out of date (status 1)."""
    parser = argparse.ArgumentParser(prog=f"python -m {module}")
    parser.add_argument("--check", action="store_true", help="fail when a derived file is out of date")
    if parser.parse_args(argv).check:
        found = stale(tables(), folder)
        if found:
            print(f"out of date (run python -m {module}): " + ", ".join(found), file=sys.stderr)
        return 1 if found else 0
    folder.mkdir(parents=True, exist_ok=True)
    for name, frame in tables().items():
        frame.reset_index(drop=True).to_parquet(folder / name, index=False)
        print(f"wrote {folder.relative_to(folder.parents[2])}/{name} ({frame.shape[0]} rows, {frame.shape[1]} columns)")
    return 0
