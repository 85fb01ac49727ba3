"""The headline of a plain text, and the chrome around it.

A page saved as text opens with a header: buttons, prompts, section labels, other headlines, the
headline, a standfirst, a byline, a timestamp, a photo and its caption, then the article's first
paragraph of running text (its lead). The header is what comes before the lead. Its headline is the
first line in it that is shaped like one (short, not a label, not a byline, not ending in a colon)
and that is about the article: it shares words with the text below it, which a button, an outlet's
name or another story's headline does not. Lines above the headline are chrome; bylines and name
labels anywhere in the header are too. When the header holds no headline, the title is the lead.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from operator import itemgetter

from corpus.ingest.chrome import (
    CONTROL_CHARS,
    byline_credit,
    is_name_label,
    is_named_byline,
    is_photo_credit,
)
from corpus.ingest.text_words import TextBelow, content_words, paragraph_words
from corpus.model import BlockKind

Span = tuple[int, int]

LEAD_WORDS = 20
"""A paragraph of this many words or more is running text: the header ends before the first one."""
HEADER_PARAGRAPHS = 40
"""The header is looked for in this many paragraphs at most."""
BODY_SAMPLE = 2_000
"""Characters of text below the header whose words a headline is checked against."""
JUDGED_WORDS = 20
"""Below this many distinct words of text under a line, whether it is about them is not judged."""
PROSE_WORDS = 6
"""A sentence of this many words or more, not capitalised like a headline, is the text begun."""
SHARED_SHARE = 0.25
"""A headline shares at least this share of its words (and at least one) with the text below."""
TITLE_CHARS = 300
CREDIT_LINE_CHARS = 300
"""A photo credit standing as a line is shorter than this."""
HEADLINE_WORDS = 25
"""A headline has at most this many words."""
TITLE_CASE_SHARE = 0.6
"""A line with this share of its longer words capitalised is written in title case, as headlines are."""


# eq=False: never compared, and each generated method is compiled at every start (~0.5M instructions)
@dataclass(slots=True, eq=False)
class Header:
    """What :func:`read_header` finds above the text."""

    title: str | None
    source: str | None
    """A wire service or outlet a byline in the header credits."""


def read_header(text: str, paragraphs: list[Span], kinds: list[BlockKind]) -> Header:
    """Find the headline and mark the header's chrome in ``kinds`` (changed in place)."""
    lead = _lead_index(text, paragraphs, kinds)
    below, own, under = _words_below(text, paragraphs, kinds, lead)
    headline: int | None = None
    source: str | None = None
    text_seen = prose_seen = False
    for i in range(min(lead, len(paragraphs))):
        if kinds[i] != "body":
            continue
        raw = text[paragraphs[i][0] : paragraphs[i][1]]
        line = clean_title(raw)
        is_byline, credit = byline_credit(line)
        # with little text below, nothing tells a line about the article from one that is not;
        # a Markdown heading is the writer's own headline
        judged = not raw.startswith("#") and below.at_least(JUDGED_WORDS, under[i])
        unrelated = judged and not below.shares_any(own[i], under[i])
        # (a sentence after the text has begun is the text going on, not a headline; and with too
        # little text below to judge a line by, a line after a whole sentence of prose is the text
        # going on too)
        going_on = (text_seen and line.endswith(".")) or (prose_seen and not judged)
        candidate = headline is None and not going_on
        if is_byline or (is_name_label(line) and unrelated) or _is_caption(text, paragraphs, i, line):
            kinds[i] = "boilerplate"
            source = source or credit
        elif candidate and _is_about(
            line, below if judged else None, under[i], own[i] if _as_read(raw, line) else None
        ):
            headline = i
        elif unrelated and _is_other_headline(line, headline is None, _beside_chrome(kinds, i)):
            kinds[i] = "boilerplate"  # another story's headline, a prompt: nothing of this article
        elif headline is not None and same_headline(_title_of(text, paragraphs, headline), line):
            kinds[i] = "title"
        text_seen = text_seen or (kinds[i] == "body" and not line.endswith(":"))  # (a kicker is no text)
        prose_seen = prose_seen or (kinds[i] == "body" and _reads_as_prose(line))
    for i in range(lead, min(len(paragraphs), HEADER_PARAGRAPHS)):  # a byline under a standfirst
        start, end = paragraphs[i]
        # (only a short paragraph opening with "by" can be one: the paragraphs of text are not copied)
        if kinds[i] == "body" and could_be_byline(text, start, end) and is_named_byline(text[start:end]):
            kinds[i] = "boilerplate"
            source = source or byline_credit(text[start:end])[1]
    if headline is None:
        return Header(lead_title(text, paragraphs, kinds), source)
    for i in range(headline):  # what sits above the headline is the page's, not the article's
        if kinds[i] == "body":
            kinds[i] = "boilerplate"
    kinds[headline] = "title"
    return Header(_title_of(text, paragraphs, headline), source)


