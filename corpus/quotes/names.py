"""The name a reader sees for a speaker: edges that are not the name trimmed, non-names refused.

Attribution reads a speaker's name off the words next to a cue, and news text puts other capitalised
words there: a sentence's opening adverb or participle ("Usually Acme", "Citing", "Later", "Asked"),
headline words ("Spotify Backs Away", "Standing Up"), an all-caps label or dateline ("BOMBSHELL
DEVELOPMENT", "WASHINGTON"), a place glued before a name ("France Jane Roe" from "Ambassador to
France Jane Roe"), a possessive's owner ("Korea's Kim"), a surname said twice ("Jane Roe Roe").
:func:`reader_name` trims those edges and refuses what is left when it is no name at all.

Which words are ordinary (written lower case in running text: "save", "later", "citing") and which
open a person's name is learned from PolNeAR train (``name_tables.json``, written by
``train/name_tables.py``); the corpus itself adds the capitalised words it writes lower case too.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from corpus.ingest.lazy_regex import compiled_on_first_use
from corpus.quotes.described_by import no_name_of_its_own
from corpus.quotes.described_names import described_before
from corpus.quotes.given_syllables import opens_surname_first, written_before_given_syllables
from corpus.quotes.lexicon import (
    DEMONSTRATIVES,
    FIRST_NAMES_HE,
    FIRST_NAMES_SHE,
    LINK_WORDS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    OFFICE_HEADS,
    ORG_WORDS,
    PARTY_MEMBERS,
    POSSESSIVE_ENDINGS,
    PREPOSITIONS,
    PRONOUNS,
    ROLE_WORDS,
    SUBORDINATORS,
    is_nationality,
)
from corpus.quotes.name_evidence import a_thing_as_the_article_writes_it, named_as_a_speaker, names_a_thing
from corpus.quotes.name_keys import words_before_suffixes
from corpus.quotes.name_labels import is_label
from corpus.quotes.roles import TITLES
from corpus.quotes.word_places import (
    written_after_capitalised,
    written_after_one_of,
    written_inside_a_sentence,
)

TABLES_FILE = Path(__file__).with_name("name_tables.json")

_TRAILING_FUNCTION_WORDS = frozenset(
    "will would can could may might must should shall did does do has have had is was are were away up "
    "down out off back again now then too also".split()
)
"""Words a headline or a sentence puts after a name that never end one ("Spotify Will …")."""
_KEPT = TITLES | NAME_PARTICLES
"""Words kept at the head of a name though ordinary: titles ("Secretary") and particles ("De Blasio")."""
_PLURAL_NOUN_ENDINGS = ("ions", "ies", "ers", "ics", "ings", "ents", "ants", "ists")
_NOT_A_NAME_WORDS = PRONOUNS | DEMONSTRATIVES | frozenset("me us them there here what why how where".split())
"""Words no name holds: pronouns, demonstratives, question words ("That's why …" is no one's name)."""
_CONTRACTED_PRONOUN = compiled_on_first_use(r"(?:i|we|you|they|he|she|it)[’'](?:m|re|ve|ll|d|s)")
"""A pronoun with a verb glued on ("I’m", "we've", "it's"), written capitalised at a sentence's start."""
_POSSESSIVE = compiled_on_first_use(r"^(.+?)(?:’s|'s|s’|s')$")
_NUMBER = compiled_on_first_use(r"[\d.,:/%-]+")
"""A token that is a number ("2016", "9/11", "3.5"): it opens a sentence, it names no one."""
_NUMBER_MARKS = ".,:/%-"


def _opens_a_number(char: str) -> bool:
    """Whether :data:`_NUMBER` can match from ``char`` (``\\d`` is ``str.isdecimal``): asked before the
    pattern, which most names (opening with a letter) need not run."""
    return char.isdecimal() or char in _NUMBER_MARKS


@dataclass(frozen=True, slots=True)
class NameTables:
    ordinary: frozenset[str]
    """Words written lower case in running text (PolNeAR's), and the words a dictionary writes lower
    case that are no given name and no name in the news ("carrot", "clinic": PolNeAR rarely has them)."""
    first_names: frozenset[str]
    """Words that open a person's name."""
    titles: frozenset[str] = frozenset()
    """Words written before a person's name: offices ("secretary", "sen"), parties ("republican")."""
    given_names: frozenset[str] = frozenset()
    """Given names, from a table of English names and nicknames and the first names."""
    common: frozenset[str] | None = None
    """The ordinary words of PolNeAR's news alone, the dictionary's left out: the words that open a
    sentence or a headline before a name ("Usually", "Citing", "Later"); a rarer dictionary word
    before a capitalised one is more often a name's own ("Downing Street"). None: ``ordinary``."""
    short_forms: dict[str, frozenset[str]] = field(default_factory=dict)
    """Given names and the names they are short forms of or shortened to ("bill": william, "william":
    bill, billy, will …), both ways; from a curated table of English nicknames (see
    ``train/name_tables.py``)."""


SHORTEST_CLIPPING = 3
"""A given name this long or longer that opens another is its clipped form ("Stan" of "Stanley",
"Chris" of "Christopher"); shorter ones open too many ("Al", "Ed")."""
TRANSLITERATED_FROM = 4
"""Given names this long that differ in their first letter alone, by a letter of
``TRANSLITERATED_INITIALS``, are one name written in two romanisations ("Karolos" / "Carolos")."""
TRANSLITERATED_INITIALS = frozenset(frozenset(pair) for pair in ("ck", "gy", "ei", "jy", "vw"))
"""First letters that romanisations of one name trade: Karolos / Carolos, Giannis / Yiannis, Elias /
Ilias, Jelena / Yelena, Vladimir / Wladimir (not "Harry" / "Larry": two names)."""


def same_given_name(a: str, b: str, tables: NameTables) -> bool:
    """Whether two folded given names can name one person who has one surname: the same, a short
    form of the other ("dave" / "david", "bill" / "william"), one clipped ("stan" / "stanley"), or
    one romanised two ways ("karolos" / "carolos"). Spelling variants are ``close_spelling``'s."""
    if a == b:
        return True
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) >= SHORTEST_CLIPPING and long.startswith(short):
        return True
    if long in tables.short_forms.get(short, ()):
        return True
    return (
        len(a) == len(b) >= TRANSLITERATED_FROM
        and a[1:] == b[1:]
        and frozenset((a[0], b[0])) in TRANSLITERATED_INITIALS
    )


