"""A helper process: a second interpreter that takes a share of a big corpus's work (the
families' build, the quote finder).

It is spawned, not forked, unless the caller holds no corpus yet. A forked child keeps every
page of the corpus it was forked with, and every page either process writes afterwards
(touching an object's reference count is enough) is copied: on a big corpus that came to
most of a second corpus in memory. A spawned helper holds only what it is sent: the texts
and compact arrays of each task, and the word weights once. The command line's quote
finder starts its helper before it loads anything: forked then (:func:`fork_helper`), the helper
has the modules imported so far and starts no interpreter of its own.
"""

from __future__ import annotations

import gc
import os
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:  # multiprocessing and the pool are imported when a helper is used: a run that reads
    # every quote from the cache never imports them (about 20 ms of a warm `storydiff quotes`)
    from concurrent.futures import Future, ProcessPoolExecutor

T = TypeVar("T")

WORKERS = 2
"""Processes used on a big corpus, this one included (this runs on 2-core machines)."""
QUEUED = 3
"""Tasks queued ahead for the helper, so it never waits for this process."""
TRACKER_NICENESS = 19
"""The niceness multiprocessing's resource tracker process is given: the lowest priority (see
:func:`_set_aside`)."""

_held: dict[str, Any] = {}
"""What the helper keeps between tasks (the word weights): filled by :func:`hold`, which
runs in the helper process only."""


def workers(items: int, least: int) -> int:
    """How many processes to use: one when there are fewer than ``least`` items of work (the
    helper takes a fraction of a second to start) or the machine has one core.

    Threads do not matter (the CLI's progress bars run one): a helper is forked only from a process
    running no other thread (:func:`fork_is_safe`), so no lock held by another thread is copied
    into it."""
    if items < least or (os.cpu_count() or 1) < 2:
        return 1
    return WORKERS


def start_helper() -> ProcessPoolExecutor | None:
    """WORKERS - 1 spawned processes: this one works too (see :func:`shared_out`); None when no
    process can be started here (this process then does all the work).

    A spawned process first imports the main module of this one, as multiprocessing does:
    a script that builds a graph must do so under ``if __name__ == "__main__":`` (the
    console script and the benchmarks do). If it does not, the helper fails to start and
    this process does all the work."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    _pool_race_passed_over()  # (every helper pool comes from here; shared_out covers pools made elsewhere)
    try:
        _resource_tracker_running()
        context = multiprocessing.get_context("spawn")
        return ProcessPoolExecutor(WORKERS - 1, context, initializer=_start_spawned)
    except (OSError, ValueError):
        return None


def fork_helper(first: Callable[[], object]) -> ProcessPoolExecutor | None:
    """WORKERS - 1 processes forked from this one, sent ``first`` at once (the fork is made then), for
    a caller that holds no corpus yet (the command line, before it loads one); None when a fork is not
    safe here (:func:`fork_is_safe`) or fails: the caller then spawns one (:func:`start_helper`).

    A forked helper has every module this process has imported and starts neither an interpreter of
    its own nor multiprocessing's resource tracker: a fork context's semaphores are unlinked as soon
    as they are made, there is nothing to track."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    if not fork_is_safe():
        return None
    _pool_race_passed_over()
    _flush_output()  # (else the child's copy of a buffer could be written out again)
    pool = ProcessPoolExecutor(WORKERS - 1, multiprocessing.get_context("fork"), initializer=_start_quietly)
    try:
        pool.submit(first)
    except (OSError, ValueError, RuntimeError):  # (the fork failed: no process, no memory)
        with suppress(Exception):
            pool.shutdown(wait=False, cancel_futures=True)
        return None
    return pool


def fork_is_safe() -> bool:
    """Whether a helper can be forked from this process: on Linux (macOS's system libraries are not
    fit to go on in a forked child that does not exec), from the main thread with no other thread
    running (a lock another thread held at the fork would stay held in the child for ever: the app
    loads its corpus in a worker thread)."""
    return (
        sys.platform.startswith("linux")
        and hasattr(os, "fork")
        and threading.current_thread() is threading.main_thread()
        and threading.active_count() == 1
    )


def _flush_output() -> None:
    """This process's buffered output written out before a fork, so that the child holds none of it."""
    for stream in (sys.stdout, sys.stderr):
        with suppress(AttributeError, OSError, ValueError):  # (none, or a pipe closed by its reader)
            stream.flush()


