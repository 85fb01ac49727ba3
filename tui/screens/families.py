"""Reprint families: every piece of text the corpus reprints, largest first; Enter opens one,
its versions one under another across outlets, the words that differ from the base marked."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult, CSSPathType
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Footer, OptionList, Static

from corpus.model import Families, Family
from corpus.story import FamilyVersion, Story
from tui.labels import clip, one_line
from tui.messages import FamiliesBuilding, FamiliesBuilt, FamiliesUnavailable, OpenCompare, WantFamilies
from tui.themes import STYLES
from tui.widgets.family_versions import FamilyVersions, outlet, parse_member_id
from tui.widgets.list_keys import list_keys

FIXED_COLUMNS = (
    ("#", "id", 4),
    ("Articles", "articles", 8),
    ("Dates", "dates", 23),
)
"""The list's columns of a fixed width: label, key, width (Origin and First words share the rest)."""
ORIGIN_SHARE = 0.5
"""The Origin column's share of the width the fixed columns leave ("5 dpa/MIA · earliest, 2022-…")."""
ORIGIN_WIDTH = (20, 44)
"""Least and most cells of the Origin column."""
MIN_FIRST_WORDS = 20
"""Least cells of a family's first words in the list (they take the width the other columns leave)."""
CELL_PADDING = 2
"""A DataTable cell has one blank column either side of its text."""
SCROLLBAR = 2
"""Kept free for the table's vertical scrollbar."""


def date_span(story: Story, family: Family) -> str:
    """The first and last date of the family's articles ("2018-07-15 – 2018-07-17"), or "undated"."""
    dates = sorted(d for name in family.articles if (d := story.article(name).date))
    if not dates:
        return "undated"
    return dates[0] if dates[0] == dates[-1] else f"{dates[0]} – {dates[-1]}"


class FamilyTable(DataTable[Text]):
    BINDINGS: ClassVar[list[BindingType]] = list_keys("families", first="scroll_top", last="scroll_bottom")


class FamiliesScreen(Screen[None]):
    """Every family: first words, how many articles, origin and date span, largest first."""

    CSS_PATH: ClassVar[CSSPathType] = [STYLES / name for name in ["text.tcss", "families.tcss"]]
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open", "Open family", id="families.open"),
        Binding("escape", "back", "Back", id="families.back"),
    ]

    def __init__(self, story: Story) -> None:
        super().__init__()
        self.story = story
        self.families: list[Family] = []
        self.found: Families | None = None

    def compose(self) -> ComposeResult:
        yield Static("Reprint families — finding them…", id="families-header", classes="screen-header")
        yield FamilyTable(id="families-table", cursor_type="row", zebra_stripes=True)
        yield Static("enter: the family's versions, one under another", classes="status-line")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(FamilyTable).focus()
        # The app builds the families once for every screen (the Articles screen's Shares and Own
        # columns, the reader's margin): this screen shows that build's progress, then reads.
        self.post_message(WantFamilies(self))

    def on_families_building(self, message: FamiliesBuilding) -> None:
        if self.found is None and message.total:
            share = 100 * message.done // message.total
            self.query_one("#families-header", Static).update(f"Reprint families — finding them… {share}%")

    def on_families_unavailable(self, message: FamiliesUnavailable) -> None:
        reason = one_line(message.reason)
        header = Text(f"Reprint families — could not be found: {reason}")
        self.query_one("#families-header", Static).update(header)
        self.notify(f"Reprint families unavailable: {reason}", severity="warning")

    def on_families_built(self, message: FamiliesBuilt) -> None:
        if message.story is not self.story or self.found is not None:
            return
        self.found = self.story.families()  # built: a look-up
        self.families = self.found.families
        self.fill_table()

    def on_resize(self) -> None:
        if self.found is not None:
            self.fill_table()

    def fill_table(self) -> None:
        """The families in columns sized to the table's width, the cursor kept on its row."""
        found = self.found
        if found is None:
            return
        table = self.query_one(FamilyTable)
        row = table.cursor_row
        table.clear(columns=True)
        # Origin and the first words share what the other columns leave, so no row runs past the screen
        taken = sum(width + CELL_PADDING for *_, width in FIXED_COLUMNS) + 2 * CELL_PADDING + SCROLLBAR
        rest = table.size.width - taken
        origin_width = min(max(round(rest * ORIGIN_SHARE), ORIGIN_WIDTH[0]), ORIGIN_WIDTH[1])
        words_width = max(MIN_FIRST_WORDS, rest - origin_width)
        columns = [*FIXED_COLUMNS[:2], ("Origin", "origin", origin_width), *FIXED_COLUMNS[2:]]
        for label, key, width in columns:
            table.add_column(Text(label), key=key, width=width)
        table.add_column(Text("First words"), key="text", width=words_width)
        for family in self.families:
            table.add_row(
                Text(str(family.id), justify="right"),
                Text(str(len(family.articles)), justify="right"),
                Text(clip(self._origin(family), origin_width)),
                Text(date_span(self.story, family)),
                Text(clip(one_line(family.text), words_width)),
                key=str(family.id),
            )
        if self.families:
            table.move_cursor(row=min(row, len(self.families) - 1))
        shared = sum(1 for r in found.reuse.values() if r.own_share < 1)
        count = f"{len(self.families)} {'family' if len(self.families) == 1 else 'families'}"
        header = Text.assemble(("Reprint families", "bold"), f" — {count}")
        header.append(f", {shared} of {len(found.reuse)} articles reprint something")
        self.query_one("#families-header", Static).update(header)

    def _origin(self, family: Family) -> str:
        """Where the family's text came from: the article's number and outlet, and why."""
        origin = family.origin
        if origin is None:
            return "—"
        article = self.story.article(origin.article)
        return f"{self.story.tag(article.name)} {outlet(article)} · {one_line(origin.why)}"

    @on(DataTable.RowSelected, "#families-table")
    def _chosen(self) -> None:
        self.action_open()

    def action_open(self) -> None:
        table = self.query_one(FamilyTable)
        if not table.row_count:
            return
        row_key, _ = table.coordinate_to_cell_key(table.cursor_coordinate)
        family = next(f for f in self.families if str(f.id) == row_key.value)
        self.app.push_screen(FamilyScreen(self.story, family))

    def action_back(self) -> None:
        self.app.pop_screen()


