"""A speaker phrase as written, split into the name of who speaks and their role.

News copy packs a lot before a cue verb: "Secretary of State Condoleezza Rice", "attorney Kassie
Siegel of the Center for Biological Diversity", "Producers Laurence Mark and Bill Condon", "a
representative for Mr. Jackman", "The Organization for Security and Cooperation in Europe". The
words are read as a chunk of capitalised words joined by "and", "of" and "for":

- an organisation keeps its inner joining words ("Surrey Fire and Rescue Service");
- two people joined by "and" are two speakers: the first one named is taken, with their own role;
- a person "of" an organisation is the person ("Danny Gold of Metropolis");
- a title "of" a place or an organisation is a role ("Secretary of State", "Governor of Alaska"),
  and when no name follows it, the phrase is a description: the governor speaks, not Alaska; a
  spokesman or representative for a person speaks instead of that person.

A role never ends in a joining word or an honorific, and a cue verb caught in the run (`It is, said
Rep. Jay Inslee`) is not part of it.
(:func:`corpus.quotes.surnames_after_titles.person_surnames` lists the surnames an article writes
after a personal title, "President Vladimir Putin", which makes them people's.)
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import islice
from operator import itemgetter
from typing import NamedTuple

from corpus.ingest.lazy_regex import compiled_on_first_use
from corpus.quotes.lexicon import (
    ABBREVIATED_NAME_WORDS,
    CUE_WORDS,
    DATE_WORDS,
    DETERMINERS,
    DOCUMENTS,
    HONORIFICS,
    INDEFINITE_DETERMINERS,
    NAME_JOINS,
    ORG_HEADS,
    ORG_UNITS,
    OUTLET_WORDS,
    PARTY_MEMBERS,
    PERSON_TITLES,
    PREPOSITIONS,
    PUBLICATIONS,
    ROLE_WORDS,
    SPEAKS_FOR,
    TITLES,
    ends_as_plural,
    is_nationality,
)
from corpus.quotes.name_ends import (
    NEXT_WORD_REACH,
    SCAN_LIMIT,
    is_capitalised,
    is_given_name,
    lone_surname,
    strip_possessive,
    trailing_name,
    word_key,
)
from corpus.quotes.numbered_names import numbered
from corpus.quotes.role_objects import serves_the_name
from corpus.quotes.stretch_memo import noting
from corpus.quotes.title_surnames import lone_title_surname
from corpus.quotes.title_surnames import name_start as title_name_start
from corpus.quotes.word_places import places_alone

Token = tuple[int, int, str]


class Phrase(NamedTuple):
    """A speaker as written: its span, the person's name (if any) and their role."""

    start: int
    end: int
    name: str | None
    role: str | None
    pronoun: bool = False
    description: bool = False
    """A role or description with no name ("a source", "the mayor")."""
    pair: bool = False
    """The first of two people joined by "and" ("Laurence Mark and Bill Condon"): a plural subject."""


_INITIAL = compiled_on_first_use(r"[A-Z]\.")
_WORD = itemgetter(2)
"""A token's word."""