def lead_title(text: str, paragraphs: list[Span], kinds: list[BlockKind]) -> str | None:
    """With no headline, the first line of the text stands for one; a label that introduces what
    follows ("JANE ROE, HOST:") does not stand for the article."""
    for (start, end), kind in zip(paragraphs, kinds, strict=True):
        if kind == "body" and not text[start:end].endswith(":"):
            return clean_title(text[start:end]) or None
    return None


def _words_below(
    text: str, paragraphs: list[Span], kinds: list[BlockKind], lead: int
) -> tuple[TextBelow, list[AbstractSet[str]], list[AbstractSet[str]]]:
    """The words of the text below the header (to ``BODY_SAMPLE`` past the lead; chrome left out),
    read as they are asked for; and for each header paragraph, its own words and those of the
    header's body paragraphs under it (the text below it is those and the text below the header).
    Read for the body lines only: when the header holds none, empty sets."""
    header = min(lead, len(paragraphs))
    stop = (paragraphs[lead][0] if lead < len(paragraphs) else len(text)) + BODY_SAMPLE
    below = TextBelow(text, paragraphs[header:], stop)
    own: list[AbstractSet[str]] = [frozenset()] * header
    under: list[AbstractSet[str]] = [frozenset()] * header
    if "body" not in kinds[:header]:  # no line above the lead (a fifth of the bench corpus's articles)
        return below, own, under
    lines_under: AbstractSet[str] = frozenset()
    for i in range(header - 1, -1, -1):
        under[i] = lines_under
        if kinds[i] == "body":
            own[i] = paragraph_words(text[paragraphs[i][0] : paragraphs[i][1]])
            lines_under = lines_under | own[i]
    return below, own, under


def first_line_title(text: str, paragraphs: list[Span], kinds: list[BlockKind]) -> str | None:
    """The first non-furniture paragraph, marked as the title when shaped like a headline (and a
    repeat right after it too): the title of a text whose furniture is already known."""
    first = next((i for i, k in enumerate(kinds) if k == "body"), None)
    if first is None:
        return None
    start, end = paragraphs[first]
    title = clean_title(text[start:end])
    if is_headline(title):
        kinds[first] = "title"
        if first + 1 < len(paragraphs):
            s2, e2 = paragraphs[first + 1]
            if kinds[first + 1] == "body" and same_headline(title, clean_title(text[s2:e2])):
                kinds[first + 1] = "title"
    return title or None


def _lead_index(text: str, paragraphs: list[Span], kinds: list[BlockKind]) -> int:
    """The first paragraph of running text; when the first ones are all short, the one after the
    first body paragraph (so the header is that paragraph alone, as if it were the headline).

    A long caption above the text is not it: it ends a sentence right above a photo credit (and a
    photo gallery may give it twice); it is marked boilerplate on the way.
    """
    head = paragraphs[:HEADER_PARAGRAPHS]  # (spans: their texts are not copied, most never read)
    for i, ((start, end), kind) in enumerate(zip(head, kinds, strict=False)):
        if kind != "body" or end - start <= LEAD_WORDS * 3:
            continue
        line = text[start:end]
        # (a long headline is not yet the text)
        if not has_words(line, LEAD_WORDS) or is_headline(clean_title(line)):
            continue
        if _is_caption_text(text, head, line):
            kinds[i] = "boilerplate"
            continue
        return i
    first = next((i for i, k in enumerate(kinds) if k == "body"), len(paragraphs))
    return min(first + 1, len(paragraphs))


def _is_caption_text(text: str, head: list[Span], line: str) -> bool:
    """``line`` is a long sentence that stands, somewhere in the paragraphs ``head``, right above a
    photo credit (asked of the lines the lead is looked for in only: the header's pairs all tried
    cost more)."""
    if len(head) < 2 or not line.endswith(".") or not has_words(line, LEAD_WORDS):
        return False
    size = len(line)
    # each paragraph of head[:-1] equal to it, and the one after it: where the text holds the line (found
    # in C; the line itself is one of them), a paragraph that starts there and is as long
    hi = head[-2][0] + size
    at = text.find(line, head[0][0], hi)
    while at >= 0:
        index = bisect_left(head, at, key=_start_of)
        if index < len(head) - 1 and head[index] == (at, at + size):
            after_start, after_end = head[index + 1]
            if after_end - after_start < CREDIT_LINE_CHARS and is_photo_credit(text[after_start:after_end]):
                return True
        at = text.find(line, at + 1, hi)
    return False


_start_of = itemgetter(0)


def has_words(line: str, least: int) -> bool:
    """``len(line.split()) >= least``, without making every word of a long paragraph: split at most
    ``least - 1`` times, the rest of the line is the last part."""
    return len(line.split(None, least - 1)) >= least


def could_be_byline(text: str, start: int, end: int) -> bool:
    """What :func:`is_named_byline` first asks of ``text[start:end]`` (short, opening with "by" in
    any case), asked of the text in place: most paragraphs under a standfirst are text, long ones."""
    return end - start <= CONTROL_CHARS and text.startswith(BY_IN_ANY_CASE, start)


