"""The last steps of building reprint families: the union of aligned spans into families
(:func:`union_spans`), and the families themselves with their origins and each article's
own share (:func:`assemble`). Plain data in, model types out."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Sequence
from difflib import SequenceMatcher
from itertools import accumulate
from operator import sub
from typing import TypeAlias

from corpus.model import Article, ArticleReuse, Families, Family, FamilyMember, Tier
from corpus.passages.weights import TOKEN, word_forms
from corpus.passages.wire import Candidate, choose_origin

OVERLAP_TIE = 0.5
"""Two spans of one article tie their families when they overlap by at least this share of
each: the same paragraph reached from two sides. A span lying mostly inside a longer one (this
share of the shorter only) is a part of the longer one's text: its family joins the longer's
where that is the one family it is a part of (a reprint aligned with a part of another's base
text), and stays apart where it is a part of two (one quote that two wire stories both carry
does not make the two stories one family)."""
WIRE_COVER = 0.5
"""An article reprints a family's credited origin when that family covers at least this
share of its body."""
TIERS: dict[int, Tier] = {1: "copied", 2: "reworded"}

Node: TypeAlias = tuple[int, int, int, int, int]
"""One side of an aligned passage: (article, start, end, tier code, similarity in thousandths);
similarity is -1 on the side that was aligned *with* (a base), which is the text itself."""


SpanRow: TypeAlias = tuple[int, int, int, int, int, int, int, int]
"""One aligned passage as step 4 hands it on (``family_align.SpanPair``)."""


def union_spans(pairs: Iterable[SpanRow]) -> list[list[Node]]:
    """Families as groups of spans: the two sides of each passage are one family, and spans of
    one article overlapping enough (see OVERLAP_TIE) tie their families together (union–find)."""
    union = SpanUnion()
    union.add(pairs)
    return union.groups()


class SpanUnion:
    """:func:`union_spans` made as the passages come: rows added in any order and any number of
    batches, groups read at any time. The families' build adds each alignment shard's rows as it
    is done (the helper is still aligning) and the second pass's few rows to the first's, where
    the union was made again from every row once the alignment was done, twice (the helper
    waited meanwhile).

    The groups are those of :func:`union_spans` over every row added, sorted, in its order: a
    group comes where its least row would first have met it."""

    __slots__ = ("_by_article", "_least", "_nodes", "_parent", "_parts", "_touched", "joined_parts")

    def __init__(self) -> None:
        self._nodes: dict[Node, int] = {}
        self._parent: list[int] = []
        self._least: list[SpanRow] = []
        """Per node: the least row holding it (where a sorted union meets it first)."""
        self._by_article: defaultdict[int, list[Node]] = defaultdict(list)
        self._touched: set[int] = set()
        """Articles given a node since their spans' ties were last looked for."""
        self._parts: set[tuple[int, int]] = set()
        """(shorter node, longer node): a span lying mostly inside a longer one of its article (a
        set: an article given a node again has all its spans' overlaps looked at again)."""
        self.joined_parts: frozenset[Node] = frozenset()
        """The spans of the families that joined another as a part of its text, at the last
        :meth:`groups` (for :func:`assemble`)."""

    def _root(self, k: int) -> int:
        parent = self._parent
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    def add(self, rows: Iterable[SpanRow]) -> None:
        """The two sides of each passage of ``rows`` in one family."""
        nodes, parent, least, by_article, touched = (
            self._nodes,
            self._parent,
            self._least,
            self._by_article,
            self._touched,
        )
        root = self._root

        def node(key: Node, row: SpanRow) -> int:
            found = nodes.get(key)
            if found is None:
                found = nodes[key] = len(parent)
                parent.append(found)
                least.append(row)
                by_article[key[0]].append(key)
                touched.add(key[0])
            elif row < least[found]:
                least[found] = row
            return found

        for row in rows:
            i, a0, a1, j, b0, b1, tier, similarity = row
            x = node((i, a0, a1, tier, similarity), row)
            parent[root(x)] = root(node((j, b0, b1, tier, -1), row))

    def _tie(self) -> None:
        """Spans of one article overlapping enough tie their families (for the articles given a
        node since last time: ties already made stay made)."""
        nodes, parent, root = self._nodes, self._parent, self._root
        for article in self._touched:
            spans = sorted(self._by_article[article], key=lambda s: (s[1], s[2]))
            active: list[Node] = []
            for span in spans:
                active = [s for s in active if s[2] > span[1]]
                for other in active:
                    lengths = (other[2] - other[1], span[2] - span[1])
                    overlap = min(other[2], span[2]) - span[1]
                    if overlap >= OVERLAP_TIE * max(lengths):
                        parent[root(nodes[other])] = root(nodes[span])
                    elif overlap >= OVERLAP_TIE * min(lengths):
                        part, whole = (other, span) if lengths[0] < lengths[1] else (span, other)
                        self._parts.add((nodes[part], nodes[whole]))
                active.append(span)
        self._touched.clear()

    def _part_roots(self) -> dict[int, int]:
        """Per family (its root) that is a part of exactly one other family's text, the family it
        joins: that one, or where that is itself a part of one, the one they all join. Read on a
        union of its own, so the union of passages and ties is left as it is."""
        root = self._root
        wholes: defaultdict[int, set[int]] = defaultdict(set)
        for part, whole in self._parts:
            a, b = root(part), root(whole)
            if a != b:
                wholes[a].add(b)
        joined: dict[int, int] = {}

        def top(k: int) -> int:
            while k in joined:
                k = joined[k]
            return k

        for a, bs in wholes.items():
            if len(bs) == 1:  # a part of two families' texts joins neither
                x, y = top(a), top(next(iter(bs)))
                if x != y:
                    joined[x] = y
        return {a: top(a) for a in joined}

    def groups(self) -> list[list[Node]]:
        """The families so far, as groups of spans (article first)."""
        self._tie()
        groups: defaultdict[int, list[Node]] = defaultdict(list)
        least: dict[int, SpanRow] = {}
        rows, root = self._least, self._root
        part_of = self._part_roots()  # made again each time: the union itself is not changed
        parts: set[Node] = set()
        for key, k in self._nodes.items():
            top = root(k)
            if top in part_of:
                top = part_of[top]
                parts.add(key)
            groups[top].append(key)
            if top not in least or rows[k] < least[top]:
                least[top] = rows[k]
        self.joined_parts = frozenset(parts)
        return [groups[top] for top in sorted(groups, key=least.__getitem__)]


