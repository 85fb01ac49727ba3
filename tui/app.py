"""The storydiff app: loads a corpus in a worker and opens its screens.

The app holds the :class:`corpus.story.Story` (the engine's answers, computed lazily) and opens the
screens; screens ask the story for what they show from ``@work`` workers, so the UI never waits on
the engine. Only light modules are imported here: the engine's heavy parts load when first used.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import ClassVar

from textual import events, work
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.events import Resize
from textual.message import Message
from textual.reactive import Reactive
from textual.screen import Screen

from corpus.model import Article
from corpus.story import CorpusError, Story, quick_to_load
from tui.keymap import Keymap, binding_ids, keymap_path, load_keymap, user_binding_for
from tui.later import Cancelled, Throttled
from tui.messages import (
    FamiliesBuilding,
    FamiliesBuilt,
    FamiliesUnavailable,
    OpenCompare,
    OpenFamilies,
    OpenReader,
    OpenSpeakers,
    SearchHits,
    WantFamilies,
)
from tui.screens.articles import ArticlesScreen
from tui.sizes import MIN_HEIGHT, MIN_WIDTH
from tui.themes import DARK, SPEAKER_DEFAULTS, STYLES, THEMES


class FamiliesBuild:
    """Where the app's one build of a story's reprint families is (what a screen asking is told).

    A plain class, not a dataclass: making one compiles its methods from source at every start."""

    def __init__(self, story: Story) -> None:
        self.story = story
        self.done: tuple[int, int] | None = None
        self.built = False
        self.problem: str | None = None

    def answer(self) -> Message | None:
        """The message telling a screen that asks where the build is (None: not started yet)."""
        if self.built:
            return FamiliesBuilt(self.story)
        if self.problem is not None:
            return FamiliesUnavailable(self.problem)
        return FamiliesBuilding(*self.done) if self.done is not None else None


class StorydiffApp(App[None]):
    """A terminal reader for many news articles about one story."""

    CSS_PATH = STYLES / "app.tcss"  # each other screen brings its own .tcss when first opened
    TITLE = "storydiff"
    theme: Reactive[str] = Reactive(DARK.name)
    """storydiff's dark theme is the default value, not set in __init__: setting the theme makes
    Textual re-parse every stylesheet, a pass the first frame would wait for (~10 ms)."""
    COMMANDS = App.COMMANDS | {lambda: _article_commands()}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", id="app.quit"),
        Binding("question_mark,f1", "help", "Help", key_display="?", id="app.help"),
        Binding("ctrl+p", "command_palette", "Commands", show=False, id="app.commands"),
        Binding("ctrl+t", "toggle_dark", "Dark/light", show=False, id="app.theme"),
    ]

    class StoryLoaded(Message):
        """The corpus is loaded (quotes and passages follow lazily)."""

        def __init__(self, story: Story) -> None:
            super().__init__()
            self.story = story

    class LoadFailed(Message):
        def __init__(self, reason: str) -> None:
            super().__init__()
            self.reason = reason

    class LoadProgress(Message):
        """``done`` of ``total`` files read; ``articles`` are the ones read so far (a preview)."""

        def __init__(self, done: int, total: int, articles: list[Article]) -> None:
            super().__init__()
            self.done = done
            self.total = total
            self.articles = articles

    def __init__(self, root: Path, *, theme: str | None = None) -> None:
        super().__init__()
        self.root = Path(root)
        self.story: Story | None = None
        self.families_build: FamiliesBuild | None = None
        """The reprint families' build: one per story, whichever screens ask and close meanwhile."""
        self.add_class(f"-theme-{self.theme}")
        if theme is not None and theme != self.theme:
            self.theme = theme
        if self.console.color_system in ("standard", "windows"):
            # The terminal shows 16 colours (TERM without 256/truecolor): the styles give speakers
            # plain ANSI colours there, since blended tints would all come out the same grey.
            self.add_class("-sixteen-colours")
        self.user_keymap = self._read_keymap()

    def _read_keymap(self) -> Keymap:
        """The user's keymap file, if any, applied over the default keys (see tui/keymap.py)."""
        path = keymap_path()
        if not path.exists():
            return Keymap()
        keymap = load_keymap(path, binding_ids())
        self.set_keymap(keymap.keys)
        return keymap

    def get_css_variables(self) -> dict[str, str]:
        # Textual asks for the theme's colours in App.__init__, before a subclass can register its
        # themes: registered here, on that first call, the colours are made once, from our theme
        # (made twice, they cost 3% of the time to the first frame).
        if DARK.name not in self.available_themes:
            for custom in THEMES:
                self.register_theme(custom)
        return super().get_css_variables()

    def get_theme_variable_defaults(self) -> dict[str, str]:
        return dict(SPEAKER_DEFAULTS)

    def get_default_screen(self) -> Screen:
        """The article list is the first screen (no blank screen is composed before it)."""
        if quick_to_load(self.root):
            # A handful of files loads in a few milliseconds: do it now, so the very first frame
            # shows the list. Anything bigger loads in a worker behind a progress bar (on_mount).
            try:
                self.story = Story.load(self.root)
            except (CorpusError, OSError):
                self.story = None
        return ArticlesScreen(self.story)

    def on_mount(self) -> None:
        for problem in self.user_keymap.problems:
            self.notify(problem, title="Keymap", severity="warning", timeout=10)
        if self.story is None:
            self.load_story()
        self._check_size(self.size.width, self.size.height)

    @work(thread=True, exclusive=True, group="load", exit_on_error=False)
    def load_story(self) -> None:
        loaded: list[Article] = []  # filled by the loader as it goes: the list shows them early

        def progress_message(done: int, total: int) -> Message:
            # Sliced here, in the loader's thread, so the UI never reads a list being appended to.
            return self.LoadProgress(done, total, loaded[:done] if done < total else [])

        progress = Throttled(self, progress_message, 0.25)
        try:
            story = Story.load(self.root, progress=progress, into=loaded, quotes_ahead=True)
        except (CorpusError, OSError) as exc:
            self.post_message(self.LoadFailed(str(exc)))
            return
        except Cancelled:
            return
        # Handed over as a message, not set from this thread: previews of the partly loaded corpus
        # queued before it must not replace the whole story after it.
        self.post_message(self.StoryLoaded(story))

    def on_storydiff_app_load_progress(self, message: LoadProgress) -> None:
        preview = None
        if message.articles:
            # A preview of the articles read so far, so a big corpus is usable while it loads:
            # it is replaced by the whole story (and quotes and passages start) once all are in;
            # the worker posts that after its last progress message, so no preview comes after it.
            preview = self.story = Story(self.root, message.articles)
        for screen in self.screen_stack:
            if isinstance(screen, ArticlesScreen):
                screen.show_progress(message.done, message.total)
                if preview is not None:
                    screen.show_preview(preview)

    def on_storydiff_app_story_loaded(self, message: StoryLoaded) -> None:
        self.story = message.story
        for screen in self.screen_stack:
            if isinstance(screen, ArticlesScreen):
                screen.story_loaded(message.story)

    def on_storydiff_app_load_failed(self, message: LoadFailed) -> None:
        for screen in self.screen_stack:
            if isinstance(screen, ArticlesScreen):
                screen.load_failed(message.reason)

    # -- reprint families -----------------------------------------------------------------------

    def on_want_families(self, message: WantFamilies) -> None:
        """Build the story's families unless that is under way or done; tell the asker where it is."""
        message.stop()
        story = self.story
        if story is None:
            return
        build = self.families_build
        if build is None or build.story is not story:  # first asked, or a preview was replaced
            build = self.families_build = FamiliesBuild(story)
            self.build_families(story)
        answer = build.answer()
        if answer is not None:
            message.asker.post_message(answer)

    @work(thread=True, exclusive=True, group="families", exit_on_error=False)
    def build_families(self, story: Story) -> None:
        # An app worker, not a screen's: closing the screen that asked does not cancel it.
        try:
            story.families(progress=Throttled(self, FamiliesBuilding, 0.2))
        except Cancelled:
            return
        except Exception as exc:  # the screens work on without families, and say why
            self.post_message(FamiliesUnavailable(str(exc)))
            return
        self.post_message(FamiliesBuilt(story))

    def on_families_building(self, message: FamiliesBuilding) -> None:
        if self.families_build is not None and not self.families_build.built:
            self.families_build.done = (message.done, message.total)
            self._tell_screens(lambda: FamiliesBuilding(message.done, message.total))

    def on_families_built(self, message: FamiliesBuilt) -> None:
        if self.families_build is not None and self.families_build.story is message.story:
            self.families_build.built = True
            self._tell_screens(lambda: FamiliesBuilt(message.story))

    def on_families_unavailable(self, message: FamiliesUnavailable) -> None:
        if self.families_build is not None:
            self.families_build.problem = message.reason
            self._tell_screens(lambda: FamiliesUnavailable(message.reason))

    def _tell_screens(self, message: Callable[[], Message]) -> None:
        for screen in self.screen_stack:
            screen.post_message(message())

    # -- screens -------------------------------------------------------------------------------

    def on_open_reader(self, message: OpenReader) -> None:
        self.open_reader(message.name, quote=message.quote, hits=message.hits)

    def on_open_compare(self, message: OpenCompare) -> None:
        self.open_compare(message.a, message.b)

    def on_open_families(self, _: OpenFamilies) -> None:
        self.open_families()

    def on_open_speakers(self, message: OpenSpeakers) -> None:
        self.open_speakers(message.name)

    def open_reader(self, name: str, *, quote: int | None = None, hits: SearchHits | None = None) -> None:
        """Open an article in the reader, optionally at a quote (its start offset), or with a
        search's hits highlighted."""
        article = self.story.get(name) if self.story is not None else None
        if self.story is None or article is None:
            return
        if article.problem and not article.text.strip():
            # Nothing to read: say what is wrong with the file instead of a blank page.
            from tui.screens.pickers import ProblemDialog

            self.push_screen(ProblemDialog(article))
            return
        from tui.screens.reader import ReaderScreen

        self.push_screen(ReaderScreen(self.story, name, quote_start=quote, hits=hits))

    def open_compare(self, a: str, b: str) -> None:
        if self.story is None:
            return
        from tui.screens.compare import CompareScreen

        self.push_screen(CompareScreen(self.story, a, b))

    def open_speakers(self, name: str | None = None) -> None:
        """Open the Speakers screen, with speaker ``name`` selected if given."""
        if self.story is None:
            return
        from tui.screens.speakers import SpeakersScreen

        self.push_screen(SpeakersScreen(self.story, select=name))

    def open_families(self) -> None:
        """Open the Families screen (nothing while the corpus still loads)."""
        if self.story is None:
            return
        from tui.screens.families import FamiliesScreen

        self.push_screen(FamiliesScreen(self.story))

    def action_help(self) -> None:
        from tui.screens.help import HelpScreen
        from tui.screens.too_small import TooSmallScreen

        if not isinstance(self.screen, HelpScreen | TooSmallScreen):
            self.push_screen(HelpScreen(self.screen))

    def action_toggle_dark(self) -> None:
        self.theme = "storydiff-light" if self.current_theme.dark else "storydiff-dark"

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        for command in super().get_system_commands(screen):
            # Ours replace these: Textual's theme list has no speaker colours, its key panel
            # duplicates Help, and its screenshot goes to a Downloads folder that may not exist.
            if command.title not in REPLACED_SYSTEM_COMMANDS:
                yield command
        yield SystemCommand(
            "Screenshot",
            "Save an SVG picture of the screen in the current folder",
            self.action_save_screenshot,
        )
        yield SystemCommand("Speakers", "Every speaker and their quotes across articles", self.open_speakers)
        yield SystemCommand(
            "Reprint families", "Each reprinted text and all its versions", self.open_families
        )
        yield SystemCommand(
            "Dark/light theme", "Switch between the dark and light theme", self.action_toggle_dark
        )
        yield SystemCommand("Help: keys", "Every key of this screen", self.action_help)

    def action_save_screenshot(self) -> None:
        """An SVG of the screen in the current folder (Textual's own goes to ~/Downloads, which
        may not exist); where it went, or why it could not be saved, is said either way."""
        folder = "the current folder"
        try:
            folder = str(Path.cwd())
            saved = self.save_screenshot(path=folder)
        except OSError as exc:
            self.notify(
                f"The screenshot could not be saved in {folder}: {exc.strerror or exc}",
                title="Screenshot",
                severity="error",
                markup=False,
            )
            return
        self.notify(f"Saved {saved}", title="Screenshot", markup=False)

    # -- keys ----------------------------------------------------------------------------------

    async def on_event(self, event: events.Event) -> None:
        # Textual asks the focused widget first, so a key the user gave a screen's binding (the
        # README's "reader.next" = "n,down") would still scroll the text. The user's keymap wins.
        if isinstance(event, events.Key) and not event.is_forwarded and self.user_keymap.keys:
            found = user_binding_for(self.user_keymap, event, self.focused or self.screen)
            if found is not None:
                node, action = found
                if await self.run_action(action, node):
                    return
        await super().on_event(event)

    # -- terminal size -------------------------------------------------------------------------

    def on_resize(self, event: Resize) -> None:
        self._check_size(event.size.width, event.size.height)

    def _check_size(self, width: int, height: int) -> None:
        too_small = width < MIN_WIDTH or height < MIN_HEIGHT
        if not too_small and "tui.screens.too_small" not in sys.modules:
            return  # the screen was never loaded, so it is not showing: a usual start does not load it
        from tui.screens.too_small import TooSmallScreen

        showing = isinstance(self.screen, TooSmallScreen)
        if too_small and not showing:
            self.push_screen(TooSmallScreen())
        elif not too_small and showing:
            self.pop_screen()
        elif too_small and isinstance(self.screen, TooSmallScreen):
            self.screen.update_message()


REPLACED_SYSTEM_COMMANDS = frozenset({"Theme", "Keys", "Screenshot"})
"""Textual's own palette commands that the app's replace (see get_system_commands)."""


def _article_commands() -> type:
    from tui.commands import ArticleCommands  # textual.command is not needed until ctrl+p

    return ArticleCommands


def run_app(root: Path) -> int:
    """Open the app on ``root``; the exit status for the command line."""
    StorydiffApp(root).run()
    return 0
