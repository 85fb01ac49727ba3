"""Start-up time as a user sees it: the ``storydiff`` console script in a real pseudo-terminal, from
launch to the first painted article list, against a bare Textual app started the same way.

Both are executable scripts with the venv's Python on their ``#!`` line (the console script is the
one installed beside ``sys.executable``: ``.venv/bin/storydiff`` in a fresh set-up), run in a new
pseudo-terminal of 120×36 (``pty``), interleaved, the same number of times in one run. The clock
stops when the terminal receives the first frame showing what each app shows: for storydiff the
title of an article of the list, for the bare app its one Static. The console script runs this tree
(``PYTHONPATH``), with a fresh cache folder, both from compiled bytecode. Prints both medians and
their ratio (aim: <= 1.2). ``--against TREE`` times another source tree's console script too (a
checkout of main, say), in the same interleaved runs, for a before/after figure.

    python bench/startup.py [--runs 9] [--corpus seeds] [--against ../main]
"""

from __future__ import annotations

import argparse
import fcntl
import os
import select
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COLUMNS, LINES = 120, 36
MARK_LENGTH = 16
"""Characters of a title the terminal must receive: enough to be unique, short enough not to be
cut by the title column."""
TIMEOUT = 60.0

BARE = """\
from textual.app import App
from textual.widgets import Static


class Bare(App):
    def compose(self):
        yield Static("bare app painted")


Bare().run()
"""


def console_script() -> Path:
    """The ``storydiff`` script installed beside this Python (as ``pip install -e .`` puts it)."""
    script = Path(sys.executable).parent / "storydiff"
    if not script.exists():
        sys.exit(f"no storydiff console script beside {sys.executable}: install the project first")
    return script


def _drain_until_ended(child: subprocess.Popen[bytes], master: int, seconds: float = 10.0) -> None:
    """Read the terminal (an app blocks on a full one) until ``child`` ends, ``seconds`` at most."""
    until = time.perf_counter() + seconds
    while child.poll() is None and time.perf_counter() < until:
        ready, _, _ = select.select([master], [], [], 0.1)
        if ready:
            try:
                os.read(master, 65536)
            except OSError:  # the child closed the terminal
                return


def bare_script(folder: Path) -> Path:
    """The bare app as an executable script with the same ``#!`` line as the console script."""
    script = folder / "bare-textual"
    script.write_text(f"#!{sys.executable}\n{BARE}", encoding="utf-8")
    script.chmod(0o755)
    return script