def _members(spans: list[Node], articles: Sequence[Article]) -> list[FamilyMember]:
    """One member per run of overlapping spans of one article: copied when any of its spans
    is, its similarity the best of its alignments (1.0 for a base, which was only aligned with)."""
    members: list[FamilyMember] = []
    spans = sorted(spans)
    k = 0
    while k < len(spans):
        article, start, end = spans[k][:3]
        group = [spans[k]]
        k += 1
        while k < len(spans) and spans[k][0] == article and spans[k][1] < end:
            end = max(end, spans[k][2])
            group.append(spans[k])
            k += 1
        tier: Tier = "copied" if any(s[3] == 1 for s in group) else "reworded"
        scores = [s[4] for s in group if s[4] >= 0]
        similarity = max(scores) / 1000 if scores else 1.0
        if not scores:
            tier = "copied"  # the base itself
        members.append(FamilyMember(articles[article].name, start, end, tier, similarity))
    return members


def _own_versions(
    members: list[FamilyMember], group: list[Node], parts: frozenset[Node], articles: Sequence[Article]
) -> list[FamilyMember]:
    """The members holding a span of the family's own text (not only spans of parts that joined it)."""
    own = [s for s in group if s not in parts]
    if len(own) == len(group):
        return members
    starts: defaultdict[str, list[int]] = defaultdict(list)
    for span in own:
        starts[articles[span[0]].name].append(span[1])
    found = [m for m in members if any(m.start <= at < m.end for at in starts.get(m.article, ()))]
    return found or members


def assemble(
    articles: Sequence[Article],
    groups: list[list[Node]],
    order: Sequence[int],
    credits: Sequence[str | None],
    parts: frozenset[Node] = frozenset(),
) -> Families:
    """Families of two articles or more, largest first, with origins and each article's reuse;
    ``parts``: the spans of families that joined another as a part of its text (see OVERLAP_TIE)."""
    rank = {k: r for r, k in enumerate(order)}
    number = {a.name: k for k, a in enumerate(articles)}
    built: list[tuple[tuple[int, int, int], Family]] = []
    for group in groups:
        members = _members(group, articles)
        names = list(dict.fromkeys(m.article for m in members))
        if len(names) < 2:
            continue
        # the base is a version of the family's own text, not of a part that joined it
        wholes = _own_versions(members, group, parts, articles) if parts else members
        base = min(wholes, key=lambda m: (rank[number[m.article]], m.start - m.end))
        base = FamilyMember(base.article, base.start, base.end, "copied", 1.0)
        members = [base if (m.article, m.start) == (base.article, base.start) else m for m in members]
        length: defaultdict[str, int] = defaultdict(int)
        for m in members:
            length[m.article] += m.end - m.start
        origin = choose_origin(
            [
                Candidate(name, articles[number[name]].date, credits[number[name]], length[name])
                for name in names
            ]
        )
        text = articles[number[base.article]].text[base.start : base.end]
        family = Family(0, text, base, members, origin)
        built.append(((-len(names), -sum(length.values()), rank[number[base.article]]), family))
    built.sort(key=lambda item: item[0])
    families = [family for _, family in built]
    for k, family in enumerate(families, 1):
        family.id = k
    return Families([a.name for a in articles], families, _reuse(articles, families, credits))


