"""Progress from worker threads to the UI thread, without waiting for it.

``App.call_from_thread`` blocks the worker until the UI thread has run the callback: a worker that
holds a lock while it waits can deadlock with a UI handler that needs the same lock, and a worker
blocked on a UI that is shutting down holds up the exit. Workers here post typed messages to their
screen instead (``post_message`` is thread-safe, returns at once, and a screen that has closed
drops them) and check for cancellation at each progress step, so quitting stops them at the next
step.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from textual.message import Message
from textual.message_pump import MessagePump
from textual.worker import Worker, get_current_worker


class Cancelled(Exception):
    """Raised inside a worker's progress callback once the worker has been cancelled."""


class Throttled:
    """A progress callback for the engine, called in a worker thread.

    Posts ``message(done, total)`` to ``target`` at most once per ``interval`` seconds (and always
    the last step), and stops the work when the worker is cancelled.
    """

    def __init__(
        self, target: MessagePump, message: Callable[[int, int], Message], interval: float = 0.05
    ) -> None:
        self.target = target
        self.message = message
        self.interval = interval
        self._last = 0.0
        self._worker: Worker[Any] | None
        try:
            self._worker = get_current_worker()
        except Exception:  # not in a worker (tests, tools): never cancelled
            self._worker = None

    def __call__(self, done: int, total: int) -> None:
        if self._worker is not None and self._worker.is_cancelled:
            raise Cancelled
        now = time.monotonic()
        if done >= total or now - self._last >= self.interval:
            self._last = now
            self.target.post_message(self.message(done, total))
