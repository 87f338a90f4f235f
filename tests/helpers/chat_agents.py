"""A chat agent over tables a test writes: CSVs in the test's own folder, on a real DuckDB."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from agent.chatbot import ChatbotAgent
from agent.data.catalog import build_catalog
from agent.data.database import Database
from agent.settings import Settings


def agent_on_folder(folder: Path) -> ChatbotAgent:
    """The agent over every CSV in `folder`, keeping its own data (conversations) in `folder/data`."""
    database = Database.from_folder(folder)
    return ChatbotAgent(database=database, catalog=build_catalog(database),
                        settings=Settings.from_env(data_dir=folder / "data"))


def agent_on_tables(folder: Path, tables: dict[str, pd.DataFrame]) -> ChatbotAgent:
    """The agent over `tables`, each written to `folder` as NAME.csv first."""
    for name, frame in tables.items():
        frame.to_csv(folder / f"{name}.csv", index=False)
    return agent_on_folder(folder)
