"""What a plain text says about itself: headline, outlet, date, and which paragraphs are furniture."""

from __future__ import annotations

import re
from dataclasses import dataclass

from corpus.ingest.structure import Span
from corpus.model import BlockKind

_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for m in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
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
_WEEKDAY_BEFORE = re.compile(r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*$", re.I)
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


def describe(text: str, paragraphs: list[Span]) -> TextMeta:
    """Title, source, date and the kind of each paragraph of a plain text."""
    latin = _mostly_latin(text)
    kinds: list[BlockKind] = [
        "boilerplate" if is_boilerplate(text[s:e], latin_article=latin) else "body" for s, e in paragraphs
    ]
    title = _find_title(text, paragraphs, kinds)
    return TextMeta(title, find_source(text), find_date(text), kinds)


def is_boilerplate(paragraph: str, *, latin_article: bool = True) -> bool:
    """True for page furniture: menus, sign-ups, share links, credits, non-text lines.

    ``latin_article`` says the article is written in a Latin script, so a short
    line in another script (a stray widget label) is furniture; in a Japanese or
    Russian article such a line is text.
    """
    stripped = paragraph.strip()
    if not stripped:
        return True
    if _BOILERPLATE.match(stripped) or _CAPTION_CREDIT.search(stripped[-300:]):
        return True
    if _is_dateline(stripped):
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
            weekdays = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
            return all(w in _TIME_WORDS or w.rstrip(".") in weekdays for w in words)
    return False


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


def _find_title(text: str, paragraphs: list[Span], kinds: list[BlockKind]) -> str | None:
    """The headline: the first non-furniture paragraph; a repeat after it is folded in."""
    first = next((i for i, k in enumerate(kinds) if k == "body"), None)
    if first is None:
        return None
    start, end = paragraphs[first]
    title = _clean_title(text[start:end])
    if _is_headline(title):
        kinds[first] = "title"
        if first + 1 < len(paragraphs):
            s2, e2 = paragraphs[first + 1]
            if kinds[first + 1] == "body" and _same_headline(title, _clean_title(text[s2:e2])):
                kinds[first + 1] = "title"
    return title or None


_TITLE_CHARS = 300


def _clean_title(line: str) -> str:
    """One line of text, markdown heading marks and a trailing dash (a site's title template) dropped."""
    line = " ".join(line[: _TITLE_CHARS * 2].split())
    if len(line) > _TITLE_CHARS:  # a paragraph, not a headline: keep its start
        line = line[:_TITLE_CHARS].rsplit(" ", 1)[0] + "…"
    line = line.lstrip("#").lstrip() if line.startswith("#") else line
    return line.rstrip(" –—-")


def _is_headline(line: str) -> bool:
    """Short, and not a sentence of running text."""
    words = line.split()
    return (0 < len(words) <= 25 and not line.endswith((".", "”", '"'))) or len(words) <= 12


def _same_headline(a: str, b: str) -> bool:
    """Two lines that are one headline written twice (identical or nearly so)."""
    if a.lower() == b.lower():
        return True
    wa, wb = set(_stems(a)), set(_stems(b))
    if not wa or not wb or max(len(wa), len(wb)) > 25:
        return False
    return len(wa & wb) / len(wa | wb) >= 0.6


def _stems(line: str) -> list[str]:
    return [w[:5] for w in re.findall(r"\w+", line.lower())]


_HEAD, _TAIL = 20_000, 5_000
"""Dates and outlets are named near the top (dateline) or the bottom (credits): only those are searched."""


def _ends(text: str) -> str:
    return text if len(text) <= _HEAD + _TAIL else text[:_HEAD] + "\n" + text[-_TAIL:]


def find_source(text: str) -> str | None:
    """The outlet the text names: "Source: X", a dateline "(dpa/MIA) —", "AP Archive"."""
    text = _ends(text)
    matches = list(_SOURCE_LINE.finditer(text)) if "ource" in text else []
    if matches:
        return matches[-1].group("name").strip(" .")
    dateline = _DATELINE_AGENCY.search(text)
    if dateline:
        return dateline.group("name")
    host = _URL_HOST.match(text.lstrip())
    if host:  # a page address on the first line names the outlet that published it
        name = "".join(host.group(1).split()).lower()
        for prefix in ("www.", "articles.", "edition.", "m.", "news."):
            name = name.removeprefix(prefix)
        if "." in name:
            return name
    archive = _ARCHIVE.search(text)
    if archive:
        return archive.group("name")
    return None


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
        if _WEEKDAY_BEFORE.search(text, max(0, partial.start() - 12), partial.start()):
            return _iso(years[0].group(), partial.group("month"), partial.group("day"))
    return None


def _iso(year: str, month: str, day: str) -> str | None:
    m = int(month) if month.isdigit() else _MONTHS.get(month.lower().rstrip("."))
    d = int(day)
    if not m or not 1 <= m <= 12 or not 1 <= d <= 31:
        return None
    return f"{int(year):04d}-{m:02d}-{d:02d}"
