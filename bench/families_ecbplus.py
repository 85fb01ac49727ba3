"""How well reprint families link real news: ECB+ dev (413 articles, 36 event folders), and
seed passages judged by hand (``bench/families_seed_judgements.py``).

Two articles are linked when they hold versions of one family; a link between two different
events (``Necb`` and ``Necbplus`` are two events of the same kind) is a false friend. Prints,
for all links and for each tier (a link is ``copied`` when both versions are), the share of
links inside one event (precision-like) and the share of same-event pairs linked
(recall-like), next to the reuse graph's figures measured in the same run (the baseline).

    python bench/families_ecbplus.py [../shared/ecbplus-dev]
"""

from __future__ import annotations

import itertools
import sys
import time
from collections import Counter
from pathlib import Path

from corpus.ingest.load import load_corpus
from corpus.model import Article, Families
from corpus.passages import WordWeights, build_families
from corpus.passages.align import analyse
from corpus.passages.families import passage_tier

sys.path.insert(0, str(Path(__file__).resolve().parent))
from families_seed_judgements import JUDGED


def family_links(families: Families) -> dict[tuple[str, str], str]:
    """Pairs of articles holding versions of one family -> "copied" when both versions of some
    family they share are copied, else "reworded"."""
    links: dict[tuple[str, str], str] = {}
    for family in families.families:
        tier_of: dict[str, str] = {}
        for m in family.members:
            if tier_of.get(m.article) != "copied":
                tier_of[m.article] = m.tier
        for a, b in itertools.combinations(sorted(tier_of), 2):
            tier = "copied" if tier_of[a] == tier_of[b] == "copied" else "reworded"
            if links.get((a, b)) != "copied":
                links[(a, b)] = tier
    return links


def _report(label: str, pairs: list[tuple[str, str]], event: dict[str, str], same_event: int) -> None:
    inside = sum(event[a] == event[b] for a, b in pairs)
    precision = inside / max(len(pairs), 1)
    print(
        f"{label:<28} links {len(pairs):>5}  inside one event {precision:.3f}  "
        f"same-event pairs linked {inside}/{same_event} = {inside / same_event:.3f}"
    )


def ecbplus(root: Path) -> None:
    articles = [a for a in load_corpus(root) if a.path.parent != root]  # the README is not news
    event = {a.name: a.path.parent.name for a in articles}
    sizes = Counter(event.values())
    same_event = sum(n * (n - 1) // 2 for n in sizes.values())
    print(f"ECB+ dev: {len(articles)} articles, {len(sizes)} events, {same_event} same-event pairs")
    start = time.perf_counter()
    families = build_families([a for a in articles if a.paragraphs])
    families_seconds = time.perf_counter() - start
    print(f"families {families_seconds:.2f} s ({len(families.families)} families)")
    links = family_links(families)
    _report("families, all links", list(links), event, same_event)
    for tier in ("copied", "reworded"):
        _report(f"families, {tier} links", [p for p, t in links.items() if t == tier], event, same_event)
    wrong = [(a, b) for a, b in links if event[a] != event[b]]
    for a, b in wrong[:8]:
        print(f"   false friend: {a} - {b}")


def seeds(root: Path) -> None:
    """The families' tier of each seed sentence pair judged by hand, taken as a passage."""
    articles: dict[str, Article] = {a.name[:3]: a for a in load_corpus(root) if a.paragraphs}
    weights = WordWeights.from_articles(articles.values())
    hits = Counter[tuple[str, str]]()
    for (a, b, a_start, b_start), judged in JUDGED.items():
        an_a, an_b = analyse(articles[a], weights), analyse(articles[b], weights)
        i = next(k for k, s in enumerate(an_a.sentences) if s.start == a_start)
        j = next(k for k, s in enumerate(an_b.sentences) if s.start == b_start)
        kept = passage_tier(articles[a], an_a, (i, i), articles[b], an_b, (j, j), weights)
        hits[(judged, kept or "none")] += 1
    print("seed sentence pairs judged by hand (judged -> tier given):")
    for (judged, kept), n in sorted(hits.items()):
        print(f"   {judged:<9} -> {kept:<9} {n}")
    real = sum(1 for v in JUDGED.values() if v != "none")
    given = sum(n for (_, kept), n in hits.items() if kept != "none")
    right = sum(n for (judged, kept), n in hits.items() if judged != "none" and kept != "none")
    print(f"   pairs kept that are real: {right}/{given}; real pairs kept: {right}/{real}")


def main() -> None:
    if {"-h", "--help"} & set(sys.argv[1:]):
        print(__doc__)
        return
    shared = Path(__file__).resolve().parents[2] / "shared"
    ecbplus(Path(sys.argv[1]) if len(sys.argv) > 1 else shared / "ecbplus-dev")
    seeds(Path(__file__).resolve().parents[1] / "seeds")


if __name__ == "__main__":
    main()
