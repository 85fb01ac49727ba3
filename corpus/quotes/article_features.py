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

from corpus.quotes.feature_names import COUNT_EDGES, CUE_GROUP, FEATURE_ID, SIDE_WORDS
from corpus.quotes.lexicon import CUE_WORDS, ORG_WORDS, OUTLET_WORDS
from corpus.quotes.names import reader_name

_CAPITALISED = re.compile(r"\b[A-Z][A-Za-z’'-]+")
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

    def describe(self, f: dict[str, float], last_word: str | None) -> None:
        if last_word is None:
            return
        get = self.written.get
        count = get(last_word, 0) + get(last_word + "’s", 0) + get(last_word + "'s", 0)
        f[f"written>={_bucket(count)}"] = 1.0
        f[f"quoted>={_bucket(self.quoted.get(last_word, 0))}"] = 1.0


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
            f: dict[str, float] = {f"kind={kind}": 1.0}
            cue_beside(f, self.masked, start, end)
            what_it_is(f, self.text[start:end], kind)
            side_words(f, self.masked, start, end)
            word = last_word(self.text, start, end)
            if kind in COUNTED_KINDS:
                self.counts.describe(f, word)
            known = self._known[key] = (tuple(map(FEATURE_ID.__getitem__, f)), word)
        return known


def cue_beside(f: dict[str, float], masked: str, start: int, end: int) -> None:
    """The sentence patterns around a mention: "X said", "said X", "X, who …, said", "according to
    X", "as X put it", "X's claim that"."""
    after_words = [w.lower() for w in _WORD.findall(masked, end, end + _REACH)][:3]
    after_words = [w for w in after_words if w not in _SKIPPABLE] or after_words
    if after_words and after_words[0] in CUE_WORDS:
        f["cue_right_after"] = 1.0  # "X said"
        f[f"cue_right_after={CUE_GROUP.get(after_words[0], 'other')}"] = 1.0
    if masked[end : end + 6].lstrip().startswith(", who"):
        f["who_clause_after"] = 1.0  # "X, who …, said"
    before_text = masked[max(0, start - _REACH) : start]
    before_words = _WORD.findall(before_text)
    if before_words and before_words[-1].lower() in CUE_WORDS:
        cue = before_words[-1].lower()
        f["cue_right_before"] = 1.0  # "said X"
        f[f"cue_right_before={CUE_GROUP.get(cue, 'other')}"] = 1.0
    # (both patterns end the stretch: its last two letters say which can match, without a scan)
    tail = before_text.rstrip()[-2:].lower()
    if tail == "to" and _ACCORDING.search(before_text):
        f["according_to"] = 1.0
    elif tail == "as" and _AS_PUT.search(before_text):
        f["as_before"] = 1.0  # "as X put it"
    if masked[end : end + 2] in ("’s", "'s"):
        f["possessive"] = 1.0  # "X's claim that"


def what_it_is(f: dict[str, float], mention: str, kind: str) -> None:
    """What the mention is: an outlet, an organisation, a name or a word that names no one, a
    pronoun."""
    words = mention.split()
    last = words[-1].lower() if words else ""
    if last in OUTLET_WORDS:
        f["outlet_word"] = 1.0
    elif last in ORG_WORDS:
        f["org_word"] = 1.0
    if kind == "name" and not could_name_someone(mention):
        f["not_a_name"] = 1.0
    if kind == "name" and mention.isupper() and len(mention) > 4:
        f["all_caps"] = 1.0
    if kind == "pronoun":
        f[f"pronoun={mention.lower()}"] = 1.0


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


def side_words(f: dict[str, float], masked: str, start: int, end: int) -> None:
    """The closed-class word right before the mention and right after it (same line), and whether
    a comma stands right before or after it (an apposition: "Swanson, of Elizabeth, Colorado,")."""
    before = masked[max(0, start - 24) : start]
    after = masked[end : end + 24]
    words_before = _WORD.findall(before.rsplit("\n", 1)[-1])
    if words_before and words_before[-1].lower() in SIDE_WORDS:
        f[f"word_before={words_before[-1].lower()}"] = 1.0
    words_after = _WORD.findall(after.split("\n", 1)[0])
    if words_after and words_after[0].lower() in SIDE_WORDS:
        f[f"word_after={words_after[0].lower()}"] = 1.0
    if before.rstrip(" ").endswith(","):
        f["comma_before"] = 1.0
    if after.lstrip(" ").startswith(","):
        f["comma_after"] = 1.0
