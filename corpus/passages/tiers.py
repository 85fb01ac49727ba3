"""Tiers a reader can trust: is an aligned passage copied text, the same statement reworded,
or too weak to be a passage at all?

The aligner (:mod:`corpus.passages.align`) finds sentences that share content words; that
also joins two reports of *different* events told in the same words ("retained his IBF, IBO
and WBO titles" against "retained his WBA, IBF and WBO title belts"). A passage is kept
(in families, ``storydiff overlaps`` and the compare screen alike) only when it is

- ``copied``: verbatim reuse, three words in five or more of the longer side inside word
  3-grams (stop words included) the other side has too (a copy with a word changed here and
  there stays copied; two reviews sharing a spec sentence's phrases, at about half, do not); or
- ``reworded``: the same statement in other words, between two reports of one story (see
  below): alike enough in content words with at least five words in a row in common (a name
  with its title, a figure with its noun), or ten words in a row in common (one quote framed
  differently), or one sentence of each side stating one thing (:func:`one_statement`: three
  content words or more in common, making up half the content weight of the sentence with
  less, or fewer packed together with the names both write; neither naming more that the
  other article lacks than it names); and every figure of the
  side giving fewer found on the other (23 pirates against 26 is another event, not a
  rewording; in a long passage, most of them: a reprint with one figure updated is the same
  text).

Two reports of one story name the same people, places and organisations: a rewording is only
looked for between articles sharing half the names of the one naming fewer
(:func:`one_story`). Two obituaries of different men, two reviews of different laptops, two
sackings of two coaches of one team share words and a legal phrase, a chip or the team's name,
but not their names; one shared name alone is not a claim.

The evidence is read from the words of both sides with set operations, without a word diff
(a diff per passage was most of the time of a family build). The thresholds were chosen on
ECB+ dev as a whole and on seed sentence pairs judged by hand (``bench/tiers_eval.py`` and
``bench/families_ecbplus.py`` print the figures), never pair by pair.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import chain, compress

from corpus.model import Tier
from corpus.passages.weights import Memo, split_words, word_forms


@dataclass(frozen=True, slots=True)
class TierRule:
    """The thresholds of :func:`evidence_tier`, as data."""

    copied_share: float = 0.6
    """Least share of the longer side's words inside 3-grams found in the other for ``copied``."""
    reworded_similarity: float = 0.5
    """Least content similarity (weighted cosine of content words) for ``reworded``."""
    reworded_run: int = 5
    """Least words in a row the two sides of a rewording have in common: scattered shared
    words are a topic, not a statement."""
    long_passage: int = 60
    """Words (on the shorter side) from which a passage is long: one of its figures may differ."""
    statement_run: int = 10
    """Words in a row in common that make a passage the same statement however little else
    it shares (one quote, cut and framed differently by two outlets)."""
    statement_words: int = 3
    """Least content words (stems) two sentences share to state one thing in other words."""
    statement_containment: float = 0.5
    """Least share of the content weight of the sentence with less that the other shares."""
    least_shared: int = 2
    """Least content words two sentences share to state one thing (with names, see below)."""
    compact_words: int = 4
    """Least content words and names, together, two sentences packing them share to state one
    thing (a quote's words in other framing: who said it and what)."""
    compact_containment: float = 0.4
    """Least share of the lesser content weight those shared words make up."""
    compact_density: float = 0.6
    """Least share of shared words among the content words spanning them, in both sentences."""
    story_names: float = 0.55
    """Least share of the names of the article naming fewer that the other article names too,
    for the two to be reports of one story (where rewordings are looked for). Chosen on ECB+ dev
    with the families built as shipped: 0.5 / 0.55 / 0.6 gave links inside one event 0.970 /
    0.991 / 0.995 and same-event pairs linked 0.493 / 0.461 / 0.442; the seeds' judged rewordings
    found 13 / 11 / 11 of 33, all right. 0.55 keeps both ECB+ aims with a margin."""
    story_names_known: int = 3
    """Names an article needs for its names to tell its story: with fewer, any story is one."""


TIER_RULE = TierRule()
ORDINALS = frozenset(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split()
)
"""Words that are figures too: "seventh round" against "sixth round" is another fight."""


