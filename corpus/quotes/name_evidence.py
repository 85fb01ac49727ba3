"""Whether a name attribution read beside a quote is a speaker's: how the article itself uses it.

A speaker is a person, an organisation or a group named as the article names it. Words that are none
reach the name cleaner too, read off a sentence's edge: a thing ("the Constitution requires"), a
place ("a Malibu clinic"), a nationality ("Somalian nationals"), a heading ("Huawei:"), a word of a
name ("post-Civil War"), title-case words of a page's tables ("Rainy Nights"). The article tells
them apart: a speaker is the subject of a reporting verb somewhere ("Acme said", "according to
Acme") or of a verb in the past ("Roe spoke", not "the Constitution redefined"); its last word is
written after a given name, a title or another name's word ("Mr. Roe", "Jane Roe"); a role
describes it ("Roe, a former senator,"); or it is an acronym, a group or an organisation's name.
:func:`name_evidence` reads that evidence; :func:`named_as_a_speaker` asks for it of the names that
need it: a lone word that is no given name, or words all written lower case elsewhere (or in the
article itself).

Why rules and not a learned scorer: a logistic model over this evidence and more (after "the", after
"in", written lower case too, a heading, only at a sentence's start), trained on PolNeAR train's
Source spans against the other capitalised words of its articles, ranked them with an AUC of 0.79
(5 folds by article) and 0.76 (dev); on the names the finder gives, no threshold dropped junk names
without dropping as many right ones (PolNeAR's clean news has few junk names to learn from).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Protocol

from corpus.ingest.lazy_regex import compiled_on_first_use
from corpus.quotes.cue_places import a_cue_after, a_cue_before
from corpus.quotes.lexicon import (
    DOCUMENTS,
    HE_WORDS,
    OBJECT_PREPOSITIONS,
    ORG_WORDS,
    PUBLICATIONS,
    ROLE_WORDS,
    SHE_WORDS,
    SPEAKS_FOR,
    SPEECH_NOUNS,
    is_nationality,
    trie_pattern,
)
from corpus.quotes.role_places import written_after_the
from corpus.quotes.roles_after_names import then_a_role
from corpus.quotes.word_places import places_alone, places_as_a_word, written_lower


class WordTables(Protocol):
    """The word tables of ``names.NameTables`` that the evidence reads."""

    @property
    def ordinary(self) -> frozenset[str]: ...
    @property
    def titles(self) -> frozenset[str]: ...
    @property
    def given_names(self) -> frozenset[str]: ...


PAST_TENSES = (
    "spoke said told wrote went made took gave came saw got began ran won lost met sent left led held kept "
    "put set stood sat felt found thought brought bought heard knew became did had was"
).split()
"""Irregular past tenses: a name written before one (or before an -ed word) is a sentence's subject."""


@cache
def _then_a_past() -> re.Pattern[str]:
    """After a sentence's subject: its verb in the past ("Roe spoke", "Roe quickly denied"). (A cue
    before or after a name is read by :mod:`corpus.quotes.cue_places`, without a pattern.)"""
    past = "(?:[a-z]{2,}ed|" + trie_pattern(PAST_TENSES) + ")"
    return re.compile(r" +(?:[a-z]+ly +)?" + past + r"\b")


_A_THING_BEFORE = compiled_on_first_use(r"\b(?:[Tt]he|[Aa]n?) +$")
_OBJECT_OF = compiled_on_first_use(
    r"\b([\w’'-]+) +(?:" + "|".join(sorted(OBJECT_PREPOSITIONS)) + r") +(?:the +)?$", re.IGNORECASE
)
_PREPOSITION_LAST = compiled_on_first_use(
    r" +(?:" + "|".join(sorted(OBJECT_PREPOSITIONS)) + r") +(?:the +)?$", re.IGNORECASE
)
"""The tail of :data:`_OBJECT_OF`: it opens with a space, which the engine skips to, where the whole
pattern opens with a word start tried at every position; most names follow no preposition."""


def _object_of_a_phrase(text: str, start: int) -> bool:
    """Whether the name at ``start`` follows a preposition, other than after one who speaks for it or
    a thing said ("a spokesman for Acme said", "a statement from Acme said": Acme speaks)."""
    lo = max(0, start - 40)
    if _PREPOSITION_LAST().search(text, lo, start) is None:
        return False
    m = _OBJECT_OF().search(text, lo, start)
    return m is not None and m.group(1).lower() not in _SAID_FOR_IT


