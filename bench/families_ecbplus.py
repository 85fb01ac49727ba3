"""How well reprint families link real news: ECB+ dev (413 articles, 36 event folders), and
seed passages judged by hand (``bench/families_seed_judgements.py``).

Two articles are linked when they hold versions of one family; a link between two different
events (``Necb`` and ``Necbplus`` are two events of the same kind) is a false friend. Prints,
for all links and for each tier (a link is ``copied`` when both versions are), the share of
links inside one event (precision-like) and the share of same-event pairs linked
(recall-like). ``bench/tiers_eval.py`` aligns every pair directly: its recall is what text two
articles share themselves links (0.417 at 0.966 inside one event, this branch's start).

Then whether a family is one text (ECB+ and the scraped-dev stories): its largest family, and its
copied versions that share under a fifth of their word 3-grams with the base text (counted on
the shorter of the two): a copy of some other text, which a family tied through a shared part
had made one (at this branch's start: census 11 of 26, largest 16 articles; spotify 39 of 50,
largest 30; ECB+ 114 of 291).

ECB+'s links are also printed per half of its topics (even: where settings are chosen; odd:
held out; see ``bench/tiers_eval.py``).

    python bench/families_ecbplus.py [../shared/ecbplus-dev]
"""

from __future__ import annotations

import itertools
import re
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
from tiers_eval import HALVES, halves


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
    print(f"{'':<28} inside one event / same-event pairs linked: {' | '.join(HALVES)}")
    print(f"{'families, all links':<28} {halves(list(links), event)}")
    wrong = [(a, b) for a, b in links if event[a] != event[b]]
    for a, b in wrong[:8]:
        print(f"   false friend: {a} - {b}")


_WORD = re.compile(r"\w+")


def _trigrams(text: str) -> set[tuple[str, ...]]:
    words = [w.lower() for w in _WORD.findall(text)]
    return {tuple(words[k : k + 3]) for k in range(len(words) - 2)}


def one_text(label: str, articles: list[Article]) -> None:
    """The largest family, and the copied versions sharing little with their family's base."""
    families = build_families([a for a in articles if a.paragraphs])
    text = {a.name: a.text for a in articles}
    far = copied = 0
    for family in families.families:
        base = _trigrams(family.text)
        for m in family.members:
            if m.tier != "copied" or (m.article, m.start) == (family.base.article, family.base.start):
                continue
            mine = _trigrams(text[m.article][m.start : m.end])
            copied += 1
            far += len(base & mine) < FAR_FROM_BASE * max(1, min(len(base), len(mine)))
    largest = max((len({m.article for m in f.members}) for f in families.families), default=0)
    print(
        f"{label:<22} {len(families.families):>4} families, largest {largest:>3} articles; "
        f"copied versions far from the base {far}/{copied}"
    )


FAR_FROM_BASE = 0.2


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
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else shared / "ecbplus-dev"
    ecbplus(root)
    print("is a family one text?")
    one_text("ECB+ dev", [a for a in load_corpus(root) if a.path.parent != root])
    for story in ("census", "spotify"):
        if (shared / "scraped-dev" / story).is_dir():
            one_text(f"scraped-dev/{story}", load_corpus(shared / "scraped-dev" / story))
    seeds(Path(__file__).resolve().parents[1] / "seeds")


if __name__ == "__main__":
    main()
