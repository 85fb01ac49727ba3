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

Only where the quote's last cue word before it (the article's ``Cues`` index: no other cue word
between, so "One said the mayor told him “…”", relayed, is left to the rules) is a finite cue, no
quote or clause's end between them, the bare word right before the cue (an adverb such as "also"
between, not a passive's "was"), and the word opens its clause (a sentence, a paragraph, or after a
semicolon or a colon, a "Yet" / "But" / "And" / "Still" before it). Read from the cue index and a few
words around the one cue, no pattern: most quotes have no cue before them in their clause.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from corpus.quotes.bare_speakers import BARE_SPEAKERS
from corpus.quotes.lexicon import CUE_FILLERS, FINITE_CUES
from corpus.quotes.roles import Phrase

if TYPE_CHECKING:
    from corpus.quotes.cues import Cues
    from corpus.quotes.spans import QuoteSpan

Found = tuple[Phrase, tuple[int, int]]
"""The bare subject's mention and its cue."""

BARE_SUBJECTS = (*BARE_SPEAKERS, "most", "some", "several", "many", "others", "both", "a few")
"""Words that stand alone for one more of those being quoted, or for some of a group just counted
("most said they were “…”")."""
SUBJECT_REACH = 240
"""How far before its quote the cue of a bare subject may stand."""
CLAUSE_ENDS = (". ", "? ", "! ", "; ", "\n")
"""What ends a clause: none between the cue and its quote."""
CLAUSE_OPENS = (".", "?", "!", ";", ":", "\n", "”", '"')
"""What the text before a bare subject may end with (a quote's closing mark too: "“…” Another
said, “…”"), blanks and opening marks stepped over."""
CONNECTORS = ("yet", "but", "and", "still")
"""Words that may stand before the bare subject at its clause's start ("Yet another said")."""
PASSIVE_AUXILIARIES = frozenset("was were is are be been".split())
"""Fillers before a cue that make it a passive ("One was asked “…”"): the subject is addressed."""
WORDS_READ = 40
"""How many characters before the cue, and before the bare word, are read."""
_MARKS = '“”"‘’'


def bare_subject(masked: str, cues: Cues, open_at: int) -> Found | None:
    """The bare subject of the last cue before the quote opening at ``open_at`` (the article's cue
    words ``cues``), and that cue; None where none (module docstring)."""
    end = open_at
    while end > 0 and masked[end - 1] in " \t:,":
        end -= 1  # "Another said: “…”"
    found = cues.between(max(0, end - SUBJECT_REACH), end)
    if not found or found[-1].group() not in FINITE_CUES:
        return None
    cue = (found[-1].start(), found[-1].end())
    between = masked[cue[1] : end]
    if any(m in between for m in _MARKS) or any(stop in between for stop in CLAUSE_ENDS):
        return None  # another quote, or another clause, between the cue and the quote
    lo = max(0, cue[0] - WORDS_READ)
    words = masked[lo : cue[0]].lower().split()
    while words and words[-1] in CUE_FILLERS:
        if words[-1] in PASSIVE_AUXILIARIES:
            return None  # "One was told “…”": the one addressed
        words.pop()
    bare = next((w for w in BARE_SUBJECTS if words[-len(w.split()) :] == w.split()), None)
    if bare is None:
        return None
    at = lo + masked[lo : cue[0]].lower().rfind(bare + " ")
    if not opens_clause(masked, at):
        return None  # "Edwards and others said"
    return Phrase(at, at + len(bare), None, None, description=True), cue


def opens_clause(masked: str, at: int) -> bool:
    """Whether the word at ``at`` opens its clause (a connector such as "Yet" may stand before it)."""
    before = masked[max(0, at - WORDS_READ) : at].rstrip(' \t“"‘')
    if at > 0 and masked[at - 1].isalnum():
        return False  # inside a word ("someone")
    last = before.rsplit(None, 1)[-1].lower() if before.strip() else ""
    if last in CONNECTORS:
        before = before[: len(before) - len(last)].rstrip(' \t“"‘')
    return (not before and at <= WORDS_READ) or before.endswith(CLAUSE_OPENS)


def bare_subjects(masked: str, cues: Cues, spans: list[QuoteSpan], out: list[Found | None]) -> None:
    """Fill ``out`` (one entry per quote, None where no one is known yet) with :func:`bare_subject`
    for each quote (not a nested one)."""
    for k, span in enumerate(spans):
        if out[k] is None and not span.nested:
            out[k] = bare_subject(masked, cues, span.open_at)
