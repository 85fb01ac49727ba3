"""Where a sentence's subject starts: past an opening adverbial ("On Wednesday,"), a time ("On
September 27"), a web subhead run into the text or a story's dateline ("NEW YORK (AP) — ")."""

from __future__ import annotations

import re

from corpus.quotes.lexicon import NON_NAME_WORDS, NUMBER_WORDS, PREPOSITIONS, TIME_OPENING_WORD

__all__ = ["ADVERBIAL_LENGTH", "past_doubt", "skip_adverbial"]

ADVERBIAL_LENGTH = 140
"""An opening adverbial (`On July 6, 2015,`) is shorter than this; a longer run is a clause."""
_OPENING_WORDS = 30
"""An opening adverbial has at most this many words ("Speaking at Vox Media's Code Conference this
week in his first interview since taking the company public and becoming a billionaire (on paper, at
least), Spotify's co-founder and CEO Daniel Ek pointed …")."""

_ABBREVIATION_STOP = (
    "".join(
        rf"(?<=\b{a})\.|"
        for a in ("Mr", "Mrs", "Ms", "Dr", "St", "Sen", "Rep", "Gov", "Gen", "Lt", "Jr", "Sr")
    )
    + r"(?<=\b[A-Z])\."
)
"""The period of a title or an initial ("Mr.", "U.S."), which ends no adverbial."""
_PARENTHESES = r"\([^()\n]{0,60}\)"
_ADVERBIAL = re.compile(
    rf"[A-Z0-9](?:[^,.;:!?()”\"’]++|[”\"’]|{_PARENTHESES}|{_ABBREVIATION_STOP})*(?:,[”\"’]?|[”\"’])\s+"
)
"""An opening adverbial up to its comma; an aside in parentheses inside it ("a billionaire (on paper,
at least),") and a title's or an initial's period ("As he held out … an agreement with Mr. Kim,")
are part of it. Its runs of plain characters are read possessively, at C speed (a repeated choice of
one character at a time cost ten times as much), and its length is checked after the match
(:func:`_adverbial`)."""
_ASIDE = re.compile(_PARENTHESES)


def _adverbial(masked: str, pos: int, end: int) -> re.Match[str] | None:
    """:data:`_ADVERBIAL` at ``pos``, no longer than :data:`ADVERBIAL_LENGTH` (an aside in
    parentheses counted as one character)."""
    match = _ADVERBIAL.match(masked, pos, end)
    if match is None:
        return None
    body = match.group()
    length = len(_ASIDE.sub("(", body)) if "(" in body else len(body)
    return match if length <= ADVERBIAL_LENGTH + 5 else None


_SUBHEAD = re.compile(r"[A-Z][A-Z’'-]+(?:\s+[A-Z][A-Z’'-]*){1,8}\s+[—–]\s+")
_DATELINE = re.compile(
    r"[A-Z][A-Z.’'-]+(?:\s+[A-Z][A-Z.’'-]+){0,3}"  # the city in capitals
    r"(?:,\s+[A-Z][\w.]*(?:\s+\d{1,2})?(?:,\s+\d{4})?)?"  # its state or the date: ", Miss.", ", June 1"
    r"(?:\s+\([A-Za-z. ]{2,20}\))?"  # the agency: "(AP)", "(Reuters)"
    r"(?:\s*[—–]\s*|\s+--?\s+)"  # the dash: a hyphen only set off by spaces ("EB-5" is no dateline)
)
"""A dateline opening a story's first sentence ("NEW YORK (AP) — Acme is…", "JACKSON, Miss. - "):
no subject, but the place and the wire the story was filed from."""
ASIDE_ADVERBS = ("however", "meanwhile", "though", "too", "instead", "moreover", "nonetheless", "in turn")
"""Lower-case adverbs set off after an opening adverbial, before the subject ("In his meeting with
Mr. Abe, however, Mr. Trump …"): stepped over to the subject as the adverbial is."""
_ASIDE_ADVERB = re.compile(r"(?:" + "|".join(ASIDE_ADVERBS) + r"),\s+(?=[A-Z])")
DOUBT_ADVERBS = ("Maybe", "Perhaps", "Surely", "Probably", "Possibly")
"""Adverbs of doubt opening a sentence with no comma before its subject ("Maybe Trump is the
Manchurian Candidate"): stepped over to the subject (with a comma they read as an adverbial)."""
_DOUBT_ADVERB = re.compile(r"(?:" + "|".join(DOUBT_ADVERBS) + r")\s+(?=[A-Za-z])")
_TIME_OPENING = re.compile(r"(?:On|In|Last|Early|Late|By)\s+(?:" + TIME_OPENING_WORD + r",?\s+)+(?=[A-Za-z])")
"""`On September 27 they published`: a time opening a sentence without a comma."""


def skip_adverbial(masked: str, start: int, end: int) -> int:
    """Past a leading "On Wednesday," or "On July 6, 2015," (two pieces at most)
    to where the subject starts. A name before an appositive ("Dean, a former chairman,") is the
    subject itself, so the opening must read as an adverbial: a preposition or adverb, an -ly or
    -ing word or a number ("Two days later,"), never a clause ("He then defended the remark,").
    A stray opening mark (`"Trump walked …` in an excerpt that quotes a whole passage) is stepped over."""
    pos = start
    subhead = _SUBHEAD.match(masked, pos, end)
    if subhead is not None:
        pos = subhead.end()  # `CONGRESS HAS INVESTIGATED HIM — Oz’s advice …`: a web subhead run in
    else:
        dateline = _DATELINE.match(masked, pos, end)
        pos = dateline.end() if dateline is not None else pos  # `NEW YORK (AP) — Acme is …`
    after = masked[pos + 1 : pos + 3]
    if masked.startswith('"', pos) and after[:1].isupper() and after[1:].islower() and after[1:] != "x":
        pos += 1  # (a quote's masked words read "Xxxx": not stepped over)
    for piece in range(2):
        aside = _ASIDE_ADVERB.match(masked, pos, end) if piece == 1 else None
        if aside is not None:  # "In his meeting with Mr. Abe, however, Mr. Trump projected …"
            return aside.end()
        match = _adverbial(masked, pos, end)
        if match is None:
            time = _TIME_OPENING.match(masked, pos, end) if piece == 0 else None
            return time.end() if time else pos
        words = match.group().split()
        first = words[0].lower().rstrip(",")
        number = first[:1].isdigit() or first.split("-")[0] in NUMBER_WORDS
        # "Reached by telephone yesterday,", "Per THR," (like "According to THR,")
        participle = first.endswith("ed") and len(words) > 1 and words[1] in PREPOSITIONS
        opener = (
            number or first in NON_NAME_WORDS or first == "per" or first.endswith(("ly", "ing")) or participle
        )
        if not opener or len(words) > (_OPENING_WORDS if piece == 0 else 6):
            break
        pos = match.end()
    return pos


def past_doubt(masked: str, pos: int, end: int) -> int:
    """Past an adverb of doubt opening a sentence ("Maybe Trump is …"): where the subject a later
    he/she stands for starts."""
    doubt = _DOUBT_ADVERB.match(masked, pos, end)
    return doubt.end() if doubt is not None else pos
