"""What a plain text says about itself: headline, outlet, date, and which paragraphs are furniture."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import starmap
from typing import Final, Literal, cast

from corpus.ingest.calendar import MONTH_NUMBERS, WEEKDAYS
from corpus.ingest.chrome import (
    CONTROL_CHARS,
    NON_WORD_MARKS,
    holds_digit,
    is_contact_line,
    is_page_control,
    is_photo_credit,
    is_rights_notice,
    mark_footer,
    wire_service,
)
from corpus.ingest.dates import date_forms, date_search, find_date, text_ends
from corpus.ingest.furniture import is_furniture_line
from corpus.ingest.headline import first_line_title, read_header
from corpus.ingest.lazy_regex import compiled_on_first_use
from corpus.ingest.structure import Span
from corpus.model import BlockKind

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
    kinds = [
        _short_paragraph_kind(line, scraped)
        if len(line) <= REMEMBERED_CHARS
        else paragraph_kind(line, scraped=scraped)
        for line in map(text.__getitem__, starmap(slice, paragraphs))  # (the slices made in C)
    ]
    if STRAY in kinds:  # (the article's script is read only for a stray line: few texts hold one)
        stray_kind: BlockKind = "boilerplate" if is_mostly_latin(text) else "body"
        kinds = [stray_kind if kind == STRAY else kind for kind in kinds]
    found = cast(list[BlockKind], kinds)  # (no stray line is left)
    if not scraped:
        return TextMeta(first_line_title(text, paragraphs, found), find_source(text), find_date(text), found)
    header = read_header(text, paragraphs, found)
    mark_footer(text, paragraphs, found)
    return TextMeta(header.title, find_source(text, credited=header.source), find_date(text), found)


REMEMBERED_CHARS = 400
"""Paragraphs this short are told furniture or text once per process for each way they are written:
a page's chrome (menus, share links, credits) and a wire story's short lines recur on every page of a
corpus, and a short line is the one that goes through every test of :func:`is_boilerplate` (on the
4 MB bench corpus two in three paragraphs, a tenth of them distinct, four fifths of the time)."""


STRAY: Final = "stray"
"""What :func:`paragraph_kind` says of a stray line (see :func:`_looks_like_stray_line`): furniture
in an article written in a Latin script, text in another."""
ParagraphKind = BlockKind | Literal["stray"]


@lru_cache(maxsize=1 << 13)
def _short_paragraph_kind(paragraph: str, scraped: bool) -> ParagraphKind:
    return paragraph_kind(paragraph, scraped=scraped)


def is_boilerplate(paragraph: str, *, latin_article: bool = True, scraped: bool = True) -> bool:
    """True for page furniture: menus, sign-ups, share links, credits, non-text lines.

    ``latin_article`` says the article is written in a Latin script, so a short
    line in another script (a stray widget label) is furniture; in a Japanese or
    Russian article such a line is text. ``scraped`` adds the lines of page chrome a scraper
    keeps (timestamps, buttons, contact lines, photo credits), which a web page's markup shows.
    """
    kind = paragraph_kind(paragraph, scraped=scraped)
    return kind == "boilerplate" or (kind == STRAY and latin_article)


def paragraph_kind(paragraph: str, *, scraped: bool = True) -> ParagraphKind:
    """:func:`is_boilerplate` without the article's script: "boilerplate", "body", or
    :data:`STRAY` for a line that is furniture only in an article written in a Latin script (whose
    script is then read once per article, not for every text: see :func:`describe`)."""
    stripped = paragraph.strip()
    if not stripped:
        return "boilerplate"
    if is_furniture_line(stripped) or (stripped.endswith("]") and _caption_credit().search(stripped[-300:])):
        return "boilerplate"
    if len(stripped) > SHORT_CHROME_CHARS:  # (most paragraphs of text: the tests below say no unasked)
        return (
            "boilerplate" if scraped and (is_photo_credit(stripped) or is_rights_notice(stripped)) else "body"
        )
    if _is_dateline(stripped):
        return "boilerplate"
    if scraped and (_is_timestamp(stripped) or is_page_control(stripped)):
        return "boilerplate"
    if scraped and (is_contact_line(stripped) or is_photo_credit(stripped) or is_rights_notice(stripped)):
        return "boilerplate"
    if _looks_like_menu(stripped):
        return "boilerplate"
    return STRAY if _looks_like_stray_line(stripped) else "body"


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
    if len(line) > DATELINE_CHARS or ("19" not in line and "20" not in line):  # (every form has a year)
        return False
    for pattern in date_forms():
        match = date_search(pattern, line)
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
    if not holds_digit(low, str.isdecimal):  # a timestamp has a number (a digit, as \d is)
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


def is_mostly_latin(text: str) -> bool:
    """True when most letters of the text (its first 5,000 characters) are Latin."""
    head = text[:5_000]
    if head.isascii() or _latin_1(head):  # no letter beyond Latin-1 (quotes and dashes are no letters)
        return True
    beyond = _non_latin().findall(head)
    non_latin = sum(map(str.isalpha, beyond))
    if not non_latin:  # (curly quotes and dashes are not letters)
        return True
    # The letters counted by where they stand, not by a call for each character (the 213 texts of the
    # bench corpus that get here, Latin ones with a few letters or signs beyond Latin Extended-B: 229 ->
    # 125 M instructions): those of Latin-1 from its bytes, every character of Latin Extended-A and -B
    # (all letters) as the rest of what is not beyond it, and the letters beyond it.
    latin_1 = head.encode("latin-1", "ignore")
    extended = len(head) - len(latin_1) - len(beyond)
    letters = len(latin_1.translate(None, _NOT_LATIN_1_LETTERS)) + extended + non_latin
    return letters - non_latin >= 0.8 * letters


_NOT_LATIN_1_LETTERS = bytes(b for b in range(256) if not chr(b).isalpha())
"""The bytes of Latin-1 that are not letters (as ``str.isalpha`` says), deleted to count its letters."""


def _latin_1(text: str) -> bool:
    """No character of ``text`` is beyond Latin-1 but :data:`NON_WORD_MARKS` (so none is a letter of
    another script): a third of the bench corpus's texts ("détente"), whose letters were read one by
    one, and a pattern run over them, to find none."""
    for mark in NON_WORD_MARKS:
        if mark in text:
            text = text.replace(mark, " ")
            if text.isascii():
                return True
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return True


def _looks_like_menu(line: str) -> bool:
    """A navigation line: words run together ("storiesEurope"), underscores, pipes.

    An escaped underscore (``\\_``, as markdownify writes "Liebe_r") is a word's own
    character, not a separator between menu items.
    """
    if len(line) > MENU_CHARS:
        return False
    # (each sign counted only where it stands: a count call costs several times a membership test,
    # and most lines hold none of them)
    underscores = line.count("_") - line.count("\\_") if "_" in line else 0
    bars = line.count("|") if "|" in line else 0
    dots = line.count(" · ") if " · " in line else 0
    signs = camel_joins(line) + underscores + bars + dots
    return signs >= 2 and signs * 2 >= len(line.split())  # (split only when there are signs)


def camel_joins(line: str) -> int:
    """How many times a lower-case ASCII letter runs into an upper-case one ("storiesEurope"), as
    ``[a-z][A-Z]`` finds them: counted on the line's UTF-8 bytes, each made its letter's case or a
    space (no byte of a character beyond ASCII is a letter's), in three calls of C (that regex is
    tried at every lower-case letter)."""
    cases = line.encode("utf-8", "surrogatepass").translate(_CASE_CLASSES)
    return cases.count(b"aA") if b"aA" in cases else 0  # (counted only where one stands: most lines)


def _looks_like_stray_line(line: str) -> bool:
    """A very short line in another script than the article's, or with no letters."""
    if len(line) > STRAY_CHARS:
        return False
    letters = [c for c in line if c.isalpha()]
    if not letters:
        return len(line) < 10
    latin = sum(1 for c in letters if c < "\u0250")
    return latin == 0 and len(line.split()) <= 4


def find_source(text: str, *, credited: str | None = None) -> str | None:
    """The outlet the text names: "Source: X", a dateline "(dpa/MIA) —", the wire service a byline
    ``credited``, a copyright line naming a wire service, "AP Archive"."""
    text = text_ends(text)
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
    # read from the first place a name stands (the pattern's \b looks before ``pos``, as from the
    # start): the whole text was tried place by place, as a pattern opening with \b is
    named_at = [at for name in ARCHIVES if (at := text.find(name)) >= 0]
    archives = _archive().finditer(text, min(named_at)) if named_at else ()
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
