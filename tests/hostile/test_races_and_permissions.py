"""Files that change under storydiff's feet, and files it may not read (run in-process to fake them).

Tests run as root, who reads anything, so a permission error is simulated where the loader opens
files; a file deleted or rewritten "between listing and reading" is simulated at the moment the
loader reads it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import corpus.ingest.load
from corpus.cache import Cache
from corpus.ingest.files import RawFile, read_file
from corpus.ingest.load import load_corpus
from storydiff.cli import main
from tests.hostile import inputs


def _json(capsys: pytest.CaptureFixture[str], *args: str) -> object:
    assert main([*args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "a_good.txt").write_text(inputs.GOOD, encoding="utf-8")
    (root / "b_locked.txt").write_text(inputs.GOOD_COPY, encoding="utf-8")
    (root / "c_vanishing.txt").write_text(inputs.GOOD_COPY, encoding="utf-8")
    (root / "d_changing.txt").write_text(inputs.GOOD_COPY, encoding="utf-8")
    return root


@pytest.fixture
def hostile_disk(folder: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """b is unreadable, c is deleted and d rewritten after the listing, just before each is read."""
    real_open = os.open

    def refuse(path: str | os.PathLike[str], flags: int, *args: int) -> int:
        if Path(path).name == "b_locked.txt":
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_open(path, flags, *args)

    def racing_read(path: Path, known: os.stat_result | None = None) -> RawFile:
        # (``known``: the stat the loader took for the cache, now out of date: the race is after it)
        if path.name == "c_vanishing.txt" and path.exists():
            path.unlink()
        if path.name == "d_changing.txt":
            path.write_text(
                "A new headline\n\n“Changed at the last moment,” Ed Fox said.\n", encoding="utf-8"
            )
        return read_file(path, known)

    monkeypatch.setattr(os, "open", refuse)
    monkeypatch.setattr(corpus.ingest.load, "read_file", racing_read)
    monkeypatch.setenv("STORYDIFF_CACHE_DIR", str(folder.parent / "cache"))
    return folder


def test_list_names_the_unreadable_and_the_vanished_file(
    hostile_disk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = {r["article"]: r for r in _json(capsys, "list", str(hostile_disk))}  # type: ignore[union-attr]
    assert rows["a_good.txt"]["problem"] is None
    assert rows["b_locked.txt"]["problem"] == "permission denied: the file cannot be read"
    assert rows["c_vanishing.txt"]["problem"] == "the file disappeared before it could be read"
    assert rows["d_changing.txt"]["problem"] is None
    assert rows["d_changing.txt"]["title"] == "A new headline"  # what was read, consistently


@pytest.mark.parametrize("command", ["quotes", "speakers", "graph"])
def test_every_command_carries_on(
    hostile_disk: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    result = _json(capsys, command, str(hostile_disk))
    assert result  # the readable articles still give quotes, speakers and a graph


def test_quotes_of_a_file_changed_between_listing_and_reading_index_what_was_read(
    hostile_disk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    quotes = _json(capsys, "quotes", str(hostile_disk))
    changed = [q for q in quotes if q["article"] == "d_changing.txt"]  # type: ignore[union-attr]
    assert [q["text"] for q in changed] == ["Changed at the last moment,"]
    text = (hostile_disk / "d_changing.txt").read_text(encoding="utf-8")
    assert text[changed[0]["start"] : changed[0]["end"]] == changed[0]["text"]


def test_show_of_the_vanished_file_is_not_an_error(
    hostile_disk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["show", "c_vanishing.txt", "--corpus", str(hostile_disk)]) == 0
    assert "disappeared" in capsys.readouterr().out


def test_overlaps_with_an_unreadable_article_is_empty_not_an_error(
    hostile_disk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    result = _json(capsys, "overlaps", "a_good.txt", "b_locked.txt", "--corpus", str(hostile_disk))
    assert result == {"a": "a_good.txt", "b": "b_locked.txt", "passages": []}


def test_the_cache_never_serves_a_file_that_changed(tmp_path: Path, folder: Path) -> None:
    cache = Cache.open(tmp_path / "cache")
    assert cache is not None
    first = {a.name: a for a in load_corpus(folder, cache=cache)}
    assert first["d_changing.txt"].title == "Geneva talks go on despite threats"
    (folder / "d_changing.txt").write_text("Another headline\n\nSame size? No.\n", encoding="utf-8")
    (folder / "c_vanishing.txt").unlink()
    again = {a.name: a for a in load_corpus(folder, cache=cache)}
    cache.close()
    assert again["d_changing.txt"].title == "Another headline"
    assert "c_vanishing.txt" not in again
    assert again["a_good.txt"].text == inputs.GOOD


def _refuse_folder(monkeypatch: pytest.MonkeyPatch, locked: Path) -> None:
    real_scandir = os.scandir

    def scandir(path: object = ".") -> object:
        if Path(str(path)) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)


def test_an_unreadable_subfolder_is_listed_not_lost(
    folder: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    locked = folder / "e_locked_folder"
    locked.mkdir()
    (locked / "inside.txt").write_text(inputs.GOOD, encoding="utf-8")
    _refuse_folder(monkeypatch, locked)
    monkeypatch.setenv("STORYDIFF_CACHE_DIR", str(folder.parent / "cache"))
    rows = {r["article"]: r for r in _json(capsys, "list", str(folder))}  # type: ignore[union-attr]
    assert "cannot be read (Permission denied)" in rows["e_locked_folder"]["problem"]
    assert rows["a_good.txt"]["problem"] is None


def test_an_unreadable_corpus_folder_is_one_line_and_exit_2(
    folder: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _refuse_folder(monkeypatch, folder)
    assert main(["list", str(folder)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"storydiff: {folder}: cannot read the folder (Permission denied)"]
