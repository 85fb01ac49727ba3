"""Reprint families at scale, on two corpora built at run time (nothing of them is kept):

1. wire-heavy: each article a reprint of one of a few hundred real source texts (the ECB+ dev
   articles) with 8% of its words changed, and in 30% of the articles a planted passage shared
   by a group of 2-6 of them (made-up sentences, 5% noise). Aims: time from 1k to 4k articles
   grows <= 4.4x, >= 1,000 articles/s at 4k, every reprint in its source's family.
2. scraped-like: 600 files made from ../shared/scraped-dev (each real page copied into near
   duplicates: 2% of words changed, a line cut), written to a temporary folder. Aims: families
   cold in <= 3x the time of loading the corpus cold; near-duplicate reprints always share a family.
3. memory (``--memory N [N2]``): families of N articles of ``bench/graph_scale.py``'s corpus (the
   reuse graph's 100k bench, which another step derives from families), with the peak RSS of
   this process and of the helper, and the extrapolation to 100,000 (aim: < 2 GB in all).
4. plan (``--plan N...``, see ``bench/families_plan_kinds.py``): the first pass's alignments
   an article, without aligning, by what the two articles share.

Each size runs in a fresh process (its own memory, nothing warm from the last one).

    python bench/families_scale.py [1000 2000 4000]
    python bench/families_scale.py --memory 10000 20000
    python bench/families_scale.py --plan 1000 2000 4000 8000
    python bench/families_scale.py 1000 4000 --against ../base7   # another tree, interleaved
"""

from __future__ import annotations

import json
import multiprocessing
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from bench_args import help_asked, sizes_asked

from corpus.ingest.load import article_from_text, load_corpus
from corpus.model import Article, Families
from corpus.passages import build_families
from corpus.passages.weights import TOKEN

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SIZES = (1000, 2000, 4000)
CHANGED = 0.08
PLANTED = 0.3
SCRAPED_ARTICLES = 600


def _sources() -> tuple[list[list[str]], list[str]]:
    """Real source texts (paragraphs of the ECB+ dev articles, 120 words or more) and a
    vocabulary to change words with."""
    root = SHARED / "ecbplus-dev"
    sources: list[list[str]] = []
    vocabulary: Counter[str] = Counter()
    for article in load_corpus(root):
        if article.path.parent == root:
            continue
        paragraphs = [article.text[p.start : p.end] for p in article.body_paragraphs()]
        if sum(len(p.split()) for p in paragraphs) >= 120:
            sources.append(paragraphs)
        vocabulary.update(w for p in paragraphs for w in TOKEN.findall(p) if w.isalpha())
    return sources, [w for w, n in vocabulary.items() if n >= 2]


def _changed(text: str, rng: random.Random, vocabulary: list[str], share: float) -> str:
    return " ".join(rng.choice(vocabulary) if rng.random() < share else w for w in text.split(" "))


def wire_corpus(n: int, seed: int = 3) -> tuple[list[Article], list[int], list[list[int]]]:
    """``n`` reprints, the source of each, and the groups sharing a planted passage."""
    rng = random.Random(seed)
    sources, vocabulary = _sources()
    source_of = [k % len(sources) for k in range(n)]
    rng.shuffle(source_of)
    order = list(range(n))
    rng.shuffle(order)
    groups: list[list[int]] = []
    cursor = 0
    while cursor < n * PLANTED:
        size = rng.randint(2, 6)
        groups.append(sorted(order[cursor : cursor + size]))
        cursor += size
    planted: dict[int, str] = {}
    for group in groups:
        passage = " ".join(" ".join(rng.choices(vocabulary, k=15)).capitalize() + "." for _ in range(3))
        for k in group:
            planted[k] = _changed(passage, rng, vocabulary, 0.05)
    articles = []
    for k in range(n):
        body = [_changed(p, rng, vocabulary, CHANGED) for p in sources[source_of[k]]]
        if k in planted:
            body.insert(rng.randrange(len(body) + 1), planted[k])
        name = f"{k:05}.txt"
        article = article_from_text(name, Path(name), "\n\n".join([f"Reprint {k}", *body]))
        article.date = f"2024-03-{1 + rng.randrange(28):02}"
        articles.append(article)
    return articles, source_of, groups


