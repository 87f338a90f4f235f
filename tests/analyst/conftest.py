"""Fixtures: the sample data and three other tables of different shapes, each on real DuckDB."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pytest

from agent.analysts.base import Answer, QueryPlan, detect_language
from agent.analysts.offline import OfflineAnalyst
from agent.data.catalog import Catalog, build_catalog
from agent.data.database import Database
from agent.data.results import Results
from tests.analyst import datasets

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "sample"
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


def _sample() -> Env:
    database = Database.from_folder(SAMPLE)
    frames = {p.stem: pd.read_csv(p) for p in SAMPLE.glob("*.csv")}
    return Env(database, build_catalog(database), frames)


def _single(tmp: Path, name: str, frame: pd.DataFrame, text_dates: bool) -> Env:
    path = tmp / f"{name}.csv"
    frame.to_csv(path, index=False)
    database = Database()
    types = ", types = {'date': 'VARCHAR'}" if text_dates else ""  # keep `2012/01/01` as text
    database.load(f"CREATE TABLE {name} AS SELECT * FROM read_csv(?{types})", [str(path)])
    return Env(database, build_catalog(database), {name: pd.read_csv(path)})


@pytest.fixture(scope="session")
def envs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Env]:
    """Every test database, built once per session."""
    tmp = tmp_path_factory.mktemp("analyst")
    return {
        "sample": _sample(),
        "seattle": _single(tmp, "seattle_weather", datasets.seattle_weather(), text_dates=True),
        "daily": _single(tmp, "daily_weather", datasets.daily_weather(), text_dates=True),
        "orders": _single(tmp, "orders", datasets.orders(), text_dates=False),
        "korean": _single(tmp, "판매", datasets.korean_sales(), text_dates=False),
    }


@pytest.fixture(scope="session")
def sample(envs: dict[str, Env]) -> Env:
    """The bundled inventory sample."""
    return envs["sample"]


Expect = Callable[[dict[str, pd.DataFrame]], object]
