"""Paragraph and sentence splitting on the shapes of text that scraped articles come in."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from corpus.ingest.structure import PROSE, build_blocks, split_paragraphs, split_sentences


def _paragraphs(text: str) -> list[str]:
    return [text[s:e] for s, e in split_paragraphs(text)]


def test_hard_wrapped_paragraph_is_one_paragraph() -> None:
    text = (
        "The defence ministry said on Tuesday that some units of the Southern and\n"
        "Western military districts had completed their exercises and started\n"
        "returning to base, a move that could ease tensions.\n"
        "\n"
        "Markets rose.\n"
    )
    assert _paragraphs(text) == [
        "The defence ministry said on Tuesday that some units of the Southern and\n"
        "Western military districts had completed their exercises and started\n"
        "returning to base, a move that could ease tensions.",
        "Markets rose.",
    ]


def test_scraped_lines_are_paragraphs_even_without_a_full_stop() -> None:
    long_line = (
        "The New York Post reports that the team avoided taking her to the emergency room in order to “"
    )
    text = (
        long_line + " avoid bad optics\n"
        "Hillary Clinton was headed to an emergency room following her sudden collapse during the memorial.\n"
        "“This is a disgusting day,” said the head of the caucus, who spoke to reporters after the vote.\n"
    )
    assert len(_paragraphs(text)) == 3


def test_short_lines_and_lists_stay_apart() -> None:
    text = "Headline here\nA standfirst line\n\n- first item of a list\n- second item of a list\n"
    assert _paragraphs(text) == [
        "Headline here",
        "A standfirst line",
        "- first item of a list",
        "- second item of a list",
    ]


def test_sentences_respect_abbreviations_and_initials() -> None:
    text = "Mr. Putin met John F. Kennedy Jr. in the U.S. capital. Then he left. “Really?” she asked."
    spans = split_sentences(text, 0, len(text))
    assert [text[s:e] for s, e in spans] == [
        "Mr. Putin met John F. Kennedy Jr. in the U.S. capital.",
        "Then he left.",
        "“Really?” she asked.",
    ]


def test_offsets_index_the_text_with_indentation_and_crlf() -> None:
    text = "  Indented title  \r\n\r\n\tBody line one is here.\r\n"
    spans = split_paragraphs(text)
    assert [text[s:e] for s, e in spans] == ["Indented title", "Body line one is here."]


def test_short_lines_of_a_non_latin_article_are_text() -> None:
    from corpus.ingest.meta import describe

    text = "東京の天気\n\n今日は晴れです。\n\n明日は雨\n\nAds\n"
    kinds = describe(text, split_paragraphs(text)).kinds
    assert kinds[1:3] == ["body", "body"]  # short Japanese lines in a Japanese article stay text


def test_escaped_underscores_are_not_a_menu() -> None:
    from corpus.ingest.meta import is_boilerplate

    assert not is_boilerplate(r"Liebe\_r Besucher\_in, willkommen")
    assert is_boilerplate("0_Web_Top storiesEuropeEurope.portalSvet.Slajder")


def test_page_address_dateline_and_updated_lines_are_furniture() -> None:
    from corpus.ingest.meta import describe

    text = (
        "http: / / articles. latimes. com / 2013 / may / 03 / local / la-me-0504-lohan-rehab\n\n"
        "Lindsay Lohan checks into Betty Ford Center\n\n"
        "May 03, 2013\n\n"
        "Updated: May 3, 2013, 9: 56 AM ET\n\n"
        "After skipping out on entering a rehabilitation facility, Lindsay Lohan has checked in.\n"
    )
    meta = describe(text, split_paragraphs(text))
    assert meta.kinds == ["boilerplate", "title", "boilerplate", "boilerplate", "body"]
    assert meta.title == "Lindsay Lohan checks into Betty Ford Center"
    assert meta.source == "latimes.com"  # the outlet named by the page's own address
    assert meta.date == "2013-05-03"


_SENTENCE_PIECES = st.sampled_from(
    [
        *(". ", "! ", "? ", "… ", ".” ", ".' ", ".\n", " ", "  ", "A", "Z", "É", "Ж", "x", "9", "(", "“"),
        *("Mr. ", "Jan. ", "U.S. ", "e.g. ", "J. ", "...", "?!", ".", "said"),
    ]
)


def _sentences_of_a_boundary_scan(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentences as a scan of the paragraph with the boundary regex finds them (the splitter tries
    the regex only where a stop stands, and must find the same)."""
    spans = []
    cursor = start
    for match in PROSE.boundary.finditer(text, start, end):
        if PROSE.is_abbreviation(text, cursor, match.start()):
            continue
        spans.append((cursor, match.end()))
        cursor = match.end()
    spans.append((cursor, end))
    trimmed = [(b - len(text[a:b].lstrip()), a + len(text[a:b].rstrip())) for a, b in spans]
    return [(a, b) for a, b in trimmed if b > a]


