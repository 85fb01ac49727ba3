"""A description whose owner is a place or a body, not a person: "Israel's prime minister", "the
country's foreign minister", "Ohio's governor". The owner says where the office is, as a
nationality's or a state's word does in the role it describes ("Israeli Prime Minister", "Ohio
Gov."): it may name the holder of that role (:func:`corpus.quotes.subject_traits.fits_role`), where
a person's possessive ("Dorsey's wife") names someone else's relative or aide.
"""

from __future__ import annotations

from corpus.quotes.lexicon import POSSESSIVE_ENDINGS, is_nationality
from corpus.quotes.reader_roles import US_STATES

PLACE_NOUNS = frozenset(
    "country nation state city province region territory island kingdom republic government".split()
)
"""Owners that are a place or its government written as a common noun ("the country's foreign
minister", "the state's attorney general")."""

COUNTRY_NAMES = frozenset(
    "Afghanistan Algeria America Argentina Armenia Australia Austria Bahrain Belarus Belgium Brazil "
    "Britain Canada Chile China Colombia Cuba Denmark Egypt England Estonia Ethiopia Finland France "
    "Georgia Germany Greece Hungary India Indonesia Iran Iraq Ireland Israel Italy Japan Jordan Kenya "
    "Korea Kuwait Latvia Lebanon Libya Lithuania Mexico Moldova Morocco Netherlands Nigeria Norway "
    "Oman Pakistan Palestine Peru Philippines Poland Portugal Qatar Romania Russia Scotland Serbia "
    "Somalia Spain Sudan Sweden Switzerland Syria Taiwan Thailand Tunisia Turkey Turkmenistan Uganda "
    "Ukraine Venezuela Vietnam Wales Yemen".split()
)
"""Countries whose possessive opens a description of an office ("Israel's prime minister")."""

SAME_PLACE_PREFIX = 4
"""A place and a nationality's word are one place when they share this many first letters and the
shorter is at most two longer than that ("Israel" / "Israeli", "Iran" / "Iranian", "China" /
"Chinese", "Turkey" / "Turkish"; not "France" / "French", which are written alike in roles)."""


def place_owner(word: str) -> str | None:
    """The place a possessive names, lower case ("israel" of "Israel's", "country" of "country's"),
    or None when it is no place's (a person's, an organisation's)."""
    if not word.endswith(POSSESSIVE_ENDINGS) or len(word) < 4:
        return None
    owner = word[:-2]
    if owner in COUNTRY_NAMES or owner in US_STATES or owner in PLACE_NOUNS:
        return owner.lower()
    return None


def _a_place_word(word: str) -> bool:
    return word in COUNTRY_NAMES or word in US_STATES or is_nationality(word)


def _same_place(a: str, b: str) -> bool:
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if short == long:
        return True
    n = len(short)
    return n >= SAME_PLACE_PREFIX and long.startswith(short[: max(SAME_PLACE_PREFIX, n - 2)])


def places_fit(places: set[str], role_words: list[str]) -> bool:
    """Whether the places a description's owners name fit a role's own place words: where the role
    names a country, a state or a nationality ("Israeli Prime Minister"), one of them is the same
    place; a role naming none fits any (a common noun's owner, "country", fits every role)."""
    held = [w.lower() for w in role_words if w[:1].isupper() and _a_place_word(w.rstrip(".,"))]
    named = [p for p in places if p not in PLACE_NOUNS]
    if not held or not named:
        return True
    return any(_same_place(p, h.rstrip(".,")) for p in named for h in held)
