"""Reprints in the reader, as a person uses them: the margin marks every line of a passage some
other article also ran, } and { walk those passages, f opens the passage's family with this
article's version selected, and the compare picker ranks the other articles by the words they
share. On a small corpus the test writes: a wire story, its reprints and a borrowed paragraph."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from textual.widgets import DataTable, Static

from corpus.story import Story
from tests.made_up_text import PLANTED, WIRE, filler
from tests.tui.conftest import SIZE, calm, press, settle
from tui.app import StorydiffApp
from tui.screens.families import FamiliesScreen, FamilyScreen
from tui.screens.pickers import ArticlePicker, PickerList
from tui.screens.reader import ReaderScreen
from tui.widgets.family_versions import FamilyVersions, parse_member_id
from tui.widgets.text_view import TextView

GUTTER_MARK = "▌"


def write_corpus(folder: Path) -> Path:
    """1 a.md (a source: Harbour Times) the wire story; 2 b.txt the same with filler after it;
    3 c.txt the lead only, then a paragraph 4 d.txt also runs; 5 e.txt nothing shared."""
    rng = random.Random(7)
    folder.mkdir(exist_ok=True)
    front = "---\ntitle: Crane falls on ship\ndate: 2024-03-05\npublisher: Harbour Times\n---\n\n"
    (folder / "a.md").write_text(front + "\n\n".join(WIRE), encoding="utf-8")
    texts = {
        "b.txt": ["Port terminal shut", *WIRE, filler(rng, 80)],
        "c.txt": ["Only the lead", filler(rng, 200), WIRE[0], filler(rng, 300), PLANTED, filler(rng, 200)],
        "d.txt": ["Fishermen protest", filler(rng, 90), PLANTED],
        "e.txt": ["Nothing shared", filler(rng, 150)],
    }
    for name, paragraphs in texts.items():
        (folder / name).write_text("\n\n".join(paragraphs), encoding="utf-8")
    return folder


@pytest.fixture
def wire_app(tmp_path: Path) -> StorydiffApp:
    return StorydiffApp(write_corpus(tmp_path / "wire"))


async def open_reader(pilot, number: int) -> ReaderScreen:  # type: ignore[no-untyped-def]
    await settle(pilot)
    for _ in range(number - 1):
        await press(pilot, "down")
    await press(pilot, "enter")
    reader = pilot.app.screen
    assert isinstance(reader, ReaderScreen)
    assert reader.families is not None  # the worker has read them
    return reader


def gutter_rows(view: TextView) -> list[int]:
    """The screen rows whose margin holds a mark."""
    rows = []
    for y in range(view.scrollable_content_region.height):
        if view.render_line(y).text.startswith(GUTTER_MARK):
            rows.append(y)
    return rows


def status(reader: ReaderScreen) -> str:
    return str(reader.query_one("#reader-speaker", Static).render())


async def test_the_margin_marks_the_lines_of_passages_other_articles_ran(wire_app: StorydiffApp) -> None:
    async with wire_app.run_test(size=SIZE) as pilot:
        reader = await open_reader(pilot, 3)
        assert reader.article.name == "c.txt"
        families = reader.families
        assert families is not None and len(families) == 2  # the lead and the borrowed paragraph
        view = reader.query_one(TextView)
        text = reader.article.text
        lead = families.passages[0][0]
        assert text[lead.start : lead.end].startswith(WIRE[0][:30])
        view.centre_on(lead.start)
        await pilot.pause()
        marked = gutter_rows(view)
        top = int(view.scroll_y)
        assert marked, "no margin mark beside the lead"
        for y in range(view.scrollable_content_region.height):
            start, end = view.line_span(top + y) if top + y < view.line_count else (-1, -1)
            inside = start >= 0 and start < lead.end and end > lead.start
            assert (y in marked) == inside, f"row {y}: {text[start:end]!r}"


async def test_braces_walk_the_reprinted_passages_and_the_status_names_the_family(
    wire_app: StorydiffApp,
) -> None:
    async with wire_app.run_test(size=SIZE) as pilot:
        reader = await open_reader(pilot, 3)
        families = reader.families
        assert families is not None
        await press(pilot, "right_curly_bracket")
        assert families.current == 0
        first, last = reader.query_one(TextView).visible_span()
        assert first <= families.passages[0][0].start <= last
        family = families.passages[0][1]
        assert f"Family {family.id}" in status(reader)
        assert "in 2 other articles" in status(reader)  # a and b ran the lead too
        assert "reprint 1/2" in str(reader.query_one("#reader-position", Static).render())
        await press(pilot, "right_curly_bracket")
        assert families.current == 1
        assert "in 1 other article " in status(reader) + " "  # d ran the planted paragraph
        await press(pilot, "right_curly_bracket")  # wraps to the first
        assert families.current == 0
        await press(pilot, "left_curly_bracket")
        assert families.current == 1


async def test_a_quote_chosen_after_a_reprint_takes_the_status_back(seeds_app: StorydiffApp) -> None:
    async with seeds_app.run_test(size=SIZE) as pilot:
        reader = await open_reader(pilot, 1)
        await press(pilot, "right_curly_bracket")  # 000's first passage in a family
        assert reader.families is not None and reader.families.current == 0
        family = reader.families.passages[0][1]
        assert f"Family {family.id} (f)" in status(reader)
        await press(pilot, "n")
        assert reader.families.current is None and reader.current == 0
        assert "Family" not in status(reader)


async def test_f_opens_the_family_at_this_articles_version_and_enter_comes_back(
    wire_app: StorydiffApp,
) -> None:
    async with wire_app.run_test(size=SIZE) as pilot:
        reader = await open_reader(pilot, 3)
        families = reader.families
        assert families is not None
        await press(pilot, "right_curly_bracket", "right_curly_bracket")
        member, family = families.passages[1]
        depth = len(wire_app.screen_stack)
        await press(pilot, "f")
        screen = wire_app.screen
        assert isinstance(screen, FamilyScreen) and screen.family.id == family.id
        versions = screen.query_one(FamilyVersions)
        chosen = versions.get_option_at_index(versions.highlighted or 0).id or ""
        assert parse_member_id(chosen) == ("c.txt", member.start)
        await press(pilot, "enter")  # read this version in place: back in the same reader, there
        assert wire_app.screen is reader and len(wire_app.screen_stack) == depth
        first, last = reader.query_one(TextView).visible_span()
        assert first <= member.start <= last and families.current == 1


async def test_f_with_no_passage_on_screen_says_where_to_go(wire_app: StorydiffApp) -> None:
    async with wire_app.run_test(size=SIZE) as pilot:
        reader = await open_reader(pilot, 5)
        assert reader.families is not None and len(reader.families) == 0
        await press(pilot, "f")
        assert wire_app.screen is reader
        assert any("No passage of this article" in str(n.message) for n in wire_app._notifications)


async def test_the_compare_picker_ranks_by_shared_words_and_filters(wire_app: StorydiffApp) -> None:
    async with wire_app.run_test(size=SIZE) as pilot:
        reader = await open_reader(pilot, 1)
        await press(pilot, "c")
        picker = wire_app.screen
        assert isinstance(picker, ArticlePicker)
        options = picker.query_one(PickerList)
        rows = [options.get_option_at_index(i) for i in range(options.option_count)]
        assert [o.id for o in rows] == ["b.txt", "c.txt", "d.txt", "e.txt"]
        shared = reader.story.shared_words("a.md")
        counts = [int(str(o.prompt).split()[1]) for o in rows[:2]]
        assert counts == [shared["b.txt"], shared["c.txt"]] and counts[0] > 2 * counts[1]
        assert str(rows[2].prompt).split()[1] == "·"  # d shares nothing with a
        await press(pilot, "O", "n", "l", "y")  # c's title
        assert [options.get_option_at_index(i).id for i in range(options.option_count)] == ["c.txt"]


async def test_family_rows_name_the_outlet_or_else_the_file(wire_app: StorydiffApp) -> None:
    async with wire_app.run_test(size=(140, 36)) as pilot:  # wide enough for the whole origin
        await settle(pilot)
        await press(pilot, "F")
        await settle(pilot)
        screen = wire_app.screen
        assert isinstance(screen, FamiliesScreen)
        table = screen.query_one(DataTable)
        origins = [table.get_row_at(k)[2].plain for k in range(table.row_count)]
        assert origins[0].startswith("1 Harbour Times · earliest, 2024-03-05")  # a.md's source
        assert origins[1] == "—"  # c and d: undated, no wire credit, no origin to name
        await press(pilot, "enter")
        versions = wire_app.screen.query_one(FamilyVersions)
        heads = [str(versions.get_option_at_index(k).prompt).split("\n")[0] for k in (1, 2)]
        assert heads[0].startswith("1 Harbour Times · 2024-03-05 · copied")
        assert heads[1].startswith("2 b.txt · undated")


def test_snapshot_reader_on_a_reprinted_passage(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    async def ready(pilot) -> None:  # type: ignore[no-untyped-def]
        await open_reader(pilot, 3)
        await press(pilot, "right_curly_bracket")
        await calm(pilot)

    app = StorydiffApp(write_corpus(tmp_path / "wire"))
    assert snap_compare(app, terminal_size=SIZE, run_before=ready)


def test_snapshot_compare_picker_ranked(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    async def ready(pilot) -> None:  # type: ignore[no-untyped-def]
        await open_reader(pilot, 3)
        await press(pilot, "c")
        await calm(pilot)

    app = StorydiffApp(write_corpus(tmp_path / "wire"))
    assert snap_compare(app, terminal_size=SIZE, run_before=ready)


async def test_the_families_are_built_once_though_the_screens_that_asked_closed_mid_build(
    wire_app: StorydiffApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app builds the families in its own worker: a reader and a picker opened and closed while
    it runs neither stop it nor start it again, and the next reader has its margin at once."""
    import threading

    import corpus.passages

    real_build = corpus.passages.build_families
    builds: list[tuple[int, str]] = []
    gate = threading.Event()

    def held_build(articles, *, progress=None):  # type: ignore[no-untyped-def]
        from textual.worker import get_current_worker

        builds.append((len(articles), type(get_current_worker().node).__name__))
        gate.wait(20)  # the build is under way until the test lets it go on
        return real_build(articles, progress=progress)

    monkeypatch.setattr(corpus.passages, "build_families", held_build)
    async with wire_app.run_test(size=SIZE) as pilot:
        story = wire_app.story
        assert story is not None
        for key in ("down", "down", "enter"):  # c.txt in the reader, mid-build
            await pilot.press(key)
            await pilot.pause(0.05)
        reader = wire_app.screen
        assert isinstance(reader, ReaderScreen) and reader.families is None
        await pilot.press("escape")
        await pilot.press("c")  # the compare picker of c.txt waits for the same build
        await pilot.pause(0.05)
        picker = wire_app.screen
        assert isinstance(picker, ArticlePicker)
        assert "finding the reprint families" in str(picker.query_one("#picker-status", Static).render())
        await pilot.press("escape")
        await pilot.pause(0.05)
        assert not story.families_ready()
        gate.set()
        await settle(pilot)
        assert story.families_ready() and builds == [(5, "StorydiffApp")]
        await press(pilot, "enter")
        reader = wire_app.screen
        assert isinstance(reader, ReaderScreen) and reader.article.name == "c.txt"
        assert reader.families is not None and len(reader.families) == 2
        await press(pilot, "escape", "c")
        options = wire_app.screen.query_one(PickerList)
        ids = [options.get_option_at_index(i).id for i in range(options.option_count)]
        assert ids == ["a.md", "b.txt", "d.txt", "e.txt"]  # ranked by shared words at once
        assert builds == [(5, "StorydiffApp")]


