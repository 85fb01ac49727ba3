"""A text saved twice in a corpus (the same page under two names, a wire story reprinted word for
word) is parsed once while the corpus loads (``load.ParsedTexts``): the copy is the article a parse
gives, with its own name, path, and what its file name says (the outlet of a scraper's name)."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus.ingest import load as load_module
from corpus.ingest.load import article_from_text, load_corpus

TEXT = (
    "Port talks collapse in Antwerp\n\nBy Jane Roe\n\n"
    "The dockers' union walked out of the talks on Monday after the port authority refused to "
    "reopen the night shifts, union leaders said.\n\n"
    "“The port stays closed until they listen,” said Bill Doe, the union's secretary.\n"
)


def _fields(article: object) -> tuple[object, ...]:
    names = ("text", "title", "source", "date", "author", "paragraphs", "sentences", "words", "problem")
    return tuple(getattr(article, n) for n in names)


def test_a_text_saved_twice_is_parsed_once_and_read_as_each_file_says(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "00601_example.org.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "00602_reprints.net.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "other.txt").write_text(TEXT.replace("Monday", "Tuesday"), encoding="utf-8")
    parsed: list[str] = []

    def counted(name: str, path: Path, text: str, **kw: object) -> object:
        parsed.append(name)
        return article_from_text(name, path, text, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(load_module, "article_from_text", counted)
    first, copy, other = load_corpus(tmp_path)
    assert parsed == ["00601_example.org.txt", "other.txt"]
    assert (first.source, copy.source) == ("example.org", "reprints.net")  # each file's own name
    assert copy.name == "00602_reprints.net.txt" and copy.path == tmp_path / "00602_reprints.net.txt"
    alone = article_from_text(copy.name, copy.path, TEXT)
    alone.source = "reprints.net"
    assert _fields(copy) == _fields(alone)  # what parsing it on its own gives
    assert copy.title == "Port talks collapse in Antwerp" and copy.words == first.words > 30
    assert other.text != first.text and "Tuesday" in other.text
