"""The role a reader sees beside a speaker's name (:func:`reader_role`): one person's job as the
articles write it, without what only looks like a role (a possessive's mark, a sentence's end, a
group's description, a courtesy title alone, the job of someone speaking for the named, a headline's
capitals glued before it). Split from :mod:`corpus.quotes.names`, which cleans the name itself."""

from __future__ import annotations

import re

from corpus.quotes.lexicon import (
    CUE_WORDS,
    DETERMINERS,
    LINK_WORDS,
    PREPOSITIONS,
    SPEAKS_FOR,
    ends_as_plural,
)
from corpus.quotes.name_ends import MODIFIER_ENDINGS
from corpus.quotes.names import NameTables, shipped_tables


def reader_role(role: str | None, tables: NameTables | None = None, mention: str = "") -> str | None:
    """A role as a reader sees it: an owner's possessive mark dropped ("CNN’s" -> "CNN"), a sentence's
    period too ("congressman."); none when it ends on a link word ("Continues to": a sentence's
    words, not a role), and none when the ``mention`` as written gives it to someone speaking for
    the one named ("A spokesman for Mueller": the spokesman's job, not Mueller's)."""
    if role is None or _speaks_for_the_named(role, mention):
        return None
    role = role.rstrip()
    for mark in ("’s", "'s", "’", "'"):
        if role.endswith(mark) and len(role) > len(mark):
            role = role[: -len(mark)].rstrip()
            break
    if role.endswith(".") and len(role.split()[-1]) > _LONGEST_ABBREVIATION:
        role = role[:-1]  # "congressman." but "Sen.", "Lt. Gen."
    # (the pattern opens with \b, tried at every position: most roles hold no ". " for it to find)
    ends = [m.end() for m in _SENTENCE_IN_ROLE.finditer(role)] if ". " in role else None
    if ends:
        role = role[ends[-1] :]  # "Interior Secretary Ken Salazar. Commerce Secretary": the last sentence's
    words = role.split()
    capitals = _capitals_opening(words)
    if capitals:
        words = words[capitals:]  # "DEADLY ISTANBUL EXPLOSION Turkish President": a headline's words
        role = " ".join(words)
    if not words or words[-1].lower() in LINK_WORDS or words[-1].lower() in DETERMINERS:
        return None  # "Continues to", "chairman of Our": a sentence's words, not a role
    if words[-1].lower().endswith(MODIFIER_ENDINGS):
        return None  # "New York-based" of "New York-based Human Rights Watch": a modifier, no role
    if len(words) == 1 and words[0].lower() in CUE_WORDS:
        return None  # "Said Jane Roe, …": the cue opening the sentence
    if all(w.lower().rstrip(".") in FORMS_OF_ADDRESS for w in words):
        return None  # "Mr." of "Mr. Comey said": how the article addresses him, not what he does
    if _a_group_s_description(words, shipped_tables() if tables is None else tables):
        return None  # "Producers Laurence Mark and Bill Condon", "one of his girlfriends, Joycelyn Savage"
    if len(words) > 1 and words[0] in _OPENING_POSSESSIVES:
        role = words[0].lower() + role[len(words[0]) :]  # "His sister, Mahnefah Gray, …"
    return role


def _speaks_for_the_named(role: str, mention: str) -> bool:
    """True when the mention holds the role's last word as one who speaks "for" someone else."""
    last = role.split()[-1:]
    if not last or last[0].lower() not in SPEAKS_FOR:
        return False
    low = mention.lower()
    return f"{last[0].lower()} for " in low or f"{last[0].lower()} to " in low


HEADLINE_CAPITALS = 3
"""Words in capitals in a row from which they are a headline's, not acronyms."""


def _capitals_opening(words: list[str]) -> int:
    """How many words in capitals open a role before words that are not: three or more are a
    headline's ("DEADLY ISTANBUL EXPLOSION"); one or two are acronyms ("NATO Secretary General",
    "U.S. EPA administrator")."""
    k = 0
    while k < len(words) and words[k].isupper() and sum(c.isalpha() for c in words[k]) > 1:
        k += 1
    return k if HEADLINE_CAPITALS <= k < len(words) else 0


FORMS_OF_ADDRESS = frozenset({"mr", "mrs", "ms", "miss", "mx"})
"""Courtesy titles that say nothing of what a person does: alone they are no role (a "Dr." or a
"Rev." says what someone is, and stays)."""
_OPENING_POSSESSIVES = frozenset(w.capitalize() for w in ("his", "her", "their", "its"))
"""A possessive opening a role that opened a sentence: written lower case in the role."""
SINGULAR_ENDING_IN_S = frozenset(
    {"news", "series", "species", "politics", "economics", "physics", "headquarters"}
)
"""Nouns whose "-s" ending makes no plural: a role's head may be one ("head of news")."""


def _a_group_s_description(words: list[str], tables: NameTables) -> bool:
    """True when a role's head (its last word before "of", "for", "at"…) is a common noun's plural: a
    description of several people, which one person among them does not hold ("Producers",
    "his girlfriends"; not "New York Times", a name, nor "vice president of global sales")."""
    head_at = next((k for k, w in enumerate(words) if k and w.lower() in _ROLE_HEAD_ENDS), len(words)) - 1
    head = words[head_at]
    if head[:1].isupper() and len(words) > 1:
        return False  # a name's last word ("Times", "News")
    low = head.lower()
    return ends_as_plural(low) and low not in SINGULAR_ENDING_IN_S and low[:-1] in tables.ordinary


_ROLE_HEAD_ENDS = frozenset(PREPOSITIONS | {"of"})
"""Words after a role's head: "director of …", "a spokesman for …", "an official at …"."""


_LONGEST_ABBREVIATION = 5
"""A role's last word ending in a period is an abbreviated title when this short ("Sen.", "Gov.")."""
_SENTENCE_IN_ROLE = re.compile(rf"\b[A-Za-z]{{{_LONGEST_ABBREVIATION},}}\. +(?=[A-Z])")
"""A sentence's end inside a role read across it: a word longer than an abbreviation, a period, a
capital ("… Ken Salazar. Commerce Secretary"; not "Lt. Gen." nor "U.S. District Judge")."""
