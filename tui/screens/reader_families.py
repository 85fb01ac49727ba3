"""The reader's reprint families: which passages of the article are in a family with another
article (marked in the margin), which one is current, keys to walk them and to open their family.

:class:`FamilyWalk` is plain state (marks, the passage to go to); :class:`ReprintMargin` is the
reader's base screen: it loads the article's family passages in a worker (the families are built
once per story, with progress) and holds the keys. The reader paints and says what is current.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from rich.text import Text
from textual import work
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.screen import Screen

from tui.labels import one_line
from tui.later import Cancelled, Throttled
from tui.messages import FamiliesBuilding, FamiliesUnavailable, WantFamilies
from tui.widgets.marks import Mark
from tui.widgets.text_view import TextView

if TYPE_CHECKING:
    from corpus.model import Article
    from corpus.story import FamilyPassage, Story

GUTTER_LAYER = 0
CURRENT_GUTTER_LAYER = 1
PASSAGE_LAYER = 0
"""The current passage's faint tint goes under the quotes' colours (layer 1 and up)."""


class FamilyWalk:
    """One article's family passages in text order, and the current one (None: none chosen)."""

    def __init__(self, passages: list[FamilyPassage]) -> None:
        self.passages = passages
        self._starts = [member.start for member, _ in passages]
        self.current: int | None = None

    def __len__(self) -> int:
        return len(self.passages)

    @property
    def current_passage(self) -> FamilyPassage | None:
        return self.passages[self.current] if self.current is not None else None

    def gutter_marks(self) -> list[Mark]:
        """A margin mark beside every line of a passage in a family; the current one stands out."""
        marks = [Mark(m.start, m.end, "family", layer=GUTTER_LAYER) for m, _ in self.passages]
        if (passage := self.current_passage) is not None:
            member = passage[0]
            marks.append(Mark(member.start, member.end, "family-current", layer=CURRENT_GUTTER_LAYER))
        return marks

    def text_marks(self) -> list[Mark]:
        """The current passage tinted faintly, so its extent shows in the text too."""
        if (passage := self.current_passage) is None:
            return []
        return [Mark(passage[0].start, passage[0].end, "family-passage", layer=PASSAGE_LAYER)]

    def step(self, forward: bool, offset: int) -> tuple[int, bool] | None:
        """The passage to go to from the current one, or, with none current, the first starting
        after ``offset`` (forward) or the last starting before it; and whether that wrapped
        around the article's end. None when the article has no family passage."""
        if not self.passages:
            return None
        n = len(self.passages)
        if self.current is not None:
            target = self.current + (1 if forward else -1)
        elif forward:
            target = bisect_left(self._starts, offset)
        else:
            target = bisect_right(self._starts, offset) - 1
        return target % n, not 0 <= target < n

    def index_at(self, offset: int) -> int | None:
        """The passage holding ``offset`` (the shortest where two do), or None."""
        holding = [i for i, (member, _) in enumerate(self.passages) if member.start <= offset < member.end]
        return min(holding, key=lambda i: self.passages[i][0].end - self.passages[i][0].start, default=None)

    def first_within(self, start: int, end: int) -> int | None:
        """The first passage with text between ``start`` and ``end`` (what is on screen), or None."""
        for i, (member, _) in enumerate(self.passages):
            if member.end > start and member.start < end:
                return i
        return None


def family_line(story: Story, passage: FamilyPassage) -> Text:
    """The status line for a family passage: which family, how many articles, how this version was
    reused, where the text came from."""
    member, family = passage
    others = len(family.articles) - 1
    line = Text()
    line.append(f"Family {family.id}", style="bold")
    line.append(" (f)", style="dim")
    line.append(f" · in {others} other article{'s' if others != 1 else ''}")
    line.append(f" · {member.tier} {member.similarity:.2f}")
    if family.origin is not None:
        origin = family.origin
        line.append(f" · origin {story.tag(origin.article)} ({one_line(origin.why)})")
    return line


FAMILY_BINDINGS: list[BindingType] = [
    Binding(
        "right_curly_bracket",
        "next_family",
        "Reprint",
        key_display="}",
        id="reader.next_family",
        tooltip="Next passage in a family with another article (marked in the margin)",
    ),
    Binding(
        "left_curly_bracket",
        "previous_family",
        "Reprint back",
        key_display="{",
        show=False,
        id="reader.previous_family",
        tooltip="Previous passage in a family with another article",
    ),
    Binding(
        "f",
        "family",
        "Family",
        show=False,  # the status line says "(f)" on a reprint, as it says "(o)" on a quote
        id="reader.family",
        tooltip="Every version of the reprinted passage here, one under another",
    ),
]
"""The reader's keys for reprints (in its BINDINGS, after its keys for quotes)."""


