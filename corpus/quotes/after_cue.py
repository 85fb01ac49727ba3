"""The noun phrase after a cue verb ("said Jens Stoltenberg", "said the ruling", "said he"), and the
tokens :mod:`corpus.quotes.phrases` reads phrases in; offsets index the text given.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import islice
from pathlib import Path

from corpus.ingest.lazy_regex import compiled_on_first_use
from corpus.quotes.capital_modifiers import (
    CAPITALS,
    MODIFIERS_BEFORE,
    NOUNS_AFTER,
    name_after_modifiers,
    through_capitals,
)
from corpus.quotes.contracted import pronoun_end
from corpus.quotes.lexicon import (
    ARTICLES,
    CUE_FILLERS,
    CUE_WORDS,
    DETERMINERS,
    DOCUMENTS,
    LINK_WORDS,
    NAME_PARTICLES,
    NON_NAME_WORDS,
    NUMBER_WORDS,
    POSSESSIVE_ENDINGS,
    PREPOSITIONS,
    PRONOUNS,
    PUBLICATIONS,
    ROLE_WORDS,
    TIME_WORDS,
    ends_as_plural,
    has_joined_article,
)
from corpus.quotes.name_ends import NAMED_UNITS
from corpus.quotes.owned import named_after_description, owned_description
from corpus.quotes.roles import (
    Phrase,
    Token,
    is_capitalised,
    org_goes_on,
    phrase_from,
    word_key,
)
from corpus.quotes.token_runs import TOKEN, tokens_on

PHRASE_AFTER_REACH = 140
"""A phrase after a cue (`said Jens Stoltenberg`) is read in this many characters at most."""


THROUGH_CAPITALS_READ = 1 + MODIFIERS_BEFORE + CAPITALS + NOUNS_AFTER + 1
"""Tokens read after a determiner for a description through capitalised modifiers."""
_LINKS_BUT_THE = LINK_WORDS - {"the"}
_PHRASE_ENDS = LINK_WORDS | CUE_FILLERS | PREPOSITIONS | CUE_WORDS
_PRONOUNS_AFTER_CUE = PRONOUNS - {"who", "which", "it"}
"""Pronouns that can follow a cue as its subject ("said he"): not a relative "who", nor "it"."""


def phrase_after(text: str, lo: int, hi: int) -> Phrase | None:
    """The noun phrase starting at ``lo`` (just after a cue verb: `said Jens Stoltenberg`); someone
    known by whose they are is a description ("said Dorsey’s wife"), and a person named after a
    description is the speaker ("said Clinton’s spokesman, Brian Fallon": :mod:`owned`)."""
    phrase = _noun_phrase_after(text, lo, hi)
    if phrase is not None and (phrase.pronoun or (phrase.role and not phrase.description)):
        return phrase
    if phrase is None or phrase.description or text.endswith(POSSESSIVE_ENDINGS, phrase.start, phrase.end):
        owned = owned_description(text, lo, hi)
        if owned is not None and (phrase is None or owned.end >= phrase.end):
            phrase = owned  # "Dorsey’s wife", "Obama’s former chief of staff": whose they are
    if phrase is not None and phrase.description:
        return named_after_description(text, phrase, hi, _noun_phrase_after) or phrase
    return phrase


def _noun_phrase_after(text: str, lo: int, hi: int) -> Phrase | None:
    """The noun phrase starting at ``lo`` as written, up to a possessive or a comma."""
    # Tokens are read lazily: the phrase ends at its first non-name token, usually within a few words;
    # most often at the first (a pronoun, "that", a mark), found with one search, no scan opened for it
    reach = min(hi, lo + PHRASE_AFTER_REACH)
    first = TOKEN().search(text, lo, reach)
    if first is None:
        return None
    opener = first[0]
    key = word_key(opener)
    if key in _LINKS_BUT_THE or opener in PREPOSITIONS:
        return None  # ("added about Carson:": the object of a preposition is no cue's subject)
    if opener.lower() in _PRONOUNS_AFTER_CUE:
        return Phrase(first.start(), first.end(), None, None, pronoun=True)
    contracted = pronoun_end(opener)  # "He’s doing “very well”": the pronoun
    if contracted is not None:
        return Phrase(first.start(), first.start() + contracted, None, None, pronoun=True)
    determiner = key in DETERMINERS
    if not determiner and opens_no_phrase(opener):
        return None  # "said that", "said:", "said “…”": no token after it is read
    # the scan from the opener's end reads on as one from its start would (``token_runs``); a span
    # and a tuple joined: a tenth faster than three calls
    found = TOKEN().finditer(text, first.end(), reach)
    toks = [first.span() + (opener,)]  # noqa: RUF005
    toks += [m.span() + (m[0],) for m in islice(found, 5)]  # noqa: RUF005
    k = 0
    if determiner:
        words = tokens_on(TOKEN(), text, toks, reach, THROUGH_CAPITALS_READ)  # toks, found stay as read
        described = through_capitals(words, is_role_noun)  # "said a longtime GOP data expert"
        if described is not None:
            return described
        named = name_after_modifiers(words, is_role_noun)  # "said a tearful Jane Roe, who"
        if named is not None:
            return phrase_from(text, named)
        k = 1
    while True:
        if k == len(toks):
            more = next(found, None)
            if more is None:
                break
            toks.append(more.span() + (more[0],))  # noqa: RUF005
        tok = toks[k][2]
        if tok == "in" and k >= 2:
            _read_ahead(toks, found, k + 2)
            if k + 1 < len(toks) and org_goes_on([t[2] for t in toks[:k]], toks[k + 1][2]):
                k += 1  # "The Organization for Security and Cooperation in Europe"
                continue
        if not np_token(tok) or tok == "," or tok == "I":  # "Surely I": the pronoun is no name
            if not (k and tok.islower()) or tok in _NOT_ROLE_WORDS:
                break  # "said Jones on Monday", "Jones told": no role goes on
            _read_ahead(toks, found, k + ROLE_AFTER_CAPITALS + 2)
            role = _role_before_name(toks, k)  # "GOP front-runner Donald Trump": the role goes on
            if not role:
                break
            k += role - 1
        k += 1
    run = toks[:k]
    while run and word_key(run[-1][2]) in LINK_WORDS:
        run = run[:-1]
    if len(run) >= 2 and word_key(toks[0][2]) in ARTICLES and k < len(toks):
        _read_ahead(toks, found, k + 2)
        described = _modified_noun(toks, k)
        if described is not None:
            return described
    if k == 1 and word_key(toks[0][2]) in DETERMINERS:
        # "said the ruling", "said a spokesman for the campaign": a description
        k = 1
        while k < len(toks) and k < 5 and (_description_word(toks[k][2]) or _lone_age(toks, k)):
            k += 1
            if toks[k - 1][2].endswith("."):
                break  # "said the ruling." ends the sentence
        last = toks[k - 1][2].rstrip(".")
        if k > 1 and last not in LINK_WORDS and last not in NON_NAME_WORDS:
            text_ = " ".join(t[2] for t in toks[:k]).rstrip(".")
            return Phrase(toks[0][0], toks[k - 1][0] + len(last), None, text_, description=True)
    if not run:
        run = _modified_name(toks, found)
    if not run or (len(run) == 1 and word_key(run[0][2]) in DETERMINERS):
        return None
    phrase = phrase_from(text, run)
    if phrase is not None and phrase.name and word_key(run[-1][2]) in NAMED_UNITS:
        _read_ahead(toks, found, k + 3)
        if _goes_on(toks, k):
            # "wrote Post White House bureau chief Juliet Eilperin": the unit's name modifies a role
            return Phrase(phrase.start, phrase.end, None, phrase.name, description=True)
    return phrase


def _read_ahead(toks: list[Token], found: Iterator[re.Match[str]], count: int) -> None:
    """Tokens read lazily up to ``count`` of them (fewer where the reach ends)."""
    while len(toks) < count and (more := next(found, None)) is not None:
        toks.append(more.span() + (more[0],))  # noqa: RUF005


_ROLE_HEADS_FILE = Path(__file__).with_name("role_heads.json")
_LEARNED_WORDS = json.loads(_ROLE_HEADS_FILE.read_text(encoding="utf-8"))
ROLE_HEADS = frozenset(_LEARNED_WORDS["words"])
"""Nouns written before a person's name as its role that ROLE_WORDS lacks ("front-runner", "mogul",
"neurosurgeon"), learned from PolNeAR train's text (``train/role_heads.py``)."""
VERBS = frozenset(_LEARNED_WORDS["verbs"])
"""Lower-case words PolNeAR train writes as verbs ("beat", "told", "hit"), learned with
:data:`ROLE_HEADS`: never a role's word ("Trump beat rival Ted Cruz" is a clause)."""


