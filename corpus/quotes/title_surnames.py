"""A surname that is also a title or a role word: "Tishana King", "Jack White", "Mark Judge", "Gov.
Jim Justice", "Erik Prince", "Mr. King".

The cue grammar ends a name at a title's word (:func:`corpus.quotes.name_ends.trailing_name`:
"Secretary of State", "Jordan's King"), so a speaker whose surname is one of these was read as a
description with no name ("said Tishana King" gave no one), and alone ("King told the Daily News")
a surname only after a given name the tables know ("Billy King"). Here such a word ends a name when
the word written before it is someone's: a form of address ("Mr. King") or a first name, that is a
capitalised word that is no title, role, nationality or ordinary word ("Tishana"; not "Burger
King", "Criminal Justice", "Saudi King", "Crown Prince", "Federal Judge").
"""

from __future__ import annotations

from corpus.ingest.lazy_regex import compiled_on_first_use
from corpus.quotes.lexicon import COURTESY_TITLES, is_nationality
from corpus.quotes.name_ends import trailing_name, word_key, words_before

TITLE_SURNAMES = frozenset("king white judge justice prince".split())
"""Title and role words of the cue grammar (``name_ends._NOT_IN_NAME``) that are common surnames
(the US census's: King 37th, White 24th; Prince, Justice, Judge in the thousands); not "house",
"head" or "chancellor", which end organisations' names after a given name ("Clarence House")."""

_ADDRESS = frozenset(COURTESY_TITLES)
"""Forms of address before a surname alone ("Mr. King", "Ms. White")."""

_FIRST_WORD = compiled_on_first_use(r"[A-Z][a-z]+(?:[-’'][A-Z]?[a-z]+)?")
"""A first name as written: capitalised, letters, perhaps hyphened ("Tishana", "Mary-Kate")."""


def _first_name(word: str) -> bool:
    """Whether ``word`` could be the first name before a title surname: capitalised letters that are
    no title, role or determiner (``trailing_name`` keeps it), no nationality and no ordinary word
    (the tables' words written lower case that open no name: "Burger", "Criminal", "Crown")."""
    from corpus.quotes.names import ordinary_word, shipped_tables  # names reads roles: imported when asked

    if _FIRST_WORD().fullmatch(word) is None or is_nationality(word):
        return False
    return trailing_name([word]) == 0 and not ordinary_word(word.lower(), shipped_tables())


def name_start(words: list[str]) -> int | None:
    """Where the name ending ``words`` starts when its last word is a title surname after someone's
    first name or a form of address ("said Tishana King", "Mr. King said", "said Billie Jean King"),
    else None. Asked only where ``trailing_name`` found no name (a set lookup first: cheap)."""
    n = len(words)
    if n < 2 or word_key(words[-1]) not in TITLE_SURNAMES:
        return None
    before = words[-2]
    if before.rstrip(".").lower() in _ADDRESS:
        return n - 1  # "Mr. King": the surname, the form of address its role
    if not _first_name(before):
        return None
    return trailing_name(words[:-1])


def lone_title_surname(text: str, word: str) -> bool:
    """Whether a lone title surname ("King told the Daily News") is the surname of a name the article
    writes with a first name before it ("Tishana King is the only witness …")."""
    if word_key(word) not in TITLE_SURNAMES or not word[:1].isupper():
        return False
    return any(_first_name(before) for before in words_before(text, word, _WORD_BEFORE()))


_WORD_BEFORE = compiled_on_first_use(r"(?<![\w’'.-])([A-Z][\w’'-]*)$")
"""A capitalised word, which may be a title ending in a period ("Mr."), right before the surname."""