@cache
def shipped_tables() -> NameTables:
    """The tables of ``name_tables.json``, read once per process (in the quote finder's helper too).

    Each set is built once from its lists: ``frozenset(a) | frozenset(b)`` built ``b``'s set to throw
    it away, and the 54,340 dictionary words made that a third of the 18 ms this took."""
    data = json.loads(TABLES_FILE.read_text(encoding="utf-8"))
    firsts = FIRST_NAMES_HE.union(FIRST_NAMES_SHE, data["first_names"])
    related: dict[str, set[str]] = {}
    for formal, shorts in data["short_forms"].items():
        for short in shorts.split():
            related.setdefault(formal, set()).add(short)
            related.setdefault(short, set()).add(formal)
    short_forms = {name: frozenset(names) for name, names in related.items()}
    titles = frozenset(data["titles"]).union(t.rstrip(".") for t in TITLES)
    givens = firsts.union(data["given_names"])
    common = frozenset(data["ordinary"])
    ordinary = common.union(data.get("dictionary_words", ()))
    return NameTables(ordinary, firsts, titles, givens, common, short_forms)


def reader_name(name: str, tables: NameTables | None = None, text: str = "") -> str | None:
    """``name`` with its non-name edges trimmed, or None when no name is left.

    A lone ordinary word is a name when ``text`` (the article) writes it after a capitalised word
    too ("Page" of "Bettie Page"), and no name when not ("Later", "Citing", "Save"). Given the
    article, a lone word or ordinary words are a name only on its evidence (``name_evidence``)."""
    tables = shipped_tables() if tables is None else tables
    words = name.replace("\u00a0", " ").split()
    if "-" in name:
        words = _undoubled(words)
    marked = "’" in name or "'" in name  # (a possessive and a contracted pronoun need the mark)
    if marked:
        words = _after_possessive(words, tables)
    while words and _opens_a_number(words[0][0]) and _NUMBER().fullmatch(words[0]):
        words = words[1:]  # "2016 Acme": a number opening the sentence
    if len(words) > 1 and a_group_of_people(words[0]) and words[1][:1].isupper():
        words = words[1:]  # "Republicans Jolly of Indian Shores and DeSantis": the group they belong to
    if not words or is_label(words, text):
        return None
    plains = [_plain(w) for w in words]
    ordinary = [p in tables.ordinary and p not in tables.first_names for p in plains]
    if not all(ordinary):
        # a name among ordinary words: the ordinary ones before it opened a sentence or a headline
        opening = _opening_words(words, tables, text)
        words, ordinary = words[opening:], ordinary[opening:]
        while len(words) > 1 and _trailing_junk(words, ordinary, tables):
            words, ordinary = words[:-1], ordinary[:-1]
    elif len(words) == 1:
        seen = written_after_capitalised(words[0], text) or written_before_given_syllables(words[0], text)
        if not (seen or described_before(words[0], text)):  # "trade publication Variety" is a name
            return None  # "Save", "Later", "Citing": an ordinary word, no name ("Ban" of "Ban Ki-moon" is)
    elif _plain(words[-1]) in _TRAILING_FUNCTION_WORDS or words[0].lower().endswith("ing"):
        return None  # "Standing Up", "Admitting It": ordinary words, no name among them
    elif _plain(words[0]) in _OPENING_LINKS:
        return None  # "After Group 10 Heart Event", "During Session": a heading's words, no name
    words = _before_affiliation(_after_descriptors(words, tables), tables)
    words = _after_title(_from_first_name(words, tables, text), tables)
    if len(words) > 2 and _plain(words[-1]) == _plain(words[-2]):
        words = words[:-1]  # "Jane Roe Roe": the surname said again after a cue
    if not _NOT_A_NAME_WORDS.isdisjoint([_plain(w) for w in words]):
        return None
    if marked and any(_CONTRACTED_PRONOUN().fullmatch(w.lower()) for w in words):
        return None
    if _an_office(words, tables) or names_a_thing(words, tables):
        return None  # "CEO of California": an office; "Deregulation of Wall Street": a thing
    cleaned = " ".join(words)
    if text and cleaned and not named_as_a_speaker(cleaned, text, tables):
        return None  # "Malibu", "Constitution", "Rainy Nights": the article never uses it as a name
    if text and cleaned and a_thing_as_the_article_writes_it(cleaned, text, tables):
        return None  # "a Primetime Emmy nomination", "Python 3": an award's name, a product's
    if text and _of_its_own_words(words, tables) and no_name_of_its_own(cleaned, text):
        return None  # "Means Committee": of "Ways and Means Committee"
    return cleaned or None


