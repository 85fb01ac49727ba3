"""Aligning two articles: the passages they share, how alike they are, and their word diffs.

Sentences are the unit: a pair of sentences is a match when they share enough
*content* (rare, non-name words, weighed by :class:`~corpus.passages.weights.WordWeights`),
found through an inverted index of one article's sentences, so the cost grows
with the shared words, not with the product of the article lengths, and order
does not matter (a passage at the end of A can match one at the start of B).
Matches next to each other in both articles become one passage, spanning whole
sentences; each passage is weighed by the rule of :mod:`corpus.passages.tiers` (``copied``,
``reworded``, or too weak to be a passage and left out) and then gets a word diff.

Symmetry is by construction: the pair is always aligned in one canonical order
and the result swapped when asked the other way round.
"""

from __future__ import annotations

import re
from contextlib import suppress
from dataclasses import dataclass, field
from itertools import chain
from operator import itemgetter

from corpus.model import Article, OpKind, Overlap, Passage, Tier, WordOp
from corpus.passages.sentence_pairs import passage_ranges, sentence_matches
from corpus.passages.tiers import (
    TIER_RULE,
    SentenceWords,
    chunk_keys,
    content_similarity,
    copied_in_place,
    evidence_tier,
    one_statement,
    one_story,
    passage_evidence,
    shared_trigrams,
    word_keys,
)
from corpus.passages.weights import WordWeights
from corpus.passages.word_diff import passage_diff

MEMO = 2048
"""Analyses remembered per WordWeights (the app aligns one article with many; the graph, clusters).
An analysis takes 30-47 KB (bench/families_scale.py's and bench/graph_scale.py's texts). Analyses
made by the families of 4,000 wire articles (bench/families_scale.py): 4,744 remembering 4,096,
4,805 remembering 2,048, 5,130 remembering 1,024, 5,900 remembering 256; of 10,000 of graph_scale's
articles: 3,076 / 3,099 (1,024) / 3,142 (256). Half of 4,096 keeps 99% of what it saves in half
the memory (about 90 MB less a process once full)."""
_first = itemgetter(0)
Range = tuple[int, int]
_LINK = re.compile(r"https?:|www\.", re.IGNORECASE)


@dataclass(slots=True)
class Sentence:
    """A sentence of an analysed article: its span and the content stems it holds, weighed."""

    start: int
    end: int
    content: dict[str, float]
    weight: float
    sequence: list[str]
    """The content stems in order (with repeats), to tell a compact match from scattered words."""
    chunks: int = 0
    """How many runs of text without white space it holds (see :func:`names_of`)."""


@dataclass(slots=True)
class Analysis:
    """What alignment needs of one article, computed once (the graph reuses it across pairs)."""

    sentences: list[Sentence]
    index: dict[str, int] | None = None
    """Content stem -> the sentences holding it, as the bits of one int (bit k: sentence k): two
    sentences' shared words are counted with a few bit operations a word, see
    :func:`sentence_matches` (and an int takes less memory than a tuple of sentence numbers).
    Made when first read (:func:`sentence_index`): only the article on the B side of a pair
    needs it, and the families' build puts a third of the articles it analyses there."""
    names: list[frozenset[str]] | None = None
    """The name stems of each sentence, then of the whole article (last): read when a passage's
    tier is weighed (see :func:`names_of`), not for every article the graph indexes."""
    keys: list[list[str]] = field(default_factory=list)
    """The word keys of each sentence (see :func:`passage_keys`), made from the white-space
    chunks its content words are read from. Made lazily, a sentence at a time, they cost a
    second slice and split of the sentence and a call each: on a wire corpus the families'
    build judges passages covering nine sentences in ten of the articles it analyses."""
    spaced: bytes = b""
    """1 where the text between a sentence and the next is white space (see :func:`passage_keys`)."""


