"""Start-up as instructions, not time: a figure machine load does not move (``bench/startup.py``
measures wall time, which a shared, loaded machine scatters by ±20 %).

Counts the instructions (valgrind's cachegrind, ``Ir``) a bare Textual app and storydiff run from
launch to their first frame, in a pseudo-terminal of 120×36: each process stops as soon as Textual
has handed its first frame to the terminal (``App._display``), so what follows does not count. The
same count on the same tree repeats within 0.1 %. Prints each count and its ratio to the bare app;
``--against TREE`` adds another source tree (a checkout of main, say) for a before/after figure.
Needs valgrind; one run takes ~20 s per app.

    python bench/startup_instructions.py [--corpus seeds] [--against ../main]
"""

from __future__ import annotations

import argparse
import fcntl
import os
import re
import select
import shutil
import struct
import subprocess
import sys
import tempfile
import termios
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from startup import BARE, COLUMNS, LINES  # noqa: E402

DRIVER = """\
import os, sys
import textual.app

_display = textual.app.App._display
at_stop = []


def first_frame_then_stop(self, screen, renderable):
    _display(self, screen, renderable)
    for then in at_stop:
        then()
    os._exit(0)  # the first frame is made and handed to the terminal: count no further


textual.app.App._display = first_frame_then_stop
if sys.argv[1] == "bare":
    exec(compile(BARE.replace("Bare().run()", ""), "bare", "exec"))
    Bare().run()
else:
    try:  # a tree that keeps regex codes: filled first, as its console script does
        from corpus import pattern_codes
    except ImportError:
        pattern_codes = None
    if pattern_codes is not None:
        known = pattern_codes.fill()
        if os.environ.get("KEEP_CODES"):  # the warm-up run: kept at the first frame (a real run, at its end)
            at_stop.append(lambda: pattern_codes.keep(known))
    from storydiff.cli import main

    main([sys.argv[1]])
"""


def run_in_pty(command: list[str], env: dict[str, str], cwd: Path) -> None:
    """Run ``command`` to its end in a new pseudo-terminal, reading what it writes (a terminal
    nobody reads fills up and stops the app mid-frame)."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", LINES, COLUMNS, 0, 0))
    child = subprocess.Popen(
        command, stdin=slave, stdout=slave, stderr=slave, env=env, cwd=cwd, start_new_session=True
    )
    os.close(slave)
    try:
        while child.poll() is None:
            ready, _, _ = select.select([master], [], [], 0.5)
            if ready:
                try:
                    os.read(master, 65536)
                except OSError:  # the child closed the terminal
                    break
        child.wait(timeout=600)
    finally:
        os.close(master)


def instructions(target: str, tree: Path, scratch: Path) -> int:
    """Instructions from launch to the first frame: ``target`` is "bare" or a corpus path."""
    log = scratch / "cachegrind.log"
    driver = scratch / "first_frame.py"
    driver.write_text(f"BARE = {BARE!r}\n{DRIVER}", encoding="utf-8")
    inherited = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env = {
        **inherited,
        "PYTHONHASHSEED": "0",  # the same hashes, so the same work, at every run
        "PYTHONPYCACHEPREFIX": str(scratch / "pycache"),
        "PYTHONPATH": str(tree),
        "STORYDIFF_CACHE_DIR": str(scratch / "cache"),
        "STORYDIFF_KEYMAP": str(scratch / "no-keymap.toml"),
        "TERM": os.environ.get("TERM", "xterm-256color"),
        "COLUMNS": str(COLUMNS),
        "LINES": str(LINES),
    }
    # Compiled first (as an installed package is), so no run counts compiling the tree's modules.
    python = [sys.executable]
    subprocess.run([*python, "-m", "compileall", "-q", "corpus", "tui", "storydiff"], cwd=tree, env=env)
    # compiles Textual, warms the disk cache, keeps the regex codes where the tree keeps them
    run_in_pty([*python, str(driver), target], {**env, "KEEP_CODES": "1"}, scratch)
    valgrind = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null"]
    run_in_pty([*valgrind, f"--log-file={log}", *python, str(driver), target], env, scratch)
    found = re.search(r"I\s+refs:\s+([\d,]+)", log.read_text(encoding="utf-8"))
    if found is None:
        sys.exit(f"valgrind counted nothing: {log.read_text(encoding='utf-8')[-500:]}")
    return int(found.group(1).replace(",", ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "seeds")
    parser.add_argument("--tree", type=Path, default=ROOT, help="the storydiff source tree to run")
    parser.add_argument("--against", type=Path, help="another source tree to count the same way")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is not installed: bench/startup.py measures the same in wall time")
    corpus = str(args.corpus.resolve())
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder)
        bare = instructions("bare", args.tree.resolve(), scratch)
        print(f"bare Textual app, launch to first frame: {bare / 1e6:8.1f} M instructions")
        for tree in [args.tree, *([args.against] if args.against else [])]:
            count = instructions(corpus, tree.resolve(), scratch)
            print(f"storydiff on {corpus} ({tree}): {count / 1e6:8.1f} M instructions, {count / bare:.3f}x")


if __name__ == "__main__":
    main()