def _of_its_own_words(words: list[str], tables: NameTables) -> bool:
    """Whether a name may be another's part (:func:`described_by.no_name_of_its_own`): two words or
    more, opened by no given name ("Hilda Roe" of "Bill and Hilda Roe") nor by a surname written first
    ("Ban Ki-moon" of "Moon Jae-in and Ban Ki-moon")."""
    return len(words) > 1 and _plain(words[0]) not in tables.given_names and not opens_surname_first(words, 0)


_OPENING_LINKS = PREPOSITIONS | SUBORDINATORS
"""Words that open a phrase or a clause, never a name of ordinary words ("After Group", "Under Review")."""


def _an_office(words: list[str], tables: NameTables) -> bool:
    if len(words) < 3 or _plain(words[0]) not in OFFICE_HEADS or words[1] != "of":
        return False
    return not any(_plain(w) in tables.first_names for w in words[2:])


def _plain(word: str) -> str:
    return word.lower().strip(".,;:")


def _undoubled(words: list[str]) -> list[str]:
    """A name a page wrote twice joined by a hyphen, once ("Jane Roe-Jane Roe": a link and its text)."""
    joined = " ".join(words)
    half, dash, rest = joined.partition("-")
    while dash:
        if half == rest:
            return half.split()
        more, dash, rest = rest.partition("-")
        half = f"{half}-{more}"
    return words


