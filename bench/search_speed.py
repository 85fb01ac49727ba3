"""Text search on a 600-article scraped corpus (built from ../shared/scraped-dev at run time, as
bench/families_scale.py builds it; nothing of it is kept), against a baseline in the same run: a
plain case-folded substring scan of every article (what a search without words, phrases, accents
or offsets would cost). Prints the one-time cost of folding the texts, then per query the median
time of each, their ratio and the articles found.

    python bench/search_speed.py [--runs 7]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from families_scale import scraped_folder

from corpus.story import Story

QUERIES = (
    "hofeller",
    '"citizenship question"',
    'hofeller "citizenship question"',
    "spotify ek",
    "the",
    "redistrict*",
)


def substring_scan(texts: list[str], query: str) -> int:
    needles = [w.strip('"*').casefold() for w in query.split()]
    return sum(all(n in text for n in needles) for text in texts)


def median_ms(run: object, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        run()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return 1000 * statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="search-speed-"))
    try:
        scraped_folder(folder)
        story = Story(folder, Story.load(folder).articles)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    size = sum(len(a.text) for a in story.articles) / 1e6
    start = time.perf_counter()
    folded = [a.text.casefold() for a in story.articles]
    baseline_fold = time.perf_counter() - start
    start = time.perf_counter()
    story.search("x")
    index = time.perf_counter() - start
    print(f"{len(story.articles)} articles, {size:.1f} MB of text")
    print(f"folding once: search index {1000 * index:.0f} ms, plain casefold {1000 * baseline_fold:.0f} ms")
    print(f"{'query':34} {'search ms':>9} {'scan ms':>8} {'ratio':>6} {'found':>6} {'scan found':>10}")
    for query in QUERIES:  # interleaved: each query's two timings run back to back
        ours = median_ms(lambda q=query: story.search(q), args.runs)
        scan = median_ms(lambda q=query: substring_scan(folded, q), args.runs)
        found, scanned = len(story.search(query)), substring_scan(folded, query)
        print(f"{query:34} {ours:9.1f} {scan:8.1f} {ours / scan:6.1f} {found:6} {scanned:10}")


if __name__ == "__main__":
    main()
