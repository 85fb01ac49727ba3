"""A quote's candidates remembered by the text they are read from: a wire story's paragraphs recur in
every outlet that reprints it, and the candidates of a quote in them, with every feature that the
text around it decides, are then the same, shifted (:func:`corpus.quotes.features.candidates_for`).

The key is all a quote's candidate reading looks at (:func:`window_key`): the masked text and the
text of the stretch it reads (the sentences around the quote whole, the cue grammar's reach before
and after them, the characters each side of a mention its own features read), where the stretch's
sentences and paragraphs start and end, the quote's marks and kind, the rules' mention and what they
read, and the previous quote's mention where it lies inside; and, compared when a stretch recurs,
which of its capitalised words the cue grammar reads as a lone surname in each article
(``roles.lone_surname``: "King said" where the article writes "Billy King", the one thing the
grammar reads from the whole article: told only for stretches that recur). What the
rest of the article says (how often it writes a name, whom the rules quote, the previous quote's
speaker) is added to each remembered candidate afterwards, and the candidates are ranked by
nearness as before: the same candidates and features, in the same order, as read afresh
(``bench/candidates_check.py --reprints`` compares the two on the synthetic bench corpus, every
quote asked).

Not remembered (read afresh): a quote with the head of a paragraph ending with a colon among its
candidates (``colon_heads``, paragraphs away), a rules' mention outside the stretch, a previous
mention straddling its start, a stretch with a run of word characters longer than
:data:`_LONGEST_WORD`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from operator import itemgetter
from typing import NamedTuple, cast

from corpus.quotes.after_cue import PHRASE_AFTER_REACH
from corpus.quotes.article_features import COUNTED_KINDS, ArticleCounts
from corpus.quotes.candidates import Candidate, Span
from corpus.quotes.context import ArticleReading
from corpus.quotes.feature_names import FEATURE_ID
from corpus.quotes.phrases import SUBJECT_REACH
from corpus.quotes.place_tails import PLACE_TAIL_REACH
from corpus.quotes.roles import Phrase, lone_surname, may_be_lone_surname
from corpus.quotes.spans import QuoteSpan

REMEMBERED = 2048
"""How many quotes' candidates a process keeps (each key holds a few kilobytes of text): the memo is
emptied when full, so a long run of new text costs no more than reading it."""
_BESIDE = max(40, PLACE_TAIL_REACH) + 2
"""The characters each side of a mention its own features read (``article_features._BESIDE``), and
one more for a word boundary."""
_BLANKS = frozenset(' \t“"‘(')
"""What a sentence's first word looks back over for whether it opens the sentence
(``candidates._opens``)."""

Key = tuple[object, ...]


class Template(NamedTuple):
    """A remembered candidate: what the text around its quote says of it, offsets from the start of
    the stretch read (or of the article), its features in three runs: the article's counts of its
    name go after the first, the previous speaker's after the second, "quoted before" after the last."""

    start: int
    end: int
    kind: str
    local: tuple[int, ...]
    placed: list[int]
    crossed: list[int]
    last: str | None
    log_distance: float
    phrase: Phrase | None
    cue: Span | None


_START = itemgetter(0)


class _Entry:
    """Candidates remembered, the masked text of the article they were read in, and which words of
    their stretch the cue grammar reads as a lone surname there (told when first asked: most
    stretches never recur, and the answer reads the whole article)."""

    __slots__ = ("lone", "masked", "templates")

    def __init__(self, masked: str, templates: list[Template]) -> None:
        self.masked, self.templates = masked, templates
        self.lone: tuple[str, ...] | None = None


_MEMO: dict[Key, _Entry] = {}


def remembered(key: Key, masked: str, known: dict[str, bool]) -> list[Template] | None:
    """The candidates remembered for ``key`` (:func:`window_key`) of a quote of the masked article
    ``masked``, or None: none remembered, or its stretch's words read as a lone surname otherwise in
    the two articles (``known``: this article's answers so far, :func:`lone_surnames`)."""
    entry = _MEMO.get(key)
    if entry is None:
        return None
    stretch = cast(str, key[0])
    if entry.lone is None:
        entry.lone = lone_surnames(entry.masked, stretch, {})
        entry.masked = ""  # told: the article's text is not kept
    here = lone_surnames(masked, stretch, known)
    return entry.templates if here is not None and here == entry.lone else None


def remember(key: Key, masked: str, templates: list[Template]) -> None:
    """Keep ``templates`` for ``key``, read in the masked article ``masked`` (the memo emptied first
    when full)."""
    if len(_MEMO) >= REMEMBERED:
        _MEMO.clear()
    _MEMO[key] = _Entry(masked, templates)


def forget() -> None:
    """Empty the memo (for checks that read every quote afresh)."""
    _MEMO.clear()


_CAPITALISED = re.compile(r"(?=([A-Z][\w.’'-]*))")
"""Every capitalised run of word characters, from each capital (overlapping: "Donald" of "McDonald"
too): the words the cue grammar may read as a lone surname (``roles.lone_surname``) are among them,
or among them with a final period dropped."""
_MASKED = re.compile(r"Xx*\.?")
_LONGEST_WORD = 100
"""A stretch with a longer run of word characters is read afresh: the cue grammar reads at most
``PHRASE_AFTER_REACH`` characters after a cue, and might read a lone surname cut from such a run."""


def lone_surnames(masked: str, stretch: str, known: dict[str, bool]) -> tuple[str, ...] | None:
    """The words of ``stretch`` (of the masked article ``masked``) that the cue grammar reads as a
    lone surname in this article, in order (``known``: the article's answers so far); None where a
    run of word characters is too long to tell."""
    words = _may_be_lone(stretch)
    if words is None:
        return None
    out: list[str] = []
    for w in words:
        lone = known.get(w)
        if lone is None:
            lone = known[w] = lone_surname(masked, w)
        if lone:
            out.append(w)
    return tuple(out)