def _linked(families: Families) -> set[tuple[str, str]]:
    pairs: set[tuple[str, str]] = set()
    for family in families.families:
        names = sorted(family.articles)
        pairs.update((a, b) for x, a in enumerate(names) for b in names[x + 1 :])
    return pairs


def _together(families: Families, group: list[str]) -> bool:
    """Whether one family holds every article of ``group``."""
    wanted = set(group)
    return any(wanted <= set(f.articles) for f in families.families)


def _helper_cpu() -> float:
    """CPU seconds of the helper process this one started (it ends once a build returns)."""
    while multiprocessing.active_children():
        time.sleep(0.05)
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_wire(n: int) -> dict[str, float]:
    articles, source_of, groups = wire_corpus(n)
    start, cpu = time.perf_counter(), time.process_time()
    families = build_families(articles)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    helper_cpu = _helper_cpu()
    names = [a.name for a in articles]
    by_source: dict[int, list[str]] = {}
    for k, s in enumerate(source_of):
        by_source.setdefault(s, []).append(names[k])
    apart = sum(not _together(families, group) for group in by_source.values() if len(group) > 1)
    linked = _linked(families)
    planted_pairs = [
        (names[a], names[b])
        for g in groups
        for x, a in enumerate(g)
        for b in g[x + 1 :]
        if source_of[a] != source_of[b]
    ]
    found = sum(tuple(sorted(p)) in linked for p in planted_pairs)
    return {
        "articles": n,
        "seconds": seconds,
        "cpu_s": cpu,
        "helper_cpu_s": helper_cpu,
        "per_s": n / seconds,
        "per_cpu_s": n / (cpu + helper_cpu),
        # the helper works only while this process does (the serial steps are this process's)
        "per_critical_cpu_s": n / max(cpu, helper_cpu),
        "families": len(families.families),
        "sources": sum(len(g) > 1 for g in by_source.values()),
        "sources_apart": apart,
        "planted_recall": found / max(len(planted_pairs), 1),
    }


def scraped_folder(into: Path, seed: int = 4) -> list[list[str]]:
    """SCRAPED_ARTICLES files made from the scraped pages; returns the names made from each page."""
    rng = random.Random(seed)
    pages = sorted(p for p in (SHARED / "scraped-dev").rglob("*.txt"))
    words = [w for p in pages for w in p.read_text(encoding="utf-8").split() if w.isalpha()]
    made: list[list[str]] = [[] for _ in pages]
    for k in range(SCRAPED_ARTICLES):
        page = k % len(pages)
        lines = pages[page].read_text(encoding="utf-8").split("\n")
        if k >= len(pages):  # a near duplicate: another outlet's copy with small edits
            if len(lines) > 4 and rng.random() < 0.5:
                del lines[rng.randrange(len(lines))]
            lines = [_changed(line, rng, words, 0.02) for line in lines]
        name = f"{k:04}_{pages[page].stem}.txt"
        (into / name).write_text("\n".join(lines), encoding="utf-8")
        made[page].append(name)
    return made


