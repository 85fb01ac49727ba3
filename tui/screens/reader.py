"""Reader: one article, every quote highlighted in its speaker's colour, keys to walk the quotes;
passages reprinted in other articles marked in the margin (see :mod:`tui.screens.reader_families`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult, CSSPathType
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Footer, Input, OptionList, Static

from corpus.model import Quote
from tui.highlights import find_marks, quote_marks
from tui.labels import article_label, one_line, quoted_label, said_by, speaker_label
from tui.messages import OpenCompare, OpenReader, SearchHits
from tui.screens.elsewhere import ELSEWHERE_TIP, elsewhere_hint
from tui.screens.reader_families import FAMILY_BINDINGS, ReprintMargin, family_line
from tui.themes import STYLES
from tui.widgets.quote_list import QuoteList
from tui.widgets.speaker_line import SpeakerLine
from tui.widgets.text_view import TextView

if TYPE_CHECKING:
    from corpus.story import Story


class ReaderScreen(ReprintMargin):
    """One article with its quotes, and its passages in reprint families marked in the margin."""

    class QuotesLoaded(Message):
        """The article's quotes, from the worker that asked the story for them."""

        def __init__(self, quotes: list[Quote]) -> None:
            super().__init__()
            self.quotes = quotes

    CSS_PATH: ClassVar[CSSPathType] = [STYLES / name for name in ["text.tcss", "reader.tcss"]]

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "next", "Next", id="reader.next", tooltip="Next quote (wraps to the first)"),
        Binding("p", "previous", "Prev", id="reader.previous", tooltip="Previous quote (wraps to the last)"),
        Binding(
            "N",
            "previous",
            "Previous hit",
            show=False,
            id="reader.previous_hit",
            tooltip="Previous search hit or find match (as p; n is the next)",
        ),
        Binding(
            "right_square_bracket",
            "next_same",
            "Same speaker",
            key_display="]",
            show=False,
            id="reader.next_same",
        ),
        Binding(
            "left_square_bracket",
            "previous_same",
            "Same speaker back",
            key_display="[",
            show=False,
            id="reader.previous_same",
        ),
        *FAMILY_BINDINGS,
        Binding("o", "others", "Elsewhere", id="reader.others", tooltip=ELSEWHERE_TIP),
        Binding("c", "compare", "Compare", id="reader.compare"),
        Binding("slash", "find", "Find", key_display="/", id="reader.find"),
        Binding("y", "copy", "Copy", id="reader.copy"),
        Binding("z", "toggle_list", "Quote list", id="reader.list", tooltip="Hide or show the quote list"),
        Binding("d", "toggle_boilerplate", "Boilerplate", show=False, id="reader.boilerplate"),
        Binding("escape", "back", "Back", id="reader.back"),
    ]

    def __init__(
        self, story: Story, article: str, *, quote_start: int | None = None, hits: SearchHits | None = None
    ) -> None:
        super().__init__(story, story.article(article))
        self.quotes: list[Quote] = []
        self.quotes_loaded = False
        self.current: int | None = None
        self._wanted_start = quote_start
        self.matches: list[tuple[int, int]] = []
        self.match_index: int | None = None
        self.finding = False
        self.hits_query: str | None = None
        """The article-list search whose hits are the matches (n/p step through them), if any."""
        if hits is not None and hits.spans:
            self.hits_query = hits.query
            self.matches = list(hits.spans)
            self.match_index = min(max(hits.shown, 0), len(hits.spans) - 1)

    def compose(self) -> ComposeResult:
        with Horizontal(id="reader-header", classes="screen-header"):
            yield Static(Text(article_label(self.article)), id="reader-title")
            yield Static("", id="reader-position")
        with Horizontal(id="reader-body"):
            yield TextView(self.article, gutter=True, id="reader-text")
            yield QuoteList(speaker_label=self.story.short_name, id="reader-quotes")
        yield SpeakerLine("", id="reader-speaker", classes="status-line")
        yield Input(placeholder="find in this article (enter: keep, escape: end)", id="find")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#find").display = False
        view = self.query_one(TextView)
        view.set_article(self.article)
        if self.article.problem:
            self.notify(f"{self.article.name}: {one_line(self.article.problem)}", severity="warning")
        view.focus()
        if self.hits_query is not None and self.match_index is not None:
            at = self.matches[self.match_index][0]
            self.call_after_refresh(lambda: view.centre_on(at))
            self.refresh_marks()
            self.update_status()
        self.load_quotes()
        self.load_families()

    @work(thread=True, exclusive=True, group="reader-quotes", exit_on_error=False)
    def load_quotes(self) -> None:
        self.post_message(self.QuotesLoaded(self.story.quotes_of(self.article.name)))

    def on_reader_screen_quotes_loaded(self, message: QuotesLoaded) -> None:
        self._show_quotes(message.quotes)

    def _show_quotes(self, quotes: list[Quote]) -> None:
        self.quotes = quotes
        self.quotes_loaded = True
        self.query_one(QuoteList).show_quotes(quotes, self.story.speaker_rank)
        if self._wanted_start is not None:
            starts = [q.start for q in quotes]
            if self._wanted_start in starts:
                self.select(starts.index(self._wanted_start))
                return
        self.refresh_marks()
        self.update_status()

    # -- state ---------------------------------------------------------------------------------

    @property
    def current_quote(self) -> Quote | None:
        return self.quotes[self.current] if self.current is not None else None

    def select(self, index: int, *, centre: bool = True) -> None:
        """Make quote ``index`` the current one: highlighted, in the list, centred on screen."""
        if not self.quotes:
            return
        self.current = index % len(self.quotes)
        if self.families is not None:
            self.families.current = None
        quote = self.quotes[self.current]
        self.refresh_marks()
        if centre:
            self.query_one(TextView).centre_on(quote.start)
        self.query_one(QuoteList).highlight_quote(quote)
        self.update_status()

    def refresh_marks(self) -> None:
        marks = quote_marks(self.article.text, self.quotes, self.story.speaker_rank, self.current)
        marks += find_marks(self.matches, self.match_index)
        families = self.families
        if families is None:
            self.query_one(TextView).set_marks(marks)
        else:
            self.query_one(TextView).set_marks(families.text_marks() + marks, families.gutter_marks())

    def update_status(self) -> None:
        position = self.query_one("#reader-position", Static)
        if self.hits_query is not None and not self.finding:
            at = f"{self.match_index + 1}/" if self.match_index is not None else ""
            position.update(f"hit {at}{len(self.matches)}")
        elif self.finding:
            count = len(self.matches)
            at = f"{self.match_index + 1}/" if self.match_index is not None and count else ""
            position.update(f"find: {at}{count} match{'es' if count != 1 else ''}")
        elif self.families is not None and self.families.current is not None:
            position.update(f"reprint {self.families.current + 1}/{len(self.families)}")
        elif self.current is not None:
            position.update(f"quote {self.current + 1}/{len(self.quotes)}")
        else:
            position.update(f"{len(self.quotes)} quotes")
        passage = self.families.current_passage if self.families is not None else None
        if passage is not None:
            line = family_line(self.story, passage)
        elif self.hits_query is not None and not self.finding and self.current is None:
            line = Text.assemble(
                ("Search ", "bold"),
                f"“{one_line(self.hits_query)}”",
                (" · n/p: step through the hits · escape: clear", "dim"),
            )
        else:
            line = self._speaker_line()
        self.query_one("#reader-speaker", SpeakerLine).update(line)

    def quote_deselected(self) -> None:
        self.current = None

    def current_quote_start(self) -> int | None:
        return self.current_quote.start if self.current_quote is not None else None

    def _speaker_line(self) -> Text:
        quote = self.current_quote
        if quote is None:
            none = self.quotes_loaded and not self.quotes
            walk = "No quotes in this article" if none else "n/p: walk the quotes"
            return Text(f"{walk} · /: find · c: compare with another article", style="dim")
        line = Text()
        speaker = self.story.speaker(quote.speaker)
        line.append(speaker_label(quote), style="bold")
        if speaker is not None and speaker.role:
            line.append(f" · {one_line(speaker.role)}")
        if quote.cue:
            line.append(f" · {one_line(quote.cue)}", style="italic")
        quoted = quoted_label(quote)
        if quoted is not None:  # the speaker relays the words: whose they are said to be
            line.append(" · quoting ")
            line.append(quoted, style=self.query_one(SpeakerLine).quoted_style())
        hint = elsewhere_hint(self.story, quote)
        if hint is not None:
            line.append(f" · {hint}", style="dim")
        return line

    # -- quotes --------------------------------------------------------------------------------

    @property
    def stepping_matches(self) -> bool:
        """Whether n/p step through matches (a find, or a search's hits) rather than quotes."""
        return (self.finding or self.hits_query is not None) and bool(self.matches)

    def action_next(self) -> None:
        if self.stepping_matches:
            self.step_match(1)
        elif self.quotes:
            if self.current is not None and self.current == len(self.quotes) - 1:
                self.notify("Back to the first quote", timeout=2)
            self.select(0 if self.current is None else self.current + 1)

    def action_previous(self) -> None:
        if self.stepping_matches:
            self.step_match(-1)
        elif self.quotes:
            if self.current == 0:
                self.notify("On to the last quote", timeout=2)
            self.select(len(self.quotes) - 1 if self.current is None else self.current - 1)

    def _same_speaker(self, step: int) -> None:
        quote = self.current_quote
        if quote is None:
            self.action_next() if step > 0 else self.action_previous()
            return
        n = len(self.quotes)
        for k in range(1, n):
            i = (self.current + step * k) % n  # type: ignore[operator]
            if self.quotes[i].speaker == quote.speaker:
                self.select(i)
                return
        self.notify("No other quote by this speaker in this article", timeout=2)

    def action_next_same(self) -> None:
        self._same_speaker(1)

    def action_previous_same(self) -> None:
        self._same_speaker(-1)

    @on(OptionList.OptionHighlighted, "#reader-quotes")
    def _list_moved(self, event: OptionList.OptionHighlighted) -> None:
        if event.option_index != self.current and event.option_index < len(self.quotes):
            self.select(event.option_index)

    @on(OptionList.OptionSelected, "#reader-quotes")
    def _list_chosen(self, event: OptionList.OptionSelected) -> None:
        self.select(event.option_index)
        self.query_one(TextView).focus()

    @on(TextView.Clicked, "#reader-text")
    def _text_clicked(self, event: TextView.Clicked) -> None:
        for i, quote in enumerate(self.quotes):
            if quote.start - 1 <= event.offset <= quote.end:
                self.select(i, centre=False)
                return
        self.select_family_at(event.offset)

    def action_others(self) -> None:
        quote = self.current_quote
        if quote is None:
            self.notify("Select a quote first (n)", timeout=2)
            return
        from tui.screens.pickers import OtherQuotesScreen

        def chosen(target: tuple[str, int] | None) -> None:
            if target is not None:
                self.post_message(OpenReader(target[0], quote=target[1]))

        self.app.push_screen(OtherQuotesScreen(self.story, quote), chosen)

    def action_compare(self) -> None:
        from tui.screens.pickers import ArticlePicker

        def chosen(name: str | None) -> None:
            if name is not None:
                self.post_message(OpenCompare(self.article.name, name))

        self.app.push_screen(ArticlePicker(self.story, exclude=self.article.name), chosen)

    def action_copy(self) -> None:
        quote = self.current_quote
        if quote is None:
            self.notify("No quote selected (n selects the next one)", timeout=2)
            return
        text = f"“{quote.text}” — {said_by(quote)}, in “{article_label(self.article)}” ({self.article.name})"
        self.app.copy_to_clipboard(text)
        self.notify("Quote copied", timeout=2)

    def action_toggle_list(self) -> None:
        """Give the whole width to the text, or share it with the quote list again."""
        hidden = not self.has_class("-list-hidden")
        self.set_class(hidden, "-list-hidden")
        if hidden and self.query_one(QuoteList).has_focus:
            self.query_one(TextView).focus()

    def action_toggle_boilerplate(self) -> None:
        view = self.query_one(TextView)
        view.show_boilerplate = not view.show_boilerplate
        self.notify(
            "Boilerplate shown (dimmed)" if view.show_boilerplate else "Boilerplate hidden", timeout=2
        )

    # -- find ----------------------------------------------------------------------------------

    def action_find(self) -> None:
        self.hits_query = None  # a find of its own replaces the search's hits
        box = self.query_one("#find", Input)
        box.display = True
        box.focus()
        self.finding = True
        self.update_status()

    @on(Input.Changed, "#find")
    def _find_changed(self, event: Input.Changed) -> None:
        if self.finding:
            self.find(event.value)

    def find(self, needle: str) -> None:
        """Every occurrence of ``needle`` (any case) in the shown text; first after the view current."""
        self.finding = True
        self.matches = []
        if needle:
            view = self.query_one(TextView)
            shown = [p for p in self.article.paragraphs if view.show_boilerplate or p.kind != "boilerplate"]
            pattern = re.compile(re.escape(needle), re.IGNORECASE)
            for p in shown:
                self.matches.extend(m.span() for m in pattern.finditer(self.article.text, p.start, p.end))
        self.match_index = None
        if self.matches:
            top = self.query_one(TextView).visible_span()[0]
            after = [i for i, (s, _) in enumerate(self.matches) if s >= top]
            self.match_index = after[0] if after else 0
            self.query_one(TextView).centre_on(self.matches[self.match_index][0])
        self.refresh_marks()
        self.update_status()

    def step_match(self, step: int) -> None:
        if not self.matches:
            return
        index = 0 if self.match_index is None else (self.match_index + step) % len(self.matches)
        self.match_index = index
        self.query_one(TextView).centre_on(self.matches[index][0])
        self.refresh_marks()
        self.update_status()

    @on(Input.Submitted, "#find")
    def _find_kept(self) -> None:
        self.query_one(TextView).focus()
        self.query_one("#find").display = False

    def end_find(self) -> None:
        self.finding = False
        self.hits_query = None
        self.matches = []
        self.match_index = None
        box = self.query_one("#find", Input)
        box.value = ""
        box.display = False
        self.query_one(TextView).focus()
        self.refresh_marks()
        self.update_status()

    def action_back(self) -> None:
        if self.finding or self.hits_query is not None:
            self.end_find()
        else:
            self.app.pop_screen()
