"""Who could have said a quote: the mentions near it, each described by the features a ranker scores.

For each quote the text around it (its sentence, the one before and the one after, read on a copy
with quote interiors masked) proposes candidate mentions: names (runs of capitalised words),
descriptions ("the senator", "a spokesman"), pronouns, the noun phrases the rules' grammar finds on
either side of a cue verb, the rules' own answer, and the previous quote's speaker. Each candidate
carries named features (side and distance, the cue between it and the quote, the sentence pattern,
the kind of mention, what the rules said) for :mod:`corpus.quotes.ranking` to score.

The text is attribution's own reading of the article (:class:`corpus.quotes.context.ArticleReading`:
the masked text, its sentences, its ``Cues`` index); the mentions of each paragraph are read once
(:class:`MentionIndex`), so a quote's candidates cost a bisection and its few neighbours.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from corpus.quotes.cues import Cues
from corpus.quotes.lexicon import ORG_WORDS, OUTLET_WORDS, ROLE_WORDS
from corpus.quotes.phrases import (
    PHRASE_AFTER_REACH,
    SUBJECT_REACH,
    TOKEN,
    Phrase,
    phrase_after,
    phrase_before,
)

Span = tuple[int, int]

WINDOW = 300
"""How far (in characters) from its quote a candidate is looked for."""

_SPEAKER_PRONOUNS = frozenset("he she they i we".split())
_DESCRIPTION_OPENERS = frozenset("the a an his her their its another one".split())
_DESCRIPTION_HEADS = (ROLE_WORDS | ORG_WORDS | OUTLET_WORDS) - frozenset(
    "former top senior vice state national the deputy assistant acting interim house white".split()
)
"""A description ends with one of these ("the senator", "a campaign spokesman", "the committee")."""
_NAME_LINKS = frozenset("of de la van von al bin du del der".split())
_SENTENCE_OPENERS = frozenset(
    "the a an but and so yet or if when while as after before in on at for with by from this that it "
    "there here what why how where then also still now later asked".split()
)
"""Capitalised words that open a sentence and begin no name."""
_INITIAL_OR_TITLE = re.compile(
    r"(?:[A-Z]\.)+|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|St|Jr|Sr|Prof|Rev|Sgt|Capt)\."
)
"""A token ending with a period that does not end a name ("J.", "U.S.", "Sen.")."""
_CUE_GROUPS = {
    "said": "said says say saying",
    "told": "told tells telling",
    "wrote": "wrote writes writing tweeted tweets tweeting posted",
    "added": "added adds adding continued continues",
    "asked": "asked asks asking",
}
CUE_GROUP = {w: group for group, words in _CUE_GROUPS.items() for w in words.split()}
"""The cue verbs common enough to learn a weight each; the rest share one ("other")."""


@dataclass(slots=True)
class Candidate:
    """A mention that might be a quote's speaker, and its features (name -> value)."""

    start: int
    end: int
    kind: str
    """"name", "description", "pronoun" or "phrase" (what the cue grammar found)."""
    features: dict[str, float] = field(default_factory=dict)
    phrase: Phrase | None = None
    """The speaker the cue grammar reads here (its name and role), for a "phrase" candidate."""
    cue: Span | None = None
    """The cue verb the grammar read the phrase next to."""


def _tokens(masked: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(masked, lo, hi)]


def mentions_in(masked: str, lo: int, hi: int) -> list[Candidate]:
    """Names, descriptions and pronouns between ``lo`` and ``hi`` (quote interiors are masked)."""
    toks = _tokens(masked, lo, hi)
    out: list[Candidate] = []
    i = 0
    while i < len(toks):
        a, b, tok = toks[i]
        low = tok.lower()
        if low in _SPEAKER_PRONOUNS or (low == "who" and i > 0 and toks[i - 1][2] == ","):
            out.append(Candidate(a, b, "pronoun"))
            i += 1
            continue
        if low in _DESCRIPTION_OPENERS:
            j = i + 1
            while j < len(toks) and j <= i + 4 and toks[j][2][:1].isalpha():
                if toks[j][2].lower().rstrip("’'s") in _DESCRIPTION_HEADS:
                    k = j
                    while k + 1 < len(toks) and toks[k + 1][2].lower() in _DESCRIPTION_HEADS:
                        k += 1
                    out.append(Candidate(a, toks[k][1], "description"))
                    break
                j += 1
        if tok[:1].isupper() and tok[:1] != "X" and not (low in _SENTENCE_OPENERS and _opens(masked, a)):
            j = i
            while j + 1 < len(toks) and _name_goes_on(masked, toks, j):
                j += 1
            end = toks[j][1]
            if masked[end - 2 : end] in ("’s", "'s"):
                end -= 2
            elif toks[j][2].endswith(".") and not _INITIAL_OR_TITLE.fullmatch(toks[j][2]):
                end -= 1  # the sentence's full stop
            out.append(Candidate(a, end, "name"))
            i = j + 1
            continue
        i += 1
    return out


