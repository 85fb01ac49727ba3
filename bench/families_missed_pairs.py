"""Which same-event pairs of ECB+ dev that direct alignment links (``bench/tiers_eval.py``: every
pair aligned) the families' build leaves unlinked, and why; and what the families would gain if
every directly linked pair were aligned (the upper bound of a better candidate step).

Each missed pair is given the first reason that holds, following the build's steps:

- ``no key``: the two share fewer than MIN_SHARED_SHINGLES indexed 3-grams (0 or 1), and fewer
  than that many rare keys (3-grams and name bigrams): no step of the build ever proposes them;
- ``not first holder``: they share enough 3-grams, but a third article holds them first, so the
  pair is no candidate of step 2 (each article is paired with the first holder of its 3-grams);
- ``candidate, not planned``: a candidate pair the plan replaced by the earlier article's base,
  or whose 3-grams an earlier target explained;
- ``planned, no passage``: aligned by the build, which kept no passage there;
- ``not the rare partner``: sharing enough rare keys, but each article's RARE_PARTNERS partners
  are others;
- ``second pass, no copy or no passage`` / ``second pass, rewording dropped``: the rare partners
  aligned with no passage, or two articles each in a family already, where copied text alone is
  looked for (and only when they share a rare 3-gram) and none was found; or a rewording of a pair
  with one article in no family that the families did not keep;
- ``aligned, other family``: a passage was found, but the families split it off.

Figures per half of ECB+ (even topics: chosen on; odd: held out; whole), as ``tiers_eval``.

    python bench/families_missed_pairs.py [../shared/ecbplus-dev]
"""

from __future__ import annotations

import itertools
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from corpus.ingest.load import load_corpus
from corpus.model import Article
from corpus.passages import WordWeights, align_articles
from corpus.passages.families import _in_family, _may_copy, _second_kept, _unlinked, origin_order
from corpus.passages.family_align import TIER_CODES, SpanPair, align_shard
from corpus.passages.family_build import SpanUnion, assemble
from corpus.passages.family_plan import (
    grouped_by_base,
    holder_pairs,
    index_shard,
    plan_alignments,
)
from corpus.passages.ngrams import MIN_SHARED_SHINGLES
from corpus.passages.rare_partners import rare_partners
from corpus.passages.weights import content_text
from corpus.passages.wire import wire_credit

sys.path.insert(0, str(Path(__file__).resolve().parent))
from families_ecbplus import family_links
from tiers_eval import HALVES, half_of, halves


def direct_rows(articles: Sequence[Article], weights: WordWeights) -> dict[tuple[int, int], list[SpanPair]]:
    """Every pair of articles aligned directly: its passages as the build's rows."""
    found: dict[tuple[int, int], list[SpanPair]] = {}
    for (i, a), (j, b) in itertools.combinations(enumerate(articles), 2):
        passages = align_articles(a, b, weights).passages
        if passages:
            found[(i, j)] = [
                (i, p.a_start, p.a_end, j, p.b_start, p.b_end, TIER_CODES[p.tier], round(p.similarity * 1000))
                for p in passages
            ]
    return found


