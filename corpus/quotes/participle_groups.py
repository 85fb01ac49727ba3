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
from corpus.quotes.lexicon import CUE_FILLERS, NON_NAME_WORDS, PEOPLE_ENDINGS
from corpus.quotes.roles import Phrase
from corpus.quotes.token_runs import tokens_in

if TYPE_CHECKING:
    from corpus.quotes.spans import QuoteSpan

Token = tuple[int, int, str]
Found = tuple[Phrase, tuple[int, int]]
"""The crowd's mention and its participle (the cue)."""

CROWD_VERBS = ("chanting", "shouting", "yelling", "chanted", "shouted", "yelled")
"""Verbs of speech a crowd's words follow, participles and finite ("with supporters chanting “…”",
"as supporters chanted “…”"): cue words that say a group spoke together ("saying", "said" relay one
person's words as often)."""
CROWD_FILLERS = 2
"""At most this many adverbs between the crowd and its verb ("fans also chanted", "loudly")."""
CROWD_REACH = 80
"""How far before its participle a crowd's phrase is read."""
_VERB_ENDS = frozenset(v[-1] for v in CROWD_VERBS)
"""The letters :data:`CROWD_VERBS` end with."""
_LISTED = (" and ", ", ", ", and ", " or ")
"""What stands between two quotes one participle introduces ("chanting “…” and “…”")."""
_OPENERS = OPENERS | GROUP_OPENERS


def crowd_speaker(masked: str, open_at: int) -> Found | None:
    """The crowd whose participle stands right before the opening mark at ``open_at`` (a colon or
    comma between), and the participle; None where none."""
    at = open_at
    while at > 0 and masked[at - 1] in " \t:,":
        at -= 1
    if masked[at - 1] not in _VERB_ENDS or not masked.endswith(CROWD_VERBS, 0, at):
        return None  # (most quotes: one set lookup)
    word = next(p for p in CROWD_VERBS if masked.endswith(p, 0, at))
    if masked[at - len(word) - 1 : at - len(word)] != " ":
        return None
    cue = (at - len(word), at)
    lo = max(0, cue[0] - CROWD_REACH)
    toks: list[Token] = tokens_in(masked, lo, cue[0])
    if lo > 0 and masked[lo - 1].isalnum():
        toks = toks[1:]  # a word cut by the reach
    for _ in range(CROWD_FILLERS):
        if toks and (toks[-1][2] in CUE_FILLERS or toks[-1][2].endswith("ly")):
            toks = toks[:-1]  # "fans also chanted", "protesters loudly chanting"
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
    else:
        first = _named_before(toks, first)  # "Andrean High School fans", "March participants"
    k = first
    while k > 0 and first - k < _OF_REACH and (toks[k - 1][2].isdigit() or toks[k - 1][2] in _COUNTING):
        k -= 1
    if k > 0 and toks[k - 1][2] == "of":
        return None  # "a group of about 100 people", "hundreds of protesters": the rules read the phrase
    return toks[first][0], toks[head][1]


NAMED_WORDS = 4
"""At most this many capitalised words before a crowd name whose crowd it is ("Andrean High School
fans"): the mention holds them, so a rules' answer that names them stands
(``naming_agents.with_naming_agents``)."""
_OF_REACH = 3
"""An "of" before the crowd's phrase, at most this many words of a count between ("of about 100
people"), makes it a quantity's or a group's object."""
_COUNTING = frozenset("about nearly almost roughly some more than over at least".split())
"""Words of a count between "of" and the crowd ("of about 100 people", "of at least 50")."""


def _named_before(toks: list[Token], first: int) -> int:
    """The first of the capitalised words right before ``toks[first]`` (not a date's or a
    function word: "On Sunday protesters"), or ``first``."""
    k = first
    while k > 0 and first - k < NAMED_WORDS:
        word = toks[k - 1][2]
        if not (word[:1].isupper() and word.replace("-", "").isalpha()) or word.lower() in NON_NAME_WORDS:
            break
        k -= 1
    return k


def _crowd(word: str) -> bool:
    if not (word.isalpha() and word.islower()):
        return False
    return word.endswith(PEOPLE_ENDINGS) or word in source_heads()[0]


def crowd_speakers(masked: str, spans: list[QuoteSpan], out: list[Found | None]) -> None:
    """Fill ``out`` (one entry per quote, None where no one is known yet) with :func:`crowd_speaker`
    for each quote (not a nested one) a crowd's participle stands before, and for the quotes listed
    right after such a quote (a set lookup of one character a quote where no such verb stands before
    it: scanning the article for the verbs first cost more, its text being read whole: three searches
    of its text for the verbs' stems cost 63 M instructions on the 4 MB bench corpus, these 35 M)."""
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