@settings(max_examples=300, deadline=None)
@given(st.lists(_SENTENCE_PIECES, max_size=50).map("".join), st.integers(0, 40), st.integers(0, 400))
@example("Wait... Then Mr. Smith left?! Yes. A", 0, 400)
@example("Go. B", 0, 400)  # a sentence of one letter after the last stop
def test_sentences_are_those_of_a_boundary_scan(text: str, start: int, width: int) -> None:
    start = min(start, len(text))
    end = min(len(text), start + width)
    assert split_sentences(text, start, end) == _sentences_of_a_boundary_scan(text, start, end)


_CREDIT_PIECES = st.sampled_from(["[Reuters]", "[x]", "[a]b]", " [EPA-EFE/X]", "  \n", "\n\n"])


@settings(max_examples=300, deadline=None)
@given(
    st.lists(_SENTENCE_PIECES | _CREDIT_PIECES, max_size=40).map("".join),
    st.lists(st.tuples(st.integers(0, 300), st.integers(0, 60)), max_size=6),
    st.lists(st.sampled_from(["title", "body", "boilerplate"]), min_size=6, max_size=6),
)
@example("Go.   \n\n[Reuters] Next one. B", [(3, 3), (0, 12)], ["body"] * 6)  # white space alone, a credit
def test_blocks_are_each_paragraphs_sentences(text: str, cuts: list[tuple[int, int]], kinds: list) -> None:
    """build_blocks finds the stops of the whole text once; each paragraph's sentences (any span,
    white space around it or not) are still split_sentences', a bracketed credit in a body made
    boilerplate."""
    spans = [(min(s, len(text)), min(s + n, len(text))) for s, n in sorted(cuts)]
    spans = [(s, e) for s, e in spans if e > s] + split_paragraphs(text)
    kinds = [kinds[i % 6] for i in range(len(spans))]
    paragraphs, sentences = build_blocks(text, spans, kinds)
    assert paragraphs.rows() == [(s, e, k, i) for i, ((s, e), k) in enumerate(zip(spans, kinds, strict=True))]
    expected = []
    for i, ((start, end), kind) in enumerate(zip(spans, kinds, strict=True)):
        for s, e in split_sentences(text, start, end):
            piece = text[s:e]
            credit = (
                piece.startswith("[") and piece.endswith("]") and "]" not in piece[1:-1] and len(piece) >= 5
            )
            expected.append((s, e, "boilerplate" if kind == "body" and credit else kind, i))
    assert sentences.rows() == expected


def test_blank_lines_of_white_space_part_blocks_and_lines_are_trimmed() -> None:
    text = (
        "  Council backs the harbour plan \t\n"
        " \u2028 \n"  # a line of white space alone (a line separator among it) is blank
        "\tThe council voted on Monday to rebuild the harbour wall, which storms broke twice last winter "
        "and again in March.\n"
        "Work starts in May, the mayor said, and will take two years to finish at the latest estimate.\n"
        "\x0c\n"
        "\xa0Markets rose.\xa0"
    )
    assert _paragraphs(text) == [
        "Council backs the harbour plan",
        "The council voted on Monday to rebuild the harbour wall, which storms broke twice last winter "
        "and again in March.",
        "Work starts in May, the mayor said, and will take two years to finish at the latest estimate.",
        "Markets rose.",
    ]


WRAPPED_LINES = st.lists(
    st.sampled_from(
        [
            *("\n", "\n", " ", "\t", "\x0b", "\x1c", "\u2028", "\xa0", "Markets rose.", "- ", "# ", "1. "),
            *("word ", "The talks went on late into the night, and the ministers said little ", "x" * 101),
        ]
    ),
    max_size=40,
).map("".join)


@settings(max_examples=1500, deadline=None)
@given(WRAPPED_LINES)
def test_paragraphs_are_those_read_line_by_line(text: str) -> None:
    # A text with \r in it is read line by line; written with \r for \n it has the same lines at the
    # same offsets, so it has the same paragraphs (found by whole blocks when it has no \r).
    assert split_paragraphs(text) == split_paragraphs(text.replace("\n", "\r"))


def test_a_stray_line_is_furniture_only_in_an_article_written_in_latin_letters() -> None:
    from corpus.ingest.meta import STRAY, describe, is_boilerplate, paragraph_kind

    english = (
        "Harbour wall to be rebuilt\n\nНовости\n\nThe council voted on Monday to rebuild the harbour "
        "wall, which storms broke twice last winter, and work starts in May.\n"
    )
    russian = "Стена гавани\n\nНовости\n\nСовет в понедельник решил восстановить стену гавани до мая.\n"
    assert paragraph_kind("Новости") == STRAY  # (the article's script decides)
    assert is_boilerplate("Новости") and not is_boilerplate("Новости", latin_article=False)
    assert describe(english, split_paragraphs(english)).kinds[1] == "boilerplate"
    assert describe(russian, split_paragraphs(russian)).kinds[1] == "body"