def phrase_from(text: str, run: list[Token]) -> Phrase | None:
    """The name and the role in a run of tokens naming a speaker (`said <run>` or `<run> said`)."""
    last = run[-1]
    if last[2].endswith(".") and len(last[2]) > 2 and last[2].lower() not in ABBREVIATED_NAME_WORDS:
        run = [*run[:-1], (last[0], last[1] - 1, last[2][:-1])]  # "said Karl Weiss." ends the sentence
    words = list(map(_WORD, run))
    if not CUE_WORDS.isdisjoint(words):  # `It is, said Rep. Jay Inslee`: the name is after the cue
        cue = max(i for i, w in enumerate(words) if w in CUE_WORDS)
        run, words = run[cue + 1 :], words[cue + 1 :]
        if not run:
            return None
    start, end = run[0][0], run[-1][1]
    if NAME_JOINS.isdisjoint(words):  # the common case: no "and", "of" or "for" to read
        k = trailing_name(words)
        if k == len(words) == 1 and (
            noting(lone_surname, text, words[0]) or noting(lone_title_surname, text, words[0])
        ):
            k = 0  # "Cuban said", "King said", where the article wrote "Mark Cuban", "Tishana King"
        elif k == len(words) and (surname_at := title_name_start(words)) is not None:
            k = surname_at  # "said Jack White", "Mr. King said": a title's word as a surname
        name_words, role_words, description = words[k:], words[:k], False
        if k and serves_the_name(role_words, name_words):  # "ambassador to the United States"
            name_words, description = [], True
    else:
        name_words, role_words, description = name_and_role(words)
    if description:
        role = " ".join(_trimmed(words)) or None
        return Phrase(start, end, None, role, description=True) if role else None
    if "(" in "".join(name_words):  # (rarely: one join, not a filter of every name)
        name_words = [w for w in name_words if not w.startswith("(")]
    if name_words and name_words[-1][-1] in "s’'":  # only these endings are a possessive's
        name_words[-1] = strip_possessive(name_words[-1])
    name = " ".join(name_words) or None
    if name is not None and (with_number := numbered(text, name_words, end)) is not None:
        name, end = with_number  # "Juror No. 12": the number names them, not "Juror No"
    role = (
        " ".join(_trimmed(role_words)).strip(" ,") or None
        if role_words and not _coordinated(role_words)
        else None
    )
    if name is not None and (
        (
            len(role_words) == 1
            and word_key(role_words[0]) in INDEFINITE_DETERMINERS
            and not _publishes(text, end)
        )
        or word_key(name_words[-1]) in _PARTY_NOUNS
    ):
        # "said one New Hampshire Democrat", "one Trump confidant", "one senior Democrat": someone not
        # named (but "a Times article" is the Times's)
        return Phrase(start, end, None, " ".join(words), description=True)
    if name is None and role is None:
        return None
    if name is None:
        return Phrase(start, end, None, role, description=True)
    if "and" in words or "&" in words:
        at = words.index(name_words[0]) + len(name_words) if name_words[0] in words else len(words)
        if at < len(words) and words[at] in ("and", "&"):
            return Phrase(start, end, name, role, pair=True)
    if len(name_words) >= 3 and role is None and name_words[0] == words[0] and name_words[1][:1].isupper():
        # "Rival Hillary Clinton had mocked": a common word opening the sentence is no first name
        opener = name_words[0]
        lowered = opener.lower() not in HONORIFICS and at_sentence_start(text, start)
        lowered = lowered and noting(written_anywhere, text, opener.lower())
        if lowered and not noting(written_inside, text, opener, start, offsets=(1,)):
            return Phrase(start, end, " ".join(name_words[1:]), opener)
    if len(run) == 1 and role is None and name == run[0][2] and at_sentence_start(text, start):
        common = noting(opening_common_word, text, start, end, name, offsets=(0, 1))
        if common is not None:
            return None if common == "clause" else Phrase(start, end, None, name, description=True)
    return Phrase(start, end, name, role)


def at_sentence_start(text: str, at: int) -> bool:
    """True when ``at`` opens a sentence (its capital says nothing about the word)."""
    k = at - 1
    while k >= 0 and text[k] in " \t\u00a0“\"‘'([":
        k -= 1
    if k < 0 or text[k] in ".!?\n:":
        return True
    return text[k] in '”’")' and k > 0 and text[k - 1] in ".!?"


_COMMON_ENDINGS = ("ity", "ism", "ness", "ment", "tion", "sion")
"""Endings of common nouns ("Nudity"), like a plural's ("Demonstrators", "Authorities"): opening a
sentence and never capitalised inside one, such a word is no name."""


def _publishes(text: str, end: int) -> bool:
    """Whether the word after ``end`` is what an outlet publishes or a document ("a Times article")."""
    following = text[end : end + NEXT_WORD_REACH].split()[:1]
    return bool(following) and (following[0] in PUBLICATIONS or following[0] in DOCUMENTS)


def opening_common_word(text: str, start: int, end: int, word: str) -> str | None:
    """Why a lone capitalised word opening a sentence is no name, or None when it may be one: "clause"
    for a participle or adverb opening a clause ("Reached by phone", "Coming off", "Surely I"),
    "word" for a common word the article writes in lower case elsewhere ("Deputies said", "Ideas
    included"). A word the article also capitalises inside a sentence is a name ("Page said" after
    "Bettie Page")."""
    low = word.lower()
    following = text[end : end + NEXT_WORD_REACH].split()[:1]
    clause = (
        low.endswith(("ing", "ed", "ly"))
        and bool(following)
        and (following[0] in PREPOSITIONS or following[0] in DETERMINERS or following[0] in ("I", "we", "it"))
    )
    common = low.endswith(_COMMON_ENDINGS) or ends_as_plural(low)
    if not clause and not common and not _written(text, low, lambda i: True):
        return None
    if _written(text, word, lambda i: i != start and not at_sentence_start(text, i)):
        return None
    return "clause" if clause else "word"


