"""The speakers step of ``storydiff quotes`` alone: what ``find_quotes`` does after the articles are
read (who is who across the corpus, statement groups), in one process, timed and counted.

That step runs in the command's main process alone, after both processes have read their articles:
on PolNeAR train's 840 articles it was a fifth of the command's wall time. Here the articles are
loaded and read once (no helper process), the readings kept, and ``find_quotes`` run with them given
(its reading step replaced by the kept readings), so only the step is measured: the best of
``--runs`` times, and with ``--instructions`` the instructions callgrind counts for it (a run that
stops before the step subtracted from one that runs it; PYTHONHASHSEED fixed, bytecode kept).
``--against TREE`` measures another checkout in the same way (its own code: a process each), and
checks that both give the same quotes and speakers.

    python bench/speakers_step.py [--corpus PATH] [--against ../base22] [--runs 5] [--instructions]
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import os
import pickle
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "polnear-train" / "text"


def child(corpus: Path, readings: Path, mode: str, runs: int) -> None:
    """In a process of the tree measured: read the corpus (or the readings kept), then the step."""
    sys.path.insert(0, os.getcwd())
    from corpus.ingest.load import load_corpus
    from corpus.quotes import find, quote_helper
    from corpus.quotes.article_quotes import quotes_by_article
    from corpus.quotes.names import shipped_tables

    gc.disable()  # as find_quotes runs
    if not readings.exists():
        quote_helper.PARALLEL_FROM = sys.maxsize  # read here, no helper
        articles = load_corpus(corpus)
        found = quotes_by_article(articles, shipped_tables(), None, None)
        readings.write_bytes(pickle.dumps((articles, found)))
    kept = readings.read_bytes()
    shipped_tables()
    if mode == "load":
        pickle.loads(kept)
        return
    best = float("inf")
    for _ in range(runs):
        # fresh readings each run: the step writes each quote's speaker and group into the quotes it
        # is given, and a second run on those compared other pairs (PolNeAR train's digest changed)
        articles, found = pickle.loads(kept)
        find.quotes_by_article = lambda *_args, _found=found, **_kw: _found  # type: ignore[assignment]
        started = time.perf_counter()
        quotes, speakers = find.find_quotes(articles)
        best = min(best, time.perf_counter() - started)
    print(f"{best:.4f} {hashlib.md5(repr((quotes, speakers)).encode()).hexdigest()}")


def _run(tree: Path, corpus: Path, readings: Path, mode: str, runs: int, valgrind: bool) -> str:
    env = dict(os.environ, PYTHONPATH=str(tree), PYTHONHASHSEED="0")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(readings.parent / f"pyc-{tree.name}")
    argv = [sys.executable, __file__, "--child", mode, "--corpus", str(corpus), "--runs", str(runs)]
    argv += ["--readings", str(readings)]
    if valgrind:
        argv = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *argv]
    done = subprocess.run(argv, cwd=tree, env=env, capture_output=True, text=True, check=True)
    if valgrind:
        counted = [line for line in done.stderr.splitlines() if "Collected" in line]
        return counted[-1].split()[-1]
    return done.stdout.strip()


def measure(tree: Path, corpus: Path, scratch: Path, runs: int, instructions: bool) -> tuple[float, str, int]:
    readings = scratch / f"readings-{tree.name}.pickle"  # each tree's own readings (its own classes)
    seconds, digest = _run(tree, corpus, readings, "step", runs, False).split()
    counted = 0
    if instructions:
        counted = int(_run(tree, corpus, readings, "step", 1, True)) - int(
            _run(tree, corpus, readings, "load", 1, True)
        )
    return float(seconds), digest, counted


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="a folder of articles")
    parser.add_argument("--against", type=Path, help="another checkout to measure the same way")
    parser.add_argument("--runs", type=int, default=5, help="runs of the step; the best time is kept")
    parser.add_argument("--instructions", action="store_true", help="also count instructions (callgrind)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--readings", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.corpus, args.readings, args.child, args.runs)
        return 0
    trees = [ROOT] + ([args.against.resolve()] if args.against else [])
    with tempfile.TemporaryDirectory() as tmp:
        found = [
            measure(tree, args.corpus.resolve(), Path(tmp), args.runs, args.instructions) for tree in trees
        ]
    for tree, (seconds, digest, counted) in zip(trees, found, strict=True):
        shown = f", {counted / 1e9:.3f} G instructions" if args.instructions else ""
        best = f"{seconds * 1000:7.1f} ms (best of {args.runs})"
        print(f"{tree.name:12s} speakers step {best}{shown}  [{digest[:8]}]")
    if len(found) == 2:
        (mine, my_digest, my_count), (theirs, their_digest, their_count) = found
        ratio = f", instructions {my_count / their_count:.3f}" if args.instructions and their_count else ""
        print(f"ratio time {mine / theirs:.3f}{ratio}")
        if my_digest != their_digest:
            print(f"!! {trees[1].name}: other quotes or speakers than {trees[0].name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
