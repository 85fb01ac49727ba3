"""A role held towards someone or somewhere else: "Israel's ambassador to the United States", "the
former top aide to President George W. Bush", "an adviser to Trump". The name after "to" is whom
the role serves, not the speaker: the phrase is a description (the cue grammar's trailing name gave
"United States" the ambassador's words, George W. Bush his aide's). Not "Ambassador to France Jane
Roe", where a name with its own given name follows the place.
"""

from __future__ import annotations

from corpus.quotes.lexicon import DETERMINERS, ROLE_WORDS, TITLES
from corpus.quotes.name_ends import is_given_name, word_key

_BEFORE_THE_OBJECT = DETERMINERS | TITLES
"""Words between "to" and the name it governs ("to the United States", "to President Bush")."""


def serves_the_name(role_words: list[str], name_words: list[str]) -> bool:
    """Whether the name a run ends with is the object of "to" after a role ("ambassador to the
    United States"): nothing but a determiner or a title between them, and the name either a
    person's opening with a given name ("George W. Bush") or one holding no given name at all (a
    place, an organisation, a surname alone); not a place glued before a person's name ("France Jane
    Roe", which the name cleaner trims)."""
    if "to" not in role_words or not name_words:
        return False
    at = len(role_words) - 1 - role_words[::-1].index("to")
    if not all(word_key(w) in _BEFORE_THE_OBJECT for w in role_words[at + 1 :]):
        return False
    if not any(word_key(w) in ROLE_WORDS for w in role_words[:at]):
        return False  # "according to Reuters", "to the best of": no role serving anyone
    givens = [is_given_name(w) for w in name_words]
    return givens[0] or not any(givens)
