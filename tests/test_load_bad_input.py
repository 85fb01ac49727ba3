"""Bad files are listed with a clear problem, and the rest of the corpus still loads."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from corpus.ingest import files
from corpus.ingest.files import MAX_BYTES, CorpusError, corpus_files, read_file, read_most, skipped_files
from corpus.ingest.load import load_article, load_corpus

GOOD = "A headline\n\nThe minister said “we will go on”, and then left the room.\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(range(256))


def _write_corpus(folder: Path) -> None:
    folder.mkdir(exist_ok=True)
    (folder / "a_good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "b_empty.txt").write_bytes(b"")
    (folder / "c_image.txt").write_bytes(PNG)
    (folder / "d_cp1252.txt").write_bytes("Caf\u00e9 owners said “non” to the plan.\n".encode("cp1252"))
    (folder / "e_utf16.txt").write_text(GOOD, encoding="utf-16")
    (folder / "f_utf8bom.md").write_bytes(b"\xef\xbb\xbf" + GOOD.encode("utf-8"))
    (folder / "g_utf16le_nobom.txt").write_bytes(GOOD.encode("utf-16-le"))
    (folder / "h_broken_link.txt").symlink_to(folder / "does-not-exist.txt")
    (folder / "i_notes.json").write_text("{}", encoding="utf-8")  # not an article: not listed


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    _write_corpus(folder)
    return folder


def test_every_bad_file_is_listed_with_its_problem(corpus_dir: Path) -> None:
    articles = {a.name: a for a in load_corpus(corpus_dir)}
    assert sorted(articles) == [
        "a_good.txt",
        "b_empty.txt",
        "c_image.txt",
        "d_cp1252.txt",
        "e_utf16.txt",
        "f_utf8bom.md",
        "g_utf16le_nobom.txt",
        "h_broken_link.txt",
    ]
    assert articles["a_good.txt"].problem is None
    assert articles["a_good.txt"].title == "A headline"
    assert articles["b_empty.txt"].problem == "empty file"
    assert articles["c_image.txt"].problem == "not text: the file is a PNG image"
    assert articles["c_image.txt"].text == ""
    assert "not valid UTF-8" in (articles["d_cp1252.txt"].problem or "")
    assert "Café owners said “non”" in articles["d_cp1252.txt"].text
    assert (
        articles["h_broken_link.txt"].problem
        and "broken symbolic link" in articles["h_broken_link.txt"].problem
    )


@pytest.mark.parametrize("name", ["e_utf16.txt", "f_utf8bom.md", "g_utf16le_nobom.txt"])
def test_other_unicode_encodings_read_correctly(corpus_dir: Path, name: str) -> None:
    article = load_article(corpus_dir / name)
    assert article.problem is None
    assert article.text == GOOD  # BOM removed, text identical to the UTF-8 original
    assert article.title == "A headline"


def test_huge_file_is_listed_not_read(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:  # sparse: the size is real, the disk use is not
        handle.truncate(MAX_BYTES + 1)
    article = load_article(big)
    assert article.problem is not None and "too large" in article.problem
    assert article.text == ""


def test_a_file_that_grew_after_its_size_was_taken_is_read_whole_up_to_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "growing.txt"
    path.write_text(GOOD + "The harbour stayed shut all week, officials said.\n", encoding="utf-8")
    size = len(GOOD.encode("utf-8"))  # its size before the second line was written
    with path.open("rb") as handle:
        assert read_most(handle.fileno(), size) == path.read_bytes()
    with path.open("rb") as handle:  # one that shrank: what is there
        assert read_most(handle.fileno(), size * 3) == path.read_bytes()
    monkeypatch.setattr(files, "MAX_BYTES", size + 10)
    with path.open("rb") as handle:  # grown past the limit: one byte more than it, as load reports it
        assert read_most(handle.fileno(), size) == path.read_bytes()[: size + 11]
    assert "grew while being read" in (
        read_file(path, os.stat_result((0o100644, 0, 0, 1, 0, 0, size, 0, 0, 0))).problem or ""
    )


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text(GOOD, encoding="utf-8")
    locked.chmod(0)
    if os.geteuid() == 0:  # root reads anything: make opening it refuse as it would for a user
        real_open = os.open

        def refuse(path: str | os.PathLike[str], flags: int, *args: int) -> int:
            if Path(path) == locked:
                raise PermissionError(13, "Permission denied")
            return real_open(path, flags, *args)

        monkeypatch.setattr(os, "open", refuse)
    article = load_article(locked)
    assert article.problem == "permission denied: the file cannot be read"
    locked.chmod(0o644)


def test_file_deleted_between_listing_and_reading(corpus_dir: Path) -> None:
    paths = list(corpus_files(corpus_dir))
    victim = next(p for p in paths if p.name == "a_good.txt")
    victim.unlink()
    article = load_article(victim)
    assert article.problem == "the file disappeared before it could be read"


def test_symlink_loop_is_walked_once(tmp_path: Path) -> None:
    folder = tmp_path / "loop"
    folder.mkdir()
    (folder / "one.txt").write_text(GOOD, encoding="utf-8")
    (folder / "again").symlink_to(folder, target_is_directory=True)
    (folder / "self.txt").symlink_to(folder / "self.txt")  # a file link pointing at itself
    articles = load_corpus(folder)
    assert [a.name for a in articles] == ["one.txt", "self.txt"]
    assert articles[0].problem is None
    assert articles[1].problem


def test_missing_path_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="no such file or folder"):
        load_corpus(tmp_path / "nowhere")


def test_single_file_corpus(corpus_dir: Path) -> None:
    articles = load_corpus(corpus_dir / "a_good.txt")
    assert [a.name for a in articles] == ["a_good.txt"]


def test_same_file_name_in_two_folders_gets_distinct_names(tmp_path: Path) -> None:
    for sub in ("x", "y"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "story.txt").write_text(GOOD, encoding="utf-8")
    names = [a.name for a in load_corpus(tmp_path)]
    assert names == ["x/story.txt", "y/story.txt"]


def test_crlf_text_keeps_offsets(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"Title line\r\n\r\nFirst paragraph here.\r\nSecond line of it.\r\n")
    article = load_article(path)
    assert article.text.startswith("Title line\r\n")
    bodies = [article.text[p.start : p.end] for p in article.paragraphs]
    assert bodies == ["Title line", "First paragraph here.", "Second line of it."]


def test_html_article_drops_script_and_nav(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Troops pull back | Example News</title>"
        "<script>document.write('EVIL SCRIPT TEXT')</script><style>body{color:red}</style></head>"
        "<body><nav><a href='/'>Home</a> <a href='/world'>World NAV LINK</a></nav>"
        "<article><h1>Troops pull back</h1><p>The ministry said “some units are returning”.</p>"
        "<p>Second paragraph of the story.</p></article></body></html>",
        encoding="utf-8",
    )
    article = load_article(page)
    assert article.problem is None
    assert article.title == "Troops pull back"
    assert "EVIL SCRIPT TEXT" not in article.text
    assert "color:red" not in article.text
    assert "NAV LINK" not in article.text
    assert "The ministry said “some units are returning”." in article.text
    body = [article.text[p.start : p.end] for p in article.paragraphs if p.kind == "body"]
    assert "Second paragraph of the story." in body


def test_html_page_in_its_declared_charset(tmp_path: Path) -> None:
    page = tmp_path / "polish.html"
    page.write_bytes(
        '<html><head><meta charset="iso-8859-2"><title>Wiadomości</title></head>'
        "<body><article><h1>Zażółć gęślą jaźń</h1><p>Minister powiedział, że to koniec.</p>"
        "</article></body></html>".encode("iso-8859-2")
    )
    article = load_article(page)
    assert article.problem is None
    assert article.title == "Zażółć gęślą jaźń"
    assert "Minister powiedział, że to koniec." in article.text


def test_the_files_that_are_not_articles_are_counted(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    (folder / "inner").mkdir(parents=True)
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    (folder / "report.pdf").write_bytes(b"%PDF-1.4")
    (folder / "inner" / "notes.DOCX").write_bytes(b"PK")
    (folder / "inner" / "README").write_text("no suffix", encoding="utf-8")
    (folder / ".hidden.pdf").write_bytes(b"%PDF")  # hidden files are neither read nor counted
    skipped = skipped_files(folder)
    shown = [p.relative_to(folder).as_posix() for p in skipped]
    assert shown == ["inner/README", "inner/notes.DOCX", "report.pdf"]
    assert [a.name for a in load_corpus(folder)] == ["a.txt"]
    assert skipped_files(folder / "a.txt") == []  # a single file has nothing beside it


def test_a_short_utf8_text_with_a_nul_is_not_taken_for_utf16(tmp_path: Path) -> None:
    # (found by the hostile property test: four bytes with a NUL in one of two even places)
    path = tmp_path / "nul.txt"
    path.write_bytes("\x00\u202e".encode())
    assert load_article(path).text == "\x00\u202e"
    longer = tmp_path / "utf16.txt"
    longer.write_bytes("Troops pulled back.".encode("utf-16-be"))  # no BOM, 19 NULs in place
    assert load_article(longer).text == "Troops pulled back."


def test_control_bytes_make_a_file_binary_only_when_they_are_many(tmp_path: Path) -> None:
    line = "The council met on Tuesday and voted the budget through.\n"
    few = tmp_path / "few.txt"  # a stray form feed and escape sequence, kept as text
    few.write_bytes((line * 20 + "\x07\x1b[1m bold\x1b[0m\n" + line).encode())
    assert read_file(few).problem is None
    many = tmp_path / "many.txt"  # no NUL, but a control byte in every few: a binary file
    many.write_bytes(b"".join(bytes([b, 65, 66]) for b in (1, 2, 3, 4, 5, 6, 14, 15, 16) * 40))
    assert read_file(many).problem == "not text: the file is binary"
    nuls = tmp_path / "nuls.txt"  # NULs, none in the places UTF-16 puts them: binary too
    nuls.write_bytes(b"ab\x00c\x00\x00de\x00" * 60)
    assert read_file(nuls).problem == "not text: the file is binary"
