"""The storydiff app: loads a corpus in a worker and opens its screens.

The app holds the :class:`corpus.story.Story` (the engine's answers, computed lazily) and opens the
screens; screens ask the story for what they show from ``@work`` workers, so the UI never waits on
the engine. Only light modules are imported here: the engine's heavy parts load when first used.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from functools import partial
from pathlib import Path
from typing import ClassVar

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.events import Resize
from textual.message import Message
from textual.screen import Screen

from corpus.model import Article
from corpus.story import Story
from tui.keymap import Keymap, binding_ids, keymap_path, load_keymap
from tui.later import Cancelled, RunLater, Throttled
from tui.screens.articles import ArticlesScreen
from tui.screens.too_small import MIN_HEIGHT, MIN_WIDTH, TooSmallScreen
from tui.themes import SPEAKER_DEFAULTS, STYLES, THEMES


class StorydiffApp(App[None]):
    """A terminal reader for many news articles about one story."""

    CSS_PATH = STYLES / "app.tcss"  # each other screen brings its own .tcss when first opened
    TITLE = "storydiff"
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

    def __init__(self, root: Path, *, theme: str | None = None) -> None:
        super().__init__()
        self.root = Path(root)
        self.story: Story | None = None
        for custom in THEMES:
            self.register_theme(custom)
        self.theme = theme or "storydiff-dark"
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

    def get_theme_variable_defaults(self) -> dict[str, str]:
        return dict(SPEAKER_DEFAULTS)

    def get_default_screen(self) -> Screen:
        """The article list is the first screen (no blank screen is composed before it)."""
        if _few_files(self.root):
            # A handful of files loads in a few milliseconds: do it now, so the very first frame
            # shows the list. Anything bigger loads in a worker behind a progress bar (on_mount).
            from corpus.ingest.files import CorpusError

            try:
                self.story = Story.load(self.root)
            except (CorpusError, OSError):
                self.story = None
        return ArticlesScreen()

    def on_mount(self) -> None:
        for problem in self.user_keymap.problems:
            self.notify(problem, title="Keymap", severity="warning", timeout=10)
        if self.story is None:
            self.load_story()
        self._check_size(self.size.width, self.size.height)

    @work(thread=True, exclusive=True, group="load", exit_on_error=False)
    def load_story(self) -> None:
        from corpus.cache import Cache
        from corpus.ingest.files import CorpusError

        loaded: list[Article] = []  # filled by the loader as it goes: the list shows them early
        progress = Throttled(self, partial(self._progress, loaded), 0.25)
        cache = Cache.open()  # opened in this thread: SQLite connections stay in their thread
        try:
            story = Story.load(self.root, progress=progress, cache=cache, into=loaded)
        except (CorpusError, OSError) as exc:
            self.post_message(self.LoadFailed(str(exc)))
            return
        except Cancelled:
            return
        finally:
            if cache is not None:
                cache.close()
        # Handed over as a message, not set from this thread: previews of the partly loaded corpus
        # queued before it must not replace the whole story after it.
        self.post_message(self.StoryLoaded(story))

    def on_run_later(self, message: RunLater) -> None:
        # A screen closed while its worker ran is not updated any more.
        target = getattr(getattr(message.callback, "func", None), "__self__", None)
        if isinstance(target, Screen) and target is not self and not target.is_attached:
            return
        message.callback()

    def _progress(self, loaded: list[Article], done: int, total: int) -> None:
        if done < total and done:
            # A preview of the articles read so far, so a big corpus is usable while it loads:
            # it is replaced by the whole story (and quotes and passages start) once all are in.
            self.story = Story(self.root, loaded[:done])
        for screen in self.screen_stack:
            if isinstance(screen, ArticlesScreen):
                screen.show_progress(done, total)
                if done < total and done:
                    screen.show_preview()

    def on_storydiff_app_story_loaded(self, message: StoryLoaded) -> None:
        self.story = message.story
        for screen in self.screen_stack:
            if isinstance(screen, ArticlesScreen):
                screen.story_loaded()

    def on_storydiff_app_load_failed(self, message: LoadFailed) -> None:
        for screen in self.screen_stack:
            if isinstance(screen, ArticlesScreen):
                screen.load_failed(message.reason)

    # -- screens -------------------------------------------------------------------------------

    def open_reader(self, name: str, *, quote: int | None = None) -> None:
        """Open an article in the reader, optionally at a quote (its start offset)."""
        if self.story is None or self.story.get(name) is None:
            return
        from tui.screens.reader import ReaderScreen

        self.push_screen(ReaderScreen(self.story, name, quote_start=quote))

    def open_compare(self, a: str, b: str) -> None:
        if self.story is None:
            return
        from tui.screens.compare import CompareScreen

        self.push_screen(CompareScreen(self.story, a, b))

    def open_speakers(self) -> None:
        if self.story is None:
            return
        from tui.screens.speakers import SpeakersScreen

        self.push_screen(SpeakersScreen(self.story))

    def open_families(self) -> None:
        from tui.screens.families import open_families

        open_families(self)

    def action_help(self) -> None:
        from tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen | TooSmallScreen):
            self.push_screen(HelpScreen(self.screen))

    def action_toggle_dark(self) -> None:
        self.theme = "storydiff-light" if self.current_theme.dark else "storydiff-dark"

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand("Speakers", "Every speaker and their quotes across articles", self.open_speakers)
        yield SystemCommand(
            "Reprint families", "Each reprinted text and all its versions", self.open_families
        )
        yield SystemCommand(
            "Dark/light theme", "Switch between the dark and light theme", self.action_toggle_dark
        )
        yield SystemCommand("Help: keys", "Every key of this screen", self.action_help)

    # -- terminal size -------------------------------------------------------------------------

    def on_resize(self, event: Resize) -> None:
        self._check_size(event.size.width, event.size.height)

    def _check_size(self, width: int, height: int) -> None:
        too_small = width < MIN_WIDTH or height < MIN_HEIGHT
        showing = isinstance(self.screen, TooSmallScreen)
        if too_small and not showing:
            self.push_screen(TooSmallScreen())
        elif not too_small and showing:
            self.pop_screen()
        elif too_small and isinstance(self.screen, TooSmallScreen):
            self.screen.update_message()


def _article_commands() -> type:
    from tui.commands import ArticleCommands  # textual.command is not needed until ctrl+p

    return ArticleCommands


def _few_files(root: Path, limit: int = 64) -> bool:
    """True when ``root`` is a file or a folder holding at most ``limit`` entries (counted lazily)."""
    if not root.is_dir():
        return root.is_file()
    seen = 0
    stack = [root]
    while stack:
        try:
            with os.scandir(stack.pop()) as entries:
                for entry in entries:
                    seen += 1
                    if seen > limit:
                        return False
                    if entry.is_dir(follow_symlinks=False):
                        stack.append(Path(entry.path))
        except OSError:
            return False
    return True


def run_app(root: Path) -> int:
    """Open the app on ``root``; the exit status for the command line."""
    StorydiffApp(root).run()
    return 0
