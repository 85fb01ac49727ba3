"""Handing results from worker threads to the UI thread without waiting for it.

``App.call_from_thread`` blocks the worker until the UI thread has run the callback: a worker that
holds a lock while it waits can deadlock with a UI handler that needs the same lock, and a worker
blocked on a UI that is shutting down holds up the exit. Workers here post a message instead
(``post_message`` is thread-safe and returns at once) and check for cancellation at each progress
step, so quitting stops them at the next step.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import partial
from typing import Any

from textual.app import App
from textual.message import Message
from textual.worker import Worker, get_current_worker


class RunLater(Message):
    """Run ``callback`` on the UI thread (handled by the app)."""

    def __init__(self, callback: Callable[[], object]) -> None:
        super().__init__()
        self.callback = callback


class Cancelled(Exception):
    """Raised inside a worker's progress callback once the worker has been cancelled."""


def run_later(app: App[Any], callback: Callable[..., object], *args: Any, **kwargs: Any) -> None:
    """From a worker thread: have the UI thread call ``callback(*args, **kwargs)`` soon; don't wait."""
    app.post_message(RunLater(partial(callback, *args, **kwargs)))


class Throttled:
    """A progress callback for the engine, called in a worker thread.

    Passes ``(done, total)`` on to ``report`` on the UI thread at most once per ``interval``
    seconds (and always the last step), and stops the work when the worker is cancelled.
    """

    def __init__(self, app: App[Any], report: Callable[[int, int], object], interval: float = 0.05) -> None:
        self.app = app
        self.report = report
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
            run_later(self.app, self.report, done, total)
