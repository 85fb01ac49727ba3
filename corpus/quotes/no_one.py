"""Whether the rules' mention of a quote's speaker names no one, by what it is as written.

The rules read the words beside a cue, or a sentence's subject, as a speaker: most often a name, but
some are words that name no one, in general classes (issue 15): the second part of a place written
"City, State" after a preposition ("in Salem, {New Hampshire}, Trump went after Bush"), a dateline
or a heading in capitals opening a paragraph ("{PHILADELPHIA}, July 25 (UPI) — The Democratic
National Committee…", "{RED STATES OUTNUMBER BLUE STATES} - Jeffrey M. Jones: “…”"; not a
transcript's label, "RAMOS: …"), or an ordinary word opening a sentence, set off by a comma or with
a verb contracted onto it ("{First}, Trump identified…", "{Wait}, it gets better:"). The ordinary
words are PolNeAR's running text's (``NameTables.common``, written by ``train/name_tables.py``: the
words its articles write in lower case); a plural (a group that may speak, "Aides say"), a given
name, a title, and a word the article gives evidence of naming a speaker
(:func:`corpus.quotes.name_evidence.name_evidence`: "Small, who attended the rally, said") are not.

Measured by ``train/named_mentions.py`` on held-out PolNeAR train folds (the shipped setting): of the
681 wrong speakers, about 40 of the 348 where the rules' answer stood or the ranker chose are words
naming no one, by a reading of them all; these classes mark 21 quotes of train (6 right as shipped
before; 11 with the rules' answer barred), none of dev. A demonym alone ("admit
250,000 {Syrians}") was left out: PolNeAR names people so ("Cuban", "Guardian") and groups speak
("Republicans on Capitol Hill"), right 20 times of 26; so were plural and multi-word openers ("Aides
say", "Nuclear proliferation experts"), right 23 of 45.

A fourth class is not a subject though it may name someone: a preposition's object set off before a
finite cue, by a comma ("Ho, of {the ACLU}, said", "“…” for {Clinton}, said Kunin") or after a past
participle ("The message, forwarded to {Clinton}, called it"), the grammar's own class
(``lexicon.OBJECT_PREPOSITIONS``). On held-out PolNeAR train folds (h-acc14) it marks 15 quotes,
right as shipped 6, so 10; dev none: CV / dev asked beyond 120 0.8995 / 0.9306 -> 0.9002 / 0.9306,
every quote 0.9121 -> 0.9125 (the weights unchanged: they score the same candidates). Every object
before a finite cue (31 quotes, 12 -> 19 right, CV 0.9007) also took "A statement from {Waitrose}
said" and "an officer at {Surrey Fire and Rescue Service} says" from their organisation on ECB+:
right by PolNeAR's overlap, the subject holding the mention, but no name for a reader; and it gained
on train mostly where PolNeAR names a poll as the Source ("In a poll, 75 percent of {Republicans}
said"), a convention, not the grammar.

``corpus.quotes.rerank`` asks the ranker about such a quote and lets the rules' answer stand only
where it chooses nothing else it trusts.
"""

from __future__ import annotations

import re

from corpus.ingest.lazy_regex import compiled_on_first_use
from corpus.quotes.lexicon import CUE_WORDS, DESCRIPTION_OPENERS, OBJECT_PREPOSITIONS, PRONOUNS
from corpus.quotes.name_evidence import name_evidence
from corpus.quotes.named_things import names_the_quote
from corpus.quotes.names import NameTables
from corpus.quotes.place_tails import PLACE_TAIL_ENDS
from corpus.quotes.running_openers import runs_on

