"""Speakers: every canonical speaker; their quotes across articles, grouped by statement."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, cast

from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult, CSSPathType
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.reactive import var
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Input, OptionList, Static

from corpus.model import Quote, Speaker
from corpus.story import Story
from tui.highlights import wording_differences
from tui.labels import clip, one_line, quote_label, speaker_label
from tui.messages import OpenReader
from tui.themes import STYLES
from tui.widgets.list_keys import list_keys
from tui.widgets.marks import speaker_component
from tui.widgets.quote_list import QuoteList, parse_quote_id, quote_id
from tui.widgets.styling import component_style


@dataclass(frozen=True, slots=True)
class SpeakerColumn:
    label: str
    key: str
    least: int
    """Never narrower than this (its heading fits)."""
    most: int
    """Never wider than this, however long its values (a long role is better cut than the rest)."""


SPEAKER_COLUMNS = (
    SpeakerColumn("Speaker", "name", 12, 30),
    SpeakerColumn("Role", "role", 8, 60),
    SpeakerColumn("Also written", "aliases", 12, 40),
    SpeakerColumn("Quotes", "quotes", 6, 6),
    SpeakerColumn("Per article", "articles", 11, 80),
)
WIDTH_PRIORITY = ("name", "quotes", "role", "articles", "aliases")
"""Who gets the room beyond the least widths first: the name whole, then the role, then the rest."""
DROP_ORDER = ("aliases", "role")
"""Left out, in this order, when even the least widths do not fit (a narrow terminal)."""
CELL_PADDING = 2
"""A DataTable cell has one blank column either side of its text."""
SCROLLBAR = 2
"""Taken from the room when the rows are more than the table shows."""


def column_widths(natural: dict[str, int], room: int) -> dict[str, int]:
    """The columns shown in ``room`` cells and their widths: every column its least width (the
    columns of ``DROP_ORDER`` left out while those do not fit), then, in ``WIDTH_PRIORITY`` order,
    as much more as its longest value wants (within its most)."""
    columns = {c.key: c for c in SPEAKER_COLUMNS}
    for dropped in DROP_ORDER:
        if sum(c.least + CELL_PADDING for c in columns.values()) <= room:
            break
        del columns[dropped]
    widths = {key: c.least for key, c in columns.items()}
    spare = room - sum(c.least + CELL_PADDING for c in columns.values())
    for key in WIDTH_PRIORITY:
        if key not in columns:
            continue
        wanted = min(columns[key].most, natural.get(key, 0)) - widths[key]
        grant = max(0, min(wanted, spare))
        widths[key] += grant
        spare -= grant
    return widths


def relayed_groups(quotes: list[Quote]) -> list[tuple[str, list[Quote]]]:
    """A speaker's words as others relay them ("“…,” Roe said, according to Frankel" on Roe's list),
    one group per relayer, counted apart from their own quotes: the article vouches only that the
    relayer reported them."""
    by_relayer: dict[str, list[Quote]] = {}
    for quote in quotes:
        by_relayer.setdefault(speaker_label(quote), []).append(quote)
    return [(f"Relayed by {relayer}", qs) for relayer, qs in by_relayer.items()]


def fit_counts(parts: list[str], width: int) -> str:
    """ "1×1 2×2 … +3": whole entries that fit ``width``, then how many more there are."""
    if len(" ".join(parts)) <= width:  # all of them fit: no room is kept for a count
        return " ".join(parts)
    shown: list[str] = []
    for i, part in enumerate(parts):
        rest = len(parts) - i - 1
        line = " ".join([*shown, part])
        more = f" … +{rest}" if rest else ""
        if len(line) + len(more) > width:
            break
        shown.append(part)
    else:
        return " ".join(shown)
    hidden = len(parts) - len(shown)
    return clip(" ".join([*shown, f"… +{hidden}"]), width)


class SpeakerTable(DataTable[Text]):
    BINDINGS: ClassVar[list[BindingType]] = list_keys("speakers", first="scroll_top", last="scroll_bottom")

    class Resized(Message):
        """The table got another width: its columns are laid out again."""

    def on_resize(self, event: events.Resize) -> None:
        self.post_message(self.Resized())


class SpeakersScreen(Screen[None]):
    """A table of speakers on the left, the selected speaker's quotes on the right."""

    CSS_PATH: ClassVar[CSSPathType] = [STYLES / name for name in ["text.tcss", "speakers.tcss"]]

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "quotes", "Their quotes", id="speakers.quotes"),
        Binding("slash", "filter", "Filter", key_display="/", id="speakers.filter"),
        Binding("escape", "back", "Back", id="speakers.back"),
    ]

    class SpeakersFound(Message):
        def __init__(self, speakers: list[Speaker]) -> None:
            super().__init__()
            self.speakers = speakers

    class WordingsFound(Message):
        """Where each article's wording of ``name``'s statements differs (see compare_wordings)."""

        def __init__(self, name: str, wordings: dict[str, list[tuple[int, int]]]) -> None:
            super().__init__()
            self.name = name
            self.wordings = wordings

    speakers: var[list[Speaker]] = var(list, init=False)
    filter_text: var[str] = var("", init=False)

    def __init__(self, story: Story, *, select: str | None = None) -> None:
        super().__init__()
        self.story = story
        self.wanted = select
        """The speaker to select once the table is filled (from the command palette)."""
        self._laid_out_width = 0
        self._quotes_shown_for: str | None = None
        """The speaker whose quotes are on the right: laying the table out again keeps them."""

    def compose(self) -> ComposeResult:
        yield Static("Speakers", id="speakers-header", classes="screen-header")
        with Horizontal(id="speakers-body"):
            with Vertical(id="speakers-left"):
                yield Input(placeholder="filter by name, spelling or role", id="speakers-filter")
                yield SpeakerTable(id="speakers-table", cursor_type="row", zebra_stripes=True)
            yield QuoteList(speaker_label=self.story.short_name, id="speaker-quotes")
        yield Static(
            "enter: their quotes · enter on a quote: read it in place · /: filter",
            classes="status-line",
        )
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#speakers-filter").display = False
        self.query_one(SpeakerTable).focus()
        self.load()

    @work(thread=True, exclusive=True, group="speakers", exit_on_error=False)
    def load(self) -> None:
        self.post_message(self.SpeakersFound(self.story.speakers()))

    def on_speakers_screen_speakers_found(self, message: SpeakersFound) -> None:
        self.speakers = message.speakers

    def watch_speakers(self, speakers: list[Speaker]) -> None:
        quotes = sum(s.quotes for s in speakers)
        self.query_one("#speakers-header", Static).update(
            Text.assemble(("Speakers", "bold"), f" — {len(speakers)} speakers, {quotes} attributed quotes")
        )
        self.fill_table(keep=self.wanted)
        self.wanted = None

    def watch_filter_text(self) -> None:
        self.fill_table(keep=self.selected_speaker())

    @on(SpeakerTable.Resized)
    def _table_resized(self) -> None:
        if self.query_one(SpeakerTable).size.width != self._laid_out_width and self.speakers:
            self.fill_table(keep=self.selected_speaker())

    # -- the table -----------------------------------------------------------------------------

    def shown_speakers(self) -> list[Speaker]:
        needle = self.filter_text.casefold().strip()
        if not needle:
            return self.speakers
        return [
            s
            for s in self.speakers
            if any(needle in one_line(text).casefold() for text in (s.name, s.role or "", *s.aliases))
        ]

    def fill_table(self, keep: str | None = None) -> None:
        """The speakers shown, in columns sized to the table's width; the cursor stays on ``keep``."""
        table = self.query_one(SpeakerTable)
        self._laid_out_width = table.size.width
        shown = self.shown_speakers()
        per_article = [self._per_article(s) for s in shown]
        cells = [self._cells(s, counts) for s, counts in zip(shown, per_article, strict=True)]
        natural = {c.key: max([len(c.label), *(len(row[c.key]) for row in cells)]) for c in SPEAKER_COLUMNS}
        scrollbar = SCROLLBAR if len(shown) >= table.size.height - 1 else 0
        widths = column_widths(natural, (table.size.width or 84) - scrollbar)
        table.clear(columns=True)
        for column in SPEAKER_COLUMNS:
            if column.key in widths:
                table.add_column(Text(column.label), key=column.key, width=widths[column.key])
        colours = self.query_one(QuoteList)
        for speaker, row, counts in zip(shown, cells, per_article, strict=True):
            component = speaker_component(self.story.speaker_rank(speaker.name))
            shown_cells = {
                "name": Text(
                    clip(row["name"], widths["name"]),
                    style=component_style(colours, f"quote-list--{component}"),
                ),
                "role": Text(clip(row["role"], widths.get("role", 0))),
                "aliases": Text(clip(row["aliases"], widths.get("aliases", 0))),
                "quotes": Text(row["quotes"], justify="right"),
                "articles": Text(fit_counts(counts, widths["articles"])),
            }
            table.add_row(*(shown_cells[c.key] for c in SPEAKER_COLUMNS if c.key in widths), key=speaker.name)
        names = [s.name for s in shown]
        if keep in names:
            table.move_cursor(row=names.index(keep))
        if names:
            self.show_speaker(names[table.cursor_row] if table.cursor_row < len(names) else names[0])
        else:
            self._quotes_shown_for = None
            self.query_one(QuoteList).clear_options()

    def _cells(self, speaker: Speaker, per_article: list[str]) -> dict[str, str]:
        aliases = [one_line(a) for a in speaker.aliases if a != speaker.name]
        return {
            "name": one_line(speaker.name),
            "role": one_line(speaker.role or "—"),
            "aliases": ", ".join(aliases) or "—",
            "quotes": str(speaker.quotes),
            "articles": " ".join(per_article),
        }

    def _per_article(self, speaker: Speaker) -> list[str]:
        counts: dict[str, int] = {}
        for quote in self.story.quotes_by(speaker.name):
            counts[quote.article] = counts.get(quote.article, 0) + 1
        return [
            f"{self.story.tag(a)}×{n}"
            for a, n in sorted(counts.items(), key=lambda kv: self.story.index_of(kv[0]))
        ]

    # -- the quotes ----------------------------------------------------------------------------

    def show_speaker(self, name: str) -> None:
        """Show ``name``'s quotes unless they are shown already (the cursor moved, or the table was
        laid out again, onto the same speaker: no need to compare the wordings again)."""
        if name != self._quotes_shown_for:
            self._quotes_shown_for = name
            self.show_quotes_of(name)

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
        headings += relayed_groups(self.story.quotes_relaying(name))
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
            self.post_message(self.WordingsFound(name, wordings))

    def on_speakers_screen_wordings_found(self, message: WordingsFound) -> None:
        if self.selected_speaker() == message.name:
            self.show_quotes_of(message.name, message.wordings)

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
            self.show_speaker(cast(str, event.row_key.value))

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
            self.post_message(OpenReader(article, quote=start))

    # -- filter --------------------------------------------------------------------------------

    def action_filter(self) -> None:
        box = self.query_one("#speakers-filter", Input)
        box.display = True
        box.focus()

    @on(Input.Changed, "#speakers-filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        self.filter_text = event.value

    @on(Input.Submitted, "#speakers-filter")
    def _filter_done(self) -> None:
        self.query_one(SpeakerTable).focus()

    def action_back(self) -> None:
        box = self.query_one("#speakers-filter", Input)
        if box.has_focus or (box.display and self.filter_text):
            box.value = ""
            box.display = False
            self.query_one(SpeakerTable).focus()
        elif self.query_one(QuoteList).has_focus:
            self.query_one(SpeakerTable).focus()
        else:
            self.app.pop_screen()
