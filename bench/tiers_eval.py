"""Precision and recall of the passage tiers ``storydiff overlaps`` and the compare screen show
(:func:`corpus.passages.align_articles`), per tier, on two sets:

- ECB+ dev (413 articles, 36 event folders): every pair of articles is aligned; two articles are
  linked by a tier when they share a passage of it (``copied`` first). A link inside one event
  is right, a link between two events (``Necb`` and ``Necbplus`` are two events of one kind) is
  a false friend; recall is the share of same-event pairs linked (not every same-event pair
  shares a statement, so it is a floor, read against the other figures of the same run).
- the seeds: every sentence pair of two seed articles worth judging, judged by hand in
  ``bench/families_seed_judgements.py``. A passage is right when it covers a pair judged the
  same statement (its A sentence inside the passage's A side, its B sentence inside the B side),
  wrong when every judged pair it covers is ``none``; recall is the share of pairs judged the
  same statement that a passage covers.

ECB+'s figures come in three (:func:`halves`): on the topics whose number is even (where any
threshold is *chosen*), on the odd ones (*held out*: never looked at to choose), and on the whole
set. A link between two topics counts in the whole only. A change that lifts the chosen half and
not the held-out one is fitting.

    python bench/tiers_eval.py [../shared/ecbplus-dev]
"""

from __future__ import annotations

import itertools
import sys
import time
from collections import Counter
from pathlib import Path

from corpus.ingest.load import load_corpus
from corpus.model import Article, Passage
from corpus.passages import WordWeights, align_articles

sys.path.insert(0, str(Path(__file__).resolve().parent))
from families_seed_judgements import JUDGED

TIERS = ("copied", "reworded")


HALVES = ("chosen on", "held out", "whole")


def half_of(event: str) -> str:
    """The half of ECB+ an event folder (``12ecb``, ``12ecbplus``) is in, by its topic's number:
    both events of one topic (two of one kind, the false friends to tell apart) fall in one."""
    topic = int("".join(c for c in event if c.isdigit()))
    return HALVES[topic % 2]


def halves(links: list[tuple[str, str]], event: dict[str, str]) -> str:
    """``inside one event / same-event pairs linked`` of ``links`` on each half and the whole."""
    figures = []
    for label in HALVES:
        names = [a for a in event if label == "whole" or half_of(event[a]) == label]
        sizes = Counter(event[a] for a in names)
        same = sum(n * (n - 1) // 2 for n in sizes.values())
        kept = set(names)
        chosen = [(a, b) for a, b in links if a in kept and b in kept]
        inside = sum(event[a] == event[b] for a, b in chosen)
        figures.append(f"{inside / max(len(chosen), 1):.3f} / {inside / max(same, 1):.3f}")
    return "  |  ".join(figures)


def ecbplus(root: Path) -> None:
    articles = [a for a in load_corpus(root) if a.path.parent != root and a.paragraphs]
    event = {a.name: a.path.parent.name for a in articles}
    sizes = Counter(event.values())
    same_event = sum(n * (n - 1) // 2 for n in sizes.values())
    weights = WordWeights.from_articles(articles)
    start = time.perf_counter()
    links: dict[tuple[str, str], str] = {}
    for a, b in itertools.combinations(articles, 2):
        tiers = {p.tier for p in align_articles(a, b, weights).passages}
        if tiers:
            links[(a.name, b.name)] = "copied" if "copied" in tiers else "reworded"
    seconds = time.perf_counter() - start
    print(f"ECB+ dev: {len(articles)} articles, {len(sizes)} events, {same_event} same-event pairs")
    print(f"every pair aligned in {seconds:.1f} s")
    groups = {"all links": list(links), **{t: [p for p, v in links.items() if v == t] for t in TIERS}}
    for label, pairs in groups.items():
        inside = sum(event[a] == event[b] for a, b in pairs)
        print(
            f"  {label:<10} links {len(pairs):>5}  inside one event {inside / max(len(pairs), 1):.3f}"
            f"  same-event pairs linked {inside}/{same_event} = {inside / same_event:.3f}"
        )
    print(f"  {'':<10} inside one event / same-event pairs linked: {' | '.join(HALVES)}")
    for label, pairs in groups.items():
        print(f"  {label:<10} {halves(pairs, event)}")
    wrong = sorted((a, b, t) for (a, b), t in links.items() if event[a] != event[b])
    for a, b, t in wrong[:12]:
        print(f"     false friend ({t}): {a} - {b}")


def _covered(passage: Passage, a: Article, b: Article) -> list[tuple[str, str, int, int]]:
    """The judged sentence pairs a passage covers."""
    return [
        key
        for key in JUDGED
        if (key[0], key[1]) == (a.name[:3], b.name[:3])
        and passage.a_start <= key[2] < passage.a_end
        and passage.b_start <= key[3] < passage.b_end
    ]


def seeds(root: Path) -> None:
    articles = {a.name[:3]: a for a in load_corpus(root) if a.paragraphs}
    weights = WordWeights.from_articles(articles.values())
    verdicts: Counter[tuple[str, str]] = Counter()
    found: dict[tuple[str, str, int, int], str] = {}
    unjudged: list[str] = []
    for x, y in itertools.combinations(sorted(articles), 2):
        a, b = articles[x], articles[y]
        for passage in align_articles(a, b, weights).passages:
            covered = _covered(passage, a, b)
            for key in covered:
                found[key] = passage.tier
            if not covered:
                unjudged.append(f"{x} {y} {passage.a_start} {passage.b_start}: {passage.a_text[:60]!r}")
                continue
            right = any(JUDGED[key] != "none" for key in covered)
            verdicts[(passage.tier, "right" if right else "wrong")] += 1
    real = [key for key, judged in JUDGED.items() if judged != "none"]
    print(f"seeds: {len(JUDGED)} sentence pairs judged by hand, {len(real)} the same statement")
    for tier in (*TIERS, "all"):
        right = sum(n for (t, v), n in verdicts.items() if v == "right" and tier in (t, "all"))
        given = sum(n for (t, v), n in verdicts.items() if tier in (t, "all"))
        kept = sum(1 for key in real if key in found and tier in (found[key], "all"))
        print(
            f"  {tier:<9} passages right {right}/{given} = {right / max(given, 1):.3f}"
            f"  same-statement pairs covered {kept}/{len(real)} = {kept / len(real):.3f}"
        )
    missed = [key for key in real if key not in found]
    print(f"  missed: {missed}")
    false = [key for key, judged in JUDGED.items() if judged == "none" and key in found]
    print(f"  'none' pairs inside a passage: {false}")
    for line in unjudged:
        print(f"  passage over no judged pair: {line}")


def main() -> None:
    shared = Path(__file__).resolve().parents[2] / "shared"
    ecbplus(Path(sys.argv[1]) if len(sys.argv) > 1 else shared / "ecbplus-dev")
    seeds(Path(__file__).resolve().parents[1] / "seeds")


if __name__ == "__main__":
    main()
