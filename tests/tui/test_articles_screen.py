"""The article list, driven with the keyboard: open, filter, mark two to compare, speakers, problems."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static

from tests.tui.conftest import A000, A004, SEEDS, SIZE, press, settle
from tui.app import StorydiffApp
from tui.screens.articles import ArticlesScreen
from tui.screens.compare import CompareScreen
from tui.screens.pickers import ProblemDialog
from tui.screens.reader import ReaderScreen
from tui.screens.speakers import SpeakersScreen
from tui.widgets.article_list import ArticleList


async def test_the_list_shows_every_seed_with_its_counts(seeds_app: StorydiffApp) -> None:
    async with seeds_app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        table = seeds_app.screen.query_one(ArticleList)
        assert table.row_count == 5
        row = table.get_row(A004).cells
        assert row["title"] == "NATO still sees no Russian retreat from Ukraine border"
        assert row["source"] == "dpa/MIA"
        story = seeds_app.story
        assert story is not None
        assert row["quotes"] == str(len(story.quotes_of(A004)))
        assert row["shares"] == str(story.shares()[A004])
        assert row["own"] == f"{round(100 * story.families().reuse[A004].own_share)}%"
        painted = [table.render_line(y).text for y in range(7)]
        # in number order (the arrow); no Folder column: the seeds have no subfolders
        assert painted[0].split() == ["#▲", "Title", "Source", "Date", "Words", "Quotes", "Shares", "Own"]
        assert "NATO still sees no Russian retreat from Ukraine" in painted[5]  # Own took a few cells


async def test_enter_opens_the_reader_on_the_row_under_the_cursor(seeds_app: StorydiffApp) -> None:
    async with seeds_app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "j", "k", "enter")
        assert isinstance(seeds_app.screen, ReaderScreen)
        assert seeds_app.screen.article.name == A000
        await press(pilot, "escape")
        assert isinstance(seeds_app.screen, ArticlesScreen)


async def test_filter_narrows_the_list_and_escape_clears_it(seeds_app: StorydiffApp) -> None:
    async with seeds_app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "slash", "B", "B", "C")
        table = seeds_app.screen.query_one(ArticleList)
        assert table.row_count == 1
        assert table.rows[0].cells["source"] == "BBC"
        await press(pilot, "escape")
        assert table.row_count == 5


async def test_marking_two_articles_opens_their_comparison(seeds_app: StorydiffApp) -> None:
    async with seeds_app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "space")
        table = seeds_app.screen.query_one(ArticleList)
        assert table.get_row(A000).cells["mark"] == "◆" and table.get_row(A000).marked
        await press(pilot, "G", "space")
        screen = seeds_app.screen
        assert isinstance(screen, CompareScreen)
        assert (screen.a.name, screen.b.name) == (A000, A004)


async def test_s_opens_the_speakers(seeds_app: StorydiffApp) -> None:
    async with seeds_app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "s")
        assert isinstance(seeds_app.screen, SpeakersScreen)


async def test_a_broken_file_is_listed_with_its_problem(tmp_path: Path) -> None:
    (tmp_path / "a_good.txt").write_text((SEEDS / A000).read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "b_picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (tmp_path / "c_markup.txt").write_text(
        "[bold red]Breaking[/] [@click=app.quit]news[/]\n\nBody text [link=http://x]here[/link].\n",
        encoding="utf-8",
    )
    app = StorydiffApp(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        table = app.screen.query_one(ArticleList)
        assert table.row_count == 3
        picture = table.get_row("b_picture.txt").cells["title"]
        assert picture.startswith("b_picture.txt — ⚠ ")  # the name first: a long problem cuts its end
        assert app.story is not None
        title = app.story.article("c_markup.txt").title or ""
        assert "[/" in title  # whichever line the loader took as title, its brackets are shown as typed
        assert table.get_row("c_markup.txt").cells["title"] == title
        painted = "\n".join(table.render_line(y).text for y in range(5))
        assert title in painted
        await press(pilot, "G", "enter")
        assert isinstance(app.screen, ReaderScreen)
        assert app.is_running


async def test_a_big_folder_loads_in_a_worker_behind_a_progress_bar(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("STORYDIFF_CACHE_DIR", str(tmp_path / "cache"))
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))
    for i in range(120):
        text = seeds[i % len(seeds)].read_text(encoding="utf-8")
        (corpus / f"{i:04d}.txt").write_text(f"Copy {i}: {text}", encoding="utf-8")
    app = StorydiffApp(corpus)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        from textual.widgets import ProgressBar

        bar = app.screen.query_one("#loading-bar", ProgressBar)
        assert (bar.progress, bar.total) == (120, 120)
        assert not app.screen.query_one("#loading").display
        table = app.screen.query_one(ArticleList)
        assert table.row_count == 120
        await press(pilot, "G")
        assert table.cursor_key == "0119.txt"
        assert table.scroll_y == table.max_scroll_y
        assert table.get_row("0119.txt").cells["quotes"] != "…"


async def test_articles_read_so_far_are_listed_while_the_rest_loads(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))
    for i in range(80):  # more than the app loads before its first frame: a worker loads them
        (corpus / f"{i:04d}.txt").write_text(seeds[i % 5].read_text(encoding="utf-8"), encoding="utf-8")
    from corpus.ingest.load import load_corpus
    from corpus.story import Story

    everything = load_corpus(corpus)
    # The loading worker's steps are driven by hand: first a preview of 3 articles of 80.
    monkeypatch.setattr(StorydiffApp, "load_story", lambda self: None)
    app = StorydiffApp(corpus)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.story is None
        app.post_message(app.LoadProgress(3, 80, everything[:3]))
        await pilot.pause()
        table = app.screen.query_one(ArticleList)
        assert table.display and table.row_count == 3
        assert app.screen.query_one("#loading").display  # the progress bar stays until the end
        await press(pilot, "enter")  # the rows already listed open in the reader
        assert type(app.screen).__name__ == "ReaderScreen"
        await press(pilot, "escape")
        app.post_message(app.StoryLoaded(Story(corpus, everything)))
        await settle(pilot)
        assert table.row_count == 80
        assert not app.screen.query_one("#loading").display


async def test_shares_and_own_words_come_with_the_families_their_progress_shown(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import threading

    from corpus.story import Story

    release = threading.Event()
    real = Story.families

    def held(self, *, progress=None):  # type: ignore[no-untyped-def]
        """The families' build, stopped a quarter of the way until the test has looked."""
        if progress is not None and not release.is_set():
            progress(1, 4)
            release.wait(30)
        return real(self, progress=progress)

    monkeypatch.setattr(Story, "families", held)
    app = StorydiffApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        try:
            screen = app.screen
            for _ in range(100):
                await pilot.pause(0.05)
                header = str(screen.query_one("#articles-header").render())
                if "25%" in header:
                    break
            assert "finding shared passages… 25%" in header
            row = screen.query_one(ArticleList).get_row(A004).cells
            assert row["shares"] == row["own"] == "…"
        finally:
            release.set()
        await settle(pilot)
        story = app.story
        assert story is not None
        header = str(screen.query_one("#articles-header").render())
        assert f"{story.shared_passages()} shared passages" in header and "finding" not in header
        assert screen.query_one(ArticleList).get_row(A004).cells["shares"] == str(story.shares()[A004])