_SENTENCE_OPENS = compiled_on_first_use(r"(?:\A|[.!?][”\"’']?\s+|\n\s*)\Z")
"""What stands before a word that opens a sentence or a paragraph."""
_OPEN_REACH = 4
_PARAGRAPH_OPENS = re.compile(r"(?:\A|\n)\s*\Z")
_CAPITALS = compiled_on_first_use(r"[A-Z][A-Z.&’'-]*(?:\s+[A-Z][A-Z.&’'-]*)*")
_CAPITALS_SHORTEST = 5
"""A run of capitals at least this long is a dateline or a heading ("WASHINGTON", "RED STATES");
shorter ones are acronyms ("FBI", "NAACP")."""
_DATELINE_AFTER = re.compile(r"\s*(?:,|[—–-]|\()")
"""What follows a dateline's city: its state or date after a comma, or the dash opening the story
("WASHINGTON —", "JACKSON, Miss. -", "PHILADELPHIA, July 25 (UPI) —")."""
_IN_CITY = re.compile(r"\b(?:in|at|of|from|near)\s+[A-Z][a-z]+,\s*\Z")
"""A place's first part after a preposition ("in Salem, ", "of Flint, "): the mention after it is
the place's second part, its state or country."""
_PLACE_REACH = 30
_PLACE_WORDS = re.compile(r"[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*)*")
_WORD = re.compile(r"[A-Za-z]+")
_CONTRACTED = re.compile(r"[’'](?:s|re|ll|d)\Z")
"""An ordinary word with a verb contracted onto it ("That’s", "There’s"): a clause's opening."""
_DETERMINERS = frozenset("the a an his her their its".split())
_OBJECT_REACH = 40
"""Characters read before a mention for the preposition (and the participle) it may follow."""
_PARTICIPLE_ENDS = ("ed", "en", "wn")
"""A past participle's endings ("forwarded", "written", "shown")."""
_VERB_AFTER = re.compile(r"\s*(,?)\s*(?:[a-z]+ly\s+)?([a-z]+)")
"""The word after a mention, past a comma and an adverb: the cue it would be the subject of."""
_SPACE = re.compile(r"\s")
"""A blank in a mention (the pattern's class is exactly ``str.isspace``, read at C speed: asked of
every quote's mention, where a test of each character stepped a generator per character)."""
_SET_OFF = frozenset(",:;")
"""An opening word set off by a comma or a colon ("First,", "Wait,", "Name:"): an adverbial or a
label, no subject."""


def names_no_one(
    text: str, start: int, end: int, tables: NameTables, quote_at: int | None = None
) -> str | None:
    """The class of words naming no one that the mention ``text[start:end]`` is in ("place",
    "dateline", "opener", "object", "named"), or None where it may name someone. ``quote_at``: where
    the quote asked about opens (its mark), for "named": the thing a participle names by that quote
    ("a book called “…”") said nothing, though it may say the next ("The ad, titled “…”, concludes").
    (Asked of every quote's mention: the cheap string tests first, most mentions fail one.)"""
    written = text[start:end]
    after = text[end : end + 1]
    if (
        after in PLACE_TAIL_ENDS
        and _PLACE_WORDS.fullmatch(written)
        and _IN_CITY.search(text, max(0, start - _PLACE_REACH), start)
        and not _a_persons_name(written.split(), tables)
    ):
        return "place"
    if (
        len(written) >= _CAPITALS_SHORTEST
        and written.isupper()
        and _CAPITALS().fullmatch(written)
        and _PARAGRAPH_OPENS.search(text, max(0, start - _OPEN_REACH), start)
        and _DATELINE_AFTER.match(text, end)
    ):
        return "dateline"
    if (
        written
        and _SPACE.search(written) is None
        and (after in _SET_OFF or _CONTRACTED.search(written) or (after == " " and runs_on(text, start, end)))
        and _opens_sentence(text, start)
        and _ordinary_opener(written, tables, text)
    ):
        return "opener"
    if quote_at is not None and names_the_quote(text, start, end, quote_at):
        return "named"
    # (a preposition or its determiner ends in a letter right before the space: most mentions follow
    # punctuation, a quote's mark or a paragraph's start, and are passed over without a call)
    if text[start - 2 : start - 1].isalpha() and _object_before_cue(text, start, end):
        return "object"
    return None