def launch_to_paint(
    command: list[str], mark: str, env: dict[str, str], cwd: Path, quit_keys: bytes = b""
) -> float:
    """Seconds from spawning ``command`` in a new pseudo-terminal to the terminal receiving ``mark``.
    ``quit_keys``: typed then, and the app given a few seconds to end as a user's does (else it is
    killed at once): the warm-up runs, after which the console script has written what it keeps at
    its end (the regex codes of :mod:`corpus.pattern_codes`), as an installed storydiff has."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", LINES, COLUMNS, 0, 0))
    wanted = mark.encode("utf-8")
    start = time.perf_counter()
    child = subprocess.Popen(
        command, stdin=slave, stdout=slave, stderr=slave, env=env, cwd=cwd, start_new_session=True
    )
    os.close(slave)
    received = b""
    try:
        while True:
            if time.perf_counter() - start > TIMEOUT:
                raise RuntimeError(
                    f"{command[0]} painted no {mark!r} in {TIMEOUT:.0f} s: {received[-300:]!r}"
                )
            ready, _, _ = select.select([master], [], [], 0.5)
            if not ready:
                continue
            try:
                chunk = os.read(master, 65536)
            except OSError:  # the child closed the terminal
                chunk = b""
            if not chunk:
                raise RuntimeError(f"{command[0]} ended before painting {mark!r}: {received[-300:]!r}")
            received = received[-len(wanted) :] + chunk
            if wanted in received:
                painted = time.perf_counter() - start
                if quit_keys:
                    os.write(master, quit_keys)
                    _drain_until_ended(child, master)
                return painted
    finally:
        os.killpg(child.pid, signal.SIGKILL)  # the figure is taken; its workers need not finish
        child.wait()
        os.close(master)


def list_mark(corpus: Path) -> str:
    """A title the article list shows on its first screen (the last one of the first rows)."""
    sys.path.insert(0, str(ROOT))
    from corpus.story import Story

    articles = Story.load(corpus).articles[: LINES - 12]
    titled = [a.title for a in articles if a.title and len(a.title) >= MARK_LENGTH and a.title.isprintable()]
    if not titled:
        sys.exit(f"{corpus}: no article with a title of {MARK_LENGTH}+ characters to wait for")
    return titled[-1][:MARK_LENGTH]


def heavy_modules(tree: Path) -> list[str]:
    """Engine modules that ``storydiff`` (the console script's module) imports before it knows the command."""
    heavy = ("bs4", "corpus.quotes", "corpus.passages", "corpus.ingest", "corpus.cache", "textual")
    code = f"import sys, storydiff.cli; print(' '.join(m for m in {heavy!r} if m in sys.modules))"
    env = {**os.environ, "PYTHONPATH": str(tree)}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=tree, check=True
    )
    return out.stdout.split()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--corpus", type=Path, default=ROOT / "seeds")
    parser.add_argument("--tree", type=Path, default=ROOT, help="the storydiff source tree to run")
    parser.add_argument("--against", type=Path, help="another source tree to time in the same runs")
    args = parser.parse_args()
    corpus = args.corpus.resolve()
    mark = list_mark(corpus)
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder)
        # Both run from compiled bytecode, as an installed package does (pip compiles it): a
        # PYTHONDONTWRITEBYTECODE in this shell would have storydiff compile its own modules at
        # every start while textual's come compiled. The warm-up runs write it to the scratch folder.
        inherited = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env = {
            **inherited,
            "PYTHONPYCACHEPREFIX": str(scratch / "pycache"),
            "PYTHONPATH": str(args.tree.resolve()),
            "STORYDIFF_CACHE_DIR": str(scratch / "cache"),
            "STORYDIFF_KEYMAP": str(scratch / "no-keymap.toml"),
            "TERM": os.environ.get("TERM", "xterm-256color"),
            "COLUMNS": str(COLUMNS),
            "LINES": str(LINES),
        }
        other = {**env, "PYTHONPATH": str(args.against.resolve())} if args.against else None
        bare = [str(bare_script(scratch))]
        storydiff = [str(console_script()), str(corpus)]
        launch_to_paint(bare, "bare app painted", env, scratch)  # warm the file system cache and .pyc files
        launch_to_paint(storydiff, mark, env, scratch, quit_keys=b"q")
        if other:
            launch_to_paint(storydiff, mark, other, scratch, quit_keys=b"q")
        bare_times, app_times, other_times = [], [], []
        for _ in range(args.runs):  # interleaved, so machine load hits all alike
            bare_times.append(launch_to_paint(bare, "bare app painted", env, scratch))
            app_times.append(launch_to_paint(storydiff, mark, env, scratch))
            if other:
                other_times.append(launch_to_paint(storydiff, mark, other, scratch))
    b, a = statistics.median(bare_times), statistics.median(app_times)
    print(f"bare Textual app (script in a pty):   median {b * 1000:6.0f} ms  (runs: {args.runs})")
    print(f"storydiff console script, list shown: median {a * 1000:6.0f} ms  ({corpus}, {args.tree})")
    paired = statistics.median(x / y for x, y in zip(app_times, bare_times, strict=True))
    print(f"ratio: {a / b:.2f}x  (aim <= 1.2x); median of the interleaved pairs' ratios: {paired:.2f}x")
    if other_times:
        o = statistics.median(other_times)
        print(f"the same, tree {args.against}: median {o * 1000:6.0f} ms, ratio {o / b:.2f}x")
    heavy = ", ".join(heavy_modules(args.tree.resolve())) or "none"
    print(f"engine and UI modules `import storydiff.cli` loads: {heavy}")


if __name__ == "__main__":
    main()
