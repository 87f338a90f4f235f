"""Command line: `python -m agent ask "QUESTION" [--data PATH ...] [--jsonl]`, `python -m agent eval BANK ...`."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import TextIO

import pandas as pd

from agent.analysts.base import detect_language
from agent.analysts.llm import parse_llm_config_arg
from agent.chatbot import ChatbotAgent
from agent.contract.errors import AgentError
from agent.contract.events import Event
from agent.data.catalog import build_catalog, load_descriptions
from agent.data.database import Database
from agent.evals import command as evals
from agent.settings import Settings

MARKS = {"in_progress": "…", "completed": "✓", "failed": "✗"}


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    """The parsed command line: `ask` (a question, with its data and options) or `eval` (a bank)."""
    parser = argparse.ArgumentParser(prog="python -m agent", description="Ask the data a question.")
    commands = parser.add_subparsers(dest="command", required=True)
    ask = commands.add_parser("ask", help="answer one question and print the event stream")
    ask.add_argument("question")
    ask.add_argument("--data", action="append", default=[], metavar="PATH",
                     help="add a CSV, TSV, Parquet or JSON file as a table for this run (repeatable)")
    ask.add_argument("--jsonl", action="store_true", help="print one JSON event per line")
    ask.add_argument("--deadline", type=float, default=None, help="seconds before the answer times out")
    ask.add_argument("--llm-config", default=None, metavar="JSON",
                     help='answer with a language model: JSON such as \'{"provider": "openai", "model": '
                          '"gpt-4o-mini"}\', @file.json, or "offline" (keys: prefer OPENAI_API_KEY / '
                          'ANTHROPIC_API_KEY over putting them on the command line)')
    ask.add_argument("--custom-prompt", default=None, metavar="TEXT",
                     help="extra instructions added to the language model's instructions")
    evals.add_parser(commands)
    return parser.parse_args(argv)


def build_agent(data_files: Sequence[str]) -> ChatbotAgent:
    """The agent on the sample data plus any files given with --data."""
    settings = Settings.from_env()
    database = Database.from_folder(settings.sample_data_dir)
    for path in data_files:
        database.add_file(path)
    catalog = build_catalog(database, settings.distinct_value_limit, load_descriptions(settings.sample_data_dir))
    return ChatbotAgent(database=database, catalog=catalog, settings=settings)


def print_readable(event: Event, out: TextIO) -> None:
    """One event as people read it: progress lines, then the answer, sources and table."""
    data = event["data"]
    if event["type"] == "progress":
        print(f"{MARKS.get(data['status'], '·')} {data['stage']}: {data['message']}", file=out)
    elif event["type"] == "error":
        print(f"\nError ({data['error']}): {data['message']}", file=out)
    elif event["type"] == "final":
        print(f"\n{data['content']}\n\nConfidence: {data['confidence_score']:.0%}", file=out)
        for source in data["sources"]:
            print(f"\nSource: {source['name']} ({source['row_count']} rows)\n{source['sql']}", file=out)
        table = data["table_data"]
        if table and table["rows"]:
            frame = pd.DataFrame(table["rows"], columns=table["columns"])
            print("\n" + frame.to_string(index=False, max_rows=40), file=out)
            if table["truncated"]:
                print(f"(first {table['row_count']} rows shown)", file=out)


def main(argv: Sequence[str] | None = None, out: TextIO = sys.stdout) -> int:
    """Run the command; for `ask` the status is 1 when the answer is an error, 2 for unusable data or model."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.command == "eval":
        return evals.run(args, out)
    try:
        llm_config = parse_llm_config_arg(args.llm_config) if args.llm_config is not None else None
        agent = build_agent(args.data)
    except AgentError as exc:
        print(f"Error ({exc.kind}): {exc.words(detect_language(args.question))}", file=sys.stderr)
        return 2
    status = 0
    for event in agent.stream(args.question, deadline_seconds=args.deadline, llm_config=llm_config,
                              custom_prompt=args.custom_prompt):
        if args.jsonl:
            print(json.dumps(event, ensure_ascii=False), file=out, flush=True)
        else:
            print_readable(event, out)
            out.flush()
        status = 1 if event["type"] == "error" else status
    return status
