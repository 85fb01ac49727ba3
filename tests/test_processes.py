"""corpus.processes.shared_out: every task's result once, whichever process computed it; at the end
this process waits for the tasks the helper started, or (``wait_at_end=False``) does them itself."""

from __future__ import annotations

import gc
import multiprocessing
import os
import subprocess
import sys
import threading
import time
from concurrent.futures import Future, InvalidStateError, ProcessPoolExecutor
from pathlib import Path

import pytest

from corpus import helper_claims, processes


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


def test_a_task_raced_here_stops_once_the_helpers_result_is_in() -> None:
    """Done here while the helper has it too: the items before the helper's result came are this
    process's, the rest the helper's; a helper that failed leaves them all to this process."""
    helper_done: Future[list[str]] = Future()
    helper_done.set_running_or_notify_cancel()
    done_here: list[int] = []

    def here(item: int) -> str:
        done_here.append(item)
        if len(done_here) == 2:  # the helper's result comes in while this process does the second
            helper_done.set_result([f"helper {k}" for k in range(5)])
        return f"here {item}"

    assert processes.rest_from_helper(range(5), here, helper_done) == [
        "here 0",
        "here 1",
        "helper 2",
        "helper 3",
        "helper 4",
    ]
    assert done_here == [0, 1]
    failed: Future[list[str]] = Future()
    failed.set_running_or_notify_cancel()
    failed.set_exception(RuntimeError("the helper died"))
    assert processes.rest_from_helper(range(3), str, failed) == ["0", "1", "2"]


def test_the_tasks_the_helper_holds_at_the_end_are_raced_with_its_future() -> None:
    """The tasks the helper has been handed but not ended when this process runs out of its own go to
    ``local_raced`` with the helper's future (here the helper is still starting: all of it is done
    here); those it had not been handed are taken back and done by ``local``."""
    pool = _slow_pool()
    raced: list[int] = []

    def here_raced(k: int, helper: Future[tuple[str, int]]) -> tuple[str, int]:
        assert not helper.done()
        raced.append(k)
        return "raced", k * k

    try:
        found = dict(
            processes.shared_out(
                pool, _in_helper, lambda k: (k,), _here, 40, wait_at_end=False, local_raced=here_raced
            )
        )
    finally:
        pool.shutdown(cancel_futures=True)
    assert sorted(found) == list(range(40))
    assert all(square == k * k for k, (_, square) in found.items())
    assert raced and all(k >= 37 for k in raced)  # the last ones, sent to the helper first
    assert sorted(k for k, (where, _) in found.items() if where == "raced") == sorted(raced)
    assert {where for k, (where, _) in found.items() if k not in raced} == {"here"}


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


def _children_running(code: str) -> list[int]:
    """The processes this one started whose command line holds ``code`` (from /proc)."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as stat:
                parent = int(stat.read().rsplit(b")", 1)[1].split()[1])
            with open(f"/proc/{entry}/cmdline", "rb") as cmdline:
                line = cmdline.read().decode("utf-8", "replace")
        except (OSError, ValueError, IndexError):
            continue  # (ended meanwhile)
        if parent == os.getpid() and code in line:
            found.append(int(entry))
    return found


def test_the_resource_tracker_runs_at_the_lowest_priority_and_the_helper_does_not() -> None:
    pool = processes.start_helper()
    assert pool is not None
    try:
        assert pool.submit(pow, 3, 2).result(timeout=60) == 9  # the helper is up, and works
        trackers = _children_running("resource_tracker")
        helpers = _children_running("spawn_main")
        assert trackers and helpers
        assert {os.getpriority(os.PRIO_PROCESS, pid) for pid in trackers} == {processes.TRACKER_NICENESS}
        assert {os.getpriority(os.PRIO_PROCESS, pid) for pid in helpers} == {
            os.getpriority(os.PRIO_PROCESS, 0)
        }
    finally:
        pool.shutdown(wait=True)


TRACKER_OUTPUTS = """
import os, sys
import pytest

from corpus import processes


def parent_of(pid):
    with open(f"/proc/{pid}/stat", "rb") as stat:
        return int(stat.read().rsplit(b")", 1)[1].split()[1])


def command_of(pid):
    with open(f"/proc/{pid}/cmdline", "rb") as cmdline:
        return cmdline.read()


if __name__ == "__main__":
    pool = processes.start_helper()
    assert pool is not None and pool.submit(pow, 2, 5).result(timeout=60) == 32
    mine = [int(pid) for pid in os.listdir("/proc") if pid.isdigit() and parent_of(pid) == os.getpid()]
    tracker = next(pid for pid in mine if b"resource_tracker" in command_of(pid))
    print(os.readlink(f"/proc/{tracker}/fd/1"), os.readlink(f"/proc/{tracker}/fd/2"))
    print(os.readlink("/proc/self/fd/1") != "/dev/null", os.readlink("/proc/self/fd/2") != "/dev/null")
    sys.stdout.flush()
    os._exit(0)
