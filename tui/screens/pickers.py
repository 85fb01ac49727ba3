"""Small modal screens: another article to compare with; a speaker's quotes in other articles; a file
that could not be read."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult, CSSPathType
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.reactive import var
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from corpus.model import Article, Quote
from tui.labels import article_label, clip, one_line
from tui.later import Cancelled, Throttled
from tui.messages import FamiliesBuilding, FamiliesUnavailable, WantFamilies
from tui.screens.elsewhere import elsewhere_groups, elsewhere_title, quoted_person
from tui.themes import STYLES
from tui.widgets.family_versions import outlet
from tui.widgets.list_keys import list_keys
from tui.widgets.quote_list import QuoteList, parse_quote_id

if TYPE_CHECKING:
    from corpus.story import Story


HINT = "enter choose · type to filter · escape cancel"
RANKED_HINT = "shared: words in families holding both · enter choose · type to filter · esc cancel"


class PickerList(OptionList):
    """The picker's articles: moved through with the keys that work in every list."""

    BINDINGS: ClassVar[list[BindingType]] = list_keys("picker")


class ArticlePicker(ModalScreen[str | None]):
    """Choose an article (to compare with the one being read); typing filters the list.

    With ``exclude`` (the article being read), the others are ranked by the words they share with
    it through reprint families, the count on each row; the families are built in a worker, with
    progress shown, when the story has not built them yet (the list is in corpus order meanwhile).
    """

    CSS_PATH: ClassVar[CSSPathType] = STYLES / "dialogs.tcss"  # loaded when the first dialog opens

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss_none", "Cancel", id="picker.cancel"),
        Binding("down", "move(1)", "Down", show=False, id="picker.filter_down"),
        Binding("up", "move(-1)", "Up", show=False, id="picker.filter_up"),
    ]

    filter_text: var[str] = var("", init=False)
    shared: var[dict[str, int] | None] = var(None, init=False)
    """Words each other article shares with ``exclude`` (None until the families are read)."""

    class Ranked(Message):
        """The words each other article shares with the excluded one, from the worker."""

        def __init__(self, shared: dict[str, int], *, problem: str | None = None) -> None:
            super().__init__()
            self.shared = shared
            self.problem = problem

    class RankProgress(Message):
        """How far the families' build is, while the worker waits for it to rank the list."""

        def __init__(self, done: int, total: int) -> None:
            super().__init__()
            self.done = done
            self.total = total

    def __init__(self, story: Story, *, exclude: str | None = None, title: str | None = None) -> None:
        super().__init__()
        self.story = story
        self.exclude = exclude
        if title is None and exclude is not None:
            title = f"Compare {story.tag(exclude)} “{clip(article_label(story.article(exclude)), 60)}” with…"
        self.heading = title or "Compare with…"
        if exclude is not None and story.families_ready():  # a look-up: ranked from the first frame
            self.set_reactive(ArticlePicker.shared, story.shared_words(exclude))

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Text(self.heading), classes="dialog-title")
            yield Input(
                placeholder="type to filter by number, title, source or file name",
                id="picker-filter",
                select_on_focus=False,  # the first character typed in the list is already in it
            )
            if self.exclude is not None:
                columns = Text(f"{'#':>4}  {'shared':>6}  title · source or file", style="bold")
                yield Static(columns, id="picker-columns")
            yield PickerList(*self._options(), id="picker-list")
            yield Static(self._hint(), id="picker-status", classes="status-line")

    def on_mount(self) -> None:
        picker = self.query_one(PickerList)
        picker.focus()
        if picker.option_count:
            picker.highlighted = 0  # enter chooses at once, no arrow needed first
        if self.exclude is not None and self.shared is None:
            self._status(self._ranking())
            self.post_message(WantFamilies(self))  # the app builds them, once, even if this closes

    def on_families_building(self, message: FamiliesBuilding) -> None:
        if self.shared is None:
            self.post_message(self.RankProgress(message.done, message.total))

    def on_families_unavailable(self, message: FamiliesUnavailable) -> None:
        if self.shared is None:
            self.post_message(self.Ranked({}, problem=message.reason))

    def on_families_built(self) -> None:
        if self.exclude is not None and self.shared is None:
            self.rank()

    @work(thread=True, exclusive=True, group="picker-rank", exit_on_error=False)
    def rank(self) -> None:
        if self.exclude is None:
            return
        progress = Throttled(self, self.RankProgress, 0.2)
        try:
            self.post_message(self.Ranked(self.story.shared_words(self.exclude, progress=progress)))
        except Cancelled:
            return
        except Exception as exc:  # the list stays usable, in corpus order
            self.post_message(self.Ranked({}, problem=str(exc)))

    def on_article_picker_rank_progress(self, message: RankProgress) -> None:
        self._status(self._ranking(f" {100 * message.done // message.total}%" if message.total else ""))

    def _ranking(self, share: str = "") -> str:
        tag = self.story.tag(self.exclude or "")
        return f"ranking by the words shared with {tag}: finding the reprint families…{share}"

    def on_article_picker_ranked(self, message: Ranked) -> None:
        self.shared = message.shared
        self._status(self._hint())
        if message.problem is not None:
            self.notify(f"Shared words unavailable: {one_line(message.problem)}", severity="warning")

    def _hint(self) -> str:
        return RANKED_HINT if self.exclude is not None else HINT

    def _status(self, text: str) -> None:
        self.query_one("#picker-status", Static).update(Text(text))

    def _order(self) -> list[Article]:
        """The articles in the list's order: most shared words first once they are known."""
        others = [a for a in self.story.articles if a.name != self.exclude]
        shared = self.shared or {}
        return sorted(others, key=lambda a: -shared.get(a.name, 0))  # stable: corpus order among equals

    def _options(self) -> list[Option]:
        needle = self.filter_text.casefold().strip()
        options = []
        for a in self._order():
            tag, label = self.story.tag(a.name), article_label(a)
            if needle and not any(needle in s.casefold() for s in (tag, label, a.source or "", a.name)):
                continue
            options.append(Option(self._row(a, tag, label), id=a.name))
        return options

    def _row(self, article: Article, tag: str, label: str) -> Text:
        if self.exclude is None:
            return Text(f"{tag:>4}  {clip(label, 80)}")
        words = (self.shared or {}).get(article.name, 0)
        count = str(words) if words else ("·" if self.shared is not None else "")
        row = Text(f"{tag:>4}  {count:>6}  {clip(label, 60)}")
        row.append(f" · {clip(outlet(article), 28)}", style="dim")  # the source, else the file name
        return row

    def watch_shared(self) -> None:
        self._refill(keep=True)

    def watch_filter_text(self) -> None:
        self._refill(keep=False)

    def _refill(self, *, keep: bool) -> None:
        """The options again; with ``keep``, the highlight stays on the article it was on when the
        user had moved it (a ranking arriving late never moves what they are about to choose)."""
        picker = self.query_one(PickerList)
        was = picker.highlighted
        chosen = picker.get_option_at_index(was).id if keep and was else None
        picker.clear_options()
        options = self._options()
        if options:
            picker.add_options(options)
            ids = [o.id for o in options]
            picker.highlighted = ids.index(chosen) if chosen in ids else 0
        else:
            picker.add_option(Option(Text("No article matches", style="dim"), disabled=True))

    def on_key(self, event: events.Key) -> None:
        # A character no key of the list uses starts the filter ("469", "Wales"); j, k, g and G move.
        box = self.query_one("#picker-filter", Input)
        if box.has_focus or not event.is_printable or event.character is None:
            return
        # A space starts nothing, but goes on a filter begun: typed fast ("still sees"), the keys
        # after the first reach the list before the box has taken the focus.
        if event.key in self.active_bindings or (event.character == " " and not box.value):
            return
        event.stop()
        event.prevent_default()
        if event.character != "/":  # "/" filters on the other screens: here it just goes to the box
            box.value += event.character
        box.cursor_position = len(box.value)
        box.focus()

    @on(Input.Changed, "#picker-filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        self.filter_text = event.value

    @on(Input.Submitted, "#picker-filter")
    def _filter_submitted(self) -> None:
        self.query_one(PickerList).action_select()

    def action_move(self, step: int) -> None:
        picker = self.query_one(PickerList)
        picker.action_cursor_down() if step > 0 else picker.action_cursor_up()

    @on(OptionList.OptionSelected, "#picker-list")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_dismiss_none(self) -> None:
        box = self.query_one("#picker-filter", Input)
        if box.value:
            box.value = ""  # the first escape clears the filter, the next one cancels
            self.query_one(PickerList).focus()
        else:
            self.dismiss(None)


class OtherQuotesScreen(ModalScreen[tuple[str, int] | None]):
    """The same statement as worded by other articles, then the speaker's other quotes elsewhere; for
    a relayed quote, the quoted person's own quotes and relayed words too
    (:func:`tui.screens.elsewhere.elsewhere_groups`)."""

    CSS_PATH: ClassVar[CSSPathType] = [STYLES / name for name in ["dialogs.tcss", "text.tcss"]]

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,o", "dismiss_none", "Close", id="others.close")]

    def __init__(self, story: Story, quote: Quote) -> None:
        super().__init__()
        self.story = story
        self.quote = quote

    def compose(self) -> ComposeResult:
        title = elsewhere_title(self.quote, quoted_person(self.story, self.quote))
        with Vertical(classes="dialog"):
            yield Static(Text(title), classes="dialog-title")
            yield QuoteList(speaker_label=self.story.short_name, id="others-list")
            yield Static("enter open in the reader · escape close", classes="status-line")

    def on_mount(self) -> None:
        story = self.story
        groups = elsewhere_groups(story, self.quote)
        quote_list = self.query_one(QuoteList)
        if not any(quotes for _, quotes in groups):
            quote_list.add_option(Option("No quotes of this speaker in the other articles.", disabled=True))
        else:
            quote_list.show_grouped(groups, story.speaker_rank, self._tag)
            quote_list.action_first()  # enter opens the first quote at once, no arrow needed first
        quote_list.focus()

    def _tag(self, name: str) -> str:
        return self.story.tag(name)

    @on(OptionList.OptionSelected, "#others-list")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            self.dismiss(parse_quote_id(event.option.id))

    def action_dismiss_none(self) -> None:
        self.dismiss(None)


class ProblemDialog(ModalScreen[None]):
    """A file that could not be read as an article: its name and what is wrong, not a blank page."""

    CSS_PATH: ClassVar[CSSPathType] = STYLES / "dialogs.tcss"  # loaded when the first dialog opens

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,enter,q", "dismiss_none", "Close", id="problem.close")
    ]

    def __init__(self, article: Article) -> None:
        super().__init__()
        self.article = article

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="problem-dialog"):
            yield Static("This file could not be read", classes="dialog-title")
            yield Static(Text(one_line(self.article.name)), id="problem-name")
            yield Static(Text(one_line(self.article.problem or "it holds no text")), id="problem-text")
            yield Static("escape close", classes="status-line")

    def action_dismiss_none(self) -> None:
        self.dismiss(None)
