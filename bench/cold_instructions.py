"""A cold ``storydiff quotes`` as instructions that do not move from run to run: every file parsed and
every quote read, counted by callgrind.

``bench/cli_speed.py --instructions`` counts the command as it runs, in two processes; how the
articles split between them depends on their timing, and so does the work done twice (files parsed
and articles read by both, the helper's start-up), so its cold figure moved 1.008-1.045 between runs
of the same two trees. Here:

- "one": the command in one process (``os.cpu_count`` made 1 in a driver, so no helper is
  started: :func:`corpus.processes.workers`), PYTHONHASHSEED fixed, bytecode compiled first. The same
  tree counts the same within 0.1 %: the figure to trust for the work itself (parsing, reading, the
  speakers step, the cache's writes, the JSON).
- "two" (``--two``): the command as it runs, every process's count summed (main, helper, resource
  tracker), the median of ``--runs``: what the split costs on top (the helper's start-up, work done
  twice), with the spread.

Each run starts from an empty cache (``STORYDIFF_CACHE_DIR`` new) and its stdout is compared with the
first tree's. ``--warm`` also counts a warm run (every reading from the cache a cold run filled).

    python bench/cold_instructions.py [--against ../base23] [--corpus PATH | --mb 4] [--two]
                                      [--runs 3] [--warm]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from cli_speed import corpus_bytes, counts_by_process, synthetic_in  # noqa: E402

ONE_PROCESS = """\
import os, sys
os.cpu_count = lambda: 1  # corpus.processes.workers: no helper process, every article read here
sys.argv = ["storydiff", *sys.argv[1:]]
STOP = os.environ.get("COLD_STOP_AFTER")


def stop(*_args, **_kwargs):
    os._exit(0)


def then_stop(function):
    def run_then_stop(*args, **kwargs):
        function(*args, **kwargs)
        os._exit(0)

    return run_then_stop


if STOP == "head":  # up to the first file parsed: imports, the file listing, the cache opened
    import corpus.ingest.load

    corpus.ingest.load.parse_file = stop
elif STOP == "load":  # every file parsed and stored
    import corpus.story

    corpus.story.Story.load = classmethod(then_stop(corpus.story.Story.load.__func__))
elif STOP == "read":  # every article's quotes read (and their readings stored)
    import corpus.quotes.find

    corpus.quotes.find.quotes_by_article = then_stop(corpus.quotes.find.quotes_by_article)
elif STOP == "step":  # who is who across the corpus, statements, the cache closed: all but the JSON
    import storydiff.cli_quotes

    storydiff.cli_quotes.quotes_json = stop
from storydiff.cli import run
run()
"""
PHASES = ("head", "load", "read", "step")
"""Where ``--phases`` stops a one-process cold run: each phase is the difference of two counts."""


def _env(tree: Path, cache: Path, scratch: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(
        PYTHONPATH=str(tree),
        PYTHONHASHSEED="0",  # the same hashes, so the same work, at every run
        PYTHONPYCACHEPREFIX=str(scratch / f"pycache-{tree.name}"),
        STORYDIFF_CACHE_DIR=str(cache),
    )
    return env


def count(
    tree: Path, corpus: Path, scratch: Path, mode: str, cache: Path, stop: str = ""
) -> tuple[dict[str, int], str]:
    """Instructions of one ``storydiff quotes CORPUS --json`` per process kind, and a digest of its
    stdout; ``mode`` "one" runs it in one process, "two" as the console script does; ``stop``: the
    phase after which a one-process run stops (see :data:`PHASES`)."""
    out = Path(tempfile.mkdtemp(prefix=f"cg-{tree.name}-{mode}-", dir=scratch))  # this run's files alone
    driver = scratch / "one_process.py"
    driver.write_text(ONE_PROCESS, encoding="utf-8")
    command = [str(driver)] if mode == "one" else ["-m", "storydiff.cli"]
    argv = ["valgrind", "--tool=callgrind", "--trace-children=yes", f"--callgrind-out-file={out}/cg.%p"]
    argv += [sys.executable, *command, "quotes", str(corpus), "--json"]
    env = dict(_env(tree, cache, scratch), COLD_STOP_AFTER=stop)
    done = subprocess.run(argv, env=env, cwd=tree, capture_output=True, check=True)
    return counts_by_process(out), hashlib.blake2b(done.stdout, digest_size=8).hexdigest()


def compiled(tree: Path, corpus: Path, scratch: Path) -> None:
    """One plain run first, so that no count includes compiling the tree's modules."""
    env = _env(tree, scratch / f"compile-{tree.name}" / "cache", scratch)
    argv = [sys.executable, "-m", "storydiff.cli", "quotes", str(corpus), "--json"]
    subprocess.run(argv, env=env, cwd=tree, capture_output=True, check=True)


