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

Only where the word opens the clause the quote's text stands in (its sentence, or after a semicolon;
a "Yet" / "But" / "And" / "Still" before it), a finite cue follows it (an adverb such as "also"
between, not a passive's "was"), and no other cue word or quote stands between that cue and the
quote ("One said the mayor told him “…”", relayed, is left to the rules). Read from the article's
sentences (a bisection) and the clause's first few characters, no pattern: most clauses open with no
bare word, and nothing more is read for them (the article's cue index, read for every quote, cost
the cold run 2 % more instructions: it scans paragraphs attribution never reads).
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from corpus.quotes.bare_speakers import BARE_SPEAKERS
from corpus.quotes.lexicon import CUE_FILLERS, CUE_WORDS, FINITE_CUES
from corpus.quotes.roles import Phrase

if TYPE_CHECKING:
    from corpus.quotes.context import Sentences
    from corpus.quotes.spans import QuoteSpan

Found = tuple[Phrase, tuple[int, int]]
"""The bare subject's mention and its cue."""

BARE_SUBJECTS = (*BARE_SPEAKERS, "most", "some", "several", "many", "others", "both", "a few")
"""Words that stand alone for one more of those being quoted, or for some of a group just counted
("most said they were “…”")."""
SUBJECT_REACH = 240
"""How far before its quote the clause a bare subject opens may start."""
CONNECTORS = frozenset(("yet", "but", "and", "still"))
"""Words that may stand before the bare subject at its clause's start ("Yet another said")."""
PASSIVE_AUXILIARIES = frozenset("was were is are be been".split())
"""Fillers before a cue that make it a passive ("One was asked “…”"): the subject is addressed."""
_MARKS = '“”"‘’'


def bare_subject(masked: str, sentences: Sentences, open_at: int) -> Found | None:
    """The bare subject opening the clause the quote opening at ``open_at`` stands in (the clause
    read from the article's ``sentences`` and a semicolon), and its cue; None where none (module
    docstring). One bisection and a few characters read for most quotes."""
    end = open_at
    while end > 0 and masked[end - 1] in " \t:,":
        end -= 1  # "Another said: “…”"
    starts = sentences.starts
    if not starts:
        return None
    k = bisect_right(starts, end)  # (Sentences.index_of written out: read for every quote)
    start = starts[k - 1] if k else starts[0]
    if start < end - SUBJECT_REACH:
        start = end - SUBJECT_REACH
    semicolon = masked.rfind("; ", start, end)
    at = start if semicolon < 0 else semicolon + 2
    while at < end and masked[at] in _OPENING:
        at += 1
    if masked[at] not in _INITIALS:
        return None  # (most clauses: one set lookup, before any slice is lowered)
    low = masked[at : at + _LONGEST].lower()
    head, _, rest = low.partition(" ")
    if head in CONNECTORS:  # "Yet another said"
        at += len(head) + 1
        low = rest
        head = rest.partition(" ")[0]
    if head not in _FIRST_WORDS:
        return None
    bare = next((w for w in BARE_SUBJECTS if low.startswith(w + " ")), None)
    if bare is None:
        return None
    return _cued(masked, at, at + len(bare), end)


_FIRST_WORDS = frozenset(w.split()[0] for w in BARE_SUBJECTS)
"""The first words of :data:`BARE_SUBJECTS` ("a" of "a third")."""
_INITIALS = frozenset(c for w in (*_FIRST_WORDS, *CONNECTORS) for c in (w[0], w[0].upper()))
"""The letters a clause's connector or bare subject opens with, in either case: no other character
lowers to one of them."""
_OPENING = frozenset(' \t“"‘')
"""What stands before a clause's first word: blanks and opening marks."""
_LONGEST = max(map(len, CONNECTORS)) + max(map(len, BARE_SUBJECTS)) + 2
"""The characters a clause's connector and bare subject fill at most."""


def _cued(masked: str, at: int, bare_end: int, end: int) -> Found | None:
    """The bare subject ``masked[at:bare_end]`` and the finite cue right after it (fillers between,
    not a passive's), where no other cue word, quote or clause's end stands between the cue and the
    quote's text ending at ``end``."""
    words = masked[bare_end:end].split()
    k = 0
    while k < len(words) and words[k] in CUE_FILLERS:
        if words[k] in PASSIVE_AUXILIARIES:
            return None  # "One was told “…”": the one addressed
        k += 1
    if k == len(words) or words[k].rstrip(",:") not in FINITE_CUES:
        return None
    if any(w.strip(",:.") in CUE_WORDS for w in words[k + 1 :]) or any(m in " ".join(words) for m in _MARKS):
        return None  # "One said the mayor told him “…”": relayed, or another quote between
    cue_at = masked.find(words[k], bare_end)
    return Phrase(at, bare_end, None, None, description=True), (cue_at, cue_at + len(words[k].rstrip(",:")))


def bare_subjects(masked: str, sentences: Sentences, spans: list[QuoteSpan], out: list[Found | None]) -> None:
    """Fill ``out`` (one entry per quote, None where no one is known yet) with :func:`bare_subject`
    for each quote (not a nested one)."""
    for k, span in enumerate(spans):
        if out[k] is None and not span.nested:
            out[k] = bare_subject(masked, sentences, span.open_at)
