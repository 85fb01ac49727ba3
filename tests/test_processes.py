"""corpus.processes.shared_out: every task's result once, whichever process computed it; at the end
this process waits for the tasks the helper started, or (``wait_at_end=False``) does them itself."""

from __future__ import annotations

import multiprocessing
import time
from concurrent.futures import ProcessPoolExecutor

from corpus import processes


def _in_helper(k: int) -> tuple[str, int]:
    return "helper", k * k


def _here(k: int) -> tuple[str, int]:
    time.sleep(0.01)  # long enough for the tasks sent to the helper to be handed to it
    return "here", k * k


def _slow_pool() -> ProcessPoolExecutor:
    """A helper that takes two seconds to start: the tasks it is sent are still waiting when this
    process has done its own."""
    return ProcessPoolExecutor(
        1, multiprocessing.get_context("spawn"), initializer=time.sleep, initargs=(2.0,)
    )


def test_this_process_waits_for_the_tasks_the_helper_started() -> None:
    pool = _slow_pool()
    try:
        found = dict(processes.shared_out(pool, _in_helper, lambda k: (k,), _here, 40))
    finally:
        pool.shutdown()
    assert sorted(found) == list(range(40))
    assert all(square == k * k for k, (_, square) in found.items())
    by_helper = [k for k, (where, _) in found.items() if where == "helper"]
    assert by_helper and all(k >= 37 for k in by_helper)  # the last ones, sent to it first


def test_this_process_does_the_helpers_tasks_rather_than_wait() -> None:
    pool = _slow_pool()
    try:
        found = dict(processes.shared_out(pool, _in_helper, lambda k: (k,), _here, 40, wait_at_end=False))
    finally:
        pool.shutdown(cancel_futures=True)
    assert sorted(found) == list(range(40))
    assert {where for where, _ in found.values()} == {"here"}
    assert all(square == k * k for k, (_, square) in found.items())
