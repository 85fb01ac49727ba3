"""What a plain text says about itself: headline, outlet, date, and which paragraphs are furniture."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from corpus.ingest.calendar import MONTH_NUMBERS, WEEKDAYS
from corpus.ingest.chrome import (
    is_contact_line,
    is_page_control,
    is_photo_credit,
    is_rights_notice,
    mark_footer,
    wire_service,
)
from corpus.ingest.headline import first_line_title, read_header
from corpus.ingest.structure import Span
from corpus.model import BlockKind

_MONTH = r"(?P<month>" + "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True)) + r")\.?"
_DAY_MONTH_YEAR = re.compile(
    r"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>(?:19|20)\d\d)\b", re.I
)
_MONTH_DAY_YEAR = re.compile(
    # the lookahead saves trying every month name at every word start
    r"\b(?=[a-z]{3})" + _MONTH + r"\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b",
    re.I,
)
_ISO = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")
# "Tuesday (15 February)": found by its parenthesis (a literal, cheap to scan for), then the
# weekday before it is checked.
_PAREN_DAY_MONTH = re.compile(r"\(\s*(?P<day>[0-3]?\d)\s+" + _MONTH + r"\s*\)", re.I)


@functools.cache  # compiled on first use: a plain-text corpus may never need it
def _weekday_before() -> re.Pattern[str]:
    return re.compile(r"(?:" + "|".join(WEEKDAYS) + r")\s*$", re.I)


_YEAR = re.compile(r"(?<![\w.])(?:19|20)\d\d(?!\w)")

_SOURCE_LINE = re.compile(r"\bSources?\s*:\s*(?P<name>[^\n\[\]]{2,60}?)\s*$", re.M)
_DATELINE_AGENCY = re.compile(r"\((?P<name>[A-Za-z][A-Za-z.&]{1,15}(?:/[A-Za-z][A-Za-z.&]{1,15})*)\)\s*[—–-]")
_ARCHIVE = re.compile(r"\b(?P<name>AP Archive|Reuters Archive|AFP|Associated Press)\b")

# Lines that are page furniture wherever they appear (matched on the whole paragraph).
_BOILERPLATE = re.compile(
    r"""^(?:
        subscribe\b.{0,60}
      | sign\ up\b.{0,60}
      | back\ to\ top(?:\ button)?
      | (?:find\ out\ more|you\ can\ license\ this\ story)\b.{0,80}
      | (?:twitter|facebook|instagram|telegram|youtube|vk|linkedin|whatsapp|email|share)\s*:?\s*\[.{0,80}\]
      | (?:share|tweet|print|email|comments?)(?:\s+(?:this|on|via)\b.{0,30})?
      | (?:read|see)\ (?:more|also)\b.{0,80}
      | advertisement | advertising | related(?:\ (?:articles|stories|news))?
      | (?:photo|image|picture|credit)s?\s*:.{0,120}
      | .{0,40}\bsources?\s*:\s*\S.{0,60}
      | copyright\b.{0,120} | ©.{0,120} | all\ rights\ reserved.{0,40}
      | cookies?\b.{0,120}
      | (?:published|updated|posted|last\ updated|last\ modified)\b.{0,80}
      | https?\s*:\s*/\s*/\s*\S.{0,300}
      | www\s*\.\s*\S.{0,300}
    )$""",
    re.I | re.X,
)
# A caption: text ending in a bracketed agency credit ("[EPA-EFE/...]", "[Reuters]").
# Only the paragraph's last 300 characters are searched, so long paragraphs cost nothing extra.
# A photo credit in brackets ends a caption: "[Reuters]", "[John Smith/AFP]". The slash must sit next
# to a word: a closing markup tag "[/]" in an article's text is not a credit.
_CAPTION_CREDIT = re.compile(
    r"\[[^\[\]]*(?:EPA|EFE|AFP|REUTERS|GETTY|AP PHOTO|HANDOUT|\w\s*/|/\s*\w)[^\[\]]*\]\s*$"
)
_CAMEL_JOIN = re.compile(r"[a-z][A-Z]")


@dataclass(slots=True)
class TextMeta:
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
        "boilerplate" if is_boilerplate(text[s:e], latin_article=latin, scraped=scraped) else "body"
        for s, e in paragraphs
    ]
    if not scraped:
        return TextMeta(first_line_title(text, paragraphs, kinds), find_source(text), find_date(text), kinds)
    header = read_header(text, paragraphs, kinds)
    mark_footer(text, paragraphs, kinds)
    return TextMeta(header.title, find_source(text, credited=header.source), find_date(text), kinds)


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
    if _BOILERPLATE.match(stripped) or _CAPTION_CREDIT.search(stripped[-300:]):
        return True
    if _is_dateline(stripped):
        return True
    if scraped and (_is_timestamp(stripped) or is_page_control(stripped)):
        return True
    if scraped and (is_contact_line(stripped) or is_photo_credit(stripped) or is_rights_notice(stripped)):
        return True
    return _looks_like_menu(stripped) or (latin_article and _looks_like_stray_line(stripped))


# Everything above Latin Extended-B, written as "not below it": the same set, but a class spanning
# U+0250–U+10FFFF takes re 20–25 ms to compile at every start, this one 0.2 ms.
_NON_LATIN = re.compile(r"[^\x00-\u024f]")


_TIME_WORDS = frozenset("at am pm a.m. p.m. et est edt cst cdt pst pdt gmt bst cet ist aest utc".split())


def _is_dateline(line: str) -> bool:
    """A line that is only a date (and a time): "May 03, 2013", "December 15, 2008 at 1: 00pm CST"."""
    if len(line) > 60:
        return False
    for pattern in (_DAY_MONTH_YEAR, _MONTH_DAY_YEAR, _ISO):
        match = pattern.search(line)
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
_STAMP_TOKEN = re.compile(r"[a-z]+(?:\.[a-z]+)*\.?|\d+")


@functools.cache  # compiled on first use: a plain-text corpus may never need it
def _clock() -> re.Pattern[str]:
    return re.compile(r"\d{1,2}\s*:\s*\d\d|\b\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.)")


@functools.cache  # compiled on first use: a plain-text corpus may never need it
def _numeric_date() -> re.Pattern[str]:
    return re.compile(r"\b\d{1,4}\s*[./-]\s*\d{1,2}\s*[./-]\s*\d{2,4}\b")


@functools.cache  # compiled on first use: a plain-text corpus may never need it
def _ago() -> re.Pattern[str]:
    return re.compile(
        r"\b\d+\s*(?:[mhdws]|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?|secs?|seconds?)\s+ago\b"
    )


def _is_timestamp(line: str) -> bool:
    """A line that only says when: "May 30 at 2:44 PM", "Updated 1:45 pm, Friday, June 1, 2018",
    "06/01/2018 02:57 pm ET", "15m ago", "AP June 1, 2018, 10:35 PM" (a wire's name may lead)."""
    if len(line) > 80:
        return False
    low = line.lower()
    tokens = _STAMP_TOKEN.findall(low)
    if not any(t.isdigit() for t in tokens):
        return False
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
    if head.isascii():
        return True
    letters = sum(map(str.isalpha, head))  # per character in C: a regex building a list was slower
    if not letters:
        return True
    non_latin = sum(map(str.isalpha, _NON_LATIN.findall(head)))
    return letters - non_latin >= 0.8 * letters


def _looks_like_menu(line: str) -> bool:
    """A navigation line: words run together ("storiesEurope"), underscores, pipes.

    An escaped underscore (``\\_``, as markdownify writes "Liebe_r") is a word's own
    character, not a separator between menu items.
    """
    if len(line) > 200:
        return False
    underscores = line.count("_") - line.count("\\_")
    signs = len(_CAMEL_JOIN.findall(line)) + underscores + line.count("|") + line.count(" · ")
    words = len(line.split())
    return signs >= 2 and signs * 2 >= words


def _looks_like_stray_line(line: str) -> bool:
    """A very short line in another script than the article's, or with no letters."""
    if len(line) > 40:
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
    matches = list(_SOURCE_LINE.finditer(text)) if "ource" in text else []
    if matches:
        return matches[-1].group("name").strip(" .")
    dateline = _DATELINE_AGENCY.search(text)
    if dateline:
        return dateline.group("name")
    if credited:
        return credited
    for notice in _COPYRIGHT.finditer(text):
        words = notice.group("name").split()
        for n in range(len(words), 0, -1):  # "CNN NewSource" → "CNN"
            service = wire_service(" ".join(words[:n]))
            if service:
                return service
    host = _URL_HOST.match(text.lstrip())
    if host:  # a page address on the first line names the outlet that published it
        name = "".join(host.group(1).split()).lower()
        for prefix in ("www.", "articles.", "edition.", "m.", "news."):
            name = name.removeprefix(prefix)
        if "." in name:
            return name
    for archive in _ARCHIVE.finditer(text):
        # "(Jane Roe/AFP/Getty Images)": a photo's credit, not the story's
        around = text[max(0, archive.start() - 3) : archive.start()] + text[archive.end() : archive.end() + 2]
        if "/" not in around:
            return archive.group("name")
    return None


_COPYRIGHT = re.compile(
    r"(?:Copyright|©)\s*(?:©\s*)?(?:(?:19|20)\d\d\s*)?(?:by\s+)?(?P<name>(?:The\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3})"
)
_URL_HOST = re.compile(r"https?\s*:\s*/\s*/\s*([\w-]+(?:\s*\.\s*[\w-]+)+)", re.I)


def find_date(text: str) -> str | None:
    """The first full date the text gives, as ISO; a bare "Tuesday (15 February)" takes
    its year from elsewhere in the text.

    Full dates are looked for only around the years the text holds (a cheap scan for four
    digits), so the costly month patterns run over a few short windows, not the whole text.
    """
    text = _ends(text)
    years = list(_YEAR.finditer(text))
    if not years:  # every date form below needs a year somewhere in the text
        return None
    for year in years:
        lo, hi = max(0, year.start() - 30), year.end() + 6
        best: tuple[int, str] | None = None
        for pattern in (_DAY_MONTH_YEAR, _MONTH_DAY_YEAR, _ISO):
            match = pattern.search(text, lo, hi)
            if match:
                iso = _iso(match.group("year"), match.group("month"), match.group("day"))
                if iso and (best is None or match.start() < best[0]):
                    best = (match.start(), iso)
        if best:
            return best[1]
    for partial in _PAREN_DAY_MONTH.finditer(text):
        if _weekday_before().search(text, max(0, partial.start() - 12), partial.start()):
            return _iso(years[0].group(), partial.group("month"), partial.group("day"))
    return None


def _iso(year: str, month: str, day: str) -> str | None:
    m = int(month) if month.isdigit() else MONTH_NUMBERS.get(month.lower().rstrip("."))
    d = int(day)
    if not m or not 1 <= m <= 12 or not 1 <= d <= 31:
        return None
    return f"{int(year):04d}-{m:02d}-{d:02d}"
