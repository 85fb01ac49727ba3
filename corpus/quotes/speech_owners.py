"""A speaker written as the owner of a noun of saying: "Her claim that “…”", "His call for “…”", "the
senator’s response: “…”" (issue 15, "who said it").

The rules and the cue grammar read such a phrase as the subject of the quote's sentence or of a cue
("Her claim that “…” shocked the room"), a description with no one to resolve to: the quote went to
no one. Its owner said the words: a possessive pronoun is resolved as a pronoun is, a name or a
description before "’s" as themselves (:func:`owner_of`). The ranker's possessive candidates
(``candidates.OWNERS``, "<his> remarks that") are read before the same nouns (:data:`SAYING_NOUNS`).

Measured (h-cont19, ``train/no_speaker.py --c 3 --margins 0``, CV refitted per fold / dev): 0.9076
/ 0.9332 -> 0.9088 / 0.9332, every quote 0.9158 / 0.9332 -> 0.9167 / 0.9344; unmatched quotes
given a speaker 239 / 22 as before; on held-out folds 10 quotes right that were wrong ("<his> call
for", "by <her> own admission", "<Podliska’s> most explosive claim"), 2 wrong that were right (the
same person: "<she> didn't limit {her} attacks"; refit noise). Speakers a reader sees change on
ECB+ dev 2 (both better: "His exact words:" John Henry's, "Willoughby's letter continued" Matthew
Willoughby's), PolNeAR train 3 better (Cruz for "His comments came after … his criticism of", Clinton
for "Her economic plan promises", Trump for "his call for"), NewsWCL50 and scraped-dev mentions only
(4 and 1, the speaker the same: "Nielsen's statement" -> "Nielsen"). "appeal" (to voters) and
"speech" ("Trump in his announcement speech called …": "his" resolved to the senator before) were
tried in the list and left out.

A document its owner wrote or made speaks for them too (h-docs30, :func:`speaks_through`): "her ad",
"one of her ads asking", "his book says", "Axelrod’s memoir" (:data:`corpus.quotes.lexicon.
AUTHORED_DOCUMENTS`, one or many; not "his indictment" or "her photo", which are about their owner),
and a document written after its owner's name, "the IMF report", "the White House statement"
(:func:`_named_owner`; not "a Facebook post", :data:`corpus.quotes.lexicon.PLATFORMS`, nor "a White
House pool report", a word between). PolNeAR's Source is the document, which the owner stands in: CV
/ dev / gap 0.9291 / 0.9395 / -0.0104 as before, ``train/no_speaker.py``'s output identical. Names a
reader sees change on ECB+ 2 (Bettie Page for "she said years later, according to her official
website"), NewsWCL50 2 ("the White House statement said": White House), dev 2 ("the IMF report
stated": IMF, and so the "it" after it, which had gone to Trump), train 3 (the Heritage Foundation for
its website's text; David Axelrod for his memoir, which relays Clinton's words: by gold right before
and after), all better or moot.
"""

from __future__ import annotations

import re

from corpus.quotes.lexicon import AUTHORED_DOCUMENTS, PLATFORMS, POSSESSIVE_ENDINGS, SPEECH_NOUNS
from corpus.quotes.name_groups import owned_people
from corpus.quotes.phrases import phrase_before
from corpus.quotes.roles import Phrase

SAYING_NOUNS = frozenset(
    {
        *SPEECH_NOUNS,
        *"""call calls demand demands response responses reply replies retort answer answers admission
        dictum message messages plea slogan mantra refrain quip joke jokes criticism criticisms
        attack attacks insult insults praise announcement denial denials explanation defense defence
        assessment verdict conclusion observation advice threat threats question questions request
        rhetoric tweet tweets post op-ed essay letter testimony pitch phrase catchphrase motto
        nickname vows promises pledges warnings arguments predictions declarations complaints""".split(),
    }
)
"""Nouns for something said or written, whose owner said it ("his call for", "the senator’s response",
"Roe’s dictum"): :data:`corpus.quotes.lexicon.SPEECH_NOUNS` and more of the same kind. Only a
phrase that is nothing but an owner, a few modifiers and one of these (or of
:data:`corpus.quotes.lexicon.AUTHORED_DOCUMENTS`: :func:`speaks_through`) is read as its owner ("his
campaign" stays what it is)."""


