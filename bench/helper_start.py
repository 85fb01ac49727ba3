"""How soon a cold ``storydiff quotes`` gets its second core: instructions (callgrind) the command's
process runs before it asks for the quote finder's helper, and those the helper runs to get ready
(its warm-up: importing the quote finder, reading the name tables) before it reads an article.

Until the helper is asked for, and while it warms up, one core does all the work: what is cut from
either starts the helper's share sooner (a wall-time gain, half the time cut, once both work), and
what the helper imports the command's process imports too, later. The same tree counts the same
within 0.1 % (PYTHONHASHSEED fixed, bytecode compiled first). ``--against TREE`` counts another
checkout the same way. A tree that forks the command line's helper (``processes.fork_helper``) is
stopped where it forks: the command has then imported the quote finder and read the name tables
itself, and the helper's warm-up counted here is what a spawned one would run (a forked one has it).

    python bench/helper_start.py [--against ../base27] [--corpus PATH | --mb 4]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from cli_speed import synthetic_in  # noqa: E402

TO_HELPER = """\
import os, sys
from corpus import processes
sys.argv = ["storydiff", "quotes", sys.argv[1], "--json"]
processes.start_helper = lambda: os._exit(0)  # asked for: stop here
if hasattr(processes, "fork_helper"):  # (a tree that forks the command line's helper)
    processes.fork_helper = lambda first: os._exit(0)
from storydiff.cli import run
run()
"""
WARM_UP = (
    "import corpus.processes as p; getattr(p, '_start_spawned', p._start_quietly)();"
    " import corpus.quotes.quote_helper as helper; helper.warm_up()"
)
"""A spawned helper's start: its initializer (which fills the kept regex codes where the tree has
them: :mod:`corpus.pattern_codes`), then the quote finder's warm-up."""


def _env(tree: Path, scratch: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(
        PYTHONPATH=str(tree), PYTHONHASHSEED="0", PYTHONPYCACHEPREFIX=str(scratch / f"pyc-{tree.name}")
    )
    return env


def first_command(tree: Path, corpus: Path, scratch: Path) -> None:
    """One whole command first, uncounted, as an installed storydiff has had: its bytecode written,
    and the regex codes a tree keeps (written at a command's end, which the counted runs never reach)."""
    env = dict(_env(tree, scratch), STORYDIFF_CACHE_DIR=tempfile.mkdtemp(dir=scratch))
    argv = [sys.executable, "-m", "storydiff.cli", "quotes", str(corpus), "--json"]
    subprocess.run(argv, env=env, cwd=tree, capture_output=True, check=True)


def instructions(tree: Path, argv: list[str], scratch: Path) -> int:
    """Instructions callgrind counts for ``python ARGV`` run on ``tree`` (an empty cache; bytecode
    compiled by a first plain run)."""
    env = _env(tree, scratch)
    for counted in (False, True):
        env["STORYDIFF_CACHE_DIR"] = tempfile.mkdtemp(dir=scratch)
        out = scratch / "cg.out"
        tool = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}"] if counted else []
        subprocess.run([*tool, sys.executable, *argv], env=env, cwd=tree, capture_output=True, check=True)
    for line in out.read_text(encoding="utf-8", errors="replace").splitlines():
        if line.startswith(("summary:", "totals:")):
            return int(line.split()[1])
    raise RuntimeError("no total in callgrind's output")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", type=Path, help="another checkout counted the same way")
    parser.add_argument("--corpus", type=Path, help="a folder of articles (default: synthetic)")
    parser.add_argument("--mb", type=float, default=4.0, help="size of the synthetic corpus")
    args = parser.parse_args()
    trees = [ROOT] + ([args.against.resolve()] if args.against else [])
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        corpus = (args.corpus or synthetic_in(scratch, args.mb)).resolve()
        driver = scratch / "to_helper.py"
        driver.write_text(TO_HELPER, encoding="utf-8")
        counts = {}
        for tree in trees:
            first_command(tree, corpus, scratch)
            before = instructions(tree, [str(driver), str(corpus)], scratch)
            warm = instructions(tree, ["-c", WARM_UP], scratch)
            counts[tree] = (before, warm)
            print(
                f"{tree.name:12s} before the helper is asked for {before / 1e6:8.1f} M;"
                f" the helper's warm-up (a whole process) {warm / 1e6:8.1f} M",
                flush=True,
            )
        if len(trees) == 2:
            (a1, a2), (b1, b2) = counts[trees[0]], counts[trees[1]]
            print(f"ratio: before the helper {a1 / b1:.4f}, its warm-up {a2 / b2:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
