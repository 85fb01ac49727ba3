"""End to end in tmux: a user sorts the article list, searches the articles' text, opens a hit."""

from __future__ import annotations

import re

from tests.conftest import installed_storydiff
from tests.tui.test_e2e_tmux import ROOT, Terminal, terminal  # noqa: F401


def rows(screen: str) -> list[str]:
    """The article rows on screen (a number, then the title)."""
    return [line for line in screen.splitlines() if re.match(r"^│\s+\d+\s{2,}\S", line)]


def test_sort_by_words_then_search_the_text_and_open_a_hit(terminal: Terminal) -> None:  # noqa: F811
    terminal.start(f"{installed_storydiff()} {ROOT / 'seeds'}")
    terminal.wait_for(r"Russia says it returns some troops")
    terminal.wait_for(r"\d+%\s*│", timeout=60)  # the Own column is filled in
    terminal.keys("W")
    screen = terminal.wait_for(r"sorted by words ▼")
    assert "NATO still sees" in rows(screen)[0]  # 701 words, the longest seed
    terminal.keys("W")
    screen = terminal.wait_for(r"sorted by words ▲")
    assert "(15 Feb 2022) NATO" in rows(screen)[0]  # 310 words, the shortest
    terminal.keys("/")
    terminal.tmux("send-keys", "-t", "main", "-l", '"cautious optimism"')
    screen = terminal.wait_for(r"2 match")
    assert "Found" in screen and "Hits" in screen
    assert all("cautious optimism" in row.casefold() for row in rows(screen))
    terminal.keys("Enter", "Enter")  # leave the search box, open the first hit
    # Opening the reader while the list still reads the story in workers: slow on a loaded machine.
    terminal.wait_for(r"hit 1/\d+", timeout=60)  # the reader at the hit, every hit marked
    screen = terminal.wait_for(r"Search “\"cautious optimism\"” · n/p")
    assert re.search(r"[Cc]autious\s+optimism", screen)
    terminal.keys("Escape")  # the hits are cleared, the next escape goes back
    terminal.wait_for(r"\d+ quotes")
    terminal.keys("Escape")
    screen = terminal.wait_for(r"2 match")  # back on the list, still searched and sorted
    terminal.keys("q")
