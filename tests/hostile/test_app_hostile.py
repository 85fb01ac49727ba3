"""The app, driven with the Pilot, on hostile text and broken files: every screen shows the text as it
is (placeholders for controls, markup literal), survives tiny terminals and repeated resizing, and
still marks quotes without colour (NO_COLOR) or with 16 colours.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable
from pathlib import Path

import pytest
from rich.color import ColorSystem
from rich.style import Style
from textual.pilot import Pilot

from tests.hostile import inputs
from tests.hostile.conftest import RAW
from tests.tui.conftest import press, settle
from tui.app import StorydiffApp
from tui.screens.articles import ArticlesScreen
from tui.screens.compare import CompareScreen
from tui.screens.help import HelpScreen
from tui.screens.pickers import ProblemDialog
from tui.screens.reader import ReaderScreen
from tui.screens.speakers import SpeakersScreen
from tui.screens.too_small import TooSmallScreen
from tui.widgets.article_list import ArticleList
from tui.widgets.marks import speaker_component
from tui.widgets.text_view import TextView

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
BIG = (250, 70)
SIZES = [(40, 12), (80, 24), (250, 70), (40, 12), (80, 24), (250, 70)]


@pytest.fixture(autouse=True)
def _own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STORYDIFF_CACHE_DIR", str(tmp_path / "cache"))


def painted(app: StorydiffApp) -> str:
    """Everything on the screen, as the terminal would get it (one line per row)."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


def assert_inert(app: StorydiffApp) -> str:
    text = painted(app)
    assert not RAW.search(text), sorted(set(RAW.findall(text)))
    assert "Traceback" not in text
    return text


def folded(text: str) -> str:
    """Screen text with the frame and white space folded away, to find wrapped phrases."""
    return " ".join(text.replace("│", " ").split())


async def test_every_screen_shows_hostile_text_literally(text_corpus: Path) -> None:
    app = StorydiffApp(text_corpus)
    async with app.run_test(size=BIG) as pilot:
        await settle(pilot)
        home = folded(assert_inert(app))
        assert "Markets ␛[2J crash headline" in home
        assert "Markup [bold red]in the headline[/]" in home

        app.open_reader("b_escapes.txt")
        await settle(pilot)
        shown = folded(assert_inert(app))
        for placeholder in ("␛[2J␛[H", "␛]52;c;cm0gLXJmIH4K␇", "␛]8;;https://evil.example/␛\\", "␛]0;pwned␇"):
            assert placeholder in shown
        await press(pilot, "escape")

        app.open_reader("c_markup.md")
        await settle(pilot)
        shown = folded(assert_inert(app))
        for literal in inputs.MARKUP_LITERALS:
            assert literal in shown
        view = app.screen.query_one(TextView)
        for y in range(view.size.height):  # no cell carries a link or an action from the text
            for segment in view.render_line(y):
                assert segment.style is None or (not segment.style.link and not segment.style.meta)
        await press(pilot, "n", "n", "enter", "y")  # jump, select and copy the markup quote
        assert app.is_running and isinstance(app.screen, ReaderScreen)
        await press(pilot, "escape")

        app.open_reader("d_bidi.txt")
        await settle(pilot)
        shown = folded(assert_inert(app))
        assert "I never said ⇄tnemeerga na⇄ at all,␣”" in shown
        assert "Zero␣width␣joiners␣" in shown
        await press(pilot, "escape")

        app.open_compare("b_escapes.txt", "a_good.txt")
        await settle(pilot)
        assert isinstance(app.screen, CompareScreen)
        shown = folded(assert_inert(app))
        assert "Markets ␛[2J crash headline" in shown
        assert "Diplomats from both sides met for four hours" in shown
        await press(pilot, "m")
        assert "␛[2J␛[H" in folded(assert_inert(app))
        await press(pilot, "escape")

        app.open_speakers()
        await settle(pilot)
        shown = folded(assert_inert(app))
        assert {"Tom Hale", "Ann Lee", "Bo Ray", "Anna Berg"} <= {
            name for name in ("Tom Hale", "Ann Lee", "Bo Ray", "Anna Berg") if name in shown
        }
        assert app.is_running


async def _visit(app: StorydiffApp, pilot: Pilot, screen: str, article: str, other: str) -> type:
    if screen == "reader":
        app.open_reader(article)
        unreadable = app.story is not None and not app.story.article(article).text.strip()
        expected: type = ProblemDialog if unreadable else ReaderScreen  # a blank page says why
    elif screen == "compare":
        app.open_compare(article, other)
        expected = CompareScreen
    elif screen == "compare-full":
        app.open_compare(article, other)
        await settle(pilot)
        await press(pilot, "m")
        expected = CompareScreen
    elif screen == "speakers":
        app.open_speakers()
        expected = SpeakersScreen
    elif screen == "help":
        app.action_help()
        expected = HelpScreen
    else:
        expected = ArticlesScreen
    await settle(pilot)
    return expected


