"""When each process of ``storydiff quotes`` does what: a timeline of the command and its helper.

A sampling profile (``bench/quotes_profile.py``) says where the CPU goes, in one process; this says
when, in both: which files each process parsed and when, which articles' quotes each read, when the
helper started and was ready, what ran after the last reading (the speakers, the JSON), and which
articles were read or parsed by both. The command runs as a script runs it (fresh processes, a new
cache unless ``--warm``, bytecode kept), each process writing one line per call of the functions
watched (a ``sitecustomize`` module put first on ``PYTHONPATH``: a spawned helper loads it too, a
forked one opens a log of its own at the fork), their times on the clock both processes share, with
the CPU each had used by then and how long it had waited for a core (``/proc/self/schedstat``): so
each process's life splits into busy, waiting for a core (a busy machine) and idle (waiting for the
other), however loaded the machine. Times include what the watching costs (some 5%).

    python bench/quotes_timeline.py [--corpus PATH | --mb 4] [--tree TREE] [--warm]
"""

from __future__ import annotations

import argparse
import collections
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

WATCHED = {
    "corpus.quotes.article_quotes": [("article_quotes", "quotes", "a[0].name")],
    "corpus.ingest.load": [("_parse", "parse", "a[1]"), ("mark_repeated_chrome", "chrome", None)],
    "corpus.quotes.find": [("find_quotes", "find_quotes", None)],
    "corpus.quotes.quote_helper": [("warm_up", "warm_up", None)],
    "storydiff.cli_quotes": [("quotes_json", "json", None)],
}
"""Per module, the functions watched: (name, event, how a call names its article)."""

HOOK = """
import functools, importlib.abc, importlib.util, os, sys, time
_fd = os.open(os.environ["TIMELINE_LOG"] + "." + str(os.getpid()), os.O_WRONLY | os.O_CREAT | os.O_APPEND)
def _log(event, name, t0, t1):
    os.write(_fd, f"{event}\\t{name}\\t{t0}\\t{t1}\\t{time.process_time_ns()}\\t{_queued()}\\n".encode())
def _queued():
    try:  # nanoseconds this process was ready to run but waited for a core (the kernel's schedstat)
        with open("/proc/self/schedstat") as f:
            return int(f.read().split()[1])
    except (OSError, IndexError, ValueError):
        return 0
_log("start", "-", time.perf_counter_ns(), time.perf_counter_ns())
def _own_log():  # (a forked helper: a log of its own, its life from the fork)
    global _fd
    _fd = os.open(os.environ["TIMELINE_LOG"] + "." + str(os.getpid()), os.O_WRONLY | os.O_CREAT | os.O_APPEND)
    _log("start", "-", time.perf_counter_ns(), time.perf_counter_ns())
os.register_at_fork(after_in_child=_own_log)
WATCHED = %r
def _wrap(f, event, namer):
    name_of = eval("lambda a: " + namer) if namer else (lambda a: "-")
    @functools.wraps(f)
    def watched(*a, **k):
        t0 = time.perf_counter_ns()
        try:
            return f(*a, **k)
        finally:
            _log(event, name_of(a), t0, time.perf_counter_ns())
    return watched
class _Finder(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path, target=None):
        if fullname not in WATCHED:
            return None
        sys.meta_path.remove(self)
        try:
            spec = importlib.util.find_spec(fullname)
        finally:
            sys.meta_path.insert(0, self)
        run = spec.loader.exec_module
        def exec_module(module):
            run(module)
            for attr, event, namer in WATCHED[fullname]:
                setattr(module, attr, _wrap(getattr(module, attr), event, namer))
        spec.loader.exec_module = exec_module
        return spec
sys.meta_path.insert(0, _Finder())
"""


Calls = dict[int, list[tuple[str, str, float, float, float, float]]]
"""Per process, its calls watched: (event, article, start, end in seconds from the command's start, and
at the end the process's CPU seconds and seconds it waited for a core, both since it started)."""


