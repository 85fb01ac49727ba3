"""Small modal choosers: another article to compare with; a speaker's quotes in other articles."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult, CSSPathType
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from corpus.model import Quote
from tui.labels import article_label, clip, one_line
from tui.themes import STYLES
from tui.widgets.quote_list import QuoteList, parse_quote_id

if TYPE_CHECKING:
    from corpus.story import Story


class ArticlePicker(ModalScreen[str | None]):
    """Choose an article (to compare with the one being read)."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "dismiss_none", "Cancel", id="picker.cancel")]

    def __init__(self, story: Story, *, exclude: str | None = None, title: str = "Compare with…") -> None:
        super().__init__()
        self.story = story
        self.exclude = exclude
        self.heading = title

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(self.heading, classes="dialog-title")
            options = [
                Option(Text(f"{self.story.tag(a.name):>4}  {clip(article_label(a), 80)}"), id=a.name)
                for a in self.story.articles
                if a.name != self.exclude
            ]
            yield OptionList(*options, id="picker-list")
            yield Static("enter choose · escape cancel", classes="status-line")

    @on(OptionList.OptionSelected, "#picker-list")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_dismiss_none(self) -> None:
        self.dismiss(None)


class OtherQuotesScreen(ModalScreen[tuple[str, int] | None]):
    """The same statement as worded by other articles, then the speaker's other quotes elsewhere."""

    CSS_PATH: ClassVar[CSSPathType] = [STYLES / name for name in ["text.tcss"]]

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,o", "dismiss_none", "Close", id="others.close")]

    def __init__(self, story: Story, quote: Quote) -> None:
        super().__init__()
        self.story = story
        self.quote = quote

    def compose(self) -> ComposeResult:
        speaker = one_line(self.quote.speaker or "this speaker")
        with Vertical(classes="dialog"):
            yield Static(Text(f"{speaker} in the other articles"), classes="dialog-title")
            yield QuoteList(id="others-list")
            yield Static("enter open in the reader · escape close", classes="status-line")

    def on_mount(self) -> None:
        story, quote = self.story, self.quote
        same = [q for q in story.quotes_in_group(quote.group) if q.article != quote.article]
        seen = {(q.article, q.start) for q in same}
        others = [
            q
            for q in (story.quotes_by(quote.speaker) if quote.speaker else [])
            if q.article != quote.article and (q.article, q.start) not in seen
        ]
        groups = [
            ("The same statement, as other articles word it", same),
            (f"Other quotes by {one_line(quote.speaker or 'this speaker')}", others),
        ]
        quote_list = self.query_one(QuoteList)
        if not same and not others:
            quote_list.add_option(Option("No quotes of this speaker in the other articles.", disabled=True))
        else:
            quote_list.show_grouped(groups, story.speaker_rank, self._tag)
        quote_list.focus()

    def _tag(self, name: str) -> str:
        return self.story.tag(name)

    @on(OptionList.OptionSelected, "#others-list")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            self.dismiss(parse_quote_id(event.option.id))

    def action_dismiss_none(self) -> None:
        self.dismiss(None)