def _reuse(
    articles: Sequence[Article], families: list[Family], credits: Sequence[str | None]
) -> dict[str, ArticleReuse]:
    """Each article's own share and the wire service it reprints.

    Each member article's body is read once, as (start, end) pairs taken from its paragraphs'
    array (a Block object for each paragraph of each member, once per family it is in, was
    most of the step: 0.3 s of 4,000 wire articles), and the share each family covers is
    weighed only for an article that credits no agency itself (the only ones it is asked for)."""
    spans: defaultdict[str, list[tuple[int, int]]] = defaultdict(list)
    cover: defaultdict[str, list[tuple[list[tuple[int, int]], Family]]] = defaultdict(list)
    credit_of = {a.name: c for a, c in zip(articles, credits, strict=True)}
    for family in families:
        mine: defaultdict[str, list[tuple[int, int]]] = defaultdict(list)
        for m in family.members:
            mine[m.article].append((m.start, m.end))
        # only a family whose origin credits an agency can make a member a reprint of it: the
        # share the others cover is not weighed (most families of a corpus of reprints whose
        # sources credit no one: 5,103 of the 9,103 shares of 4,000 wire articles)
        credited = family.origin is not None and bool(credit_of.get(family.origin.article))
        for name, found in mine.items():
            spans[name].extend(found)
            if credited:
                cover[name].append((found, family))
    reuse: dict[str, ArticleReuse] = {}
    for k, article in enumerate(articles):
        if article.name not in spans:  # in no family (most of a big corpus): all its own words
            reuse[article.name] = ArticleReuse(article.name, 1.0, credits[k])
            continue
        paragraphs = BodyParagraphs(article.paragraphs.spans_of("body"))
        body = paragraphs.length()
        own = round(1 - paragraphs.covered(spans[article.name]) / body, 3) if body else 1.0
        wire = credits[k]
        if wire is None and body:
            shares = [(paragraphs.covered(found), family) for found, family in cover[article.name]]
            for share, family in sorted(shares, key=lambda c: -c[0]):
                origin = family.origin
                if share >= WIRE_COVER * body and origin is not None and credit_of.get(origin.article):
                    wire = credit_of[origin.article]
                    break
        reuse[article.name] = ArticleReuse(article.name, max(own, 0.0), wire)
    return reuse


class BodyParagraphs:
    """An article's body paragraphs (spans in text order, apart) as sorted starts and ends and
    the running total of their lengths: the characters of a span inside them are found with
    two binary searches, not a walk over every paragraph."""

    __slots__ = ("before", "ends", "starts")

    def __init__(self, paragraphs: list[tuple[int, int]]) -> None:
        self.starts = [start for start, _ in paragraphs]
        self.ends = [end for _, end in paragraphs]
        self.before = list(accumulate(map(sub, self.ends, self.starts), initial=0))

    def length(self) -> int:
        return self.before[-1]

    def covered(self, spans: list[tuple[int, int]]) -> int:
        """Characters of the body inside the union of ``spans``."""
        starts, ends, before = self.starts, self.ends, self.before
        covered = 0
        for start, end in _merged(spans):
            first = bisect_right(ends, start)  # the first paragraph ending after the span starts
            stop = bisect_left(starts, end)  # ... and past the last starting before it ends
            if first < stop:
                covered += before[stop] - before[first]
                covered -= max(0, start - starts[first]) + max(0, ends[stop - 1] - end)
        return covered


def _merged(spans: list[tuple[int, int]]) -> list[list[int]]:
    """The union of ``spans`` as spans apart, in order."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged


def version_differences(base: str, version: str) -> list[tuple[int, int]]:
    """Spans of ``version`` (offsets into it) holding words that differ from ``base``: what a
    reader sees marked when one family's versions are shown one under another."""
    base_keys = [word_forms(m.group())[0] for m in TOKEN.finditer(base)]
    spans = [(m.start(), m.end()) for m in TOKEN.finditer(version)]
    keys = [word_forms(version[s:e])[0] for s, e in spans]
    matcher = SequenceMatcher(None, base_keys, keys, autojunk=False)
    changed: list[tuple[int, int]] = []
    for tag, _, _, j1, j2 in matcher.get_opcodes():
        if tag in ("replace", "insert") and j1 < j2:
            changed.append((spans[j1][0], spans[j2 - 1][1]))
    return changed
