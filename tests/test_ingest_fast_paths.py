"""The loader's fast paths find what the plain code they replaced found, written out here as the
specification: on text built from the characters that could tell them apart."""

from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from corpus.ingest.chrome import CASE_FOLDS, LOWERS_TO_TWO, NON_WORD_MARKS, as_ascii, folded, words_of
from corpus.ingest.dates import YEAR, years_in
from corpus.ingest.meta import camel_joins, find_source
from corpus.ingest.structure import split_paragraphs
from corpus.ingest.text_words import COMMON_WORDS, content_words
from corpus.ingest.word_count import LONG_TOKEN, count_words, words_of_spans
from corpus.model import Block, BlockKind, Blocks

LETTER = re.compile(r"[^\W\d_]")
WORD = re.compile(r"[^\W\d_]{4,}")


def stem_spec(word: str) -> str:
    for ending in ("ing", "ed", "es", "s"):
        if 5 <= len(word) <= 7 and word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: len(word) - len(ending)][:5]
    return word[:5]


def content_words_spec(text: str) -> set[str]:
    """Each word of four letters or more, lower-cased, common words left out, stemmed."""
    words = {w.lower() for w in WORD.findall(text)}
    return {stem_spec(w) for w in words if w not in COMMON_WORDS}


def test_only_one_character_changes_length_or_letterhood_when_lower_cased() -> None:
    """What lets content_words and words_of lower-case a whole text before finding its words."""
    changed = []
    for code in range(sys.maxunicode + 1):
        if 0xD800 <= code <= 0xDFFF:
            continue
        char = chr(code)
        low = char.lower()
        if len(low) != 1 or any(bool(c.match(char)) != bool(c.match(low)) for c in (LETTER, LINK_CHAR)):
            changed.append(char)
    assert changed == [LOWERS_TO_TWO]


LINK_CHAR = re.compile(r"[\w+'-]")


@settings(max_examples=2000, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            [*"Share on FB’s +1-page_ ", "İ", "ı", "K", "\u212a", "\u0307", "é", *NON_WORD_MARKS]
        ),
        max_size=30,
    )
)
def test_link_words_are_the_lower_cased_words(line: str) -> None:
    spec = [w.lower() for w in re.findall(r"[\w+'-]+", line.replace("’", "'"))]
    assert words_of(line) == spec


TEXTY = st.text(
    alphabet=st.sampled_from(
        [
            *"abcdeINGSTalkingtalked ",
            "İ",
            "ı",
            "ß",
            "Σ",
            "ς",
            "É",
            "1",
            "_",
            "\u0307",
            "\u212a",
            *NON_WORD_MARKS,
        ]
    )
    | st.characters(),
    max_size=60,
)


@settings(max_examples=2000, deadline=None)
@given(TEXTY)
def test_content_words_are_the_stemmed_lower_cased_words(text: str) -> None:
    assert content_words(text) == content_words_spec(text)


def test_content_words_read_as_people_write_them() -> None:
    text = "TALKS in İstanbul: the talking stopped, they talked and were talked about."
    assert content_words(text) == content_words_spec(text) == {"talk", "i̇sta", "stopp"}


YEAR_SPEC = re.compile(r"(?<![\w.])(?:19|20)\d\d(?!\w)")


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from([*"0129 .a_-", "19", "20", "2022", "١", "é"]), max_size=12).map("".join))
def test_years_are_found_where_the_plain_pattern_finds_them(text: str) -> None:
    assert [m.span() for m in YEAR().finditer(text)] == [m.span() for m in YEAR_SPEC.finditer(text)]


YEAR_PIECES = [*"0129 .a_-", "19", "20", "2022", "1920", "١", "é"]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(YEAR_PIECES), max_size=12).map("".join))
def test_years_in_finds_what_the_year_pattern_finds(text: str) -> None:
    assert [m.span() for m in years_in(text)] == [m.span() for m in YEAR().finditer(text)]


def test_years_in_gives_the_years_in_the_order_they_are_written() -> None:
    text = "Filed 20 May 2021, updated 1999-12-31; the 1920s, v2.2019 and (2001) stand."
    assert [m.group() for m in years_in(text)] == ["2021", "1999", "2001"]


def test_years_read_as_people_write_them() -> None:
    found = YEAR().findall("2001 in 1999, v2.2019, x2000, 20011, 2020s, (2021) and 2022.")
    assert found == ["2001", "1999", "2021", "2022"]


