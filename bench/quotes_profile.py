"""Where ``storydiff quotes`` spends its CPU, function by function: a sampling profile of its work.

cProfile's hook runs at every call and return, so it inflates what makes many small calls (the
quote finder makes millions) and tells little of a flat profile; this samples the Python stack
instead, every ``--interval`` seconds of CPU time (``SIGPROF``: the kernel's tick, some 4 ms here,
whatever is asked below it), which costs the work next to nothing. A sample taken during a C call
(a regex scan, a ``str`` method) counts for the Python line that made it.

The work is the command's, in this one process: the corpus loaded into an empty cache (parsed and
stored), every article's quotes read (no helper process: one core does it all, as the two share it
in the command), the speakers and statements settled, the JSON written; with the cyclic collector
off, as the command runs. Prints the share of samples in which each function was on the stack
(inclusive: it and what it called), at its top (exclusive) and the hottest lines. ``--ask every``
(or a number of characters) asks the speaker ranker as ``bench/quotes_speed.py --ask`` does, to see
where asking nearer would spend. Run it a few times (``--runs``): the samples of each are added.

    python bench/quotes_profile.py [--corpus PATH | --mb 4] [--ask every] [--runs 3] [--top 60]
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import signal
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from types import FrameType

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

Counts = tuple[Counter[str], Counter[str], Counter[str]]
"""Samples per function on the stack (inclusive), per function at its top, per line at its top."""


def _name(frame: FrameType) -> str:
    code = frame.f_code
    path = code.co_filename
    where = os.path.relpath(path, ROOT) if path.startswith(str(ROOT)) else os.path.basename(path)
    return f"{where}:{code.co_name}"


def profile_once(corpus: Path, interval: float) -> Counts:
    """One sampled run of the command's work over ``corpus`` (a folder), in this process."""
    from corpus.quotes import quote_helper
    from corpus.story import Story
    from storydiff.cli_quotes import quotes_json

    quote_helper.PARALLEL_FROM = sys.maxsize  # no helper process: every article read here
    inclusive: Counter[str] = Counter()
    exclusive: Counter[str] = Counter()
    lines: Counter[str] = Counter()

    def sample(_signum: int, frame: FrameType | None) -> None:
        if frame is None:
            return
        top = _name(frame)
        exclusive[top] += 1
        lines[f"{top}:{frame.f_lineno}"] += 1
        seen = set()
        while frame is not None:
            name = _name(frame)
            if name not in seen:  # (a recursive function counts once a sample)
                seen.add(name)
                inclusive[name] += 1
            frame = frame.f_back

    with tempfile.TemporaryDirectory() as cache:
        os.environ["STORYDIFF_CACHE_DIR"] = cache
        gc.disable()
        signal.signal(signal.SIGPROF, sample)
        signal.setitimer(signal.ITIMER_PROF, interval, interval)
        try:
            quotes_json(Story.load(corpus, quotes_ahead=True).quotes_alone())
        finally:
            signal.setitimer(signal.ITIMER_PROF, 0, 0)
            gc.enable()
    return inclusive, exclusive, lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, help="a folder of articles (default: the synthetic corpus)")
    parser.add_argument("--mb", type=float, default=4.0, help="size of the synthetic corpus in MB")
    parser.add_argument("--ask", default="shipped", help='which quotes the ranker is asked: "every" or N')
    parser.add_argument("--runs", type=int, default=1, help="runs, each in a fresh process, samples added")
    parser.add_argument("--top", type=int, default=60, help="rows of each table")
    parser.add_argument("--interval", type=float, default=0.001, help="seconds of CPU between samples")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:  # one run, in a fresh process (no memo kept from a run before)
        from quotes_speed import ask_ranker

        ask_ranker(args.ask)
        counts = profile_once(args.corpus, args.interval)
        args.child.write_text(json.dumps([dict(c) for c in counts]), encoding="utf-8")
        return
    with tempfile.TemporaryDirectory() as scratch:
        from cli_speed import synthetic_in

        corpus = args.corpus or synthetic_in(Path(scratch), args.mb)
        totals: Counts = (Counter(), Counter(), Counter())
        for run in range(args.runs):
            out = Path(scratch) / f"run{run}.txt"
            argv = [sys.executable, __file__, "--corpus", str(corpus), "--ask", args.ask]
            argv += ["--interval", str(args.interval), "--child", str(out)]
            subprocess.run(argv, check=True)
            for total, part in zip(totals, json.loads(out.read_text(encoding="utf-8")), strict=True):
                total.update(part)
    samples = sum(totals[1].values())
    print(f"{samples} samples of {args.runs} run(s); ranker asked: {args.ask}")
    for title, counter in zip(("on the stack", "at the top", "lines at the top"), totals, strict=True):
        print(f"\n== {title} (% of samples)")
        for name, n in counter.most_common(args.top):
            print(f"{100 * n / samples:5.1f}  {name}")


if __name__ == "__main__":
    main()