def speaks_through(noun: str) -> bool:
    """Whether the owner of ``noun`` said what it says: a noun of saying (:data:`SAYING_NOUNS`), or a
    document its owner wrote or made, one or many ("her ads", "his book", "Roe’s memoir")."""
    return (
        noun in SAYING_NOUNS
        or noun in AUTHORED_DOCUMENTS
        or (noun.endswith("s") and noun[:-1] in AUTHORED_DOCUMENTS)
    )


_MODIFIERS = r"(?:[a-z][\w-]*\s+){0,2}"
"""At most two lower-case words between the owner and its noun ("her own admission", "his
March comment", "the senator’s blunt response")."""
_NOUN_AFTER = re.compile(rf"\s+{_MODIFIERS}([a-z][\w-]*)")
_OWNED_BY_PRONOUN = re.compile(rf"(?i:(his|her|their|its))\s+{_MODIFIERS}([a-z][\w-]*)")
_OWNED_BY_PHRASE = re.compile(rf"((?:[Tt]he\s+)?[\w. -]*?\w)[’']s?\s+{_MODIFIERS}([a-z][\w-]*)")


def owner_of(text: str, mention: Phrase | None) -> Phrase | None:
    """The owner of the noun of saying ``mention`` is ("Her claim" -> "Her", a pronoun; "the
    senator’s response" -> "the senator", a description; "Jane Roe’s reply" -> Jane Roe), or None
    where ``mention`` is no such phrase (a name, a pronoun, "his campaign")."""
    if mention is None or mention.pronoun or mention.name is not None:
        return None
    start, end = mention.start, mention.end
    if text.endswith(POSSESSIVE_ENDINGS, start, end):  # the owner alone ("the senator’s"): its noun after it
        noun = _NOUN_AFTER.match(text, end)
        if noun is None or not speaks_through(noun.group(1).lower()):
            return None
        return phrase_before(text, start, end - 2)
    owned = _OWNED_BY_PRONOUN.fullmatch(text, start, end)
    if owned is not None:
        if not speaks_through(owned.group(2).lower()):
            return None
        if (group := _owned_group(text, owned)) is not None:
            return group
        return Phrase(owned.start(1), owned.end(1), None, None, pronoun=True)
    owned = _OWNED_BY_PHRASE.fullmatch(text, start, end)
    if owned is None:
        return _named_owner(text, start, end)
    if not speaks_through(owned.group(2).lower()):
        return None
    if (group := _owned_group(text, owned)) is not None:
        return group
    return phrase_before(text, start, owned.end(1))  # "the senator", "Sen. Jane Roe"


_OWNED_BY_NAME = re.compile(
    r"(?:[Tt]he|[Aa]n?|[Oo]ne)\s+([A-Z][\w.&-]*(?:\s+(?:(?:of|for|and)\s+)?[A-Z][\w.&-]*){0,4})\s+([a-z][\w-]*)"
)
"""A document named by its owner's name before it, with no word between ("the IMF report", "a White
House statement", "One Club for Growth ad"; not "a White House pool report", which the press pool
wrote)."""


def _named_owner(text: str, start: int, end: int) -> Phrase | None:
    """The owner named before the document ``text[start:end]`` is, where the owner reads as a name
    (not "a Wednesday editorial") and is no platform a post is put on ("a Facebook post":
    :data:`corpus.quotes.lexicon.PLATFORMS`); else None."""
    owned = _OWNED_BY_NAME.fullmatch(text, start, end)
    if owned is None or not speaks_through(owned.group(2).lower()):
        return None
    if not PLATFORMS.isdisjoint(owned.group(1).lower().split()):
        return None
    owner = phrase_before(text, *owned.span(1))
    return owner if owner is not None and owner.name is not None else None


_WORD = re.compile(r"[a-z][\w-]*")


def _owned_group(text: str, owned: re.Match[str]) -> Phrase | None:
    """The group a noun of people between the owner and the noun of saying makes ("{Her team} calls",
    "{his supporters} call"; :func:`corpus.quotes.name_groups.owned_people`): the noun of saying is
    the group's verb, and the group said it, with no named speaker. None where there is no such noun."""
    for word in _WORD.finditer(text, owned.end(1), owned.start(2)):
        if owned_people(word[0]):
            start = owned.start(1)
            return Phrase(
                start, word.end(), None, " ".join(text[start : word.end()].split()), description=True
            )
    return None
