"""Claims on the items of a task shared with the helper process (:mod:`corpus.processes`), so that
a task both processes hold at the end is met in the middle, not read twice: a byte an item, in a
small file both map."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from contextlib import suppress
from typing import TYPE_CHECKING, Any

from corpus.processes import held, hold

if TYPE_CHECKING:
    from concurrent.futures import Future

__all__ = [
    "HERE",
    "PREFIX",
    "THERE",
    "Claims",
    "made_claims",
    "met_with_helper",
    "sweep_orphans",
    "taken_there",
]

HERE, THERE = 1, 2
"""What a byte of :class:`Claims` says of its item: read by this process, read by the helper (0: by
neither yet)."""


SHARED_MEMORY = "/dev/shm"
"""Where claims files are made where the system has it (Linux: files in memory)."""
PREFIX = "storydiff-claims-"
"""A claims file's name opens with this and its maker's process id ("storydiff-claims-4242-…")."""


class Claims:
    """Which items of the tasks shared with the helper each process has begun: a byte an item, in a
    small file both map (the spawned helper is handed its name: :func:`taken_there`). A task the
    helper holds when this process runs out of its own is met in the middle (:func:`met_with_helper`);
    before, both did it from its first item (on the 4 MB bench corpus 12-19 articles' quotes read by
    both at the end, and 9-18 files parsed by both)."""

    def __init__(self, count: int) -> None:
        import mmap
        import tempfile

        # in memory, not on a disk, where the system has it
        folder = SHARED_MEMORY if os.path.isdir(SHARED_MEMORY) else None
        if folder is not None:
            sweep_orphans(folder)
        handle, self.path = tempfile.mkstemp(prefix=f"{PREFIX}{os.getpid()}-", dir=folder)
        try:
            os.ftruncate(handle, max(1, count))
            self._bytes = mmap.mmap(handle, max(1, count))
        finally:
            os.close(handle)

    def take_here(self, item: int) -> bool:
        """Claim ``item`` for this process; False when the helper has claimed it."""
        if self._bytes[item] == THERE:
            return False
        self._bytes[item] = HERE
        return True

    def mapped_there(self) -> None:
        """The helper has sent a result of a task with these claims, so it has the file mapped: its
        name goes now (both mappings stay), and a process killed mid-run leaves no file behind (the
        helper unlinks it too, once mapped: :func:`taken_there`)."""
        with suppress(OSError):
            os.unlink(self.path)

    def close(self) -> None:
        self.mapped_there()
        self._bytes.close()


def sweep_orphans(folder: str) -> None:
    """Remove the claims files in ``folder`` whose maker has ended: a command killed before its
    helper mapped the file (a few ms after the file is made: Ctrl-C, a kill at the start) could not
    remove it. Only where processes are asked about by a signal 0 (not on Windows, where ``os.kill``
    ends them); a file of another user's is theirs to remove (its unlink fails: passed over)."""
    with suppress(OSError):
        for name in os.listdir(folder):
            maker = name[len(PREFIX) :].partition("-")[0] if name.startswith(PREFIX) else ""
            if maker.isdigit() and not _running(int(maker)):
                with suppress(OSError):
                    os.unlink(os.path.join(folder, name))


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # (another user's process: running)
        return True
    return True


def made_claims(count: int) -> Claims | None:
    """:class:`Claims` of ``count`` items; None where no file can be mapped (:func:`rest_from_helper`)."""
    try:
        return Claims(count)
    except (OSError, ValueError):
        return None


def taken_there(path: str | None, item: int) -> bool:
    """In the helper: claim ``item`` of the :class:`Claims` at ``path`` (None: no claims, every item is
    the helper's); False when this process has claimed it."""
    if path is None:
        return True
    try:
        claims = held(path)
    except KeyError:
        import mmap

        try:
            with open(path, "r+b") as handle:
                claims = mmap.mmap(handle.fileno(), 0)
        except (OSError, ValueError):
            claims = None
        with suppress(OSError):  # mapped here and there: its name goes now, whatever becomes of the command
            os.unlink(path)
        hold(path, claims)
    if claims is None:
        return True
    if claims[item] == HERE:
        return False
    claims[item] = THERE
    return True


def met_with_helper(
    items: Sequence[Any], first: int, here: Callable[[Any], Any], future: Future[Any], claims: Claims
) -> list[Any]:
    """``here`` of each of ``items`` (the items ``first``, ``first + 1``... of ``claims``) from the last
    one back, until one the helper has claimed (it reads them from the first on: ``future``, its
    results of those it read): the ones before are taken from its result, once it is in. A helper
    that failed, or stopped short, leaves the rest to ``here``."""
    mine: list[Any] = []
    end = len(items)
    while end and claims.take_here(first + end - 1):
        end -= 1
        mine.append(here(items[end]))
    theirs: list[Any] = []
    if end:
        with suppress(Exception):  # (the helper died: this process reads them)
            theirs = list(future.result())[:end]
    theirs += [here(item) for item in items[len(theirs) : end]]
    return theirs + mine[::-1]
