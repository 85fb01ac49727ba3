"""Words of reported speech: cue verbs, and who stands next to them (names, roles, pronouns).

No NLP model: a lexicon of reporting verbs (:mod:`corpus.quotes.lexicon`) and a small
grammar of the noun phrases news copy puts next to them ("NATO Secretary-General Jens Stoltenberg",
"the Kremlin's Peskov", "a source", "he"). Every function takes a text and
offsets into it and returns offsets into the same text. The phrase after a cue ("said Jens
Stoltenberg") is read in :mod:`corpus.quotes.after_cue`; this module reads the one before it.
"""

from __future__ import annotations

import re

from corpus.quotes.after_cue import AGED, PHRASE_AFTER_REACH, TOKEN, is_role_noun, np_token, phrase_after
from corpus.quotes.capital_modifiers import description_back
from corpus.quotes.contracted import pronoun_end
from corpus.quotes.cue_adverbs import adverb_after_subject, adverbs_before
from corpus.quotes.lexicon import (
    APPOSITIVE_OPENERS,
    ARTICLES,
    ASIDE_PREPOSITIONS,
    CUE_FILLERS,
    DETERMINERS,
    LINK_WORDS,
    MODIFIER_PREPOSITIONS,
    NON_NAME_WORDS,
    PRONOUNS,
    TIME_PREPOSITIONS,
    TIME_WORDS,
)
from corpus.quotes.roles import Phrase, Token, org_goes_on, phrase_from, word_key
from corpus.quotes.shares import a_number, respondents_before, share_before
from corpus.quotes.stretch_memo import StretchMemo
from corpus.quotes.token_runs import tokens_in

__all__ = [
    "PHRASE_AFTER_REACH",
    "SUBJECT_REACH",
    "TOKEN",
    "Phrase",
    "np_token",
    "phrase_after",
    "phrase_before",
]

SUBJECT_REACH = 160
"""A subject phrase before its cue is never longer than this: the work stays local."""
APPOSITIVE_TOKENS = 26
"""An appositive between a name and its cue (`Douglas Brinkley, a historian who …, said`) is shorter."""


def phrase_before(text: str, lo: int, hi: int) -> Phrase | None:
    """The noun phrase ending at ``hi`` (just before a cue verb), not reaching before ``lo``.

    Skips auxiliaries and adverbs ("also", "has"), and understands an appositive:
    "A Russian foreign ministry spokeswoman, Maria Zakharova," gives Maria Zakharova.
    (Remembered per process by the stretch read and the answers about the whole article it relied
    on: :mod:`corpus.quotes.stretch_memo`.)
    """
    return _REMEMBERED(text, max(lo, hi - SUBJECT_REACH), hi)


def _phrase_before(text: str, lo: int, hi: int) -> Phrase | None:
    toks = tokens_in(text, lo, hi)
    i = _before_fillers(toks, len(toks) - 1, adverbs_before(text, hi))
    if i < len(toks) - 1 and (i < 0 or toks[i][2] in _NO_SUBJECT_BEFORE) and _a_name(toks[i + 1][2]):
        i += 1  # "“…,” Long said": a filler word capitalised with no subject before it is the subject
    closed = i >= 1 and toks[i][2] == ","
    if closed:
        # "Maria Zakharova, said" (appositive closed) or "Smith, 45, said": step over the comma
        i -= 1
        if i >= 2 and toks[i][2].isdigit() and toks[i - 1][2] == ",":
            i -= 2  # "Quina Jones, 25, said"
    if i < 0:
        return None
    if closed:
        named = _named_before_appositive(text, lo, toks, i)
        if named is not None:
            return named
    last = toks[i][2]
    contracted = pronoun_end(last)
    if contracted is not None:  # "He’s said": the pronoun
        last = last[:contracted]
        toks[i] = (toks[i][0], toks[i][0] + contracted, last)
    if last.lower() in PRONOUNS:
        return _pronoun_before(text, lo, toks, i)
    if word_key(last) in LINK_WORDS:
        return None  # "paused and said": the subject is the earlier verb's
    j = _run_start(toks, i)
    run = toks[j + 1 : i + 1]
    if not run:
        return (
            _before_participle_modifier(text, lo, toks, i)
            or _description_before(toks, i)
            or share_before(toks, i)
            or respondents_before(toks, i)
        )
    run = _name_run(toks, j, run)
    if not run:
        return None
    placed = _description_in_place(toks, j, i)
    if placed is not None:
        return placed
    phrase = phrase_from(text, run)
    if phrase is not None and phrase.description and phrase.name is None and not closed:
        # "A longtime GOP data {expert} said": the description from its determiner
        phrase = description_back(toks, j + 1, i, is_role_noun) or phrase
    if phrase is not None and closed:
        subject = _subject_before_aside(text, lo, toks, phrase)
        if subject is not None:
            return subject
    comma = j if j >= 0 and toks[j][2] == "," else -1
    if phrase is None or comma < 1 or not (closed or _unclosed_appositive(phrase, run)):
        return phrase
    return _with_appositive(text, lo, toks, comma, run, phrase)