def _name_goes_on(masked: str, toks: list[tuple[int, int, str]], j: int) -> bool:
    """Whether the name ending with token ``j`` takes the next token too (same line, no possessive,
    no sentence's full stop between, a capitalised word or a link to one: "Bank of America")."""
    tok, (a, _b, nxt) = toks[j][2], toks[j + 1]
    if tok.endswith(("’s", "'s")) or "\n" in masked[toks[j][1] : a]:
        return False
    if tok.endswith(".") and not _INITIAL_OR_TITLE.fullmatch(tok):
        return False
    if nxt[:1].isupper():
        return not (tok.isupper() and nxt.isupper() and len(tok) > 3 and len(nxt) > 3)
    return nxt in _NAME_LINKS and j + 2 < len(toks) and toks[j + 2][2][:1].isupper()


def _opens(masked: str, at: int) -> bool:
    """Whether ``at`` opens a sentence or a paragraph (the previous non-space is . ! ? : or none)."""
    k = at - 1
    while k >= 0 and masked[k] in ' \t“"‘(':
        k -= 1
    return k < 0 or masked[k] in ".!?:\n”"


PhraseMemo = dict[tuple[int, int, int], Phrase | None]
"""The phrase read beside a cue, by (side, start, end of the stretch the grammar reads)."""


def cue_phrases(masked: str, lo: int, hi: int, cues: Cues, memo: PhraseMemo) -> list[Candidate]:
    """The noun phrases the rules' grammar reads on either side of each cue verb in ``lo``..``hi``
    (the cue words from the article's ``Cues`` index; each phrase read once per article, as the
    grammar reads only a bounded stretch beside its cue)."""
    out: list[Candidate] = []
    for cue in cues.between(lo, hi):
        a, b = cue.start(), cue.end()
        key = (0, max(lo, a - SUBJECT_REACH), a)
        before = memo[key] if key in memo else memo.setdefault(key, phrase_before(masked, key[1], a))
        if before is not None:
            found = {"phrase_before_cue": 1.0}
            out.append(Candidate(before.start, before.end, "phrase", found, before, (a, b)))
        key = (1, b, min(hi, b + PHRASE_AFTER_REACH))
        after = memo[key] if key in memo else memo.setdefault(key, phrase_after(masked, b, key[2]))
        if after is not None:
            found = {"phrase_after_cue": 1.0}
            out.append(Candidate(after.start, after.end, "phrase", found, after, (a, b)))
    return out


class MentionIndex:
    """The names, descriptions and pronouns of one masked article, each sentence read once, when a
    quote first asks about it: a quote takes those near it by bisection (a paragraph dense with
    quote marks would otherwise be tokenised again for every quote). Sentences, not paragraphs: a
    sentence is bounded (``context.MAX_SENTENCE``), so one quote in a huge paragraph reads little."""

    def __init__(self, masked: str, sentences: list[Span]) -> None:
        self.masked = masked
        self._bounds = sentences
        self._para_starts = [start for start, _ in sentences]
        self._read: dict[int, tuple[list[int], list[tuple[int, int, str]]]] = {}
        self.phrases: PhraseMemo = {}
        """The phrases read beside cues (see :func:`cue_phrases`), kept for the article's other quotes."""

    def _of(self, para: int) -> tuple[list[int], list[tuple[int, int, str]]]:
        known = self._read.get(para)
        if known is None:
            start, end = self._bounds[para]
            found = [(c.start, c.end, c.kind) for c in mentions_in(self.masked, start, end)]
            known = self._read[para] = ([m[0] for m in found], found)
        return known

    def between(self, lo: int, hi: int) -> list[Candidate]:
        """New candidates for the mentions lying wholly inside ``[lo, hi)``, in text order."""
        out: list[Candidate] = []
        para = max(0, bisect_right(self._para_starts, lo) - 1)
        while para < len(self._bounds) and self._bounds[para][0] < hi:
            starts, found = self._of(para)
            for k in range(bisect_left(starts, lo), bisect_left(starts, hi)):
                a, b, kind = found[k]
                if b <= hi:
                    out.append(Candidate(a, b, kind))
            para += 1
        return out
