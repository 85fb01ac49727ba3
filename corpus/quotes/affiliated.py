"""A name inside a description of someone unnamed: "one {Obama} insider", "the {Christie} supporter
retorted", "{One Trump} confidant said", "a senior {Cruz} adviser". The name is the person's side or
employer, not the speaker: the readers stop a name at the lower-case word after it, and a reader then
saw Barack Obama, Chris Christie or Donald Trump beside words an unnamed insider, supporter or
confidant said. PolNeAR's gold marks the whole description as the Source; the mention is that
description, with no named speaker (as "a Trump campaign source" reads already).

A description needs its determiner ("one", "a", "the"; lower-case adjectives may follow it: "one
former {Obama} official") and ends with a singular noun of people (:data:`PEOPLE_NOUNS`), one
modifier allowed before it ("a {Clinton} campaign aide"). Not when a name follows the noun ("the
{Clinton} campaign spokesman Brian Fallon said": the grammar reads the name after), nor a possessive
name ("{Trump}'s aide": the owner's person, another class).
"""

from __future__ import annotations

from corpus.ingest.lazy_regex import compiled_on_first_use

PEOPLE_NOUNS = frozenset(
    """confidant confidante loyalist adviser advisor aide ally insider supporter backer operative
    official staffer strategist spokesman spokeswoman spokesperson source lawyer attorney donor
    fundraiser pollster consultant surrogate volunteer delegate organizer activist voter reporter
    correspondent columnist writer editor producer analyst economist lobbyist lawmaker legislator
    senator congressman congresswoman representative diplomat officer agent executive employee
    worker member leader critic opponent rival friend associate appointee nominee candidate
    hopeful contender veteran""".split()
)
"""Singular nouns of a person a name may modify after a determiner ("one Trump confidant", "the
Christie supporter", "a CNN reporter"), chosen by hand: most are the singulars of the plural nouns
PolNeAR train writes after a name (``group_nouns.json``, ``train/group_nouns.py``: advisers, aides,
allies, insiders, supporters, ...), the others heads its Sources write after a determiner and a name
("one Trump confidant", "A Clinton campaign official", "an NBC reporter"). Words that are also
adjectives of a party or a creed ("independent", "liberal", "conservative") are left out: "a New
York liberal activist" goes on past them."""
_DETERMINERS = frozenset("a an one the another".split())
"""Determiners of a singular description ("one Obama insider", "the Christie supporter")."""
_ADJECTIVES = 3
"""At most this many lower-case words between the determiner and the name ("one former senior")."""
_ADJECTIVE_STOPS = frozenset(
    """and or but of to in on at for with by from as than that who which whom whose when while
    is are was were be been has have had said says told wrote added also not""".split()
)
"""Words before a name that are no adjective of a description: the determiner is not its own."""
_NOUN_AFTER = compiled_on_first_use(r"[ \t\u00a0]+([a-z]+)\b(?![’'-])")
"""A lower-case word after the name (the noun, or its one modifier: "a Clinton campaign aide")."""
_NAMED_AFTER = compiled_on_first_use(r"[ \t\u00a0]*,?[ \t\u00a0]+(?:[A-Z][a-z]|[A-Z]\.)")
"""A capitalised word right after the noun ("the Clinton campaign spokesman Brian Fallon", "a Trump
adviser, Roger Stone,"): the person is named there."""
_MODIFIER_STOPS = frozenset("and or of to in on at for with by from who said says told".split())


def described_by_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the description the name ``text[start:end]`` stands inside after a determiner
    ("one {Obama} insider" -> "one Obama insider"), or None. The name may open with the determiner
    itself ("{One Trump} confidant")."""
    # (the noun after first: one match turns most names away, "Obama said", before the walk back
    # over the words before the name that the determiner asks for)
    noun = _person_noun_end(text, end)
    if noun is None:
        return None
    det = _determiner_start(text, start, end)
    if det is None or _NAMED_AFTER().match(text, noun):
        return None
    return det, noun


def _determiner_start(text: str, start: int, end: int) -> int | None:
    first = text[start:end].split(maxsplit=1)
    if len(first) == 2 and first[0].lower() in _DETERMINERS:
        return start  # the name was read with its determiner ("One Trump")
    k, words = start, 0
    while words <= _ADJECTIVES:
        stop = k
        while stop > 0 and text[stop - 1] in " \t\u00a0":
            stop -= 1
        begin = stop
        while begin > 0 and (text[begin - 1].isalpha() or text[begin - 1] == "-"):
            begin -= 1
        word = text[begin:stop]
        if begin == stop or stop == k:
            return None  # no word before, or no space between it and what follows
        if word.lower() in _DETERMINERS and (word.islower() or _opens(text, begin)):
            return begin
        if not word.islower() or word in _ADJECTIVE_STOPS:
            return None
        k, words = begin, words + 1
    return None


def _opens(text: str, at: int) -> bool:
    """A capitalised determiner is one where it opens a sentence or a paragraph ("One Obama aide")."""
    k = at - 1
    while k >= 0 and text[k] in ' \t\u00a0“"‘(':
        k -= 1
    return k < 0 or text[k] in ".!?:\n”"


def _person_noun_end(text: str, end: int) -> int | None:
    found = _NOUN_AFTER().match(text, end)
    if found is None:
        return None
    if found.group(1) not in PEOPLE_NOUNS:
        modifier = found.group(1)
        if modifier in _MODIFIER_STOPS or modifier.endswith(("ed", "ing", "ly")):
            return None
        found = _NOUN_AFTER().match(text, found.end())
        if found is None or found.group(1) not in PEOPLE_NOUNS:
            return None
    return found.end()