def is_role_noun(word: str) -> bool:
    """A noun for a person's job as written before or after a name: the lexicon's role words or a
    learned role head (:data:`ROLE_HEADS`)."""
    return word in ROLE_WORDS or word in ROLE_HEADS


_NOT_ROLE_WORDS = _PHRASE_ENDS | NON_NAME_WORDS | TIME_WORDS | PRONOUNS | DETERMINERS | VERBS
ROLE_AFTER_CAPITALS = 3
"""Lower-case words a role may have between an organisation's or a place's name and a person's
("Idaho nutritional-supplement executive Frank VanderSloot", "Concord resident Whit Symms")."""


def _role_before_name(toks: list[Token], k: int) -> int:
    """How many lower-case words at ``k`` end a role before a capitalised name: a learned role noun
    ("GOP front-runner Donald Trump"), or a modifier and a role noun after a role's lower-case word
    ("Clinton's top foreign policy aide Jake Sullivan"; not "Trump beat rival Ted Cruz"), or nouns
    after a capitalised word before a full name (:func:`_role_after_capitals`); else 0."""
    words = [t[2] for t in toks[k : k + ROLE_AFTER_CAPITALS + 2]]
    if len(words) >= 2 and words[0] in ROLE_HEADS and words[1][:1].isupper():
        return 1
    if not toks[k - 1][2].islower():
        return _role_after_capitals(words)
    if k >= 2 and toks[k - 1][2] == "and" and _role_word(toks[k - 2][2]):
        return _role_after_capitals(words)  # "Anchorage businessman and blogger Andrew Halcro"
    if len(words) < 3 or not words[2][:1].isupper():
        return 0
    modifier, head = words[0], words[1]
    if modifier in _PHRASE_ENDS or not modifier.replace("-", "").isalpha() or modifier.endswith(("ed", "s")):
        return 0
    return 2 if is_role_noun(head) else 0


