"""Test databases for the offline analyst: tables on real DuckDB, the same as pandas frames, and asking one."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from agent.analysts.base import Answer, QueryPlan, detect_language
from agent.analysts.offline import OfflineAnalyst
from agent.data.catalog import Catalog, build_catalog, load_descriptions
from agent.data.database import Database
from agent.data.results import Results
from tests.helpers.sample import SAMPLE

MAX_ROWS = 1000


@dataclass
class Env:
    """One database, its catalog, the same tables as pandas frames, and the analyst."""

    database: Database
    catalog: Catalog
    frames: dict[str, pd.DataFrame]
    analyst: OfflineAnalyst = field(default_factory=OfflineAnalyst)

    def ask(self, question: str, max_rows: int = MAX_ROWS) -> tuple[QueryPlan, Results | None, Answer]:
        """Plan, run and write one question the way the agent does."""
        language = detect_language(question)
        plan = self.analyst.plan(question, self.catalog, self.database, [], language)
        results = self.database.execute(plan.sql, plan.params, max_rows=max_rows) if plan.sql else None
        tokens: list[str] = []
        answer = self.analyst.write(plan, results, tokens.append)
        assert tokens in ([], [answer.content])
        return plan, results, answer


def sample_env() -> Env:
    """The bundled sample tables."""
    database = Database.from_folder(SAMPLE)
    frames = {p.stem: pd.read_csv(p) for p in SAMPLE.glob("*.csv")}
    return Env(database, build_catalog(database, descriptions=load_descriptions(SAMPLE)), frames)


def single_env(tmp: Path, name: str, frame: pd.DataFrame, text_dates: bool) -> Env:
    """One table `name` loaded from `frame` through a CSV in `tmp` (`text_dates` keeps its dates as text)."""
    path = tmp / f"{name}.csv"
    frame.to_csv(path, index=False)
    database = Database()
    types = ", types = {'date': 'VARCHAR'}" if text_dates else ""  # keep `2012/01/01` as text
    database.load(f"CREATE TABLE {name} AS SELECT * FROM read_csv(?{types})", [str(path)])
    return Env(database, build_catalog(database), {name: pd.read_csv(path)})


def tables_env(tmp: Path, frames: dict[str, pd.DataFrame]) -> Env:
    """Several tables on one real DuckDB, each loaded from a CSV."""
    database = Database()
    for name, frame in frames.items():
        path = tmp / f"{name}.csv"
        frame.to_csv(path, index=False)
        database.load(f'CREATE TABLE "{name}" AS SELECT * FROM read_csv(?)', [str(path)])
    return Env(database, build_catalog(database), {n: pd.read_csv(tmp / f"{n}.csv") for n in frames})