def run_scraped() -> dict[str, float]:
    folder = Path(tempfile.mkdtemp(prefix="families-scraped-"))
    try:
        made = scraped_folder(folder)
        start, cpu = time.perf_counter(), time.process_time()
        articles = load_corpus(folder)
        load_s, load_cpu = time.perf_counter() - start, time.process_time() - cpu
        start, cpu = time.perf_counter(), time.process_time()
        families = build_families([a for a in articles if a.paragraphs])
        families_s, families_cpu = time.perf_counter() - start, time.process_time() - cpu
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    linked = _linked(families)
    pairs = [(a, b) for names in made for x, a in enumerate(sorted(names)) for b in sorted(names)[x + 1 :]]
    apart = [p for p in pairs if p not in linked]
    return {
        "articles": len(articles),
        "load_s": load_s,
        "families_s": families_s,
        "load_cpu_s": load_cpu,
        "families_cpu_s": families_cpu,
        "families": len(families.families),
        "duplicate_pairs": len(pairs),
        "duplicate_pairs_apart": len(apart),
    }


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def run_memory(n: int) -> dict[str, float]:
    """Families of ``n`` articles of graph_scale's corpus: time, CPU and peak memory."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from graph_scale import build_corpus

    articles, _ = build_corpus(n)
    corpus_mb = _rss_mb()
    start, cpu = time.perf_counter(), time.process_time()
    families = build_families(articles)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    helper_cpu = _helper_cpu()
    return {
        "articles": n,
        "seconds": seconds,
        "cpu_s": cpu,
        "helper_cpu_s": helper_cpu,
        "corpus_mb": corpus_mb,
        "peak_mb": peak_mb,
        "helper_peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
        "families": len(families.families),
    }


def _memory_report(sizes: list[int]) -> None:
    rows = []
    for n in sizes:
        row = _fresh("--memory-one", str(n))
        rows.append(row)
        print(
            f"memory: {n} articles of graph_scale's corpus: families in {row['seconds']:.1f} s "
            f"(CPU {row['cpu_s']:.1f} + helper {row['helper_cpu_s']:.1f} s); "
            f"corpus {row['corpus_mb']:.0f} MB, "
            f"peak {row['peak_mb']:.0f} MB ({row['peak_mb'] - row['corpus_mb']:.0f} MB over the corpus), "
            f"helper peak {row['helper_peak_mb']:.0f} MB",
            flush=True,
        )
    first, last = rows[0], rows[-1]
    helper_mb = max(r["helper_peak_mb"] for r in rows)
    if len(rows) > 1:
        # The corpus and the index grow with the articles; a bucket's counts, the analyses and the
        # chunk memos are bounded: the growth from one size to the next, carried on to 100k.
        slope = (last["peak_mb"] - first["peak_mb"]) / (last["articles"] - first["articles"])
        estimate = last["peak_mb"] + slope * (100_000 - last["articles"]) + helper_mb
        how = f"this process's growth {1000 * slope:.1f} MB per 1,000 articles carried on, and the helper"
    else:
        # all of it scaled: an upper bound
        estimate = 100_000 / last["articles"] * last["peak_mb"] + helper_mb
        how = "this process's peak scaled linearly (an upper bound), and the helper"
    print(f"at 100k: about {estimate:.0f} MB ({how}; aim < 2000)")


def _fresh(*args: str, tree: Path = ROOT) -> dict[str, float]:
    """This script's ``args`` run in a fresh process, on the code of ``tree`` (another checkout,
    for ``--against``: its own copy of this script, its code first on the path)."""
    env = dict(os.environ)
    if tree != ROOT:
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(tree), env.get("PYTHONPATH", "")) if p)
    script = tree / "bench" / Path(__file__).name
    out = subprocess.run(
        [sys.executable, str(script), *args], capture_output=True, text=True, cwd=tree, check=True, env=env
    ).stdout
    row: dict[str, float] = json.loads(out.strip().splitlines()[-1])
    return row


def _wire_line(label: str, row: dict[str, float]) -> None:
    print(
        f"{label:>5} {row['articles']:>8.0f} {row['seconds']:>8.2f} {row['cpu_s']:>6.2f} "
        f"{row['helper_cpu_s']:>6.2f} {row['per_s']:>7.0f} {row['per_cpu_s']:>9.0f} {row['families']:>8.0f} "
        f"{row['sources_apart']:>6.0f}/{row['sources']:<7.0f} {row['planted_recall']:>8.3f}",
        flush=True,
    )


def _wire_summary(rows: list[dict[str, float]]) -> None:
    first, last = rows[0], rows[-1]
    print(
        f"time {last['articles']:.0f}/{first['articles']:.0f}: {last['seconds'] / first['seconds']:.2f}x "
        f"(aim <= {1.1 * last['articles'] / first['articles']:.1f}); {last['per_s']:.0f} articles/s at "
        f"{last['articles']:.0f} (aim >= 1000); reprints outside their source's family: "
        f"{sum(r['sources_apart'] for r in rows):.0f} (aim 0)"
    )
    print(
        f"critical path (the CPU of the busier process): {last['per_critical_cpu_s']:.0f} articles per "
        f"CPU second at {last['articles']:.0f} (aim >= 1000), "
        f"{first['articles'] / first['per_critical_cpu_s']:.2f} s at {first['articles']:.0f} and "
        f"{last['articles'] / last['per_critical_cpu_s']:.2f} s at {last['articles']:.0f}"
    )
    print(
        f"cpu time {last['articles']:.0f}/{first['articles']:.0f}: "
        f"{(last['cpu_s'] + last['helper_cpu_s']) / (first['cpu_s'] + first['helper_cpu_s']):.2f}x; "
        "cpu s: this process, helper: the helper process (from 2,000 articles it takes half the work), "
        "art/cpu s: articles per CPU second of both; load average: "
        + " ".join(f"{x:.1f}" for x in os.getloadavg())
    )


def _wire_report(sizes: list[int], against: Path | None) -> None:
    """The wire corpus at each size; with ``against``, that tree's build first at each size
    (interleaved, so both meet the same load), and this tree's figures as ratios of its."""
    print(
        f"{'tree':>5} {'articles':>8} {'seconds':>8} {'cpu s':>6} {'helper':>6} {'art/s':>7} "
        f"{'art/cpu s':>9} {'families':>8} {'sources apart':>14} {'planted':>8}"
    )
    rows, base_rows = [], []
    for n in sizes:
        if against is not None:
            base_rows.append(_fresh("--wire", str(n), tree=against))
            _wire_line("base", base_rows[-1])
        rows.append(_fresh("--wire", str(n)))
        _wire_line("this", rows[-1])
    _wire_summary(rows)
    for base, row in zip(base_rows, rows, strict=False):
        both, base_both = row["cpu_s"] + row["helper_cpu_s"], base["cpu_s"] + base["helper_cpu_s"]
        print(
            f"against {against} at {row['articles']:.0f}: wall {row['seconds'] / base['seconds']:.3f}x, "
            f"CPU of both processes {both / base_both:.3f}x "
            f"(this process {row['cpu_s'] / base['cpu_s']:.3f}x, "
            f"helper {row['helper_cpu_s'] / max(base['helper_cpu_s'], 1e-9):.3f}x)"
        )


