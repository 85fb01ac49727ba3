"""The subject of an inverted cue closing a sentence of reported speech ("…would have stayed in the
deal, said Rick Tyler, a Republican consultant."), read as one of the sentence's subjects a later
"he" or "she" stands for (issue 15). The cue's own subject is read before it
(:class:`corpus.quotes.subjects.Subjects`); where nothing named stands there, the name after the cue
is who spoke, and the next sentence's "“…,” he said" goes on with that person, not with a name the
reported words mention (the sentence opened with "Florida Sen. Marco Rubio, … they would have
stayed"). Read only after a comma (`…, said Jane Roe`): "said Trump was wrong" names what was
said, and "told Jane Roe" the listener (:data:`INVERTIBLE_CUES`)."""

from __future__ import annotations

import re

from corpus.quotes.cues import Cue
from corpus.quotes.lexicon import INVERTIBLE_CUES
from corpus.quotes.phrases import phrase_after
from corpus.quotes.roles import Phrase, is_outlet

_COMMA_REACH = 3
"""The comma before an inverted cue stands this close before it (", said", ",” said")."""
_CLOSES = frozenset(".,;!?")
"""What may follow the inverted subject: the sentence's end or an appositive ("said Jane Roe, a …")."""


def inverted_subject(masked: str, cue: Cue, end: int) -> Phrase | None:
    """The name after ``cue`` when it is an invertible cue right after a comma ("…, said Rick Tyler,
    a consultant."), read up to ``end`` (its sentence's end); None where the cue is not inverted or
    no name follows it."""
    if cue.group() not in INVERTIBLE_CUES:
        return None
    if "," not in masked[max(0, cue.start() - _COMMA_REACH) : cue.start()]:
        return None
    phrase = phrase_after(masked, cue.end(), end)
    if phrase is None or not phrase.name or phrase.pronoun or phrase.description:
        return None
    rest = masked[phrase.end : phrase.end + 2].lstrip()
    if rest and rest[0] not in _CLOSES:
        return None  # "said Jane Roe would run": a clause's subject, what was said
    return phrase


_QUOTE_MARKS = frozenset('“”"')
_AFTER_CLOSING_SPEAKER = ".,;!?"
"""What may follow the speaker of a sentence's closing inverted cue: the sentence's end, or an
appositive after a comma (", said Jane Roe, a pollster at Acme.")."""


def inverted_closing(
    masked: str, lo: int, hi: int, cues: list[re.Match[str]]
) -> tuple[Phrase, tuple[int, int]] | None:
    """The speaker after a cue that closes a sentence, after a comma: `Roe “drew well” in the
    primary, said Jane Roe.`, `it has used “velvet gloves” in Asia, said Jane Roe, an expert at
    Acme.` ``cues`` are the cues between the quote's end ``lo`` and the sentence's end ``hi``; the
    last one with a comma before it and a name, description or pronoun after it is the sentence's
    (none when a quote mark stands between: that quote has its own cue)."""
    for cue in reversed(cues):
        if any(c in _QUOTE_MARKS for c in masked[lo : cue.start()]):
            return None
        if not masked[lo : cue.start()].rstrip().endswith(","):
            continue
        phrase = subject_closing(masked, cue.end(), hi)
        if phrase is None or is_outlet(phrase, masked):
            continue
        return phrase, (cue.start(), cue.end())
    return None


def subject_closing(masked: str, end: int, hi: int) -> Phrase | None:
    """The subject right after a cue ending at ``end`` that closes its sentence before ``hi``:
    `…, said Jane Roe.`, `…, said Jane Roe, a pollster.`, `…, said the bureau's director, Jane Roe, on
    Monday.` (a role set off before the name), not a reported clause's subject (`…, said China has`)."""
    phrase = phrase_after(masked, end, hi)
    if phrase is None:
        return None
    rest = masked[phrase.end : hi].lstrip()
    if rest and rest[0] not in _AFTER_CLOSING_SPEAKER:
        return None
    before = masked[end : phrase.start].strip()
    if before and not (phrase.role and before.endswith(",") and before[:-1].strip() == phrase.role):
        return None
    return phrase
