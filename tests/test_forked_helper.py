"""The command line's quote helper is forked before the corpus loads (corpus.processes.fork_helper):
no second interpreter to start, no resource tracker. It is spawned wherever a fork is not safe (another
thread running, a fork that fails), and the quotes are the same bytes whichever way, and those of one
process. No process is left behind when the reader of the command's output closes it early."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

from corpus import processes

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SURNAMES = ["Stoltenberg", "Peskov", "Kuleba", "Scholz", "Zakharova", "Biden"]

RUN = """
import json, os, sys, threading
from corpus import processes
from corpus.quotes import article_quotes as reading, quote_helper
from storydiff.cli import main


def children():
    found = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/stat", "rb") as stat:
                parent = int(stat.read().rsplit(b")", 1)[1].split()[1])
            with open(f"/proc/{pid}/cmdline", "rb") as line:
                command = line.read()
        except (OSError, ValueError, IndexError):
            continue
        if parent == os.getpid():
            found.append(command)
    return found


corpus, mode = sys.argv[1], sys.argv[2]
started, seen, pools, command = [], [], [], os.getpid()
fork, spawn = processes.fork_helper, processes.start_helper


def watched_fork(first):
    pool = fork(first)
    started.append("fork" if pool is not None else "no fork")
    pools.extend([pool] if pool is not None else [])
    with open("/proc/self/cmdline", "rb") as line:
        own = line.read()
    seen.extend("same" if command == own else command.decode("utf-8", "replace") for command in children())
    return pool


def watched_spawn():
    started.append("spawn")
    pools.extend(pool for pool in [spawn()] if pool is not None)
    return pools[-1] if pools else None


read_here = []
reader = reading.article_quotes


def counted(article, tables, pairs):
    if os.getpid() == command and not read_here and pools:  # (a forked helper counts in its own copy)
        pools[0].submit(int).result(timeout=120)  # however slow the helper: it has read the runs it was sent
    read_here.append(article.name)
    return reader(article, tables, pairs)


processes.fork_helper, processes.start_helper, reading.article_quotes = watched_fork, watched_spawn, counted
if mode == "thread":
    threading.Thread(target=threading.Event().wait, daemon=True).start()
elif mode == "failing fork":
    def no_fork():
        raise OSError("no process to be had")
    os.fork = no_fork
elif mode == "one process":
    quote_helper.PARALLEL_FROM = 10**9
status = main(["quotes", corpus, "--json"])
sys.stdout.flush()
print(json.dumps({"status": status, "started": started, "children": seen, "read_here": len(read_here)}),
      file=sys.stderr)
