"""Steps of the families' build held to their definitions: the plan, the chaining of sentence
matches, and the tier of a passage judged without weighing copied text."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from itertools import pairwise
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from corpus.ingest.load import article_from_text
from corpus.passages import WordWeights
from corpus.passages.align import NOT_WEIGHED, analyse, judge_passage
from corpus.passages.family_align import CHAIN_GAP, chained
from corpus.passages.family_build import OVERLAP_TIE, SpanUnion, union_spans
from corpus.passages.family_plan import BASE_HOLDS, BASE_LACKS, plan_alignments
from corpus.passages.sentence_pairs import sentence_matches
from corpus.passages.tiers import content_similarity


def _plan_by_definition(
    order: Sequence[int], pairs: Sequence[tuple[int, int]], shingles: Sequence[Sequence[int]]
) -> list[tuple[int, int]]:
    """plan_alignments as its docstring says, each intersection made from the articles' whole
    3-gram sets (the step reads them from each candidate's shared 3-grams, made once)."""
    rank = {k: r for r, k in enumerate(order)}
    earlier: defaultdict[int, list[int]] = defaultdict(list)
    for i, j in pairs:
        first, later = (i, j) if rank[i] < rank[j] else (j, i)
        earlier[later].append(first)
    lead: dict[int, int] = {}
    plan: list[tuple[int, int]] = []
    for j in order:
        mine = set(shingles[j])
        shared_with = {c: mine & set(shingles[c]) for c in earlier.get(j, [])}
        explained: set[int] = set()
        targets: list[int] = []
        for c in sorted(shared_with, key=lambda c: (-len(shared_with[c]), rank[c])):
            shared = shared_with[c]
            new = shared - explained
            if len(new) < 2:
                continue
            base = lead.get(c, c)
            chosen = [c]
            if base != c and len(shared & set(shingles[base])) >= BASE_HOLDS * len(shared):
                lacking = len(new - set(shingles[base]))
                chosen = [base] if lacking < max(2, BASE_LACKS * len(shared)) else [base, c]
            for target in chosen:
                if target not in targets:
                    targets.append(target)
                    explained |= mine & set(shingles[target])
        if targets:
            lead[j] = targets[0]
            plan.extend((j, t) for t in targets)
    return plan


@st.composite
def _corpora(draw: st.DrawFn) -> tuple[list[int], list[tuple[int, int]], list[list[int]]]:
    """A few articles' 3-gram sets drawn from a small pool (so they overlap a lot, as reprints
    of one text and its edits do), an origin order, and every pair sharing two 3-grams."""
    n = draw(st.integers(2, 9))
    shingles = [sorted(draw(st.sets(st.integers(0, 24), max_size=16))) for _ in range(n)]
    order = draw(st.permutations(range(n)))
    pairs = [
        (i, j) for i in range(n) for j in range(i + 1, n) if len(set(shingles[i]) & set(shingles[j])) >= 2
    ]
    return list(order), pairs, shingles


@settings(max_examples=300, deadline=None)
@given(_corpora())
def test_the_plan_is_its_definition_with_each_intersection_made_whole(
    corpus: tuple[list[int], list[tuple[int, int]], list[list[int]]],
) -> None:
    order, pairs, shingles = corpus
    assert plan_alignments(order, pairs, shingles) == _plan_by_definition(order, pairs, shingles)


def _chained_by_definition(matches: list[tuple[float, int, int]]) -> list[tuple[tuple[int, int], ...]]:
    used_a: set[int] = set()
    used_b: set[int] = set()
    kept = []
    for _, i, j in sorted(matches, key=lambda m: (-m[0], m[1], m[2])):
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            kept.append((i, j))
    runs: list[tuple[tuple[int, int], ...]] = []
    for i, j in sorted(kept):
        if runs and 0 < i - runs[-1][0][1] <= CHAIN_GAP and 0 < j - runs[-1][1][1] <= CHAIN_GAP:
            runs[-1] = ((runs[-1][0][0], i), (runs[-1][1][0], j))
        else:
            runs.append(((i, i), (j, j)))
    return runs


_SCORES = st.sampled_from([0.25, 0.5, 0.5, 0.75, 1.0])
"""Few scores, so that many matches tie (best first, then the order of i and j decides)."""


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_SCORES, st.integers(0, 8), st.integers(0, 8)), max_size=20))
def test_chained_keeps_each_sentences_best_match_ties_in_the_order_of_the_sentences(
    matches: list[tuple[float, int, int]],
) -> None:
    assert chained(matches) == _chained_by_definition(matches)


_REPRINT = (
    "Reprint 1\n\nThe rescue team reached the stranded hikers on the northern ridge late on Sunday. "
    "Three of the seven hikers were taken to hospital with mild hypothermia. "
    "The park authority closed the ridge trail until the storm passes.\n\n"
    "Volunteers from four villages joined the search, which lasted nineteen hours."
)
_SOURCE = _REPRINT.replace("Reprint 1", "Source").replace("mild", "severe")
_OTHER = (
    "Other\n\nThe rescue team trained on the northern ridge with volunteers from the villages. "
    "A storm closed the mountain road for hours on Sunday, and nobody was taken to hospital."
)


