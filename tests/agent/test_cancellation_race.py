"""An interrupt that lands before DuckDB has started the query still stops it."""

from __future__ import annotations

import threading
import time

import pytest

from agent.contract.errors import Cancelled
from agent.data.database import Database
from agent.runtime.cancellation import Cancellation
from tests.helpers.analysts import SLOW_SQL
from tests.helpers.timing import SLACK_SECONDS


class _EarlyCancel(Cancellation):
    """Cancels itself the moment the query's cursor is watched, before the query starts."""

    def watch(self, work) -> None:
        super().watch(work)
        self.cancel("stopped")


def test_cancel_between_watch_and_query_start_still_interrupts_the_query():
    started = time.monotonic()
    with pytest.raises(Cancelled):
        Database().execute(SLOW_SQL, cancellation=_EarlyCancel())
    assert time.monotonic() - started < SLACK_SECONDS, "the query (minutes) ran on"


def test_watch_after_cancel_refuses_to_start_the_work():
    cancellation = Cancellation()
    cancellation.cancel("stopped")
    with pytest.raises(Cancelled):
        cancellation.watch(Database()._connection.cursor())


def test_reinterrupt_thread_ends_once_the_work_is_gone():
    with pytest.raises(Cancelled):
        Database().execute(SLOW_SQL, cancellation=_EarlyCancel())
    time.sleep(0.1)
    assert not [t for t in threading.enumerate() if t.name == "agent-interrupt"]