"""


def test_the_tracker_holds_neither_the_command_lines_stdout_nor_its_stderr(tmp_path: Path) -> None:
    """A reader of the command's output sees its end when the command ends, not when the tracker
    (which ends last, at the lowest priority) does."""
    script = tmp_path / "tracker_outputs.py"
    script.write_text(TRACKER_OUTPUTS, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    done = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, env=env, timeout=120, check=True
    )
    assert done.stdout.splitlines() == ["/dev/null /dev/null", "True True"]


def _helper_reading(
    claims: str, items: int, future: Future[list[str]], three: threading.Event, paused: threading.Event
) -> None:
    """The helper's side of a run both have (as :func:`read_in_helper` reads it): from the first item
    on, each claimed before it is read; after its third (``three`` set) it waits for ``paused`` (this
    process has come down to the fourth by then), then stops at the first item this process has
    claimed."""
    read: list[str] = []
    for item in range(items):
        if item == 3:
            three.set()
            paused.wait(10)
        if not helper_claims.taken_there(claims, item):
            break
        read.append(f"helper {item}")
    future.set_result(read)


def test_a_run_both_processes_have_is_met_in_the_middle(monkeypatch: pytest.MonkeyPatch) -> None:
    """This process reads a run of ten from its last item back, the helper from its first on: the
    helper reads three, this process the seven after them, none is read twice, and the readings
    come back in the run's order, the helper's first."""
    monkeypatch.setattr(processes, "_held", {})  # (what a new helper holds)
    claims = helper_claims.made_claims(10)
    assert claims is not None
    future: Future[list[str]] = Future()
    future.set_running_or_notify_cancel()
    three, paused = threading.Event(), threading.Event()
    done_here: list[int] = []

    def here(item: int) -> str:
        done_here.append(item)
        if item == 3:
            paused.set()
        return f"here {item}"

    helper = threading.Thread(target=_helper_reading, args=(claims.path, 10, future, three, paused))
    helper.start()
    try:
        assert three.wait(10)
        found = helper_claims.met_with_helper(range(10), 0, here, future, claims)
    finally:
        helper.join()
        claims.close()
    assert found == ["helper 0", "helper 1", "helper 2"] + [f"here {k}" for k in range(3, 10)]
    assert done_here == list(range(9, 2, -1))
    assert not os.path.exists(claims.path)


def test_the_claims_file_goes_once_the_helper_has_mapped_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """The helper's first claim maps the file and unlinks it: a command killed from then on (Ctrl-C,
    a closed pipe) leaves nothing in /dev/shm, and the claims still pass between the two mappings."""
    monkeypatch.setattr(processes, "_held", {})  # (what a new helper holds)
    claims = helper_claims.made_claims(3)
    assert claims is not None
    try:
        assert os.path.exists(claims.path)
        assert helper_claims.taken_there(claims.path, 0)
        assert not os.path.exists(claims.path)
        assert not claims.take_here(0)  # the helper's claim, seen through this process's mapping
        assert claims.take_here(2)
        assert not helper_claims.taken_there(claims.path, 2)  # and this one's, through the helper's
    finally:
        claims.close()


def test_a_run_met_with_a_helper_that_died_is_read_here() -> None:
    """Where the helper had claimed items but died, this process reads them too."""
    claims = helper_claims.made_claims(4)
    assert claims is not None
    try:
        with open(claims.path, "r+b") as shared:  # the helper's claims on the first two
            shared.write(bytes([helper_claims.THERE, helper_claims.THERE]))
        failed: Future[list[str]] = Future()
        failed.set_running_or_notify_cancel()
        failed.set_exception(RuntimeError("the helper died"))
        assert helper_claims.met_with_helper(range(4), 0, str, failed, claims) == ["0", "1", "2", "3"]
    finally:
        claims.close()


def test_claims_files_of_ended_commands_are_swept_and_no_others(tmp_path: Path) -> None:
    """A command killed before its helper mapped the claims file left it behind: the next command's
    claims sweep the files whose maker has ended, and keep a running maker's and anything else."""
    say_pid = [sys.executable, "-c", "import os; print(os.getpid())"]
    ended = subprocess.run(say_pid, capture_output=True, text=True, check=True)
    dead = int(ended.stdout)  # (its process has ended: the id names no process, or at worst a new one)
    orphan = tmp_path / f"{helper_claims.PREFIX}{dead}-abc123"
    running = tmp_path / f"{helper_claims.PREFIX}{os.getpid()}-def456"
    other = tmp_path / "storydiff-cache.sqlite3"
    for path in (orphan, running, other):
        path.write_bytes(b"\0" * 8)
    helper_claims.sweep_orphans(str(tmp_path))
    assert [p.name for p in sorted(tmp_path.iterdir())] == sorted([running.name, other.name])


def test_a_claims_file_is_named_by_its_maker() -> None:
    claims = helper_claims.made_claims(2)
    assert claims is not None
    try:
        assert os.path.basename(claims.path).startswith(f"{helper_claims.PREFIX}{os.getpid()}-")
    finally:
        claims.close()
