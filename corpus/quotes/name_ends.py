"""Where a name ends and what stands before it: the name at the end of the words read back from a
cue (:func:`trailing_name`: "Secretary of State {Condoleezza Rice}", "the {European Council}"),
and whether a lone word an article also writes after a given name is a surname ("Cuban" of "Mark
Cuban", :func:`lone_surname`). Split from :mod:`corpus.quotes.roles`, which reads the role before
the name."""

from __future__ import annotations

import re
from functools import lru_cache

from corpus.ingest.lazy_regex import compiled_on_first_use
from corpus.quotes.lexicon import (
    ABBREVIATED_NAME_WORDS,
    DETERMINERS,
    FIELDS,
    FIRST_PERSON_POSSESSIVES,
    NAME_PARTICLES,
    NATIONALITIES,
    ORG_ADJECTIVES,
    ORG_HEADS,
    ORG_WORDS,
    PLACE_QUALIFIERS,
    POSSESSIVE_ENDINGS,
    ROLE_WORDS,
    TITLES,
    ends_as_plural,
    has_joined_article,
    is_nationality,
)


@lru_cache(maxsize=1 << 14)
def word_key(tok: str) -> str:
    """A token lower case, a trailing period off past three letters: kept per word and process (the
    phrase grammar asks it of every token it reads)."""
    return tok.lower().rstrip(".") if len(tok) > 3 else tok.lower()


def is_capitalised(tok: str) -> bool:
    return tok[:1].isupper() or (tok[:1] == "(" and len(tok) > 2)


def strip_possessive(tok: str) -> str:
    for suffix in ("’s", "'s", "’", "'"):
        if tok.endswith(suffix) and len(tok) > len(suffix):
            return tok[: -len(suffix)]
    return tok


SCAN_LIMIT = 64
"""Occurrences of a word read to decide whether the article writes it as a name (bounded work)."""
NEXT_WORD_REACH = 24
"""Characters after a word read for the word that follows it."""


MODIFIER_ENDINGS = ("-based", "-born")
"""Endings of an adjective made of a place and a participle: before a name it says where someone
is from (it ends the name read back from a cue), and alone it is no role
(:mod:`corpus.quotes.reader_roles`)."""


_NOT_IN_NAME = ROLE_WORDS | TITLES | DETERMINERS
"""Words that end the name read back from a cue: a role, a title, a determiner."""


NAMING_POSSESSIVES = frozenset(FIRST_PERSON_POSSESSIVES)
"""Possessive determiners that open an organisation's name, written capitalised before another
capitalised word that is no title nor role ("Our Revolution", "Our Principles PAC", "My Brother's
Keeper"); not "Our reporter", "Our President Jane Roe" (the article's own words)."""

NAMED_UNITS = _NOT_IN_NAME & ORG_HEADS
"""Role words that end an organisation's name after a capitalised word ("Fisheries Council", "White
House", "Justice Department"); alone after a determiner they are a description ("the council")."""


def trailing_name(words: list[str]) -> int:
    """Where the name at the end of ``words`` starts: the trailing run of capitalised words that are
    not titles, nationalities or possessives."""
    # called for every phrase next to a cue: word_key, strip_possessive and the initial's regex are
    # written out, and the set of words that end a name is one set
    n = len(words)
    k = n
    one_name = False
    while k > 0:
        w = words[k - 1]
        first = w[:1]
        if first == "(" or not first.isupper():  # not capitalised, or in brackets
            if first == "(" and k == n:
                k -= 1
                continue
            if k < n and w in NAME_PARTICLES and (words[k][:1].isupper() or words[k] in NAME_PARTICLES):
                k -= 1  # "Bill de Blasio", "Alex van der Zwaan", "Osama bin Laden"
                continue
            if k == n and has_joined_article(w):
                k -= 1  # "Bashar al-Assad"
                continue
            break
        lower = w.lower()
        low = lower.rstrip(".") if len(w) > 3 else lower  # word_key
        if low in _NOT_IN_NAME or is_nationality(w):
            if low in NAMING_POSSESSIVES and k < n and word_key(words[k]) not in _NOT_IN_NAME:
                k -= 1  # "Our Revolution", "Our Principles PAC": an organisation's name opening so
                break
            if k == n >= 2 and low not in _NOT_IN_NAME and _surname_after(words[-2], w):
                k -= 1  # "Mark Cuban", "Aris Shirvanian": a surname written as a nationality
                continue
            before = words[k - 2] if k == n >= 2 and low in NAMED_UNITS else ""
            if before[:1].isupper() and word_key(before) not in DETERMINERS:
                k -= 2  # "the European Council", "the White House": an organisation's name, no role
                continue
            organisation = k < n and (one_name or word_key(words[-1]) in ORG_HEADS)
            if organisation and (is_nationality(w) or low in ORG_ADJECTIVES):
                k -= 1  # "European Union", "National Rifle Association": the organisation's name, no role
                continue
            if k == n - 1 and _opens_a_name(w, low):
                k -= 1  # "Saudi Arabia", "The American Legion", "National Review": one name, no role
                one_name = True  # and "Democratic National Convention" goes on
                continue
            if k == n - 1 and low in FIELDS:
                # "Homeland Security Investigations": a field before one word names an organisation
                while k > 0 and is_capitalised(words[k - 1]) and word_key(words[k - 1]) not in DETERMINERS:
                    k -= 1
            break
        if lower.endswith(MODIFIER_ENDINGS):
            break  # "New York-based Human Rights Watch": a modifier, not part of the name
        if w[-1] == "." and len(w) > 3 and w[:-1].isalpha() and lower not in ABBREVIATED_NAME_WORDS:
            break  # "Dist. Atty. Steve Cooley": an abbreviated title, not a name
        if n - k >= 2 and (low in ORG_WORDS or (w.isupper() and len(w) > 1 and not _is_initial(w))):
            break  # "US Ambassador to NATO Julianne Smith", "the European Union Vladimir Chizhov"
        if k < n and ((len(w) > 2 and w.endswith(POSSESSIVE_ENDINGS)) or (len(w) > 1 and w[-1] in "’'")):
            break  # a possessive (what strip_possessive would cut)
        if k < n - 1 and ends_as_plural(w) and _ordinary_word(w) and is_given_name(words[k]):
            break  # "Director of Government Affairs Phil Smith": a common plural ends a name's first word
        k -= 1
    return k