"""


def _corpus(folder: Path, files: int = 210) -> Path:
    """``files`` articles (more than the helper's threshold): the seeds, copied with some of the
    people they quote renamed, so that most copies are read and not copied from a twin."""
    rng = random.Random(5)
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    folder.mkdir()
    for n in range(files):
        text = texts[n % len(texts)]
        for surname in SURNAMES:
            if rng.random() < 0.5:
                text = text.replace(surname, surname + rng.choice(["a", "o", "son", "ski"]) + str(n % 9))
        (folder / f"{n:03}.txt").write_text(text, encoding="utf-8")
    return folder


def _run(corpus: Path, mode: str, cache: Path) -> tuple[str, dict[str, Any]]:
    """The JSON ``storydiff quotes CORPUS --json`` prints in a fresh interpreter (as the console script
    runs it, with a new cache), and what the script saw of its helper."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "STORYDIFF_CACHE_DIR": str(cache), "NO_COLOR": "1"}
    done = subprocess.run(
        [sys.executable, "-c", RUN, str(corpus), mode],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=300,
        check=True,
    )
    return done.stdout, json.loads(done.stderr.splitlines()[-1])


def test_the_command_forks_its_helper_and_spawns_it_where_a_fork_is_not_safe(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus")
    alone, seen = _run(corpus, "one process", tmp_path / "cache-one")
    read = seen["read_here"]  # (copies that came out alike are read once)
    assert seen["started"] == [] and read > 150
    assert len(json.loads(alone)) > 1000
    forked, seen = _run(corpus, "fork", tmp_path / "cache-fork")
    assert forked == alone
    assert seen["started"] == ["fork"]
    assert seen["children"] == ["same"]  # the helper is a copy of this process: no resource tracker
    assert 0 < seen["read_here"] < read  # the helper read the others
    # a thread running: no fork is tried; a fork that fails: the helper is spawned all the same
    for mode, started in (("thread", ["spawn"]), ("failing fork", ["no fork", "spawn"])):
        spawned, seen = _run(corpus, mode, tmp_path / f"cache-{mode}")
        assert spawned == alone
        assert seen["started"] == started
        assert 0 < seen["read_here"] < read


def test_a_corpus_new_to_the_cache_forks_its_helper_and_one_it_holds_spawns_it(tmp_path: Path) -> None:
    """With a cache file already there (another corpus's), the helper starts at the first file parsed:
    forked when the cache gave no article of the corpus before it (this process holds one article),
    spawned when it gave some (this process holds part of the corpus)."""
    corpus = _corpus(tmp_path / "corpus")
    cache = tmp_path / "cache"
    _run(_corpus(tmp_path / "other", files=70), "one process", cache)  # (big enough to be cached)
    assert (cache / "storydiff.sqlite3").exists()
    alone, seen = _run(corpus, "one process", tmp_path / "cache-one")
    forked, seen = _run(corpus, "fork", cache)
    assert seen["started"] == ["fork"] and seen["children"] == ["same"]
    assert forked == alone
    last = sorted(corpus.glob("*.txt"))[-1]  # the others come from the cache before it is parsed
    last.write_text(last.read_text(encoding="utf-8") + "\n\nA line added at the end.\n", encoding="utf-8")
    _, seen = _run(corpus, "fork", cache)
    assert seen["started"] == ["spawn"]


def test_no_fork_beside_another_thread_nor_from_one() -> None:
    """The app loads its corpus in a worker thread: a helper forked then could copy a lock the UI
    thread held, held for ever."""
    from_thread: list[bool] = []
    worker = threading.Thread(target=lambda: from_thread.append(processes.fork_is_safe()))
    worker.start()
    worker.join()
    assert from_thread == [False]
    stop = threading.Event()
    beside = threading.Thread(target=stop.wait)
    beside.start()
    try:
        assert not processes.fork_is_safe()
        assert processes.fork_helper(int) is None
    finally:
        stop.set()
        beside.join()


def _left_in(session: int) -> list[int]:
    """The processes still running in the session ``session``."""
    left = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/stat", "rb") as stat:
                fields = stat.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        if int(fields[3]) == session and fields[0] != b"Z":
            left.append(int(pid))
    return left


def test_no_process_is_left_when_the_reader_stops_early(tmp_path: Path) -> None:
    """``storydiff quotes CORPUS | head -1``: the command ends at its first write into the closed pipe,
    and its forked helper with it."""
    corpus = _corpus(tmp_path / "corpus")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "STORYDIFF_CACHE_DIR": str(tmp_path / "cache")}
    command = subprocess.Popen(
        [sys.executable, "-m", "storydiff.cli", "quotes", str(corpus)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        cwd=ROOT,
        start_new_session=True,
    )
    try:
        assert command.stdout is not None
        assert command.stdout.readline().strip()  # the first line, then the reader goes
        command.stdout.close()
        assert command.wait(timeout=120) == 0
        until = time.monotonic() + 30
        while _left_in(command.pid) and time.monotonic() < until:
            time.sleep(0.05)
        assert _left_in(command.pid) == []
    finally:
        for pid in _left_in(command.pid):
            os.kill(pid, signal.SIGKILL)
        if command.poll() is None:
            command.kill()