class Traced:
    """The families' build of ``articles`` in one process, step by step, its steps' data kept."""

    def __init__(self, articles: Sequence[Article]) -> None:
        self.articles = articles
        credits = [wire_credit(a) for a in articles]
        self.order = origin_order(articles, credits)
        shard = index_shard(range(len(articles)), [content_text(a) for a in articles])
        self.shingles = [set(s) for s in shard.shingles]
        self.weights = WordWeights.from_counts(shard.surface, shard.counted)
        found = holder_pairs(self.order, shard.shingles)
        self.first = set(found.first)
        self.rare = found.rare
        self.named = found.named
        self.plan = plan_alignments(self.order, found.first, shard.shingles)
        self.planned = {(min(p), max(p)) for p in self.plan}
        partners = rare_partners(self.order, found.rare, self.plan, named=found.named)
        self.partners = {(min(p), max(p)) for p in partners}
        self.first_rows = align_shard(articles, self.weights, grouped_by_base(self.plan))
        self.union = SpanUnion()
        self.union.add(self.first_rows)
        groups = self.union.groups()
        unlinked = _unlinked(groups, partners, _may_copy(partners, found.rare))
        in_family = _in_family(groups)
        copies_only = {(i, j) for i, j in unlinked if i in in_family and j in in_family}
        self.second_rows = align_shard(articles, self.weights, unlinked, copies_only)
        self.second = _second_kept(groups, self.second_rows)
        if self.second:
            self.union.add(self.second)
        self.credits = credits

    def families(self, extra: Sequence[SpanPair] = ()) -> dict[tuple[str, str], str]:
        """The family links, with ``extra`` rows added to the union (on a copy of it)."""
        union = SpanUnion()
        union.add(self.first_rows)
        union.add(self.second)
        union.add(extra)
        groups = union.groups()
        built = assemble(self.articles, groups, self.order, self.credits, union.joined_parts)
        return family_links(built)

    def reason(self, i: int, j: int) -> str:
        pair = (min(i, j), max(i, j))
        shared = len(self.shingles[i] & self.shingles[j])
        rare = self.rare.get(pair, 0) + self.named.get(pair, 0)
        rows = {(r[0], r[3]) for r in self.first_rows} | {(r[3], r[0]) for r in self.first_rows}
        if pair in self.planned:
            return "aligned, other family" if (i, j) in rows else "planned, no passage"
        if pair in self.partners:
            second = {(min(r[0], r[3]), max(r[0], r[3])) for r in self.second_rows}
            kept = {(min(r[0], r[3]), max(r[0], r[3])) for r in self.second}
            if pair in kept:
                return "aligned, other family"
            if pair not in second:
                return "second pass, no copy or no passage"
            return "second pass, rewording dropped"
        if rare >= MIN_SHARED_SHINGLES:
            return "not the rare partner"
        if pair in self.first:
            return "candidate, not planned"
        if shared >= MIN_SHARED_SHINGLES:
            return "not first holder"
        return f"no key ({shared} shared 3-gram{'s' if shared != 1 else ''})"


def main() -> None:
    shared = Path(__file__).resolve().parents[2] / "shared"
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else shared / "ecbplus-dev"
    articles = [a for a in load_corpus(root) if a.path.parent != root and a.paragraphs]
    event = {a.name: a.path.parent.name for a in articles}
    traced = Traced(articles)
    direct = direct_rows(articles, WordWeights.from_articles(articles))
    links = traced.families()
    names = [a.name for a in articles]
    same = {p for p in direct if event[names[p[0]]] == event[names[p[1]]]}
    linked = {p for p in same if (names[p[0]], names[p[1]]) in links}
    print(f"directly linked pairs {len(direct)}, same-event {len(same)}; the families link {len(linked)}")
    reasons: Counter[tuple[str, str]] = Counter()
    for i, j in sorted(same - linked):
        reasons[(traced.reason(i, j), half_of(event[names[i]]))] += 1
    print(f"missed same-event pairs by reason ({' / '.join(HALVES[:2])} / whole):")
    totals = Counter[str]()
    for (why, _), n in reasons.items():
        totals[why] += n
    for why, _ in totals.most_common():
        even, odd = reasons[(why, HALVES[0])], reasons[(why, HALVES[1])]
        print(f"   {why:<42} {even:>4} / {odd:>4} / {even + odd:>4}")
    print(f"{'':<42} inside one event / same-event pairs linked: {' | '.join(HALVES)}")
    print(f"{'families now':<42} {halves(list(links), event)}")
    print(f"{'direct alignment':<42} {halves([(names[i], names[j]) for i, j in direct], event)}")
    every = [row for rows in direct.values() for row in rows]
    print(f"{'families + every direct passage':<42} {halves(list(traced.families(every)), event)}")
    only_same = [row for p in same for row in direct[p]]
    print(f"{'families + same-event passages':<42} {halves(list(traced.families(only_same)), event)}")
    unlinked = [p for p in direct if (names[p[0]], names[p[1]]) not in links]
    groups = traced.union.groups()
    kept = _second_kept(groups, [row for p in unlinked for row in direct[p]])
    print(f"{'+ unlinked pairs, second-pass rule':<42} {halves(list(traced.families(kept)), event)}")
    alone = set(links) | {(names[i], names[j]) for i, j in unlinked}
    print(f"{'+ unlinked pairs, families apart':<42} {halves(list(alone), event)}")


if __name__ == "__main__":
    main()
