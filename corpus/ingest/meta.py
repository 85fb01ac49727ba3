"""What a plain text says about itself: headline, outlet, date, and which paragraphs are furniture."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from corpus.ingest.calendar import MONTH_NUMBERS, WEEKDAYS
from corpus.ingest.chrome import (
    CONTROL_CHARS,
    as_ascii,
    folded,
    is_contact_line,
    is_page_control,
    is_photo_credit,
    is_rights_notice,
    mark_footer,
    wire_service,
)
from corpus.ingest.furniture import is_furniture_line
from corpus.ingest.headline import first_line_title, read_header
from corpus.ingest.lazy_regex import compiled_on_first_use
from corpus.ingest.structure import Span
from corpus.model import BlockKind

# The date patterns take any word for the month and :func:`_date_search` keeps the matches whose word
# is a month's name: the same matches as an alternation of the names, read case-insensitively, found
# (that alternation took longer to compile than a small folder takes to load).
_MONTH = r"(?P<month>[^\W\d_]{3,9})\.?"
_ORDINAL = r"(?i:st|nd|rd|th)?"
_DAY_MONTH_YEAR = re.compile(
    r"\b(?P<day>[0-3]?\d)" + _ORDINAL + r"\s+" + _MONTH + r",?\s+(?P<year>(?:19|20)\d\d)\b"
)
_MONTH_DAY_YEAR = re.compile(
    r"\b" + _MONTH + r"\s+(?P<day>[0-3]?\d)" + _ORDINAL + r",?\s+(?P<year>(?:19|20)\d\d)\b"
)
_ISO = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")
DATE_FORMS = (_DAY_MONTH_YEAR, _MONTH_DAY_YEAR, _ISO)
"""The full dates a text gives, in the order they are tried: "15 February 2022", "Feb. 15, 2022",
"2022-02-15"."""


def _date_search(
    pattern: re.Pattern[str], text: str, lo: int = 0, hi: int | None = None
) -> re.Match[str] | None:
    """The first match of one of DATE_FORMS in ``text[lo:hi]`` whose month is a month."""
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


YEAR = re.compile(r"(?:19|20)(?<![\w.]..)\d\d(?!\w)")
"""A year, 1900 to 2099, standing alone: no letter, digit or dot before it (so not "v2.2019"), no
letter or digit after it. The look behind comes after the "19" or "20", not before it: found from
those two digits, a text is scanned 3x faster than tried at every character."""


_source_line = compiled_on_first_use(  # needed only where "ource" stands
    r"\bSources?\s*:\s*(?P<name>[^\n\[\]]{2,60}?)\s*$", re.M
)


def _last_source_line(text: str) -> re.Match[str] | None:
    """The last of the matches ``_source_line().finditer(text)`` gives, tried only where "Source"
    stands (a scan of the whole text tries its word boundary at every character)."""
    last = None
    at = text.find("Source")
    while at >= 0:
        match = _source_line().match(text, at)  # (its word boundary sees the character before)
        if match:
            last = match
        at = text.find("Source", match.end() if match else at + 1)
    return last


_dateline_agency = compiled_on_first_use(  # needed only where a dash follows a parenthesis
    r"\((?P<name>[A-Za-z][A-Za-z.&]{1,15}(?:/[A-Za-z][A-Za-z.&]{1,15})*)\)\s*[—–-]"
)


ARCHIVES = ("AP Archive", "Reuters Archive", "AFP", "Associated Press")
"""Wire services whose name alone, in the text, credits the story (not after a photo's slash)."""


_archive = compiled_on_first_use(  # needed only where a text names one of ARCHIVES
    r"\b(?P<name>" + "|".join(ARCHIVES) + r")\b"
)


# A caption: text ending in a bracketed agency credit ("[EPA-EFE/...]", "[Reuters]").
# Only the paragraph's last 300 characters are searched, so long paragraphs cost nothing extra.
# A photo credit in brackets ends a caption: "[Reuters]", "[John Smith/AFP]". The slash must sit next
# to a word: a closing markup tag "[/]" in an article's text is not a credit.
_caption_credit = compiled_on_first_use(  # only a paragraph ending in "]" needs it
    r"\[[^\[\]]*(?:EPA|EFE|AFP|REUTERS|GETTY|AP PHOTO|HANDOUT|\w\s*/|/\s*\w)[^\[\]]*\]\s*$"
)


_CASE_CLASSES = bytes(
    ord("a") if ord("a") <= b <= ord("z") else ord("A") if ord("A") <= b <= ord("Z") else ord(" ")
    for b in range(256)
)
"""Each byte to "a" (an ASCII lower-case letter), "A" (an upper-case one) or a space (anything else)."""


# eq=False: never compared, and each generated method is compiled at every start (~0.5M instructions)
@dataclass(slots=True, eq=False)
class TextMeta:
    """What :func:`describe` finds in a plain text."""

    title: str | None
    source: str | None
    date: str | None
    kinds: list[BlockKind]


def describe(text: str, paragraphs: list[Span], *, scraped: bool = True) -> TextMeta:
    """Title, source, date and the kind of each paragraph of a plain text.

    ``scraped``: the text is as a scraper or a person saved it, page chrome and all, so the lines
    around the article are told apart by what chrome looks like. Text read out of a web page
    (``False``) had its furniture found from the page's markup: its first line is its title.
    """
    latin = _mostly_latin(text)
    kinds: list[BlockKind] = [
        "boilerplate" if _boilerplate(text[s:e], latin, scraped) else "body" for s, e in paragraphs
    ]
    if not scraped:
        return TextMeta(first_line_title(text, paragraphs, kinds), find_source(text), find_date(text), kinds)
    header = read_header(text, paragraphs, kinds)
    mark_footer(text, paragraphs, kinds)
    return TextMeta(header.title, find_source(text, credited=header.source), find_date(text), kinds)


REMEMBERED_CHARS = 400
"""Paragraphs this short are told furniture or text once per process for each way they are written:
a page's chrome (menus, share links, credits) and a wire story's short lines recur on every page of a
corpus, and a short line is the one that goes through every test of :func:`is_boilerplate` (on the
4 MB bench corpus two in three paragraphs, a tenth of them distinct, four fifths of the time)."""


def _boilerplate(paragraph: str, latin_article: bool, scraped: bool) -> bool:
    if len(paragraph) > REMEMBERED_CHARS:
        return is_boilerplate(paragraph, latin_article=latin_article, scraped=scraped)
    return _short_boilerplate(paragraph, latin_article, scraped)


@lru_cache(maxsize=1 << 13)
def _short_boilerplate(paragraph: str, latin_article: bool, scraped: bool) -> bool:
    return is_boilerplate(paragraph, latin_article=latin_article, scraped=scraped)


def is_boilerplate(paragraph: str, *, latin_article: bool = True, scraped: bool = True) -> bool:
    """True for page furniture: menus, sign-ups, share links, credits, non-text lines.

    ``latin_article`` says the article is written in a Latin script, so a short
    line in another script (a stray widget label) is furniture; in a Japanese or
    Russian article such a line is text. ``scraped`` adds the lines of page chrome a scraper
    keeps (timestamps, buttons, contact lines, photo credits), which a web page's markup shows.
    """
    stripped = paragraph.strip()
    if not stripped:
        return True
    if is_furniture_line(stripped) or (stripped.endswith("]") and _caption_credit().search(stripped[-300:])):
        return True
    if len(stripped) > SHORT_CHROME_CHARS:  # (most paragraphs of text: the tests below say no unasked)
        return scraped and (is_photo_credit(stripped) or is_rights_notice(stripped))
    if _is_dateline(stripped):
        return True
    if scraped and (_is_timestamp(stripped) or is_page_control(stripped)):
        return True
    if scraped and (is_contact_line(stripped) or is_photo_credit(stripped) or is_rights_notice(stripped)):
        return True
    return _looks_like_menu(stripped) or (latin_article and _looks_like_stray_line(stripped))


DATELINE_CHARS = 60
TIMESTAMP_CHARS = 80
MENU_CHARS = 200
STRAY_CHARS = 40
"""A line longer than these is no dateline, timestamp, menu, stray line."""
SHORT_CHROME_CHARS = max(DATELINE_CHARS, TIMESTAMP_CHARS, CONTROL_CHARS, MENU_CHARS, STRAY_CHARS)
"""The longest a dateline, a timestamp, a page control, a contact line, a menu or a stray line is:
a longer paragraph can only be a photo credit or a rights notice among the shapes of chrome."""


# Everything above Latin Extended-B, written as "not below it": the same set, but a class spanning
# U+0250–U+10FFFF takes re 20–25 ms to compile at every start, this one 0.2 ms.
_non_latin = compiled_on_first_use(r"[^\x00-\u024f]")  # only a text with characters beyond ASCII needs it


_TIME_WORDS = frozenset("at am pm a.m. p.m. et est edt cst cdt pst pdt gmt bst cet ist aest utc".split())


def _is_dateline(line: str) -> bool:
    """A line that is only a date (and a time): "May 03, 2013", "December 15, 2008 at 1: 00pm CST"."""
    if len(line) > DATELINE_CHARS:
        return False
    for pattern in DATE_FORMS:
        match = _date_search(pattern, line)
        if match:
            rest = (line[: match.start()] + " " + line[match.end() :]).lower()
            words = re.findall(r"[a-z][a-z.]*", rest)
            return all(w in _TIME_WORDS or w.rstrip(".") in WEEKDAYS for w in words)
    return False


_STAMP_WORDS = frozenset(
    """
    published updated posted last modified first originally on at ago edition article story
    st nd rd th pt ct mt
    a p m h hr hrs min mins minute minutes hour hours d day days w week weeks s sec secs seconds
    mon tue tues wed thu thur thurs fri sat sun
    """.split()
).union(WEEKDAYS)
"""Words a timestamp line is made of besides months, numbers and time zones."""


_stamp_token = compiled_on_first_use(  # only short lines holding a digit need it
    r"[a-z]+(?:\.[a-z]+)*\.?|\d+"
)
_clock = compiled_on_first_use(r"\d{1,2}\s*:\s*\d\d|\b\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.)")
_numeric_date = compiled_on_first_use(r"\b\d{1,4}\s*[./-]\s*\d{1,2}\s*[./-]\s*\d{2,4}\b")


_ago = compiled_on_first_use(
    r"\b\d+\s*(?:[mhdws]|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?|secs?|seconds?)\s+ago\b"
)


def _is_timestamp(line: str) -> bool:
    """A line that only says when: "May 30 at 2:44 PM", "Updated 1:45 pm, Friday, June 1, 2018",
    "06/01/2018 02:57 pm ET", "15m ago", "AP June 1, 2018, 10:35 PM" (a wire's name may lead)."""
    if len(line) > TIMESTAMP_CHARS:
        return False
    low = line.lower()
    if not any(map(str.isdecimal, low)):  # a timestamp has a number (a digit, as \d is)
        return False
    tokens = _stamp_token().findall(low)
    month = False
    for token in tokens:
        word = token.rstrip(".")
        if token.isdigit() or word in _STAMP_WORDS or token in _TIME_WORDS or word in _TIME_WORDS:
            continue
        if word in MONTH_NUMBERS:
            month = True
        elif wire_service(word) is None:
            return False
    return month or bool(_clock().search(low) or _numeric_date().search(low) or _ago().search(low))


def _mostly_latin(text: str) -> bool:
    """True when most letters of the text (its first 5,000 characters) are Latin."""
    head = text[:5_000]
    if as_ascii(head) is not None:  # no letter beyond ASCII (quotes and dashes are no letters)
        return True
    non_latin = sum(map(str.isalpha, _non_latin().findall(head)))
    if not non_latin:  # (curly quotes and dashes are not letters)
        return True
    letters = sum(map(str.isalpha, head))  # per character in C: a regex building a list was slower
    return letters - non_latin >= 0.8 * letters


def _looks_like_menu(line: str) -> bool:
    """A navigation line: words run together ("storiesEurope"), underscores, pipes.

    An escaped underscore (``\\_``, as markdownify writes "Liebe_r") is a word's own
    character, not a separator between menu items.
    """
    if len(line) > MENU_CHARS:
        return False
    underscores = line.count("_") - line.count("\\_")
    signs = camel_joins(line) + underscores + line.count("|") + line.count(" · ")
    return signs >= 2 and signs * 2 >= len(line.split())  # (split only when there are signs)


def camel_joins(line: str) -> int:
    """How many times a lower-case ASCII letter runs into an upper-case one ("storiesEurope"), as
    ``[a-z][A-Z]`` finds them: counted on the line's UTF-8 bytes, each made its letter's case or a
    space (no byte of a character beyond ASCII is a letter's), in three calls of C (that regex is
    tried at every lower-case letter)."""
    return line.encode("utf-8", "surrogatepass").translate(_CASE_CLASSES).count(b"aA")


def _looks_like_stray_line(line: str) -> bool:
    """A very short line in another script than the article's, or with no letters."""
    if len(line) > STRAY_CHARS:
        return False
    letters = [c for c in line if c.isalpha()]
    if not letters:
        return len(line) < 10
    latin = sum(1 for c in letters if c < "\u0250")
    return latin == 0 and len(line.split()) <= 4


_HEAD, _TAIL = 20_000, 5_000
"""Dates and outlets are named near the top (dateline) or the bottom (credits): only those are searched."""


def _ends(text: str) -> str:
    return text if len(text) <= _HEAD + _TAIL else text[:_HEAD] + "\n" + text[-_TAIL:]


def find_source(text: str, *, credited: str | None = None) -> str | None:
    """The outlet the text names: "Source: X", a dateline "(dpa/MIA) —", the wire service a byline
    ``credited``, a copyright line naming a wire service, "AP Archive"."""
    text = _ends(text)
    credit = _last_source_line(text)
    if credit:
        return credit.group("name").strip(" .")
    dateline = _dateline_agency().search(text) if _dash_after_parenthesis(text) else None
    if dateline:
        return dateline.group("name")
    if credited:
        return credited
    notices = _copyright().finditer(text) if "Copyright" in text or "©" in text else ()
    for notice in notices:
        words = notice.group("name").split()
        for n in range(len(words), 0, -1):  # "CNN NewSource" → "CNN"
            service = wire_service(" ".join(words[:n]))
            if service:
                return service
    start = text.lstrip()
    host = _url_host().match(start) if start[:4].lower() == "http" else None
    if host:  # a page address on the first line names the outlet that published it
        name = "".join(host.group(1).split()).lower()
        for prefix in ("www.", "articles.", "edition.", "m.", "news."):
            name = name.removeprefix(prefix)
        if "." in name:
            return name
    archives = _archive().finditer(text) if any(name in text for name in ARCHIVES) else ()
    for archive in archives:
        # "(Jane Roe/AFP/Getty Images)": a photo's credit, not the story's
        around = text[max(0, archive.start() - 3) : archive.start()] + text[archive.end() : archive.end() + 2]
        if "/" not in around:
            return archive.group("name")
    return None


_copyright = compiled_on_first_use(  # needed only where a copyright notice stands
    r"(?:Copyright|©)\s*(?:©\s*)?(?:(?:19|20)\d\d\s*)?(?:by\s+)?"
    r"(?P<name>(?:The\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3})"
)


_url_host = compiled_on_first_use(  # needed only for a text opening with an address
    r"https?\s*:\s*/\s*/\s*([\w-]+(?:\s*\.\s*[\w-]+)+)", re.I
)


def _dash_after_parenthesis(text: str) -> bool:
    """A closing parenthesis followed by a dash (white space between): what a dateline's agency
    ("(dpa/MIA) —") needs, tested before its pattern is compiled and run."""
    at = text.find(")")
    while at >= 0:
        after = at + 1
        while after < len(text) and text[after].isspace():
            after += 1
        if text[after : after + 1] in ("—", "–", "-"):
            return True
        at = text.find(")", after)
    return False


def find_date(text: str) -> str | None:
    """The first full date the text gives, as ISO; a bare "Tuesday (15 February)" takes
    its year from elsewhere in the text.

    Full dates are looked for only around the years the text holds (a cheap scan for four
    digits), so the costly month patterns run over a few short windows, not the whole text.
    """
    text = _ends(text)
    first_year = None
    for year in YEAR.finditer(text):  # (lazily: most texts give a full date by their first year)
        first_year = first_year or year
        lo, hi = max(0, year.start() - 30), year.end() + 6
        best: tuple[int, str] | None = None
        for pattern in DATE_FORMS:
            match = _date_search(pattern, text, lo, hi)
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


_FILE_NAME_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)-([01]\d)-([0-3]\d)(?!\d)")


