"""Quote finding throughput on a large synthetic corpus built from the seeds.

Usage: python bench/quotes_speed.py [--mb 8] [--repeat 3] [--storm-mb 1]
       python bench/quotes_speed.py --against TREE [--mb 2] [--rounds 3]

Builds about ``--mb`` megabytes of articles from the five seeds (each copy with
its speakers' names and some words varied, so names and statements do not all
collapse into one), loads them as articles, then times ``find_quotes`` over
them and, in the same run over the same text, a bare regex scan for pairs of
double quote marks (the floor any quote finder pays). Prints MB/s (wall time) for both and
their ratio (best of ``--repeat`` runs each: the machine is shared), and find_quotes' MB/s in one
process (on a big corpus it shares the articles with a helper process, whose start-up the first
figure includes: :mod:`corpus.quotes.article_quotes`). Then times quote storms of ``--storm-mb``
megabytes (a quote mark every other character: straight only, straight and curly mixed, and the
marks of the European conventions), which must stay linear.

``--against TREE`` compares the wall time and the CPU time (of every process, the helper's included)
of ``find_quotes`` here with another checkout of the project (``/work/base3``, say) on the synthetic
corpus and on ``../shared/polnear-dev`` (or the ``--corpus`` folders given): each run in a fresh process
with that tree's code, the two trees taking turns ``--rounds`` times, best of each.
``--ask every`` (or a number of characters) runs this tree's quote finder with the speaker ranker
asked about every quote (or about those whose rules' mention lies farther than that from them,
``rerank.ASK_BEYOND``), ``--base-ask`` the other tree's (default: as each tree ships): the cost
of an ask rule against the shipped finder, or of one candidate stage against another.

"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_CHILD = "QUOTES_SPEED_TREE"
"""Set in a child run of ``--against``: the code measured is that of its PYTHONPATH, not this tree's."""
if _CHILD not in os.environ:
    sys.path.insert(0, str(ROOT))

from corpus.ingest.load import article_from_text  # noqa: E402
from corpus.model import Article  # noqa: E402
from corpus.quotes import find_quotes  # noqa: E402

_BARE = re.compile(r"[“\"]([^“”\"\n]+)[”\"]")
_SURNAMES = ["Stoltenberg", "Peskov", "Kuleba", "Scholz", "Zakharova", "Chizhov", "Makey", "Biden"]
_WORDS = ["troops", "talks", "signs", "border", "drills", "weapons", "sanctions", "forces"]


def synthetic_corpus(megabytes: float, seed: int = 7) -> list[Article]:
    rng = random.Random(seed)
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    articles: list[Article] = []
    size = 0
    n = 0
    while size < megabytes * 1_000_000:
        text = seeds[n % len(seeds)]
        # vary who speaks and a few words, so speakers and statements differ between copies
        for surname in _SURNAMES:
            if rng.random() < 0.5:
                text = text.replace(surname, surname + rng.choice("aeiou") + str(n % 97))
        for word in _WORDS:
            if rng.random() < 0.3:
                text = text.replace(word, rng.choice(_WORDS))
        name = f"{n:06d}.txt"
        articles.append(article_from_text(name, Path(name), text))
        size += len(text.encode("utf-8"))
        n += 1
    return articles


POLNEAR_DEV = ROOT / ".." / "shared" / "polnear-dev" / "text"


def ask_ranker(rule: str) -> None:
    """Set which quotes the speaker ranker is asked about: "every", a number of characters
    (``rerank.ASK_BEYOND``) or "shipped" (as the tree ships)."""
    if rule == "shipped":
        return
    from corpus.quotes import rerank

    beyond = None if rule == "every" else int(rule)
    rerank.ASK_BEYOND = beyond  # type: ignore[assignment]
    # (a tree whose rerank reads the rule as asks_ranker's default argument, bound when defined)
    rerank.asks_ranker.__defaults__ = (beyond,)


def time_find_quotes(corpus: str, mb: float, repeat: int) -> tuple[float, float]:
    """The least wall time and the least CPU time (this process and the helper process it starts) of
    ``find_quotes`` over ``corpus`` ("synthetic" or a folder) in ``repeat`` runs, after one run to
    warm up (the name tables are read on first use)."""
    if corpus == "synthetic":
        articles = synthetic_corpus(mb)  # the seeds of this tree, the same text for both
    else:
        from corpus.ingest.load import load_corpus

        articles = load_corpus(Path(corpus))
    find_quotes(articles)
    _helpers_ended()
    wall = cpu = float("inf")
    for _ in range(repeat):
        cpu_before = _cpu_with_helpers()
        t0 = time.perf_counter()
        find_quotes(articles)
        wall = min(wall, time.perf_counter() - t0)
        _helpers_ended()
        cpu = min(cpu, _cpu_with_helpers() - cpu_before)
    return wall, cpu


def _cpu_with_helpers() -> float:
    """CPU time of this process and of the helper processes that have ended (see _helpers_ended)."""
    own, ended = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + ended.ru_utime + ended.ru_stime


def _helpers_ended() -> None:
    """Wait for the helper processes find_quotes started to end, so that their CPU time counts (the
    quote finder lets its helper go without waiting for it)."""
    while multiprocessing.active_children():  # reaps those that have ended
        time.sleep(0.01)


