"""Finding the cue of a quote and the phrase that says who spoke, in one stretch of masked text.

These are the reader's moves, each on offsets into the masked article text (quotes' words replaced
by letters): the nearest cue before a quote and its subject (`Kuleba said Kyiv would “…”`), the cue
hugging a quote (:mod:`corpus.quotes.hugging_cues`), a cue closing the sentence, a transcript's
`PENCE:`, `according to X`. :mod:`corpus.quotes.attribution` decides
which move to make for each quote and resolves pronouns.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import TypeAlias

from corpus.quotes.cue_clauses import (
    PLACE_OBJECT,
    PLACE_OBJECT_REACH,
    agent_after,
    clause_pronoun,
    inside_an_object,
    passive_before,
    statement_head,
)
from corpus.quotes.lexicon import CLAUSE_JOINS, CUE_WORDS, INVERTIBLE_CUES, PARTICIPLES, trie_pattern
from corpus.quotes.openings import skip_adverbial
from corpus.quotes.phrases import phrase_after, phrase_before
from corpus.quotes.relayers import according_to
from corpus.quotes.reported_clauses import opens_reported_clause
from corpus.quotes.roles import Phrase, is_outlet
from corpus.quotes.spans import QuoteSpan

# A word start, then the trie of the cue words (each opens with three lower-case ASCII letters). No
# lookahead for those letters before the trie: the trie's first branch fails as fast, and the scan of
# every masked paragraph of the bench corpus took 0.28 s with it, 0.18 s without (the same matches).
CUE = re.compile(r"\b" + trie_pattern(CUE_WORDS) + r"\b")


Cue: TypeAlias = "re.Match[str]"
"""One cue word of the masked text: the regex match itself (``start()``, ``end()``, ``group()``),
kept as found rather than copied into an object of our own (a scan makes thousands)."""


CueSubjectMemo: TypeAlias = "dict[tuple[int, int, int], Phrase | None]"
"""The subject found for a cue, by (start of the stretch read, first cue read, the cue)."""


class Cues:
    """The cue words of one masked article, each paragraph scanned once, when a quote first asks
    about it: a quote then takes the cues near it by bisection instead of scanning its stretch again
    (a paragraph dense with quote marks would scan the same characters hundreds of times)."""

    def __init__(self, masked: str, paragraphs: list[tuple[int, int]]) -> None:
        self.masked = masked
        self.paragraphs = paragraphs
        """The (start, end) of each paragraph of the article."""
        self._bounds = paragraphs
        self._para_starts = [start for start, _ in paragraphs]
        self._scanned: dict[int, tuple[list[int], list[Cue]]] = {}
        self.cue_subjects: CueSubjectMemo = {}
        """The subjects found for cues (see :func:`_subject_for`), kept for the article's other quotes."""
        self.named_words: dict[str, bool] = {}
        """Per one-word sentence subject, whether the article names it as a speaker anywhere: each
        answer scans the whole text, and a long article repeats its subjects hundreds of times."""

    def _of(self, para: int) -> tuple[list[int], list[Cue]]:
        known = self._scanned.get(para)
        if known is None:
            start, end = self._bounds[para]
            cues = cue_words(self.masked, start, end)
            known = self._scanned[para] = ([c.start() for c in cues], cues)
        return known

    def between(self, lo: int, hi: int) -> list[Cue]:
        """The cues lying wholly inside ``[lo, hi)``, in text order."""
        out: list[Cue] = []
        para = max(0, bisect_right(self._para_starts, lo) - 1)
        scanned = self._scanned
        while para < len(self._bounds) and self._bounds[para][0] < hi:
            starts, cues = scanned.get(para) or self._of(para)  # (a paragraph scanned: no call)
            i = bisect_left(starts, lo)
            j = bisect_left(starts, hi, i)
            if j > i and cues[j - 1].end() > hi:
                j -= 1
            out.extend(cues[i:j])
            para += 1
        return out

    def first(self, lo: int, hi: int) -> Cue | None:
        """``between(lo, hi)[0]`` (or None), without listing the others."""
        para = max(0, bisect_right(self._para_starts, lo) - 1)
        scanned = self._scanned
        while para < len(self._bounds) and self._bounds[para][0] < hi:
            starts, cues = scanned.get(para) or self._of(para)
            i = bisect_left(starts, lo)
            if i < len(starts) and starts[i] < hi:
                # a cue running past hi ends its paragraph's part of the range, and the range
                cue = cues[i]
                return cue if cue.end() <= hi else None
            para += 1
        return None