_SAID_FOR_IT = SPEAKS_FOR | frozenset(SPEECH_NOUNS)
_ACRONYM = compiled_on_first_use(r"[A-Z][A-Z&]{1,5}")
_INNER_CAPITAL = compiled_on_first_use(r"[a-z][A-Z]")
"""A capital inside a word: a brand's or a family's name ("LinkedIn", "ProPublica", "McConnell")."""
_WORD_BEFORE = compiled_on_first_use(r"([A-Za-z][\w’'-]*\.?) +(?:(?:[A-Z]\.){1,3} +)*$")
"""The word before a name's last word, middle initials skipped ("Kevin D. Williamson")."""
_POSSESSIVE_END = compiled_on_first_use(r"(?:’s?|'s?)$")
_SENTENCE_START = compiled_on_first_use(r"(?:^|[.!?:;\"“”\n])\s*$")
_LOOK_BACK = 80


def named_as_a_speaker(name: str, text: str, tables: WordTables) -> bool:
    """Whether ``name`` is a speaker's name as ``text`` (the article) uses it: any name with a given
    name or a word that is no ordinary one besides its first; else only on evidence (any of
    :func:`name_evidence`).

    On the finder's named speaker mentions of PolNeAR train, the article refuses 17 of 3,844 that
    overlap the gold Source (mostly places inside longer Sources: "Vermont" of "The senator from
    Vermont", "Sacramento") and 16 of 195 that name no Source of the article ("Alabama", "Iowa",
    "Iraq"); on dev 3 of 509 and 1 of 12 (``bench/speakers_eval.py --evidence``). On ECB+,
    scraped-dev and html-more it refuses "Malibu", "Somalian", "Constitution", "Huawei", "War",
    "Navy" ("on a Navy ship"), "Mexico" ("rapists from Mexico and demands"), "Eve" ("Spirit's Eve")."""
    words = name.split()
    plain = [w.lower().strip(".,") for w in words]
    if len(words) == 1 and plain[0] in tables.given_names:
        # "Penny": a person called by her given name; not one only ever owned ("Spirit's Eve")
        return not _only_after_an_owner(name, text)
    if len(words) > 1 and not all(p in tables.ordinary or written_lower(p, text) for p in plain):
        return True
    return any(name_evidence(name, text, tables))


FIELD_OF_STUDY_ENDINGS = ("ology", "ologies", "science", "sciences", "graphy", "nomy", "sophy")
"""Endings of a field of study or an art ("Neuroscience tells us …", "Psychology", "Photography"):
no person's or organisation's name is one such word alone (none of PolNeAR train's 19,561 Sources)."""
ABSTRACT_NOUN_ENDINGS = ("tion", "sion", "ment", "ance", "ence", "ity", "ness", "ism")
"""Endings of an abstract noun ("Deregulation", "Enforcement", "Populism"): a policy or an idea, which
heads no speaker's name alone or before "of" when it is an ordinary word ("Deregulation of Wall
Street"); PolNeAR train's Sources hold such words only inside an organisation's name ("Department of
Education", "Institute for Science") or after a group's head ("Supporters of …")."""


def names_a_thing(words: list[str], tables: WordTables) -> bool:
    """A field of study alone ("Neuroscience"), or an ordinary abstract noun alone or before "of"
    ("Deregulation of Wall Street"): a thing a sentence is about, no speaker."""
    if not words:
        return False
    head = words[0].lower().strip(".,")
    if len(words) == 1 and head.endswith(FIELD_OF_STUDY_ENDINGS):
        return True
    if len(words) > 1 and words[1] != "of":
        return False
    return (
        head.endswith(ABSTRACT_NOUN_ENDINGS)
        and head in tables.ordinary
        and head not in ORG_WORDS
        and head not in ROLE_WORDS
        and head not in tables.titles
    )


_VERSIONS_OF_A_PRODUCT = 2
"""A lone name the article writes before a version number this often is a product's ("Python 2",
"Python 3.6", "Windows 10"); once may be a score or a year ("Democrats 2016")."""


