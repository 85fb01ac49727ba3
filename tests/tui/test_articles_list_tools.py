"""The article list's tools, used as a person uses them: own words, wire reprints, sorting by any
column (keys and header clicks), the folder filter, and search across the articles' text."""

from __future__ import annotations

from pathlib import Path

from tests.tui.conftest import A000, A004, SEEDS, SIZE, press, settle
from tui.app import StorydiffApp
from tui.screens.articles import ArticlesScreen
from tui.screens.folder_picker import FolderPicker
from tui.widgets.article_list import ArticleList

WIRE_STORY = (
    "NEW YORK (AP) — The harbour authority of Marrowby said on Tuesday that the old swing bridge "
    "would stay closed to lorries until the spring repairs end, after inspectors found cracks in two "
    "of its steel girders. Traffic will be sent over the ring road, adding about 20 minutes to a "
    "crossing, and buses will run every ten minutes from the station to the ferry terminal."
)
OWN_STORY = (
    "The Marrowby Gazette asked shopkeepers on the quay what the closure means for them. A baker "
    "said her morning deliveries would now start at five, and a florist feared losing the tourists "
    "who cross the bridge on foot from the car park on the far bank every weekend."
)


def titles(app: StorydiffApp) -> list[str]:
    return [row.cells["title"] for row in app.screen.query_one(ArticleList).rows]


def header(app: StorydiffApp) -> str:
    return str(app.screen.query_one("#articles-header").render())


def corpus_with_folders(tmp_path: Path) -> Path:
    """Two folders: a wire story reprinted by two sites, and a local story of its own."""
    root = tmp_path / "bridge"
    (root / "wire").mkdir(parents=True)
    (root / "local").mkdir()
    for path, title, story in [
        ("wire/001_yahoo.com-news.txt", "Bridge shut to lorries", WIRE_STORY),
        ("wire/002_chron.com.txt", "Swing bridge closed", WIRE_STORY),
        ("local/003_gazette.txt", "Quay traders count the cost", OWN_STORY),
    ]:
        (root / path).write_text(f"{title}\n\n{story}\n", encoding="utf-8")
    return root


