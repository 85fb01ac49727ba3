"""What a quote itself says about whether anyone said it: the "no speaker" option's features.

The speaker ranker (:mod:`corpus.quotes.ranking`) scores each candidate of a quote against a "no
speaker" option. With one constant feature that option could not tell a one-word scare quote in a
list of them ("chanted “USA!”", “Bloodline,” “Mercy Street”) from a sentence after "X said:"; these
features, read from the quote and the words around its marks (never from the candidates), are the
option's own: each is crossed with it (``no_speaker&…``) and weighted by ``train/attribution.py``.
They are cheap (a few slices and the article's cue index), so they can be read for quotes the
candidate stage never sees.

A term (few quoted words no cue gives to anyone) is asked about where a word PolNeAR's annotators
mark as an attribution's cue most often where they write it stands in its sentence before it
(:func:`learned_cue`, the words learned by ``train/term_cues.py``, ``term_cue_stems.json``): then
its feature ``term_cue``. Chosen on CV against the verb pattern asked before (``naming_verbs.SAYING``; C=3,
margin 0, asked beyond 80; CV, words learned anew per fold / dev / unmatched quotes given a speaker,
held-out train folds / dev): 0.9049 / 0.9332 / 241 / 21 against 0.9047 / 0.9332 / 243 / 22.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import NamedTuple

from corpus.ingest.lazy_regex import compiled_on_first_use
from corpus.quotes.asked_words import in_a_question
from corpus.quotes.context import ArticleReading
from corpus.quotes.cue_clauses import completes_passive
from corpus.quotes.cue_nouns import noun_before_of
from corpus.quotes.cues import Cue
from corpus.quotes.feature_names import (
    FEATURE_ID,
    NO_SPEAKER_FEATURES,
    NO_SPEAKER_GAP_EDGES,
    NO_SPEAKER_WORD_EDGES,
    QUOTE_KINDS,
    ROUTES,
)
from corpus.quotes.lexicon import DETERMINERS, PREPOSITIONS
from corpus.quotes.naming_verbs import PASSIVE, SUBJECT_WORDS, verbs_before
from corpus.quotes.spans import QuoteSpan

BEFORE_REACH = 60
"""Characters before a quote's opening mark read for the words that introduce it."""
AFTER_REACH = 150
"""Characters after a quote's closing mark read (within its sentence) for a cue ("…,” she said")."""

WORK_NOUNS = frozenset(
    "book memoir novel film movie biopic documentary show series program programme song album single "
    "play musical drama thriller comedy sitcom ad ads advert spot video headline article column essay "
    "op-ed report slogan hashtag nickname moniker label phrase word term motto chant banner sign "
    "website site blog podcast campaign group movement operation plan bill act initiative".split()
)
"""Nouns that name the quoted words as a title or a name ("his memoir, “Gifted Hands”", "the slogan
“…”", "a website called “…”"): a work, a label, a campaign, no one's statement."""
CUE_FOLLOWS = frozenset(
    "and or but to that what who which when while as if because he she they it its the a an of in on "
    "for from with by at is are was were be been has have had will would can could said says".split()
)
"""Words after a quote that do not make it a modifier of the noun after it ("“Avatar” star")."""
_WORD_AFTER = re.compile(r"\s([a-z][a-z-]+)\b")
_NAME_BEFORE = re.compile(r"\b[A-Z][a-z]*\.?[ \t]*$")
_NAME_AFTER = re.compile(r"[ \t]*[A-Z][a-z]")
_LIST_JOIN = re.compile(r"[ \t]*(?:[,;/]|,?[ \t]*(?:and|or|&))?[ \t]*")
"""What stands between two quotes of a list (“Veep,” “Bloodline” and “Girls”)."""
_BLANK = re.compile(r"[\s\W]*")