def object_set_off(text: str, start: int, end: int) -> bool:
    """Whether the mention ``text[start:end]`` is a preposition's object set off by a comma before a
    cue, finite or a participle ("Then he cut into {Bush}, calling him a “…”", "no meeting planned
    with {Trump}, adding: “…”"): the cue's subject is the clause's, not the object (a ranker feature
    of every candidate; :func:`names_no_one`'s "object" class, for the rules' mention, leaves
    participles out)."""
    return text[start - 2 : start - 1].isalpha() and _object_before_cue(text, start, end, participles=True)


def _object_before_cue(text: str, start: int, end: int, participles: bool = False) -> bool:
    """Whether the mention is a preposition's object set off before a finite cue: the phrase closed
    by a comma ("Matt Roe, from {the fire service}, said", "“…” for {Clinton}, said Roe") or after a
    past participle before a cue in the present ("A letter from Acme obtained by {the AP} warns"). The
    cue's subject is another phrase (the name the phrase hangs from, or one after the cue). Not a
    phrase inside the subject ("A statement from {Acme} said", "an officer at {Acme} says": the
    subject as a whole, which PolNeAR marks, holds the mention, and the organisation names the speaker
    for a reader), nor before an -ing cue, whose subject the object is ("footage of {Roe} saying",
    "with {Roe} calling it")."""
    # the words before the mention first, read back (a slice split at C speed: asked of most quotes,
    # and most mentions follow no preposition), then the cue after it
    words = text[max(0, start - _OBJECT_REACH) : start].rsplit(None, 3)
    if words and words[-1].lower() in _DETERMINERS:
        words.pop()
    if not words or words[-1].lower() not in OBJECT_PREPOSITIONS or not text[start - 1 : start].isspace():
        return False
    verb = _VERB_AFTER.match(text, end)
    if verb is None or verb.group(2) not in CUE_WORDS or (verb.group(2).endswith("ing") and not participles):
        return False
    before = words[-2].lower() if len(words) > 1 else ""
    if verb.group(1):  # set off by a comma
        return not (before == "according" and words[-1].lower() == "to")
    if participles:
        return False
    if verb.group(2).endswith("ed"):
        return False  # a participle naming the object ("renowned for {a culture} called “…”")
    return before.endswith(_PARTICIPLE_ENDS)


def _a_persons_name(words: list[str], tables: NameTables) -> bool:
    """A given name before other words, or an initial ("partner at Lenox, {Lawrence B. Cummings},"):
    a person's name after a company's, not a place's second part ("Virginia" alone is a place)."""
    if len(words) > 1 and words[0].lower() in tables.given_names:
        return True
    return any(_INITIAL.fullmatch(w) for w in words)


_INITIAL = re.compile(r"[A-Z]\.")


def _opens_sentence(text: str, start: int) -> bool:
    return _SENTENCE_OPENS().search(text, max(0, start - _OPEN_REACH), start) is not None


def _ordinary_opener(word: str, tables: NameTables, text: str) -> bool:
    """A word of running text opening a sentence: "Nothing", "Between", "First", "That’s"; not a
    plural, which may be a group that speaks ("Aides", "Officials"), nor a word in capitals (an
    acronym), nor one that opens a person's name, nor one the article gives evidence of naming a
    speaker ("Small, who attended the rally, said")."""
    head = _WORD.match(word)
    if head is None or word.isupper():
        return False
    first = head.group(0).lower()
    common = tables.common if tables.common is not None else tables.ordinary
    if first not in common or first in tables.given_names or first in tables.titles:
        return False
    if first in DESCRIPTION_OPENERS or first in PRONOUNS or first.endswith("s"):
        return False  # "The", "He": a description or a pronoun, resolved as such; a plural
    return not any(name_evidence(word.strip(".,"), text, tables))
