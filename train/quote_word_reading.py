"""What a quote's own words say about who said it: traits of a candidate read against the words
inside the quote (issue 15, h-feat26), as ``train/quote_word_features.py`` tries them as ranker
features. Written as the engine would read them (one regex pass over a quote, set lookups), kept
here since none lifted the cross-validated figure (see that script's docstring).

A reader uses the quote itself: people seldom speak of themselves by name ("“Roe is wrong,” Doe
said": Roe did not say it), a quote in the first person plural ("we", "our") is more often a group's
or an organisation's than one person's, and one in the first person singular seldom an
organisation's; a name the quote addresses ("Mr. President, …", "…, Senator Roe?") is the one spoken
to. The quote's words are scanned once (:func:`read_quote`: one regex pass and set lookups) and each
candidate's traits read against them (:func:`traits_of`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from corpus.quotes.lexicon import HONORIFICS, POSSESSIVE_ENDINGS, PRONOUNS
from corpus.quotes.subject_traits import gender_of

FIRST_SINGULAR = frozenset("i me my mine myself i'm i've i'd i'll".split())
"""Words of a quote in the first person singular: one person speaking."""
FIRST_PLURAL = frozenset("we us our ours ourselves we're we've we'd we'll".split())
"""Words of a quote in the first person plural: a group, an organisation, or a person for one."""
GROUP_PRONOUNS = frozenset(("they", "we", "who"))
"""Pronoun candidates that may stand for a group ("who" after "officials, who…")."""
PERSON_PRONOUNS = frozenset(("he", "she", "i"))
"""Pronoun candidates that stand for one person."""
ADDRESS_TITLES = frozenset(
    "mr mrs ms dr sen senator rep congressman congresswoman gov governor president secretary "
    "judge mayor general madam sir".split()
)
"""Words that open a vocative before a name ("Mr. Roe, …", "Senator, …"): the quote speaks to
that person, who is not its speaker."""
_NAME_WORDS = r"(?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'-]*"
_VOCATIVE_START = re.compile(r"\s*(" + _NAME_WORDS + r")\s*,")
_VOCATIVE_END = re.compile(r",\s*(" + _NAME_WORDS + r")\s*[.!?]*\s*$")
_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")
THIRD_PERSON_SEX = {
    **dict.fromkeys(("he", "him", "his", "himself"), "he"),
    **dict.fromkeys(("she", "her", "hers", "herself"), "she"),
}
"""A quote's words of the third person singular, by the sex they give: people seldom speak of
themselves as "he" ("“She lied,” Trump said of Clinton": the "she" is not the speaker)."""
TITLE_SEX = {"mr": "he", "mrs": "she", "ms": "she", "miss": "she"}
SELF_SEX = re.compile(
    r"\b(?:as an? (?:mother|father|mom|dad|woman|man|wife|husband|grandmother|grandfather|daughter|son|"
    r"girl|boy)|my (?:husband|wife|boyfriend|girlfriend))\b",
    re.IGNORECASE,
)
"""A gendered reference to the speaker's own self ("as a mother", "my husband"): 13 quotes of
PolNeAR train's 6,633, too few to weigh a candidate's sex against."""


@dataclass(frozen=True, slots=True)
class QuoteWords:
    """A quote's words as the traits read them: its capitalised words (lower case, possessive
    dropped), whether it speaks in the first person singular or plural, and the words of a name it
    addresses at its start or end."""

    capitals: frozenset[str]
    singular: bool
    plural: bool
    addressed: frozenset[str]
    third: frozenset[str] = frozenset()
    """The sexes the quote's third-person singular pronouns give ("he", "she")."""


def _bare(word: str) -> str:
    low = word.lower().replace("’", "'")
    for ending in POSSESSIVE_ENDINGS:
        low = low.removesuffix(ending.replace("’", "'"))
    return low


def read_quote(text: str, start: int, end: int) -> QuoteWords:
    """The words of the quote ``text[start:end]`` (one pass of a regex)."""
    words = _WORD.findall(text, start, end)
    lows = {w.lower().replace("’", "'") for w in words}
    capitals = frozenset(_bare(w) for w in words if w[0].isupper() and w != "I")
    addressed: set[str] = set()
    stretch = text[start:end]
    for pattern in (_VOCATIVE_START, _VOCATIVE_END):
        m = pattern.search(stretch) if pattern is _VOCATIVE_END else pattern.match(stretch)
        if m is not None:
            named = [_bare(w) for w in _WORD.findall(m.group(1))]
            if len(named) > 1 or (named and named[0] in ADDRESS_TITLES):
                addressed.update(w for w in named if w not in HONORIFICS)
            elif named and named[0] not in PRONOUNS and not _opens_clause(stretch, m.end()):
                addressed.update(named)
    third = frozenset(THIRD_PERSON_SEX[w] for w in lows if w in THIRD_PERSON_SEX)
    return QuoteWords(
        capitals,
        not FIRST_SINGULAR.isdisjoint(lows),
        not FIRST_PLURAL.isdisjoint(lows),
        frozenset(addressed),
        third,
    )


def sex_of(text: str, start: int, end: int, kind: str) -> str | None:
    """The sex a candidate's own words give: a pronoun's, a title's ("Mr. Roe"), a given name's."""
    words = _WORD.findall(text, start, end)
    if not words:
        return None
    first = words[0].lower()
    if kind == "pronoun":
        return THIRD_PERSON_SEX.get(first)
    before = _WORD.findall(text, max(0, start - 6), start)
    title = TITLE_SEX.get(before[-1].lower()) if before and text[start - 2 : start] in (". ", " ") else None
    if first in TITLE_SEX:
        return TITLE_SEX[first]
    if kind == "name" and len(words) > 1:
        return gender_of(words[0]) or title
    return title


def _opens_clause(stretch: str, at: int) -> bool:
    """Whether a lone capitalised word before a comma is more likely a fronted phrase ("Today, …")
    than a name addressed: what follows the comma is a pronoun subject."""
    m = _WORD.match(stretch, at + (1 if stretch[at : at + 1] == " " else 0))
    return m is not None and m.group().lower() in PRONOUNS


def traits_of(words: QuoteWords, text: str, start: int, end: int, kind: str, organisation: bool) -> list[str]:
    """The quote-word traits of the candidate ``text[start:end]`` of kind ``kind``
    (``organisation``: its words name an outlet or an organisation)."""
    out: list[str] = []
    own = [_bare(w) for w in _WORD.findall(text, start, end)]
    last = own[-1] if own else ""
    if kind == "pronoun":
        group, person = last in GROUP_PRONOUNS and last != "who", last in PERSON_PRONOUNS
    else:
        group = kind == "group" or organisation
        person = not group and kind in ("name", "description", "phrase", "rules", "previous")
    if kind != "pronoun" and len(last) > 2 and last in words.capitals:
        out.append("named_in_quote")
    if words.addressed and not words.addressed.isdisjoint(own):
        out.append("addressed_in_quote")
    if words.plural and not words.singular:
        if group:
            out.append("we_quote&group")
        elif person:
            out.append("we_quote&person")
    elif words.singular and not words.plural and group:
        out.append("i_quote&group")
    if len(words.third) == 1:
        sex = sex_of(text, start, end, kind)
        if sex is not None:
            out.append("quote_third_same_sex" if sex in words.third else "quote_third_other_sex")
    return out