async def test_own_words_and_wire_reprints_are_shown(tmp_path: Path) -> None:
    app = StorydiffApp(corpus_with_folders(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        table = app.screen.query_one(ArticleList)
        reprint = table.get_row("001_yahoo.com-news.txt").cells
        assert reprint["source"] == "AP via yahoo.com"
        assert table.get_row("002_chron.com.txt").cells["source"] == "AP via chron.com"
        assert int(reprint["own"].rstrip("%")) < 30  # all of it is the wire copy the other site ran too
        assert table.get_row("003_gazette.txt").cells["own"] == "100%"
        # the two reprints share the wire copy (one family), the gazette shares nothing
        assert reprint["shares"] == table.get_row("002_chron.com.txt").cells["shares"] != "0"
        assert table.get_row("003_gazette.txt").cells["shares"] == "0"
        assert "finding shared passages" not in header(app)


async def test_capital_keys_sort_by_a_column_and_again_reverse_it(seeds_app: StorydiffApp) -> None:
    async with seeds_app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        story = seeds_app.story
        assert story is not None
        table = seeds_app.screen.query_one(ArticleList)
        await press(pilot, "W")  # words: most first
        words = [int(row.cells["words"]) for row in table.rows]
        assert words == sorted(words, reverse=True)
        assert "▼Words" in table.render_line(0).text and "sorted by words ▼" in header(seeds_app)
        await press(pilot, "W")
        assert [int(row.cells["words"]) for row in table.rows] == sorted(words)
        await press(pilot, "T")
        assert titles(seeds_app) == sorted(titles(seeds_app), key=str.casefold)
        await press(pilot, "O")  # own words: least first, reprints lead
        own = [int(row.cells["own"].rstrip("%")) for row in table.rows]
        assert own == sorted(own)
        await press(pilot, "N")
        assert [row.key for row in table.rows] == [a.name for a in story.articles]
        assert "sorted by" not in header(seeds_app)


async def test_clicking_a_header_sorts_by_that_column(seeds_app: StorydiffApp) -> None:
    async with seeds_app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        table = seeds_app.screen.query_one(ArticleList)
        at = table.render_line(0).text.index("Quotes")
        await pilot.click(ArticleList, offset=(at + 2, 1))  # 1 row of border above the header
        await settle(pilot)
        quotes = [int(row.cells["quotes"]) for row in table.rows]
        assert quotes == sorted(quotes, reverse=True)
        assert table.sorted_by == ("quotes", True) and "▼Quotes" in table.render_line(0).text
        await pilot.click(ArticleList, offset=(at + 2, 1))  # again: the other way round
        await settle(pilot)
        assert [int(row.cells["quotes"]) for row in table.rows] == sorted(quotes)
        assert isinstance(seeds_app.screen, ArticlesScreen)  # a header click opens nothing


async def test_the_folder_column_and_filter_come_with_subfolders(
    tmp_path: Path, seeds_app: StorydiffApp
) -> None:
    app = StorydiffApp(corpus_with_folders(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        table = app.screen.query_one(ArticleList)
        assert "Folder" in table.render_line(0).text
        assert table.get_row("003_gazette.txt").cells["folder"] == "local"
        await press(pilot, "f")
        assert isinstance(app.screen, FolderPicker)
        await press(pilot, "j", "enter")  # the first folder after "Every folder": local
        assert [row.key for row in table.rows] == ["003_gazette.txt"]
        assert "folder local" in header(app)
        await press(pilot, "escape")
        assert table.row_count == 3
    async with seeds_app.run_test(size=SIZE) as pilot:  # no subfolders: no column, no key
        await settle(pilot)
        assert "Folder" not in seeds_app.screen.query_one(ArticleList).render_line(0).text
        await press(pilot, "f")
        assert isinstance(seeds_app.screen, ArticlesScreen)


async def test_search_finds_words_in_the_text_and_shows_the_hit_in_context(seeds_app: StorydiffApp) -> None:
    async with seeds_app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        story = seeds_app.story
        assert story is not None
        await press(pilot, "slash", *'"cautious optimism"')
        table = seeds_app.screen.query_one(ArticleList)
        expected = [a.name for a in story.articles if "cautious optimism" in a.text.casefold()]
        assert expected and [row.key for row in table.rows] == expected  # not in any title: found in the text
        row = table.rows[0]
        start, end = row.found["found"]
        assert row.cells["found"][start:end].casefold() == "cautious optimism"
        assert int(row.cells["hits"]) >= 1
        assert "Found" in table.render_line(0).text and "Hits" in table.render_line(0).text
        for y in range(1, table.row_count + 1):  # on the cursor's row too, the hit stands out
            painted = list(table.render_line(y))
            hit = next(seg for seg in painted if "ptimism" in seg.text)
            title_start = table.rows[y - 1].cells["title"][:12]
            title = next(seg for seg in painted if title_start in seg.text)
            assert hit.style is not None and title.style is not None
            assert hit.style.bgcolor != title.style.bgcolor, y
        await press(pilot, "enter", "H")  # back in the list: sort by hits
        hits = [int(r.cells["hits"]) for r in table.rows]
        assert hits == sorted(hits, reverse=True)
        await press(pilot, "slash", "escape")
        assert table.row_count == 5 and "Found" not in table.render_line(0).text


async def test_a_hit_opens_the_reader_at_its_place(seeds_app: StorydiffApp) -> None:
    from tui.screens.reader import ReaderScreen
    from tui.widgets.text_view import TextView

    async with seeds_app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "slash", *'"most serious security crisis"', "enter")
        table = seeds_app.screen.query_one(ArticleList)
        assert table.row_count >= 1
        row = table.rows[0]
        await press(pilot, "enter")
        reader = seeds_app.screen
        assert isinstance(reader, ReaderScreen) and reader.article.name == row.key
        await pilot.pause(0.3)
        view = reader.query_one(TextView)
        assert view.scroll_y > 0  # brought down to the hit, which is not in the first lines
        shown = "\n".join(view.render_line(y).text for y in range(view.size.height))
        assert "security" in " ".join(shown.split())


async def test_search_text_is_data_never_markup(tmp_path: Path) -> None:
    hostile = "Markup\n\nThe [bold red]needle[/] sits in \x1b[2J here.\n"
    (tmp_path / "a.txt").write_text(hostile, encoding="utf-8")
    (tmp_path / "b.txt").write_text((SEEDS / A000).read_text(encoding="utf-8"), encoding="utf-8")
    app = StorydiffApp(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "slash", *"needle")
        table = app.screen.query_one(ArticleList)
        assert [row.key for row in table.rows] == ["a.txt"]
        found = table.rows[0].cells["found"]
        assert "[bold red]needle[/]" in found and "\x1b" not in found
        assert "[bold red]needle" in "".join(seg.text for seg in table.render_line(1))
        assert app.is_running


async def test_the_list_is_sorted_while_a_search_narrows_it(seeds_app: StorydiffApp) -> None:
    async with seeds_app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "D", "slash", *"Peskov", "enter")
        table = seeds_app.screen.query_one(ArticleList)
        story = seeds_app.story
        assert story is not None
        keys = [row.key for row in table.rows]
        assert set(keys) == {a.name for a in story.articles if "peskov" in a.text.casefold()}
        assert A004 in keys and 1 < len(keys) < 5
        dates = [row.cells["date"] for row in table.rows if row.cells["date"] != "—"]
        assert dates == sorted(dates)
        assert all(row.cells["date"] != "—" for row in table.rows[: len(dates)])  # undated last
