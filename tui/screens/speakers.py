"""Speakers: every canonical speaker; their quotes across articles, grouped by statement."""

from __future__ import annotations

from typing import ClassVar, cast

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult, CSSPathType
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import DataTable, Footer, OptionList, Static

from corpus.model import Quote, Speaker
from corpus.story import Story
from tui.highlights import wording_differences
from tui.labels import clip, one_line, quote_label
from tui.later import run_later
from tui.themes import STYLES
from tui.widgets.marks import component_style, speaker_component
from tui.widgets.quote_list import QuoteList, parse_quote_id, quote_id


class SpeakerTable(DataTable[Text]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False, id="speakers.down"),
        Binding("k", "cursor_up", "Up", show=False, id="speakers.up"),
        Binding("g", "scroll_top", "First", show=False, id="speakers.first"),
        Binding("G", "scroll_bottom", "Last", show=False, id="speakers.last"),
    ]


class SpeakersScreen(Screen[None]):
    """A table of speakers on the left, the selected speaker's quotes on the right."""

    CSS_PATH: ClassVar[CSSPathType] = [STYLES / name for name in ["text.tcss", "speakers.tcss"]]

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "quotes", "Their quotes", id="speakers.quotes"),
        Binding("escape", "back", "Back", id="speakers.back"),
    ]

    def __init__(self, story: Story) -> None:
        super().__init__()
        self.story = story
        self.speakers: list[Speaker] = []

    def compose(self) -> ComposeResult:
        yield Static("Speakers", id="speakers-header", classes="screen-header")
        with Horizontal(id="speakers-body"):
            yield SpeakerTable(id="speakers-table", cursor_type="row", zebra_stripes=True)
            yield QuoteList(id="speaker-quotes")
        yield Static(
            "enter: their quotes across articles · enter on a quote: read it in place", classes="status-line"
        )
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(SpeakerTable).focus()
        self.load()

    @work(thread=True, exclusive=True, group="speakers", exit_on_error=False)
    def load(self) -> None:
        speakers = self.story.speakers()
        run_later(self.app, self._show, speakers)

    def _show(self, speakers: list[Speaker]) -> None:
        self.speakers = speakers
        table = self.query_one(SpeakerTable)
        table.clear(columns=True)
        for label, key, width in (
            ("Speaker", "name", 20),
            ("Role", "role", 16),
            ("Also written", "aliases", 14),
            ("Quotes", "quotes", 6),
            ("Per article", "articles", 16),
        ):
            table.add_column(Text(label), key=key, width=width)
        for speaker in speakers:
            component = speaker_component(self.story.speaker_rank(speaker.name))
            colour = component_style(self.query_one(QuoteList), f"quote-list--{component}")
            aliases = [a for a in speaker.aliases if a != speaker.name]
            table.add_row(
                Text(clip(one_line(speaker.name), 20), style=colour),
                Text(clip(one_line(speaker.role or "—"), 16)),
                Text(clip(one_line(", ".join(aliases) or "—"), 14)),
                Text(str(speaker.quotes), justify="right"),
                Text(self._per_article(speaker)),
                key=speaker.name,
            )
        n = len(speakers)
        quotes = sum(s.quotes for s in speakers)
        self.query_one("#speakers-header", Static).update(
            Text.assemble(("Speakers", "bold"), f" — {n} speakers, {quotes} attributed quotes")
        )
        if speakers:
            self.show_quotes_of(speakers[0].name)

    def _per_article(self, speaker: Speaker) -> str:
        counts: dict[str, int] = {}
        for quote in self.story.quotes_by(speaker.name):
            counts[quote.article] = counts.get(quote.article, 0) + 1
        parts = [
            f"{self.story.tag(a)}×{n}"
            for a, n in sorted(counts.items(), key=lambda kv: self.story.index_of(kv[0]))
        ]
        return " ".join(parts)

    def show_quotes_of(self, name: str, wordings: dict[str, list[tuple[int, int]]] | None = None) -> None:
        """The speaker's quotes, one group per statement, articles' wordings one under another."""
        if wordings is None:
            self.compare_wordings(name)
        quotes = self.story.quotes_by(name)
        groups: dict[int, list[Quote]] = {}
        for quote in quotes:
            groups.setdefault(quote.group, []).append(quote)
        headings: list[tuple[str, list[Quote]]] = []
        single: list[Quote] = []
        for qs in groups.values():
            articles = {q.article for q in qs}
            if len(articles) > 1:
                headings.append((f"One statement, {len(articles)} articles: “{quote_label(qs[0], 40)}”", qs))
            else:
                single.extend(qs)
        headings.sort(key=lambda h: -len(h[1]))
        headings.append(("Quoted in one article" if headings else "Quotes", single))
        self.query_one(QuoteList).show_grouped(
            headings, self.story.speaker_rank, self._tag, speaker=False, wordings=wordings
        )

    @work(thread=True, exclusive=True, group="wordings", exit_on_error=False)
    def compare_wordings(self, name: str) -> None:
        """For each statement several articles report, mark where each wording differs from the
        first article's (the engine's word diff of the passage the two articles share)."""
        groups: dict[int, list[Quote]] = {}
        for quote in self.story.quotes_by(name):
            groups.setdefault(quote.group, []).append(quote)
        wordings: dict[str, list[tuple[int, int]]] = {}
        for quotes in groups.values():
            if len({q.article for q in quotes}) < 2:
                continue
            first = quotes[0]
            changed_first: list[tuple[int, int]] = []
            for other in quotes[1:]:
                if other.article == first.article:
                    continue
                overlap = self.story.overlap(first.article, other.article)
                mine, theirs = wording_differences(overlap, first, other)
                changed_first.extend(mine)
                wordings[quote_id(other)] = theirs
            wordings[quote_id(first)] = sorted(set(changed_first))
        if wordings:
            run_later(self.app, self._wordings_found, name, wordings)

    def _wordings_found(self, name: str, wordings: dict[str, list[tuple[int, int]]]) -> None:
        if self.selected_speaker() == name:
            self.show_quotes_of(name, wordings)

    def _tag(self, name: str) -> str:
        return self.story.tag(name)

    def selected_speaker(self) -> str | None:
        table = self.query_one(SpeakerTable)
        if not table.row_count:
            return None
        row_key, _ = table.coordinate_to_cell_key(table.cursor_coordinate)
        return cast(str, row_key.value)

    @on(DataTable.RowHighlighted, "#speakers-table")
    def _speaker_moved(self, event: DataTable.RowHighlighted) -> None:
        if event.row_key.value is not None:
            self.show_quotes_of(cast(str, event.row_key.value))

    @on(DataTable.RowSelected, "#speakers-table")
    def _speaker_chosen(self) -> None:
        self.action_quotes()

    def action_quotes(self) -> None:
        quote_list = self.query_one(QuoteList)
        quote_list.focus()
        if quote_list.highlighted is None and quote_list.option_count:
            quote_list.action_first()

    @on(OptionList.OptionSelected, "#speaker-quotes")
    def _quote_chosen(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            article, start = parse_quote_id(event.option.id)
            from tui.app import StorydiffApp

            cast(StorydiffApp, self.app).open_reader(article, quote=start)

    def action_back(self) -> None:
        if self.query_one(QuoteList).has_focus:
            self.query_one(SpeakerTable).focus()
        else:
            self.app.pop_screen()