def names_of(article: Article, analysis: Analysis, weights: WordWeights) -> list[frozenset[str]]:
    """The name stems of each analysed sentence of ``article``, then of all of them.

    Where only white space lies between one analysed sentence and the next (most articles), the
    text from the first to the last is split once: its chunks are the sentences' chunks end to
    end, each sentence's first left out as :meth:`~WordWeights.names_in` leaves it (a slice and
    a split a sentence were 7% of the alignment of 4,000 wire articles)."""
    if analysis.names is None:
        text, sentences = article.text, analysis.sentences
        if sentences and 0 not in analysis.spaced:
            found = weights.chunk_names(text[sentences[0].start : sentences[-1].end].split())
            each = []
            at = 0
            for sentence in sentences:
                each.append(frozenset().union(*filter(None, found[at + 1 : at + sentence.chunks])))
                at += sentence.chunks
        else:
            names_in = weights.names_in
            each = [names_in(text[s.start : s.end]) for s in sentences]
        analysis.names = [*each, frozenset().union(*each)]
    return analysis.names


def passage_keys(article: Article, analysis: Analysis, first: int, last: int) -> list[str]:
    """:func:`~corpus.passages.tiers.word_keys` of the text from sentence ``first``'s start to
    sentence ``last``'s end, from each sentence's keys, made once an article (a base is judged
    against each of its reprints). White space between two sentences splits no word, so the
    passage's keys are its sentences' keys end to end; anything else between them (a sentence
    left out of the analysis, words run together) is read from the text itself."""
    if first == last:
        return analysis.keys[first]
    if 0 in analysis.spaced[first:last]:
        sentences = analysis.sentences
        return word_keys(article.text[sentences[first].start : sentences[last].end])
    return list(chain.from_iterable(analysis.keys[first : last + 1]))


def analyse(article: Article, weights: WordWeights) -> Analysis:
    """Content stems of each title and body sentence (boilerplate left out).

    Remembered on ``weights`` (the analysis depends on them), so aligning one
    article with many others reads it once.
    """
    memo = weights.analyses.get(id(article))
    if memo is not None and memo[0] is article:
        # (try rather than contextlib.suppress: a context manager's enter and exit took a
        # tenth of the time of an analysis found, which most are)
        try:  # noqa: SIM105
            weights.analyses.move_to_end(id(article))
        except KeyError:  # another thread may have just let it go
            pass
        remembered: Analysis = memo[1]
        return remembered
    sentences: list[Sentence] = []
    text = article.text
    # Most articles have no web address: a plain look for its letters (the case-blind regex
    # takes ~0.1 ms on a whole article) tells, and then no sentence needs looking at.
    lowered = text.lower()
    links = ("http" in lowered or "www." in lowered) and _LINK.search(text) is not None
    spaced = bytearray()
    keys: list[list[str]] = []
    content_of = weights.content_of_chunks
    last_end = -1
    # (start, end, kind) tuples rather than Block objects: this reads every sentence aligned
    for start, end, kind in article.sentences.spans():
        if kind == "boilerplate" or (links and _LINK.search(text, start, end)):
            continue  # a web address shares its site's words with every page of that site
        chunks = text[start:end].split()
        words = content_of(chunks)
        content = dict(words)
        if last_end >= 0:
            spaced.append(text[last_end:start].isspace())
        last_end = end
        sentences.append(
            Sentence(start, end, content, sum(content.values()), list(map(_first, words)), len(chunks))
        )
        keys.append(chunk_keys(chunks))
    analysis = Analysis(sentences, keys=keys, spaced=bytes(spaced))
    memo_of = weights.analyses
    if len(memo_of) >= MEMO:
        with suppress(KeyError):
            memo_of.popitem(last=False)
    memo_of[id(article)] = (article, analysis)
    return analysis


def align_articles(a: Article, b: Article, weights: WordWeights) -> Overlap:
    """Every passage articles ``a`` and ``b`` share, in A's order; symmetric in A and B."""
    return align_analysed(a, analyse(a, weights), b, analyse(b, weights), weights)