def _role_after_capitals(words: list[str]) -> int:
    """How many lower-case words open ``words`` as a role between capitalised words and a person's
    full name ("Oscar producer Laurence Mark", "Monmouth University political scientist Patrick
    Murray", "Clinton ally James Carville"): nouns and adjectives, none a verb, a participle, a
    plural or an adverb by its shape or a closed-class word, then two capitalised words; else 0."""
    j = 0
    while j < len(words) and j < ROLE_AFTER_CAPITALS and (_role_word(words[j]) or _joins_roles(words, j)):
        j += 1
    if j == 0 or j + 1 >= len(words):
        return 0
    name = words[j : j + 2]
    return j if all(is_capitalised(w) and np_token(w) and w.rstrip(".").isalpha() for w in name) else 0


def _joins_roles(words: list[str], j: int) -> bool:
    """Whether ``words[j]`` is an "and" between two role words ("businessman and blogger")."""
    if not (words[j] == "and" and 0 < j < len(words) - 1 and _role_word(words[j - 1])):
        return False
    after = words[j + 1]  # "co-founder and CEO Daniel Ek": a role's abbreviation in capitals too
    return _role_word(after) or (after.isupper() and after.lower() in ROLE_WORDS)


def _role_word(word: str) -> bool:
    """A lower-case word that can stand in a role: a noun or an adjective, not a verb by the data
    (:data:`VERBS`) nor by its shape (:func:`shaped_as_verb_or_plural`)."""
    if not (word.islower() and word.replace("-", "").isalpha()) or word in _NOT_ROLE_WORDS:
        return False
    return not shaped_as_verb_or_plural(word)


def shaped_as_verb_or_plural(word: str) -> bool:
    """A participle, an adverb, a plural or a verb's "-s" by its ending ("-ed", "-ing", "-ly", "-s"
    but not "-ss", "-us", "-is"): never a role's word."""
    return word.endswith(("ed", "ing", "ly")) or ends_as_plural(word)


def _goes_on(toks: list[Token], k: int) -> bool:
    """Whether the noun phrase goes on past the run read to a role: a lower-case word that no
    preposition, link or filler opens, then a role word ("bureau chief …"; not "on Monday", ",
    adding" or a verb: "denied the claim"), or to a document ("… Office report found")."""
    if k + 1 >= len(toks):
        return False
    tok = toks[k][2]
    if not (tok.isalpha() and tok.islower()) or tok in _PHRASE_ENDS:
        return False
    if tok in PUBLICATIONS or tok in DOCUMENTS:
        return True  # "A Government Accountability Office report found": the report is the phrase
    return any(is_role_noun(t[2]) for t in toks[k + 1 : k + 3])


def _modified_noun(toks: list[Token], k: int) -> Phrase | None:
    """`The Diamond Bar resident was`, `A Brooklyn woman who claims`: capitalised words before a
    lower-case noun name a place or a group that qualifies the noun, and the phrase is a description."""
    noun = toks[k][2]
    after = toks[k + 1][2] if k + 1 < len(toks) else ""
    verb_next = after in (",", "who") or after.lower() in CUE_FILLERS or after in CUE_WORDS
    if not _description_word(noun) or not verb_next or noun in PUBLICATIONS:
        return None  # "A New York Times report said": the outlet is the source
    words = " ".join(t[2] for t in toks[: k + 1])
    return Phrase(toks[0][0], toks[k][1], None, words, description=True)


