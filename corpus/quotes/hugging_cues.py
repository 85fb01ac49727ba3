"""The cue hugging a quote, right after its closing mark: `”, Stoltenberg said`, `,” said Smith`,
`,” longtime aide Jane Roe said`, `“…” ― Sonya Herridge`, `the report quoted X as saying` (one of
the moves of :mod:`corpus.quotes.cues`, on offsets into the masked article text)."""

from __future__ import annotations

import re

from corpus.quotes.cue_clauses import agent_after, passive_before
from corpus.quotes.cues import Cues, Found, cue_closing_sentence, first_word
from corpus.quotes.inverted_subjects import subject_closing
from corpus.quotes.lexicon import (
    DESCRIPTION_OPENERS,
    FUNCTION_WORDS,
    INVERTIBLE_CUES,
    POSSESSIVE_ENDINGS,
    SOURCE_OPENERS,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
)
from corpus.quotes.phrases import phrase_after, phrase_before
from corpus.quotes.roles import Phrase

QUOTED_AS_REACH = 120
"""`”, the report quoted X as saying`: read right after the quote only."""
HUGGING_CUE_REACH = 160
"""A cue hugging the quote (`,” said Smith`, `,” a narrator in the ad asks`) starts this close after it."""
BYLINE_REACH = 60
"""`“…” ― Sonya Herridge`: a name after a dash, with no cue this close, signs the quote."""
_SET_OFF = re.compile(r"[ ,—–―\-\u00a0]*")
"""What sets a hugging cue off from the quote's closing mark: spaces, a comma, a dash."""
_QUOTED_AS = re.compile(r"\bquoted\s+(.{1,80}?)\s+as\s+(saying|telling|writing|adding)\b")


def cue_after(masked: str, lo: int, hi: int, index: Cues) -> Found | None:
    return cue_hugging_quote(masked, lo, hi, index) or cue_closing_sentence(masked, lo, hi, index)


