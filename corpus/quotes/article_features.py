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

from corpus.quotes.feature_names import (
    COUNT_EDGES,
    CUE_GROUP,
    FEATURE_ID,
    MENTION_KINDS,
    SIDE_WORDS,
    SPEAKER_PRONOUNS,
)
from corpus.quotes.lexicon import CUE_WORDS, ORG_WORDS, OUTLET_WORDS
from corpus.quotes.names import reader_name

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

    def describe(self, ids: list[int], last_word: str | None) -> None:
        if last_word is None:
            return
        get = self.written.get
        count = get(last_word, 0) + get(last_word + "’s", 0) + get(last_word + "'s", 0)
        ids.append(_WRITTEN_AT_LEAST[_bucket(count)])
        ids.append(_QUOTED_AT_LEAST[_bucket(self.quoted.get(last_word, 0))])


_WRITTEN_AT_LEAST = {e: FEATURE_ID[f"written>={e}"] for e in COUNT_EDGES}
_QUOTED_AT_LEAST = {e: FEATURE_ID[f"quoted>={e}"] for e in COUNT_EDGES}


def _bucket(count: int) -> int:
    edge = 0
    for e in COUNT_EDGES[1:]:
        if count >= e:
            edge = e
    return edge


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
        self._known: dict[tuple[int, int, str], tuple[tuple[int, ...], str | None]] = {}

    def of(self, start: int, end: int, kind: str) -> tuple[tuple[int, ...], str | None]:
        """The numbers of the features of the mention ``start``..``end`` of this kind, and its last
        word."""
        key = (start, end, kind)
        known = self._known.get(key)
        if known is None:
            ids = [_KIND[kind]]
            cue_beside(ids, self.masked, start, end)
            what_it_is(ids, self.text[start:end], kind)
            side_words(ids, self.masked, start, end)
            word = last_word(self.text, start, end)
            if kind in COUNTED_KINDS:
                self.counts.describe(ids, word)
            known = self._known[key] = (tuple(ids), word)
        return known


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
_WORD_BEFORE = {w: FEATURE_ID[f"word_before={w}"] for w in SIDE_WORDS}
_WORD_AFTER = {w: FEATURE_ID[f"word_after={w}"] for w in SIDE_WORDS}
_COMMA_BEFORE, _COMMA_AFTER = FEATURE_ID["comma_before"], FEATURE_ID["comma_after"]


def cue_beside(ids: list[int], masked: str, start: int, end: int) -> None:
    """The sentence patterns around a mention: "X said", "said X", "X, who …, said", "according to
    X", "as X put it", "X's claim that"."""
    after_words = [w.lower() for w in _WORD.findall(masked, end, end + _REACH)[:3]]
    after_words = [w for w in after_words if w not in _SKIPPABLE] or after_words
    if after_words and after_words[0] in CUE_WORDS:
        ids += (_CUE_AFTER, _CUE_AFTER_CLASS[after_words[0]])  # "X said"
    if masked[end : end + 6].lstrip().startswith(", who"):
        ids.append(_WHO_AFTER)  # "X, who …, said"
    before_text = masked[max(0, start - _REACH) : start]
    before_words = _WORD.findall(before_text)
    if before_words and before_words[-1].lower() in CUE_WORDS:
        ids += (_CUE_BEFORE, _CUE_BEFORE_CLASS[before_words[-1].lower()])  # "said X"
    # (both patterns end the stretch: its last two letters say which can match, without a scan)
    tail = before_text.rstrip()[-2:].lower()
    if tail == "to" and _ACCORDING.search(before_text):
        ids.append(_ACCORDING_TO)
    elif tail == "as" and _AS_PUT.search(before_text):
        ids.append(_AS_BEFORE)  # "as X put it"
    if masked[end : end + 2] in ("’s", "'s"):
        ids.append(_POSSESSIVE)  # "X's claim that"


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
        ids.append(_PRONOUN[mention.lower()])


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


def side_words(ids: list[int], masked: str, start: int, end: int) -> None:
    """The closed-class word right before the mention and right after it (same line), and whether
    a comma stands right before or after it (an apposition: "Swanson, of Elizabeth, Colorado,")."""
    before = masked[max(0, start - 24) : start]
    after = masked[end : end + 24]
    words_before = _WORD.findall(before.rsplit("\n", 1)[-1])
    if words_before and words_before[-1].lower() in SIDE_WORDS:
        ids.append(_WORD_BEFORE[words_before[-1].lower()])
    words_after = _WORD.findall(after.split("\n", 1)[0])
    if words_after and words_after[0].lower() in SIDE_WORDS:
        ids.append(_WORD_AFTER[words_after[0].lower()])
    if before.rstrip(" ").endswith(","):
        ids.append(_COMMA_BEFORE)
    if after.lstrip(" ").startswith(","):
        ids.append(_COMMA_AFTER)