def _after_possessive(words: list[str], tables: NameTables) -> list[str]:
    """The words after the last possessive one ("Korea's Kim" -> "Kim"), if any follow it; after a
    plural's or an -s name's mark only when a given name follows ("Reuters’ Jane Roe"; not "Veterans'
    Affairs")."""
    for i in range(len(words) - 2, -1, -1):
        if not _POSSESSIVE().match(words[i]):
            continue
        if words[i].endswith(POSSESSIVE_ENDINGS) or _plain(words[i + 1]) in tables.given_names:
            return words[i + 1 :]
    if words and words[-1].endswith(POSSESSIVE_ENDINGS):
        return [*words[:-1], words[-1][:-2]]
    if words and words[-1].endswith(("’", "'")) and len(words[-1]) > 1:
        return [*words[:-1], words[-1][:-1]]  # "Trump'": a mark of the quote or an -s owner's
    return words


def a_group_of_people(word: str) -> bool:
    """A plural of a party or a people ("Republicans", "Democrats", "Syrians"), which news writes
    before the names of its members ("Republicans Jolly and DeSantis")."""
    one = word[:-1]
    return len(word) > 3 and word.endswith("s") and (is_nationality(one) or one.lower() in PARTY_MEMBERS)


def _opening_words(words: list[str], tables: NameTables, text: str) -> int:
    """How many of the name's first words opened a sentence or a headline before it ("Usually Acme",
    "Citing Jane Roe"): news's ordinary words before a capitalised one. None when they run up to a
    lower-case link ("Organization for Security", "Southern District Court of New York": one name), nor
    from one the article writes capitalised inside a sentence too ("… Secretary-General Ban Ki-moon")."""
    common = tables.ordinary if tables.common is None else tables.common
    run = 0
    while run < len(words) - 1 and words[run][:1].isupper() and _opener(_plain(words[run]), common, tables):
        if opens_surname_first(words, run):
            break  # "Ban" of "Ban Ki-moon", "Moon" of "Moon Jae-in": a surname, though an ordinary word
        run += 1
    if run == 0 or not words[run][:1].isupper():
        return 0
    for i in range(run):
        if written_inside_a_sentence(words[i], words[i + 1], text):
            return i
    return run


def _opener(plain: str, common: frozenset[str], tables: NameTables) -> bool:
    return plain in common and plain not in tables.first_names and plain not in _KEPT


def _trailing_junk(words: list[str], ordinary: list[bool], tables: NameTables) -> bool:
    last = _plain(words[-1])
    if last in _TRAILING_FUNCTION_WORDS:
        return True
    # "Spotify Backs": a headline's verb after a name that is no person's first name (not a plural
    # that ends an organisation's name: "Homeland Security Investigations", "Acme Industries")
    return (
        ordinary[-1]
        and last.endswith("s")
        and not last.endswith(_PLURAL_NOUN_ENDINGS)
        and not any(ordinary[:-1])
        and _plain(words[-2]) not in tables.first_names
        and not (len(words) == 2 and _plain(words[0]) in tables.given_names)  # "Tyra Banks", "Lorenzo Lamas"
    )


def _from_first_name(words: list[str], tables: NameTables, text: str) -> list[str]:
    """A known first name inside the name, after words the article writes as a place ("Ambassador to
    France Jane Roe") or that are ordinary, starts the person's name: a place or an office before it
    is a neighbour glued on ("Cornell William Brooks" stays whole)."""
    if len(words) < 3 or _plain(words[0]) in tables.first_names:
        return words
    for i in range(1, len(words) - 1):
        if _plain(words[i]) in tables.first_names:
            glued = all(_plain(w) in tables.ordinary or _after_preposition(w, text) for w in words[:i])
            return words[i:] if glued else words
    return words


def _before_affiliation(words: list[str], tables: NameTables) -> list[str]:
    """A person's name before "of" and what they belong to ("Jane Roe of Acme Corp", "Jane Roe of
    Cheyenne"): a given name opens it and no organisation's or role's word stands before "of"
    ("University of Iowa", "Secretary of State" are no person's name)."""
    at = words.index("of") if "of" in words else 0
    if at < 2 or _plain(words[0]) not in tables.given_names:
        return words
    head = words[:at]
    return words if any(_plain(w) in ORG_WORDS or _plain(w) in ROLE_WORDS for w in head) else head


def _after_descriptors(words: list[str], tables: NameTables) -> list[str]:
    """Leading words that end in an ordinary lower-case word after a hyphen describe the person
    ("Oscar-winner Roe", "Emmy-nominated Roe"): a name's hyphened parts are capitalised or short
    ("Lopez-Cantera", "Ki-moon", "al-Assad")."""
    while len(words) > 1 and is_descriptor(words[0], tables):
        words = words[1:]
    return words


