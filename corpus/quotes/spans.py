"""Where the quotations are: spans between quote marks, as offsets into ``article.text``.

One pass over the marks of each paragraph. Which closing marks end a quote depends on its opening
mark, by the conventions of :data:`DOUBLE_MARK_CONVENTIONS` (English “…”, German „…“ and »…«,
Polish and Hungarian „…”, French «…» with the spaces French sets inside, Swedish ”…”), so
quote spans are found in articles of any of these languages; speakers and cues are read in
English only (:mod:`corpus.quotes.attribution`). Single marks (‘…’, ‚…‘, ‹…›, ›…‹, by
:data:`SINGLE_MARK_CONVENTIONS`) count only nested inside a double-quoted quote, and a ’ between
letters or after an s is an apostrophe.
A quote left open at the end of a paragraph continues into the next one only
when that paragraph opens with a mark (the newspaper convention); otherwise it
is recovered at the paragraph end, so an unmatched mark never swallows the rest
of the article. Boilerplate paragraphs are skipped: a "related stories"
headline with a quote in it is not a quote of this article.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from operator import itemgetter
from typing import NamedTuple

from corpus.ingest.lazy_regex import compiled_on_first_use
from corpus.ingest.structure import char_positions
from corpus.model import Article, BlockKind, QuoteKind
from corpus.quotes.lexicon import CUES_BEFORE_A_QUOTE, TITLE_CASE_SMALL_WORDS
from corpus.quotes.link_titles import is_link_title
from corpus.quotes.misdirected_marks import misdirected_close


class MarkConvention(NamedTuple):
    """How one family of languages quotes: the mark that opens a quotation and the one that closes it."""

    languages: str
    opening: str
    closing: str


DOUBLE_MARK_CONVENTIONS: tuple[MarkConvention, ...] = (
    MarkConvention("English, Spanish, Portuguese, Turkish, Chinese", "“", "”"),
    MarkConvention("typewriter (any language)", '"', '"'),
    MarkConvention("German, Czech, Slovak, Slovenian, Lithuanian, Icelandic", "„", "“"),
    MarkConvention("Polish, Hungarian, Romanian, Dutch, Croatian, Bulgarian", "„", "”"),
    MarkConvention("French, Italian, Spanish, Russian, Swiss, Norwegian, Greek, Arabic", "«", "»"),
    MarkConvention("German and Danish books and magazines, Croatian", "»", "«"),
    MarkConvention("Swedish, Finnish", "”", "”"),
    MarkConvention("Swedish, Finnish (guillemets)", "»", "»"),
)
"""The double quote marks of European (and some other) languages, opening → closing."""

SINGLE_MARK_CONVENTIONS: tuple[MarkConvention, ...] = (
    MarkConvention("English and most others", "‘", "’"),
    MarkConvention("typewriter (any language)", "'", "'"),
    MarkConvention("German, Czech, Slovak, Icelandic", "‚", "‘"),
    MarkConvention("Polish, Hungarian, Romanian, Dutch", "‚", "’"),
    MarkConvention("French, Swiss, Italian", "‹", "›"),
    MarkConvention("German and Danish books", "›", "‹"),
    MarkConvention("Swedish, Finnish (guillemets)", "›", "›"),
)
"""The single marks of a quote inside a quote, opening → closing."""


def _closers_by_opener(conventions: tuple[MarkConvention, ...]) -> dict[str, str]:
    closers: dict[str, str] = {}
    for convention in conventions:
        closers[convention.opening] = closers.get(convention.opening, "") + convention.closing
    return closers


_CLOSES_DOUBLE = _closers_by_opener(DOUBLE_MARK_CONVENTIONS)
_CLOSES_SINGLE = _closers_by_opener(SINGLE_MARK_CONVENTIONS)
_DOUBLE = "".join(dict.fromkeys("".join(c.opening + c.closing for c in DOUBLE_MARK_CONVENTIONS)))
_SINGLE = "".join(dict.fromkeys("".join(c.opening + c.closing for c in SINGLE_MARK_CONVENTIONS)))
_OPENERS = "“„«"
"""Marks that only ever open a quote; the others (» ” ") open one only where they look like it."""
_CLOSE_ANY = '”»"'
"""Closing-shaped marks that end an open quote whatever opened it: web text mixes its marks."""
_APOSTROPHE_SHAPED = "‘’'"
"""Single marks typists interchange, which also serve as apostrophes: any of them closes another."""
_CONTINUES_PARAGRAPH = _OPENERS + '"'
"""Marks that, opening a paragraph, continue the quote left open at the end of the one before."""
_INVISIBLE = (
    "\u200b\u200c\u200d\u200e\u200f"  # zero-width space, joiners, left-to-right and right-to-left marks
    "\u202a\u202b\u202c\u202d\u202e"  # direction embeddings and overrides
    "\u2060\u2066\u2067\u2068\u2069\ufeff"  # word joiner, direction isolates, byte-order mark
)
"""Characters that take no room on screen (zero-width spaces and joiners, direction marks and
embeddings, the byte-order mark): pasted web text puts them before a paragraph's opening mark, where
they must read as nothing."""
_SENTENCE_PUNCT = ".!?…"
# What may stand before a quote that opens a clause of its own (a whole sentence).
_CLAUSE_START = ":,;.!?—–-([\n"
_WORDS = re.compile(r"\w+")
_CLAUSE_LOOKBACK = 80
"""Characters before an opening mark read to tell whether it opens a clause (bounded: a 1 MB line
stays linear)."""
_NAMING_LOOKBACK = 60
"""Characters before a title-case quote read for a naming verb (`called the winner “Miss Piggy”`)."""
_NON_SPACE = re.compile(r"\S")
_NOT_END = re.compile(r"[^ .\t]")


Paragraph = tuple[int, int]
"""A paragraph's start and end in the article's text."""


class QuoteSpan(NamedTuple):
    """A quotation found by its marks.

    ``start``/``end`` are the quoted words (marks and inner white space excluded);
    ``open_at``/``close_at`` the marks themselves (``close_at`` is the offset just
    past the closing mark, or the paragraph end when the mark was missing).
    """

    start: int
    end: int
    open_at: int
    close_at: int
    kind: QuoteKind
    paragraph: int
    """Index (in ``article.paragraphs``) of the paragraph where the quote opens."""
    end_paragraph: int
    """Index of the paragraph where it closes (differs for a continued quote)."""
    nested: bool = False
    """A ‘single-quoted’ quote inside a double-quoted one (someone else's words)."""


def find_quote_spans(article: Article, *, include_boilerplate: bool = False) -> list[QuoteSpan]:
    """Every quotation of ``article`` in text order, nested ones after their host."""
    text = article.text
    doubles = char_positions(text, _DOUBLE)
    if not doubles:
        return []  # (many articles quote no one: their paragraphs are not even listed)
    # the paragraphs as (start, end, kind) tuples, not Block objects; only those holding a mark are
    # visited, found from the marks by bisection: most paragraphs hold none, and a Python step for
    # each of them cost more than reading the ones that do
    bounds = article.paragraphs.spans()
    starts = list(map(itemgetter(0), bounds))
    spans: list[QuoteSpan] = []
    carry: tuple[int, int] | None = None  # (open mark offset, paragraph index) of a continued quote
    singles: list[int] | None = None
    previous = -1  # the paragraph read last
    first = 0
    while first < len(doubles):
        index = bisect_right(starts, doubles[first]) - 1
        start, end, kind = bounds[max(index, 0)]
        after = bisect_left(doubles, end, first)
        if after == first or index < 0:  # a mark in no paragraph (between two, before the first)
            first += 1
            continue
        marks, first = doubles[first:after], after
        if index != previous + 1:
            carry = None  # a quote continues only into the paragraph right after (which has a mark)
        previous = index
        if kind == "boilerplate" and not include_boilerplate:
            carry = None
            continue
        if carry is not None and not _opens_with_mark(text, start, end):
            carry = None
        found, carry = _scan_paragraph(text, start, end, index, carry, bounds, marks)
        if found and singles is None:
            singles = char_positions(text, _SINGLE)  # once per article: a search per quote cost more
        for span in found:
            spans.append(span)
            inside = _between(singles, span.start, span.end) if singles else None
            if inside:  # (most quotes hold no single mark: nothing nested to read)
                spans.extend(_nested_quotes(text, span, inside))
    return spans


def _opens_with_mark(text: str, start: int, end: int) -> bool:
    return start < end and text[start] in _CONTINUES_PARAGRAPH


def _next_continues(text: str, bounds: list[tuple[int, int, BlockKind]], index: int) -> bool:
    """True when the paragraph after ``index`` opens with a quote mark (a continued quote)."""
    if index + 1 >= len(bounds):
        return False
    start, end, kind = bounds[index + 1]
    return kind != "boilerplate" and _opens_with_mark(text, start, end)


def _scan_paragraph(
    text: str,
    para_start: int,
    para_end: int,
    index: int,
    carry: tuple[int, int] | None,
    bounds: list[tuple[int, int, BlockKind]],
    marks: list[int],
) -> tuple[list[QuoteSpan], tuple[int, int] | None]:
    """Quotes closed in this paragraph, and the quote left open for the next one (if it continues).

    ``marks`` are the offsets of the double quote marks in the paragraph (``text[para_start:para_end]``);
    ``bounds`` the article's paragraphs, the next one read only where a quote is left open."""
    para = (para_start, para_end)
    found: list[QuoteSpan] = []
    open_at: int | None = None
    open_para = index
    scan_from = para_start
    if carry is not None:
        open_at, open_para = carry
        scan_from = para_start + 1  # the paragraph's own opening mark only re-opens the quote
    for pos in marks:
        if pos < scan_from:
            continue
        mark = text[pos]
        if open_at is None:
            if (mark in _OPENERS and not misdirected_close(text, pos, para_end)) or (
                mark in _CLOSE_ANY and _looks_like_opener(text, pos, para)
            ):
                open_at, open_para = pos, index
            continue
        if mark in _OPENERS and not _closes(text, open_at, pos, para):
            # An opener inside an open quote: the earlier mark was never closed. Keep the new one.
            if _looks_like_opener(text, pos, para) and open_para == index:
                open_at = pos
            continue
        if mark == '"' and _looks_like_opener(text, pos, para) and not _looks_like_closer(text, pos):
            continue  # `"` glued to the next word while a quote is open: odd; wait for a real closer
        span = _make_span(text, open_at, pos, pos + 1, open_para, index)
        if span is not None and not _is_furniture(text, para, span):
            found.append(span)
        open_at = None
    if open_at is None:
        return found, None
    if _next_continues(text, bounds, index) and (
        open_para != index or _opens_clause(text, open_at, text[para_start:open_at])
    ):
        return found, (open_at, open_para)
    # Recover at the paragraph end: a quote whose closing mark is missing ends with its paragraph,
    # but only when it opened a clause; a stray mark inside a sentence is dropped.
    if _opens_clause(text, open_at, text[para_start:open_at]) or open_para != index:
        span = _make_span(text, open_at, para_end, para_end, open_para, index)
        if span is not None:
            found.append(span)
    return found, None


def _closes(text: str, open_at: int, pos: int, para: Paragraph) -> bool:
    """Whether the mark at ``pos``, which can also open a quote (“ «), closes the one opened at
    ``open_at``: by its convention (German „…“) and not glued to the next word, or typed where the
    closing mark belongs (“abhorrent“ glued to the word before; :mod:`.misdirected_marks`)."""
    if text[pos] not in _CLOSES_DOUBLE.get(text[open_at], ""):  # (or “ typed for ”: ", “said Roe")
        closer = _looks_like_closer(text, pos) and not _looks_like_opener(text, pos, para)
        return closer or misdirected_close(text, pos, para[1])
    return _looks_like_closer(text, pos) or not _looks_like_opener(text, pos, para)


def _looks_like_opener(text: str, pos: int, para: Paragraph) -> bool:
    """A mark that opens: after a space or an opening bracket and glued to the next word, or any mark
    that opens its paragraph (``” … he delivered``: there it can close nothing)."""
    para_start, para_end = para
    back = pos
    while back > para_start and text[back - 1] in _INVISIBLE:
        back -= 1
    if back == para_start:
        return True
    before = text[back - 1]
    after = text[pos + 1] if pos + 1 < para_end else " "
    return (before.isspace() or before in "([{—–-/:") and not after.isspace()


def _looks_like_closer(text: str, pos: int) -> bool:
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    return not before.isspace() and not after.isalnum()


def _make_span(
    text: str, open_at: int, close_mark: int, close_at: int, open_para: int, end_para: int
) -> QuoteSpan | None:
    start, end = open_at + 1, close_mark
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start or not (text[start].isalnum() or any(c.isalnum() for c in text[start:end])):
        return None
    kind = _kind(text, open_at, start, end)
    return QuoteSpan(start, end, open_at, close_at, kind, open_para, end_para)


def _kind(text: str, open_at: int, start: int, end: int) -> QuoteKind:
    """``direct`` for a quoted sentence (capitalised, opening a clause), else ``partial``."""
    first = text[start] if text[start].isalnum() else next((c for c in text[start:end] if c.isalnum()), "")
    if not (first.isupper() or first.isdigit()):
        return "partial"
    line_start = text.rfind("\n", max(0, open_at - _CLAUSE_LOOKBACK), open_at) + 1
    before = text[max(line_start, open_at - _CLAUSE_LOOKBACK) : open_at]
    return "direct" if _opens_clause(text, open_at, before) else "partial"


_CUE_BEFORE = re.compile(r"\b(?:" + "|".join(CUES_BEFORE_A_QUOTE) + r")\s*$")


def _opens_clause(text: str, open_at: int, before: str) -> bool:
    """True when the mark at ``open_at`` starts a clause: at a line start, after punctuation or a cue."""
    stripped = before.rstrip().rstrip(_INVISIBLE).rstrip()
    if not stripped:
        return True
    if stripped[-1] in _CLAUSE_START:
        return True
    return _CUE_BEFORE.search(stripped) is not None


def _is_furniture(text: str, para: Paragraph, span: QuoteSpan) -> bool:
    """Quoted words that are no one's: a heading, a title of a work, a link's title in markup."""
    return (
        _is_heading(text, para, span)
        or _is_title_of_work(text, para, span)
        or is_link_title(text, span.open_at, span.close_at)
    )


def _is_heading(text: str, para: Paragraph, span: QuoteSpan) -> bool:
    """A short quoted phrase standing alone as a paragraph (a section heading), not speech."""
    if para[0] < span.open_at and not text[para[0]].isspace():
        return False  # (most quotes: words before them in the paragraph, read from its first character)
    # searched, not sliced: a paragraph of a million quote marks must not copy itself per quote
    if _NON_SPACE.search(text, para[0], span.open_at) or _NOT_END.search(text, span.close_at, para[1]):
        return False
    body = text[span.start : span.end]
    return len(_WORDS.findall(body)) <= 6 and body.rstrip()[-1:] not in _SENTENCE_PUNCT + ","


_NAMING = compiled_on_first_use(
    r"\b(?:call(?:s|ed|ing)?|dub(?:s|bed|bing)?|nicknamed?|label(?:s|ed|led|ing)?|brand(?:s|ed|ing)?"
    r"|term(?:s|ed|ing)?|as|chant(?:s|ed|ing)?|shout(?:s|ed|ing)?|yell(?:s|ed|ing)?)\W+(?:\w+\W+){0,4}$"
)


def _is_title_of_work(text: str, para: Paragraph, span: QuoteSpan) -> bool:
    """A name in title case mid-sentence ("on MSNBC's “Morning Joe”"): a show, book or film, not speech.

    Kept when a naming verb comes just before: `called the winner “Miss Piggy”` is someone's words.
    """
    if span.kind != "partial":
        return False
    first = _WORDS.match(text, span.start)
    if first is not None and not _title_word(first.group()):
        return False  # the common case ("hysteria"), known from the first word without reading all
    words = _WORDS.findall(text[span.start : span.end])
    if len(words) < 2 or len(words) > 7:
        return False
    if not all(_title_word(w) for w in words):
        return False
    before = text[max(para[0], span.open_at - _NAMING_LOOKBACK) : span.open_at]
    return _NAMING().search(before) is None


def _title_word(word: str) -> bool:
    return word[0].isupper() or word[0].isdigit() or word.lower() in TITLE_CASE_SMALL_WORDS


def _between(positions: list[int], start: int, end: int) -> list[int]:
    return positions[bisect_left(positions, start) : bisect_left(positions, end)]


def _nested_quotes(text: str, host: QuoteSpan, marks: list[int]) -> list[QuoteSpan]:
    """‘Single-quoted’ quotes inside a double-quoted one; apostrophes are left alone.

    ``marks`` are the offsets of the single marks inside the host."""
    nested: list[QuoteSpan] = []
    open_at: int | None = None
    pending_s: int | None = None  # a ’ after an s: an apostrophe unless no other closer follows
    for pos in marks:
        mark = text[pos]
        before = text[pos - 1] if pos > host.start else " "
        after = text[pos + 1] if pos + 1 < host.end else " "
        apostrophe_shaped = mark in _APOSTROPHE_SHAPED
        if apostrophe_shaped and before.isalnum() and after.isalnum():
            continue  # Russia’s, don't
        if open_at is None:
            if _opens_nested(mark, before, after):
                open_at = pos
            continue
        opener = text[open_at]
        if opener in _APOSTROPHE_SHAPED and apostrophe_shaped:
            if before.isspace():
                continue
            if before in "sS" and not after.isalnum() and pos + 1 < host.end:
                pending_s = pos
                continue
        elif mark not in _CLOSES_SINGLE[opener]:
            continue
        span = _nested_span(text, host, open_at, pos)
        if span is not None:
            nested.append(span)
        open_at, pending_s = None, None
    if open_at is not None and pending_s is not None:
        span = _nested_span(text, host, open_at, pending_s)
        if span is not None:
            nested.append(span)
    return nested


def _opens_nested(mark: str, before: str, after: str) -> bool:
    """A single mark opening a quote inside a quote: not glued to the word before, and glued to the
    word after (‹ may be followed by the space French sets inside its marks)."""
    if mark not in _CLOSES_SINGLE or before.isalnum():
        return False
    return after.isalnum() or (mark == "‹" and after.isspace())


def _nested_span(text: str, host: QuoteSpan, open_at: int, close_mark: int) -> QuoteSpan | None:
    span = _make_span(text, open_at, close_mark, close_mark + 1, host.paragraph, host.end_paragraph)
    if span is None:
        return None
    return QuoteSpan(
        span.start, span.end, span.open_at, span.close_at, "partial", span.paragraph, span.end_paragraph, True
    )
