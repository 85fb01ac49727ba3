"""A crowd right before a participle of its speech said the quote that follows: "with many marchers
and spectators chanting “…” and “…”", "with supporters chanting “Four more years”", "demonstrators
shouting: “…”" (issue 15).

The rules read the sentence's subject there ("{Orlando} was on their minds, with many marchers and
spectators chanting “…”"; "{Jane Roe} spoke in Dayton, with supporters chanting “…”"): the crowd is
the object of "with", a preposition's object the cue grammar passes over, or its head is a noun
PolNeAR writes no Source with ("marchers", "spectators"), and no candidate held it. PolNeAR marks
the crowd as the Source (h-cand28: "gold Source no candidate"). A new candidate alone did not teach
the ranker to choose it (two such quotes in train: chosen in neither, the refit moved three others
down), so it is read after the ranker, over its answer, with :mod:`corpus.quotes.naming_agents`, as
a bare "another" is (:mod:`corpus.quotes.bare_speakers`); the speaker has no name, only the mention.

The crowd's head is a plural of people (``lexicon.PEOPLE_ENDINGS``: "marchers") or a head PolNeAR
writes described speakers with (``descriptions.source_heads``: "supporters", "the crowd"), with the
lower-case modifiers before it a bare plural takes (``descriptions.group_start``: "striking
dockworkers"), a second such noun joined by "and" ("marchers and spectators"), and an opener or
quantifier before them ("many", "some", "the"). Only right before the quote's opening mark (a colon
or comma between), and the quotes listed after it ("“…” and “…”") are the crowd's too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from corpus.quotes.descriptions import GROUP_OPENERS, OPENERS, group_start, source_heads
from corpus.quotes.lexicon import PEOPLE_ENDINGS
from corpus.quotes.phrases import TOKEN
from corpus.quotes.roles import Phrase

if TYPE_CHECKING:
    from corpus.quotes.spans import QuoteSpan

Token = tuple[int, int, str]
Found = tuple[Phrase, tuple[int, int]]
"""The crowd's mention and its participle (the cue)."""

CROWD_PARTICIPLES = ("chanting", "shouting", "yelling")
"""Participles of speech a crowd's words follow (``lexicon.PARTICIPLES`` that say a group spoke
together; "saying", "telling" relay one person's words as often)."""
CROWD_REACH = 80
"""How far before its participle a crowd's phrase is read."""
_LISTED = (" and ", ", ", ", and ", " or ")
"""What stands between two quotes one participle introduces ("chanting “…” and “…”")."""
_OPENERS = OPENERS | GROUP_OPENERS


def crowd_speaker(masked: str, open_at: int) -> Found | None:
    """The crowd whose participle stands right before the opening mark at ``open_at`` (a colon or
    comma between), and the participle; None where none."""
    at = open_at
    while at > 0 and masked[at - 1] in " \t:,":
        at -= 1
    word = next((p for p in CROWD_PARTICIPLES if masked.endswith(p, 0, at)), None)
    if word is None or masked[at - len(word) - 1 : at - len(word)] != " ":
        return None
    cue = (at - len(word), at)
    lo = max(0, cue[0] - CROWD_REACH)
    toks: list[Token] = [(m.start(), m.end(), m[0]) for m in TOKEN().finditer(masked, lo, cue[0])]
    if lo > 0 and masked[lo - 1].isalnum():
        toks = toks[1:]  # a word cut by the reach
    crowd = group_before(toks)
    if crowd is None:
        return None
    return Phrase(crowd[0], crowd[1], None, None, description=True), cue


def group_before(toks: list[Token]) -> tuple[int, int] | None:
    """Where the crowd's phrase ending with the last of ``toks`` starts and ends, or None where that
    word heads no crowd."""
    head = len(toks) - 1
    if head < 0 or not _crowd(toks[head][2]):
        return None
    first = group_start(toks, head)
    if first > 1 and toks[first - 1][2] == "and" and _crowd(toks[first - 2][2]):
        first = group_start(toks, first - 2)  # "marchers and spectators"
    if first > 0 and toks[first - 1][2].lower() in _OPENERS:
        first -= 1  # "many marchers", "the crowd"
    return toks[first][0], toks[head][1]


def _crowd(word: str) -> bool:
    if not (word.isalpha() and word.islower()):
        return False
    return word.endswith(PEOPLE_ENDINGS) or word in source_heads()[0]


def crowd_speakers(masked: str, spans: list[QuoteSpan], out: list[Found | None]) -> None:
    """Fill ``out`` (one entry per quote, None where no one is known yet) with :func:`crowd_speaker`
    for each quote (not a nested one) a crowd's participle stands before, and for the quotes listed
    right after such a quote. Read only where the article writes one of the participles."""
    if not any(p in masked for p in CROWD_PARTICIPLES):
        return
    last: Found | None = None
    last_close = -1
    for k, span in enumerate(spans):
        if span.nested:
            continue
        found = crowd_speaker(masked, span.open_at)
        if found is None and last is not None and masked[last_close : span.open_at] in _LISTED:
            found = last  # "chanting “We are here” and “Disarm hate”"
        if found is not None and out[k] is None:
            out[k] = found
        last, last_close = found, span.close_at
