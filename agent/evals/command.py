"""`python -m agent eval BANK.yaml ... [--data FILE ...]`: run question banks and print their figures.

With `--floor FLOOR.yaml` the exit status is 1 when a figure falls below the floor (CI keeps the floor in the
repository and raises it as accuracy rises): keys `overall`, `heldout`, `dev`, `language.<ko|en>`,
`kind.<kind>`, `confident_accuracy` (share right at confidence 0.8 or more), `conversations` (every turn of the
multi-turn questions; least accuracy each) and `confident_wrong` (most wrong answers at confidence 0.8 or more).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, TextIO

import yaml

from agent.contract.errors import AgentError
from agent.evals.bank import load_bank
from agent.evals.report import render, summary
from agent.evals.runner import TurnResult, run_set


def add_parser(commands: Any) -> None:
    """The `eval` subcommand's arguments."""
    command = commands.add_parser("eval", help="run question banks (YAML) and print accuracy figures")
    command.add_argument("banks", nargs="+", metavar="BANK", help="a bank file, or a folder of *.yaml banks")
    command.add_argument("--data", action="append", default=[], metavar="FILE",
                         help="tables for banks that name none (repeatable)")
    command.add_argument("--split", choices=("dev", "heldout"), default=None, help="run only this split")
    command.add_argument("--only", action="append", default=None, metavar="ID", help="run only these questions")
    command.add_argument("--json", default=None, metavar="FILE", help="also write the figures as JSON")
    command.add_argument("--floor", default=None, metavar="FILE", help="fail when a figure is below this floor")
    command.add_argument("--no-misses", action="store_true", help="leave the list of misses out")


def bank_files(paths: list[str]) -> list[Path]:
    """Bank files from files and folders (a folder's *.yaml, sorted)."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        found += sorted(path.glob("*.yaml")) if path.is_dir() else [path]
    return found


def below_floor(figures: dict[str, Any], floor: dict[str, Any]) -> list[str]:
    """The floor's figures that were not reached, said for people."""
    failed = []
    for key, least in floor.items():
        if key == "confident_wrong":
            if figures["confident_wrong"] > least:
                failed.append(f"{figures['confident_wrong']} wrong answers at confidence >= 0.8 (most {least})")
            continue
        group, _, name = key.partition(".")
        if key in ("confident_accuracy", "conversations"):
            entry = figures[key] if figures[key].get("total") else None
        elif not name:
            entry = figures["overall"] if key == "overall" else figures["split"].get(key)
        else:
            entry = figures.get(group, {}).get(name)
        if entry is None:
            continue
        if entry["accuracy"] < float(least):
            failed.append(f"{key}: {entry['accuracy']:.1%} is below the floor {float(least):.1%}")
    return failed


def run(args: argparse.Namespace, out: TextIO = sys.stdout) -> int:
    """Run the banks, print the report; 0, or 1 below the floor, or 2 for an unusable bank."""
    results: list[TurnResult] = []
    try:
        sets = [load_bank(path) for path in bank_files(args.banks)]
        for question_set in sets:
            if args.split and question_set.split != args.split:
                continue
            results += run_set(question_set, [Path(p) for p in args.data], args.only)
    except AgentError as exc:
        print(f"Error ({exc.kind}): {exc}", file=sys.stderr)
        return 2
    print(render(results, misses=not args.no_misses), file=out)
    figures = summary(results)
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2, ensure_ascii=False), encoding="utf-8")
    if args.floor:
        failed = below_floor(figures, yaml.safe_load(Path(args.floor).read_text(encoding="utf-8")) or {})
        for line in failed:
            print(f"BELOW FLOOR: {line}", file=out)
        return 1 if failed else 0
    return 0
