"""corpus.processes.shared_out: every task's result once, whichever process computed it; at the end
this process waits for the tasks the helper started, or (``wait_at_end=False``) does them itself."""

from __future__ import annotations

import gc
import multiprocessing
import threading
import time
from concurrent.futures import Future, InvalidStateError, ProcessPoolExecutor

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


def test_the_pools_cancelled_task_race_is_passed_over_and_other_thread_errors_are_not() -> None:
    """CPython 3.11's pool marks a dead helper's tasks failed from its manager thread; one this
    process cancelled at that moment raised InvalidStateError there, a traceback on the user's
    terminal. The filter passes over that one, in that thread only."""
    seen: list[type[BaseException] | None] = []
    hook = processes.pool_race_filter(lambda args: seen.append(args.exc_type))

    def marks_a_cancelled_task_failed() -> None:
        task: Future[int] = Future()
        task.cancel()
        task.set_exception(RuntimeError("the helper died"))  # what the manager thread does

    class _ExecutorManagerThread(threading.Thread):  # named as the pool's own thread class
        pass

    saved = threading.excepthook
    threading.excepthook = hook
    try:
        manager = _ExecutorManagerThread(target=marks_a_cancelled_task_failed)
        for thread in (manager, threading.Thread(target=marks_a_cancelled_task_failed)):
            thread.start()
            thread.join()
    finally:
        threading.excepthook = saved
    assert seen == [InvalidStateError]  # the other thread's error still reaches the hook before it


def test_collector_paused_restores_the_collector_as_it_was() -> None:
    was = gc.isenabled()
    try:
        gc.enable()
        with processes.collector_paused():
            assert not gc.isenabled()
        assert gc.isenabled()
        try:
            with processes.collector_paused():
                raise ValueError("the block failed")
        except ValueError:
            pass
        assert gc.isenabled()  # back on after a failure too
        gc.disable()
        with processes.collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # a caller that had it off keeps it off
    finally:
        if was:
            gc.enable()
        else:
            gc.disable()
