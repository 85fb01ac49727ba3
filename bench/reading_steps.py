"""Where the reading of quotes spends its CPU, step by step: a sampling profile of ``quotes_of`` over
every article of the bench corpus, each sample given to the step that was running.

The reading (:mod:`corpus.quotes.article_reading`) is a chain of steps: the quote spans, the
article's reading (masked text, sentences, cues), the attribution steps of each quote
(:mod:`corpus.quotes.attribution`), the ranker's second opinion (:mod:`corpus.quotes.rerank`), the
later rules, whom a relayer quotes, and the names and roles a reader sees. No Python line stands
above 2 % of the samples: the cost is spread over many rule modules, so this sums it per step.

A *step* is the function an orchestrating frame called: for each sample, the innermost frame of
:data:`ORCHESTRATORS` is found on the stack, and the sample goes to the function it called (its
module and name). Each step's share is of all the samples of the reading (inclusive: the step and
what it called); the calls come from a second, deterministic run (``cProfile``'s count of that
function's calls), printed with ``--calls``. A second table sums the samples per module on the
stack (a module counts once a sample), for the rule modules shared by several steps.

It samples the Python stack every ``--interval`` seconds of CPU (``SIGPROF``), costing the work next
to nothing; a sample taken in a C call (a regex scan) counts for the Python line that made it. The
reading runs in this one process, with the cyclic collector off (as in the command), over the
synthetic corpus of ``bench/quotes_speed.py``; ``--runs`` repeats it in fresh processes.

    python bench/reading_steps.py [--mb 4] [--runs 2] [--calls] [--top 40]
                                  [--split corpus/quotes/attribution.py:same_sentence ...]
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import json
import os
import pstats
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

ORCHESTRATORS = frozenset(
    {
        "corpus/quotes/article_reading.py:quotes_of",
        "corpus/quotes/article_reading.py:_read_what_can_be",
        "corpus/quotes/article_reading.py:_read_relayed",
        "corpus/quotes/article_reading.py:_role_once",
        "corpus/quotes/attribution.py:attribute",
        "corpus/quotes/attribution.py:find_speaker",
        "corpus/quotes/attribution.py:resolved",
        "corpus/quotes/rerank.py:rerank",
    }
)
"""The functions that call the reading's steps in turn: a sample goes to the step one of them
called (the innermost of them on the stack)."""

READER = "bench/reading_steps.py:read_all"


def _name(frame: FrameType) -> str:
    code = frame.f_code
    path = code.co_filename
    where = os.path.relpath(path, ROOT) if path.startswith(str(ROOT)) else os.path.basename(path)
    return f"{where}:{code.co_name}"


def _module(name: str) -> str:
    return name.rsplit(":", 1)[0]


def read_all(articles: list) -> None:  # type: ignore[type-arg]
    """Every article's quotes read, as the command reads them (one pair reader for the corpus)."""
    from corpus.quotes.article_reading import quotes_of
    from corpus.quotes.name_pairs import NamePairs
    from corpus.quotes.names import shipped_tables

    tables = shipped_tables()
    pairs = NamePairs(tables)
    for article in articles:
        quotes_of(article, tables, pairs)


def step_of(stack: list[str], orchestrators: frozenset[str] = ORCHESTRATORS) -> str:
    """The step a sample's stack (outermost first) is in: the function the innermost orchestrator
    called, the orchestrator's own lines where it called none."""
    for i in range(len(stack) - 1, -1, -1):
        if stack[i] in orchestrators:
            return stack[i + 1] if i + 1 < len(stack) else f"{stack[i]} (own lines)"
    return stack[-1] if stack else "?"


