"""Catalog facts of external tables, reused for a while so building a workspace does not re-read them each time."""

from __future__ import annotations

import threading
import time
from dataclasses import replace

from agent.data.catalog import Table, describe_table
from agent.data.database import Database
from agent.data.sources import SqlSource, parse_url

EXTERNAL_FACTS_SECONDS = 600.0
"""How long the catalog facts of an external table are reused before they are read again."""


class ExternalFacts:
    """Facts by (database URL, schema, remote table), each kept for `seconds`; safe to share between threads."""

    def __init__(self, seconds: float = EXTERNAL_FACTS_SECONDS) -> None:
        self.seconds = seconds
        self._facts: dict[tuple[str, str | None, str], tuple[float, Table]] = {}
        self._lock = threading.Lock()

    def table(self, database: Database, source: SqlSource, remote: str, name: str, value_limit: int) -> Table:
        """The facts of `remote` (attached to `database` as `name`): the kept ones while fresh, else read now."""
        key = (parse_url(source.url).render_as_string(hide_password=False), source.schema, remote)
        with self._lock:
            hit = self._facts.get(key)
        if hit is not None and time.monotonic() - hit[0] < self.seconds:
            return replace(hit[1], name=name)
        table = describe_table(database, name, value_limit)
        now = time.monotonic()
        with self._lock:
            self._facts = {k: v for k, v in self._facts.items() if now - v[0] < self.seconds}  # none kept stale
            self._facts[key] = (now, table)
        return table
