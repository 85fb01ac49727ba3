"""A description that runs on through capitalised modifiers to its noun: "said a longtime GOP data
expert", "said one former GOP leadership aide", "said the presumptive Democratic presidential
nominee", "said one Trump confidant". The phrase after a cue used to stop at the first capitalised
word after the determiner's lower-case words and keep "a longtime" (a mention naming no one) or read
the capitalised word as a name ("one former GOP" → speaker "GOP").

Here the description is the determiner, its lower-case modifiers, the capitalised words (a party's,
an organisation's or a place's name) and up to :data:`NOUNS_AFTER` lower-case words, the last a noun
for a person (:func:`person_head`); the word after it must not be capitalised ("the Clinton campaign
spokesman Brian Fallon" names its speaker) and the head no organisation's ("the Sanders campaign"
is the campaign's name).
"""

from __future__ import annotations

from collections.abc import Callable

from corpus.quotes.affiliated import PEOPLE_NOUNS
from corpus.quotes.descriptions import source_heads
from corpus.quotes.lexicon import (
    CUE_WORDS,
    DETERMINERS,
    DOCUMENTS,
    LINK_WORDS,
    NON_NAME_WORDS,
    ORG_WORDS,
    OUTLET_WORDS,
    PREPOSITIONS,
    PRONOUNS,
    PUBLICATIONS,
)
from corpus.quotes.roles import Phrase, Token, is_capitalised, word_key

MODIFIERS_BEFORE = 3
"""At most this many lower-case words between the determiner and the capitalised ones ("one
unaligned", "a former top")."""
CAPITALS = 4
"""At most this many capitalised words modify the noun ("Republican National Committee")."""
NOUNS_AFTER = 3
"""At most this many lower-case words after the capitalised ones end at the head ("data expert",
"presidential nominee", "law enforcement official")."""
_NOT_MODIFIERS = NON_NAME_WORDS | LINK_WORDS | PREPOSITIONS | PRONOUNS | CUE_WORDS | DETERMINERS
"""Closed-class words and cue words: never a description's modifier, so the phrase ends before them."""
_NOT_PERSON_HEADS = ORG_WORDS | OUTLET_WORDS | DOCUMENTS | PUBLICATIONS
"""A head naming an organisation, an outlet or a document makes the capitalised words its name or
its author ("the Sanders campaign", "the Trump administration", "a Times article"): read as before."""


def person_head(word: str, is_role_noun: Callable[[str], bool]) -> bool:
    """A lower-case noun for a person that ends a description: a role noun (``is_role_noun``, the
    cue grammar's) or a head PolNeAR writes described speakers with, not an organisation's or an
    outlet's word; or a singular noun of people ("confidant", "insider": ``affiliated.PEOPLE_NOUNS``)."""
    if word in _NOT_PERSON_HEADS:
        return False
    return is_role_noun(word) or word in source_heads()[0] or word in PEOPLE_NOUNS


def _modifier(word: str) -> bool:
    return word.replace("-", "").isalpha() and word.islower() and word not in _NOT_MODIFIERS


def _capital(word: str) -> bool:
    bare = word.rstrip(".").replace(".", "").replace("-", "")
    return is_capitalised(word) and bare.isalpha() and word_key(word) not in _NOT_MODIFIERS


