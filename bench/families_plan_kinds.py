"""The alignments the families' first pass plans on the wire corpus of
``bench/families_scale.py``, an article, by what the two articles share (steps 1-3 only: no
alignment is made).

    python bench/families_plan_kinds.py [1000 2000 4000 8000]
    python bench/families_scale.py --plan 1000 4000   # the same
"""

from __future__ import annotations

import sys
from collections import Counter

from families_scale import SIZES, wire_corpus

from corpus.passages.families import origin_order
from corpus.passages.family_plan import holder_pairs, index_shard, plan_alignments
from corpus.passages.weights import content_text
from corpus.passages.wire import wire_credit


def run_plan(n: int) -> dict[str, float]:
    """Alignments the first pass plans for ``n`` wire articles (steps 1-3 only, no alignment):
    the cost that grows with the reprints of one source until each article has a reprint of its
    own source to be aligned with besides the base. Each planned pair is told by what the two
    share: the base (the first in origin order) of the article's source, another reprint of
    that source (the second alignment "base plus another reprint"), a planted passage, or
    neither (text the ECB+ sources share among themselves, reached through a base's edits)."""
    articles, source_of, groups = wire_corpus(n)
    shard = index_shard(range(n), [content_text(a) for a in articles])
    order = origin_order(articles, [wire_credit(a) for a in articles])
    plan = plan_alignments(order, holder_pairs(order, shard.shingles).first, shard.shingles)
    base_of: dict[int, int] = {}
    for k in order:
        base_of.setdefault(source_of[k], k)
    group_of = {k: g for g, members in enumerate(groups) for k in members}
    kinds: Counter[str] = Counter()
    for article, target in plan:
        if source_of[article] == source_of[target]:
            kinds["base" if target == base_of[source_of[article]] else "reprint"] += 1
        elif article in group_of and group_of[article] == group_of.get(target):
            kinds["planted"] += 1
        else:
            kinds["other_source"] += 1
    return {
        "articles": n,
        "reprints_per_source": n / len(set(source_of)),
        "planned": len(plan),
        "per_article": len(plan) / n,
        **{kind: kinds[kind] / n for kind in ("base", "reprint", "planted", "other_source")},
    }


def plan_report(sizes: list[int]) -> None:
    for n in sizes:
        row = run_plan(n)
        print(
            f"{n} articles, {row['reprints_per_source']:.1f} reprints a source: {row['planned']:.0f} "
            f"alignments planned, {row['per_article']:.3f} an article: with the base of its source "
            f"{row['base']:.3f}, another reprint of it {row['reprint']:.3f}, a planted passage's "
            f"article {row['planted']:.3f}, an article of another source {row['other_source']:.3f}",
            flush=True,
        )


if __name__ == "__main__":
    plan_report([int(x) for x in sys.argv[1:]] or list(SIZES))
