"""Whose "he" or "she" a lone surname is: the sex the article gives a subject written as one word
("Miller said …; he added “…”"), read from the subject pronouns it writes right after that word.

A lone surname the article never writes after a first name or a title is no person to
:meth:`corpus.quotes.subjects.Subjects.is_person`, so "he" stepped over it to someone named before.
Where the article itself calls the word "he" ("Miller said he would …", anywhere in it) and the
pronoun is "he", the surname is the person it stands for; where the article calls it "she", a "he"
steps over it (and the reverse). Where the article says nothing, nothing changes.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from corpus.quotes.lexicon import NON_NAME_WORDS, ORG_WORDS, ROLE_WORDS, ends_as_plural, is_nationality
from corpus.quotes.roles import opening_common_word, written_inside
from corpus.quotes.sighting_genders import written_at
from corpus.quotes.subject_traits import GENDERED

WRITINGS_READ = 64
"""How many writings of a surname are read for the pronoun after it (bounded work on long texts)."""
_WORD_BEFORE = re.compile(r"(?<![\w’'-])")
_WORD_AFTER = re.compile(r"(?![\w’'-])")
"""A surname as a word of its own: not inside another, nor "Miller’s" (the pronoun after "Miller’s
wife said she" is the wife's)."""
NOT_SURNAMES = NON_NAME_WORDS | ORG_WORDS | ROLE_WORDS
"""Lone capitalised words that are no one's surname ("Officials", "Police", "Spokesman"): a pronoun
after them ("Police said he …") is someone else's."""


def lone_surname(name: str) -> bool:
    """A subject written as one capitalised word that may be a person's surname: not a plural, a
    nationality, an acronym, an organisation's or a role's word."""
    if " " in name or len(name) < 3 or not name[:1].isupper() or name.isupper():
        return False
    if not (name.isalpha() or _hyphened(name)):
        return False
    low = name.lower()
    return low not in NOT_SURNAMES and not ends_as_plural(name) and not is_nationality(name)


def _hyphened(name: str) -> bool:
    """ "Ocasio-Cortez", "O'Rourke", "D’Souza": a surname with a hyphen or an apostrophe in it."""
    parts = name.replace("’", "-").replace("'", "-").split("-")
    return len(parts) > 1 and all(p.isalpha() for p in parts)


PRONOUN_AFTER = re.compile(r"(?:,\s+\d{1,3},)?((?:\s+(?:[a-z]+|[A-Z]{2,})){0,4}?)\s+(he|she)\b")
"""A subject pronoun at most four lower-case words or acronyms after the surname (and its age),
nothing else between: "Miller said he", "Miller, 43, told FBI agents she", "Miller added that he"
(the pronoun the surname's own clause says it by; not "… outside Minneapolis, says he", "…
criticizing Trump, however, she", nor "ProPublica obtained a video of the speech and said she": a
comma or a longer stretch may bring in someone else)."""
KIN_HE = frozenset("husband son brother father grandfather grandson uncle nephew boyfriend widower".split())
KIN_SHE = frozenset(
    "wife daughter sister mother grandmother granddaughter aunt niece girlfriend widow".split()
)
"""Kin a name is set beside ("Clinton's husband, Bill", "Her daughter, Ann"): they say its sex."""
SEXED_WORDS = {**GENDERED, **dict.fromkeys(KIN_HE, "he"), **dict.fromkeys(KIN_SHE, "she")}
"""Words before or in a lone name's role that say "he" or "she" of it: titles, roles, common given
names (the hand list :data:`corpus.quotes.subject_traits.GENDERED`) and kin."""
_BEFORE_REACH = 20
"""Characters before a lone name read for the word set beside it ("husband, Bill")."""
_WORD_BESIDE = re.compile(r"([A-Za-z]+\.?),? *\Z")
"""The word right before a name in its line, a comma at most between ("husband, Bill", "Mr. Roe"; a
period kept: "… Her Daughter. Getty." is a headline's last word, "daughter." no kin)."""
NEW_CLAUSES = frozenset(
    "and or but nor whom which when because if as while after before since than so until unless".split()
)
"""Words that open another clause between the surname and a pronoun ("Roe and he", "Roe, whom he
…", "Roe because she"): its pronoun is its own subject's, not the surname's."""


@lru_cache(maxsize=256)
def called(masked: str, surname: str) -> str | None:
    """ "he" or "she": the subject pronoun the article writes most right after ``surname``
    (:data:`PRONOUN_AFTER`); None where it writes neither, or as many of each. (Cached per article
    and word: every pronoun after the word asks again.)"""
    votes: Counter[str] = Counter()
    for count, end in enumerate(written_at(masked, surname, _WORD_BEFORE, _WORD_AFTER)):
        if count >= WRITINGS_READ:
            break
        after = PRONOUN_AFTER.match(masked, end)
        if after is not None and NEW_CLAUSES.isdisjoint(after.group(1).split()):
            votes[after.group(2)] += 1
    if votes["he"] == votes["she"]:
        return None
    return "he" if votes["he"] > votes["she"] else "she"


def surname_verdict(masked: str, name: str, role: str | None, at: int, pronoun: str) -> bool | None:
    """For a "he" / "she" ``pronoun`` meeting a subject no person by its name alone, written at ``at``:
    True where the subject is a lone surname its role (:func:`said_by`) or the article (:func:`called`)
    calls by ``pronoun`` (it stands for it), False where they call it the other (step over it), None
    where they say nothing or the subject is no lone surname (nor a common word opening a sentence:
    "Soon, he found …" is no one's)."""
    if not lone_surname(name):
        return None
    at = max(at, masked.find(name, at))  # the word itself, after a role written before it
    sex = said_by(masked, at, role) or called(masked, name)
    # Most lone words are never called "he" or "she": asked first, as the article-wide sex is kept
    # per article and word, and the opening-word test is read afresh at every place.
    if sex is None or _common_word(masked, name, at):
        return None
    if opening_common_word(masked, at, at + len(name), name) is not None:
        return None
    return sex == pronoun


def said_by(masked: str, at: int, role: str | None) -> str | None:
    """ "he" or "she" where a word of the role written with the name, or the word right before it,
    says it ("Her father, Brad", "Clinton's husband, Bill", "Mr.": :data:`SEXED_WORDS`; not the
    census's given names, which give "Clinton" to men)."""
    for word in (role or "").split():
        sex = SEXED_WORDS.get(word.lower().strip(".,"))
        if sex is not None:
            return sex
    beside = _WORD_BESIDE.search(masked, max(0, at - _BEFORE_REACH), at)
    return SEXED_WORDS.get(beside.group(1).lower()) if beside is not None else None


def _common_word(masked: str, name: str, at: int) -> bool:
    """A word the language writes in lower case ("Soon", "Later", "Meanwhile") the article never
    capitalises inside a sentence: a sentence's opening word, no surname ("Page said" after "said
    Page" is one)."""
    from corpus.quotes.names import ordinary_word, shipped_tables  # names reads the quote modules

    return ordinary_word(name.lower(), shipped_tables()) and not written_inside(masked, name, at)
