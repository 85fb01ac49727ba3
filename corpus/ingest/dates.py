"""The dates a text gives: full dates in three forms (:func:`date_forms`), looked for around
the years it writes, never a photo's or an embedded post's; and the date a file's name holds.
Split from :mod:`corpus.ingest.meta`, which reads a text's title, source and furniture."""

from __future__ import annotations

import re
from collections.abc import Iterator

from corpus.ingest.calendar import MONTH_NUMBERS, WEEKDAYS
from corpus.ingest.chrome import folded
from corpus.ingest.lazy_regex import compiled_on_first_use

_HEAD, _TAIL = 20_000, 5_000
"""Dates and outlets are named near the top (dateline) or the bottom (credits): only those are searched."""


def text_ends(text: str) -> str:
    return text if len(text) <= _HEAD + _TAIL else text[:_HEAD] + "\n" + text[-_TAIL:]


# The date patterns take any word for the month and :func:`date_search` keeps the matches whose word
# is a month's name: the same matches as an alternation of the names, read case-insensitively, found
# (that alternation took longer to compile than a small folder takes to load).
_MONTH = r"(?P<month>[^\W\d_]{3,9})\.?"
_ORDINAL = r"(?i:st|nd|rd|th)?"
_DAY_MONTH_YEAR = compiled_on_first_use(
    r"\b(?P<day>[0-3]?\d)" + _ORDINAL + r"\s+" + _MONTH + r",?\s+(?P<year>(?:19|20)\d\d)\b"
)
_MONTH_DAY_YEAR = compiled_on_first_use(
    r"\b" + _MONTH + r"\s+(?P<day>[0-3]?\d)" + _ORDINAL + r",?\s+(?P<year>(?:19|20)\d\d)\b"
)
_ISO = compiled_on_first_use(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")


def date_forms() -> tuple[re.Pattern[str], ...]:
    """The full dates a text gives, in the order they are tried: "15 February 2022", "Feb. 15, 2022",
    "2022-02-15" (compiled at their first use: a warm run parses no file)."""
    return (_DAY_MONTH_YEAR(), _MONTH_DAY_YEAR(), _ISO())


def date_search(
    pattern: re.Pattern[str], text: str, lo: int = 0, hi: int | None = None
) -> re.Match[str] | None:
    """The first match of one of :func:`date_forms` in ``text[lo:hi]`` whose month is a month."""
    hi = len(text) if hi is None else hi
    match = pattern.search(text, lo, hi)
    while match is not None and not _is_month(match.group("month")):
        match = pattern.search(text, match.start() + 1, hi)
    return match


def _is_month(word: str) -> bool:
    """A month's name or abbreviation, or a month's number (of an ISO date)."""
    return word.isdigit() or folded(word) in MONTH_NUMBERS


# "Tuesday (15 February)": found by its parenthesis (a literal, cheap to scan for), then the
# weekday before it is checked.
_paren_day_month = compiled_on_first_use(r"\(\s*(?P<day>[0-3]?\d)\s+" + _MONTH + r"\s*\)")
_weekday_before = compiled_on_first_use(r"(?:" + "|".join(WEEKDAYS) + r")\s*$", re.I)


_AFTER_CENTURY = r"(?<![\w.]..)\d\d(?!\w)"
"""What follows a year's first two digits: no letter, digit or dot before them, two digits, no word
character after (one pattern for :data:`YEAR` and the two :func:`years_in` scans with)."""
YEAR = compiled_on_first_use(r"(?:19|20)" + _AFTER_CENTURY)
"""A year, 1900 to 2099, standing alone: no letter, digit or dot before it (so not "v2.2019"), no
letter or digit after it. The look behind comes after the "19" or "20", not before it: found from
those two digits, a text is scanned 3x faster than tried at every character."""
_YEAR_FROM_19 = compiled_on_first_use("19" + _AFTER_CENTURY)
_YEAR_FROM_20 = compiled_on_first_use("20" + _AFTER_CENTURY)


def years_in(text: str) -> Iterator[re.Match[str]]:
    """``YEAR().finditer(text)``: the same matches, in the same order, lazily. :data:`YEAR` opens
    with an alternation, which the regex engine scans for as a class tried at each character; each
    of these opens with a literal, which it scans for at a few instructions a character
    (:func:`find_date` over the 4 MB bench corpus's 1,066 texts: 58 -> 30 ms). No two of their
    matches overlap (the look behind refuses a year that starts right after a digit), so taken in
    the order they start they are YEAR's."""
    nineteens, twenties = _YEAR_FROM_19().finditer(text), _YEAR_FROM_20().finditer(text)
    nineteen, twenty = next(nineteens, None), next(twenties, None)
    while True:
        if nineteen is not None and (twenty is None or nineteen.start() < twenty.start()):
            yield nineteen
            nineteen = next(nineteens, None)
        elif twenty is not None:
            yield twenty
            twenty = next(twenties, None)
        else:
            return


def find_date(text: str) -> str | None:
    """The first full date the text gives, as ISO; a bare "Tuesday (15 February)" takes
    its year from elsewhere in the text.

    Full dates are looked for only around the years the text holds (a cheap scan for four
    digits), so the costly month patterns run over a few short windows, not the whole text.
    """
    text = text_ends(text)
    first_year = None
    for year in years_in(text):  # (lazily: most texts give a full date by their first year)
        first_year = first_year or year
        lo, hi = max(0, year.start() - 30), year.end() + 6
        best: tuple[int, str] | None = None
        for pattern in date_forms():
            match = date_search(pattern, text, lo, hi)
            if match and not _another_things_date(text, match.start(), match.end()):
                iso = _iso(match.group("year"), match.group("month"), match.group("day"))
                if iso and (best is None or match.start() < best[0]):
                    best = (match.start(), iso)
        if best:
            return best[1]
    if first_year is None or "(" not in text:  # every date form needs a year somewhere in the text
        return None
    for partial in _paren_day_month().finditer(text):
        if _is_month(partial.group("month")) and _weekday_before().search(
            text, max(0, partial.start() - 12), partial.start()
        ):
            return _iso(first_year.group(), partial.group("month"), partial.group("day"))
    return None


_FILE_NAME_DATE = compiled_on_first_use(r"(?<!\d)((?:19|20)\d\d)-([01]\d)-([0-3]\d)(?!\d)")


def date_in_file_name(name: str) -> str | None:
    """The ISO date a file's name holds ("breitbart_2016-09-28_mary-j-blige.txt"), as scrapers
    name what they save, or None: the date of an article whose text gives none."""
    found = _FILE_NAME_DATE().search(name)
    return _iso(*found.groups()) if found else None


PHOTO_CREDIT_MARKS = ("file photo", "photo by", "getty images", "ap photo", "afp photo", "/ afp", "/ ap ")
"""Words a photo's caption writes after the date it was taken ("In this June 30, 2013 file photo,
…", "… on May 20, 2015. Jane Roe / AFP - Getty Images file"): that date is the photo's, not the
article's (captions stand above the text of scraped pages)."""
CAPTION_REACH = 60
"""How far after a date, on its line, a caption's credit is looked for."""
_EMBEDDED_POST = compiled_on_first_use(r"\(@\w+\)\s*$")
"""An embedded post's signature right before its date ("— Jane Roe (@janeroe) January 26, 2017")."""
POST_SIGNATURE_REACH = 40
"""How far before a date an embedded post's signature is looked for (a handle is at most 15 letters)."""


def _another_things_date(text: str, start: int, end: int) -> bool:
    """True for the date of a photo (its caption's credit after it) or of an embedded post."""
    line_end = text.find("\n", end, end + CAPTION_REACH)
    after = text[end : line_end if line_end >= 0 else end + CAPTION_REACH].lower()
    if any(mark in after for mark in PHOTO_CREDIT_MARKS):
        return True
    lo = max(0, start - POST_SIGNATURE_REACH)
    return "(@" in text[lo:start] and _EMBEDDED_POST().search(text, lo, start) is not None


def _iso(year: str, month: str, day: str) -> str | None:
    m = int(month) if month.isdigit() else MONTH_NUMBERS.get(month.lower().rstrip("."))
    d = int(day)
    if not m or not 1 <= m <= 12 or not 1 <= d <= 31:
        return None
    return f"{int(year):04d}-{m:02d}-{d:02d}"