_ID = {
    name.removeprefix("no_speaker&"): FEATURE_ID[name]
    for name in (*NO_SPEAKER_FEATURES, "no_speaker&passive_cue")
}
"""The number of each "no speaker" feature, by its name without the prefix."""
_KIND_ID = {kind: _ID[f"kind={kind}"] for kind in QUOTE_KINDS}
_WORDS_ID = [*(_ID[f"words<={e}"] for e in NO_SPEAKER_WORD_EDGES), _ID[f"words>{NO_SPEAKER_WORD_EDGES[-1]}"]]
_ROUTE_ID = {route: _ID[f"rules_read={route}"] for route in ROUTES if route}
_GAPS = (*(f"rules_gap<={e}" for e in NO_SPEAKER_GAP_EDGES), f"rules_gap>{NO_SPEAKER_GAP_EDGES[-1]}")
_GAP_ID = [_ID[gap] for gap in _GAPS]
"""The numbers of a quote's kind, of its length's and its rules' gap's buckets (by their index in the
edges: the first edge at or above it), of what the rules read."""
_VERB_IDS = [_ID["naming_before"], _ID["term_cue"], _ID["named_as"]]
_VERB_AND_PASSIVE_IDS = [*_VERB_IDS, _ID["passive_cue"]]
"""The features :meth:`QuoteRead.traits` may add to those read first (a passive only after a cue)."""


def quote_traits(
    reading: ArticleReading,
    spans: Sequence[QuoteSpan],
    k: int,
    term: bool,
    route: str,
    gap: int | None,
) -> list[int]:
    """The numbers of the "no speaker" features of ``spans[k]``: its kind (``term`` as the finder
    calls it), length and capitals, the words before and after its marks, whether it stands in a
    list of quotes or alone in its paragraph, and what the rules read for it (``route``,
    ``rerank.reading_kind``; ``gap``: the characters between their mention and the quote, or None)."""
    return first_traits(reading, spans, k, term, route, gap).traits()


def first_traits(
    reading: ArticleReading,
    spans: Sequence[QuoteSpan],
    k: int,
    term: bool,
    route: str,
    gap: int | None,
) -> QuoteRead:
    """:func:`quote_traits` read in two steps: here those that cost a few slices and lookups (all but
    the verbs before the quote, a term's learned cue and a passive before it), the rest by
    :meth:`QuoteRead.traits` where they can decide (the "no speaker" option can rarely outweigh the
    candidates whatever they add: :meth:`corpus.quotes.ranking.Ranker.nobody_outweighed`)."""
    text, masked, span = reading.text, reading.masked, spans[k]
    said = text[span.start : span.end]
    words = said.split()
    # (the features of a kind, a length or a route by table: no name written per quote)
    length = _WORDS_ID[bisect_left(NO_SPEAKER_WORD_EDGES, len(words))]
    head = [_KIND_ID["term" if term else span.kind], length]
    if words and all(w[:1].isupper() or w[:1].isdigit() for w in words):
        head.append(_ID["capitalised"])
    if said.rstrip().endswith((".", "!", "?", "…")):
        head.append(_ID["ends_sentence"])
    sentences = reading.sentences
    s_start, s_end = (0, len(masked)) if not sentences else sentences[sentences.index_of(span.open_at)][:2]
    p_start, p_end = reading.cues.paragraphs[span.paragraph]
    before = masked[max(s_start, p_start, span.open_at - BEFORE_REACH) : span.open_at]
    low = before.lower()
    if len(low) != len(before):  # a letter whose lower case is longer ("İ"): read as written
        low = before
    middle = _marks_before(low)
    cues_before = reading.cues.between(max(s_start, p_start, span.open_at - 2 * BEFORE_REACH), span.open_at)
    if cues_before:
        middle.append("cue_before")
    after_end = min(max(s_end, span.close_at), p_end, span.close_at + AFTER_REACH)
    if reading.cues.first(span.close_at, after_end) is not None:
        middle.append("cue_after")
    if _in_list(text, spans, k):
        middle.append("in_list")
    if _BLANK.fullmatch(text, p_start, span.open_at) and _BLANK.fullmatch(text, span.close_at, p_end):
        middle.append("paragraph_all_quote")
    if span.paragraph == 0:
        middle.append("first_paragraph")
    if not masked[max(p_start, p_end - 12) : p_end].rstrip(" \"”’'").endswith((".", "!", "?", "…", ":")):
        middle.append("no_sentence_end")  # a heading or a list item
    middle += _around(text, span, said)
    rules = [_ROUTE_ID[route]]
    if gap is not None:
        rules.append(_GAP_ID[bisect_left(NO_SPEAKER_GAP_EDGES, gap)])
    # (both made as a plain tuple is: their own constructors are a Python call each, per quote asked)
    rest = _new(_Rest, (reading, spans, k, term, route, before, low, s_start, cues_before))
    return _new(QuoteRead, ([*head, *_ids(middle), *rules], (len(head), len(head) + len(middle)), rest))


