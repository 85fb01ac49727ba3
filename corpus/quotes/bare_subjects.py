"""A bare "another", "one" or "most" opening a clause as a cue's subject said the quote the clause
holds (issue 15): "Yet another said, “…”", "Another tweeted, “…”", "most said they were “…”",
"Several said they would rather … “…”", "Some chanted “…”".

The word stands for one more of the people the article has been quoting (or some of a group it
has just counted), someone other than the last speaker, as after an inverted cue
(:mod:`corpus.quotes.bare_speakers`). The rules read no subject in a lone quantifier and give the
quote to the speaker before it or the nearest name; the ranker, where it is asked, had the
capitalised word ("Another", "Several") as a name candidate and never chose it, and a lower-case one
("most", "yet another") was no candidate at all. On PolNeAR train PolNeAR marks the bare word as the
Source for 6 of the 7 quotes such a clause holds, all 6 wrong before (h-cand28; the seventh, "Edwards
and others said", is no bare subject: the word does not open its clause). Read after the ranker,
over its answer, with :mod:`corpus.quotes.naming_agents`; the speaker has no name, only the mention.

Only where the word opens its clause (a sentence, a paragraph, or after a semicolon or a colon, a
"Yet" / "But" / "And" / "Still" before it), a finite cue follows it (an adverb such as "also" between),
and the quote's opening mark follows in the same clause with no other cue word or quote between
("One said the mayor told him “…”" is relayed: left to the rules).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from corpus.quotes.bare_speakers import BARE_SPEAKERS
from corpus.quotes.lexicon import CUE_FILLERS, CUE_WORDS, FINITE_CUES
from corpus.quotes.roles import Phrase

if TYPE_CHECKING:
    from corpus.quotes.spans import QuoteSpan

Found = tuple[Phrase, tuple[int, int]]
"""The bare subject's mention and its cue."""

BARE_SUBJECTS = (*BARE_SPEAKERS, "most", "some", "several", "many", "others", "both", "a few")
"""Words that stand alone for one more of those being quoted, or for some of a group just counted
("most said they were “…”")."""
SUBJECT_REACH = 240
"""How far before its quote the clause a bare subject opens may start."""
CLAUSE_STOPS = (". ", "? ", "! ", "; ", ": ", "\n", "” ", '" ')
"""What ends the text before a clause a bare subject may open (a quote's closing mark too: "“…”
Another said, “…”")."""
CONNECTORS = ("yet ", "but ", "and ", "still ")
"""Words that may stand before the bare subject at its clause's start ("Yet another said")."""
PASSIVE_AUXILIARIES = frozenset("was were is are be been".split())
"""Fillers before a cue that make it a passive ("One was asked “…”"): the subject is addressed."""
_MARKS = '“”"‘’'


def bare_subject(masked: str, open_at: int) -> Found | None:
    """The bare subject of the clause the quote opening at ``open_at`` stands in, and its cue; None
    where none (module docstring). Read with string operations, no pattern."""
    end = open_at
    while end > 0 and masked[end - 1] in " \t:,":
        end -= 1  # "Another said: “…”": the colon ends no clause before the subject
    lo = max(0, end - SUBJECT_REACH)
    at = max((_after(masked, stop, lo, end) for stop in CLAUSE_STOPS), default=-1)
    if at < 0:
        if lo > 0:
            return None
        at = 0
    while at < end and masked[at] in ' \t“"':
        at += 1
    low = masked[at : at + 40].lower()
    for connector in CONNECTORS:
        if low.startswith(connector):
            at, low = at + len(connector), low[len(connector) :]
            break
    bare = next((w for w in BARE_SUBJECTS if low.startswith(w + " ")), None)
    if bare is None:
        return None
    words = masked[at + len(bare) : end].split()
    k = 0
    while k < len(words) and words[k] in CUE_FILLERS:
        if words[k] in PASSIVE_AUXILIARIES:
            return None  # "One was told “…”": the one addressed
        k += 1
    if k == len(words) or words[k].rstrip(",:") not in FINITE_CUES:
        return None
    if any(w.strip(",:.") in CUE_WORDS for w in words[k + 1 :]) or any(m in " ".join(words) for m in _MARKS):
        return None
    cue_at = masked.find(words[k], at + len(bare))
    cue = (cue_at, cue_at + len(words[k].rstrip(",:")))
    return Phrase(at, at + len(bare), None, None, description=True), cue


def _after(masked: str, stop: str, lo: int, hi: int) -> int:
    """Where the text after the last ``stop`` in ``lo``..``hi`` starts (-1: none)."""
    found = masked.rfind(stop, lo, hi)
    return found + len(stop) if found >= 0 else -1


def bare_subjects(masked: str, spans: list[QuoteSpan], out: list[Found | None]) -> None:
    """Fill ``out`` (one entry per quote, None where no one is known yet) with :func:`bare_subject`
    for each quote (not a nested one)."""
    for k, span in enumerate(spans):
        if out[k] is None and not span.nested:
            out[k] = bare_subject(masked, span.open_at)