class ReprintMargin(Screen[None]):
    """An article's screen with its passages in reprint families marked in the margin: ``}``/``{``
    walk them, ``f`` opens the family of the one here (keys: FAMILY_BINDINGS). Subclasses paint
    the marks (``refresh_marks``, reading :attr:`families`) and the status (``update_status``)."""

    class FamiliesLoaded(Message):
        """The article's passages in reprint families, from the worker (None: they failed)."""

        def __init__(self, passages: list[FamilyPassage] | None, problem: str | None = None) -> None:
            super().__init__()
            self.passages = passages
            self.problem = problem

    class FamiliesProgress(Message):
        """How far the families' build is (it runs once per story; the screen waits for it)."""

        def __init__(self, done: int, total: int) -> None:
            super().__init__()
            self.done = done
            self.total = total

    def __init__(self, story: Story, article: Article) -> None:
        super().__init__()
        self.story = story
        self.article = article
        self.families: FamilyWalk | None = None
        """None until the worker has read them."""
        self.families_done: tuple[int, int] | None = None
        self.families_problem: str | None = None
        """Why the families could not be read, when they could not."""

    # -- what the subclass provides ------------------------------------------------------------

    def refresh_marks(self) -> None:
        raise NotImplementedError

    def update_status(self) -> None:
        raise NotImplementedError

    def quote_deselected(self) -> None:
        """A family passage became current: no quote is any more."""

    def current_quote_start(self) -> int | None:
        return None

    # -- loading -------------------------------------------------------------------------------

    def load_families(self) -> None:
        """Ask the app for the families (it builds them once, whether or not this screen stays open)."""
        self.post_message(WantFamilies(self))

    def on_families_building(self, message: FamiliesBuilding) -> None:
        self.families_done = (message.done, message.total)

    def on_families_unavailable(self, message: FamiliesUnavailable) -> None:
        self.post_message(self.FamiliesLoaded(None, message.reason))

    def on_families_built(self) -> None:
        self.read_families()

    @work(thread=True, exclusive=True, group="reader-families", exit_on_error=False)
    def read_families(self) -> None:
        """The article's family passages (a look-up once the app has built the families)."""
        progress = Throttled(self, self.FamiliesProgress, 0.2)
        try:
            passages = self.story.family_passages(self.article.name, progress=progress)
        except Cancelled:
            return
        except Exception as exc:  # the reader works on without the margin marks
            self.post_message(self.FamiliesLoaded(None, str(exc)))
            return
        self.post_message(self.FamiliesLoaded(passages))

    def on_reprint_margin_families_progress(self, message: FamiliesProgress) -> None:
        self.families_done = (message.done, message.total)

    def on_reprint_margin_families_loaded(self, message: FamiliesLoaded) -> None:
        if message.passages is None:
            self.families_problem = one_line(message.problem or "unknown error")
            self.notify(f"Reprint families unavailable: {self.families_problem}", severity="warning")
            return
        self.families = FamilyWalk(message.passages)
        self.refresh_marks()
        self.update_status()

    # -- walking -------------------------------------------------------------------------------

    def _families_or_say_why(self) -> FamilyWalk | None:
        """The family passages, or None after telling the user why there are none to go to."""
        families = self.families
        if families is None and self.families_problem is not None:
            self.notify(f"Reprint families unavailable: {self.families_problem}", timeout=3)
            return None
        if families is None:
            done = self.families_done
            share = f" ({100 * done[0] // done[1]}%)" if done and done[1] else ""
            self.notify(f"Finding the reprint families{share}…", timeout=2)
            return None
        if not families.passages:
            self.notify("No passage of this article is in another article", timeout=2)
            return None
        return families

    def select_family(self, index: int, *, centre: bool = True) -> None:
        """Make family passage ``index`` current: marked, on screen, its family in the status."""
        if self.families is None or not self.families.passages:
            return
        self.families.current = index % len(self.families)
        self.quote_deselected()
        if centre:
            self.query_one(TextView).centre_on(self.families.passages[self.families.current][0].start)
        self.refresh_marks()
        self.update_status()

    def select_family_at(self, offset: int) -> None:
        """Make the family passage holding ``offset`` current (a click), if one does."""
        at = self.families.index_at(offset) if self.families is not None else None
        if at is not None:
            self.select_family(at, centre=False)

    def _step_family(self, forward: bool) -> None:
        families = self._families_or_say_why()
        if families is None:
            return
        top, bottom = self.query_one(TextView).visible_span()
        step = families.step(forward, top if forward else bottom)
        if step is not None:
            index, wrapped = step
            if wrapped:
                self.notify("Back to the first reprint" if forward else "On to the last reprint", timeout=2)
            self.select_family(index)

    def action_next_family(self) -> None:
        self._step_family(True)

    def action_previous_family(self) -> None:
        self._step_family(False)

    def action_family(self) -> None:
        """Open the family of the passage here (the current one, else the one holding the current
        quote, else the first on screen), this article's version selected in it."""
        families = self._families_or_say_why()
        if families is None:
            return
        index = families.current
        quote_start = self.current_quote_start()
        if index is None and quote_start is not None:
            index = families.index_at(quote_start)
        if index is None:
            index = families.first_within(*self.query_one(TextView).visible_span())
        if index is None:
            self.notify("No reprinted passage on screen: } goes to the next one", timeout=2)
            return
        self.select_family(index, centre=False)
        member, family = families.passages[index]
        from tui.screens.families import FamilyScreen

        self.app.push_screen(FamilyScreen(self.story, family, selected=(member.article, member.start)))
