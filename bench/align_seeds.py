"""Aligning all 10 seed pairs (word diffs included) against difflib on the same word lists.

The baseline is ``difflib.SequenceMatcher(None, words_a, words_b, autojunk=False)``
with ``get_opcodes()`` on each pair's whole word lists, measured in the same run.
The aim is to take at most half of difflib's time.

    python bench/align_seeds.py
"""

from __future__ import annotations

import itertools
import time
from difflib import SequenceMatcher
from pathlib import Path

from corpus.ingest.load import load_corpus
from corpus.passages import WordWeights, align_articles
from corpus.passages.weights import TOKEN

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
ROUNDS = 31


def main() -> None:
    articles = load_corpus(SEEDS)
    pairs = list(itertools.combinations(articles, 2))
    words = {a.name: TOKEN.findall(a.text) for a in articles}

    def ours() -> int:
        weights = WordWeights.from_articles(articles)  # word rarity counted in, every round
        return sum(len(align_articles(a, b, weights).passages) for a, b in pairs)

    def baseline() -> int:
        total = 0
        for a, b in pairs:
            total += len(SequenceMatcher(None, words[a.name], words[b.name], autojunk=False).get_opcodes())
        return total

    ours_times, base_times = [], []
    for _ in range(ROUNDS):
        for fn, times in ((ours, ours_times), (baseline, base_times)):
            start = time.perf_counter()
            fn()
            times.append(time.perf_counter() - start)
    mine, theirs = min(ours_times), min(base_times)  # the least disturbed round of each (as timeit)
    passages = ours()
    print(f"10 seed pairs ({sum(len(w) for w in words.values())} words), best of {ROUNDS} interleaved rounds")
    print(f"  align_articles (weights, passages, word diffs): {mine * 1000:8.1f} ms ({passages} passages)")
    print(f"  difflib.SequenceMatcher(autojunk=False), word lists:{theirs * 1000:8.1f} ms")
    print(f"  ratio ours/difflib: {mine / theirs:.3f}  (aim <= 0.5)")


if __name__ == "__main__":
    main()