@lru_cache(maxsize=1 << 12)
def _may_be_lone(stretch: str) -> tuple[str, ...] | None:
    """The words of ``stretch`` that may be read as a lone surname in some article
    (``roles.may_be_lone_surname``), in order; None where a run of word characters is too long."""
    out: list[str] = []
    for word in _CAPITALISED.findall(stretch):
        if len(word) > _LONGEST_WORD:
            if _MASKED.fullmatch(word):
                continue  # a quote's masked words, "Xxxx…": no nationality, role, title or determiner
            return None
        for w in (word, word[:-1]) if word.endswith(".") else (word,):
            if may_be_lone_surname(w):
                out.append(w)
    return tuple(out)


def window_key(
    reading: ArticleReading,
    span: QuoteSpan,
    around: tuple[int, int, int, int],
    rules: tuple[Span | None, str],
    previous: Span | None,
) -> tuple[Key, int] | None:
    """The key of a quote's candidate reading and where its stretch starts (offsets in the key are
    from there), or None where it is read afresh: a rules' mention outside the sentences read
    (``around``: where the sentence before the quote's starts, where the quote's starts, where its
    last ends, where the reading ends), a previous mention straddling their start. ``previous``:
    the previous quote's mention where it is a candidate inside them, None where it is none or lies
    wholly before them (it is then read apart). What the cue grammar reads from the whole article
    (a lone surname) is not in the key: :func:`remembered` compares it."""
    masked = reading.masked
    p_start, n_end = around[0], around[3]
    mention, route = rules
    if mention is not None and not (p_start <= mention[0] and mention[1] <= n_end):
        return None
    if previous is not None and not (p_start <= previous[0] and previous[1] <= n_end):
        return None
    sentences = reading.sentences
    first = max(0, bisect_right(sentences.starts, p_start) - 1)
    last = first
    while last + 1 < len(sentences) and sentences[last + 1][0] < n_end:
        last += 1
    read_from = sentences[first][0] if sentences else p_start
    back = read_from - 1
    while back > 0 and masked[back] in _BLANKS:
        back -= 1
    lo = max(0, min(back, p_start - SUBJECT_REACH, p_start - _BESIDE) - 2)
    ends = sentences[last][1] if sentences else n_end
    hi = min(len(masked), max(ends, n_end + PHRASE_AFTER_REACH, n_end + _BESIDE) + 2)
    paragraphs = reading.cues.paragraphs
    k = max(0, bisect_right(paragraphs, p_start, key=_START) - 1)
    parts: list[int] = []
    while k < len(paragraphs) and paragraphs[k][0] < n_end:
        parts += (max(lo, paragraphs[k][0]) - lo, min(hi, paragraphs[k][1]) - lo)
        k += 1
    own = paragraphs[span.paragraph]
    key: Key = (
        masked[lo:hi],
        reading.text[lo:hi],
        lo == 0,
        hi == len(masked),
        tuple(s - lo for s in around),
        tuple(x - lo for s in sentences[first : last + 1] for x in s[:2]),
        tuple(parts),
        (max(lo - 1, own[0]) - lo, min(hi + 1, own[1]) - lo),
        (span.open_at - lo, span.close_at - lo, span.kind),
        None if mention is None else (mention[0] - lo, mention[1] - lo),
        route,
        None if previous is None else (previous[0] - lo, previous[1] - lo),
    )
    return key, lo


class ArticleSide:
    """What the rest of one article says of a remembered candidate: how often it writes and quotes
    its name (read once per last word), whether the quote before named it, whether the rules quoted
    it before (``quoted``: the last words of their names so far), and which of its words the cue
    grammar reads as a lone surname (``lone``, :func:`lone_surnames`)."""

    __slots__ = ("counted", "counts", "lone", "quoted")

    def __init__(self, counts: ArticleCounts, quoted: set[str]) -> None:
        self.counts, self.quoted = counts, quoted
        self.lone: dict[str, bool] = {}
        self.counted: dict[str, tuple[int, ...]] = {}

    def made(self, t: Template, base: int, prev_key: str | None, same_paragraph: bool) -> Candidate:
        """The candidate of template ``t`` (read at offset ``base``) in this article, the previous
        quote's speaker's last word ``prev_key``, in the same paragraph or not."""
        start, end, kind, local, placed, crossed, last, log_distance, phrase, cue = t
        ids = [*local]
        if last is not None and kind in COUNTED_KINDS:
            counted = self.counted.get(last)
            if counted is None:
                found: list[int] = []
                self.counts.describe(found, last)
                counted = self.counted[last] = tuple(found)
            ids += counted
        ids += placed
        if prev_key is not None and last == prev_key:
            ids.append(_PREVIOUS_SPEAKER)
            if same_paragraph:
                ids.append(_IN_PARAGRAPH)
        ids += crossed
        if kind in ("name", "phrase") and last in self.quoted:
            ids.append(_QUOTED_BEFORE)
        if base:
            phrase = (
                None if phrase is None else phrase._replace(start=phrase.start + base, end=phrase.end + base)
            )
            cue = None if cue is None else (cue[0] + base, cue[1] + base)
        return Candidate(start + base, end + base, kind, ids, log_distance, phrase, cue)


_PREVIOUS_SPEAKER, _IN_PARAGRAPH = FEATURE_ID["previous_speaker"], FEATURE_ID["previous_speaker_in_paragraph"]
_QUOTED_BEFORE = FEATURE_ID["quoted_before"]