def _scraped_report(tree: Path = ROOT) -> None:
    row = _fresh("--scraped", tree=tree)
    print(
        f"scraped-like{'' if tree == ROOT else f' ({tree})'}: {row['articles']:.0f} articles loaded cold "
        f"in {row['load_s']:.2f} s, families cold in {row['families_s']:.2f} s = "
        f"{row['families_s'] / row['load_s']:.2f}x (aim <= 3; CPU seconds "
        f"{row['load_cpu_s']:.2f} and {row['families_cpu_s']:.2f} = "
        f"{row['families_cpu_s'] / row['load_cpu_s']:.2f}x); "
        f"{row['families']:.0f} families; near-duplicate pairs apart "
        f"{row['duplicate_pairs_apart']:.0f}/{row['duplicate_pairs']:.0f} (aim 0)"
    )


def main() -> None:
    args = sys.argv[1:]
    if help_asked(__doc__, args):
        return
    flagged = bool(args) and args[0].startswith("--")
    mode, numbers = (args[0], sizes_asked(args[1:], __doc__)) if flagged else ("", [])
    if mode == "--wire":
        print(json.dumps(run_wire(numbers[0])))
    elif mode == "--memory-one":
        print(json.dumps(run_memory(numbers[0])))
    elif mode == "--memory":
        _memory_report(numbers)
    elif mode == "--plan":
        from families_plan_kinds import plan_report  # it reads this module's corpus

        plan_report(numbers or list(SIZES))
    elif mode == "--scraped":
        print(json.dumps(run_scraped()))
    else:
        against = None
        if "--against" in args:  # python bench/families_scale.py 1000 4000 --against ../base7
            at = args.index("--against")
            against = Path(args[at + 1]).resolve()
            del args[at : at + 2]
        _wire_report(sizes_asked(args, __doc__) or list(SIZES), against)
        if against is not None:
            _scraped_report(against)
        _scraped_report()


if __name__ == "__main__":
    main()
