"""Whom a relative "who" stands for: the name right before it (issue 15).

A relative pronoun stands for the noun phrase it follows, not for the sentence's subject nor the
article's last speaker: in "The plan drew fire from Ana Ruiz, who called it “…”" the words are Ana
Ruiz's, though she is a preposition's object and the subjects a pronoun is read back to
(:mod:`corpus.quotes.subjects`) hold only subjects. Read as the phrase before a cue is read
(:func:`corpus.quotes.phrases.phrase_before`: "Dr. Jane Roe, a Republican strategist, who", "Jane
Roe, 45, who", "Sen. Jane Roe of Ohio, who"), in the relative's sentence, and only where that phrase
is a name that may be a person's: a place closing "of Madison, Alabama, who" is no one's name, nor an
organisation's ("Defenders of the Wildlife, who"), a description ("the Mexican president, who") or
nothing read ("on camera, who"): there the pronoun is resolved as before. A town and its state closing
the phrase are read past to the person they are said of ("Jane Roe of Madison, Alabama, who", "Jane
Roe, 45, a nurse from Brownsville, Texas, who": Jane Roe, not Alabama or Texas), also where the
relative is a cue's subject (:func:`corpus.quotes.phrases.phrase_before`'s "who said"). A party tag
closing the name is read past (:mod:`corpus.quotes.party_tags`: "Rep. Jane Roe, R-Ohio, who")."""

from __future__ import annotations

from corpus.ingest.lazy_regex import compiled_on_first_use
from corpus.quotes.antecedents import not_a_person
from corpus.quotes.party_tags import before_party_tag
from corpus.quotes.phrases import phrase_before
from corpus.quotes.roles import Phrase

RELATIVE_WORDS = frozenset(("who",))
"""The relatives that stand for the person named before them ("whom" is an object, never the cue's
subject; "which" and "that" stand for things as often)."""
ANTECEDENT_REACH = 160
"""How far before the relative its antecedent and an appositive of it may reach (as a cue's subject)."""
_WORD = r"(?:[a-z]{1,3}-)?[A-Z][\w’'.-]*"
_RUN = rf"(?:{_WORD}\s+(?:(?:of|de|del|la|van|von|bin|da)\s+(?:the\s+)?)?)*{_WORD}"
"""A run of capitalised words, as names are written ("Sen. Jane Roe of Ohio", "Anwar al-Awlaki",
"Defenders of the Wildlife": an organisation, which :func:`not_a_person` then tells)."""
_OPENING_PLACE = compiled_on_first_use(r"\s*(?:In|At|From|Across|Throughout|Outside|Inside)\s+\Z")
"""A sentence opening with a place ("In Iowa, who …"): that place names no one."""
_NAMED_RIGHT_BEFORE = compiled_on_first_use(rf"({_RUN})(?:,\s+\d{{1,3}},)?\s*,?\s*\Z")
"""The antecedent right before the relative ("Jane Roe, who", "Jane Roe, 45, who", "Jane Roe who")…"""
_NAMED_BEFORE_APPOSITIVE = compiled_on_first_use(rf"({_RUN}),\s+[^,;:“”\"]{{3,60}},\s*\Z")
"""…or before an appositive ("Dr. Jane Roe, a Republican strategist, who", "Jane Roe of Madison,
Alabama, who")."""
_PLACE_TAIL = compiled_on_first_use(rf"\s+(?:of|from|in|near|based\s+in)\s+{_RUN},\s+{_RUN},\s*\Z")
"""A town and its state closing the phrase before the relative ("of Madison, Alabama, who", "a
nurse from Brownsville, Texas, who", "based in Tampa, Fla., who"): the relative stands for the
person the town is said of, not for the state right before it."""
_NAMED_BEFORE_PLACE = compiled_on_first_use(
    rf"({_RUN})(?:,\s+\d{{1,3}})?(?:,\s+(?:a|an|the)\s+[^,;:“”\"]{{1,60}})?,?\s*\Z"
)
"""The person before that town: "Jane Roe of", "Jane Roe, 45, a nurse from", "Jane Roe, a broker
based in"."""


def relative_antecedent(text: str, relative: Phrase, sentence_start: int) -> Phrase | None:
    """The name a relative "who" at ``relative`` stands for, read back no further than its sentence's
    start ``sentence_start``; None where it is not a relative "who" or no person's name stands right
    before it."""
    if text[relative.start : relative.end].lower() not in RELATIVE_WORDS:
        return None
    at = relative.start
    lo = max(sentence_start, at - ANTECEDENT_REACH)
    at = before_party_tag(text, lo, at)  # "Rep. Jane Roe, R-Ohio, who": the name before the tag
    named = named_before_place(text, lo, at)
    if named is not None:
        return named
    for pattern in (_NAMED_RIGHT_BEFORE, _NAMED_BEFORE_APPOSITIVE):
        match = pattern().search(text, lo, at)
        if match is None:
            continue
        phrase = phrase_before(text, match.start(1), at)
        if phrase is None or phrase.name is None or phrase.pronoun or phrase.description:
            continue
        if _OPENING_PLACE().match(text, sentence_start, phrase.start):
            continue
        if not_a_person(phrase.name) or _a_place(text, phrase):
            continue
        return phrase
    return None


def named_before_place(text: str, lo: int, at: int) -> Phrase | None:
    """The person's name before "of Madison, Alabama, who" or "a nurse from Brownsville, Texas,
    who"; None where no town and state close the phrase or no person's name stands before them."""
    tail = _PLACE_TAIL().search(text, lo, at)
    if tail is None:
        return None
    match = _NAMED_BEFORE_PLACE().search(text, lo, tail.start())
    if match is None:
        return None
    phrase = phrase_before(text, match.start(1), match.end(1))
    if phrase is None or phrase.name is None or phrase.pronoun or phrase.description:
        return None
    if not_a_person(phrase.name) or _a_place(text, phrase):
        return None
    return phrase


def _a_place(text: str, phrase: Phrase) -> bool:
    """ "of Madison, {Alabama}, who": a place's second part, no one's name."""
    from corpus.quotes.names import shipped_tables  # names reads the quote modules
    from corpus.quotes.no_one import names_no_one

    return names_no_one(text, phrase.start, phrase.end, shipped_tables()) == "place"