def a_thing_as_the_article_writes_it(name: str, text: str, tables: WordTables) -> bool:
    """Whether the article writes ``name`` as a thing's: only ever after "a"/"an" ("a Primetime Emmy
    nomination", "a Pulitzer Prize": no one is "a Jane Roe"), or, a lone word no other name's word
    precedes, before version numbers ("Python 2", "Python 3": a product; not "Jane Roe 2"…).

    Read with ``str.find`` and stopped at the first place that settles it: asked of every name of
    every article, a pattern built per name cost a quarter of ``find_quotes``."""
    written = False
    for at in places_alone(text, name, _UNDERSCORE):
        written = True
        if not _AN_ARTICLE_BEFORE().search(text, max(0, at - _LOOK_BACK), at):
            break  # most names: the first place settles it
        if _speaks_through(text, at + len(name)):
            break  # "a Times article", "a Clinton aide": the name speaks through what follows
    else:
        return written
    if " " in name or _versions(name, text, _VERSIONS_OF_A_PRODUCT) < _VERSIONS_OF_A_PRODUCT:
        return False
    places = places_alone(text, name, _UNDERSCORE)
    return not any(_after_a_given_name_or_title(text, at, tables) for at in places)


_NEXT_WORD = compiled_on_first_use(r"(?:’s|'s)? +([a-z][\w-]*)")
_SPOKEN_THROUGH = frozenset((*PUBLICATIONS, *DOCUMENTS, *SPEAKS_FOR, *SPEECH_NOUNS, *ROLE_WORDS))
"""What an organisation or a person speaks through: a publication, a document, a spokesman, an aide."""


def _speaks_through(text: str, end: int) -> bool:
    after = _NEXT_WORD().match(text, end)
    return after is not None and after.group(1) in _SPOKEN_THROUGH


def _versions(word: str, text: str, most: int) -> int:
    """How often ``text`` writes the word before a version number ("Python 3.6"), counted up to
    ``most``. (Most places have no digit after the space: that is asked before the pattern, as its
    ``\\d``: ``str.isdecimal``.)"""
    count, head = 0, word + " "
    digit_from = len(head)
    at = text.find(head)
    while at != -1 and count < most:
        digit = at + digit_from
        if (
            digit < len(text)
            and text[digit].isdecimal()
            and (at == 0 or not _word_char(text[at - 1]))
            and _VERSION().match(text, at + len(word))
        ):
            count += 1
        at = text.find(head, at + 1)
    return count


_UNDERSCORE = "_"
"""The one character besides letters and digits that joins a name to a longer word here (as ``\\b``)."""
_VERSION = compiled_on_first_use(r" \d+(?:\.\d+)*\b(?![%,]| percent)")


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def _after_a_given_name_or_title(text: str, at: int, tables: WordTables) -> bool:
    before = _WORD_BEFORE().search(text, max(0, at - _LOOK_BACK), at)
    if before is None or not before.group(1)[:1].isupper():
        return False  # "both Python 2": a lower-case word is no given name nor title
    word = before.group(1).lower().rstrip(".")
    return word in tables.given_names or word in tables.titles


# (the word start tested after the "a", as in trie_pattern: the engine then skips to each "a")
_AN_ARTICLE_BEFORE = compiled_on_first_use(r"[Aa](?<!\w[Aa])n? (?:(?:[A-Z][\w’'-]*|[a-z]+-[\w-]+) ){0,2}$")
""""a"/"an" before the name, or before capitalised or hyphened words it ends ("a Primetime Emmy
nomination", "a double-digit Emmy winner"; not "a former aide Jane Roe")."""


def _only_after_an_owner(word: str, text: str) -> bool:
    """Whether every place ``text`` writes ``word`` follows a possessive ("Spirit's Eve", "New Year's
    Eve": a day's or a thing's name), and it writes it somewhere."""
    if not _written_after_a_mark(word, text):
        return False  # most given names follow no possessive: no pattern to run
    places = places_as_a_word(text, word)
    return bool(places) and all(_AFTER_AN_OWNER().search(text, max(0, at - 4), at) for at in places)


