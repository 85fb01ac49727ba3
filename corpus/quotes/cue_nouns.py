"""A cue word written as a noun before "of" and a term: "met with chants of “Trump, Trump”", "to loud
chants of “no.”", "near-constant calls of “Feel the Bern”". The noun names the crowd's words, and no
subject in the sentence said them: the word is no cue that gives the term a speaker
(:func:`corpus.quotes.speakerless.learned_cue`), so the term, not asked about, is said by no one. A
verb before "of" is a cue ("Roe warned of “…”", "officials have complained of “…”"), and so is a noun
a possessive gives an owner ("their chants of “…”", "Roe's calls of “…”": the owner spoke).

Measured on PolNeAR train (``train/speakerless_shapes.py``): of the terms a learned cue word before
"of" and the mark asks about, no possessive before it, gold names no Source for all 3 (2 given a
speaker as shipped: a team "met with chants of", delegates who "erupted in … loud chants of").
``train/no_speaker.py --c 3 --margins 0``, shipped row, weights as shipped: CV / dev / gap 0.9287 /
0.9395 / -0.0108 -> 0.9288 / 0.9395 / -0.0107, wrong held out 474 -> 473 (2 gained, 1 lost to the
refit). Golden: those two quotes of train alone change.
"""

from __future__ import annotations

from corpus.quotes.lexicon import ARTICLES, PREPOSITIONS, PRONOUNS, words

__all__ = ["noun_before_of"]

NOUN_OPENERS = frozenset(ARTICLES) | PREPOSITIONS | words("no amid among of")
"""Words before a cue word that make it a noun: an article or a preposition ("the chant of", "to
chants of", "amid calls of")."""
VERB_OPENERS = PRONOUNS | words(
    "and or but not also never has have had is are was were be been will would can could may might "
    "must should did does do that"
)
"""Words before a cue word that make it a verb: its subject pronoun, a conjunction, an auxiliary
("he warned of", "and warned of", "has warned of")."""
OWNERS = words("his her their its our my your")
"""Possessives before a cue word: a noun with an owner, who spoke ("their chants of")."""


def noun_before_of(tokens: list[tuple[str, str]], i: int) -> bool:
    """Whether ``tokens[i]``, a cue word of the words before a term (``(word, comma after)`` pairs,
    the last before the term's mark), is a noun that "of" and at most an article join to the term:
    not a past form ("warned of"), and after an article, a preposition or a lower-case modifier
    ("loud chants of"), not after a subject, a name, a plural, an auxiliary, an adverb or a
    possessive (:data:`OWNERS`)."""
    rest = [t[0].lower() for t in tokens[i + 1 :]]
    if not rest or rest[0] != "of" or len(rest) > 2 or (len(rest) == 2 and rest[1] not in ARTICLES):
        return False
    if tokens[i][1] or tokens[i][0].endswith("ed"):
        return False  # "chants, of": no phrase; "warned of", "complained of": a verb
    if i == 0:
        return False  # what stands before it is cut off: read as a cue
    before = tokens[i - 1][0]
    if before.lower() in NOUN_OPENERS:
        return True
    modifier = before.islower() and not before.endswith(("s", "ly", "’s", "'s"))
    return modifier and before not in VERB_OPENERS and before not in OWNERS