class FamilyScreen(Screen[None]):
    """One family: its base text, then every member's version with outlet and date."""

    CSS_PATH: ClassVar[CSSPathType] = [STYLES / name for name in ["text.tcss", "families.tcss"]]
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "read", "Read in place", id="family.read"),
        Binding("c", "compare", "Compare two", id="family.compare"),
        Binding("escape", "back", "Back", id="family.back"),
    ]

    class VersionsRead(Message):
        """The worker read every member's version and what it changes."""

        def __init__(self, versions: list[FamilyVersion]) -> None:
            super().__init__()
            self.versions = versions

    def __init__(self, story: Story, family: Family, *, selected: tuple[str, int] | None = None) -> None:
        """``selected``: the member to start on (its article and start), as the reader's ``f`` asks."""
        super().__init__()
        self.story = story
        self.family = family
        self.selected = selected
        self.compare_from: str | None = None

    def compose(self) -> ComposeResult:
        header = Text.assemble(
            (f"Family {self.family.id}", "bold"), f" — {len(self.family.articles)} articles"
        )
        if self.family.origin is not None:
            origin = self.family.origin
            header.append(f" · origin {self.story.tag(origin.article)} ({one_line(origin.why)})")
        yield Static(header, id="family-header", classes="screen-header")
        yield FamilyVersions(id="family-versions")
        yield Static(
            "enter: read this version in place · c: compare two versions (c on each)",
            id="family-status",
            classes="status-line",
        )
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(FamilyVersions).focus()
        self.load()

    @work(thread=True, exclusive=True, group="family-versions", exit_on_error=False)
    def load(self) -> None:
        versions = self.story.family_versions(self.family)
        self.post_message(self.VersionsRead(versions))

    def on_family_screen_versions_read(self, message: VersionsRead) -> None:
        tags = {name: self.story.tag(name) for name in self.family.articles}
        versions = self.query_one(FamilyVersions)
        versions.show_versions(self.family.text, message.versions, tags)
        if self.selected is not None:
            versions.highlight_member(*self.selected)

    def _selected(self) -> tuple[str, int] | None:
        versions = self.query_one(FamilyVersions)
        if versions.highlighted is None:
            return None
        option = versions.get_option_at_index(versions.highlighted)
        return parse_member_id(option.id) if option.id else None

    @on(OptionList.OptionSelected, "#family-versions")
    def _version_chosen(self) -> None:
        self.action_read()

    def action_read(self) -> None:
        """Open the selected version's article in the reader, scrolled to the version."""
        selected = self._selected()
        if selected is None:
            return
        from tui.screens.reader import ReaderScreen
        from tui.widgets.text_view import TextView

        name, start = selected
        below = self.app.screen_stack[-2] if len(self.app.screen_stack) > 1 else None
        if isinstance(below, ReaderScreen) and below.article.name == name:
            # opened from this article's reader (f): back to it, at this version, not a second reader
            self.app.pop_screen()
            below.select_family_at(start)
            below.query_one(TextView).centre_on(start)
            return
        reader = ReaderScreen(self.story, name)
        self.app.push_screen(reader)
        reader.call_after_refresh(lambda: reader.query_one(TextView).centre_on(start))

    def action_compare(self) -> None:
        """The first press picks a version, the second opens the two side by side."""
        selected = self._selected()
        if selected is None:
            return
        name = selected[0]
        status = self.query_one("#family-status", Static)
        if self.compare_from is None or self.compare_from == name:
            self.compare_from = name
            status.update(Text(f"compare {self.story.tag(name)} with…: move to another version, press c"))
            return
        first, self.compare_from = self.compare_from, None
        status.update("enter: read this version in place · c: compare two versions (c on each)")
        self.post_message(OpenCompare(first, name))

    def action_back(self) -> None:
        self.app.pop_screen()
