"""Paragraphs and sentences of a text, as offsets into it.

Linear time: one pass over the lines for paragraphs, and a sentence boundary
tried only where a . ! ? or … stands. Nothing is copied or normalised, so every
span slices the original text exactly. :func:`sentence_breaks` is the one
sentence splitter; :func:`prose_rules` are the rules of an article's shown sentences,
and the quote code reads its masked text with rules of its own
(:mod:`corpus.quotes.context`).
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import chain, count

from corpus.ingest.calendar import MONTH_ABBREVIATIONS, MONTHS
from corpus.ingest.lazy_regex import compiled_on_first_use
from corpus.model import BLOCK_KINDS, BlockKind, Blocks

Span = tuple[int, int]


_line_pattern = compiled_on_first_use(r"[^\r\n]*(?:\r\n|\r|\n|$)")  # only a text with a \r needs it
_list_or_heading = compiled_on_first_use(r"\s*(?:[-*+•]\s|\d{1,3}[.)]\s|#{1,6}\s|>\s?|\|)")
_ends_sentence = compiled_on_first_use(r"[.!?:;”\"’')\]]\s*$")


# A sentence ends at . ! ? … (and any closing quotes/brackets after it), followed by white space and
# something that can start a sentence: [.!?…]+[”"’')\]]*(?=\s+["“‘(\[]?[A-Z0-9À-ÖØ-ÞЀ-Я]), written so
# that it compiles fast. A character class holding characters beyond Latin-1 in more than two runs
# compiles to a table of all 65,536 (1.5M instructions each, at every start); so each class keeps
# its Latin-1 characters and the others stand apart, ``{1}`` keeping the parser from merging them
# back into the class. The same matches, at the same places.
_STOP = r"(?:[.!?]|…{1})"
_CLOSER = r"(?:[\"')\]]|[”’]{1})"
_OPENER = r"(?:[\"(\[]|[“‘]{1})"
_SENTENCE_START = r"(?:[A-Z0-9À-ÖØ-Þ]|[\u0400-\u042f]{1})"
_sentence_end = compiled_on_first_use(  # a warm run, every article from the cache, splits none
    _STOP + _STOP + "*" + _CLOSER + r"*(?=\s+" + _OPENER + "?" + _SENTENCE_START + ")"
)
_ABBREVIATIONS = frozenset(
    (
        "mr mrs ms dr prof st sen rep gov gen col lt sgt capt maj jr sr vs no inc ltd co corp "
        "u.s u.k u.n e.g i.e etc approx dept mt ft ave blvd pres rev hon"
    ).split()
) | {a for month in MONTHS for a in MONTH_ABBREVIATIONS[month]}
SENTENCE_STOPS = ".!?…"
"""The characters every sentence boundary starts with."""
MIN_AFTER_STOP = 2
"""A boundary needs white space and the next sentence's first character after its stop: a stop
closer to the end of the text read than this ends no sentence (rules' boundaries must keep this)."""


# eq=False: never compared, and each generated method is compiled at every start (~0.5M instructions)
@dataclass(frozen=True, slots=True, eq=False)
class SentenceRules:
    """What ends a sentence: a ``boundary`` matched where one of :data:`SENTENCE_STOPS` stands (the
    stops, the closing marks after them and, optionally, the white space), unless
    ``is_abbreviation(text, sentence start, stop)`` says the period at ``stop`` ends an abbreviation
    (it is asked about periods only)."""

    boundary: re.Pattern[str]
    is_abbreviation: Callable[[str, int, int], bool]


def split_paragraphs(text: str) -> list[Span]:
    """Paragraph spans: blocks between blank lines, lines of lists and headings apart.

    A block whose lines are all short (at most ``_WRAP_WIDTH`` characters) may be
    a hard-wrapped paragraph: its lines are joined, except where a line ends a
    sentence well before the wrap width, is a short heading, or a list item or
    heading starts. A block with a longer line is text scraped one paragraph a
    line: every line is a paragraph of its own (a line ending without a full
    stop, such as a byline or a quote that runs on, is not glued to the next).
    """
    if "\r" in text:
        return _paragraphs_of_lines(text, _lines_of_any_break(text))
    spans: list[Span] = []
    line_content = _line_content()
    for block in _block().finditer(text):
        if block.start(1) < 0:  # (a block of one line, as most are, is its paragraph)
            spans.append(block.span())
        else:
            spans += _block_paragraphs(text, [m.span() for m in line_content.finditer(text, *block.span())])
    return spans


_line_content = compiled_on_first_use(r"\S(?:[^\n]*\S)?")
"""A line's text without the white space around it (``str.strip``'s: ``\\s`` is ``str.isspace``)."""
_block = compiled_on_first_use(  # only a text without a \r needs it
    r"\S(?:[^\n]*\S)?((?:[^\S\n]*\n[^\S\n]*\S(?:[^\n]*\S)?)+)?"
)
"""A block of lines between blank ones (or lines of white space alone), from its first character
that is not white space to its last; its group 1 matches where it has more than one line. Found
by the regex engine, not by a loop over the lines in Python (the bench corpus's 994 texts: 169 ->
138 M instructions)."""


def _paragraphs_of_lines(text: str, lines: Iterable[tuple[int, str]]) -> list[Span]:
    """:func:`split_paragraphs` of the ``lines`` of ``text``: (offset, line without its break) each."""
    spans: list[Span] = []
    block: list[Span] = []
    for line_start, line in lines:
        stripped = line.strip()
        if stripped:
            start = line_start + (len(line) - len(line.lstrip()))
            block.append((start, start + len(stripped)))
        elif block:  # (a block of one line, as most are, is its paragraph)
            spans += block if len(block) == 1 else _block_paragraphs(text, block)
            block = []
    spans += block if len(block) == 1 else _block_paragraphs(text, block)
    return [s for s in spans if s[1] > s[0]]


def _lines_of_any_break(text: str) -> Iterator[tuple[int, str]]:
    pos = 0
    for match in _line_pattern().finditer(text):
        line_with_break = match.group()
        if not line_with_break:
            break
        yield pos, line_with_break.rstrip("\r\n")
        pos += len(line_with_break)
        if pos >= len(text):
            break


_WRAP_WIDTH = 100


def _block_paragraphs(text: str, lines: list[Span]) -> list[Span]:
    """Paragraphs of one block of consecutive non-blank lines."""
    if not lines:
        return []
    widest = max(end - start for start, end in lines)
    if len(lines) == 1 or widest > _WRAP_WIDTH:
        return lines
    spans: list[Span] = []
    current = lines[0]
    prev_start, prev_end = lines[0]
    for start, end in lines[1:]:
        prev = text[prev_start:prev_end]  # the last line only: joining stays linear
        line = text[start:end]
        breaks = (
            (_ends_sentence().search(prev) is not None and len(prev) < 0.8 * widest)
            or _list_or_heading().match(line) is not None
            or _list_or_heading().match(prev) is not None
            or len(prev) < 40
        )
        if breaks:
            spans.append(current)
            current = (start, end)
        else:
            current = (current[0], end)
        prev_start, prev_end = start, end
    spans.append(current)
    return spans


def split_sentences(text: str, start: int, end: int) -> list[Span]:
    """Sentence spans inside ``text[start:end]`` (a paragraph), white space trimmed."""
    return _sentences(text, start, end, char_positions(text, SENTENCE_STOPS, start, end))


def _sentences(text: str, start: int, end: int, stops: Sequence[int]) -> list[Span]:
    """:func:`split_sentences`, given the offsets of the :data:`SENTENCE_STOPS` characters there."""
    spans: list[Span] = []
    cursor = start
    if stops and stops[0] < end - MIN_AFTER_STOP:
        for stop, after in sentence_breaks(text, start, end, prose_rules(), stops):
            spans.append(_trim(text, cursor, stop))
            cursor = after
    if cursor < end:
        spans.append(_trim(text, cursor, end))
    return [s for s in spans if s[1] > s[0]]


def sentence_breaks(
    text: str, start: int, end: int, rules: SentenceRules, stops: Sequence[int]
) -> list[tuple[int, int]]:
    """(where a sentence ends, where the next one starts) at each sentence boundary of
    ``text[start:end]``. ``stops`` are the offsets of the :data:`SENTENCE_STOPS` characters there.

    A boundary starts at one of the stops: the rules' boundary is tried at each of them in turn (a
    scan of the text with it would try every position), from where the last boundary ended, as a
    scan of the paragraph would."""
    breaks: list[tuple[int, int]] = []
    cursor = resume = start
    boundary, is_abbreviation = rules.boundary, rules.is_abbreviation
    for at in stops:
        if at < resume:
            continue
        match = boundary.match(text, at, end)
        if match is None:
            continue
        resume = match.end()
        if text[at] == "." and is_abbreviation(text, cursor, at):
            continue  # (an abbreviation ends with its period: ! ? … never ask)
        breaks.append((at + len(match.group().rstrip()), resume))
        cursor = resume
    return breaks


def _is_abbreviation(text: str, lo: int, dot: int) -> bool:
    """True when the '.' at ``dot`` closes an abbreviation or an initial, not a sentence."""
    if text[dot] != ".":
        return False
    word_start = dot
    while word_start > lo and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:dot].lower()
    if not word:
        return False
    if word in _ABBREVIATIONS:
        return True
    return len(word) == 1 and text[word_start].isupper()  # an initial: "John F. Kennedy"


