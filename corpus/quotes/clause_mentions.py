"""Which mention of a quote's sentence is its speaker as written, where a pronoun or a relative
stands for a name: the sentence's subject or the pronoun of a reporting clause (`Lynch said she
recalled “…”`), the relative "who" whose clause holds the quote (`Beck, who said there were “…”`).
Read by :func:`corpus.quotes.attribution.resolved`."""

from __future__ import annotations

import re

from corpus.quotes.lexicon import CUE_FILLERS, CUE_WORDS, TIME_PREPOSITIONS, TIME_WORDS
from corpus.quotes.roles import Phrase

_WORD_AFTER = re.compile(r"[\s,]*([A-Za-z’']+)")


def lead_is_the_mention(text: str, lead: Phrase, pronoun: Phrase) -> bool:
    """Whether the subject of a quote's sentence, which a pronoun later in it stands for, is the
    speaker as written: when the subject is a reporting verb's (`Lynch said she recalled …`, `Cross
    said he is left with …, whom he called “…”`: PolNeAR marks the subject as the Source of the
    quotes in the verb's clause) or the pronoun opens a relative clause (`condemned what he called
    “…”`). Else the pronoun, subject of a cue of its own, is the mention (`Chatwal was trying …;
    indeed, he had publicly stated “…”`) and the subject only names the speaker. Decided on PolNeAR
    train's rules alone: the subject always 0.8552 (dev 0.9338), the pronoun always 0.8579 (dev
    0.9216), as here 0.8574 (dev 0.9338)."""
    if _RELATIVE_BEFORE.search(text, max(0, pronoun.start - _RELATIVE_REACH_BACK), pronoun.start):
        return True
    at = lead.end
    for _ in range(LEAD_VERB_REACH):
        match = _WORD_AFTER.match(text, at)
        if match is None:
            return False
        word = match.group(1).lower()
        if word in CUE_WORDS:
            return True
        if not (word in _BETWEEN_SUBJECT_AND_VERB or word.endswith("ly")):
            return False
        at = match.end()
    return False


_RELATIVE_BEFORE = re.compile(r"\b(?:[Ww]hat|[Ww]hich|[Ww]hom|[Ww]ho)\s+\Z")
"""A pronoun in a relative clause (`condemned what he called “…”`): as much the sentence subject's
quote as its verb's object; PolNeAR train marks either about as often (4 : 2 for the pronoun among
the quotes this decides), dev the subject (5 : 1)."""
_RELATIVE_REACH_BACK = 8
LEAD_VERB_REACH = 4
_BETWEEN_SUBJECT_AND_VERB = CUE_FILLERS | TIME_WORDS | TIME_PREPOSITIONS
"""Words read after a sentence's subject for its verb (auxiliaries, adverbs, a time between)."""


_RELATIVE_BEFORE_CUE = re.compile(r"\s*,\s*(who)\s+((?:[a-z]+\s+){0,3})$")
"""`Beck, who said there were “…”`: the cue is the verb of a "who" clause after the name."""


def relative_subject(
    text: str, mention: Phrase | None, cue: tuple[int, int] | None, quote_at: int
) -> Phrase | None:
    """The relative "who" that is the subject of the quote's cue, when the mention found is the name
    it stands for and the quote follows in the clause (`Beck, who said there were “…”`, `Trump, who
    has called the pact “…”`): the clause's own subject, as the reader reads it, whose antecedent
    names the speaker. Not when the quote comes in a later sentence (`said Pardo, who said he would
    not vote. “The military …”`): the name's own cue introduced the speaker."""
    if mention is None or cue is None or mention.name is None or mention.pronoun:
        return None
    # the tests in the order of their cost: most mentions have no "who" before the cue, which the
    # anchored match sees at once, while the scans of the stretch after the cue read every word of it
    if not mention.end < cue[0] < cue[1] <= quote_at or cue[0] - mention.end > _RELATIVE_REACH:
        return None
    match = _RELATIVE_BEFORE_CUE.match(text, mention.end, cue[0])
    if match is None or match.end() != cue[0] or _SENTENCE_END.search(text, cue[1], quote_at):
        return None
    if any(w in CUE_WORDS for w in _LOWER_WORD.findall(text, cue[1], quote_at)):
        return None  # `Trump, who has told aides …, said in a statement: “…”`: the main verb's quote
    if any(w not in CUE_FILLERS and not w.endswith("ly") for w in match.group(2).split()):
        return None  # `Smith, who chairs the panel, said`: the cue is the name's own
    return Phrase(match.start(1), match.end(1), None, None, pronoun=True)


_RELATIVE_REACH = 40
_LOWER_WORD = re.compile(r"\b[a-z]+\b")
_SENTENCE_END = re.compile(r"[.!?][”\"’']?\s")
"""A name's "who" clause verb lies this close after it (", who has also publicly said")."""