@pytest.mark.parametrize("screen", ["articles", "reader", "compare", "compare-full", "speakers", "help"])
@pytest.mark.parametrize("which", ["text", "broken"])
async def test_resizing_again_and_again_on_every_screen(
    screen: str, which: str, text_corpus: Path, broken_corpus: Path
) -> None:
    folder, article, other = (
        (text_corpus, "b_escapes.txt", "a_good.txt")
        if which == "text"
        else (broken_corpus, "c_png.txt", "a_good.txt")
    )
    app = StorydiffApp(folder)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        expected = await _visit(app, pilot, screen, article, other)
        assert isinstance(app.screen, expected)
        for width, height in SIZES:
            await pilot.resize_terminal(width, height)
            await settle(pilot)
            shown = assert_inert(app)
            if (width, height) == (40, 12):
                assert isinstance(app.screen, TooSmallScreen)
                assert "too small (40×12)" in shown
            else:
                assert isinstance(app.screen, expected), (width, height, app.screen)
        await press(pilot, "j", "down", "n")  # keys still work on the resized screen
        assert app.is_running


async def test_broken_files_are_listed_with_their_problem_and_open(broken_corpus: Path) -> None:
    app = StorydiffApp(broken_corpus)
    async with app.run_test(size=BIG) as pilot:
        await settle(pilot)
        home = folded(assert_inert(app))
        for word in ("PNG", "too large", "broken symbolic link", "loop", "empty"):
            assert word in home, word
        assert "Talks resume in Geneva after a week of threats" in home
        for name in ("b_empty.txt", "c_png.txt", "g_huge.txt", "h_broken_link.txt", "j_self.txt"):
            app.open_reader(name)
            await settle(pilot)
            await press(pilot, "n", "p", "o", "escape")
            if not isinstance(app.screen, ArticlesScreen):
                await press(pilot, "escape")
            assert isinstance(app.screen, ArticlesScreen), name
        app.open_reader("a_good.txt")  # the rest of the corpus works
        await settle(pilot)
        await press(pilot, "n")
        assert isinstance(app.screen, ReaderScreen) and app.screen.current == 0


def _quote_and_plain_styles(app: StorydiffApp) -> tuple[list[Style], list[Style]]:
    """Styles of the cells of a quote, and of plain body text, in the reader's text view."""
    view = app.screen.query_one(TextView)
    quote_cells: list[Style] = []
    plain_cells: list[Style] = []
    for y in range(view.size.height):
        cells: list[Style] = []
        text = ""
        for segment in view.render_line(y):
            text += segment.text
            cells.extend([segment.style or Style()] * len(segment.text))
        at = text.find("Nothing is agreed")
        if at >= 0:
            quote_cells.extend(cells[at : at + len("Nothing is agreed")])
        at = text.find("Diplomats from both")
        if at >= 0:
            plain_cells.extend(cells[at : at + len("Diplomats from both")])
    assert quote_cells and plain_cells
    return quote_cells, plain_cells