@dataclass(frozen=True, slots=True)
class PassageEvidence:
    """What the tier of a passage is decided by."""

    words_a: int
    words_b: int
    shared_trigrams: float
    """Share of the longer side's words inside word 3-grams the other has (:func:`shared_trigrams`)."""
    longest_run_reached: bool
    """Whether the sides have TierRule.reworded_run words in a row in common."""
    statement_run_reached: bool
    """Whether they have TierRule.statement_run words in a row in common."""
    figure_conflict: bool
    similarity: float
    one_statement: bool = False
    """Whether a sentence of each side states one thing (:func:`one_statement`)."""
    one_story: bool = True
    """Whether the two articles report one story (:func:`one_story`)."""


def word_keys(text: str) -> list[str]:
    """The compared forms of the words of ``text`` (lower case, straight apostrophes, …),
    looked up by white-space chunk (news repeats its chunks)."""
    return chunk_keys(text.split())


def chunk_keys(chunks: Iterable[str]) -> list[str]:
    """:func:`word_keys` of a text split at white space into ``chunks``."""
    return list(chain.from_iterable(map(_chunk_keys.__getitem__, chunks)))


_chunk_keys = Memo(lambda chunk: tuple(key for key, _ in map(word_forms, split_words(chunk)) if key))


def content_similarity(a: Sequence[dict[str, float]], b: Sequence[dict[str, float]]) -> float:
    """Weighted cosine of the content words of two runs of sentences (each a stem -> weight map).
    A run of one sentence is its map as it is, and the shared weight is summed at C speed (in
    the order of A's words, as a loop would): most passages judged are one sentence."""
    words_a = a[0] if len(a) == 1 else _merged(a)
    words_b = b[0] if len(b) == 1 else _merged(b)
    shared = sum(compress(words_a.values(), map(words_b.__contains__, words_a)))
    total = math.sqrt(sum(words_a.values()) * sum(words_b.values()))
    return round(shared / total, 3) if total else 0.0


def _merged(maps: Sequence[dict[str, float]]) -> dict[str, float]:
    """One map of the stems of several sentences, in the order each first occurs (a stem's
    weight is the same in every sentence)."""
    merged: dict[str, float] = {}
    for words in maps:
        merged.update(words)
    return merged


def one_story(names_a: frozenset[str], names_b: frozenset[str], rule: TierRule = TIER_RULE) -> bool:
    """Whether two articles naming ``names_a`` and ``names_b`` (name stems) report one story:
    the one naming fewer shares at least TierRule.story_names of them with the other."""
    fewer = min(len(names_a), len(names_b))
    if fewer < rule.story_names_known:
        return True
    return len(names_a & names_b) >= rule.story_names * fewer


@dataclass(frozen=True, slots=True)
class SentenceWords:
    """What :func:`one_statement` reads of a sentence: its content stems -> weight, the content
    stems in order, and the name stems it names."""

    content: dict[str, float]
    sequence: list[str]
    names: frozenset[str]


def one_statement(
    a: SentenceWords,
    b: SentenceWords,
    story_names: tuple[frozenset[str], frozenset[str]],
    rule: TierRule = TIER_RULE,
) -> bool:
    """Whether sentences ``a`` and ``b`` state one thing in other words, in any order.

    ``story_names`` are the name stems of each whole article. Neither sentence may name more
    people or places the other article never names than ones it does (the same sacking, of
    another coach, is another fact). Then either they share TierRule.statement_words content
    words making up TierRule.statement_containment of the content weight of the sentence with
    less; or, packed together in both (TierRule.compact_density), fewer words making up
    TierRule.compact_containment of it with the names both sentences write, TierRule.compact_words
    in all: who said it and what ("Kuleba ... believe ... see")."""
    shared = a.content.keys() & b.content.keys()
    if len(shared) < rule.least_shared:
        return False
    if any(
        len(own - other) > len(own & other)
        for own, other in ((a.names, story_names[1]), (b.names, story_names[0]))
    ):
        return False
    weight = sum(a.content[stem] for stem in shared)
    least = min(sum(a.content.values()), sum(b.content.values()))
    if len(shared) >= rule.statement_words and weight >= rule.statement_containment * least:
        return True
    return (
        len(shared) + len(a.names & b.names) >= rule.compact_words
        and weight >= rule.compact_containment * least
        and min(density(a.sequence, shared), density(b.sequence, shared)) >= rule.compact_density
    )