def against(
    tree: Path,
    mb: float,
    rounds: int,
    asks: tuple[str, str] = ("shipped", "shipped"),
    corpora: list[str] | None = None,
) -> None:
    """Wall and CPU time of ``find_quotes`` with this tree's code and with ``tree``'s, taking turns
    (``asks``: the ranker's ask rule here and there, :func:`ask_ranker`)."""
    ask_of = {ROOT: asks[0], tree: asks[1]}
    for corpus in corpora or ["synthetic", str(POLNEAR_DEV.resolve())]:
        best = {ROOT: [float("inf")] * 2, tree: [float("inf")] * 2}
        for _ in range(rounds):
            for where in (tree, ROOT):
                env = dict(os.environ, PYTHONPATH=str(where), **{_CHILD: str(where)})
                child = [sys.executable, str(Path(__file__).resolve()), "--child", corpus, "--mb", str(mb)]
                child += ["--ask", ask_of[where]]
                out = subprocess.run(child, env=env, cwd=where, capture_output=True, text=True, check=True)
                figures = [float(f) for f in out.stdout.split()[-2:]]
                best[where] = [min(b, f) for b, f in zip(best[where], figures, strict=True)]
        label = f"synthetic {mb} MB" if corpus == "synthetic" else Path(corpus).name
        (here_wall, here_cpu), (there_wall, there_cpu) = best[ROOT], best[tree]
        print(
            f"find_quotes on {label}: wall {here_wall:.3f} s here (ranker asked: {asks[0]}), "
            f"{there_wall:.3f} s in {tree} (asked: {asks[1]}): ratio {here_wall / there_wall:.2f}; "
            f"CPU of every process {here_cpu:.3f} s / {there_cpu:.3f} s: ratio {here_cpu / there_cpu:.2f}"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=8.0, help="size of the synthetic corpus in MB")
    parser.add_argument("--repeat", type=int, default=3, help="best of this many runs")
    parser.add_argument("--storm-mb", type=float, default=1.0, help="size of each quote storm in MB")
    parser.add_argument("--against", type=Path, help="compare find_quotes' CPU time with this tree's")
    parser.add_argument("--rounds", type=int, default=3, help="turns each tree takes (--against)")
    parser.add_argument(
        "--ask",
        default="shipped",
        help="which quotes the ranker is asked about here: "
        "every, a number of characters (rerank.ASK_BEYOND) or shipped",
    )
    parser.add_argument("--base-ask", default="shipped", help="the same, in the --against tree")
    parser.add_argument(
        "--corpus",
        action="append",
        help="with --against: a folder of articles, or synthetic "
        "(repeatable; default: synthetic and polnear-dev)",
    )
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    ask_ranker(args.ask)
    if args.child:
        wall, cpu = time_find_quotes(args.child, args.mb, args.repeat)
        print(f"{wall:.4f} {cpu:.4f}")
        return 0
    if args.against:
        corpora = [str(Path(c).resolve()) if c != "synthetic" else c for c in args.corpus or []]
        against(args.against.resolve(), args.mb, args.rounds, (args.ask, args.base_ask), corpora)
        return 0
    t0 = time.perf_counter()
    articles = synthetic_corpus(args.mb)
    load_s = time.perf_counter() - t0
    mb = sum(len(a.text.encode("utf-8")) for a in articles) / 1_000_000
    print(f"corpus: {len(articles)} articles, {mb:.1f} MB (built and loaded in {load_s:.1f} s)")

    from corpus.quotes import quote_helper

    shipped_from = quote_helper.PARALLEL_FROM
    bare_s = find_s = alone_s = float("inf")
    for _ in range(args.repeat):  # the three taking turns: the machine is shared
        t0 = time.perf_counter()
        bare = sum(len(_BARE.findall(a.text)) for a in articles)
        bare_s = min(bare_s, time.perf_counter() - t0)
        t0 = time.perf_counter()
        quotes, speakers = find_quotes(articles)
        find_s = min(find_s, time.perf_counter() - t0)
        quote_helper.PARALLEL_FROM = len(articles) + 1  # one process, whatever the corpus
        t0 = time.perf_counter()
        find_quotes(articles)
        alone_s = min(alone_s, time.perf_counter() - t0)
        quote_helper.PARALLEL_FROM = shipped_from

    print(f"bare regex scan:  {bare:7d} spans    {mb / bare_s:8.1f} MB/s")
    print(f"find_quotes:      {len(quotes):7d} quotes   {mb / find_s:8.1f} MB/s  ({len(speakers)} speakers)")
    print(f"  in one process:                  {mb / alone_s:8.1f} MB/s")
    ratio = bare_s / find_s
    print(f"ratio find_quotes / bare regex: {ratio:.3f}  (find_quotes is {1 / ratio:.0f}x slower)")
    size = int(args.storm_mb * 1_000_000)
    storms = (
        ("straight", '"a' * (size // 2)),
        ("mixed", _mixed_storm(size)),
        ("European marks", _mixed_storm(size, "«»„“”‚‘’‹›")),
    )
    for label, storm in storms:
        article = article_from_text("storm.txt", Path("storm.txt"), "Quote storm\n\n" + storm + "\n")
        t0 = time.perf_counter()
        found, _ = find_quotes([article])
        took = time.perf_counter() - t0
        print(f"quote storm ({label}, {size / 1e6:.1f} MB): {len(found):7d} quotes in {took:.2f} s")
    return 0


def _mixed_storm(size: int, marks: str = "\"“”'‘’") -> str:
    return "".join(f"a{marks[i % len(marks)]}" for i in range(size // 2))


if __name__ == "__main__":
    sys.exit(main())