async def test_failed_families_are_said_and_the_list_stays_usable(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from corpus.story import Story

    def broken(self, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("the helper process could not start")

    monkeypatch.setattr(Story, "families", broken)  # Shares and Own are both read off the families
    app = StorydiffApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ArticlesScreen)
        header = str(screen.query_one("#articles-header").render())
        assert "shared passages unavailable" in header and "%" not in header
        assert any("could not start" in n.message for n in app._notifications)
        table = screen.query_one(ArticleList)
        assert table.get_row(A004).cells["shares"] == table.get_row(A004).cells["own"] == "—"
        assert table.get_row(A004).cells["quotes"] == str(len(app.story.quotes_of(A004)))  # type: ignore[union-attr]
        await press(pilot, "enter")  # still opens articles
        assert isinstance(app.screen, ReaderScreen)


def painted_lines(app: StorydiffApp) -> list[str]:
    return [strip.text for strip in app.screen._compositor.render_strips()]


async def test_the_speakers_line_keeps_its_hint_at_every_width() -> None:
    for width, height in ((80, 24), (120, 36)):
        app = StorydiffApp(SEEDS)
        async with app.run_test(size=(width, height)) as pilot:
            await settle(pilot)
            line = next(line for line in painted_lines(app) if line.lstrip().startswith("Speakers:"))
            assert line.rstrip().endswith("(s: all speakers)"), (width, line)
            assert "…" in line or "Zelenski" in line  # names that do not fit end in an ellipsis


async def test_a_file_that_could_not_be_read_shows_its_problem_when_opened(tmp_path: Path) -> None:
    (tmp_path / "a_good.txt").write_text((SEEDS / A000).read_text(encoding="utf-8"), encoding="utf-8")
    long_name = "b_" + "very_long_name_of_a_broken_link_" * 3 + ".txt"
    (tmp_path / long_name).symlink_to(tmp_path / "gone.txt")
    app = StorydiffApp(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        table = app.screen.query_one(ArticleList)
        painted = "\n".join(table.render_line(y).text for y in range(4))
        assert "b_very_long" in painted  # the name leads the cell; the problem's end may be cut
        await press(pilot, "G", "enter")
        dialog = app.screen
        assert isinstance(dialog, ProblemDialog)
        shown = [str(static.render()) for static in dialog.query(Static)]
        assert shown[:3] == [
            "This file could not be read",
            long_name,
            "broken symbolic link (its target does not exist)",
        ]
        await press(pilot, "escape")
        assert isinstance(app.screen, ArticlesScreen)


async def test_an_empty_folder_says_so_and_counts_the_files_it_skipped(tmp_path: Path) -> None:
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "slides.pptx").write_bytes(b"PK")
    app = StorydiffApp(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        text = "\n".join(painted_lines(app))
        assert "No articles in" in text and ".txt, .md" in text
        assert "2 other files not read (1 .pdf, 1 .pptx)" in text
        assert not app.screen.query_one(ArticleList).display


async def test_files_that_are_not_articles_are_counted_in_the_header(tmp_path: Path) -> None:
    (tmp_path / "a_good.txt").write_text((SEEDS / A000).read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4")
    app = StorydiffApp(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        header = str(app.screen.query_one("#articles-header").render())
        assert "1 articles, 1 other file not read (1 .pdf)" in header
        assert not [notice for notice in app.screen.query("#no-articles") if notice.display]
