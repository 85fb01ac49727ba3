"""``storydiff quotes`` and ``storydiff list`` end to end, as a script runs them: MB/s, cold and warm.

Each run is a fresh process (interpreter start, imports, loading, the command's work, JSON on
stdout into a pipe that is read and thrown away), with ``STORYDIFF_CACHE_DIR`` in a temp folder:
"cold" starts from an empty cache (every file parsed, then stored), "warm" from one a run of the
same tree filled (every article read back from the cache). ``--against TREE`` runs another checkout
(``/work/base8``, say) in the same rounds, the two trees taking turns, and prints the ratio of their
best times, wall and CPU (below 1: this tree is faster; on a shared machine CPU time is the steadier
figure). Both trees' output must be the same bytes: a run whose stdout differs is reported.

The corpus: ``--corpus PATH`` (a folder), else the 4 MB synthetic one of
``bench/quotes_speed.py`` (the seeds, speakers and words varied) written to a temp folder.

    python bench/cli_speed.py [--against ../base8] [--runs 3] [--commands quotes list] [--corpus PATH]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SYNTHETIC_MB = 4.0
MODES = ("cold", "warm")


def write_synthetic(folder: Path, megabytes: float) -> None:
    """The synthetic corpus of ``bench/quotes_speed.py`` as .txt files (its texts, not its parse)."""
    sys.path.insert(0, str(ROOT / "bench"))
    sys.path.insert(0, str(ROOT))
    from quotes_speed import synthetic_corpus

    for article in synthetic_corpus(megabytes):
        (folder / article.name).write_text(article.text, encoding="utf-8")


def corpus_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def run_once(tree: Path, command: str, corpus: Path, cache: Path) -> tuple[float, float, str]:
    """Wall and CPU seconds (user + system) of one ``storydiff COMMAND CORPUS --json`` with
    ``tree``'s code, and a digest of what it printed."""
    env = dict(os.environ, PYTHONPATH=str(tree), STORYDIFF_CACHE_DIR=str(cache))
    argv = [sys.executable, "-m", "storydiff.cli", command, str(corpus), "--json"]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(argv, env=env, cwd=tree, capture_output=True, check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return wall, cpu, hashlib.blake2b(done.stdout, digest_size=8).hexdigest()


def measure(trees: list[Path], commands: list[str], corpus: Path, runs: int, scratch: Path) -> None:
    """Best wall and CPU time per tree, command and mode over ``runs`` rounds, trees taking turns."""
    best: dict[tuple[Path, str, str], tuple[float, float]] = {}
    digests: dict[str, str] = {}
    warm_caches = {tree: scratch / f"warm{i}" for i, tree in enumerate(trees)}
    for tree, cache in warm_caches.items():  # fill each tree's warm cache (its own schema)
        run_once(tree, "list", corpus, cache)
    for round_ in range(runs):
        for command in commands:
            for mode in MODES:
                for tree in trees if round_ % 2 == 0 else trees[::-1]:
                    if mode == "cold":
                        cache = scratch / f"cold{round_}-{command}-{trees.index(tree)}"
                    else:
                        cache = warm_caches[tree]
                    wall, cpu, digest = run_once(tree, command, corpus, cache)
                    key = (tree, command, mode)
                    wall0, cpu0 = best.get(key, (float("inf"), float("inf")))
                    best[key] = (min(wall0, wall), min(cpu0, cpu))
                    if digest != digests.setdefault(command, digest):
                        print(f"!! {tree}: {command} printed other bytes than {trees[0]}", flush=True)
    megabytes = corpus_bytes(corpus) / 1e6
    print(f"corpus {corpus}: {megabytes:.2f} MB; best of {runs} fresh processes (wall, CPU = user+sys)")
    for command in commands:
        for mode in MODES:
            cells = []
            for tree in trees:
                wall, cpu = best[(tree, command, mode)]
                cells.append(
                    f"{tree.name}: wall {wall:5.2f} s {megabytes / wall:5.2f} MB/s, CPU {cpu:5.2f} s"
                )
            ratio = ""
            if len(trees) == 2:
                (wall1, cpu1), (wall2, cpu2) = (
                    best[(trees[0], command, mode)],
                    best[(trees[1], command, mode)],
                )
                ratio = f"  ratio wall {wall1 / wall2:.2f} CPU {cpu1 / cpu2:.2f}"
            print(f"{command:<7} {mode:<5} " + "   ".join(cells) + ratio, flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", type=Path, help="another checkout to time in the same rounds")
    parser.add_argument("--runs", type=int, default=3, help="rounds; the best time of each is kept")
    parser.add_argument("--commands", nargs="+", default=["quotes", "list"], help="subcommands to time")
    parser.add_argument("--corpus", type=Path, help="a folder of articles (default: synthetic 4 MB)")
    parser.add_argument("--mb", type=float, default=SYNTHETIC_MB, help="size of the synthetic corpus")
    args = parser.parse_args()
    trees = [ROOT] + ([args.against.resolve()] if args.against else [])
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        corpus = args.corpus
        if corpus is None:
            corpus = scratch / "corpus"
            corpus.mkdir()
            write_synthetic(corpus, args.mb)
            time.sleep(2.1)  # past the cache's "racy" window, as files a user brings are
        measure(trees, args.commands, corpus.resolve(), args.runs, scratch)
    return 0


if __name__ == "__main__":
    sys.exit(main())
