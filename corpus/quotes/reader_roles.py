"""The role a reader sees beside a speaker's name (:func:`reader_role`): one person's job as the
articles write it, without what only looks like a role (a possessive's mark, a sentence's end, a
group's description, a courtesy title alone, the job of someone speaking for the named, a headline's
capitals glued before it). Split from :mod:`corpus.quotes.names`, which cleans the name itself."""

from __future__ import annotations

from functools import lru_cache
from typing import TypeAlias

from corpus.ingest.lazy_regex import compiled_on_first_use
from corpus.quotes.after_cue import VERBS
from corpus.quotes.lexicon import (
    CUE_WORDS,
    DETERMINERS,
    LINK_WORDS,
    ORG_ADJECTIVES,
    ORG_HEADS,
    OUTLET_WORDS,
    PARTY_MEMBERS,
    POSSESSIVE_ENDINGS,
    PREPOSITIONS,
    ROLE_WORDS,
    SPEAKS_FOR,
    TITLES,
    ends_as_plural,
)
from corpus.quotes.name_ends import MODIFIER_ENDINGS, word_key
from corpus.quotes.names import NameTables, shipped_tables
from corpus.quotes.person_titles import title_before_name
from corpus.quotes.role_places import given_name_before, written_as_a_place
from corpus.quotes.surnames_after_titles import person_surnames

_titled_surnames = lru_cache(maxsize=4)(person_surnames)  # one article's quotes ask in turn


def reader_role(
    role: str | None,
    tables: NameTables | None = None,
    mention: str = "",
    *,
    named: tuple[str, str] | None = None,
    text: str = "",
) -> str | None:
    """A role as a reader sees it: an owner's possessive mark dropped ("CNN’s" -> "CNN"), a sentence's
    period too ("congressman."); none when it ends on a link word ("Continues to": a sentence's
    words, not a role), and none when the ``mention`` as written gives it to someone speaking for
    the one named ("A spokesman for Mueller": the spokesman's job, not Mueller's).

    ``named`` is the name as the mention gave it and as the reader sees it: the title words the
    name's cleaning took off its front go on to the role they followed ("Public" + "Advocate" of
    "Public Advocate Jane Roe"). Given the article's ``text``, a one-word role that is a place the
    article writes ("in Florida") or a surname it gives a titled person is none (someone else's)."""
    if role is None and named is not None and named[1]:
        role = title_before_name(mention, named[1])  # "Dr." of "Dr. Jane Roe": no job, but a title
    if role is None or _speaks_for_the_named(role, mention):
        return None
    tables = shipped_tables() if tables is None else tables
    if named is not None:
        role = role + _title_taken_off(*named, tables)
    role = role.rstrip()
    for mark in ("’s", "'s", "’", "'"):
        if role.endswith(mark) and len(role) > len(mark):
            role = role[: -len(mark)].rstrip()
            break
    if role.endswith(".") and len(role.split()[-1]) > _LONGEST_ABBREVIATION:
        role = role[:-1]  # "congressman." but "Sen.", "Lt. Gen."
    elif _courtesy_title_after_role(role.split()):
        role = role.rsplit(None, 1)[0]  # "panel Chairman Rep." of "… Rep. Jane Roe": her job is the chair
    # (the pattern opens with \b, tried at every position: most roles hold no ". " for it to find)
    ends = [m.end() for m in _SENTENCE_IN_ROLE().finditer(role)] if ". " in role else None
    if ends:
        role = role[ends[-1] :]  # "Interior Secretary Ken Salazar. Commerce Secretary": the last sentence's
    words = role.split()
    if words and _an_opening_verb(words[0], tables) and (len(words) == 1 or words[1][:1].isupper()):
        # "Recall Sen. Jane Roe said", "Enter The Daily Planet." (not "Meet the Press host")
        words = words[1:]
        role = " ".join(words)
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
    first = words[0].lower()  # (most roles' first word is neither an address nor a modifier)
    if first.rstrip(".") in FORMS_OF_ADDRESS and all(
        w.lower().rstrip(".") in FORMS_OF_ADDRESS for w in words
    ):
        return None  # "Mr." of "Mr. Comey said": how the article addresses him, not what he does
    if _a_group_s_description(words, tables):
        return None  # "Producers Laurence Mark and Bill Condon", "one of his girlfriends, Joycelyn Savage"
    if (first in ROLE_MODIFIERS and all(w.lower() in ROLE_MODIFIERS for w in words)) or (
        len(words) == 1 and first in ORG_ADJECTIVES
    ):
        return None  # "former" of "former Gov. and Chairman Jane Roe", "Public": a modifier, its noun lost
    words = _after_someone_else(words, tables)
    role = " ".join(words)
    if text and len(words) == 1 and _someone_or_somewhere_else(words[0], text):
        return None  # "Florida’s Jane Roe", "Clinton State Department"
    if len(words) > 1 and words[0] in _OPENING_POSSESSIVES:
        role = words[0].lower() + role[len(words[0]) :]  # "His sister, Mahnefah Gray, …"
    return role


RolesSeen: TypeAlias = "dict[tuple[str | None, str, str, str], str | None]"
"""The roles one article's reader sees, by the role written, the mention and its two names."""


def reader_role_once(
    role: str | None, tables: NameTables, mention: str, named: tuple[str, str], text: str, seen: RolesSeen
) -> str | None:
    """:func:`reader_role` asked once per article (``seen``: one article's, with ``text`` its text)
    for each role, mention and name: the answer depends on those and the text alone, and a speaker
    quoted again asks the same again."""
    key = (role, mention, *named)
    if key not in seen:
        seen[key] = reader_role(role, tables, mention, named=named, text=text)
    return seen[key]