def sample_run(mb: float, interval: float, split: list[str]) -> tuple[Counter[str], Counter[str], int]:
    """Samples per step, per module on the stack, and in all, of one reading of the corpus
    (``split``: more functions read as orchestrators, so that the steps they call are told apart)."""
    from quotes_speed import synthetic_corpus

    import corpus.quotes.article_reading  # noqa: F401  (imports and tables made before sampling)
    from corpus.quotes.names import shipped_tables

    shipped_tables()
    articles = synthetic_corpus(mb)
    steps: Counter[str] = Counter()
    modules: Counter[str] = Counter()
    total = 0
    orchestrators = ORCHESTRATORS | frozenset(split)

    def sample(_signum: int, frame: FrameType | None) -> None:
        nonlocal total
        stack: list[str] = []
        while frame is not None:
            stack.append(_name(frame))
            frame = frame.f_back
        stack.reverse()
        if READER not in stack:
            return  # (not the reading: the corpus made, say)
        stack = stack[stack.index(READER) + 1 :]
        total += 1
        steps[step_of(stack, orchestrators)] += 1
        modules.update({_module(name) for name in stack})

    gc.disable()
    signal.signal(signal.SIGPROF, sample)
    signal.setitimer(signal.ITIMER_PROF, interval, interval)
    try:
        read_all(articles)
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
        gc.enable()
    return steps, modules, total


def call_counts(mb: float) -> dict[str, int]:
    """How often each function is called in one reading of the corpus (``cProfile``, primitive calls)."""
    from quotes_speed import synthetic_corpus

    articles = synthetic_corpus(mb)
    profile = cProfile.Profile()
    profile.runcall(read_all, articles)
    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    counts: dict[str, int] = {}
    for (path, _line, function), (primitive, *_rest) in stats.items():
        where = os.path.relpath(path, ROOT) if path.startswith(str(ROOT)) else os.path.basename(path)
        counts[f"{where}:{function}"] = counts.get(f"{where}:{function}", 0) + primitive
    return counts


def _child(args: argparse.Namespace) -> None:
    if args.child_calls:
        out = call_counts(args.mb)
    else:
        steps, modules, total = sample_run(args.mb, args.interval, args.split)
        out = {"steps": dict(steps), "modules": dict(modules), "total": total}
    args.child.write_text(json.dumps(out), encoding="utf-8")


def _run_child(args: argparse.Namespace, out: Path, calls: bool) -> dict:  # type: ignore[type-arg]
    argv = [sys.executable, __file__, "--mb", str(args.mb), "--interval", str(args.interval)]
    argv += ["--child", str(out)] + (["--child-calls"] if calls else [])
    argv += [f"--split={name}" for name in args.split]
    subprocess.run(argv, check=True, env=dict(os.environ, PYTHONHASHSEED="0"))
    return json.loads(out.read_text(encoding="utf-8"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=4.0, help="size of the synthetic corpus in MB")
    parser.add_argument("--runs", type=int, default=2, help="sampled runs, each in a fresh process")
    parser.add_argument("--calls", action="store_true", help="also count each step's calls (cProfile)")
    parser.add_argument("--top", type=int, default=40, help="rows of each table")
    parser.add_argument("--interval", type=float, default=0.001, help="seconds of CPU between samples")
    parser.add_argument(
        "--split",
        action="append",
        default=[],
        help="a step (path:function, as printed) to split into the steps it calls; repeatable",
    )
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--child-calls", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        _child(args)
        return
    steps: Counter[str] = Counter()
    modules: Counter[str] = Counter()
    total = 0
    calls: dict[str, int] = {}
    with tempfile.TemporaryDirectory() as scratch:
        for run in range(args.runs):
            part = _run_child(args, Path(scratch) / f"run{run}.json", calls=False)
            steps.update(part["steps"])
            modules.update(part["modules"])
            total += part["total"]
        if args.calls:
            calls = _run_child(args, Path(scratch) / "calls.json", calls=True)
    print(f"{total} samples of the reading in {args.runs} run(s) over {args.mb} MB")
    print(f"\n== steps (inclusive share of the reading){'; calls in one run' if calls else ''}")
    for name, n in steps.most_common(args.top):
        count = calls.get(name.removesuffix(" (own lines)"), 0) if calls else None
        print(f"{100 * n / total:5.1f}%  {'' if count is None else f'{count:>9,}  '}{name}")
    print("\n== modules on the stack (inclusive share of the reading)")
    for name, n in modules.most_common(args.top):
        print(f"{100 * n / total:5.1f}%  {name}")


if __name__ == "__main__":
    main()