def density(sequence: list[str], common: set[str]) -> float:
    """Shared words among the content words from the first shared one to the last (counted at
    C speed over a byte a word: this runs for every sentence pair alignment weighs)."""
    hits = bytes(map(common.__contains__, sequence))
    first = hits.find(1)
    if first < 0:
        return 0.0
    return hits.count(1) / (hits.rfind(1) - first + 1)


def passage_evidence(
    keys_a: list[str],
    keys_b: list[str],
    similarity: float,
    rule: TierRule = TIER_RULE,
    *,
    statement: bool = False,
    story: bool = True,
    shared: float | None = None,
) -> PassageEvidence:
    """The evidence of a passage whose sides have the word keys ``keys_a`` and ``keys_b``;
    ``statement`` and ``story`` are :func:`one_statement` of some sentence pair of the passage
    and :func:`one_story` of the articles; ``shared`` is :func:`shared_trigrams` of the keys
    when the caller has it already."""
    if keys_a == keys_b:  # copied word for word: nothing else to weigh
        return PassageEvidence(len(keys_a), len(keys_b), 1.0, True, True, False, similarity, statement, story)
    if shared is None:
        shared = shared_trigrams(keys_a, keys_b)
    if shared >= rule.copied_share:  # copied text: runs and figures decide nothing more
        return PassageEvidence(
            len(keys_a), len(keys_b), shared, True, True, False, similarity, statement, story
        )
    if story and not statement:
        reached, run_statement = (
            _run_in_common(keys_a, keys_b, n) for n in (rule.reworded_run, rule.statement_run)
        )
    else:  # the tier is decided without them: runs are not looked for (they take time)
        reached = run_statement = False
    figures_a = {k for k in keys_a if k[0].isdigit() or k in ORDINALS}
    figures_b = {k for k in keys_b if k[0].isdigit() or k in ORDINALS}
    smaller, larger = sorted((figures_a, figures_b), key=len)
    missing = len(smaller - larger)
    if min(len(keys_a), len(keys_b)) >= rule.long_passage:
        # a long reprint with a figure updated or mistyped is still the same text: only more
        # figures missing than found is another event
        conflict = missing > len(smaller & larger)
    else:
        conflict = missing > 0
    return PassageEvidence(
        len(keys_a), len(keys_b), shared, reached, run_statement, conflict, similarity, statement, story
    )


def shared_trigrams(keys_a: list[str], keys_b: list[str]) -> float:
    """Share of the words of the longer side inside a word 3-gram the other side has too: how
    much of a passage is verbatim (a copy with a word changed here and there stays high, where
    the share of 3-grams falls by three for each word changed).

    Counted at C speed: a byte per 3-gram of A found in B, and a word is covered when the
    3-gram starting at it or at one of the two words before it is (the three shifted copies
    of those bytes OR-ed together as one big int)."""
    if len(keys_a) < len(keys_b):
        keys_a, keys_b = keys_b, keys_a
    words = len(keys_a)
    trigrams_b = set(zip(keys_b, keys_b[1:], keys_b[2:], strict=False))
    found = bytes(map(trigrams_b.__contains__, zip(keys_a, keys_a[1:], keys_a[2:], strict=False)))
    if 1 not in found:
        return 0.0
    covered = (
        int.from_bytes(found + b"\0\0", "big")
        | int.from_bytes(b"\0" + found + b"\0", "big")
        | int.from_bytes(b"\0\0" + found, "big")
    )
    return covered.to_bytes(words, "big").count(1) / words