def phases(tree: Path, corpus: Path, scratch: Path, whole: int) -> None:
    """The one-process cold count split by phase: runs stopped after each of :data:`PHASES`, each
    from an empty cache, their counts subtracted (the JSON and the exit are what the whole run adds
    after the step)."""
    ends = []
    for stop in PHASES:
        counts, _ = count(tree, corpus, scratch, "one", scratch / f"{stop}-{tree.name}" / "cache", stop)
        ends.append(counts["main"])
    ends.append(whole)
    names = ("imports, listing, cache opened", "parse + store", "quote readings", "speakers step", "JSON")
    before = 0
    for name, end in zip(names, ends, strict=True):
        print(f"{tree.name:12s}   {name:<30s} {(end - before) / 1e9:7.3f} G  {(end - before) / whole:6.1%}")
        before = end


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", type=Path, help="another checkout counted the same way")
    parser.add_argument("--corpus", type=Path, help="a folder of articles (default: synthetic)")
    parser.add_argument("--mb", type=float, default=4.0, help="size of the synthetic corpus")
    parser.add_argument("--two", action="store_true", help="also count the two-process run")
    parser.add_argument("--runs", type=int, default=3, help="two-process runs; the median is kept")
    parser.add_argument("--warm", action="store_true", help="also count a warm run (one process)")
    parser.add_argument("--phases", action="store_true", help="also split the one-process cold count")
    args = parser.parse_args()
    trees = [ROOT] + ([args.against.resolve()] if args.against else [])
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        corpus = (args.corpus or synthetic_in(scratch, args.mb)).resolve()
        print(f"corpus {corpus}: {corpus_bytes(corpus) / 1e6:.2f} MB", flush=True)
        digests: set[str] = set()
        totals: dict[str, list[int]] = {}
        for tree in trees:
            compiled(tree, corpus, scratch)
            rows = [("cold one", scratch / f"one-{tree.name}" / "cache", "one")]
            if args.warm:
                rows.append(("warm one", rows[0][1], "one"))
            rows += [("cold two", scratch / f"two{i}-{tree.name}" / "cache", "two") for i in range(args.runs)]
            rows = rows if args.two else [row for row in rows if row[2] == "one"]
            for label, cache, mode in rows:
                counts, digest = count(tree, corpus, scratch, mode, cache)
                digests.add(digest)
                totals.setdefault(f"{tree}|{label}", []).append(sum(counts.values()))
                parts = ", ".join(f"{k} {v / 1e9:.3f} G" for k, v in counts.items() if v)
                print(f"{tree.name:12s} {label}: {sum(counts.values()) / 1e9:.3f} G ({parts})", flush=True)
            if args.phases:
                phases(tree, corpus, scratch, totals[f"{tree}|cold one"][0])
        if len(digests) > 1:
            print("!! the runs printed different bytes")
        for label in ("cold one", "warm one", "cold two"):
            found = [totals.get(f"{tree}|{label}") for tree in trees]
            if all(found):
                middle = [statistics.median(f) for f in found if f]
                spread = " / ".join(f"{min(f) / 1e9:.3f}-{max(f) / 1e9:.3f} G" for f in found if f)
                ratio = f"  ratio {middle[0] / middle[1]:.4f}" if len(middle) == 2 else ""
                print(f"{label}: median {' / '.join(f'{m / 1e9:.3f} G' for m in middle)}{ratio}  [{spread}]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