def written_anywhere(text: str, word: str) -> bool:
    """Whether ``word`` stands alone somewhere in ``text``."""
    return _written(text, word, lambda i: True)


def written_inside(text: str, word: str, start: int) -> bool:
    """Whether ``word`` stands alone inside a sentence somewhere else than at ``start``."""
    return _written(text, word, lambda i: i != start and not at_sentence_start(text, i))


def _written(text: str, word: str, wanted: Callable[[int], bool]) -> bool:
    """True when ``word`` stands alone (not inside a longer word) somewhere ``wanted`` accepts."""
    return any(wanted(at) for at in islice(places_alone(text, word), SCAN_LIMIT))


_JOINS_OR_THE = NAME_JOINS | {"the"}


def _coordinated(role_words: list[str]) -> bool:
    """True when the words before a name end on "and" (or "and the"): another party joined to the
    named ("Clinton and the State Department have asserted"), no role of it."""
    k = len(role_words)
    if k and role_words[k - 1].lower() == "the":
        k -= 1
    return k > 0 and role_words[k - 1] in ("and", "&")


def _trimmed(words: list[str]) -> list[str]:
    """A role without leading determiners, nor trailing joining words and honorifics."""
    while words and word_key(words[0]) in DETERMINERS:
        words = words[1:]
    while words and (word_key(words[-1]) in _JOINS_OR_THE or words[-1].lower() in HONORIFICS):
        words = words[:-1]
    return words


def name_and_role(words: list[str]) -> tuple[list[str], list[str], bool]:
    """(name words, role words, is a description) of a speaker phrase's words."""
    first = _chunk_start(words)
    prefix, chunk = words[:first], words[first:]
    name, role = _chunk_name(chunk)
    if name is None:
        return [], words, True
    holder = _holder(prefix)
    if holder is not None:
        # "a spokesman for Waitrose", "the governor of California", "representative for Mr. Jackman"
        if word_key(holder) in SPEAKS_FOR:
            if _person_like(chunk):
                return [], words, True
            return [strip_possessive(w) for w in chunk], prefix[: prefix.index(holder) + 1], False
        if not any(word_key(w) in TITLES for w in role):
            return [], words, True  # "director of the NRDC's Endangered Species Program"
    return name, prefix + role, False


def _holder(prefix: list[str]) -> str | None:
    """The position a prefix ends on before "of"/"for" ("spokesman" in "a spokesman for (the)")."""
    k = len(prefix)
    if k and prefix[k - 1].lower() == "the":
        k -= 1
    if k < 2 or prefix[k - 1].lower() not in ("of", "for"):
        return None
    holder = prefix[k - 2]
    low = word_key(holder)
    return holder if holder.islower() and (low in ROLE_WORDS or low in TITLES) else None


def _chunk_start(words: list[str]) -> int:
    """Where the trailing chunk of capitalised words (joined by "and", "of", "for", "of the") starts."""
    k = len(words)
    while k > 0 and is_capitalised(words[k - 1]):
        k -= 1
        j = k
        if j >= 2 and words[j - 1] == "the" and words[j - 2] in ("of", "for"):
            j -= 1
        if j >= 2 and words[j - 1] in NAME_JOINS and is_capitalised(words[j - 2]):
            k = j - 1
    while k < len(words) and word_key(words[k]) in DETERMINERS:
        k += 1  # "The Academy of …": the determiner is not part of the name
    return k


def _split(chunk: list[str], joins: frozenset[str]) -> list[list[str]]:
    parts: list[list[str]] = [[]]
    for w in chunk:
        if w in joins:
            parts.append([])
        elif not (w == "the" and parts[-1] == []):
            parts[-1].append(w)
    return [p for p in parts if p]


