"""What a sentence's subject is, as the resolution of pronouns and descriptions reads it: a person
or a group, "he" or "she", one or many (:mod:`corpus.quotes.subjects` finds the subjects)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import NamedTuple

from corpus.quotes.lexicon import (
    DEMONSTRATIVES,
    DETERMINERS,
    FIRST_NAMES_HE,
    FIRST_NAMES_SHE,
    HE_WORDS,
    INDEFINITE_DETERMINERS,
    NON_NAME_WORDS,
    NUMBER_WORDS,
    NUMERALS,
    ORG_HEADS,
    PLURALS_WITHOUT_S,
    POSSESSIVE_ENDINGS,
    PRONOUNS,
    SHE_WORDS,
    TITLES,
    ends_as_plural,
)
from corpus.quotes.office_owners import place_owner, places_fit
from corpus.quotes.roles import Phrase

PRONOUN_SENTENCES = 8
"""A pronoun stands for a subject at most this many sentences before it."""
PRONOUN_SUBJECTS = 12
"""…and only the most recent this many subjects there are weighed (bounded work)."""


class Subject(NamedTuple):
    """A sentence's subject or a quote's speaker, named at ``at``: its name and role as written."""

    at: int
    name: str
    role: str | None
    person: bool | None
    """None until asked (it needs the article's titled surnames)."""
    pair: bool = False
    """The first of two people named together ("Adam and Eve"): "they", not "he" or "she"."""
    described: Phrase | None = None
    """A plural description opening its sentence ("Deputies said", "The crews found"): a group with no
    name that only "they" stands for (the description as written is then the mention)."""


GENDERED = {
    **dict.fromkeys(HE_WORDS, "he"),
    **dict.fromkeys(SHE_WORDS, "she"),
    **dict.fromkeys(FIRST_NAMES_HE, "he"),
    **dict.fromkeys(FIRST_NAMES_SHE, "she"),
}
"""Titles, roles and first names that say whether "he" or "she" stands for their holder."""

_GENDERS_FILE = Path(__file__).with_name("given_name_genders.json")


@cache
def learned_genders() -> dict[str, str]:
    """The given names the US Census 1990 gives to one sex (``train/name_genders.py``), read once."""
    data = json.loads(_GENDERS_FILE.read_text(encoding="utf-8"))
    return {**dict.fromkeys(data["he"], "he"), **dict.fromkeys(data["she"], "she")}


def gender_of(given: str) -> str | None:
    """ "he" or "she" when a given name says it (:data:`GENDERED`'s, then the census's), else None.
    Only for a name's given name: the census gives "Clinton" to men and "Florida" to women."""
    low = given.lower()
    return GENDERED.get(low) or learned_genders().get(low)


_NO_ONE = PRONOUNS | NON_NAME_WORDS | DEMONSTRATIVES
"""Subjects no "he" or "she" stands for ("It's just that …", "That's why …")."""


def no_one(name: str) -> bool:
    """True for a subject no "he" or "she" stands for: a pronoun, a closed-class word, an organisation."""
    low = name.lower()  # (lowered whole, then split: the words of each lowered alone)
    return low in _NO_ONE or not ORG_HEADS.isdisjoint(low.split()[1:])


def plural_role(role: str) -> bool:
    """True when a description's last word is a plural ("Deputies", "the crews", "Police")."""
    head = role.split()[-1].lower()
    if head in PLURALS_WITHOUT_S:
        return True
    if head[:-1] in NUMBER_WORDS or head in NUMERALS:
        return False  # "Hundreds of stores": a number, not the group
    return ends_as_plural(head) and not head.endswith(("'s", "’s"))


TITLE_ABBREVIATIONS = {
    "sen": "senator",
    "rep": "representative congressman congresswoman",
    "gov": "governor",
    "del": "delegate",
    "lt": "lieutenant",
    "gen": "general",
    "col": "colonel",
    "maj": "major",
    "capt": "captain",
    "sgt": "sergeant",
    "adm": "admiral",
    "cmdr": "commander",
    "atty": "attorney",
    "dist": "district",
    "det": "detective",
    "supt": "superintendent",
    "insp": "inspector",
    "prof": "professor",
    "rev": "reverend",
    "asst": "assistant",
    "pres": "president",
}
"""Abbreviated titles and the words a description uses for their holder ("Sen. Bernie Sanders" …
"the senator"; "Rep. Jim Jordan" … "the congressman")."""


_NOT_MODIFIERS = TITLES | DETERMINERS | TITLE_ABBREVIATIONS.keys()


def role_words(role: str) -> str:
    """A role as a description names it: lower case, its abbreviated titles written out."""
    low = role.lower()
    if "." not in low:
        return low
    words = (w.rstrip(".") for w in low.split())
    return " ".join(TITLE_ABBREVIATIONS.get(w, w) for w in words)


def head_written_from(lowered: str, head: str, lo: int, hi: int) -> int:
    """Where in ``lowered[lo:hi]`` (an article's text in lower case) a role holding the lower-case
    ``head`` of a description, as :func:`fits_role` first asks, may first be read: the first place
    the head, or an abbreviated title written out as it, is written there; -1 where neither is. A
    role's words are the text's (a phrase's tokens, trimmed): one holding the head has it, or that
    title, in the text it was read from."""
    places = [lowered.find(head, lo, hi)]
    places += [lowered.find(short, lo, hi) for short, words in TITLE_ABBREVIATIONS.items() if head in words]
    written = [at for at in places if at >= 0]
    return min(written) if written else -1


def fits_role(description: str, role: str) -> bool:
    """Whether a description ("the senator", "the New Jersey governor") can name the holder of a role
    ("Sen.", "New Jersey Gov."): its head is in the role, and where both carry capitalised words
    beside it (a state, a country, a party) they share one ("the former Arkansas governor" is not
    "California Gov. Jerry Brown")."""
    words = description.split()
    if not words:
        return False
    head = words[-1].lower()
    if head not in role_words(role):
        return False
    # "Israel's prime minister", "the country's foreign minister": a place owns the office
    places = {p for p in map(place_owner, words[:-1]) if p is not None}
    said = _modifiers(words[:-1], head) - places
    held = _modifiers(role.split(), head)
    if said and held and said.isdisjoint(held):
        return False
    if places and not places_fit(places, role.split()):
        return False
    owner = (
        _owners(words[:-1]) - places
    )  # "Dorsey’s wife" is not "the senator’s wife": whose they are differs
    return not owner or not owner.isdisjoint(_owners(role.split()))


def _owners(words: list[str]) -> set[str]:
    """The owners a description's possessives name ("Dorsey" of "Dorsey’s wife")."""
    return {w[:-2].lower() for w in words if w.endswith(POSSESSIVE_ENDINGS) and len(w) > 2}


def _modifiers(words: list[str], head: str) -> set[str]:
    """The capitalised words beside a role's head: no title, no determiner, no possessive ending."""
    found = set()
    for word in words:
        low = word.lower().rstrip(".")
        if word[:1].isupper() and low not in _NOT_MODIFIERS and head not in low:
            found.add(low.removesuffix("’s").removesuffix("'s"))
    return found


def says_the_other(written: str, pronoun: str) -> bool:
    """Whether the words of a mention or a subject (a title, a role, a first name: :data:`GENDERED`)
    say "he" where ``pronoun`` is "she", or the reverse: then the pronoun stands for someone else."""
    said = {GENDERED.get(w.lower().strip(".,")) for w in written.split()} - {None}
    return pronoun in ("he", "she") and bool(said) and pronoun not in said


def indefinite(written: str) -> bool:
    """ "a person close to the Clintons", "one party": a description that brings in someone new, no
    one the article named before (whose role it may share)."""
    first = written.split()[:1]
    return bool(first) and first[0].lower() in INDEFINITE_DETERMINERS


SECOND_PERSON = frozenset(("you", "y'all", "ye"))
"""Pronouns for the one addressed: they stand for no subject the article named before."""
FIRST_PERSON = frozenset(("i", "me", "we", "us"))
"""Pronouns for the one speaking: outside every quote that is the writer of the article ("In my
column, I wrote that “…”"), who is not a subject the article named before."""