_OWNER_MARKS = ("’s", "'s", "s’", "s'")
(_MARK_SIZE,) = {len(mark) for mark in _OWNER_MARKS}
"""The length of every one of :data:`_OWNER_MARKS` (one length: :func:`_written_after_a_mark` reads
that many characters before each place; a mark of another length stops the import here)."""
_AFTER_AN_OWNER = compiled_on_first_use(r"\w(?:’s|'s|s’|s') $")


def _written_after_a_mark(word: str, text: str) -> bool:
    """Whether ``text`` writes ``word`` after one of :data:`_OWNER_MARKS` and a space: ``any(f"{mark}
    {word}" in text for mark in _OWNER_MARKS)``, one scan for the word after a space, the two
    characters before each place read (those were four scans of the text, asked of every given
    name a reader sees alone; most are written after no mark, so each scan went to the end)."""
    head = " " + word
    at = text.find(head, _MARK_SIZE)
    while at >= 0:
        if text[at - _MARK_SIZE : at] in _OWNER_MARKS:
            return True
        at = text.find(head, at + 1)
    return False


_INITIALS = compiled_on_first_use(r"(?:[A-Z]\.\s*)+")


def names_someone(name: str, titles: int, text: str, tables: WordTables) -> bool:
    """Whether ``name`` (its first ``titles`` words a title: "Sen.", "Detective") names someone in
    ``text`` without a cue beside it: a given name or initials before its last word, or the article gives
    evidence (:func:`name_evidence`). Stricter than :func:`named_as_a_speaker`, which takes any name
    of two words one of which is no ordinary word: what the ranker puts in the rules' place is read
    from a window with no grammar around it, and there a song ("Dreamboat Annie"), a city ("Los
    Angeles"), a festival or an outlet's name are its junk. It refuses about 20 such names on ECB+
    dev, html-more and html-dev; on PolNeAR train it costs 10 quotes' right speaker (CV 0.875 to
    0.874): places inside long Sources ("Madison, Alabama"), "Pew Research", "Geraldo Rivera"."""
    words = name.split()[titles:]
    if not words:
        return False
    if any(w.lower().strip(".,") in tables.given_names or _INITIALS().fullmatch(w) for w in words[:-1]):
        return True  # "Jane Roe", "T.J. Roe", "Times reporter Jane Roe"; not "Dreamboat Annie"
    if any(name_evidence(" ".join(words), text, tables)):
        return True
    if any(_introduced(" ".join(words[i:]), text) for i in range(max(1, len(words) - 1))):
        return True  # "Variety's Gordon Cox", "Russian President Vladimir Putin"
    # the surname alone as a subject elsewhere ("Putin said"): a person whose given name the table lacks
    return len(words) > 1 and any(e in _A_SUBJECT for e in name_evidence(words[-1], text, tables))


_A_SUBJECT = frozenset({"cue_subject", "acts", "described"})
KIN_AND_CRAFT = frozenset(
    "star nephew niece son daughter husband brother sister father uncle aunt cousin friend critic singer "
    "actor writer producer rapper comedian coach player".split()
)
"""Words before a person's name that no title list holds ("Axelrod’s nephew, Jesse Lehrich", "“Jane
The Virgin” star Jaime Camil")."""
_PERSON_BEFORE = compiled_on_first_use(
    r"(?:[’']s|\b(?:"
    + trie_pattern(sorted(w for w in ROLE_WORDS | HE_WORDS | SHE_WORDS | KIN_AND_CRAFT if w.isalpha()))
    + r")),? +$",
    re.IGNORECASE,  # "President Vladimir Putin" as "his nephew, Jesse Lehrich"
)


def _introduced(name: str, text: str) -> bool:
    """The article writes the name after a role, a kin word or a possessive: "Variety's Gordon Cox",
    "Russian President Vladimir Putin" (people whose given name the name tables lack)."""
    return any(_PERSON_BEFORE().search(text, max(0, at - 40), at) for at in places_as_a_word(text, name))


