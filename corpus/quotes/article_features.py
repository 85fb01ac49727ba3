"""Features of a candidate speaker that do not depend on which quote asks: what the mention is, the
words right beside it, how often the article writes its name and how many quotes the rules give it.
They are read once per mention per article (:class:`MentionFeatures`), however many quotes have it
among their candidates: a paragraph of quotes asks about the same few names again and again.

A person quoted in an article is usually named many times and is the rules' speaker of several of
its quotes; a place or an organisation mentioned in passing is not. And the word right before a
mention says much of its role in the sentence: after "in", "at" or "from" a name is a place or a
setting, after "by" or "to" it is an agent or an addressee. The ranker learns a weight for each.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import NamedTuple

from corpus.quotes.candidates import OWNERS
from corpus.quotes.feature_names import (
    COUNT_EDGES,
    CUE_GROUP,
    FEATURE_ID,
    MENTION_KINDS,
    PATTERNS,
    SIDE_WORDS,
    SPEAKER_PRONOUNS,
)
from corpus.quotes.lexicon import CUE_WORDS, ORG_WORDS, OUTLET_WORDS, POSSESSIVE_ENDINGS
from corpus.quotes.names import reader_name
from corpus.quotes.place_tails import PLACE_TAIL_REACH, place_after_city

# A capital that starts a word: the word-start test is written after the capital, not as a \b before
# it, so the engine skips straight to capitals instead of trying every position (half the time)
_CAPITALISED = re.compile(r"[A-Z](?<!\w[A-Z])[A-Za-z’'-]+")
_WORD = re.compile(r"[A-Za-z’'-]+")
_ACCORDING = re.compile(r"according\s+to\s*$", re.IGNORECASE)
_AS_PUT = re.compile(r"\bas\s*$", re.IGNORECASE)
_SKIPPABLE = frozenset("also has had have later then again once recently previously further".split())
"""Words that may stand between a subject and its cue ("Smith also said")."""
_REACH = 40
"""How many characters beside a mention are read for the cue right before or after it."""
_BESIDE = max(_REACH, PLACE_TAIL_REACH) + 1
"""The characters each side of a mention that its own features read (:data:`_REACH`, the place tail's
reach, and one more: the character a ``\\b`` opening the place tail's pattern looks at): the stretch
a mention is known by."""

COUNTED_KINDS = frozenset({"name", "phrase", "rules", "previous"})
"""The kinds of candidate whose name is counted (a pronoun or a description has none)."""


class ArticleCounts:
    """How often each capitalised word is written in an article, and how many of its quotes the
    rules give each name (by the name's last word, lower case)."""

    def __init__(self, text: str, names: list[str | None]) -> None:
        # counted as found (possessives too, "Roe's"): the article's every capitalised word is
        # counted at C speed, and a name's possessive forms are looked up when asked
        self.written = Counter(map(str.lower, _CAPITALISED.findall(text)))
        self.quoted = Counter(name.split()[-1].lower() for name in names if name and name.split())

    def described(self, last_word: str | None) -> tuple[int, ...]:
        """The numbers of the features of how often the article writes a name whose last word is
        ``last_word`` and how many quotes the rules give it (none for a mention with no word)."""
        if last_word is None:
            return ()
        get = self.written.get
        count = get(last_word, 0) + get(last_word + "’s", 0) + get(last_word + "'s", 0)
        quoted = self.quoted.get(last_word, 0)
        return (
            _WRITTEN_BY_COUNT[count if count < _TOP_COUNT else _TOP_COUNT],
            _QUOTED_BY_COUNT[quoted if quoted < _TOP_COUNT else _TOP_COUNT],
        )


def _bucket(count: int) -> int:
    edge = 0
    for e in COUNT_EDGES[1:]:
        if count >= e:
            edge = e
    return edge


_TOP_COUNT = COUNT_EDGES[-1]
_WRITTEN_BY_COUNT = tuple(FEATURE_ID[f"written>={_bucket(n)}"] for n in range(_TOP_COUNT + 1))
_QUOTED_BY_COUNT = tuple(FEATURE_ID[f"quoted>={_bucket(n)}"] for n in range(_TOP_COUNT + 1))
"""The number of the feature of a count of 0 to :data:`_TOP_COUNT` (or more): its bucket's, read by
index, not by a loop over the edges per candidate (h-gate29)."""


def last_word(text: str, start: int, end: int) -> str | None:
    """The last word of a mention, lower case, without a possessive (how names are counted)."""
    words = _WORD.findall(text, start, end)
    return words[-1].lower().removesuffix("’s").removesuffix("'s") if words else None


class MentionFeatures:
    """The quote-independent features of each mention of one article (and its last word), read
    when a quote first has it among its candidates and kept for the article's other quotes."""

    def __init__(self, text: str, masked: str, counts: ArticleCounts) -> None:
        self.text = text
        self.masked = masked
        self.counts = counts
        self._known: dict[tuple[int, int, str], MentionRead] = {}

    def of(self, start: int, end: int, kind: str) -> MentionRead:
        """The features of the mention ``start``..``end`` of this kind (see :class:`MentionRead`)."""
        key = (start, end, kind)
        known = self._known.get(key)
        if known is None:
            # what the mention and the words beside it say, read from the stretch around it alone
            lo, hi = max(0, start - _BESIDE), end + _BESIDE
            known = _read_beside(self.masked[lo:hi], self.text[lo:hi], start - lo, end - lo, kind)
            if kind in COUNTED_KINDS:  # (the counts are this article's: added to what the stretch says)
                ids, word, tail, patterns, cued = known
                # (made as a plain tuple is, :data:`_new`)
                known = _new(MentionRead, (ids + self.counts.described(word), word, tail, patterns, cued))
            self._known[key] = known
        return known


@lru_cache(maxsize=1 << 13)
def _read_beside(masked: str, text: str, start: int, end: int, kind: str) -> MentionRead:
    """The features of a mention that the stretch of :data:`_BESIDE` characters each side of it says
    (all but the article's counts, which are no sentence pattern), its last word, whether it is a
    place's second part and its patterns: read once per process for a mention written the same with
    the same words beside it (the mentions of a wire story recur in every outlet that reprints it).
    ``masked`` and ``text``: that stretch of the article's masked text and text; ``start``, ``end``:
    the mention's place in it."""
    ids = [_KIND[kind]]
    after, side_after = words_after(masked, end)
    before, side_before = words_before(masked, start)
    cue_beside(ids, masked, start, end, (after, before))
    what_it_is(ids, text[start:end], kind)
    side_words(ids, masked, start, end, (side_before, side_after))
    patterns = tuple(filter(PATTERN_IDS.__contains__, ids))
    cued = not _CUED.isdisjoint(ids)
    tail = place_after_city(text, start, end)
    return _new(MentionRead, (tuple(ids), last_word(text, start, end), tail, patterns, cued))


class MentionRead(NamedTuple):
    """What is read of one mention whichever quote asks: its features' numbers, its last word (lower
    case), whether it is a place's second part (:func:`corpus.quotes.place_tails.place_after_city`),
    which of its features are sentence patterns (crossed with each quote's place), and whether it
    is a cue's subject or after "according to" (one of :data:`CUED`)."""

    ids: tuple[int, ...]
    last: str | None
    place_tail: bool
    patterns: tuple[int, ...]
    cued: bool


_new = tuple.__new__
"""How a :class:`MentionRead` is made: its own constructor is a Python call (callgrind: ~1,300
instructions more a mention, some 12,000 mentions on the bench corpus)."""

# The features' numbers, looked up once here rather than a name written per mention
_KIND = {k: FEATURE_ID[f"kind={k}"] for k in MENTION_KINDS}
_CUE_AFTER, _CUE_BEFORE = FEATURE_ID["cue_right_after"], FEATURE_ID["cue_right_before"]
_CUE_AFTER_CLASS = {w: FEATURE_ID[f"cue_right_after={CUE_GROUP.get(w, 'other')}"] for w in CUE_WORDS}
_CUE_BEFORE_CLASS = {w: FEATURE_ID[f"cue_right_before={CUE_GROUP.get(w, 'other')}"] for w in CUE_WORDS}
_WHO_AFTER, _ACCORDING_TO, _AS_BEFORE, _POSSESSIVE = (
    FEATURE_ID[k] for k in ("who_clause_after", "according_to", "as_before", "possessive")
)
_OUTLET, _ORG, _NOT_A_NAME, _ALL_CAPS = (
    FEATURE_ID[k] for k in ("outlet_word", "org_word", "not_a_name", "all_caps")
)
_PRONOUN = {p: FEATURE_ID[f"pronoun={p}"] for p in SPEAKER_PRONOUNS}
_OWNS_SPEECH, _IT_SUBJECT = FEATURE_ID["owns_speech"], FEATURE_ID["it_subject"]
_WORD_BEFORE = {w: FEATURE_ID[f"word_before={w}"] for w in SIDE_WORDS}
_WORD_AFTER = {w: FEATURE_ID[f"word_after={w}"] for w in SIDE_WORDS}
_COMMA_BEFORE, _COMMA_AFTER = FEATURE_ID["comma_before"], FEATURE_ID["comma_after"]
PATTERN_IDS = frozenset(FEATURE_ID[p] for p in PATTERNS)
"""The numbers of the sentence patterns (``feature_names.PATTERNS``): crossed with each quote's place."""
CUED = ("cue_right_after", "cue_right_before", "according_to")
"""The features of a mention that make it a cue's subject or the one "according to" whom (the
candidate nearest its quote among those with one of them is marked: ``features._rank_by_side``)."""
_CUED = frozenset(FEATURE_ID[k] for k in CUED)


WordsBeside = tuple[str | None, str | None]
"""Two words read beside a mention (lower case), either of them None where there is none."""


def cue_beside(ids: list[int], masked: str, start: int, end: int, words: WordsBeside) -> None:
    """The sentence patterns around a mention: "X said", "said X", "X, who …, said", "according to
    X", "as X put it", "X's claim that". ``words``: the word read after it and the word before it
    (:func:`words_after`, :func:`words_before`)."""
    after_word, before_word = words
    if after_word is not None and after_word in CUE_WORDS:
        ids += (_CUE_AFTER, _CUE_AFTER_CLASS[after_word])  # "X said"
    if masked[end : end + 6].lstrip().startswith(", who"):
        ids.append(_WHO_AFTER)  # "X, who …, said"
    if before_word is not None and before_word in CUE_WORDS:
        ids += (_CUE_BEFORE, _CUE_BEFORE_CLASS[before_word])  # "said X"
    # (both patterns end the stretch: its last two letters say which can match, without a scan)
    before_text = masked[max(0, start - _REACH) : start]
    tail = before_text.rstrip()[-2:].lower()
    if tail == "to" and _ACCORDING.search(before_text):
        ids.append(_ACCORDING_TO)
    elif tail == "as" and _AS_PUT.search(before_text):
        ids.append(_AS_BEFORE)  # "as X put it"
    if masked[end : end + 2] in POSSESSIVE_ENDINGS:
        ids.append(_POSSESSIVE)  # "X's claim that"


_W = "A-Za-z’'-"
_THREE_WORDS = re.compile(rf"[^{_W}]*([{_W}]+)(?:[^{_W}]*([{_W}]+))?(?:[^{_W}]*([{_W}]+))?")
"""The first three words of a stretch (those ``_WORD.findall`` lists first), in one match."""
_FIRST_WORD = re.compile(rf"[^{_W}]*([{_W}]+)")
_SIDE_REACH = 24
"""How many characters beside a mention are read for the closed-class word right before or after it."""


def words_after(masked: str, end: int) -> WordsBeside:
    """The word after a mention that may be its cue ("X also said": the first of the next three
    words not a filler, else the first), and the first word of the same line within
    :data:`_SIDE_REACH` characters, both lower case: one match of the words after it read for both."""
    m = _THREE_WORDS.match(masked, end, end + _REACH)
    if m is None:
        return None, None
    first = cue = m.group(1).lower()
    if first in _SKIPPABLE:  # (most often not: the first word is the one, lowered once)
        cue = None
        for word in m.groups()[1:]:
            if word is None:
                break
            low = word.lower()
            if low not in _SKIPPABLE:
                cue = low
                break
    at, stop = m.span(1)
    if at >= end + _SIDE_REACH or "\n" in masked[end:at]:
        return cue or first, None
    return cue or first, first if stop <= end + _SIDE_REACH else masked[at : end + _SIDE_REACH].lower()


def words_before(masked: str, start: int) -> WordsBeside:
    """The last word within :data:`_REACH` characters before a mention, and the last word of the
    same line within :data:`_SIDE_REACH` characters, both lower case: the stretch read backwards
    once for both (its last word is the first of it reversed)."""
    back = masked[max(0, start - _REACH) : start][::-1]
    m = _FIRST_WORD.match(back)
    if m is None:
        return None, None
    at, stop = m.span(1)
    last = back[at:stop][::-1].lower()
    if at >= _SIDE_REACH or "\n" in back[:at]:
        return last, None
    return last, last if stop <= _SIDE_REACH else back[at:_SIDE_REACH][::-1].lower()


def what_it_is(ids: list[int], mention: str, kind: str) -> None:
    """What the mention is: an outlet, an organisation, a name or a word that names no one, a
    pronoun."""
    words = mention.split()
    last = words[-1].lower() if words else ""
    if last in OUTLET_WORDS:
        ids.append(_OUTLET)
    elif last in ORG_WORDS:
        ids.append(_ORG)
    if kind == "name" and not could_name_someone(mention):
        ids.append(_NOT_A_NAME)
    if kind == "name" and mention.isupper() and len(mention) > 4:
        ids.append(_ALL_CAPS)
    if kind == "pronoun":
        low = mention.lower()
        ids.append(_OWNS_SPEECH if low in OWNERS else _IT_SUBJECT if low == "it" else _PRONOUN[low])


_NOT_NAMES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december today yesterday tomorrow".split()
)
"""Capitalised words that name a time, never a speaker."""


@lru_cache(maxsize=4096)
def could_name_someone(written: str) -> bool:
    """Whether a run of capitalised words could be a speaker's name (not "Thursday", "Ironically")."""
    words = written.split()
    if any(w.lower().strip(".,") in _NOT_NAMES for w in words):
        return False
    if len(words) == 1 and words[0].lower().endswith("ly"):
        return False  # an adverb opening the sentence
    return reader_name(written) is not None


def side_words(ids: list[int], masked: str, start: int, end: int, words: WordsBeside) -> None:
    """The closed-class word right before the mention and right after it (same line, ``words``:
    :func:`words_before` and :func:`words_after` read them), and whether a comma stands right
    before or after it (an apposition: "Swanson, of Elizabeth, Colorado,")."""
    word_before, word_after = words
    if word_before is not None and word_before in SIDE_WORDS:
        ids.append(_WORD_BEFORE[word_before])
    if word_after is not None and word_after in SIDE_WORDS:
        ids.append(_WORD_AFTER[word_after])
    if masked[max(0, start - _SIDE_REACH) : start].rstrip(" ").endswith(","):
        ids.append(_COMMA_BEFORE)
    if masked[end : end + _SIDE_REACH].lstrip(" ").startswith(","):
        ids.append(_COMMA_AFTER)