def cue_words(masked: str, start: int, end: int) -> list[Cue]:
    """``list(CUE.finditer(masked, start, end))``: the cue words of one paragraph of the masked text.

    Where the cue words stand in a paragraph is remembered per process (:data:`_CUE_PLACES`) by the
    paragraph's text and the character before it (which the pattern's opening word-start test
    reads): a wire story's paragraphs recur in every outlet that reprints it, and
    the scan, which tries every position, was the reading's hottest line (on the 4 MB bench corpus
    72% of the paragraphs scanned had been scanned before). A paragraph seen before has its cues
    matched where they stand, one ``match`` each; one not seen is scanned as before, its places kept."""
    if end - start > CUE_PLACES_LONGEST:
        return list(CUE.finditer(masked, start, end))
    # the key: the paragraph and the character before it (a line's end where the text opens with it,
    # as the pattern reads the text's start), its places kept from that character on
    base = start - 1
    key = masked[base:end] if start else "\n" + masked[:end]
    places = _CUE_PLACES.get(key)
    if places is None:
        cues = list(CUE.finditer(masked, start, end))
        if len(_CUE_PLACES) >= CUE_PLACES_KEPT:
            _CUE_PLACES.clear()
        _CUE_PLACES[key] = tuple([c.start() - base for c in cues])
        return cues
    match = CUE.match
    return [m for at in places if (m := match(masked, base + at, end))]


CUE_PLACES_LONGEST = 4_000
"""Paragraphs longer than this are scanned, their cue places not kept (a page of one huge paragraph
is no wire copy, and each paragraph kept is kept whole)."""
CUE_PLACES_KEPT = 1 << 12
"""At most this many paragraphs' cue places are kept (all are dropped when full)."""
_CUE_PLACES: dict[str, tuple[int, ...]] = {}
"""A bounded memo of a pure function: the offsets where the cue words of a paragraph start, by the
paragraph's text with the character before it (shared by the threads of a process: a place is the
same in every article the paragraph stands in so)."""


_NEAREST_CUES = 5
"""A reader looks back over a few cue verbs before a quote, not a whole paragraph of them."""
CLOSING_CUE_REACH = 200
"""A cue closing the sentence (`…, Warren said.`) is read in its last this many characters."""
CLOSING_SUBJECT_REACH = 80
"""The subject of a closing cue follows a comma at most this far before the cue (`…, Warren said`)."""
TRANSCRIPT_NAME_REACH = 40
"""`"PENCE: Well, …`: a transcript's speaker is a short capitalised name opening the quote."""
_PARTICIPLE_TAIL = re.compile(r"\s*,\s+[a-z]+ing\b")
_NO_CUES: frozenset[str] = frozenset()
"""No cue word may take an inverted subject (no comma or colon right before the quote)."""
_TRANSCRIPT = re.compile(r"([A-Z][A-Z.'’ -]{1,30}[A-Z]):\s")


Found = tuple[Phrase | None, tuple[int, int] | None]


def transcript_speaker(text: str, span: QuoteSpan) -> Found | None:
    """A transcript quote names its speaker first: `"PENCE: Well, look, …`."""
    head = text[span.start : span.start + 2]
    if len(head) < 2 or not ("A" <= head[0] <= "Z" and ("A" <= head[1] <= "Z" or head[1] in ".'’ -")):
        return None  # the common case ("We …"), told by two letters without the regex
    match = _TRANSCRIPT.match(text, span.start, min(span.end, span.start + TRANSCRIPT_NAME_REACH))
    if match is None:
        return None
    name = match.group(1)
    return Phrase(match.start(1), match.end(1), name.title(), None), None