def name_evidence(name: str, text: str, tables: WordTables) -> Iterator[str]:
    """The evidence ``text`` gives that ``name`` is a speaker's, cheapest first, lazily."""
    words = name.split()
    if len(words) == 1 and _ACRONYM().fullmatch(name):
        yield "acronym"
    if any(w.lower().strip(".,") in ORG_WORDS for w in words) and (
        len(words) > 1 or written_after_the(name, text)
    ):
        # "Acme Group", "the Kremlin", "the Navy": an organisation; not "Navy" of "on a Navy ship"
        yield "organisation_word"
    if any(_INNER_CAPITAL().search(w) for w in words):
        yield "inner_capital"
    if len(words) == 1 and _a_group(name, text):
        yield "group"
    # after a reporting verb's subject ("Roe said", "Roe, the host, said"; not a conjunction and a
    # verb: "rapists from Mexico and demands that"), or before it inverted ("said Rep. G.K. Roe");
    # the places read only up to the first so written (most names: the first), the rest if asked on
    unread = _places_of(name, text)
    starts: list[int] = []
    for start in unread:
        starts.append(start)
        if _a_cue_by(text, start, start + len(name)):
            yield "cue_subject"
            break
    starts.extend(unread)
    places = [(start, start + len(name)) for start in starts]
    if any(
        _then_a_past().match(text, end)
        and not _A_THING_BEFORE().search(text, max(0, start - 4), start)
        and not _object_of_a_phrase(text, start)
        for start, end in places
    ):
        yield "acts"
    if any(then_a_role(text, end) for _, end in places):
        yield "described"
    if len(words) == 1 and _after_a_name_word(name, text, tables, starts):  # a surname; not "Rainy Nights"
        yield "after_a_name_word"


def _places_of(word: str, text: str) -> Iterator[int]:
    """:func:`places_as_a_word`, read lazily where it reads :func:`places_alone` (a run of letters and
    digits, ``str.isalnum``'s, as its pattern's): a caller done at the first place scans no further."""
    return places_alone(text, word, _UNDERSCORE) if word.isalnum() else iter(places_as_a_word(text, word))


def _a_cue_by(text: str, start: int, end: int) -> bool:
    """A reporting verb after the name from ``start`` to ``end`` as its subject's, or before it inverted."""
    return (a_cue_after(text, end) and not _object_of_a_phrase(text, start)) or a_cue_before(
        text, max(0, start - _LOOK_BACK), start
    )


def _after_a_name_word(surname: str, text: str, tables: WordTables, places: list[int]) -> bool:
    """The article writes the name's last word after a given name, a title or a capitalised word that
    is no ordinary one and no abbreviation ("Jane Roe", "Mr. Roe", "Julianne Roe"; not "U.S. Roe").
    A word the article also writes in lower case needs a given name or a title: after another
    capitalised word it ends a thing's or a company's name ("Paintbucket Games" … "this game").
    ``places``: where the article writes it (:func:`places_as_a_word`)."""
    low = surname.lower()
    common = written_lower(low, text) or (low.endswith("s") and written_lower(low[:-1], text))
    for at in places:
        before = _WORD_BEFORE().search(text, max(0, at - _LOOK_BACK), at)
        if before is None or not before.group(1)[:1].isupper() or _POSSESSIVE_END().search(before.group(1)):
            continue  # lower case, or an owner's word ("Spirit's Eve", "America's Cup"): no name's
        word = before.group(1).lower()
        if word.rstrip(".") in tables.given_names or word.rstrip(".") in tables.titles:
            return True
        if (
            not common
            and "." not in word
            and not _ordinary(word, tables)
            and not _opens_a_sentence(text, at - len(before.group(0)))
        ):
            return True
    return False


def _ordinary(word: str, tables: WordTables) -> bool:
    """An ordinary word, or ordinary words joined by hyphens ("Production-Ready", "Long-Term")."""
    parts = [p for p in word.split("-") if p]
    return word in tables.ordinary or ("-" in word and all(p in tables.ordinary for p in parts))


def _a_group(word: str, text: str) -> bool:
    """A plural of a people, a party or a team that the article also names one of ("Democrats" and
    "a Democrat", "Syrians" and "Syrian")."""
    if len(word) < 4 or not word.endswith("s") or not word[:1].isupper():
        return False
    one = word[:-1]
    return is_nationality(one) or bool(places_as_a_word(text, one))


def _opens_a_sentence(text: str, at: int) -> bool:
    return at <= 0 or _SENTENCE_START().search(text, max(0, at - 3), at) is not None