def align_analysed(a: Article, an_a: Analysis, b: Article, an_b: Analysis, weights: WordWeights) -> Overlap:
    """:func:`align_articles` on articles already analysed."""
    if comparison_key(b) < comparison_key(a):
        return swap_overlap(Overlap(b.name, a.name, _align(b, an_b, a, an_a, weights)))
    return Overlap(a.name, b.name, _align(a, an_a, b, an_b, weights))


def swap_overlap(overlap: Overlap) -> Overlap:
    """The same overlap seen from the other side: B becomes A (ops mirrored), in the new A's order."""
    passages = [_swap(p) for p in overlap.passages]
    passages.sort(key=lambda p: (p.a_start, p.b_start))
    return Overlap(overlap.b, overlap.a, passages)


def comparison_key(article: Article) -> tuple[str, str, int, str]:
    """The order a pair of articles is aligned in (whichever way it is asked), so results are symmetric."""
    return (article.name, str(article.path), len(article.text), article.text)


def _swap(p: Passage) -> Passage:
    ops = [WordOp(_SWAPPED_OP[o.op], o.b_start, o.b_end, o.a_start, o.a_end) for o in p.ops]
    return Passage(
        p.b_start, p.b_end, p.a_start, p.a_end, p.b_text, p.a_text, p.similarity, p.tier, ops, p.shared_words
    )


_SWAPPED_OP: dict[OpKind, OpKind] = {
    "equal": "equal",
    "replace": "replace",
    "insert": "delete",
    "delete": "insert",
}


def _align(a: Article, an_a: Analysis, b: Article, an_b: Analysis, weights: WordWeights) -> list[Passage]:
    passages = []
    sa, sb = an_a.sentences, an_b.sentences
    for ra, rb, tier in kept_passages(a, an_a, b, an_b, weights):
        passages.append(
            passage_diff(a, sa[ra[0]].start, sa[ra[1]].end, b, sb[rb[0]].start, sb[rb[1]].end, weights, tier)
        )
    passages.sort(key=lambda p: (p.a_start, p.b_start))
    return passages


def kept_passages(
    a: Article, an_a: Analysis, b: Article, an_b: Analysis, weights: WordWeights
) -> list[tuple[Range, Range, Tier]]:
    """The sentence ranges of the passages A and B share that are strong enough to be passages,
    with their tiers (see :mod:`corpus.passages.tiers`). A passage grouped from several matches
    that is too weak as a whole (a copied sentence next to a pair with figures that differ) is
    weighed match by match, so its strong matches stay.

    A passage left out also gives back the sentences it held: the matches it kept from being
    placed (a sentence of A paired first, at the same score, with a near-copy of B that the
    tiers reject, where B copies it word for word further on) are grouped again, around the
    passages kept, until every match is kept, judged, or shares a sentence with a kept passage.
    Those are a sentence's second choices: only copied text is kept of them (on ECB+ dev the
    rewordings they added were links inside one event 14 times in 18, where the first choices'
    are 0.956)."""
    matches = sentence_matches(an_a, an_b)
    kept: list[tuple[Range, Range, Tier]] = []
    judged: set[tuple[int, int]] = set()  # matches judged no passage, or second choices judged
    placed: list[tuple[Range, Range]] = []
    left, first = matches, True
    while left:
        before = len(judged)
        for ra, rb in passage_ranges(left, matches, placed):
            tier = judge_passage(a, an_a, ra, b, an_b, rb, weights)[0]
            if tier == "copied" or (first and tier is not None):
                kept.append((ra, rb, tier))
                placed.append((ra, rb))
                continue
            for _, i, j in sorted(left, key=lambda m: (m[1], m[2])):
                if ra[0] <= i <= ra[1] and rb[0] <= j <= rb[1]:
                    single = (
                        judge_passage(a, an_a, (i, i), b, an_b, (j, j), weights)[0]
                        if ra[0] != ra[1] or rb[0] != rb[1]
                        else None
                    )
                    if single == "copied" or (first and single is not None):
                        kept.append(((i, i), (j, j), single))
                        placed.append(((i, i), (j, j)))
                    else:
                        judged.add((i, j))
        if len(judged) == before:  # every match placed, or kept out by a passage kept
            break
        left, first = _unplaced(left, placed, judged), False
    return kept


