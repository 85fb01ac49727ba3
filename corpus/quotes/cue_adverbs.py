"""An adverb between a name and its cue verb ("the Treasury now says", "Cruz openly admitted"):
the name is still the cue's subject (issue 15).

``lexicon.CUE_FILLERS`` lists the auxiliaries and adverbs written there most ("has also", "later");
any other adverb there hid the cue's subject from the rules, who then gave the quote to the
sentence's first subject ("Grant has pushed for the reports, even the ones {the Treasury} now says
are “secret.”" went to Grant). An adverb in "-ly" is a noun as often ("the family said", "a close
ally said", "the weekly reported"), so it is stepped over only right after a name or a pronoun
(not a possessive: "Scott's family has said"), and never one of :data:`LY_NOUNS` ("the Clinton
family said").
"""

from __future__ import annotations

from corpus.quotes.lexicon import ARTICLES, OBJECT_PREPOSITIONS, POSSESSIVE_ENDINGS

__all__ = ["adverb_after_subject", "adverbs_before"]

Token = tuple[int, int, str]
_OBJECT_PREPOSITIONS = OBJECT_PREPOSITIONS | frozenset(("with",))
"""Prepositions whose object a name before an adverb may be: then it is no subject."""

TIME_ADVERBS = frozenset("now since always sometimes too ever".split())
"""Adverbs not in "-ly" that stand between a subject and its cue ("Kaine now says": PolNeAR train
writes "now" so 6 times before a cue)."""
LY_NOUNS = frozenset(
    "family ally rally reply assembly weekly daily monthly quarterly supply anomaly bully belly "
    "homily monopoly".split()
)
"""Nouns in "-ly" that stand right after a name as its head ("the Clinton family said", "a Trump
rally"; PolNeAR train writes "family", "ally", "rally" and "reply" so before a cue)."""
_SUBJECT_PRONOUNS = frozenset("he she they we i it who".split())
NO_ADVERB_CUES = ("read ", "reads ")
"""Cue words an adverb is not stepped over for: a person who "actually read" something read it (the
cue is a text's: "the sign read")."""
_LY_SHORTEST = 5
"""Words in "-ly" shorter than this are no adverbs ("fly", "ally", "July")."""


def adverb_after_subject(toks: list[Token], i: int) -> bool:
    """Whether the token ``toks[i]`` is an adverb between a subject ending with ``toks[i - 1]`` and
    a cue: that token a capitalised name or a subject pronoun, ``toks[i]`` in lower case, "now",
    "always"… or in "-ly"; and the name no preposition's object ("A letter filed with {the Supreme
    Court} rightly says": the letter says)."""
    word = toks[i][2]
    if i < 1 or not word.isalpha() or not word.islower() or word in LY_NOUNS:
        return False
    if not (word in TIME_ADVERBS or (len(word) >= _LY_SHORTEST and word.endswith("ly"))):
        return False
    before = toks[i - 1][2]
    if before.lower() in _SUBJECT_PRONOUNS:
        return True
    if before.endswith(POSSESSIVE_ENDINGS) or not before[:1].isupper():
        return False  # ("Scott’s family": a possessive's noun)
    k = i - 1
    while k >= 0 and toks[k][2][:1].isupper():
        k -= 1  # the name's words, back to the word before it
    if k >= 0 and toks[k][2].lower() in ARTICLES:
        k -= 1
    return k < 0 or toks[k][2].lower() not in _OBJECT_PREPOSITIONS


def adverbs_before(text: str, cue_at: int) -> bool:
    """Whether an adverb may be stepped over before the cue word at ``cue_at`` (not "read")."""
    return not text.startswith(NO_ADVERB_CUES, cue_at)