def in_place_trigrams(keys_a: list[str], keys_b: list[str]) -> float:
    """Share of the words of the longer side inside a word 3-gram the other side has at the
    same place (the same words at the same positions from the start): at most
    :func:`shared_trigrams`, whose 3-grams may stand anywhere, and a few times cheaper (no
    3-gram is made). A reprint with words changed but none added or cut, aligned sentence by
    sentence, has most of its 3-grams in place, so this decides most copies on its own.

    Counted as :func:`shared_trigrams`, a byte per position: 1 where the words agree, a 3-gram
    in place where three bytes in a row are 1, a word covered by one starting at it or at one
    of the two words before it."""
    words = max(len(keys_a), len(keys_b))
    agree = int.from_bytes(bytes(map(operator.eq, keys_a, keys_b)), "big")
    in_place = agree & (agree << 8) & (agree << 16)
    if not in_place:
        return 0.0
    return (in_place | (in_place >> 8) | (in_place >> 16)).bit_count() / words


def ends_in_place_trigrams(keys_a: list[str], keys_b: list[str]) -> float:
    """Share of the words of the longer side inside a word 3-gram the other side has at the
    same place counted from the start (:func:`in_place_trigrams`) or from the end: also at most
    :func:`shared_trigrams` (each such 3-gram is one the other side has), and decided without
    making a 3-gram. A reprint with words added or cut in one place (a sentence of the passage
    reworded, one left out between two matched ones) has its 3-grams in place up to there from
    the start and after it from the end.

    Counted as :func:`in_place_trigrams`: the bytes of the words agreeing from the end, read as
    a little-endian int, stand at the longer side's places in one int with those from the start."""
    words = max(len(keys_a), len(keys_b))
    runs = _runs_from_start(keys_a, keys_b, words) | _runs_from_end(keys_a, keys_b)
    return _covered(runs) / words if runs else 0.0


def copied_in_place(keys_a: list[str], keys_b: list[str], least: float) -> bool:
    """Whether :func:`in_place_trigrams` reaches ``least``, or else (sides of different lengths:
    of equal ones, the places from the end are those from the start) :func:`ends_in_place_trigrams`:
    a lower bound of :func:`shared_trigrams` that decides most copies without it. Of the 3,460
    copied passages of 4,000 wire articles the first left to shared_trigrams, the second decides
    2,163: for 400 words, 12 us more than the first, where shared_trigrams takes 50."""
    words = max(len(keys_a), len(keys_b))
    runs = _runs_from_start(keys_a, keys_b, words)
    if runs and _covered(runs) / words >= least:
        return True
    if len(keys_a) == len(keys_b):
        return False
    runs |= _runs_from_end(keys_a, keys_b)
    return bool(runs) and _covered(runs) / words >= least


def _runs_from_start(keys_a: list[str], keys_b: list[str], words: int) -> int:
    """A byte a place of the longer side (``words`` of them): 1 where a 3-gram in place from
    the start begins."""
    agree = int.from_bytes(bytes(map(operator.eq, keys_a, keys_b)), "big") << 8 * (
        words - min(len(keys_a), len(keys_b))
    )
    return agree & (agree << 8) & (agree << 16)


def _runs_from_end(keys_a: list[str], keys_b: list[str]) -> int:
    """As :func:`_runs_from_start`, for the 3-grams in place counted from the end."""
    agree = int.from_bytes(bytes(map(operator.eq, reversed(keys_a), reversed(keys_b))), "little")
    return agree & (agree << 8) & (agree << 16)


def _covered(runs: int) -> int:
    """The places covered by the 3-grams beginning at ``runs``' bytes."""
    return (runs | (runs >> 8) | (runs >> 16)).bit_count()


def _run_in_common(keys_a: list[str], keys_b: list[str], n: int) -> bool:
    """Whether ``n`` words in a row of A are found in a row in B."""
    runs_a = set(zip(*(keys_a[k:] for k in range(n)), strict=False))
    return not runs_a.isdisjoint(zip(*(keys_b[k:] for k in range(n)), strict=False))


def evidence_tier(evidence: PassageEvidence, rule: TierRule = TIER_RULE) -> Tier | None:
    """``copied``, ``reworded``, or None when the evidence is too weak for a passage."""
    if evidence.shared_trigrams >= rule.copied_share:
        return "copied"
    if evidence.figure_conflict or not evidence.one_story:
        return None
    if (
        evidence.statement_run_reached
        or evidence.one_statement
        or (evidence.similarity >= rule.reworded_similarity and evidence.longest_run_reached)
    ):
        return "reworded"
    return None
