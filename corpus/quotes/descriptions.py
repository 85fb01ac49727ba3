"""Descriptions and groups among the candidate speakers: the noun phrases a determiner or a
quantifier opens ("the senator", "a campaign spokesman", "one of the protesters", "the 46-year-old",
"the two") or a bare plural heads ("federal prosecutors"), read by
:func:`corpus.quotes.candidates.read_mentions`.

An age heading a description is one ("“…,” said the 46-year-old", "The 57-year-old scientist
says": :data:`AGE`; whom "the" such description stands for is ``described.aged_person``'s), and so
is a number ending a noun phrase after "the" ("“…,” the two write": :data:`PAIR_NUMBERS`, a group).
With both, "it" after "now" or "does" before a verb of saying (``candidates._it_says``) and the cue
grammar reading an age as a description's head (``after_cue``, ``phrases``), h-acc18,
``train/no_speaker.py --c 3 --margins 0`` (CV refitted per fold / dev): asked beyond 80 as shipped
0.9047 / 0.9332 -> 0.9058 / 0.9332, every quote 0.9135 / 0.9332 -> 0.9146 / 0.9344; on held-out
train folds 631 -> 624 quotes wrong: "no one chosen" 20 -> 15 (the ages, "the two write"), "gold
Source no candidate" 74 -> 73 (a relative or "it" 20 -> 18), a term 47 -> 46.
Tried and left out there: the 2-letter head "ad" learned too (``train/source_heads.py`` with heads of
two letters: 0.9053 -> 0.9050, every quote the same), and the role nouns of ``role_heads.json`` as
heads ("the billionaire", "the front-runner": 0.9053 -> 0.9052, dev 0.9332 -> 0.9319; the cue
grammar reads them already where the ranker is not asked).
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from corpus.ingest.lazy_regex import compiled_on_first_use
from corpus.quotes.lexicon import (
    CUE_WORDS,
    DETERMINERS,
    FINITE_CUES,
    FUNCTION_WORDS,
    NON_NAME_WORDS,
    ORG_WORDS,
    OUTLET_WORDS,
    PLURALS_WITHOUT_S,
    PREPOSITIONS,
    ROLE_WORDS,
    ends_as_plural,
)

Token = tuple[int, int, str]
Mention = tuple[int, int, str]
"""A mention's start, end and kind."""

OPENERS = frozenset("the a an his her their its another one".split())
"""Words that open a description ("the senator", "one attendee", "his spokesman")."""
GROUP_OPENERS = frozenset("many some several most both".split())
"""Quantifiers that open a group ("many commentators", "some of the protesters")."""
_DESCRIPTION_HEADS = (ROLE_WORDS | ORG_WORDS | OUTLET_WORDS) - frozenset(
    "former top senior vice state national the deputy assistant acting interim house white".split()
)
"""A description ends with one of these ("the senator", "a campaign spokesman", "the committee") or
with a head PolNeAR writes speakers with (:func:`source_heads`)."""
SOURCE_HEADS_FILE = Path(__file__).with_name("source_heads.json")
_MODIFIER_STOPS = NON_NAME_WORDS | PREPOSITIONS | FUNCTION_WORDS | CUE_WORDS | DETERMINERS | {"of"}
"""Words that are no modifier of a plural head: a bare group ("federal prosecutors", "hundreds of
protesters") starts after them."""
GROUP_MODIFIERS = 2
"""At most this many words before a bare plural head belong to it ("many young voters")."""


@cache
def source_heads() -> tuple[frozenset[str], frozenset[str]]:
    """The heads a description may end with (the rules' role, organisation and outlet words and the
    heads PolNeAR train writes its described speakers with, ``train/source_heads.py``), and those of
    them that are plural: a plural head needs no determiner ("officials said", "Critics say")."""
    learned = frozenset(json.loads(SOURCE_HEADS_FILE.read_text(encoding="utf-8"))["heads"])
    plural = frozenset(w for w in learned if _plural(w))
    return _DESCRIPTION_HEADS | learned, plural


def _plural(word: str) -> bool:
    return word in PLURALS_WITHOUT_S or ends_as_plural(word)


