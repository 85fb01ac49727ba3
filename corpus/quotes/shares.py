"""A share of a group written "four in 10", the subject of a cue: "About four in 10 Republican voters
say", "one in five said" (issue 15). A poll's answer, as "52 percent of voters said" is
(:func:`share_before`): PolNeAR marks the whole share as the Source, a group with no named
speaker. Before, "in 10" was read as a time between subject and verb ("who in 2010 said") and the
rules gave the sentence's opening word ("{About}") as the speaker. So are a poll's respondents
("those surveyed said": :func:`respondents_before`).
"""

from __future__ import annotations

from corpus.quotes.lexicon import NUMBER_WORDS, SHARE_QUALIFIERS, SHARE_WORDS
from corpus.quotes.roles import Phrase, Token, word_key


def in_ten_before(toks: list[Token], i: int) -> int | None:
    """Where "in 10" stands in a share written "four in 10 (Republican) voters said", "one in five
    said" (the token of "in"), reading back over at most :data:`_IN_TEN_WORDS` words of the group
    after it; None where the phrase is no such share."""
    k = i
    while (
        k > 2 and i - k < _IN_TEN_WORDS and toks[k][2].isalpha() and toks[k][2].lower() not in _IN_TEN_STOPS
    ):
        k -= 1
    if k < 2 or not a_number(toks[k][2]) or toks[k - 1][2] != "in" or not a_number(toks[k - 2][2]):
        return None
    return k - 1


_IN_TEN_WORDS = 5
_IN_TEN_STOPS = frozenset("in of".split()) | frozenset(NUMBER_WORDS)


def a_number(word: str) -> bool:
    """A number written in digits or in words ("10", "four")."""
    return word.isdigit() or word.lower() in NUMBER_WORDS


RESPONDENT_PARTICIPLES = frozenset("surveyed polled interviewed questioned".split())
"""Participles that make "those" a poll's respondents ("those surveyed said", "those polled say"):
PolNeAR marks "those surveyed" as the Source, a group with no named speaker; the grammar read no
subject there, and the rules gave the quote to a name later in the sentence ("While those surveyed
said former {Florida} governor Jeb Bush has the “best experience”")."""


def respondents_before(toks: list[Token], i: int) -> Phrase | None:
    """ "those surveyed" ending at ``toks[i]``, the subject of the cue after it, or None."""
    if i < 1 or toks[i][2].lower() not in RESPONDENT_PARTICIPLES or toks[i - 1][2].lower() != "those":
        return None
    start, end = toks[i - 1][0], toks[i][1]
    return Phrase(start, end, None, f"{toks[i - 1][2]} {toks[i][2]}", description=True)


_NUMBERS_OR_ARTICLE = NUMBER_WORDS | {"a", "the"}
"""What may open a share before its number word or noun ("52 percent", "a majority")."""


def share_before(toks: list[Token], i: int) -> Phrase | None:
    """`52 percent of registered voters agreed`, `a majority of respondents said`: a share of a group
    (a poll's answer) is the subject."""
    k = i
    in_ten = in_ten_before(toks, i)
    if in_ten is not None:
        k = in_ten
    elif word_key(toks[i][2]) not in SHARE_WORDS:  # "52 percent said" or "52 percent of voters said"
        while k >= 0 and i - k < 6 and toks[k][2].isalpha() and toks[k][2].islower() and toks[k][2] != "of":
            k -= 1
        if k < 1 or toks[k][2] != "of" or word_key(toks[k - 1][2]) not in SHARE_WORDS:
            return None
        k -= 1
    first = k - 1
    if first < 0 or not (toks[first][2].isdigit() or toks[first][2].lower() in _NUMBERS_OR_ARTICLE):
        return None
    if first >= 1 and toks[first - 1][2].lower() in SHARE_QUALIFIERS:
        first -= 1
    text = " ".join(t[2] for t in toks[first : i + 1])
    return Phrase(toks[first][0], toks[i][1], None, text, description=True)