def _resource_tracker_running() -> None:
    """Start multiprocessing's resource tracker (the first pool starts it) with a stderr that is no
    trouble.

    The tracker only ever writes warnings about leaked semaphores, and there are some whenever the
    command line ends its process at once after a command (``storydiff.cli.run``: the pool's
    semaphores are not freed one by one, the tracker frees them): not the user's concern. It writes
    to the file descriptor 2 it started with, so that is /dev/null for that moment; and so is its file
    descriptor 1, which it never writes to: else it held the command's stdout, and a reader of that
    pipe (``storydiff quotes | jq``, a benchmark's) saw its end only once the tracker had ended too,
    which it does last (at the lowest priority: :func:`_set_aside`).

    Inside the Textual app ``sys.stderr`` is a capture whose ``fileno()`` is -1: handed to the
    tracker, it failed to start with "bad value(s) in fds_to_keep" (so the app had no reuse graph at
    all on a big corpus); and the app draws the screen through file descriptor 2 from its own thread,
    which must not lose a frame. There only ``sys.stderr`` is swapped (the app exits normally: no
    semaphore is left for the tracker to warn of)."""
    from multiprocessing import resource_tracker

    try:
        descriptor = -1 if sys.stderr is None else sys.stderr.fileno()
    except (AttributeError, OSError, ValueError):
        descriptor = -1
    saved = sys.stderr
    with open(os.devnull, "w") as devnull:
        # the command line's own stdout and stderr (a closed one is left as it is)
        kept = {fd: copy for fd in (1, 2) if (copy := _copy_of(fd)) is not None} if descriptor == 2 else {}
        sys.stderr = devnull
        try:
            for fd in kept:
                os.dup2(devnull.fileno(), fd)
            resource_tracker.ensure_running()
        finally:
            for fd, copy in kept.items():
                os.dup2(copy, fd)
                os.close(copy)
            sys.stderr = saved
    _set_aside(getattr(getattr(resource_tracker, "_resource_tracker", None), "_pid", None))


def _copy_of(fd: int) -> int | None:
    """A duplicate of the open file descriptor ``fd``; None when it is closed."""
    try:
        return os.dup(fd)
    except OSError:
        return None


def _set_aside(pid: object) -> None:
    """The resource tracker's process (``pid``) at the lowest priority (when the system lets a
    process lower another's; nothing otherwise).

    The tracker is an interpreter of its own, started with the helper, that does nothing until the
    command ends but start up: some 120 M instructions (its imports), as many as a fifth of the
    helper's own start-up, which it took half of the helper's core for while both started (the
    command holds the other). At the lowest priority it starts up when a core is free: in the
    command's last step, which runs on one core."""
    if isinstance(pid, int) and hasattr(os, "setpriority"):
        with suppress(OSError):
            os.setpriority(os.PRIO_PROCESS, pid, TRACKER_NICENESS)


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off for the block, then as it was: for work that makes many
    acyclic objects, which each collection it set off would walk again (callers say what it saved)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _start_quietly() -> None:
    """In the helper: no cyclic garbage collection (its objects make no cycles), and no output:
    anything it printed would land in this process's terminal (its errors come back as exceptions);
    and it ends when this process does (:func:`_end_with_parent`)."""
    gc.disable()
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    _end_with_parent()


def _start_spawned() -> None:
    """In a spawned helper, before its first task imports the engine: the regex patterns kept compiled
    (:func:`corpus.pattern_codes.fill`), as the command line has them (a forked helper has them from
    it); then as :func:`_start_quietly`. (It writes none: it ends when this process does.)"""
    from corpus.pattern_codes import fill

    fill()
    _start_quietly()


def _end_with_parent() -> None:
    """In the helper: end at once when the process that started it ends.

    The command line ends its process as soon as a command is done (``storydiff.cli.run``), before the
    pool's manager thread has told the helper to stop when the helper still had a task: the helper
    then waited for another task for ever, and kept multiprocessing's resource tracker alive, which
    holds the command's stdout (it is started with it), so a reader of that pipe never saw its end
    (``storydiff quotes | jq`` hung). Seen when the command's own work was short: 210 copies of the
    seeds, read once each as twins of five, ended before a helper compiling its code had started."""
    import multiprocessing.connection

    parent = multiprocessing.parent_process()
    if parent is None:
        return
    sentinel = parent.sentinel  # readable once the parent has ended (the end of its pipe closed)

    def watch() -> None:
        multiprocessing.connection.wait([sentinel])
        os._exit(0)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def pool_race_filter(previous: Callable[[Any], object]) -> Callable[[Any], object]:
    """A ``threading.excepthook`` that passes over one race of CPython 3.11's process pool and
    hands every other exception to ``previous``.

    When the helper dies, the pool's manager thread marks each task it still holds failed; a task
    :func:`shared_out` took back (cancelled) at that moment makes ``set_exception`` raise
    ``InvalidStateError`` there, and the thread's traceback landed on the user's terminal though
    the work was done here all the same. Python 3.12 ignores it in the pool itself."""

    from concurrent.futures import InvalidStateError

    def hook(args: Any) -> object:
        manager = type(args.thread).__name__ == "_ExecutorManagerThread"
        if manager and args.exc_type is not None and issubclass(args.exc_type, InvalidStateError):
            return None
        return previous(args)

    hook.pool_race_filter = True  # type: ignore[attr-defined]
    return hook


def _pool_race_passed_over() -> None:
    if sys.version_info < (3, 12) and not getattr(threading.excepthook, "pool_race_filter", False):
        threading.excepthook = pool_race_filter(threading.excepthook)