_new = tuple.__new__
"""How a :class:`QuoteRead` and its :class:`_Rest` are made (as ``article_features.MentionRead`` is)."""


def _ids(names: list[str]) -> list[int]:
    return [_ID[name] for name in names]


class _Rest(NamedTuple):
    """What :meth:`QuoteRead.traits` reads the costlier features from."""

    reading: ArticleReading
    spans: Sequence[QuoteSpan]
    k: int
    term: bool
    route: str
    before: str
    low: str
    """``before`` in lower case (as written where that changes its length)."""
    s_start: int
    cues_before: list[Cue]


class QuoteRead(NamedTuple):
    """A quote's "no speaker" features, the cheap ones read (:func:`first_traits`): ``known``; the
    costlier ones (:meth:`traits`) are written after its first ``cut[0]`` and its first ``cut[1]``."""

    known: list[int]
    cut: tuple[int, int]
    rest: _Rest

    def most_added(self) -> list[int]:
        """The numbers of the features :meth:`traits` may add to :attr:`known`: the verbs before the
        quote (a term's learned cue has the same number as the verb pattern's), and a passive where a
        cue stands before it."""
        return _VERB_IDS if not self.rest.cues_before else _VERB_AND_PASSIVE_IDS

    def traits(self) -> list[int]:
        """All the quote's "no speaker" features, in the order :func:`quote_traits` has always
        written them (its score a sum in that order)."""
        (head_end, middle_end), known, rest = self.cut, self.known, self.rest
        verbs = verbs_before(rest.before, rest.low, not rest.term)
        learned = []
        # a term the rules read a cue for has another quote's (``terms.term_flags``): its cue
        # says who said that quote, not this one
        if rest.term and rest.route in _NO_CUE_READ:
            window = cue_window(rest.reading, rest.spans, rest.k)
            if window is not None and learned_cue(window, shipped_cue_stems()):
                learned.append(_TERM_CUE)  # a word PolNeAR's annotators mark as a cue stands before it
        out = [*known[:head_end], *_ids(verbs), *known[head_end:middle_end], *learned, *known[middle_end:]]
        masked, open_at = rest.reading.masked, rest.spans[rest.k].open_at
        if rest.cues_before and completes_passive(masked, rest.s_start, rest.cues_before[-1], open_at):
            out.append(_ID["passive_cue"])  # "The senator was told, “…”": the one told is no speaker
        return out


def _marks_before(low: str) -> list[str]:
    """The features of the marks and the word right before a quote's opening mark (``low``: the words
    before it in lower case)."""
    out = []
    tail = low.rstrip()
    if tail.endswith(":"):
        out.append("colon_before")
    word = tail[_run_start(tail, len(tail), _ASCII_WORD) :]
    if word:
        if word in DETERMINERS:
            out.append("determiner_before")
        elif word in PREPOSITIONS or word == "of":
            out.append("preposition_before")
        if word in WORK_NOUNS:
            out.append("work_before")
    if tail.endswith(","):
        out.append("comma_before")
    return out


_ASCII_WORD = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ’'-")
"""The characters of a word read back from a quote's mark (a regex anchored at the end of the text
tries every start before it: five times slower than this walk back)."""


def _run_start(text: str, end: int, chars: frozenset[str]) -> int:
    """Where the run of ``chars`` ending at ``end`` starts."""
    i = end
    while i > 0 and text[i - 1] in chars:
        i -= 1
    return i