async def test_c_on_the_list_ranks_the_others_for_the_article_at_the_cursor(wire_app: StorydiffApp) -> None:
    from tui.screens.compare import CompareScreen

    async with wire_app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "down", "down", "c")  # nothing marked: the picker, for c.txt
        picker = wire_app.screen
        assert isinstance(picker, ArticlePicker) and picker.exclude == "c.txt"
        options = picker.query_one(PickerList)
        ids = [options.get_option_at_index(i).id for i in range(options.option_count)]
        assert ids == ["a.md", "b.txt", "d.txt", "e.txt"]  # most shared words first, e shares none
        await press(pilot, "down", "down", "enter")
        screen = wire_app.screen
        assert isinstance(screen, CompareScreen) and (screen.a.name, screen.b.name) == ("c.txt", "d.txt")
        await press(pilot, "escape", "escape")
        await press(pilot, "space", "down", "down", "c")  # one marked: compared with the cursor's
        screen = wire_app.screen
        assert isinstance(screen, CompareScreen) and (screen.a.name, screen.b.name) == ("c.txt", "e.txt")


def test_the_walk_starts_from_the_view_and_wraps() -> None:
    from corpus.model import Family, FamilyMember
    from tui.screens.reader_families import FamilyWalk

    def passage(start: int, end: int) -> tuple[FamilyMember, Family]:
        member = FamilyMember("x", start, end, "copied", 1.0)
        return member, Family(start, "text", member, [member])

    walk = FamilyWalk([passage(10, 20), passage(50, 60), passage(90, 99)])
    assert walk.step(True, 30) == (1, False)  # the first after the top of the view
    assert walk.step(False, 30) == (0, False)  # the last before its bottom
    assert walk.step(True, 95) == (0, True)  # none after: wraps to the first
    walk.current = 0
    assert walk.step(False, 0) == (2, True)
    assert walk.index_at(55) == 1 and walk.index_at(30) is None
    assert walk.first_within(21, 49) is None and walk.first_within(15, 52) == 0
    assert [m.component for m in walk.gutter_marks()].count("family-current") == 1


async def test_families_that_fail_say_so_in_place(
    wire_app: StorydiffApp, monkeypatch: pytest.MonkeyPatch
) -> None:

    def broken(self: Story, *, progress: object = None) -> None:
        raise MemoryError("out of memory while aligning")

    monkeypatch.setattr(Story, "families", broken)
    async with wire_app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "F")
        await settle(pilot)
        header = str(wire_app.screen.query_one("#families-header", Static).render())
        assert "could not be found: out of memory while aligning" in header
        await press(pilot, "escape", "enter")  # the reader still opens, without margin marks
        reader = wire_app.screen
        assert isinstance(reader, ReaderScreen) and reader.families is None
        wire_app.clear_notifications()
        await press(pilot, "right_curly_bracket")  # says why there is nothing to go to, no traceback
        assert isinstance(wire_app.screen, ReaderScreen)
        notes = [str(n.message) for n in wire_app._notifications]
        assert notes == ["Reprint families unavailable: out of memory while aligning"]
