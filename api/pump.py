"""One thread moves every running answer's events to the event loop, instead of one waiting thread per answer."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator

from agent.events import Event, is_terminal

FIRST_POLL_SECONDS = 0.002
MAX_POLL_SECONDS = 0.05
"""A quiet answer is looked at less and less often, down to this interval; an event resets it."""
_END = object()


class Feed:
    """A running answer's non-blocking event iterator (`run.events(poll_seconds=0, wait=False)`) as the pump
    reads it.

    `deliver(batch)` and `on_end()` are called on the pump thread. Whoever holds `lock` owns the iterator:
    the pump takes it without waiting and skips the feed when it is busy; the producer takes it back for
    good (`detached`), for closing it or reading it near the deadline.
    """

    def __init__(self, events: Iterator[Event | None], deliver: Callable[[list[Event]], None],
                 on_end: Callable[[], None], hand_back_at: float) -> None:
        self.events, self.deliver, self.on_end, self.hand_back_at = events, deliver, on_end, hand_back_at
        self.lock = threading.Lock()
        self.detached = self.ended = False
        self.error: BaseException | None = None
        self._due, self._interval = 0.0, FIRST_POLL_SECONDS

    def try_detach(self) -> bool:
        """Take the iterator back from the pump for good; False while the pump is reading it (try again)."""
        if not self.lock.acquire(blocking=False):
            return False
        self.detached = True
        self.lock.release()
        return True

    def read(self) -> list[Event]:
        """Every event available now, without waiting; sets `ended` after the last one."""
        batch: list[Event] = []
        while not self.ended:
            event = next(self.events, _END)
            if event is None:
                break
            if event is _END:
                self.ended = True
                break
            batch.append(event)
            self.ended = is_terminal(event)
        return batch


class EventPump:
    """A daemon thread polling every feed without blocking, backing off while a feed is quiet."""

    def __init__(self) -> None:
        self._feeds: set[Feed] = set()
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None

    def __len__(self) -> int:
        return len(self._feeds)

    def add(self, feed: Feed) -> None:
        """Start reading `feed`."""
        with self._lock:
            self._feeds.add(feed)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="api-event-pump", daemon=True)
                self._thread.start()
        self._wake.set()

    def discard(self, feed: Feed) -> None:
        """Stop reading `feed` (it may still be mid-read; `feed.try_detach()` fails until it is done)."""
        with self._lock:
            self._feeds.discard(feed)

    def stop(self) -> None:
        """End the thread once it has no feeds (at shutdown); a later `add` starts a new one."""
        with self._lock:
            thread, self._thread = self._thread, None
        self._wake.set()
        if thread is not None:
            thread.join(1.0)

    def _run(self) -> None:
        me = threading.current_thread()
        while True:
            with self._lock:
                feeds = list(self._feeds)
                if self._thread is not me and not feeds:
                    return
            now = time.monotonic()
            next_due = now + MAX_POLL_SECONDS
            for feed in feeds:
                if now >= feed.hand_back_at:  # near its deadline the producer reads it on a pool thread
                    self.discard(feed)
                    continue
                if feed._due <= now:
                    self._poll(feed, now)
                next_due = min(next_due, feed._due)
            with self._lock:
                idle = not self._feeds
            self._wake.wait(None if idle else max(0.0, next_due - time.monotonic()))
            self._wake.clear()

    def _poll(self, feed: Feed, now: float) -> None:
        feed._due = now + FIRST_POLL_SECONDS
        if not feed.lock.acquire(blocking=False):
            return
        try:
            if feed.detached or feed.ended:
                self.discard(feed)
                return
            try:
                batch = feed.read()
                if batch:
                    feed.deliver(batch)
            except Exception as exc:  # the iterator or the delivery broke: end the feed, its producer reports it
                feed.error, feed.ended, batch = exc, True, []
            feed._interval = FIRST_POLL_SECONDS if batch else min(MAX_POLL_SECONDS, feed._interval * 2)
            feed._due = now + feed._interval
            if feed.ended:
                self.discard(feed)
                try:
                    feed.on_end()
                except RuntimeError:  # the event loop is closed: nobody is waiting any more
                    pass
        finally:
            feed.lock.release()

