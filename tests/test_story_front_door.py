"""corpus.story.Story as the one way into the engine: it decides when the on-disk cache is used, and
it names articles the way people name them (number, name, start of a name, path)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from corpus.cache import FILE_NAME
from corpus.story import SMALL_CORPUS, NoSuchArticle, Story, quick_to_load

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SHARED = "The harbour authority said the bridge would stay closed to lorries until the spring repairs end."


def _corpus(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True)
    for i in range(count):
        shared = SHARED if i < 2 else f"Gauge {i} read {i * 7} on the day of the count."
        (folder / f"n{i:03d}.txt").write_text(
            f"Note number {i}\n\n{shared} Filed as note {i}.\n", encoding="utf-8"
        )
    return folder


def _rows(cache_dir: Path, table: str) -> int:
    with sqlite3.connect(cache_dir / FILE_NAME) as db:
        return int(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("STORYDIFF_CACHE_DIR", str(folder))
    return folder


def test_a_small_corpus_is_read_without_the_cache(tmp_path: Path, cache_dir: Path) -> None:
    corpus = _corpus(tmp_path / "small", SMALL_CORPUS)
    assert quick_to_load(corpus)
    story = Story.load(corpus)
    assert len(story.articles) == SMALL_CORPUS
    assert len(story.graph().edges) == 1
    assert not (cache_dir / FILE_NAME).exists()


def test_a_big_corpus_caches_its_articles(tmp_path: Path, cache_dir: Path) -> None:
    corpus = _corpus(tmp_path / "big", SMALL_CORPUS + 1)
    assert not quick_to_load(corpus)
    first = Story.load(corpus)
    assert _rows(cache_dir, "articles") == SMALL_CORPUS + 1
    edges = first.graph().edges
    assert [(e.a, e.b) for e in edges] == [("n000.txt", "n001.txt")]
    again = Story.load(corpus)
    assert [a.text for a in again.articles] == [a.text for a in first.articles]
    assert again.graph().edges == edges


def test_progress_is_reported_while_loading_and_building_the_graph(tmp_path: Path, cache_dir: Path) -> None:
    corpus = _corpus(tmp_path / "big", SMALL_CORPUS + 1)
    loading: list[tuple[int, int]] = []
    story = Story.load(corpus, progress=lambda done, total: loading.append((done, total)))
    assert loading[-1] == (SMALL_CORPUS + 1, SMALL_CORPUS + 1)
    comparing: list[tuple[int, int]] = []
    story.graph(progress=lambda done, total: comparing.append((done, total)))
    assert comparing and comparing[-1][0] == comparing[-1][1]


def test_find_takes_a_number_a_name_its_start_or_a_path(tmp_path: Path) -> None:
    story = Story.load(SEEDS)
    names = [a.name for a in story.articles]
    assert story.find("2").name == names[1]  # the number list and the app show
    assert story.find("002").name == names[2]  # a name's start: "002" is the file 002_…
    assert story.find(names[3]).name == names[3]
    assert story.find(str(SEEDS / names[4])).name == names[4]
    with pytest.raises(NoSuchArticle, match="no such article"):
        story.find("6")
    with pytest.raises(NoSuchArticle, match="5 articles match"):
        story.find("00")


def test_find_reads_a_file_from_outside_the_corpus_into_the_story(tmp_path: Path) -> None:
    story = Story.load(SEEDS)
    outside = tmp_path / "extra.txt"
    outside.write_text("An extra page\n\nThe ferry ran late on Sunday, its captain said.\n", encoding="utf-8")
    article = story.find(str(outside))
    assert article.title == "An extra page"
    assert story.articles[-1] is article and story.number(article.name) == 6
    assert story.find(str(outside)) is article  # found by its path now, not read twice


def test_a_file_from_outside_named_as_an_article_gets_a_name_of_its_own(tmp_path: Path) -> None:
    story = Story.load(_corpus(tmp_path / "corpus", 3))
    added = []
    for folder in ("one", "two"):
        (tmp_path / folder).mkdir()
        outside = tmp_path / folder / "n001.txt"
        outside.write_text(f"From {folder}\n\nThe ferry ran late on Sunday.\n", encoding="utf-8")
        added.append(story.find(str(outside)))
    assert [a.name for a in added] == ["n001.txt (2)", "n001.txt (3)"]
    assert story.find("n001.txt").title == "Note number 1"  # the corpus's own article keeps its name
    assert story.find("n001.txt (3)").title == "From two" and story.number("n001.txt (3)") == 5


def test_a_file_name_two_folders_share_is_ambiguous(tmp_path: Path) -> None:
    for folder in ("east", "west"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "report.txt").write_text(f"{folder} report\n\nRain in the {folder}.\n")
    story = Story.load(tmp_path)
    with pytest.raises(NoSuchArticle, match=r"2 articles match \(east/report.txt, west/report.txt\)"):
        story.find("report.txt")
    assert story.find("west/report.txt").title == "west report"


def test_an_articles_folder_is_relative_to_the_corpus_and_empty_at_its_top_or_outside_it(
    tmp_path: Path,
) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "east" / "late").mkdir(parents=True)
    (corpus / "east" / "late" / "report.txt").write_text("Late report\n\nRain in the east.\n")
    (corpus / "top.txt").write_text("Top report\n\nRain everywhere.\n")
    outside = tmp_path / "extra.txt"
    outside.write_text("Extra\n\nRain outside.\n")
    story = Story.load(corpus)
    assert story.folder("report.txt") == "east/late"  # (a name unique in the corpus is the file's)
    assert story.folder("top.txt") == ""
    assert story.folder(story.find(str(outside)).name) == ""


def test_the_quotes_alone_are_the_quotes_the_screens_look_up() -> None:
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    alone = Story.load(seeds).quotes_alone()
    story = Story.load(seeds)
    assert alone and [vars_of(q) for q in alone] == [vars_of(q) for q in story.quotes()]
    assert story.quotes_alone() == story.quotes()  # (one finding: the index is made from it)
    first = story.quotes()[0]
    assert first in story.quotes_of(first.article) and first in story.quotes_by(first.speaker or "")


def vars_of(quote: object) -> tuple[object, ...]:
    return tuple(getattr(quote, name) for name in quote.__slots__)  # type: ignore[attr-defined]