_PLACE_PREPOSITIONS = frozenset(("in", "at", "from"))
_DESCRIPTION_WORDS = 6
"""A description before the place its holder is in ("A British government spokeswoman") is short."""


def _description_in_place(toks: list[Token], j: int, i: int) -> Phrase | None:
    """`A British government spokeswoman in Washington said`, `a spokesman for Acme in London said`:
    a description and the place its holder is in, the name a place's (``toks[j]`` the word before
    the name ending at ``i``)."""
    if j < 1 or toks[j][2] not in _PLACE_PREPOSITIONS:
        return None
    k, held = j - 1, False
    while k >= 0 and j - k <= _DESCRIPTION_WORDS and toks[k][2].lower() not in ARTICLES:
        word = toks[k][2]
        if not word.isalpha():
            return None
        held = held or (word.islower() and is_role_noun(word))
        k -= 1
    if k < 0 or toks[k][2].lower() not in ARTICLES or not held:
        return None
    return Phrase(toks[k][0], toks[i][1], None, " ".join(t[2] for t in toks[k : i + 1]), description=True)


def _subject_before_aside(text: str, lo: int, toks: list[Token], phrase: Phrase) -> Phrase | None:
    """The subject before an aside whose last phrase is the object of a preposition (`Clinton, also
    campaigning in Wisconsin, said`): the name before the aside's opening comma."""
    k = next((n for n in range(len(toks) - 1, -1, -1) if toks[n][0] == phrase.start), -1)
    if k < 1 or toks[k - 1][2].lower() not in ASIDE_PREPOSITIONS:
        return None
    opening = _aside_comma(toks, k - 1)
    if opening < 1 or toks[opening][2] != ",":
        return None
    subject = phrase_before(text, lo, toks[opening][0])
    if subject is None or subject.name is None or subject.start >= toks[opening][0]:
        return None
    return subject


_NO_SUBJECT_BEFORE = frozenset('.!?,;:“”"')
"""Tokens no subject ends with: a capitalised filler word after one is the subject's name."""


def _a_name(tok: str) -> bool:
    """A capitalised word that can be a name ("Long", "Early"), not one that never is ("Also")."""
    return tok[:1].isupper() and tok.lower() not in NON_NAME_WORDS


def _before_fillers(toks: list[Token], i: int, adverbs: bool = False) -> int:
    """The last token at or before ``i`` that is not an auxiliary, an adverb or a time between a
    subject and its cue ("has also", "on Monday"); ``adverbs``: any adverb after a name or pronoun
    too (:mod:`corpus.quotes.cue_adverbs`)."""
    while i >= 0:
        tok = toks[i][2]
        low = tok.lower()
        if low in CUE_FILLERS or (adverbs and adverb_after_subject(toks, i)):
            i -= 1
        elif (
            i >= 1
            and (tok.isdigit() or low in TIME_WORDS)
            and toks[i - 1][2].lower() in TIME_PREPOSITIONS
            and not (i >= 2 and a_number(toks[i - 2][2]))  # "four in 10 said": a share, no time
        ):
            i -= 2  # "who in 2010 said", "Trump on Monday said": a time between subject and verb
        else:
            break
    return i