async def test_no_color_still_marks_quotes(text_corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = StorydiffApp(text_corpus)
    async with app.run_test(size=(120, 36)) as pilot:
        assert app.no_color
        await settle(pilot)
        app.open_reader("a_good.txt")
        await settle(pilot)
        quote, plain = _quote_and_plain_styles(app)
        assert all(s.bold or s.underline or s.reverse for s in quote)
        assert not any(s.bold or s.underline or s.reverse for s in plain)
        await press(pilot, "n", "n")  # the current quote stands out from the others too
        quote, _ = _quote_and_plain_styles(app)
        assert all(s.reverse for s in quote)


async def test_sixteen_colours_still_mark_quotes(text_corpus: Path) -> None:
    """Downgraded to the 16 ANSI colours (as a 16-colour terminal shows them), a quote still differs."""

    def look(style: Style) -> tuple[object, ...]:
        def ansi(color: object) -> int | None:
            return color.downgrade(ColorSystem.STANDARD).number if color is not None else None  # type: ignore[attr-defined]

        return (ansi(style.color), ansi(style.bgcolor), style.bold, style.underline, style.reverse)

    app = StorydiffApp(text_corpus)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        app.open_reader("a_good.txt")
        await settle(pilot)
        quote, plain = _quote_and_plain_styles(app)
        plain_looks = {look(s) for s in plain}
        assert all(look(s) not in plain_looks for s in quote)


async def test_sixteen_colours_keep_speakers_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    """On a 16-colour terminal each speaker's quotes still get a colour of their own (blended tints
    would all round to one grey there), and passages in full-text compare keep their tints apart."""
    monkeypatch.setenv("TERM", "xterm-16color")
    monkeypatch.delenv("COLORTERM", raising=False)
    app = StorydiffApp(SEEDS)
    async with app.run_test(size=(120, 60)) as pilot:
        assert app.console.color_system == "standard"
        await settle(pilot)
        app.open_reader("000_001046f2ce72b2e4.txt")
        await settle(pilot)
        assert app.story is not None
        view = app.screen.query_one(TextView)
        lines = []
        for y in range(view.size.height):
            segments = list(view.render_line(y))
            text = "".join(seg.text for seg in segments)
            cells = [seg.style or Style() for seg in segments for _ in seg.text]
            lines.append((text, cells))
        colour_of: dict[str, set[int]] = {}
        for quote in app.story.quotes_of("000_001046f2ce72b2e4.txt"):
            probe = quote.text.split("\n")[0][:14]
            for text, cells in lines:
                at = text.find(probe)
                if at < 0 or len(probe) < 8:
                    continue
                looks = {
                    c.bgcolor.downgrade(ColorSystem.STANDARD).number
                    for c in cells[at : at + len(probe)]
                    if c.bgcolor is not None and not c.reverse
                }
                rank = app.story.speaker_rank(quote.speaker)
                colour_of.setdefault(speaker_component(rank), set()).update(looks)
        assert len(colour_of) >= 3, colour_of
        for name, looks in colour_of.items():
            assert len(looks) == 1, (name, looks)  # one colour per speaker…
        firsts = [next(iter(looks)) for looks in colour_of.values()]
        assert len(set(firsts)) == len(firsts), colour_of  # …and a different one for each


@pytest.fixture(scope="module")
def big_texts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("big_texts")
    (folder / "a_good.txt").write_text(inputs.GOOD, encoding="utf-8")
    (folder / "b_long_line.txt").write_text(inputs.long_line(), encoding="utf-8")
    (folder / "c_many_lines.txt").write_text(inputs.many_lines(), encoding="utf-8")
    (folder / "d_quote_storm.txt").write_text(inputs.quote_storm(), encoding="utf-8")
    return folder


APP_TIMEOUT = 600  # wall clock: a hang fails here instead of stalling CI
APP_CPU = inputs.cpu_box(APP_TIMEOUT)  # 38 s: work quadratic in the size fails here as at 4x the size


async def within_the_box(run: Awaitable[None]) -> None:
    """Await ``run`` under the wall-clock box, then hold the CPU time it took (every thread of the
    test's process) to APP_CPU: a loaded machine stretches the wall clock, not this."""
    started = time.process_time()
    await asyncio.wait_for(run, timeout=APP_TIMEOUT)
    used = time.process_time() - started
    assert used < APP_CPU, f"{used:.0f} CPU seconds: more than the box of {APP_CPU}"


async def test_pathological_articles_open_scroll_and_resize(big_texts: Path) -> None:
    """A long line, many lines and a quote storm (:mod:`tests.hostile.inputs`): read to the end,
    quotes stepped, resized."""

    async def run() -> None:
        app = StorydiffApp(big_texts)
        async with app.run_test(size=(120, 36)) as pilot:
            await settle(pilot)
            for name in ("b_long_line.txt", "c_many_lines.txt", "d_quote_storm.txt"):
                app.open_reader(name)
                await settle(pilot)
                reader = app.screen
                assert isinstance(reader, ReaderScreen)
                await press(pilot, "n", "n", "end")
                view = reader.query_one(TextView)
                assert view.scroll_y == view.max_scroll_y > 0
                text = (big_texts / name).read_text(encoding="utf-8")
                assert "".join(text.split())[-20:] in "".join(painted(app).split())
                if name != "d_quote_storm.txt":
                    assert reader.current == 1
                for size in ((40, 12), (250, 70), (80, 24)):
                    await pilot.resize_terminal(*size)
                    await settle(pilot)
                assert_inert(app)
                await press(pilot, "escape")
            assert app.is_running

    await within_the_box(run())


async def settle_list(pilot: Pilot) -> None:
    """Let the loader's last message land (the indexing workers may still run: not waited for)."""
    for _ in range(3):
        await pilot.pause(0.05)


async def test_thousands_of_files_open_with_progress(many_files: Path) -> None:
    """The list of a folder of thousands of files fills in after a progress bar; keys work on it."""
    progress: list[tuple[int, int]] = []
    real = ArticlesScreen.show_progress

    def spy(self: ArticlesScreen, done: int, total: int) -> None:
        progress.append((done, total))
        real(self, done, total)

    async def run() -> None:
        app = StorydiffApp(many_files)
        async with app.run_test(size=(120, 36)) as pilot:
            table = None
            while table is None or table.row_count < inputs.MANY_FILES:  # rows may come in as they are read
                await pilot.pause(0.05)
                lists = list(app.screen.query(ArticleList))
                table = lists[0] if lists and lists[0].display else None
            await settle_list(pilot)
            assert table.row_count == inputs.MANY_FILES
            await press(pilot, "end")
            assert table.cursor_key == f"{inputs.MANY_FILES - 1:05d}.txt"
            app.exit()

    ArticlesScreen.show_progress = spy  # type: ignore[method-assign]
    try:
        await within_the_box(run())
    finally:
        ArticlesScreen.show_progress = real  # type: ignore[method-assign]
    assert progress and progress[-1] == (inputs.MANY_FILES, inputs.MANY_FILES)
    assert len(progress) > 1  # shown on the way, not only at the end
