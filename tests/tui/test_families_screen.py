"""The Families screen, as a person uses it: open it from the command palette, open a family,
read one version in place, compare two."""

from __future__ import annotations

from textual.widgets import DataTable, Input

from tests.tui.conftest import A000, A004, SEEDS, SIZE, press, settle
from tui.app import StorydiffApp
from tui.screens.compare import CompareScreen
from tui.screens.families import FamiliesScreen, FamilyScreen
from tui.screens.reader import ReaderScreen
from tui.widgets.family_versions import FamilyVersions, parse_member_id
from tui.widgets.text_view import TextView


async def _open_families(app: StorydiffApp, pilot) -> None:  # type: ignore[no-untyped-def]
    await settle(pilot)
    await pilot.press("ctrl+p")
    await pilot.pause(0.2)
    app.screen.query_one(Input).value = "reprint families"
    await pilot.pause(0.6)
    await pilot.press("enter")
    await pilot.pause(0.3)
    await settle(pilot)


QUOTE = "signs from Moscow"
"""The first words of the family of Stoltenberg's quote, which 000 and 004 (its origin) carry."""


async def _go_to_the_quote_family(app: StorydiffApp, pilot) -> None:  # type: ignore[no-untyped-def]
    """Move down the families to the quote's, as a person would (the seeds have several of two
    articles each, so which comes first is the order of ties)."""
    table = app.screen.query_one(DataTable)
    row = next(k for k in range(table.row_count) if QUOTE in table.get_row_at(k)[4].plain)
    for _ in range(row):
        await press(pilot, "j")
    assert table.cursor_row == row


async def test_the_palette_opens_the_families_largest_first(seeds_app: StorydiffApp) -> None:
    async with seeds_app.run_test(size=SIZE) as pilot:
        await _open_families(seeds_app, pilot)
        screen = seeds_app.screen
        assert isinstance(screen, FamiliesScreen)
        table = screen.query_one(DataTable)
        assert table.row_count == len(screen.families) >= 1
        sizes = [len(f.articles) for f in screen.families]
        assert sizes == sorted(sizes, reverse=True)
        first_row = [cell.plain for cell in table.get_row_at(0)]
        assert first_row[1] == str(sizes[0])
        assert any(QUOTE in table.get_row_at(k)[4].plain for k in range(table.row_count))


async def test_enter_shows_each_version_with_its_differing_words_marked(seeds_app: StorydiffApp) -> None:
    async with seeds_app.run_test(size=SIZE) as pilot:
        await _open_families(seeds_app, pilot)
        await _go_to_the_quote_family(seeds_app, pilot)
        await press(pilot, "enter")
        screen = seeds_app.screen
        assert isinstance(screen, FamilyScreen)
        versions = screen.query_one(FamilyVersions)
        members = [
            parse_member_id(versions.get_option_at_index(k).id or "") for k in range(1, versions.option_count)
        ]
        assert {name for name, _ in members} == {A000, A004}
        prompts = [versions.get_option_at_index(k).prompt for k in range(1, versions.option_count)]
        marked = [
            p.plain[span.start : span.end]
            for p in prompts
            for span in p.spans
            if "should" in p.plain[span.start : span.end]
        ]
        assert marked  # 000 says "should continue" where the base (004) says "could continue"


async def test_a_version_opens_in_the_reader_at_its_place(seeds_app: StorydiffApp) -> None:
    async with seeds_app.run_test(size=SIZE) as pilot:
        await _open_families(seeds_app, pilot)
        await _go_to_the_quote_family(seeds_app, pilot)
        await press(pilot, "enter")
        versions = seeds_app.screen.query_one(FamilyVersions)
        while parse_member_id(versions.get_option_at_index(versions.highlighted or 0).id or "")[0] != A000:
            await press(pilot, "j")
        _, start = parse_member_id(versions.get_option_at_index(versions.highlighted or 0).id or "")
        await press(pilot, "enter")
        await pilot.pause(0.2)
        reader = seeds_app.screen
        assert isinstance(reader, ReaderScreen)
        assert reader.article.name == A000
        first, last = reader.query_one(TextView).visible_span()
        assert first <= start <= last
        await press(pilot, "escape")
        assert isinstance(seeds_app.screen, FamilyScreen)


async def test_c_on_two_versions_compares_them(seeds_app: StorydiffApp) -> None:
    async with seeds_app.run_test(size=SIZE) as pilot:
        await _open_families(seeds_app, pilot)
        await _go_to_the_quote_family(seeds_app, pilot)
        await press(pilot, "enter")
        await press(pilot, "c")
        assert isinstance(seeds_app.screen, FamilyScreen)  # waiting for the second version
        await press(pilot, "j", "c")
        compare = seeds_app.screen
        assert isinstance(compare, CompareScreen)
        assert {compare.a.name, compare.b.name} == {A000, A004}


async def test_shift_f_on_the_articles_opens_the_families(seeds_app: StorydiffApp) -> None:
    async with seeds_app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "F")
        await settle(pilot)
        assert isinstance(seeds_app.screen, FamiliesScreen)
        await press(pilot, "escape")
        assert not isinstance(seeds_app.screen, FamiliesScreen)


async def test_the_families_fit_a_narrow_screen_and_the_count_agrees_with_itself() -> None:
    from tests.tui.conftest import SEEDS

    app = StorydiffApp(SEEDS)
    async with app.run_test(size=(100, 30)) as pilot:
        await _open_families(app, pilot)
        screen = app.screen
        assert isinstance(screen, FamiliesScreen)
        table = screen.query_one(DataTable)
        assert table.virtual_size.width <= table.size.width  # nothing runs past the screen
        first_words = str(table.get_row_at(0)[-1])
        assert first_words.endswith("…")  # the base text is longer than its column
        header = str(screen.query_one("#families-header").render())
        count = len(screen.families)
        assert f"{count} {'family' if count == 1 else 'families'}" in header


async def test_the_screen_shows_the_apps_one_build_of_the_families(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Opened while the app builds the families (for the Articles screen's Shares and Own), the
    screen shows that build's progress and fills when it ends: the families are built once."""
    import threading

    from corpus.passages import families as families_module

    release = threading.Event()
    builds: list[int] = []
    real = families_module.build_families

    def held(articles, *, progress=None):  # type: ignore[no-untyped-def]
        builds.append(len(articles))
        if progress is not None:
            progress(1, 4)
        release.wait(30)
        return real(articles, progress=progress)

    monkeypatch.setattr("corpus.passages.build_families", held)
    app = StorydiffApp(SEEDS)
    async with app.run_test(size=SIZE) as pilot:
        try:
            await pilot.pause(0.3)
            await pilot.press("F")
            for _ in range(100):
                await pilot.pause(0.05)
                if isinstance(app.screen, FamiliesScreen):
                    header = str(app.screen.query_one("#families-header").render())
                    if "25%" in header:
                        break
            assert isinstance(app.screen, FamiliesScreen)
            assert "finding them… 25%" in header
            assert app.screen.query_one(DataTable).row_count == 0
        finally:
            release.set()
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, FamiliesScreen)
        assert screen.query_one(DataTable).row_count == len(screen.families) >= 1
        assert builds == [5]