# "the statement noted"
_NOT_DESCRIPTION = CUE_FILLERS | NON_NAME_WORDS | LINK_WORDS | PRONOUNS | NUMBER_WORDS | CUE_WORDS


AGED = compiled_on_first_use(r"\d{1,3}-year-old")
"""An age that heads a description by itself ("the 46-year-old said", "said the 46-year-old.")."""


def _lone_age(toks: list[Token], k: int) -> bool:
    """An age heading a description ("said the 46-year-old."), not one before a name ("said the
    27-year-old Jane Roe", where the name is the speaker)."""
    if not toks[k][2][:1].isdigit() or AGED().fullmatch(toks[k][2].rstrip(".")) is None:
        return False
    return toks[k][2].endswith(".") or k + 1 >= len(toks) or not toks[k + 1][2][:1].isupper()


def _description_word(tok: str) -> bool:
    """A lower-case word of a description ("the ruling"), not a verb, adverb or number after it."""
    low = tok.rstrip(".")
    return low.isalpha() and low.islower() and not low.endswith("ly") and low not in _NOT_DESCRIPTION


_NO_MODIFIER = NON_NAME_WORDS | LINK_WORDS | PRONOUNS | CUE_FILLERS | DETERMINERS
"""Lower-case words that are no modifier of a name after a cue (:func:`_modified_name`)."""


def opens_no_phrase(opener: str) -> bool:
    """Whether the first token after a cue (no link word, preposition, pronoun or determiner) ends the
    phrase there, whatever follows (":", "“", "that"): as :func:`_noun_phrase_after` would find."""
    if np_token(opener):
        return False
    return not (opener.isdigit() or opener == "/" or opener.islower()) or opener.lower() in _NO_MODIFIER


def _modified_name(toks: list[Token], found: Iterator[re.Match[str]]) -> list[Token]:
    """`said 9/11 widow Terry Strada`, `said longtime aide Jane Roe`: a few lower-case words or
    numbers before a name; the name with them (they become its role)."""
    j = 0
    while j < min(len(toks), 5) and (toks[j][2].isdigit() or toks[j][2] == "/" or toks[j][2].islower()):
        low = toks[j][2].lower()
        if _joins_roles([t[2] for t in toks[: j + 2]], j):
            j += 1  # "said actor and director Jane Roe"
            continue
        if low in _NO_MODIFIER:
            return []
        j += 1
    k = j
    while k < len(toks) and is_capitalised(toks[k][2]) and np_token(toks[k][2]):
        k += 1
    if 0 < j < k < len(toks) and _role_word(toks[k][2]):
        _read_ahead(toks, found, k + ROLE_AFTER_CAPITALS + 2)
        role = _role_after_capitals([t[2] for t in toks[k : k + ROLE_AFTER_CAPITALS + 2]])
        if role:  # "former TV network anchor Katie Couric": the role goes on to the name
            k += role
            while k < len(toks) and is_capitalised(toks[k][2]) and np_token(toks[k][2]):
                k += 1
    return toks[:k] if 0 < j < k else []


_NOT_NP = frozenset(("’", "'", ",", ".", ";", ":", "“", "”", '"'))
_STOP_NOT_LINK = NON_NAME_WORDS - LINK_WORDS
_ROLE_OR_LINK = ROLE_WORDS | LINK_WORDS | NAME_PARTICLES


@lru_cache(maxsize=1 << 14)
def np_token(tok: str) -> bool:
    """A token that can stand in a noun phrase: a capitalised word, a role or link word, a bracket."""
    # called for every token of every phrase (19,000 calls on 2 MB of the bench corpus, a few
    # thousand words): its answer is the word's alone, kept per word and process
    if tok in _NOT_NP:
        return False
    low = tok.lower().rstrip(".") if len(tok) > 3 else tok.lower()
    if low in _STOP_NOT_LINK:
        return False
    first = tok[:1]
    if first.isupper() or (first == "(" and len(tok) > 2) or (first.isdigit() and tok.endswith(("s", "’s"))):
        return True
    if (first == "a" or first == "e") and has_joined_article(tok):
        return True  # "al-Assad"
    return low in _ROLE_OR_LINK  # a role ("spokesman"), a link ("of"), a name's particle ("de")