def _around(text: str, span: QuoteSpan, said: str) -> list[str]:
    """The features of the words glued around a quote's marks: a nickname inside a name (Juan
    “Chico” Manriquez), a quoted modifier of the noun after it (the “Avatar” star)."""
    out = []
    before = text[max(0, span.open_at - 20) : span.open_at]
    if _NAME_BEFORE.search(before) and _NAME_AFTER.match(text, span.close_at):
        out.append("name_around")
    if not said.rstrip().endswith((".", ",", "!", "?", "…", ":", ";")):
        word = _WORD_AFTER.match(text, span.close_at)
        if word is not None and word.group(1) not in CUE_FOLLOWS:
            out.append("noun_after")
    return out


def _in_list(text: str, spans: Sequence[QuoteSpan], k: int) -> bool:
    """Whether a quote is joined to the one before or after it as items of a list (“Veep,” “Girls”
    and “Bloodline”): names or terms, not a statement."""
    span = spans[k]
    for other in (k - 1, k + 1):
        if 0 <= other < len(spans) and not spans[other].nested:
            near = spans[other]
            a, b = (near.close_at, span.open_at) if other < k else (span.close_at, near.open_at)
            if 0 <= b - a <= 8 and _LIST_JOIN.fullmatch(text, a, b):
                return True
    return False


_TERM_CUE = FEATURE_ID["no_speaker&term_cue"]
_NO_CUE_READ = ("no cue", "no mention")
"""What the rules read for a term whose cue is its own: none (``rerank.reading_kind``)."""


def cued(traits: list[int]) -> bool:
    """Whether a quote's "no speaker" features (:func:`quote_traits`) hold a cue that may say who
    said it (a term's: :func:`learned_cue`): the ranker is asked about such a term, its "no speaker"
    option deciding whether no one did."""
    return _TERM_CUE in traits


TERM_REACH = 120
"""Characters before a term's opening mark (within its sentence and paragraph) read for the words
that say someone said it (:func:`learned_cue`): "Christie refers to the candidate, who is supposedly
his longtime friend, as “Mr. Trump”" puts its verb some 70 characters before the mark."""
CUE_TOKEN = re.compile(r"[A-Za-z][A-Za-z’'-]*")
_COMMA_TOKEN = compiled_on_first_use(r"([A-Za-z][A-Za-z’'-]*)(?=(,?))")
"""A word, and a comma right after it (or "")."""
_SUFFIXES = ("ing", "ed", "es", "s")


def cue_window(reading: ArticleReading, spans: Sequence[QuoteSpan], k: int) -> str | None:
    """The masked text read before the term ``spans[k]`` for its cue words (:func:`learned_cue`):
    back to its sentence's start, its paragraph's or :data:`TERM_REACH` characters, whichever is
    nearest. None for a term that is part of a noun phrase, no one's words whatever verb stands
    before it: an item of a list of quoted words ("the star of “American Pie”, “Van Wilder” and
    “The Big Lebowski”"), a quoted modifier of the noun after it ("the “Twilight” steering wheel",
    "an 85 percent “fresh” rating"), nor words inside a question put to someone ("Asked whether …
    “…”", :func:`corpus.quotes.asked_words.in_a_question`)."""
    span, text = spans[k], reading.text
    if _in_list(text, spans, k) or _LISTED_BEFORE.search(text, max(0, span.open_at - 8), span.open_at):
        return None
    if in_a_question(text, span.open_at):
        return None  # "When asked to confirm that it “…”": the question's words, its verbs no cue
    if _LISTED_AFTER.match(text, span.close_at):
        return None
    if not text[span.start : span.end].rstrip().endswith((".", ",", "!", "?", "…", ":", ";")):
        word = _WORD_AFTER.match(text, span.close_at)
        if word is not None and word.group(1) not in CUE_FOLLOWS and word.group(1) not in _PREPOSITIONS:
            return None
    masked, sentences = reading.masked, reading.sentences
    s_start = 0 if not sentences else sentences[sentences.index_of(span.open_at)][0]
    p_start = reading.cues.paragraphs[span.paragraph][0]
    return masked[max(s_start, p_start, span.open_at - TERM_REACH) : span.open_at]