def _pronoun_before(text: str, lo: int, toks: list[Token], i: int) -> Phrase | None:
    """The pronoun ``toks[i]`` as a subject ("he said"), or the name a relative "who" stands for."""
    low = toks[i][2].lower()
    if (i >= 1 and toks[i - 1][2] in "([") or (i + 1 < len(toks) and toks[i + 1][2] == "-"):
        return None
    if low in ("who", "which") and i >= 2 and toks[i - 1][2] == ",":
        from corpus.quotes.party_tags import before_party_tag
        from corpus.quotes.relative_antecedents import named_before_place  # it reads phrase_before

        placed = named_before_place(text, lo, toks[i][0]) if low == "who" else None
        if placed is not None:
            return placed  # "Jane Roe of Madison, Alabama, who said": Jane Roe, not Alabama
        tagged = before_party_tag(text, lo, toks[i - 1][1])  # "Jane Roe, R-Ohio, who said": Jane Roe
        antecedent = phrase_before(text, lo, toks[i - 1][0] if tagged == toks[i - 1][1] else tagged)
        if antecedent is not None and antecedent.name:
            return antecedent  # "Al Sharpton, who said", "Jane Roe, R-Ohio, who said"
    if low in ("who", "which") and i >= 1 and toks[i - 1][2].islower():
        return None  # "anybody who complains": a restrictive clause names no one
    return Phrase(toks[i][0], toks[i][1], None, None, pronoun=True)


def _run_start(toks: list[Token], i: int) -> int:
    """The index just before the run of noun-phrase tokens that ends at ``i``."""
    j = i
    while j >= 0 and np_token(toks[j][2]):
        j -= 1
    while 1 <= j < i and toks[j][2] == "in" and np_token(toks[j - 1][2]):
        # "The Organization for Security and Cooperation in Europe said": "in" inside a long name
        m = j - 1
        while m >= 0 and np_token(toks[m][2]):
            m -= 1
        if not org_goes_on([t[2] for t in toks[m + 1 : j]], toks[j + 1][2]):
            break
        j = m
    return j


def _name_run(toks: list[Token], j: int, run: list[Token]) -> list[Token]:
    """The run without the joining words and commas it opens with (an appositive: "<description>,
    <Name>," — the name inside the commas), with the determiner before it."""
    while run:
        key = word_key(run[0][2])
        if not (key in LINK_WORDS or run[0][2] in ",") or key in DETERMINERS:
            break
        run = run[1:]
    if j >= 0 and word_key(toks[j][2]) in DETERMINERS and run:
        run = [toks[j], *run]
    return run


def _with_appositive(
    text: str, lo: int, toks: list[Token], comma: int, run: list[Token], phrase: Phrase
) -> Phrase:
    """``phrase``, read between commas, joined with the phrase before the first comma: a name and
    its description, in either order."""
    other = phrase_before(text, lo, toks[comma][0]) if toks[comma - 1][2] != "," else None
    if other is None or other.pronoun:
        return phrase
    if phrase.name and other.description:
        # "A Russian foreign ministry spokeswoman, Maria Zakharova, said"
        return Phrase(phrase.start, phrase.end, phrase.name, other.role or phrase.role)
    if phrase.description and other.name and (word_key(run[0][2]) in DETERMINERS or _of_something(phrase)):
        # "Jane Smith, a spokeswoman for the ministry, said", "Andrew Wetzler, director of the NRDC's …"
        return Phrase(other.start, other.end, other.name, phrase.role or other.role)
    return phrase


def _unclosed_appositive(phrase: Phrase, run: list[Token]) -> bool:
    """ "Karen Hobert Flynn, president of Common Cause said": a role held in something, with no
    determiner, after a comma; the comma closing it left out. (With a determiner, "In an interview
    with Jane Roe, the candidate said", the description is the subject.)"""
    return phrase.description and word_key(run[0][2]) not in DETERMINERS and _of_something(phrase)


def _of_something(phrase: Phrase) -> bool:
    """A role held in something ("director of the NRDC's Endangered Species Program")."""
    return phrase.role is not None and (" of " in phrase.role or " for " in phrase.role)


def _description_before(toks: list[Token], i: int) -> Phrase | None:
    """`the announcer said`, `one questioner claimed`, `the 34-year-old mother of three replied`: a
    determiner and a few lower-case words (an age, and an `of` inside)."""
    k = i
    while k >= 0 and i - k < 6:
        tok = toks[k][2]
        if not (tok.isalpha() and (tok.islower() or k < i)):
            # an age modifies the head ("the 34-year-old mother") or is it ("the 46-year-old said")
            aged = _AGE if k < i else AGED()
            if not (tok[:1].isdigit() and aged.fullmatch(tok)):
                return None
        if tok.lower() in DETERMINERS and k < i:
            text = " ".join(t[2] for t in toks[k : i + 1])
            return Phrase(toks[k][0], toks[i][1], None, text, description=True)
        inner_of = tok == "of" and k < i
        if (
            tok in NON_NAME_WORDS
            or (tok in LINK_WORDS and not inner_of)
            or tok in CUE_FILLERS
            or not tok.islower()
        ):
            return None
        k -= 1
    return None


