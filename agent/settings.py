"""Runtime settings for the agent, each overridable from the environment."""

from __future__ import annotations

import os
from dataclasses import Field, dataclass, field
from pathlib import Path
from typing import Any

from agent.env_settings import settings_from_env

REPO_ROOT = Path(__file__).resolve().parent.parent


def _env_name(f: Field[Any]) -> str:
    return f"CHATBOT_{f.name.upper()}"


@dataclass(kw_only=True, frozen=True)
class Settings:
    """How the agent runs; every field reads `CHATBOT_<FIELD>` from the environment."""

    deadline_seconds: float = field(
        default=60.0,
        metadata={"description": "Longest an answer may take before it ends with a Timeout error."},
    )
    max_result_rows: int = field(
        default=1000,
        metadata={"description": "Most rows a query returns to the answer; more are marked truncated."},
    )
    max_cell_bytes: int = field(
        default=4096,
        metadata={"description": "Largest value an answer's table shows, in bytes (UTF-8); longer text is cut "
                                 "with …, longer bytes are shown as a hex preview. DuckDB cuts them in the query."},
    )
    max_table_bytes: int = field(
        default=2 * 1024 * 1024,
        metadata={"description": "Largest table an answer carries, in bytes of JSON; rows are fetched only while "
                                 "they fit, the table is marked truncated and the answer says so."},
    )
    max_chart_bytes: int = field(
        default=1024 * 1024,
        metadata={"description": "Largest inline data of an answer's chart, in bytes of JSON; a larger chart is "
                                 "left out."},
    )
    max_answer_chars: int = field(
        default=20_000,
        metadata={"description": "Longest answer text, in characters; a model writing more is cut off there."},
    )
    max_stored_turn_bytes: int = field(
        default=256 * 1024,
        metadata={"description": "Largest answer a conversation keeps per turn, in bytes of JSON: its table keeps "
                                 "the rows that fit, a chart that does not fit is left out."},
    )
    sample_data_dir: Path = field(
        default=REPO_ROOT / "data" / "sample",
        metadata={"description": "Folder of CSV files loaded as tables at start-up."},
    )
    distinct_value_limit: int = field(
        default=60,
        metadata={"description": "Text columns with at most this many distinct values are catalogued by value."},
    )
    data_dir: Path = field(
        default=REPO_ROOT / "var" / "data",
        metadata={"description": "Where uploaded tables, connections and descriptions are kept, per user."},
    )
    secrets_file: Path = field(
        default=REPO_ROOT / ".streamlit" / "secrets.toml",
        metadata={"description": "Streamlit secrets file; its [connections.<name>] url = ... serve every user."},
    )
    duckdb_memory_limit: str = field(
        default="512MB",
        metadata={"description": "Memory cap of each DuckDB database and of file loading; more spills to disk."},
    )
    max_upload_mb: int = field(
        default=1024,
        metadata={"description": "Largest file the data page accepts, in MB."},
    )
    max_excel_mb: int = field(
        default=50,
        metadata={"description": "Largest Excel (.xlsx) file read, in MB (larger: save as CSV)."},
    )
    max_excel_cells: int = field(
        default=5_000_000,
        metadata={"description": "Most cells read from one Excel workbook (written, and from A1 to the last value)."},
    )
    max_columns: int = field(
        default=2_000,
        metadata={"description": "Most columns of one uploaded table, in every format."},
    )
    external_timeout_seconds: float = field(
        default=30.0,
        metadata={"description": "Statement timeout of a query on an external database."},
    )
    workspace_cache_size: int = field(
        default=16,
        metadata={"description": "How many users' workspaces (database + catalog) are kept built."},
    )
    worker_threads: int = field(
        default=16,
        metadata={"description": "Threads for blocking work (queries, offline planning, checkpoint writes); "
                                 "read once per process. Runs waiting on a model hold none."},
    )
    conversations_url: str = field(
        default="",
        metadata={"description": "PostgreSQL URL (postgresql://...) conversations are kept in; "
                                 "empty: a SQLite file in the data directory."},
    )

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        """Settings from defaults, then `CHATBOT_*` variables, then explicit overrides."""
        return settings_from_env(cls, _env_name, os.environ, overrides)
