"""Property tests on hostile input: any bytes load, any loaded text gives quotes and alignments whose
offsets lie inside the text, and inert text keeps its length and holds nothing a terminal obeys.

Examples are capped so the whole file runs in a few seconds.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corpus.ingest.files import decode
from corpus.ingest.inert import visible
from corpus.ingest.load import article_from_text, load_article
from corpus.model import Article
from corpus.passages import WordWeights, align_articles
from corpus.quotes import find_quotes
from tests.hostile.conftest import RAW

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Pieces hostile articles are made of: escapes, markup, bidi, quote marks, BOMs, line ends, words.
_HOSTILE = st.sampled_from(
    [
        "\x1b[2J",
        "\x1b]52;c;SGk=\x07",
        "\x1b]8;;http://x\x1b\\",
        "\x9b31m",
        "\x00",
        "\r\n",
        "\r",
        "\n",
        "\n\n",
        "\u202e",
        "\u200b",
        "\ufeff",
        "[bold red]",
        "[/]",
        "[@click=app.quit]",
        "“",
        "”",
        '"',
        "‘",
        "’",
        " said ",
        " told reporters. ",
        "Anna Berg",
        "The troops left the border on Tuesday",
        ". ",
        ", ",
        "x" * 300,
        "日本語",
        "é",
    ]
)
_TEXT = st.one_of(st.lists(_HOSTILE, max_size=40).map("".join), st.text(max_size=300))
_ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252", "latin-1"])


def _check_article(article: Article) -> None:
    n = len(article.text)
    for block in (*article.paragraphs, *article.sentences):
        assert 0 <= block.start <= block.end <= n
        assert block.kind in ("title", "body", "boilerplate")
    starts = [p.start for p in article.paragraphs]
    assert starts == sorted(starts)
    assert article.words >= 0
    assert article.problem is None or (article.problem and "\n" not in article.problem)


@FAST
@given(data=st.binary(max_size=2000))
def test_any_bytes_decode_without_raising(data: bytes) -> None:
    raw = decode(data)
    assert isinstance(raw.text, str)
    if not data:
        assert raw.problem == "empty file"


@FAST
@given(text=_TEXT, encoding=_ENCODINGS)
def test_any_text_in_any_encoding_loads_from_a_file(tmp_path_factory, text: str, encoding: str) -> None:  # type: ignore[no-untyped-def]
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8", errors="surrogatepass")
    path = tmp_path_factory.mktemp("prop") / "article.txt"
    path.write_bytes(data)
    article = load_article(path)
    _check_article(article)
    if article.problem is None and encoding in ("utf-8", "utf-8-sig") and text.strip():
        # the encoder's BOM (utf-8-sig) is taken off; a text that begins with U+FEFF loses that one
        assert article.text == (text if encoding == "utf-8-sig" else text.removeprefix("\ufeff"))


@FAST
@given(text=_TEXT)
def test_quotes_on_hostile_text_stay_in_bounds(text: str) -> None:
    article = article_from_text("a.txt", Path("a.txt"), text)
    _check_article(article)
    quotes, speakers = find_quotes([article])
    for quote in quotes:
        assert 0 <= quote.start <= quote.end <= len(text)
        assert text[quote.start : quote.end] == quote.text
        if quote.mention is not None:
            assert 0 <= quote.mention.start <= quote.mention.end <= len(text)
            assert text[quote.mention.start : quote.mention.end] == quote.mention.text
    assert all(s.quotes >= 1 for s in speakers)


@FAST
@given(
    a=_TEXT, b=_TEXT, shared=st.sampled_from(["", "The troops left the border on Tuesday, Anna Berg said. "])
)
def test_alignment_on_hostile_text_stays_in_bounds(a: str, b: str, shared: str) -> None:
    first = article_from_text("a.txt", Path("a.txt"), shared + a + shared)
    second = article_from_text("b.txt", Path("b.txt"), b + shared)
    overlap = align_articles(first, second, WordWeights.from_articles([first, second]))
    for p in overlap.passages:
        assert 0 <= p.a_start <= p.a_end <= len(first.text)
        assert 0 <= p.b_start <= p.b_end <= len(second.text)
        assert first.text[p.a_start : p.a_end] == p.a_text
        assert second.text[p.b_start : p.b_end] == p.b_text
        assert 0.0 <= p.similarity <= 1.0
        for op in p.ops:
            assert p.a_start <= op.a_start <= op.a_end <= p.a_end
            assert p.b_start <= op.b_start <= op.b_end <= p.b_end


@FAST
@given(text=_TEXT)
def test_visible_is_one_for_one_and_inert(text: str) -> None:
    shown = visible(text)
    assert len(shown) == len(text)
    assert not RAW.search(shown)
    assert "\r" not in shown