def _unplaced(
    matches: list[tuple[float, int, int]], placed: list[tuple[Range, Range]], judged: set[tuple[int, int]]
) -> list[tuple[float, int, int]]:
    """The matches not judged yet whose sentences lie in no passage kept (the ones a passage
    left out had kept from being placed)."""
    in_a = {i for ra, _ in placed for i in range(ra[0], ra[1] + 1)}
    in_b = {j for _, rb in placed for j in range(rb[0], rb[1] + 1)}
    return [m for m in matches if m[1] not in in_a and m[2] not in in_b and (m[1], m[2]) not in judged]


NOT_WEIGHED = -1.0
"""The similarity :func:`judge_passage` gives copied text when asked not to weigh it."""


def judge_passage(
    a: Article,
    an_a: Analysis,
    ra: Range,
    b: Article,
    an_b: Analysis,
    rb: Range,
    weights: WordWeights,
    *,
    weigh_copied: bool = True,
) -> tuple[Tier | None, float]:
    """The tier of the passage of sentences ``ra`` of A and ``rb`` of B (None: no passage) and
    its content similarity, by the rule of :mod:`corpus.passages.tiers`.

    Copied text's tier does not depend on its similarity: not ``weigh_copied``, it is
    NOT_WEIGHED, for a caller that weighs the passages it keeps once it has joined them (the
    families' build: two passages in three it judges are copied)."""
    sa, sb = an_a.sentences, an_b.sentences
    keys_a = passage_keys(a, an_a, *ra)
    keys_b = passage_keys(b, an_b, *rb)
    copied = TIER_RULE.copied_share
    if keys_a == keys_b or copied_in_place(keys_a, keys_b, copied):
        # (the 3-grams in place, from the start or from the end, are a lower bound of those shared)
        return "copied", _similarity(an_a, ra, an_b, rb) if weigh_copied else NOT_WEIGHED
    shared = shared_trigrams(keys_a, keys_b)
    if shared >= copied:  # copied text: names and statements decide nothing more
        return "copied", _similarity(an_a, ra, an_b, rb) if weigh_copied else NOT_WEIGHED
    similarity = _similarity(an_a, ra, an_b, rb)
    names_a, names_b = names_of(a, an_a, weights), names_of(b, an_b, weights)
    story = names_a[-1], names_b[-1]
    if not one_story(*story):  # a rewording needs one story (nothing else of the evidence is read)
        return None, similarity
    statement = any(  # only a report of one story can reword one of its statements
        one_statement(
            SentenceWords(sa[i].content, sa[i].sequence, names_a[i]),
            SentenceWords(sb[j].content, sb[j].sequence, names_b[j]),
            story,
        )
        for i in range(ra[0], ra[1] + 1)
        for j in range(rb[0], rb[1] + 1)
    )
    evidence = passage_evidence(keys_a, keys_b, similarity, statement=statement, shared=shared)
    return evidence_tier(evidence), similarity


def _similarity(an_a: Analysis, ra: Range, an_b: Analysis, rb: Range) -> float:
    """:func:`~corpus.passages.tiers.content_similarity` of sentences ``ra`` of A and ``rb`` of B."""
    sa, sb = an_a.sentences, an_b.sentences
    return content_similarity(
        [s.content for s in sa[ra[0] : ra[1] + 1]], [s.content for s in sb[rb[0] : rb[1] + 1]]
    )
