"""Help: every key of the screen it was opened from (its bindings and its widgets'), and the app's."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult, CSSPathType
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from tui.keymap import bindings_of
from tui.themes import STYLES

NOTES = {
    "reader.next": "Next quote, centred; at the last quote it wraps to the first (a note says so)",
    "reader.previous": "Previous quote; at the first it wraps to the last",
    "reader.next_same": "Next quote by the same speaker (wraps)",
    "reader.previous_same": "Previous quote by the same speaker (wraps)",
    "reader.others": "This speaker's quotes in the other articles, their wording of this statement;"
    " a relayed quote's quoted person's too",
    "reader.find": "Find in the article (match count shown); then n/p step through matches, escape ends",
    "reader.copy": "Copy the current quote with its speaker and article",
    "reader.boilerplate": "Show or hide boilerplate (menus, credits); shown dimmed by default",
    "compare.next": "Next shared passage (both sides brought to it); wraps",
    "compare.mode": "Switch between shared-passage rows and both texts in full",
    "compare.wrap": "Wrap long lines on or off (off: scroll sideways with h/l)",
    "articles.mark": "Mark an article; marking a second opens the comparison",
    "articles.filter": 'Search the text, titles, sources and file names: words, "a phrase", troop*',
    "articles.folder": "List one folder's articles only (a corpus with subfolders); escape: all again",
    "speakers.filter": "Filter the speakers by name, other spelling or role; escape clears",
    "picker.cancel": "Clear the filter if one is typed (typing filters the list), else cancel",
}


class HelpScreen(ModalScreen[None]):
    """The keys of the screen underneath, grouped by where they work."""

    CSS_PATH: ClassVar[CSSPathType] = STYLES / "dialogs.tcss"  # loaded when the first dialog opens

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark,f1", "dismiss", "Close", id="help.close"),
        Binding("j,down", "scroll_down", "Down", show=False, id="help.down"),
        Binding("k,up", "scroll_up", "Up", show=False, id="help.up"),
    ]

    def __init__(self, under: Screen) -> None:
        super().__init__()
        self.under = under

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="help-dialog"):
            yield Static("Keys", classes="dialog-title")
            with VerticalScroll(id="help-scroll"):
                yield Static(self._table(), id="help-keys")
            yield Static(
                "escape close · ctrl+p commands · mouse: click rows and quotes"
                " · right column: ids for keymap.toml",
                classes="status-line",
            )

    def _sections(self) -> list[tuple[str, list[Binding]]]:
        sections: list[tuple[str, list[Binding]]] = []
        seen_types: set[type] = set()
        sections.append((self._title(type(self.under)), [b for b in bindings_of(type(self.under)) if b.id]))
        for widget in self.under.query("*"):
            if type(widget) in seen_types or not widget.can_focus:
                continue
            seen_types.add(type(widget))
            own = [b for b in bindings_of(type(widget)) if b.id]
            if own:
                sections.append((f"In the {self._title(type(widget))}", own))
        sections.append(("Everywhere", bindings_of(type(self.app))))
        return sections

    @staticmethod
    def _title(node_type: type) -> str:
        names = {
            "ArticlesScreen": "Articles",
            "ReaderScreen": "Reader",
            "CompareScreen": "Compare",
            "SpeakersScreen": "Speakers",
            "TextView": "article text",
            "PassageRows": "passage rows",
            "QuoteList": "quote list",
            "ArticleList": "article list",
            "SpeakerTable": "speaker table",
            "StorydiffApp": "Everywhere",
        }
        return names.get(node_type.__name__, node_type.__name__)

    def _table(self) -> Table:
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold", no_wrap=True)
        table.add_column()
        table.add_column(style="dim", no_wrap=True)  # the id a keymap file rebinds it by
        for title, bindings in self._sections():
            if not bindings:
                continue
            table.add_row(Text(title, style="bold underline"), "", "")
            for binding in bindings:
                remapped = getattr(self.app, "user_keymap", None)
                key = remapped.keys.get(binding.id or "", binding.key) if remapped else binding.key
                keys = ", ".join(self._key(k) for k in key.split(","))
                if binding.key_display and "," not in key and key == binding.key:
                    keys = binding.key_display
                note = NOTES.get(binding.id or "", binding.tooltip or binding.description)
                table.add_row(Text(keys), Text(note), Text(binding.id or ""))
            table.add_row("", "", "")
        return table

    def _key(self, key: str) -> str:
        return self.app.get_key_display(Binding(key.strip(), ""))

    def action_scroll_down(self) -> None:
        self.query_one("#help-scroll").scroll_down()

    def action_scroll_up(self) -> None:
        self.query_one("#help-scroll").scroll_up()