@cache
def prose_rules() -> SentenceRules:
    """The sentences of an article as it is shown: abbreviations and initials end none (made when
    first asked for: its pattern took 0.5 ms to compile at every start, a warm run needing none)."""
    return SentenceRules(_sentence_end(), _is_abbreviation)


def __getattr__(name: str) -> SentenceRules:
    if name == "PROSE":  # (the rules' name before they were made on first use)
        return prose_rules()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def char_positions(text: str, chars: str, start: int = 0, end: int | None = None) -> list[int]:
    """The offsets of every one of ``chars`` in ``text[start:end]``, in order.

    ``str.find`` looks for one character at C speed; a regex character class is tried at every
    position, which makes a scan of a whole article for quote marks about ten times slower."""
    end = len(text) if end is None else end
    found: list[int] = []
    for char in chars:
        at = text.find(char, start, end)
        while at >= 0:
            found.append(at)
            at = text.find(char, at + 1, end)
    found.sort()
    return found


def _trim(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def build_blocks(text: str, paragraph_spans: list[Span], kinds: list[BlockKind]) -> tuple[Blocks, Blocks]:
    """Paragraph and sentence blocks from paragraph spans and their kinds."""
    paragraphs = paragraph_blocks(paragraph_spans, kinds)
    return paragraphs, sentence_blocks(text, paragraphs)


def paragraph_blocks(paragraph_spans: list[Span], kinds: list[BlockKind]) -> Blocks:
    """Paragraph blocks from paragraph spans and their kinds, each its own index: the runs of numbers
    :class:`Blocks` keeps, made in C (a Block object each cost as much as finding the sentences)."""
    numbered = zip(map(_KIND_CODES.__getitem__, kinds), count())  # (kind code, index) of each
    return _blocks(list(chain.from_iterable(map(tuple.__add__, paragraph_spans, numbered))))


def sentence_blocks(text: str, paragraphs: Blocks, relabelled: frozenset[int] = frozenset()) -> Blocks:
    """The sentences of ``paragraphs`` (:func:`paragraph_blocks` of ``text``), each with its paragraph's
    kind (a credit standing as a sentence of a body paragraph: boilerplate, unless the paragraph is
    one of ``relabelled``, given its kind after the parse: see :class:`corpus.model.LaterSentences`)
    and index (made as runs of numbers: a row of four each, flattened after, cost a tenth of the whole)."""
    sentences: list[int] = []
    stops = char_positions(text, SENTENCE_STOPS)  # (once for the text: a search per paragraph cost more)
    known = len(stops)
    codes = _KIND_CODES
    for index, (start, end, kind) in enumerate(paragraphs.spans()):
        code = codes[kind]
        credits = code == _BODY and index not in relabelled  # (a relabelled one's sentences: its kind)
        first = bisect_left(stops, start)
        if first < known and stops[first] < end - MIN_AFTER_STOP:
            for s_start, s_end in _sentences(text, start, end, stops[first : bisect_left(stops, end, first)]):
                sentences += (s_start, s_end, _sentence_code(text, s_start, s_end, code, credits), index)
            continue
        # no stop that can end a sentence before the paragraph's end: one sentence (most are), the
        # paragraph trimmed (split_paragraphs gives it trimmed already)
        if start >= end or text[start].isspace() or text[end - 1].isspace():
            start, end = _trim(text, start, end)
            if end <= start:
                continue
        sentences += (start, end, _sentence_code(text, start, end, code, credits), index)
    return _blocks(sentences)


_KIND_CODES = {kind: code for code, kind in enumerate(BLOCK_KINDS)}
_BODY, _BOILERPLATE = _KIND_CODES["body"], _KIND_CODES["boilerplate"]


def _sentence_code(text: str, start: int, end: int, code: int, credits: bool) -> int:
    """The kind code of a sentence of a paragraph of kind ``code``: where ``credits`` (a body
    paragraph's), a credit standing as a sentence of the text is boilerplate (a sentence is trimmed:
    a credit, which is, opens with its "[")."""
    if credits and text[start] == "[" and _is_credit(text[start:end]):
        return _BOILERPLATE
    return code


def _blocks(numbers: list[int]) -> Blocks:
    """Blocks of runs of (start, end, kind code, paragraph) numbers."""
    return Blocks.from_bytes(memoryview(array("I", numbers)).cast("B"))


def _is_credit(sentence: str) -> bool:
    """A bracketed photo credit or link placeholder standing as its own sentence: "[" and at least
    three characters, none a "]", then "]"."""
    sentence = sentence.strip()
    return (
        sentence.startswith("[")
        and sentence.endswith("]")
        and "]" not in sentence[1:-1]
        and len(sentence) >= 5
    )