def _before_participle_modifier(text: str, lo: int, toks: list[Token], i: int) -> Phrase | None:
    """`Protesters marching through the streets chanted`, `officials speaking on condition of anonymity
    said`: the subject is the noun before the participle, not the object of its preposition."""
    for k in range(i - 1, max(0, i - 7), -1):
        tok = toks[k][2]
        if not (tok.isalpha() and tok.islower()):
            return None
        if tok.endswith("ing") and toks[k + 1][2] in MODIFIER_PREPOSITIONS and k + 1 < i:
            subject = phrase_before(text, lo, toks[k][0])
            if subject is None or subject.pronoun or subject.end < toks[k][0] - 1:
                return None
            return subject
    return None


_AGE = re.compile(r"\d+-[a-z]+(?:-[a-z]+)*")


def _named_before_appositive(
    text: str, lo: int, toks: list[Token], i: int, nested: bool = False
) -> Phrase | None:
    """`Douglas Brinkley, a historian who attended the session, said`: the name before the appositive
    (before two of them: `Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said`)."""
    k = _aside_comma(toks, i)
    if k < 1 or toks[k][2] != "," or i == k:
        return None
    if _place_tail(toks, k, i):
        # "Clinton, during a town hall in Columbus, Ohio, said": the state closes the aside's place
        k = _aside_comma(toks, k - 1)
        if k < 1 or toks[k][2] != ",":
            return None
    opener = toks[k + 1][2].lower()
    party = re.match(r"[rdi]-[a-z]", opener) is not None  # "Mitch McConnell, R-Ky., said"
    if i - k < 2 and not party:
        return None
    job = _names_a_job(opener)  # "Jon Roe, president of the union, said": a role with no article
    if opener not in APPOSITIVE_OPENERS and not opener.endswith(_OWNER_MARKS) and not party and not job:
        return None
    if not nested and k >= 2 and toks[k - 1][2] != ",":
        first = _named_before_appositive(text, lo, toks, k - 1, nested=True)
        if first is not None:
            return first
    named = phrase_before(text, lo, toks[k][0])
    if named is None or named.name is None or named.start >= toks[k][0]:
        return None
    appositive = text[toks[k + 1][0] : toks[i][1]]
    own = (opener in ("a", "an", "the") or job or opener.endswith(_OWNER_MARKS)) and " who " not in appositive
    return Phrase(named.start, named.end, named.name, appositive if own else named.role)


_OWNER_MARKS = ("’s", "'s", "s’", "s'")
"""A possessive opening an appositive ("Jeff Weaver, Sanders’ campaign manager, said")."""


def _names_a_job(word: str) -> bool:
    """A job or title that may open an appositive with no article ("president", "co-founder",
    "spokeswoman": ``after_cue.is_role_noun``)."""
    return word.islower() and is_role_noun(word.removeprefix("co-"))


def _aside_comma(toks: list[Token], i: int) -> int:
    """The index of the comma (or other stop) that opens the stretch of tokens ending at ``i``."""
    k = i
    while k >= 0 and toks[k][2] not in ',;:“”"' and i - k < APPOSITIVE_TOKENS:
        k -= 1
    return k


PLACE_TAIL_TOKENS = 2
"""A state or country after a city ("Columbus, Ohio", "Paris, Texas", "Lagos, Nigeria") is this short."""


def _place_tail(toks: list[Token], k: int, i: int) -> bool:
    """The tokens after the comma ``k`` up to ``i`` are a place's second part ("Columbus, Ohio"): a
    word or two, capitalised, after a capitalised word that is not a title or a role."""
    if i - k > PLACE_TAIL_TOKENS or k < 2:
        return False
    before = toks[k - 1][2]
    return (
        before[:1].isupper()
        and before.isalpha()
        and all(t[2][:1].isupper() and t[2].replace(".", "").isalpha() for t in toks[k + 1 : i + 1])
    )


_REMEMBERED = StretchMemo(_phrase_before).__call__
"""(The memo's bound method: Python calls it at once, an instance only through its type's slot, a
third of a microsecond more, for each of the phrases asked.)"""