def _surname_after(before: str, word: str) -> bool:
    """Whether a nationality's word at the end of a name is a surname: after a given name ("Mark
    Cuban"), or, when only its ending makes it a nationality ("Shirvanian", "Kardashian"; not
    "Russian"), after any capitalised word that is none ("Aris Shirvanian"; not "South African")."""
    if is_given_name(before):
        return True
    if word in NATIONALITIES or not is_capitalised(before) or is_nationality(before):
        return False
    return word_key(before) not in _NOT_IN_NAME and word_key(before) not in PLACE_QUALIFIERS


def is_given_name(word: str) -> bool:
    """A given name of the shipped name tables ("Mark"): a nationality after it is a surname, a
    first conjunct before "and" takes the surname after it ("David and Jeanne Heidler")."""
    from corpus.quotes.names import shipped_tables  # names reads roles: imported when first asked

    return word.lower() in shipped_tables().given_names


def _ordinary_word(word: str) -> bool:
    """A word the shipped name tables know, or its singular, as written lower case and as no given
    name ("Affairs", "Services"; not "Williams", "Adams")."""
    from corpus.quotes.names import shipped_tables  # names reads roles: imported when first asked

    tables = shipped_tables()
    low = word.lower()
    singular = low[:-1]  # the tables hold a plural's singular ("affair")
    return (low in tables.ordinary or singular in tables.ordinary) and not (
        low in tables.given_names or singular in tables.given_names
    )


def lone_surname(text: str, word: str) -> bool:
    """Whether a lone nationality's or title's word is a surname the article writes after a name's
    first word: "Cuban" of "Mark Cuban" (:func:`_surname_after`), "King" of "Billy King" (a given
    name only: "Capitol Police" gives no surname)."""
    if not word[:1].isupper() or ends_as_plural(word):
        return False  # "Officials said": a plural is no one's surname
    if is_nationality(word):
        return any(_surname_after(before, word) for before in words_before(text, word))
    if word_key(word) in _NOT_IN_NAME:
        return any(is_given_name(before) for before in words_before(text, word))
    return False


_WORD_BEFORE = compiled_on_first_use(r"(?<![\w’'-])([A-Z][a-z]+)$")


@lru_cache(maxsize=64)
def words_before(text: str, word: str, pattern: re.Pattern[str] | None = None) -> tuple[str, ...]:
    """The capitalised words ``text`` writes right before ``word`` (the first :data:`SCAN_LIMIT`
    times): read once per article and word, however often the article quotes by that word.
    ``pattern``: what such a word is, matched against the text that ends right before the space
    (by default a word of letters, "Jane"; :mod:`corpus.quotes.title_surnames` lets it end in a
    period, "Mr.")."""
    pattern = _WORD_BEFORE() if pattern is None else pattern
    # the word is found at C speed (str.find); a regex tried at every offset cost 1% of the finder
    found: dict[str, None] = {}
    at, seen, after = text.find(" " + word), 0, len(word) + 1
    while at > 0 and seen < SCAN_LIMIT:
        seen += 1
        end = at + after
        if end == len(text) or not (text[end].isalnum() or text[end] in "_-"):
            before = pattern.search(text, max(0, at - NEXT_WORD_REACH), at)
            if before is not None:
                found[before.group(1)] = None
        at = text.find(" " + word, at + 1)
    return tuple(found)


def _opens_a_name(word: str, low: str) -> bool:
    """A nation's or an organisation's adjective that makes one name with a single capitalised word
    after it ("Saudi Arabia", "American Airlines", "Federal Reserve"); not a party's or a role's
    ("Republican Cruz", "Former Smith"), which qualifies a person."""
    return low in ORG_ADJECTIVES or (low not in ROLE_WORDS and low != "former" and is_nationality(word))


def _is_initial(word: str) -> bool:
    """ "J." of "Nick J. Rahall", or initials written together, "G.K." of "G.K. Butterfield": a
    name's initials, not an organisation's capitals."""
    return (
        len(word) >= 2
        and len(word) % 2 == 0
        and all("A" <= word[i] <= "Z" and word[i + 1] == "." for i in range(0, len(word), 2))
    )