def cue_before(masked: str, lo: int, hi: int, index: Cues) -> Found | None:
    """The nearest cue before the quote in its sentence, and its subject."""
    cues = index.between(lo, hi)[-_NEAREST_CUES:]
    memo = index.cue_subjects
    # `said Jens Stoltenberg: “…”` needs a comma or colon right before the quote: without one,
    # no inverted subject is read
    last = hi - 1
    while last >= lo and masked[last].isspace():
        last -= 1
    closing = masked[last] if last >= lo else ""
    invertible = INVERTIBLE_CUES if closing and closing in ",:" else _NO_CUES
    for k in range(len(cues) - 1, -1, -1):
        cue = cues[k]
        word = cue.group()
        inverted = phrase_after(masked, cue.end(), hi) if word in invertible else None
        inverted_ok = inverted is not None and not inverted.description
        if inverted_ok and inverted is not None and masked[inverted.end : hi].strip() in (",", ":"):
            return inverted, (cue.start(), cue.end())  # said Jens Stoltenberg: “…”
        subject = _subject_for(masked, lo, cues, k, memo)
        if subject is not None:
            return subject, (cue.start(), cue.end())
    if closing == ":":  # the stretch ends with a colon (`He said:`, `PENCE:`): it introduces the quote
        colon = last
        author = statement_head(masked, lo, colon)
        if author is not None:
            return author, None  # `Below is a statement by Jane Roe, director of …:`
        phrase = phrase_before(masked, lo, colon)
        if phrase is not None and phrase.start == first_word(masked, lo, hi) and not phrase.pronoun:
            return phrase, None  # transcript style: `PENCE: “…”`
        lead = phrase_after(masked, skip_adverbial(masked, lo, colon), colon)
        if lead is not None and lead.name and not is_outlet(lead, masked):
            return lead, None  # `Obama is rolling out a new message: “It's about me.”`
    return according_to(masked, lo, hi)


def first_word(masked: str, lo: int, hi: int) -> int:
    k = lo
    while k < hi and not masked[k].isalnum():
        k += 1
    return k


def _subject_for(masked: str, lo: int, cues: list[Cue], k: int, memo: CueSubjectMemo) -> Phrase | None:
    """The subject of cue ``k``: the phrase before it, or (for "calling it", "and said")
    the subject of an earlier cue in the sentence, or the sentence's own subject.

    ``memo`` holds the answers for earlier cues: each asks all the ones before it, so a sentence
    full of cues would otherwise take exponential time."""
    # the answer depends on lo and on cues[0..k], a run of the article's cues: two quotes of one
    # sentence ask the same questions
    key = (lo, cues[0].start(), cues[k].start())
    if key in memo:
        return memo[key]
    memo[key] = found = _find_subject(masked, lo, cues, k, memo)
    return found


def _around_inner_cue(masked: str, lo: int, cues: list[Cue], k: int) -> Phrase | None:
    """The subject of cue ``k`` read across the cue before it, where that one is inside an aside set
    off before cue ``k`` ("Itsunori Onodera, who was visiting when Mr. Kim announced the tests,
    said"): a name before the aside's comma."""
    if k == 0 or not masked[cues[k - 1].end() : cues[k].start()].rstrip().endswith(","):
        return None
    phrase = phrase_before(masked, lo, cues[k].start())
    return phrase if phrase is not None and phrase.name and phrase.end < cues[k - 1].start() else None


def _find_subject(masked: str, lo: int, cues: list[Cue], k: int, memo: CueSubjectMemo) -> Phrase | None:
    cue = cues[k]
    lead: Phrase | None = _UNREAD
    if cue.group() in PARTICIPLES:
        adjacent = phrase_before(masked, cues[k - 1].end() if k > 0 else lo, cue.start())
        if (
            adjacent is not None
            and adjacent.name
            and adjacent.end + 1 >= cue.start()
            and not PLACE_OBJECT.search(masked, max(lo, adjacent.start - PLACE_OBJECT_REACH), adjacent.start)
        ):
            return adjacent  # "footage of Hillary Clinton asking, “…”"
        main = _main_cue_subject(masked, lo, cues, k, memo) if k > 0 else None
        if main is not None:
            return main  # "Ryan and Trump will meet, Spicer said, adding, “…”": Spicer adds
        # "Trump was defensive ..., saying": the sentence's subject, before any earlier cue
        lead = _lead_before(masked, lo, cue)
        if lead is not None and lead.name and not is_outlet(lead, masked):
            return clause_pronoun(masked, lead.end, cue.start()) or lead
    else:
        if passive_before(masked, lo, cue.start()):
            return agent_after(masked, cue.end())  # "Trump was asked, “…”": the subject heard the words
        left_lo = cues[k - 1].end() if k > 0 else lo
        phrase = phrase_before(masked, left_lo, cue.start())
        if phrase is None or not phrase.name:  # "the cuts": maybe the object of a cue in an aside
            phrase = _around_inner_cue(masked, lo, cues, k) or phrase
        if phrase is not None and not is_outlet(phrase, masked):
            return phrase
        between = masked[left_lo : cue.start()].split()
        joined = bool(between) and between[-1].lower().strip(",") in CLAUSE_JOINS
        if not joined and between:
            return None
        if len(between) >= 2 and between[-1] == "and" and between[-2].isalpha() and between[-2].islower():
            # "I laughed and said": the subject of the verb before "and"
            verb_at = masked.rfind(between[-2], left_lo, cue.start())
            paired = phrase_before(masked, left_lo, verb_at)
            if (
                paired is not None
                and (paired.name or paired.pronoun)
                and not is_outlet(paired, masked)
                and not inside_an_object(masked, lo, paired)
            ):
                return paired
    for j in range(k - 1, -1, -1):
        earlier = _subject_for(masked, lo, cues, j, memo)
        if earlier is not None:
            return earlier
    if lead is _UNREAD:  # (a participle's was read above: the same phrase, not read twice)
        lead = _lead_before(masked, lo, cue)
    if lead is not None and not lead.description and not is_outlet(lead, masked):
        return lead
    return None


