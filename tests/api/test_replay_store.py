"""The replay buffer keeps finished streams for a while and never more than its bound (no HTTP needed)."""

from __future__ import annotations

from api.replay import StreamStore
from api.requests import ChatRequest


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def _finished(store: StreamStore, clock: Clock) -> str:
    record = store.create(ChatRequest(message="q"))
    record.state = "running"
    record.append('{"type":"final"}', True)
    record.finish(clock())
    return record.id


def test_finished_streams_expire_after_replay_seconds_and_running_ones_never():
    clock = Clock()
    store = StreamStore(keep_seconds=300, max_streams=10, clock=clock)
    done = _finished(store, clock)
    running = store.create(ChatRequest(message="q"))
    running.state = "running"
    clock.now = 299
    assert store.get(done) is not None
    clock.now = 301
    assert store.get(done) is None and store.get(running.id) is running


def test_never_started_streams_expire_too():
    clock = Clock()
    store = StreamStore(keep_seconds=60, max_streams=10, clock=clock)
    pending = store.create(ChatRequest(message="q"))
    clock.now = 61
    assert store.get(pending.id) is None


def test_the_count_is_bounded_by_dropping_the_oldest_finished_streams_first():
    clock = Clock()
    store = StreamStore(keep_seconds=300, max_streams=3, clock=clock)
    running = store.create(ChatRequest(message="q"))
    running.state = "running"
    finished = [_finished(store, clock) for _ in range(5)]
    assert len(store) == 3
    assert store.get(running.id) is running
    assert [store.get(i) is not None for i in finished] == [False, False, False, True, True]