def date_in_file_name(name: str) -> str | None:
    """The ISO date a file's name holds ("breitbart_2016-09-28_mary-j-blige.txt"), as scrapers
    name what they save, or None: the date of an article whose text gives none."""
    found = _FILE_NAME_DATE.search(name)
    return _iso(*found.groups()) if found else None


PHOTO_CREDIT_MARKS = ("file photo", "photo by", "getty images", "ap photo", "afp photo", "/ afp", "/ ap ")
"""Words a photo's caption writes after the date it was taken ("In this June 30, 2013 file photo,
…", "… on May 20, 2015. Jane Roe / AFP - Getty Images file"): that date is the photo's, not the
article's (captions stand above the text of scraped pages)."""
CAPTION_REACH = 60
"""How far after a date, on its line, a caption's credit is looked for."""
_EMBEDDED_POST = re.compile(r"\(@\w+\)\s*$")
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
    return "(@" in text[lo:start] and _EMBEDDED_POST.search(text, lo, start) is not None


def _iso(year: str, month: str, day: str) -> str | None:
    m = int(month) if month.isdigit() else MONTH_NUMBERS.get(month.lower().rstrip("."))
    d = int(day)
    if not m or not 1 <= m <= 12 or not 1 <= d <= 31:
        return None
    return f"{int(year):04d}-{m:02d}-{d:02d}"
