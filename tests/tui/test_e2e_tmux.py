"""End to end: the installed ``storydiff`` in a real terminal (tmux), read through ``capture-pane -e``.

The app runs as under tmux's defaults: ``TERM=tmux-256color`` and no ``COLORTERM``, so Rich sends
256-colour codes (``48;5;N``), as it does for most people who read in tmux.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import installed_storydiff

ROOT = Path(__file__).resolve().parents[2]
SGR = r"\x1b\[[0-9;:]*m"


class Terminal:
    """One tmux server of our own (its own socket), one window of 120×36."""

    def __init__(self, tmp: Path) -> None:
        self.socket = f"storydiff-test-{uuid.uuid4().hex[:8]}"
        self.env = {**os.environ, "TERM": "xterm-256color", "STORYDIFF_CACHE_DIR": str(tmp / "cache")}
        for name in ("NO_COLOR", "TMUX", "COLORTERM"):
            self.env.pop(name, None)

    def tmux(self, *args: str) -> str:
        result = subprocess.run(
            ["tmux", "-L", self.socket, *args], capture_output=True, text=True, env=self.env, timeout=30
        )
        return result.stdout

    def start(self, command: str) -> None:
        inside = f"env -u COLORTERM TERM=tmux-256color {command}"  # what a tmux pane gives by default
        self.tmux("new-session", "-d", "-x", "120", "-y", "36", "-s", "main", inside)

    def keys(self, *keys: str) -> None:
        for key in keys:
            self.tmux("send-keys", "-t", "main", key)
            time.sleep(0.25)

    def screen(self, escapes: bool = False) -> str:
        return self.tmux("capture-pane", "-p", *(["-e"] if escapes else []), "-t", "main")

    def wait_for(self, pattern: str, *, escapes: bool = False, timeout: float = 30) -> str:
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen(escapes)
            if re.search(pattern, screen):
                return screen
            time.sleep(0.2)
        raise AssertionError(f"{pattern!r} never showed; the screen was:\n{self.screen()}")

    def close(self) -> None:
        self.tmux("kill-server")


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[Terminal]:
    if shutil.which("tmux") is None:
        pytest.fail("tmux is needed for the end-to-end test (.ci/run installs it)")
    term = Terminal(tmp_path)
    yield term
    term.close()


def test_read_a_quote_then_compare_both_wordings(terminal: Terminal) -> None:
    terminal.start(f"{installed_storydiff()} {ROOT / 'seeds'}")
    terminal.wait_for(r"Russia says it returns some troops")
    terminal.wait_for(r"\d+ quotes")  # the quotes column is filled in
    terminal.keys("Enter")
    terminal.wait_for(r"\d+ quotes\s*$|\d+ quotes")
    quote = r"“?There are signs from Moscow"
    for _ in range(8):
        terminal.keys("n")
        if "There are signs from Moscow" in terminal.screen() and "quote" in terminal.screen():
            break
    screen = terminal.wait_for(SGR + quote, escapes=True)
    line = next(row for row in screen.splitlines() if "There are signs from Moscow" in row)
    # The quote is painted in a style of its own: an SGR escape right before it sets a background
    # colour or reverse video, and another one after the highlighted stretch.
    before = re.search(f"({SGR})+" + quote, line)
    assert before is not None
    assert re.search(r"\x1b\[[0-9;]*(48[;:]|7[;m])", before.group(0))
    assert "There are signs from Moscow" in terminal.screen()

    terminal.keys("c")
    screen = terminal.wait_for(r"Compare 1 .* with")
    picked = next(row for row in screen.splitlines() if "NATO still sees" in row)
    assert re.search(r"\b5\s+\d+\s+NATO still sees", picked)  # 5 shares words with 1 (the count)
    rows = [re.match(r"^[^\w]*\s(\d+)\s+(\d+)\s\s", line) for line in screen.splitlines()]
    counts = [int(row.group(2)) for row in rows if row is not None]
    assert len(counts) >= 2 and counts == sorted(counts, reverse=True)  # most shared words first
    terminal.tmux("send-keys", "-t", "main", "-l", "still sees")  # typing filters the list to 5
    terminal.wait_for(r"▊\s+still\s")  # in the filter box
    terminal.keys("Enter")
    screen = terminal.wait_for(r"diplomacy could", timeout=60)
    assert "5 NATO still sees" in screen and "1 Russia says" in screen  # articles 5 and 1
    assert re.search(r"diplomacy\s+should", screen)
    assert re.search(r"diplomacy\s+could", screen)
    terminal.keys("q")


def test_open_a_reprint_family_and_read_one_version(terminal: Terminal) -> None:
    terminal.start(f"{installed_storydiff()} {ROOT / 'seeds'}")
    terminal.wait_for(r"Russia says it returns some troops")
    terminal.keys("C-p")
    terminal.wait_for(r"Search for commands")
    terminal.tmux("send-keys", "-t", "main", "-l", "reprint families")
    terminal.wait_for(r"Reprint families")
    terminal.keys("Enter")
    screen = terminal.wait_for(r"\d+ famil(y|ies),", timeout=60)
    # The family of Stoltenberg's quote: moved down to, as a person would (ties of size come in
    # any order).
    row = re.search(r"^\W*(\d+)\s.*There are signs from", screen, re.MULTILINE)
    assert row is not None, screen
    for _ in range(int(row.group(1)) - 1):
        terminal.keys("Down")
    terminal.keys("Enter")
    screen = terminal.wait_for(r"Base text")
    assert re.search(r"diplomacy\s+could", screen) and re.search(r"diplomacy\s+should", screen)
    assert "earliest, 2022-02-17" in screen
    terminal.keys("Enter")  # the reader, on article 000 (its title), scrolled to its version
    terminal.wait_for(r"Russia says it returns some troops")
    time.sleep(1.0)  # the reader scrolls to the version once it is laid out
    screen = terminal.screen()
    assert "Base text" not in screen and re.search(r"diplomacy\s+should", screen)
    terminal.keys("f")  # the family of the reprinted passage on screen, this version selected
    screen = terminal.wait_for(r"Base text")
    assert f"Family {row.group(1)} " in screen
    terminal.keys("Escape", "}")  # back in the reader: the next reprint, its family in the status
    terminal.wait_for(r"Family \d+ \(f\) · in 1 other article")
    terminal.keys("q")


def background_before(screen: str, words: str) -> str:
    """The 256-colour background (N of ``48;5;N``) set by the escapes right before ``words``."""
    escapes = re.search(f"((?:{SGR})+){re.escape(words)}", screen)
    assert escapes is not None, f"{words!r} is not highlighted"
    backgrounds = re.findall(r"48;5;(\d+)", escapes.group(1))
    assert backgrounds, f"no 256-colour background before {words!r}: {escapes.group(1)!r}"
    return backgrounds[-1]


def test_each_speaker_keeps_a_colour_of_their_own_in_tmux(terminal: Terminal) -> None:
    """The tints used to round to one grey (48;5;59) in tmux: Peskov's quote looked like
    Stoltenberg's, and like the quote list's selected row."""
    terminal.start(f"{installed_storydiff()} {ROOT / 'seeds'}")
    terminal.wait_for(r"Russia says it returns some troops")
    terminal.keys("Enter")
    terminal.wait_for(r"\d+ quotes")
    peskov, stoltenberg = "“information", "“There are"
    terminal.keys("/", "information campaigns", "Enter", "Escape")  # found, centred, find ended
    terminal.wait_for(re.escape(stoltenberg))
    screen = terminal.wait_for(f"{SGR}{re.escape(peskov)}", escapes=True)
    colours = {background_before(screen, words) for words in (peskov, stoltenberg)}
    assert len(colours) == 2, colours
    assert "59" not in colours  # the grey every tint used to become
    terminal.keys("q")
