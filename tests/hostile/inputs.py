"""The hostile inputs of issue 7, built on demand in a folder: hostile text, broken files, big folders.

Each builder writes files into a folder and returns nothing; the tests decide which folders to build
and what to run on them. Nothing here reads outside the folder it is given.
"""

from __future__ import annotations

import os
from pathlib import Path

GOOD = (
    "Talks resume in Geneva after a week of threats\n\n"
    "The foreign minister said “we will go on talking as long as there is a chance”, and left the room.\n\n"
    "“Nothing is agreed until everything is agreed,” Anna Berg told reporters outside the hotel.\n\n"
    "Diplomats from both sides met for four hours on Tuesday to discuss troop withdrawals near the border.\n"
)
"""An ordinary article, present in every corpus so the tests can see the rest still works."""

GOOD_COPY = (
    "Geneva talks go on despite threats\n\n"
    "Diplomats from both sides met for four hours on Tuesday to discuss troop withdrawals "
    "near the border.\n\n"
    "“Nothing is agreed until everything is agreed,” Anna Berg said.\n"
)
"""Shares a passage and a quote with GOOD, so overlaps and graph have something to show."""

# -- hostile text -----------------------------------------------------------------------------------

ESCAPES = (
    "Markets \x1b[2J crash headline\n\n"
    "“Clear \x1b[2J\x1b[H the screen now,” Tom Hale said. "
    "“Copy \x1b]52;c;cm0gLXJmIH4K\x07 this to your clipboard,” he added. "
    "A link \x1b]8;;https://evil.example/\x1b\\click here\x1b]8;;\x1b\\ and a title \x1b]0;pwned\x07 set. "
    "Bell \x07 back\x08space carriage\rreturn vertical\x0btab form\x0cfeed null\x00byte delete\x7f. "
    "C1: \x9b31m csi \x9d0;x\x9c osc \x90dcs\x9c \x85 nel \x8d ri.\n\n"
    "Diplomats from both sides met for four hours on Tuesday to discuss troop withdrawals near the border.\n"
)
"""Terminal escape sequences: clear screen, OSC 52 clipboard write, OSC 8 link, OSC 0 title, C0 and C1."""


MARKUP = (
    "Markup [bold red]in the headline[/]\n\n"
    "“Stop [bold red]now[/] and [link=https://evil.example]click me[/link] or "
    "[@click=app.quit]quit the app[/],” Ann Lee said.\n\n"
    "Square brackets [b]bold?[/b] [reverse]reversed?[/reverse] [/] and a lone [ stay as they are.\n"
)
MARKUP_LITERALS = ("[bold red]now[/]", "[link=https://evil.example]click me[/link]", "[@click=app.quit]")

BIDI = (
    "Bidi overrides in a quote\n\n"
    "“I never said \u202etnemeerga na\u202c at all,\u200b” Bo Ray said. "
    "Zero\u200bwidth\u200cjoiners\u200d and a word\u2060joiner and \u2066isolates\u2069 hide text.\n"
)

PAGE = (
    "<html><head><title>Page \x1b]0;pwned\x07 title</title></head><body><article>"
    "<h1>Web [bold]page[/] headline \x1b[31mred</h1>"
    '<p>“Run \x1b[2J now,” Joe Bloggs said. <a href="javascript:alert(1)">a link</a> \u202e evil</p>'
    '<script>alert(2)</script><img src="data:image/png;base64,AAAA" onerror="alert(3)">'
    "</article></body></html>"
)
"""Hostile HTML: escapes in the title and headline, markup, a javascript: link, a script, a data URI."""

EVIL_NAME = "g_\x1b[2J\u202eevil\nname.txt"
"""A file name is data too: an escape, a bidi override and a newline in it."""

# -- pathological sizes (time-boxed by the tests) -------------------------------------------------------
# A quarter of the sizes the suite first used (1 MB, 100,000 lines, 200,000 marks, 10,000 files), with
# the tests' time boxes in CPU seconds a sixteenth of the wall-clock ones they had: work quadratic in
# the size that overran the old box overruns the new one, and the suite spends a quarter of the time.
SIZE_SCALE = 4
"""How much smaller than the first sizes these are (the time boxes shrink by its square)."""