def cue_hugging_quote(masked: str, lo: int, hi: int, index: Cues) -> Found | None:
    """A cue right after the quote: `”, Stoltenberg said`, `,” said Smith`, `quoted X as saying`."""
    # (the stretch is read in place, by bounded finds and one anchored match, not sliced and stripped)
    quoted = None
    if masked.find("quoted", lo, min(hi, lo + QUOTED_AS_REACH)) >= 0:
        quoted = _QUOTED_AS.search(masked, lo, min(hi, lo + QUOTED_AS_REACH))
    if quoted is not None and not masked[lo : quoted.start()].strip(" ,").count(" ") > 3:
        phrase = phrase_after(masked, quoted.start(1), quoted.end(1))
        if phrase is not None:
            return phrase, (quoted.start(), quoted.start() + len("quoted"))
    set_off = _SET_OFF.match(masked, lo, hi)  # (None only for a stretch that ends before it starts)
    start = lo if set_off is None else set_off.end()
    dash = masked[lo:start].strip(" ,\u00a0")
    cue = index.first(start, min(hi, start + HUGGING_CUE_REACH))
    if dash and (cue is None or cue.start() > start + BYLINE_REACH):
        byline = phrase_after(masked, start, min(hi, start + BYLINE_REACH))
        if byline is not None and byline.name:
            return byline, None  # “…” ― Sonya Herridge
    if cue is None:
        return None
    if passive_before(masked, start, cue.start()):
        agent = agent_after(masked, cue.end())  # `“…” Tuesday, hours after the staffer was charged`
        return None if agent is None else (agent, (cue.start(), cue.end()))
    if not masked[start : cue.start()].strip():
        # `,” said Smith`, `,” reported Reuters` (an outlet that is the only source named is the source)
        phrase = phrase_after(masked, cue.end(), hi)
        if phrase is not None and cue.group() in INVERTIBLE_CUES:
            return phrase, (cue.start(), cue.end())
        return None
    if cue.group() in INVERTIBLE_CUES and _inverted(masked, start, cue, hi):
        return None  # `“…” for Roe, said Jane Doe.`: the subject follows the cue (``inverted_closing``)
    phrase = phrase_before(masked, start, cue.start())
    first = first_word(masked, start, cue.start())
    if (masked[first : cue.start()].split() or [""])[0].lower() in SUBORDINATORS:
        return None  # `“…,” when Clinton blasted him`: a new clause, not the quote's attribution
    lead_in = masked[first : phrase.start].split() if phrase is not None else []
    if phrase is not None and phrase.name and len(lead_in) <= 2 and all(w.isalpha() for w in lead_in):
        return phrase, (cue.start(), cue.end())  # “…,” longtime aide Jane Roe said
    if phrase is not None and phrase.name and _description_set_off(lead_in):
        role = " ".join(lead_in).rstrip(",")  # “…,” the deputy’s mother, Jane Roe, said
        return Phrase(phrase.start, phrase.end, phrase.name, phrase.role or role), (cue.start(), cue.end())
    if phrase is not None and phrase.name and phrase.role and _owner_before(lead_in):
        role = " ".join([*lead_in, phrase.role])  # “…,” the actress’s rep Jane Roe told reporters
        return Phrase(phrase.start, phrase.end, phrase.name, role), (cue.start(), cue.end())
    if phrase is None or first < phrase.start:
        # `“…?” a narrator in the Clinton ad asks`: a short description before the cue
        between = masked[first : cue.start()]
        words = between.split()
        if not words:
            return None
        if len(words) <= 3 and words[-1].lower() in SUBJECT_PRONOUNS:
            pron_start = first + between.rstrip().rfind(words[-1])
            pron = Phrase(pron_start, pron_start + len(words[-1]), None, None, pronoun=True)
            return pron, (cue.start(), cue.end())
        plain = not any(c in between for c in '.;:!?“”"') and not words[-1].endswith("ly")
        lead_ok = words[0].lower() in DESCRIPTION_OPENERS or words[0][:1].isupper()
        if len(words) <= 6 and plain and lead_ok and not FUNCTION_WORDS.intersection(words[1:]):
            end = first + len(between.rstrip(" ,"))
            return Phrase(first, end, None, masked[first:end], description=True), (cue.start(), cue.end())
        return None
    return phrase, (cue.start(), cue.end())


def _inverted(masked: str, start: int, cue: re.Match[str], hi: int) -> bool:
    """Whether words and a comma stand between the quote and the cue, and the cue's subject follows
    it to close the sentence (`“…” for Roe, said Jane Doe.`): the words before it are no subject."""
    return (
        masked[start : cue.start()].rstrip().endswith(",")
        and subject_closing(masked, cue.end(), hi) is not None
    )


_LONGEST_DESCRIPTION_SET_OFF = 6
"""Words of a description set off by a comma before the name it describes ("the deputy's mother,")."""


def _description_set_off(words: list[str]) -> bool:
    """Whether ``words`` are a description closed by a comma before a name: opened by an article or a
    possessive, a few words, no clause's word among them ("the deputy's mother, Jane Roe, said"; not
    "Several weeks ago, Jane Roe stated")."""
    if not (1 < len(words) <= _LONGEST_DESCRIPTION_SET_OFF) or not words[-1].endswith(","):
        return False
    owner = words[0][:1].isupper() and words[0].endswith(
        POSSESSIVE_ENDINGS
    )  # "Acme’s chief executive, Jane Roe"
    if (words[0].lower() not in SOURCE_OPENERS and not owner) or any(w.endswith(",") for w in words[:-1]):
        return False
    return not FUNCTION_WORDS.intersection(w.lower().rstrip(",") for w in words[1:])


def _owner_before(words: list[str]) -> bool:
    """Whether ``words`` name whose role the phrase after them holds: an article or a possessive and a
    possessive's owner ("the actress's" of "the actress's rep Jane Roe told", "her client's")."""
    if not (1 < len(words) <= _LONGEST_DESCRIPTION_SET_OFF) or words[0].lower() not in SOURCE_OPENERS:
        return False
    return words[-1].endswith(("'s", "’s")) and all(w.isalpha() for w in words[:-1])