def _chunk_name(chunk: list[str]) -> tuple[list[str] | None, list[str]]:
    """(name, role inside the chunk); a None name when the chunk is a title of something."""
    if not chunk:
        return None, []
    people = _split(chunk, frozenset(("and", "&")))
    if len(people) > 1:
        if _organisation(chunk):
            return chunk, []
        first = _first_conjunct(chunk)
        last = people[-1]
        if len(first) == 1 and len(last) >= 2 and trailing_name(last) == 0 and is_given_name(first[0]):
            return [first[0], last[-1]], []  # "David and Jeanne Heidler": the surname they share
        return _chunk_name(first)  # "Laurence Mark and Bill Condon": the first
    parts = _split(chunk, frozenset(("of", "for")))
    if len(parts) == 1:
        k = trailing_name(chunk)
        return chunk[k:], chunk[:k]
    holder, rest = parts[0], chunk[len(parts[0]) :]
    k = trailing_name(holder)
    if 0 < k < len(holder) or (k == 0 and len(holder) >= 2 and not _organisation(holder)):
        return holder[k:], holder[:k]  # "Representative Charles B. Rangel of New York": the person
    if word_key(holder[-1]) in TITLES and k == len(holder):
        # "Secretary of State Condoleezza Rice", "Secretary of Commerce Gary Locke", "Governor of Alaska"
        place = _split(rest, frozenset(("of", "for")))[-1]
        inner = trailing_name(place)
        if inner == 0 and len(place) >= 3:
            inner = len(place) - 3 if _INITIAL().fullmatch(place[-2]) else len(place) - 2
        if inner == 0:
            return None, []
        return place[inner:], chunk[: len(chunk) - len(place) + inner]
    return chunk, []  # "Center for Biological Diversity", "Union of Concerned Scientists"


def _first_conjunct(chunk: list[str]) -> list[str]:
    return chunk[: chunk.index("and") if "and" in chunk else chunk.index("&")]


def _organisation(chunk: list[str]) -> bool:
    return any(word_key(strip_possessive(w)) in ORG_HEADS for w in chunk) and not any(
        w.lower() in HONORIFICS for w in chunk
    )


def _person_like(chunk: list[str]) -> bool:
    """An honorific, or two name words that name no organisation ("Mr. Jackman", "Hugh Jackman")."""
    if any(w.lower() in HONORIFICS for w in chunk):
        return True
    return len(chunk) >= 2 and not _organisation(chunk)


def org_goes_on(chunk: list[str], after: str) -> bool:
    """True when "in <after>" goes on the organisation named by ``chunk``: "The Organization for
    Security and Cooperation" + "in Europe" (a long name with joined words, not ended by the word of
    an organisation: "the Indian Navy in November", "Police in London" stay short)."""
    if not (chunk and after[:1].isupper() and is_capitalised(chunk[-1])):
        return False
    if word_key(after) in DATE_WORDS or word_key(chunk[-1]) in ORG_HEADS:
        return False
    return "and" in chunk and any(w in ("of", "for") for w in chunk) and _organisation(chunk)


_PARTY_NOUNS = PARTY_MEMBERS - {"independent"}
"""A party's member ending a name is no one's name; "The Independent" is an outlet's."""


def is_outlet(phrase: Phrase, text: str) -> bool:
    """True when the phrase names a news outlet or a report, which relays speech but is not its speaker
    (a person who works there is not one: "talk radio host Rush Limbaugh")."""
    if phrase.name and phrase.role and word_key(phrase.role.split()[-1]) in ROLE_WORDS:
        return False
    written = text[phrase.start : phrase.end]
    if "." not in written:  # then each word's key is the word in lower case: one set operation
        return not OUTLET_WORDS.isdisjoint(written.lower().split())
    return any(word_key(w) in OUTLET_WORDS for w in written.split())


def looks_like_person(name: str, role: str | None) -> bool:
    """A person rather than an organisation or country: a personal title, or two name words none of
    which names an organisation (the article's titled surnames are :class:`corpus.quotes.subjects.Subjects`'
    to add: they take a scan of the whole article)."""
    parts = name.split()
    if not parts:
        return False
    if any(word_key(w) in ORG_HEADS for w in parts):  # "HBO Films", "Time Warner Inc."
        return False
    if role and any(word_key(w) in PERSON_TITLES or word_key(w) in ROLE_WORDS for w in role.split()):
        low_role = role.lower()
        if not any(w in low_role for w in ORG_UNITS):
            return True
    return len(parts) >= 2 and not name.isupper() and parts[0][:1].isupper() and not is_nationality(parts[0])