MARKED = st.text(
    alphabet=st.sampled_from([*"ab Z_1-'\n", "é", "Я", "İ", "\u212a", *NON_WORD_MARKS]) | st.characters(),
    max_size=40,
)


@settings(max_examples=2000, deadline=None)
@given(MARKED)
def test_a_text_made_ascii_keeps_its_words_and_length(text: str) -> None:
    plain = as_ascii(text)
    others = [c for c in text if not c.isascii() and c not in NON_WORD_MARKS]
    assert (plain is None) == bool(others)
    if plain is not None:
        assert plain.isascii() and len(plain) == len(text)
        assert re.findall(r"\w+", plain) == re.findall(r"\w+", text)


def test_quotes_and_dashes_leave_a_text_ascii() -> None:
    assert as_ascii("“Yes” — it’s done…") == " Yes    it s done "
    assert as_ascii("Café “Yes”") is None


@settings(max_examples=2000, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from([*"aAzZbY _|", "é", "’", "À", "ß", "İ", "\u212a", "\ud800"]), max_size=20
    )
)
def test_camel_joins_are_what_the_regex_finds(line: str) -> None:
    assert camel_joins(line) == len(re.findall(r"[a-z][A-Z]", line))


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=st.sampled_from([*"Share I", "İ", "ı", "ſ", "\u212a", "é", "’"]), max_size=12))
def test_folding_translates_the_letters_a_case_insensitive_regex_takes(text: str) -> None:
    assert folded(text) == text.translate(CASE_FOLDS).lower()


def count_words_spec(text: str, blocks: list[Block]) -> int:
    """Each paragraph's tokens between white space, bare punctuation left out, a long token
    counted by its runs of letters (count_words as it was, one paragraph at a time)."""
    total = 0
    for block in blocks:
        if block.kind == "boilerplate":
            continue
        for token in text[block.start : block.end].split():
            if len(token) > LONG_TOKEN:
                total += len(re.findall(r"[^\W_]+", token))
            else:
                total += bool(token.strip("#*_-–—•·|/\\“”\"'‘’()[]{}.,;:!?…<>=+~"))
    return total


PARAGRAPHS = st.lists(
    st.sampled_from([*"ab. —’“©―\n", "\n\n", "\u2028", "\xa0", "é", "x" * 31, "a-b" * 11]), max_size=30
).map("".join)
KINDS: list[BlockKind] = ["title", "body", "boilerplate"]


@settings(max_examples=1500, deadline=None)
@given(PARAGRAPHS, st.lists(st.sampled_from(KINDS), min_size=40, max_size=40))
def test_words_are_counted_as_paragraph_by_paragraph(text: str, kinds: list[BlockKind]) -> None:
    spans = split_paragraphs(text)
    blocks = [Block(s, e, kinds[i % 40], i) for i, (s, e) in enumerate(spans)]
    words = count_words_spec(text, blocks)
    assert count_words(text, blocks) == count_words(text, Blocks.of(blocks)) == words
    # as the parse counts them: from the spans and kinds it has at hand
    assert words_of_spans(text, spans, [kinds[i % 40] for i in range(len(spans))]) == words


@settings(max_examples=1000, deadline=None)
@given(PARAGRAPHS, st.lists(st.tuples(st.integers(0, 80), st.integers(0, 20)), max_size=6))
def test_words_of_touching_or_overlapping_paragraphs_are_counted_apart(
    text: str, spans: list[tuple[int, int]]
) -> None:
    blocks = [Block(s, s + n, "body", i) for i, (s, n) in enumerate(sorted(spans))]
    assert count_words(text, blocks) == count_words_spec(text, blocks)


SOURCE_LINE = re.compile(r"\bSources?\s*:\s*(?P<name>[^\n\[\]]{2,60}?)\s*$", re.M)


@settings(max_examples=2000, deadline=None)
@given(
    st.lists(st.sampled_from(["Source", "s", ":", " ", "\n", "x", ".", "[", "é", "AP"]), max_size=24).map(
        "".join
    )
)
def test_a_source_line_is_the_last_the_pattern_finds(text: str) -> None:
    matches = list(SOURCE_LINE.finditer(text))
    assert find_source(text) == (matches[-1].group("name").strip(" .") if matches else None)


def test_source_lines_read_as_people_write_them() -> None:
    assert find_source("Source: BBC\nText.\nSources: Reuters, AFP.") == "Reuters, AFP"
    assert find_source("Source: Source: dpa") == "Source: dpa"
    assert find_source("OpenSource: no") is None