def description_at(toks: list[Token], i: int, heads: frozenset[str]) -> Mention | None:
    """The description an opener starts ("the senator", "a campaign spokesman"): a "description"
    when its head is one of the rules' role, organisation or outlet words, a "group" when it is only
    one of the heads learned from PolNeAR ("one of the protesters", "many commentators")."""
    opener = toks[i][2].lower()
    last = i
    while last + 1 < len(toks) and last + 1 <= i + 4 and toks[last + 1][2][:1].isalpha():
        last += 1
    if last - i < AGE_AT and last + 1 < len(toks) and toks[last + 1][2][:1].isdigit() and opener in OPENERS:
        aged = _aged(toks, i, last + 1)  # the loop stopped at a word opening with no letter: an age?
        if aged is not None:
            return aged
    words = [toks[j][2].lower() for j in range(i + 1, last + 1)]
    if opener == "the" and words and words[0].rstrip(".,") in PAIR_NUMBERS and _ends_phrase(toks, i + 1):
        return (toks[i][0], toks[i + 1][1] - (len(words[0]) - len(words[0].rstrip(".,"))), "group")
    if opener in OPENERS:
        for j, word in enumerate(words, i + 1):
            if word.rstrip("’'s") in _DESCRIPTION_HEADS:
                k = j
                while k + 1 < len(toks) and toks[k + 1][2].lower() in _DESCRIPTION_HEADS:
                    k += 1
                return (toks[i][0], toks[k][1], "description")
    for j, word in enumerate(words, i + 1):
        bare = word.rstrip(".")
        if bare in heads or bare.rstrip("’'s") in heads:
            return (toks[i][0], toks[j][1] - (len(word) - len(bare)), "group")
    return None


AGE = compiled_on_first_use(r"\d{1,3}-year-old")
"""An age written as a modifier: "said the 46-year-old", "the 57-year-old scientist says". PolNeAR
train writes such a description as a Source (no name in it) 16 times, and the cue grammar reads no
head in it; ``described.aged_person`` says whom "the" such description stands for."""
AGE_AT = 2
"""The age is at most this many words after its opener ("the 46-year-old", "the American-born
29-year-old")."""
AGE_NOUNS = 2
"""At most this many lower-case words after the age belong to the description ("the 57-year-old
scientist", "the 68-year-old former secretary")."""
_AGE_STOPS = _MODIFIER_STOPS | frozenset(
    "is was has had have will would could can who whose whom says said".split()
)
"""Words after an age that end its description: a verb, a preposition, a relative."""


def _aged(toks: list[Token], i: int, at: int) -> Mention | None:
    """The description an age makes after the opener ``toks[i]`` (its age at ``at``), up to
    :data:`AGE_NOUNS` nouns after it; its full stop or comma left out."""
    word = toks[at][2]
    bare = word.rstrip(".,;:")
    if not (bare[:1].isdigit() and AGE().fullmatch(bare)):
        return None
    if bare == word and at + 1 < len(toks) and toks[at + 1][2][:1].isupper():
        return None  # "the 27-year-old Escalante": the name is the mention
    k = at
    if bare == word:
        while k + 1 < len(toks) and k - at < AGE_NOUNS:
            noun = toks[k + 1][2]
            plain = noun.rstrip(".,;:")
            if not (plain.isalpha() and plain.islower()) or plain in _AGE_STOPS or plain.endswith("ly"):
                break
            k += 1
            if plain != noun:
                break
    end = toks[k][1] - (len(toks[k][2]) - len(toks[k][2].rstrip(".,;:")))
    return (toks[i][0], end, "description")


PAIR_NUMBERS = frozenset("two three four".split())
"""A number after "the" that ends its noun phrase stands for the people just named ("“…,” the two
write"): PolNeAR marks it as the Source."""


def _ends_phrase(toks: list[Token], k: int) -> bool:
    """Whether the noun phrase ends with token ``k``: a stop, or a verb or pronoun after it."""
    word = toks[k][2]
    if word[-1:] in ".,;:" or k + 1 == len(toks):
        return True
    nxt = toks[k + 1][2].lower().rstrip(".,;:")
    said = nxt in CUE_WORDS or nxt in FINITE_CUES or nxt + "s" in FINITE_CUES  # "the two write"
    return not nxt[:1].isalpha() or said or nxt in _AGE_STOPS


def group_start(toks: list[Token], head: int) -> int:
    """The first word of a bare plural's phrase: the lower-case modifiers just before its head."""
    k = head
    while k > 0 and head - k < GROUP_MODIFIERS:
        word = toks[k - 1][2]
        if not (word.isalpha() and word.islower()) or word in _MODIFIER_STOPS or word.endswith("ly"):
            break
        k -= 1
    return k