def _courtesy_title_after_role(words: list[str]) -> bool:
    """Whether a role ends on an abbreviated title after a role's noun ("committee Chairwoman Sen.",
    "panel Chairman Rep."): the title is how the article addresses the person, the noun is the job.
    Not after a modifier ("Democratic Sen.", "former Gov."), where the title is the whole job."""
    return (
        len(words) >= 2
        and words[-1].endswith(".")
        and words[-1].lower() in TITLES
        and not words[-2].endswith(".")
        and words[-2].lower() in TITLES  # a job's noun written out ("Chairman"; not "Police", "Lt.")
    )


def _an_opening_verb(word: str, tables: NameTables) -> bool:
    """A capitalised word PolNeAR train writes as a verb, no title nor an organisation's word: the
    verb of a sentence opening before the name ("Recall", "Enter"), not part of a role."""
    if not word[:1].isupper() or word.isupper() or word.lower() not in VERBS:
        return False
    return not _a_title(word, tables) and word_key(word) not in ORG_HEADS


def _a_title(word: str, tables: NameTables) -> bool:
    key = word_key(word)
    return key in tables.titles or key in TITLES or key in ROLE_WORDS or key in PARTY_MEMBERS


def _title_taken_off(written: str, shown: str, tables: NameTables) -> str:
    """The capitalised words the name's cleaning took off the front of the name as written, to be
    read after the role before them; none when a possessive is among them (another's: "Roe's")."""
    words, kept = written.split(), shown.split()
    if len(words) <= len(kept) or words[len(words) - len(kept) :] != kept:
        return ""
    taken = words[: len(words) - len(kept)]
    if any(w[-1] in "’'" or w.endswith(POSSESSIVE_ENDINGS) for w in taken):
        return ""
    if not (taken[0][:1].isupper() and taken[-1][:1].isupper()):
        return ""
    if not all(w[:1].isupper() or w in LINK_WORDS for w in taken):
        return ""  # "Gov. and Democratic National Committee Chairman": titles joined, no sentence's words
    if not _a_title(taken[-1], tables):
        return ""  # "Will" of "Will Roe", a given name the cleaning read as an ordinary word
    return " " + " ".join(taken)


ROLE_MODIFIERS = frozenset(
    "former ex late then onetime one-time longtime long-time acting interim outgoing incoming "
    "current future erstwhile retired top senior".split()
)
"""Words that qualify a role's noun ("former governor"): alone, the role they qualified was lost."""


def _after_someone_else(words: list[str], tables: NameTables) -> list[str]:
    """A role read across another person's name and "and" ("Sen. Jeff Roe (R-AL) and former Mayor"
    of "… and former Mayor John Doe") without that person: what follows the last "and"."""
    if "and" not in words:
        return words
    at = len(words) - 1 - words[::-1].index("and")
    before = words[:at]
    for k in range(len(before) - 1):
        given, surname = before[k], before[k + 1]
        person = given.lower() in tables.given_names and given[:1].isupper() and surname[:1].isupper()
        # (a state's or an organisation's words are no person's: "California Department of …")
        if person and given not in US_STATES and word_key(surname) not in ORG_HEADS:
            return words[at + 1 :] or words
    return words


US_STATES = frozenset(
    "Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii "
    "Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan "
    "Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania "
    "Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming".split()
)
"""The one-word states of the US (the US news the speakers list is most read on): a state alone
before a name ("Florida’s Jane Roe") says where the speaker is from, not what they do."""
# how an article writes a place: "in Florida" (no outlet, party or person is written so), not in a
# longer name ("in Florida State"): :func:`corpus.quotes.role_places.written_as_a_place`


def _someone_or_somewhere_else(word: str, text: str) -> bool:
    """True when a one-word role is a place the article writes ("in Florida") or the surname of a
    person it titles ("President Jane Roe"): whose or where the speaker is, not what they do."""
    if not word[:1].isupper() or word_key(word) in TITLES or word_key(word) in ROLE_WORDS:
        return False
    if word.lower() in _titled_surnames(text) or word in US_STATES:
        return True
    if written_as_a_place(word, text):
        return True
    return _a_person_s_surname(word, text)


def _a_person_s_surname(word: str, text: str) -> bool:
    """True when the article writes ``word`` after a given name ("Jane Roe" for "Roe’s Acme"): a
    person's surname, whose the speaker is, not what they do."""
    if word_key(word) in ORG_HEADS or word_key(word) in OUTLET_WORDS:
        return False  # "Post" of "Washington Post": a name's head, though "Washington" is a given name
    return given_name_before(word, text, shipped_tables().given_names)


def _speaks_for_the_named(role: str, mention: str) -> bool:
    """True when the mention holds a word of the role as one who speaks "for" someone else ("a
    spokesman for Roe", "a spokesman for committee Democrats")."""
    low = mention.lower()
    for word in role.lower().split():
        if word in SPEAKS_FOR and (f"{word} for " in low or f"{word} to " in low):
            return True
    return False


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
_SENTENCE_IN_ROLE = compiled_on_first_use(rf"\b[A-Za-z]{{{_LONGEST_ABBREVIATION},}}\. +(?=[A-Z])")
"""A sentence's end inside a role read across it: a word longer than an abbreviation, a period, a
capital ("… Ken Salazar. Commerce Secretary"; not "Lt. Gen." nor "U.S. District Judge")."""