def _lead_before(masked: str, lo: int, cue: Cue) -> Phrase | None:
    """The subject opening the stretch from ``lo`` to the cue, after an adverbial (`On Monday, …`)."""
    return phrase_after(masked, skip_adverbial(masked, lo, cue.start()), cue.start())


_UNREAD = Phrase(-1, -1, None, None)
"""A lead not read yet (:func:`_find_subject`)."""


_MAIN_CUE_TAIL = re.compile(r"[^;:!?“”\"]{0,80},\s*\Z")
"""What may stand between a finite cue and the participle set off after it: its inverted subject and
a time or place (`said Rep. Bobby Scott (D-Va.) at the time, adding`), then the participle's comma
(read inside one sentence: its periods are abbreviations')."""


def _main_cue_subject(masked: str, lo: int, cues: list[Cue], k: int, memo: CueSubjectMemo) -> Phrase | None:
    """The subject of the finite cue that a participle cue is set off after (`…, Spicer said,
    adding, “…”`, `Hollande said Tuesday in Paris, noting …`, `said Rep. Bobby Scott at the time,
    adding that …`): a participle's subject is its clause's, and that cue's clause is the nearest,
    not the sentence's opening subject (`Ryan and Trump will meet …`)."""
    main = cues[k - 1]
    if main.group() in PARTICIPLES or not _MAIN_CUE_TAIL.match(masked, main.end(), cues[k].start()):
        return None
    if main.group() in INVERTIBLE_CUES:
        comma = masked.rfind(",", main.end(), cues[k].start())
        inverted = phrase_after(masked, main.end(), comma)
        if (
            inverted is not None
            and inverted.name
            and first_word(masked, main.end(), comma) == inverted.start
            and not opens_reported_clause(masked, inverted.end)  # `said Clinton will …, saying`
        ):
            return inverted  # `said Rep. Bobby Scott at the time, adding`
    return _subject_for(masked, lo, cues, k - 1, memo)


def cue_closing_sentence(masked: str, lo: int, hi: int, index: Cues) -> Found | None:
    """`A cashier who “steals a handful” is held accountable, Warren said.`: the sentence's closing cue."""
    cues = index.between(max(lo, hi - CLOSING_CUE_REACH), hi)
    if not cues:
        return None
    cue = cues[-1]
    rest = masked[cue.end() : hi]
    if _PARTICIPLE_TAIL.match(rest):
        rest = ""  # `…, she said, referencing the bank's drive to “cross-sell”.`
    if len(rest.split()) > 5 or any(c in rest for c in ',;:“”"'):
        return None
    comma = masked.rfind(",", max(lo, cue.start() - CLOSING_SUBJECT_REACH), cue.start())
    if comma < 0 or passive_before(masked, lo, cue.start()):
        return None  # (`…, Trump was told.`: the one told is no speaker)
    phrase = phrase_before(masked, comma + 1, cue.start())
    if (
        phrase is None
        or phrase.start != first_word(masked, comma + 1, cue.start())
        or is_outlet(phrase, masked)
    ):
        return None
    return phrase, (cue.start(), cue.end())