def hold(key: str, value: Any) -> None:
    """Keeps ``value`` in the helper for the tasks that follow (run as a task, and waited for)."""
    _held[key] = value


def held(key: str) -> Any:
    return _held[key]


def even_runs(sizes: list[int], parts: int) -> list[tuple[int, int]]:
    """(start, end) of about ``parts`` runs of consecutive items holding as much of ``sizes`` each:
    the runs :func:`shared_out` shares between the processes (files by bytes, articles by characters)."""
    share = max(1, sum(sizes) // parts)
    runs: list[tuple[int, int]] = []
    start = held = 0
    for i, size in enumerate(sizes):
        held += size
        if held >= share:
            runs.append((start, i + 1))
            start, held = i + 1, 0
    if start < len(sizes):
        runs.append((start, len(sizes)))
    return runs


def rest_from_helper(items: Sequence[Any], here: Callable[[Any], Any], future: Future[Any]) -> list[Any]:
    """``here`` of each of ``items`` in turn, until the helper's ``future`` (the same items' results, in
    order) has come in: the rest are then taken from it (a ``local_raced`` for :func:`shared_out`). A
    future that failed (the helper died) leaves every item to ``here``."""
    out: list[Any] = []
    for i, item in enumerate(items):
        if future.done() and not future.cancelled() and future.exception() is None:
            return out + list(future.result()[i:])
        out.append(here(item))
    return out


def shared_out(
    pool: ProcessPoolExecutor | None,
    job: Callable[..., T],
    job_args: Callable[[int], tuple[Any, ...]],
    local: Callable[[int], T],
    count: int,
    ahead: int = QUEUED,
    wait_at_end: bool = True,
    wait_started: bool = False,
    raced: dict[int, Future[T]] | None = None,
    local_raced: Callable[[int, Future[T]], T] | None = None,
) -> Iterator[tuple[int, T]]:
    """(task number, result) of each of ``count`` tasks as it is done: the helper takes tasks
    from the end (``job(*job_args(k))``), this process works through them from the start
    meanwhile (``local(k)``; all of them when there is no helper). Arguments are made as
    tasks are sent, so the texts sent to the helper are not all held at once.

    ``ahead`` tasks at most are queued for the helper: few big tasks (a bucket each) want 1, or
    the helper is sent them all (a task it has been sent cannot be taken back) while this
    process waits. At the end this process takes back the tasks the helper has not started, and
    waits for those it has; or, not ``wait_at_end`` (many small tasks of a helper that may be slow
    to start), does those too, unless the helper's result is in by the time it comes to one; but
    ``wait_started``, waits for the one the helper is doing (the first sent of those, once it has sent
    a result: it is up) rather than do it again (tasks whose size varies: a long web page's parse).
    ``raced`` is given the helper's future of each task done here while the helper had it (its result
    may still serve: the quotes the helper read of the files this process parsed again).
    ``local_raced`` does such a task here instead of ``local``, given the helper's future: a task made
    of items can stop once the helper's result is in and take the rest from it (see
    :func:`rest_from_helper`) rather than do all of it again when the helper was ahead. (On the 4 MB
    bench corpus the helper is mostly behind at the end of the quote finder's reading, still on the
    runs the loading sent it: in 4 of 5 runs this process read the whole raced run of 14 articles
    first, in 1 it took 3 of them from the helper.)"""
    from concurrent.futures import FIRST_COMPLETED, wait
    from concurrent.futures.process import BrokenProcessPool

    if pool is not None:
        _pool_race_passed_over()
    pending = deque(range(count))
    running: dict[Future[T], int] = {}
    racing: dict[int, Future[T]] = {}  # taken back from the helper, which may still finish them first
    sending = pool is not None
    up = False  # the helper has sent a result
    while pending or running:
        while sending and pending and len(running) < ahead:
            k = pending.pop()
            try:
                running[pool.submit(job, *job_args(k))] = k  # type: ignore[union-attr]
            except BrokenProcessPool:
                sending = False
                pending.append(k)
        if not pending:  # the end: take back the tasks the helper has not started, rather than wait
            sending = False
            started = next(iter(running), None) if wait_started and up else None
            for future in reversed(list(running)):
                if future.cancel() or not (wait_at_end or future.done() or future is started):
                    k = running.pop(future)
                    racing[k] = future
                    pending.append(k)
        if pending:
            k = pending.popleft()
            other = racing.pop(k, None)
            done = other is not None and other.done() and not other.cancelled() and other.exception() is None
            if other is not None and not done and raced is not None and not other.cancelled():
                raced[k] = other
            if done:
                yield k, other.result()  # type: ignore[union-attr]
            elif other is not None and local_raced is not None and not other.cancelled():
                yield k, local_raced(k, other)
            else:
                yield k, local(k)
        elif running:
            wait(running, return_when=FIRST_COMPLETED)
        for future in [f for f in running if f.done()]:
            k = running.pop(future)
            try:
                result = future.result()
            except BrokenProcessPool:  # the helper died (see start_helper): this process does its tasks
                sending = False
                pending.append(k)
                continue
            up = True
            yield k, result