def run(tree: Path, corpus: Path, scratch: Path, warm: bool) -> tuple[float, Calls]:
    """Wall seconds of one ``storydiff quotes CORPUS --json``, and its :data:`Calls`."""
    hook = scratch / "hook"
    hook.mkdir(exist_ok=True)
    (hook / "sitecustomize.py").write_text(HOOK % WATCHED, encoding="utf-8")
    cache = Path(tempfile.mkdtemp(dir=scratch))
    env = dict(os.environ, PYTHONPATH=f"{tree}", STORYDIFF_CACHE_DIR=str(cache))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(scratch / "pycache")
    argv = [sys.executable, "-m", "storydiff.cli", "quotes", str(corpus), "--json"]
    subprocess.run(argv, env=env, cwd=tree, stdout=subprocess.DEVNULL, check=True)  # (bytecode; warm)
    if not warm:
        cache = Path(tempfile.mkdtemp(dir=scratch))
    logs = Path(tempfile.mkdtemp(dir=scratch))
    env.update(PYTHONPATH=f"{hook}:{tree}", STORYDIFF_CACHE_DIR=str(cache), TIMELINE_LOG=str(logs / "log"))
    start = time.perf_counter_ns()
    subprocess.run(argv, env=env, cwd=tree, stdout=subprocess.DEVNULL, check=True)
    wall = (time.perf_counter_ns() - start) / 1e9
    time.sleep(0.5)  # (the helper's last lines)
    calls: Calls = {}
    for log in logs.glob("log.*"):
        rows = [line.split("\t") for line in log.read_text(encoding="utf-8").splitlines()]
        calls[int(log.suffix[1:])] = [
            (e, n, (int(a) - start) / 1e9, (int(b) - start) / 1e9, int(c) / 1e9, int(q) / 1e9)
            for e, n, a, b, c, q in rows
        ]
    return wall, calls


def report(wall: float, calls: Calls) -> None:
    done: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for pid, rows in sorted(calls.items(), key=lambda kv: kv[1][0][2]):
        if len(rows) < 2:
            continue  # (multiprocessing's resource tracker)
        print(f"process {pid}: started at {rows[0][2]:.3f} s")
        spans: dict[str, list[float]] = {}
        for event, name, a, b, _, _ in rows[1:]:
            n, busy, first, last = spans.get(event, [0, 0.0, a, b])
            spans[event] = [n + 1, busy + b - a, min(first, a), max(last, b)]
            if name != "-":
                done[event][name] += 1
        for event, (n, busy, first, last) in sorted(spans.items(), key=lambda kv: kv[1][2]):
            print(
                f"  {event:<12} {int(n):>5} calls  {busy:6.3f} s in them  from {first:6.3f} to {last:6.3f} s"
            )
    busy_and_idle(wall, calls)
    for event, counts in done.items():
        twice = sorted(name for name, count in counts.items() if count > 1)
        print(f"{event}: {len(counts)} articles, {len(twice)} by both processes {twice[:6]}")
    print(f"wall {wall:.3f} s")


def busy_and_idle(wall: float, calls: Calls) -> None:
    """How each process spent its life up to its last call watched: on a core (its CPU), ready to run
    but waiting for a core (the machine busy: other jobs, or the two processes sharing one), and idle
    (blocked: the helper waiting for work, the command waiting for the helper's readings); and how
    long the command ran on after the helper's last call (one core's work: the speakers, the JSON)."""
    lives = {pid: rows for pid, rows in calls.items() if len(rows) > 1}
    ends: dict[int, float] = {}
    for pid, rows in sorted(lives.items(), key=lambda kv: kv[1][0][2]):
        last = max(rows[1:], key=lambda row: row[3])
        born = rows[0][2] - rows[0][4] - rows[0][5]  # (before the first line: the interpreter's start)
        span, cpu, queued = last[3] - born, last[4], last[5]
        ends[pid] = last[3]
        print(
            f"process {pid}: {span:6.3f} s to its last call: on a core {cpu:6.3f} s, waiting for one "
            f"{queued:6.3f} s, idle {span - cpu - queued:6.3f} s"
        )
    if len(ends) > 1:
        first, *others = sorted(ends, key=lambda pid: lives[pid][0][2])
        helper_end = max(ends[p] for p in others)
        rows = lives[first]
        before = max((row for row in rows if row[3] <= helper_end), key=lambda row: row[3])
        last = max(rows, key=lambda row: row[3])
        print(
            f"the command ran {ends[first] - helper_end:6.3f} s after the helper's last call, "
            f"{last[4] - before[4]:6.3f} s of it on a core (its CPU from its last call before)"
        )
        work = [row for p in others for row in lives[p][1:] if row[0] != "warm_up"]
        if work:
            helper_start = min(row[2] for row in work)
            early = [row for row in rows if row[3] <= helper_start]
            cpu = max(early, key=lambda row: row[3])[4] if early else 0.0
            print(
                f"the helper's first task began at {helper_start:6.3f} s: the command had used {cpu:6.3f} s "
                "of a core by its last call before (the helper's start-up, the command's work alone)"
            )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, help="a folder of articles (default: synthetic)")
    parser.add_argument("--mb", type=float, default=4.0, help="size of the synthetic corpus")
    parser.add_argument("--tree", type=Path, default=ROOT, help="the checkout to run")
    parser.add_argument("--warm", action="store_true", help="from a cache a run of the command filled")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        corpus = args.corpus
        if corpus is None:
            from cli_speed import synthetic_in

            corpus = synthetic_in(scratch, args.mb)
        report(*run(args.tree.resolve(), corpus.resolve(), scratch, args.warm))
    return 0


if __name__ == "__main__":
    sys.exit(main())