_PREPOSITIONS = PREPOSITIONS | frozenset(
    "before after against among between since until without within across behind beyond toward "
    "towards despite like than upon via amid throughout".split()
)
"""English prepositions: one after a quote ends the phrase it stands in ("called her “Madam X”
before the crowd"), where a noun after it is what the quote modifies."""
_LISTED_BEFORE = re.compile(r"[”\"][ \t]*(?:,|,?[ \t]*(?:and|or))[ \t]*\Z")
"""A closing mark and a list's join right before a quote's opening mark (“American Pie”, “…”): the
quote before may be no quote span (a title the span finder leaves out)."""
_LISTED_AFTER = re.compile(r"[ \t]*(?:,|,?[ \t]*(?:and|or))[ \t]*[“\"]")


def learned_cue(window: str, cue_stems: frozenset[str], reach: int | None = None) -> bool:
    """Whether a word written in lower case in ``window`` (:func:`cue_window`) has its stem
    (:func:`stem`) among ``cue_stems`` (:func:`shipped_cue_stems`: the words PolNeAR's annotators mark
    as the cue of an attribution most often where they stand), and is no participle said of the
    thing named (:func:`_of_the_named`) nor a noun before "of" and the term
    (:func:`corpus.quotes.cue_nouns.noun_before_of`: "met with chants of “…”"): a cue that may say
    who said the term after it."""
    tokens = _COMMA_TOKEN().findall(window)
    first = 0 if reach is None else max(0, len(tokens) - reach)
    return any(
        tok.islower()
        and stem(tok) in cue_stems
        and not _of_the_named(tokens, i)
        and not noun_before_of(tokens, i)
        for i, (tok, _) in enumerate(tokens[first:], first)
    )


def _of_the_named(tokens: list[tuple[str, str]], i: int) -> bool:
    """Whether ``tokens[i]``, a cue word, is said of the thing named: in the passive, a form of "be"
    among the two words before it ("was nicknamed", "was long known"; not a progressive's "-ing",
    "is promising", "were chanting": the subject speaks), or a participle right after
    the noun it names ("a group called", "the unit known as"; not after a subject, "what he called",
    an adverb, "Trump repeatedly called", or "has", "had")."""
    tok = tokens[i][0]
    before = [t[0].lower() for t in tokens[max(0, i - 2) : i]]
    if any(w in PASSIVE for w in before):
        # "is promising to create a “…”": the progressive, active ("may be, shrugging": no verb group)
        be = max(j for j in range(max(0, i - 2), i) if tokens[j][0].lower() in PASSIVE)
        return not (tok.endswith("ing") and not any(t[1] for t in tokens[be:i]))
    if not before or not tok.endswith(("ed", "wn")):
        return False
    if tokens[i - 1][1]:
        return True  # set off after a noun by a comma: "Marcel Roe, 44, known online as"
    word = tokens[i - 1][0]
    return word.islower() and not word.endswith("ly") and word not in SUBJECT_WORDS and word not in _PERFECT


_PERFECT = frozenset("has have had having".split())


CUE_STEMS_FILE = Path(__file__).with_name("term_cue_stems.json")
"""The stems of the words that make a term's cue (``train/term_cues.py``, from PolNeAR train)."""


@cache
def shipped_cue_stems() -> frozenset[str]:
    """:data:`CUE_STEMS_FILE`'s stems, read once per process."""
    return frozenset(json.loads(CUE_STEMS_FILE.read_text(encoding="utf-8"))["stems"])


def stem(word: str) -> str:
    """A crude stem: a verb's or noun's ending cut, then a doubled last consonant or a final "e"
    ("referring", "referred", "refers" -> "refer"; "describe", "described" -> "describ"), so that a
    word's forms are counted as one."""
    word = word.lower().removesuffix("’s").removesuffix("'s")
    for suffix in _SUFFIXES:
        if len(word) > len(suffix) + 2 and word.endswith(suffix):
            word = word[: -len(suffix)]
            if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiouls":
                word = word[:-1]
            break
    return word[:-1] if len(word) > 3 and word.endswith("e") else word