def through_capitals(toks: list[Token], is_role_noun: Callable[[str], bool]) -> Phrase | None:
    """The description ``toks`` opens with a determiner when capitalised modifiers stand between
    its lower-case words and its person noun ("a longtime GOP data expert"); else None."""
    if not toks or word_key(toks[0][2]) not in DETERMINERS:
        return None
    k = 1
    while k < len(toks) and k <= MODIFIERS_BEFORE and _modifier(toks[k][2]):
        k += 1
    first_capital = k
    while k < len(toks) and k - first_capital < CAPITALS and _capital(toks[k][2]):
        k += 1
    last = toks[k - 1][2]
    if k == first_capital or (last.endswith(".") and "." not in last[:-1]):
        return None  # no capitalised modifier, or the sentence ends at it (not "U.S.")
    head = -1
    for j in range(k, min(len(toks), k + NOUNS_AFTER)):
        word = toks[j][2].rstrip(".,")
        if not _modifier(word):
            break
        if word in _NOT_PERSON_HEADS:
            return None  # "The French foreign ministry": an organisation, whatever came before
        if person_head(word, is_role_noun):
            head = j
        if toks[j][2] != word:
            break  # "aide." ends the phrase
    if head < 0:
        return None
    if head + 1 < len(toks) and is_capitalised(toks[head + 1][2]) and toks[head][2][-1:].isalpha():
        return None  # "the campaign spokesman Brian Fallon": the name is the speaker
    end = toks[head][0] + len(toks[head][2].rstrip(".,"))
    text = " ".join(t[2] for t in toks[: head + 1]).rstrip(".,")
    return Phrase(toks[0][0], end, None, text, description=True)


_NAME_ENDS = frozenset((",", ".", ":", ";", "who", "whose", "—"))
"""What may follow a name after a determiner's adjectives: the phrase ends there."""


def name_after_modifiers(toks: list[Token], is_role_noun: Callable[[str], bool]) -> list[Token] | None:
    """The name after a determiner and its lower-case adjectives ("said a tearful Jane Roe, who",
    "said the prophetic Dr Jane Roe:"): two or more capitalised words ending the phrase, no person
    noun among the adjectives (a role before a name is read as one: "said the actor Jane Roe")."""
    if not toks or word_key(toks[0][2]) not in DETERMINERS:
        return None
    k = 1
    while k < len(toks) and k <= MODIFIERS_BEFORE and _modifier(toks[k][2]):
        if person_head(toks[k][2], is_role_noun):
            return None
        k += 1
    first_capital = k
    while k < len(toks) and k - first_capital < CAPITALS and _capital(toks[k][2]):
        k += 1
    if first_capital == 1 or k - first_capital < 2:
        return None
    last = toks[k - 1][2]
    ends = k == len(toks) or toks[k][2] in _NAME_ENDS or (last.endswith(".") and "." not in last[:-1])
    return toks[first_capital:k] if ends else None


_BACK_REACH = MODIFIERS_BEFORE + CAPITALS + NOUNS_AFTER
"""At most this many words of a description stand before its head (before a cue)."""


def description_back(
    toks: list[Token], start: int, head: int, is_role_noun: Callable[[str], bool]
) -> Phrase | None:
    """The whole description whose head is ``toks[head]``, when the subject read before a cue began
    only at ``toks[start]`` ("A longtime GOP data {expert} said", "The presumptive {Democratic
    presidential nominee} called", "A longtime {aide} said"): back over lower-case and capitalised
    modifiers to the determiner, the phrase :func:`through_capitals` reads from it ending at the same
    head (or, with no capitalised word, the determiner's lower-case words and the head); else None."""
    k = start - 1
    while k >= 0 and head - k <= _BACK_REACH and word_key(toks[k][2]) not in DETERMINERS:
        if not (_modifier(toks[k][2]) or _capital(toks[k][2])):
            return None
        k -= 1
    if k < 0 or word_key(toks[k][2]) not in DETERMINERS or k == start - 1 or head - k > _BACK_REACH:
        return None
    end = toks[head][0] + len(toks[head][2].rstrip(".,"))
    wide = through_capitals(toks[k : head + 1], is_role_noun)
    if wide is None and any(not _modifier(t[2]) for t in toks[k + 1 : start]):
        return None  # a capitalised word the phrase does not read through ("the Sanders campaign aide")
    if wide is not None and wide.end != end:
        return None
    # the role without its determiner, as the subject before a cue reads one ("senior aide")
    role = " ".join(t[2] for t in toks[k + 1 : head + 1]).rstrip(".,")
    return Phrase(toks[k][0], end, None, role, description=True)
