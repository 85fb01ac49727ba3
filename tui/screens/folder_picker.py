"""Choose the folder whose articles the list shows (a corpus of subfolders: one story each, say)."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult, CSSPathType
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from tui.labels import one_line
from tui.themes import STYLES
from tui.widgets.list_keys import list_keys

EVERY_FOLDER = "*every*"
"""The id of the first option (no folder id can be it: folder ids start with "folder:")."""


class FolderList(OptionList):
    BINDINGS: ClassVar[list[BindingType]] = list_keys("folders")


class FolderPicker(ModalScreen[tuple[str | None] | None]):
    """Every folder with its article count; enter lists that folder's articles only. Dismissed
    with ``(folder,)`` (``(None,)``: every folder) or None when cancelled."""

    CSS_PATH: ClassVar[CSSPathType] = STYLES / "dialogs.tcss"  # loaded when the first dialog opens

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "dismiss_none", "Cancel", id="folders.cancel"),
    ]

    def __init__(self, folders: list[tuple[str, int]], current: str | None) -> None:
        super().__init__()
        self.folders = folders
        self.current = current

    def compose(self) -> ComposeResult:
        total = sum(count for _, count in self.folders)
        options = [Option(Text(f"Every folder ({total})"), id=EVERY_FOLDER)]
        for folder, count in self.folders:
            options.append(
                Option(Text(f"{one_line(folder) or '(top folder)'}  ({count})"), id=f"folder:{folder}")
            )
        with Vertical(classes="dialog", id="folder-dialog"):
            yield Static("Show the articles of…", classes="dialog-title")
            yield FolderList(*options, id="folder-list")

    def on_mount(self) -> None:
        listing = self.query_one(FolderList)
        wanted = EVERY_FOLDER if self.current is None else f"folder:{self.current}"
        listing.highlighted = listing.get_option_index(wanted)
        listing.focus()

    @on(OptionList.OptionSelected, "#folder-list")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        chosen = event.option.id or EVERY_FOLDER
        self.dismiss((None,) if chosen == EVERY_FOLDER else (chosen.removeprefix("folder:"),))

    def action_dismiss_none(self) -> None:
        self.dismiss(None)