def ordinary_word(low: str, tables: NameTables) -> bool:
    """A lower-case word written lower case in running text that opens no one's name ("free",
    "asks"): before a name it is a headline's, a button's or a sentence's word, not a first name."""
    return low in tables.ordinary and low not in tables.first_names


def is_descriptor(word: str, tables: NameTables) -> bool:
    """A word ending in an ordinary lower-case word after a hyphen ("Oscar-winner", "Emmy-nominated"):
    it describes a person, it is no part of their name."""
    head, dash, tail = word.rpartition("-")
    return bool(head and dash and tail.islower() and _plain(tail) in tables.ordinary and len(tail) > 3)


def _after_title(words: list[str], tables: NameTables) -> list[str]:
    """The person's name after an office glued before it: a given name after a title or a role word
    starts it ("Interior Secretary Ken Salazar", "Speaker of the House Rep. Paul Ryan"); else one or
    two words after a person's title ("Gov. Kasich") are it, unless they are ordinary words or an
    organisation's. A suffix closing the name is set aside first: the word before it is the surname,
    though a title's word ("Martin Luther King Jr.", "Ken Bishop III")."""
    if len(words) > 2 and words[-1].lower() in NAME_SUFFIXES:  # (most names end with none)
        named = words_before_suffixes(words)
        return [*_after_title(words[:named], tables), *words[named:]]
    for i in range(1, len(words) - 1):
        named = _plain(words[i]) in tables.given_names or opens_surname_first(words, i)
        if named and _is_title_word(words[i - 1], tables):
            return words[i:]  # "Interior Secretary Ken Salazar", "Secretary-General Ban Ki-moon"
    # the last title before the last word, read from the end: most names hold none
    last = next((i for i in range(len(words) - 2, -1, -1) if _title_of_a_person(words[i], tables)), None)
    if last is None or len(words) - last - 1 > _MOST_WORDS_AFTER_A_TITLE:
        return words
    rest = words[last + 1 :]
    named = all(w[:1].isupper() for w in rest) and not all(_plain(w) in tables.ordinary for w in rest)
    return rest if named and not any(_plain(w) in _ORG_OR_ROLE_WORDS for w in rest) else words


_ORG_OR_ROLE_WORDS = ORG_WORDS | ROLE_WORDS
_MOST_WORDS_AFTER_A_TITLE = 2
"""A title glued before more words than this opens an organisation's name, not a person's."""


def _is_title_word(word: str, tables: NameTables) -> bool:
    plain = _plain(word)
    if plain in tables.given_names:
        return False
    ordinary = plain in tables.ordinary and plain not in LINK_WORDS  # "of", "the" link a title's words
    if plain in tables.titles or plain in ROLE_WORDS or ordinary:
        return True
    # two offices joined ("Secretary-Treasurer", "Vice-Chair"): a title if each part is one
    parts = plain.split("-") if "-" in plain else ()
    return len(parts) > 1 and all(parts) and all(_is_title_word(part, tables) for part in parts)


def _title_of_a_person(word: str, tables: NameTables) -> bool:
    """A title that stands before a person's name alone, not an organisation's ("General", "State"),
    or a rank (:data:`RANKS`)."""
    plain = _plain(word)
    return (plain in tables.titles and (plain not in ROLE_WORDS or plain in _PERSON_TITLES)) or plain in RANKS


RANKS = frozenset(
    "admiral archbishop bishop cardinal rabbi imam pastor reverend colonel captain lieutenant sergeant "
    "corporal commander coach prosecutor detective inspector constable marshal".split()
)
"""Ranks of the armed forces, the police and the churches, and a few offices, written before a name
("Rear Admiral Guan Youfei", "Archbishop Aris Shirvanian", "Coach Jane Roe"): the closed class of
titles PolNeAR's politics rarely shows, so its learned titles lack them."""


_PERSON_TITLES = frozenset(t.rstrip(".") for t in TITLES)


def _after_preposition(word: str, text: str) -> bool:
    return written_after_one_of(word, _PLACE_PREPOSITIONS, text)


_PLACE_PREPOSITIONS = frozenset(("to", "of", "in", "from", "for", "at"))
