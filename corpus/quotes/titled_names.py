"""The titles an article writes before a person's name anywhere ("is also planning to meet with
President Trump", "French President Emmanuel Macron"), so that "the president" stands for the
person named "Mr. Trump" or "Trump" in the sentences before it.

A description stands for the most recent subject whose role fits it
(:func:`corpus.quotes.mention_speakers.resolve`), but the role is read where the subject is named,
and news names a person by their title once ("President Trump" in the lead, often as an object) and
by "Mr. Trump" after: "the president said" then named no one. Here the subject's surname is looked
up where the article writes a title before it, and the title phrase read there stands as its role.
The head must be a word of that title ("the president" is no "presidential candidate").
"""

from __future__ import annotations

import re
from functools import lru_cache

from corpus.quotes.lexicon import COURTESY_TITLES, ROLE_WORDS, TITLES
from corpus.quotes.office_owners import place_owner
from corpus.quotes.subject_traits import role_words

TITLE_WORDS_BEFORE = 4
"""Words read before a surname for its title ("Japanese Prime Minister Shinzo Abe")."""
_LOOK_BACK = 60
_SCAN_LIMIT = 64
"""Places of a surname read (bounded work on a name written hundreds of times)."""
_COURTESY = frozenset(COURTESY_TITLES)


@lru_cache(maxsize=256)
def titles_before(masked: str, surname: str) -> tuple[str, ...]:
    """The title phrases ``masked`` writes right before ``surname`` (with a given name or initials
    between, perhaps): "President", "French President", "Japanese Prime Minister"; courtesy titles
    ("Mr.") left out. Read once per article and surname."""
    found: dict[str, None] = {}
    at, seen = masked.find(" " + surname), 0
    while at > 0 and seen < _SCAN_LIMIT:
        seen += 1
        end = at + 1 + len(surname)
        if end >= len(masked) or not (masked[end].isalnum() or masked[end] in "-"):
            title = _title_in(masked[max(0, at - _LOOK_BACK) : at].split()[-TITLE_WORDS_BEFORE:])
            if title:
                found[title] = None
        at = masked.find(" " + surname, at + 1)
    return tuple(found)


def _title_in(words: list[str]) -> str | None:
    """The title phrase ending the capitalised words before a name, its given names dropped."""
    k = len(words)
    while k > 0 and words[k - 1][:1].isupper() and not _a_title(words[k - 1]):
        k -= 1  # the given name, middle names, initials
    last = k
    while k > 0 and words[k - 1][:1].isupper() and re.fullmatch(r"[\w.’'-]+", words[k - 1]):
        k -= 1
    title = words[k:last]
    if not title or not _a_title(title[-1]) or title[-1].rstrip(".").lower() in _COURTESY:
        return None
    return " ".join(title)


def _a_title(word: str) -> bool:
    low = word.lower()
    return low in TITLES or low.rstrip(".") in TITLES or low in ROLE_WORDS


def a_title_word_of(head: str, title: str) -> bool:
    """Whether ``head`` ("president") is a word of ``title`` ("French President"), not a part of
    one ("Presidential")."""
    return head.lower() in role_words(title).split()  # "Sen." is "senator"


def opens_as_a_holder(words: list[str]) -> bool:
    """Whether a description's words (``description.split()``) open as one that can name a title's
    holder does (:func:`names_a_holder`): with "the" or a place's possessive, whatever the title."""
    return bool(words) and (words[0].lower() == "the" or place_owner(words[0]) is not None)


def names_a_holder(description: str, head: str, title: str) -> bool:
    """Whether a definite description ("the president", "Israel's prime minister", "the former
    president") can name the holder of ``title``: it opens with "the" or a place's possessive (not
    "its", "his": someone else's officer), its head is a word of the title, and each role word it
    qualifies the head with is the title's too ("the vice president" is no "President")."""
    words = description.split()
    if not opens_as_a_holder(words):
        return False
    if not a_title_word_of(head, title):
        return False
    held = set(role_words(title).split())
    qualifiers = [w.lower() for w in words[1:-1] if w.lower() in ROLE_WORDS or w.lower() in TITLES]
    return all(q in held for q in qualifiers)