def test_copied_text_judged_without_weighing_has_the_same_tier_and_is_weighed_once_kept() -> None:
    """Not weighing copied text changes no tier; a passage of any other tier is weighed as
    before."""
    articles = [
        article_from_text(f"{k}.txt", Path(f"{k}.txt"), t) for k, t in enumerate((_REPRINT, _SOURCE, _OTHER))
    ]
    weights = WordWeights.from_articles(articles)
    judged = 0
    for x in range(3):
        for y in range(3):
            if x == y:
                continue
            a, b = articles[x], articles[y]
            an_a, an_b = analyse(a, weights), analyse(b, weights)
            for ra, rb in chained(sentence_matches(an_a, an_b)):
                tier, similarity = judge_passage(a, an_a, ra, b, an_b, rb, weights)
                lazy_tier, lazy = judge_passage(a, an_a, ra, b, an_b, rb, weights, weigh_copied=False)
                assert lazy_tier == tier
                assert lazy == (NOT_WEIGHED if tier == "copied" else similarity)
                whole = content_similarity(
                    [s.content for s in an_a.sentences[ra[0] : ra[1] + 1]],
                    [s.content for s in an_b.sentences[rb[0] : rb[1] + 1]],
                )
                assert similarity == whole
                judged += 1
    assert judged >= 2  # the reprint and its source share their text both ways


def _union_by_definition(rows: Sequence[tuple[int, ...]]) -> list[set[tuple[int, ...]]]:
    """union_spans as it was made from every row at once, sorted: the two sides of each passage
    one family, spans of one article overlapping by OVERLAP_TIE of each tied, a family whose span
    lies that much inside a longer span of another family (and inside no third family's) joined to
    it; the groups in the order their first span is met."""
    nodes: dict[tuple[int, ...], int] = {}
    parent: list[int] = []

    def node(key: tuple[int, ...]) -> int:
        if key not in nodes:
            nodes[key] = len(parent)
            parent.append(len(parent))
        return nodes[key]

    def root(k: int) -> int:
        while parent[k] != k:
            k = parent[k]
        return k

    for i, a0, a1, j, b0, b1, tier, similarity in sorted(rows):
        x, y = node((i, a0, a1, tier, similarity)), node((j, b0, b1, tier, -1))
        parent[root(x)] = root(y)
    parts: list[tuple[tuple[int, ...], tuple[int, ...]]] = []
    for x in nodes:
        for y in nodes:
            if x[0] == y[0] and x != y and max(x[1], y[1]) < min(x[2], y[2]):
                overlap = min(x[2], y[2]) - max(x[1], y[1])
                if overlap >= OVERLAP_TIE * max(x[2] - x[1], y[2] - y[1]):
                    parent[root(nodes[x])] = root(nodes[y])
                elif overlap >= OVERLAP_TIE * (x[2] - x[1]):
                    parts.append((x, y))  # x lies mostly inside the longer y
    wholes: dict[int, set[int]] = {}
    for x, y in parts:
        if root(nodes[x]) != root(nodes[y]):
            wholes.setdefault(root(nodes[x]), set()).add(root(nodes[y]))
    joined: dict[int, int] = {}

    def family(k: int) -> int:
        k = root(k)
        while k in joined:
            k = joined[k]
        return k

    for a, b in wholes.items():
        if len(b) == 1 and family(a) != family(next(iter(b))):  # a part of one family only
            joined[family(a)] = family(next(iter(b)))

    groups: dict[int, set[tuple[int, ...]]] = {}
    for key, k in nodes.items():
        groups.setdefault(family(k), set()).add(key)
    return list(groups.values())


@st.composite
def _rows_in_batches(draw: st.DrawFn) -> tuple[list[tuple[int, ...]], list[list[tuple[int, ...]]]]:
    """Aligned passages among a few articles (spans on a short text, so they overlap often), and
    the same rows cut into batches in another order, as alignment shards come back."""
    row = st.tuples(
        st.integers(0, 4), st.integers(0, 60), st.integers(1, 40), st.integers(0, 4),
        st.integers(0, 60), st.integers(1, 40), st.sampled_from([1, 2]), st.integers(0, 1000),
    )  # fmt: skip
    drawn = draw(st.lists(row, max_size=24))
    rows = [(i, a0, a0 + la, j, b0, b0 + lb, tier, s) for i, a0, la, j, b0, lb, tier, s in drawn]
    shuffled = draw(st.permutations(rows))
    cuts = sorted(draw(st.lists(st.integers(0, len(rows)), max_size=4)))
    bounds = [0, *cuts, len(rows)]
    return rows, [list(shuffled[a:b]) for a, b in pairwise(bounds)]


@settings(max_examples=300, deadline=None)
@given(_rows_in_batches())
def test_spans_joined_batch_by_batch_make_the_groups_of_all_rows_sorted_in_their_order(
    drawn: tuple[list[tuple[int, ...]], list[list[tuple[int, ...]]]],
) -> None:
    rows, batches = drawn
    union = SpanUnion()
    for k, batch in enumerate(batches):
        union.add(batch)  # type: ignore[arg-type]
        if k == 0:
            union.groups()  # read in between, as the build does after its first pass
    expected = _union_by_definition(rows)
    assert [set(group) for group in union.groups()] == expected
    assert [set(group) for group in union_spans(rows)] == expected  # type: ignore[arg-type]