BY_IN_ANY_CASE = ("by", "By", "bY", "BY")
"""What a text opening with "by" in any case opens with (no other character lower-cases to b or y)."""


def _is_other_headline(line: str, above_headline: bool, beside_chrome: bool) -> bool:
    """Shaped as a headline, of a line that says nothing of the article: another story's.

    Above the headline it must be capitalised like one ("Why Do Some Gardens Bloom Twice?"): the
    page's own headline may share no word with a short text either. Below it, it must stand amid
    chrome ("24m ago"): a line of the text broken off there says nothing of it either.
    """
    words = line.split()
    if not 3 <= len(words) <= HEADLINE_WORDS:
        return False
    if above_headline:
        return _title_cased(words)
    return beside_chrome and (_title_cased(words) or not line.endswith((".", "!", "?", "”", '"')))


def _reads_as_prose(line: str) -> bool:
    """A whole sentence of running text: long, ended like a sentence, and not capitalised like a
    headline (a prompt may read so too: only where the text below is too short to tell it from
    the article does one end the search for a headline)."""
    words = line.split()
    return len(words) >= PROSE_WORDS and line.endswith((".", "!", "?", "”", '"')) and not _title_cased(words)


def _title_cased(words: list[str]) -> bool:
    long_words = [w for w in words[1:] if len(w) >= 4]  # the first word is capitalised in any sentence
    return bool(long_words) and sum(w[0].isupper() for w in long_words) >= TITLE_CASE_SHARE * len(long_words)


def _beside_chrome(kinds: list[BlockKind], index: int) -> bool:
    return any(0 <= j < len(kinds) and kinds[j] == "boilerplate" for j in (index - 1, index + 1))


def _is_caption(text: str, paragraphs: list[Span], index: int, line: str) -> bool:
    """A photo's caption: the line after a photo credit, or a sentence just before one."""

    def credit_at(j: int) -> bool:
        return 0 <= j < len(paragraphs) and is_photo_credit(text[paragraphs[j][0] : paragraphs[j][1]])

    return credit_at(index - 1) or (line.endswith(".") and credit_at(index + 1))


def _title_of(text: str, paragraphs: list[Span], index: int) -> str:
    return _drop_label(clean_title(text[paragraphs[index][0] : paragraphs[index][1]]))


def _as_read(paragraph: str, line: str) -> bool:
    """The words of ``line``, ``paragraph`` cleaned (:func:`clean_title`), with a label dropped
    (:func:`_drop_label`), are the paragraph's: it was too short to be cut, and has no bar."""
    return len(paragraph) <= TITLE_CHARS and "|" not in line


def _is_about(
    line: str,
    below: TextBelow | None,
    under: AbstractSet[str] = frozenset(),
    line_words: AbstractSet[str] | None = None,
) -> bool:
    """Shaped like a headline, and sharing words with the article: the text below the header
    (``below``; None when too short to judge a line by) and the header's lines under this one
    (their words ``under``). ``line_words``: the line's :func:`content_words` when they are known
    (its paragraph's, when cleaning it and dropping a label cut nothing off: a short paragraph
    without a bar)."""
    if not is_headline(line) or line.endswith(":") or len(line.split()) < 2:
        return False
    if below is None:
        return True
    own = content_words(_drop_label(line)) if line_words is None else line_words
    if not own:
        return False
    return below.shares_at_least(own, max(1, math.ceil(SHARED_SHARE * len(own))), under)


def _drop_label(title: str) -> str:
    """A page title's section or outlet beside a bar is dropped: "Opinion | X", "X | The Daily"."""
    if "|" not in title:
        return title
    parts = [p.strip() for p in title.split("|")]
    longest = max(parts, key=lambda p: len(p.split()))
    others = [p for p in parts if p is not longest]
    if all(len(p.split()) <= 4 and is_name_label(p) for p in others if p):
        return longest
    return title


def clean_title(line: str) -> str:
    """One line of text, markdown heading marks and a trailing dash (a site's title template) dropped."""
    line = " ".join(line[: TITLE_CHARS * 2].split())
    if len(line) > TITLE_CHARS:  # a paragraph, not a headline: keep its start
        line = line[:TITLE_CHARS].rsplit(" ", 1)[0] + "…"
    line = line.lstrip("#").lstrip() if line.startswith("#") else line
    return line.rstrip(" –—-")


def is_headline(line: str) -> bool:
    """Short, and not a sentence of running text."""
    words = line.split()
    return (0 < len(words) <= HEADLINE_WORDS and not line.endswith((".", "”", '"'))) or len(words) <= 12


def same_headline(a: str, b: str) -> bool:
    """Two lines that are one headline written twice (identical or nearly so)."""
    if a.lower() == b.lower():
        return True
    wa, wb = set(_prefixes(a)), set(_prefixes(b))
    if not wa or not wb or max(len(wa), len(wb)) > 25:
        return False
    return len(wa & wb) / len(wa | wb) >= 0.6


def _prefixes(line: str) -> list[str]:
    return [w[:5] for w in re.findall(r"\w+", line.lower())]