def cpu_box(first_box_seconds: float) -> int:
    """The CPU seconds of a time box that was ``first_box_seconds`` (wall) for the first sizes."""
    return round(first_box_seconds / SIZE_SCALE**2)



def long_line(size: int = 1_000_000 // SIZE_SCALE) -> str:
    """A headline and one paragraph of ``size`` characters with no newline, quotes in it."""
    unit = "Officials said “the talks are going well” but rebels disagreed, citing shelling "
    body = (unit * (size // len(unit) + 1))[:size]
    return f"A paragraph of {size:,} characters\n\n" + body + "\n"


def many_lines(count: int = 100_000 // SIZE_SCALE) -> str:
    """A headline and ``count`` short lines, a quote on every tenth."""
    lines = (
        f"Line {i} said “x{i}”.\n" if i % 10 == 0 else f"Line {i} of the record.\n" for i in range(count)
    )
    return f"{count:,} lines\n\n" + "".join(lines)


def quote_storm(size: int = 200_000 // SIZE_SCALE) -> str:
    """A quote mark every other character, straight and curly mixed."""
    marks = "\"“”'‘’"
    return "Quote storm\n\n" + "".join(f"a{marks[i % len(marks)]}" for i in range(size // 2)) + "\n"


# -- broken files -----------------------------------------------------------------------------------

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(range(256)) * 4
HUGE_BYTES = 50 * 1024 * 1024


def write_text_corpus(folder: Path) -> None:
    """Hostile text: escapes, markup, bidi, plus two ordinary articles sharing a passage."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "a_good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "b_escapes.txt").write_text(ESCAPES, encoding="utf-8")
    (folder / "c_markup.md").write_text(MARKUP, encoding="utf-8")
    (folder / "d_bidi.txt").write_text(BIDI, encoding="utf-8")
    (folder / "e_copy.txt").write_text(GOOD_COPY, encoding="utf-8")
    (folder / "f_page.html").write_text(PAGE, encoding="utf-8")
    evil = "Evil file name\n\n“Names are data too,” Ann Lee said.\n"
    (folder / EVIL_NAME).write_text(evil, encoding="utf-8")


def write_broken_corpus(folder: Path) -> None:
    """Every kind of broken file next to two good ones."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "a_good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "b_empty.txt").write_bytes(b"")
    (folder / "c_png.txt").write_bytes(PNG)
    (folder / "d_invalid_utf8.txt").write_bytes(
        "Bad bytes headline\n\nThe mayor said “we are ready” to Zoë and Chloé ".encode()
        + b"\xff\xfe today.\n"
    )
    (folder / "e_utf16_bom.txt").write_text(GOOD_COPY, encoding="utf-16")
    (folder / "f_utf16_nobom.txt").write_bytes(GOOD_COPY.encode("utf-16-le"))
    with (folder / "g_huge.txt").open("wb") as handle:  # sparse: 50 MB long, no disk used
        handle.truncate(HUGE_BYTES)
    (folder / "h_broken_link.txt").symlink_to("nowhere.txt")
    (folder / "i_loop").symlink_to(".", target_is_directory=True)  # a folder that contains itself
    (folder / "j_self.txt").symlink_to("j_self.txt")  # a file link pointing at itself
    (folder / "k_only_spaces.txt").write_text(" \n\t\n  ", encoding="utf-8")
    (folder / "l_copy.txt").write_text(GOOD_COPY, encoding="utf-8")


BROKEN_PROBLEMS = {
    "b_empty.txt": "empty",
    "c_png.txt": "PNG",
    "d_invalid_utf8.txt": "UTF-8",
    "g_huge.txt": "too large",
    "h_broken_link.txt": "broken symbolic link",
    "j_self.txt": "loop",
    "k_only_spaces.txt": "empty",
}
"""File -> a word its problem must contain."""


MANY_FILES = 10_000 // SIZE_SCALE


def write_many_files(folder: Path, count: int = MANY_FILES) -> None:
    """``count`` small distinct articles in one folder (about 100 bytes each)."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        path = os.path.join(folder, f"{i:05d}.txt")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(f"Story number {i}\n\nOfficial {i} said “figure {i * 7}” on day {i % 31}.\n")
