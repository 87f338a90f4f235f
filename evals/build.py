"""Write the bank: compute every answer of every set module with pandas and write its YAML.

`python -m evals.build` writes evals/banks/<set>.yaml (dev) and evals/heldout/<set>.yaml (held-out); run it
after changing a set module and commit both. `--check` fails when a written bank differs from what the
modules compute now.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from pathlib import Path
from typing import Any

import pandas as pd
import yaml

from agent.evals.bank import TableSpec, parse_bank
from agent.evals.scoring import judge
from agent.evals.sources import frame_of
from evals.authoring.common import BankSet, Conversation, Q

ROOT = Path(__file__).resolve().parent
DATA = ROOT / "data"
FOLDERS = {"dev": ROOT / "banks", "heldout": ROOT / "heldout"}


def set_modules(only: list[str] | None = None) -> list[BankSet]:
    """Every `SET` of the modules in evals/authoring/ (or only the modules named in `only`)."""
    import evals.authoring as package

    found = []
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
        if only and info.name not in only:
            continue
        module = importlib.import_module(f"evals.authoring.{info.name}")
        if hasattr(module, "SET"):
            found.append(module.SET)
    return found


def frames_of(bank: BankSet) -> dict[str, pd.DataFrame]:
    """The set's tables as DataFrames, read the way the bank runner loads them."""
    frames = {}
    for table in bank.tables:
        if table.source:
            frames[table.name] = frame_of(TableSpec(table.name, source=table.source))
        else:
            path = DATA / str(table.file)
            frames[table.name] = pd.read_parquet(path) if path.suffix == ".parquet" else pd.read_csv(path)
    return frames


def as_yaml(bank: BankSet) -> dict[str, Any]:
    """The set as a bank YAML document, every answer computed."""
    frames = frames_of(bank)
    tables = [{"name": t.name, **({"source": t.source} if t.source else {"file": f"../data/{t.file}"})}
              for t in bank.tables]
    questions: list[dict[str, Any]] = []
    for item in bank.questions:
        if isinstance(item, Q):
            questions.append({"id": item.id, "kind": item.kind, "question": item.question,
                              "answer": item.answer(frames)})
        elif isinstance(item, Conversation):
            questions.append({"id": item.id, "kind": item.kind,
                              "turns": [{"question": q, "answer": a(frames)} for q, a in item.turns]})
    document = {"name": bank.name, "split": bank.split, "tables": tables, "questions": questions}
    if bank.notes:
        document["notes"] = bank.notes
    parse_bank(document)  # the runner can read it
    _check_representable(document)
    return document


def _check_representable(document: dict[str, Any]) -> None:
    """Every expected answer is one the scorer can recognise when an answer gets it right."""
    for item in document["questions"]:
        for turn in item.get("turns", [item]):
            expected = turn["answer"]
            if isinstance(expected, dict) and "rows" in expected:
                final = {"table_data": {"columns": ["label", "value"], "rows": expected["rows"]}, "sources": [1]}
            elif isinstance(expected, dict) and "order" in expected:
                values = expected.get("values") or [None] * len(expected["order"])
                final = {"table_data": {"columns": ["label", "value"],
                                        "rows": [[a, b] for a, b in zip(expected["order"], values, strict=True)]}}
            elif isinstance(expected, dict) and "label" in expected:
                final = {"table_data": {"columns": ["l", "v"], "rows": [[expected["label"], expected.get("value")]]}}
            elif isinstance(expected, dict) and "values" in expected:
                final = {"table_data": {"columns": list("abcdefgh"[: len(expected["values"])]),
                                        "rows": [expected["values"]]}}
            elif isinstance(expected, dict) and "refuse" in expected:
                final = {"sources": []}
            elif isinstance(expected, dict) and "percent" in expected:
                final = {"table_data": {"columns": ["share"], "rows": [[expected["percent"]]]}}
            else:
                final = {"table_data": {"columns": ["v"], "rows": [[expected]]}}
            if not judge(expected, final).right:
                raise ValueError(f"{item['id']}: the expected answer {expected!r} cannot be recognised")


def main(argv: list[str] | None = None) -> int:
    """Write every set's bank; with `--check`, only report those out of date (status 1)."""
    parser = argparse.ArgumentParser(prog="python -m evals.build")
    parser.add_argument("--check", action="store_true", help="fail when a written bank is out of date")
    parser.add_argument("--only", action="append", metavar="SET", help="only this set module (repeatable)")
    args = parser.parse_args(argv)
    stale = []
    for bank in set_modules(args.only):
        folder = FOLDERS[bank.split]
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{bank.name}.yaml"
        text = yaml.safe_dump(as_yaml(bank), allow_unicode=True, sort_keys=False, width=120, default_flow_style=None)
        if args.check:
            if not path.is_file() or path.read_text(encoding="utf-8") != text:
                stale.append(path.name)
        else:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.relative_to(ROOT.parent)} ({len(bank.questions)} questions)")
    if stale:
        print("out of date (run python -m evals.build): " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
