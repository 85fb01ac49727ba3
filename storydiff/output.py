"""What every subcommand shares: finding the corpus, opening its Story, printing JSON, rows and tables.

Nothing here imports the engine at import time: ``storydiff --help`` or a mistyped command must not
wait for it. Each command reaches the engine through :class:`corpus.story.Story` (see
:func:`open_story`) when it runs.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text

    from corpus.model import Article, Progress
    from corpus.story import Story

TABLE_MIN_COLUMNS = 100
"""A terminal narrower than this gets one row per line instead of a boxed table: in 80 columns a
table squeezes titles to 9–11 characters and one title takes dozens of lines."""
WIDTH_HELP = "draw a table N columns wide (in a pipe or a narrow terminal: one row per line)"
MIN_WIDTH = 40
"""The narrowest ``--width`` a table can use: below it a column holds a few letters or nothing."""


class UsageError(Exception):
    """A bad command line or a path that does not exist: one line on stderr, exit 2."""


def sample_corpus() -> Path:
    """The embedded sample corpus: inside the installed package, or the checkout's seeds/."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "seeds", here.parent / "seeds"):
        if candidate.is_dir():
            return candidate
    raise UsageError("the sample corpus is missing from this installation")


def resolve_corpus(path: str | None) -> Path:
    """The corpus a command works on: PATH, or the samples when none is given."""
    if path is None:
        return sample_corpus()
    root = Path(path).expanduser()
    if not root.exists() and not root.is_symlink():
        raise UsageError(f"{path}: no such file or folder")
    return root


def open_story(
    path: str | Path | None, progress: Progress | None = None, *, quotes_ahead: bool = False
) -> Story:
    """The Story of the corpus a command names; a bad PATH becomes a UsageError (``quotes_ahead``:
    see :meth:`corpus.story.Story.load`). A command loads one corpus: the quote finder's helper
    may be forked before it loads (``fork_helper``)."""
    from corpus.story import CorpusError, Story

    root = path if isinstance(path, Path) else resolve_corpus(path)
    try:
        return Story.load(root, progress=progress, quotes_ahead=quotes_ahead, fork_helper=quotes_ahead)
    except CorpusError as exc:
        raise UsageError(str(exc)) from exc


def find_article(story: Story, key: str) -> Article:
    """The article ``key`` names (see :meth:`corpus.story.Story.find`), or a UsageError saying why not."""
    from corpus.story import NoSuchArticle

    try:
        return story.find(key)
    except NoSuchArticle as exc:
        raise UsageError(str(exc)) from None


def story_for(key: str, corpus: str | None) -> Story:
    """The story an article named on the command line lives in: ``--corpus``, else the file itself
    when ``key`` is a path to one (``storydiff show page.html``), else the samples."""
    if corpus is None and Path(key).expanduser().is_file():
        return open_story(Path(key).expanduser())
    return open_story(corpus)


def plural(count: int, word: str, words: str | None = None) -> str:
    """``1 article``, ``2 articles`` (``words`` for an irregular plural)."""
    return f"{count} {word if count == 1 else (words or word + 's')}"


# -- tables or rows -----------------------------------------------------------------------------


def check_width(width: int | None, least: int = MIN_WIDTH) -> int | None:
    """``--width`` as given, refused (a UsageError naming the minimum) when too narrow to use."""
    if width is not None and width < least:
        raise UsageError(f"--width {width} is too narrow: the least that works is {least}")
    return width


def table_width(width: int | None) -> int | None:
    """The width to draw a boxed table at, or None for plain rows (one per line, like ``ls``).

    ``--width`` always gets a table; otherwise a terminal of TABLE_MIN_COLUMNS or more does, and a
    pipe or a narrower terminal gets rows.
    """
    if width is not None:
        return width
    if not sys.stdout.isatty():
        return None
    columns = shutil.get_terminal_size().columns
    return columns if columns >= TABLE_MIN_COLUMNS else None


def print_rows(rows: Sequence[Sequence[str]], right: Sequence[int] = ()) -> None:
    """Rows one per line, columns padded to line up, the last column as long as it is.

    Columns whose index is in ``right`` are aligned right (numbers). No line ends in spaces.
    """
    if not rows:
        return
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    lines = []
    for row in rows:
        padded = zip(row[:-1], widths, strict=True)
        cells = [cell.rjust(w) if i in right else cell.ljust(w) for i, (cell, w) in enumerate(padded)]
        lines.append("  ".join([*cells, row[-1]]).rstrip())
    write_lines(lines)


def write_lines(lines: Sequence[str]) -> None:
    sys.stdout.write("".join(line + "\n" for line in lines))


# -- JSON and inert text ------------------------------------------------------------------------


# The encoder escapes C0 controls only. DEL, C1 controls (8-bit CSI/OSC, which some terminals obey),
# bidi overrides and zero-width characters are escaped too: JSON printed to a terminal stays inert,
# and a parser reads back exactly the same strings.
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


def print_json(value: Any, *, written: bool = False, inert: bool = False) -> None:
    """JSON on stdout, as ``json.dumps(value, ensure_ascii=False, indent=2)`` writes it (dataclasses
    as dicts, paths as strings): non-ASCII kept readable, every control or invisible character
    escaped. ``written``: ``value`` is that JSON text already (a command's own writer made it);
    ``inert``: and :func:`inert_json` has been applied to all of it (part by part, say)."""
    if written:
        encoded = value
    else:
        from storydiff.json_text import indented_json

        encoded = indented_json(value)
    sys.stdout.write(encoded if inert else inert_json(encoded))
    sys.stdout.write("\n")


def inert_json(encoded: str) -> str:
    """JSON text with the characters :data:`_JSON_UNSAFE` finds escaped as ``\\uXXXX``. Text all
    ASCII (known in one test) can hold only DEL of them: the regex, whose character class is tested
    at every character (30 ms over the 2.5 MB of ``storydiff quotes --json`` on the bench corpus, a
    twentieth of a warm run), reads only text where one may be."""
    if encoded.isascii() and "\x7f" not in encoded:
        return encoded
    return _JSON_UNSAFE.sub(_escaped, encoded)


def _escaped(unsafe: re.Match[str]) -> str:
    return f"\\u{ord(unsafe.group()):04x}"


def safe(text: str | None, empty: str = "—") -> str:
    """Article-derived text made inert for a terminal (rich Text objects are never markup)."""
    from corpus.ingest.inert import visible

    return visible(text) if text else empty


def safe_line(text: str | None, empty: str = "—") -> str:
    """Like :func:`safe`, for a one-line field (a file name, a title): a newline in it is shown as ␤."""
    return safe(text, empty).replace("\n", "␤") if text else empty


def console(**options: Any) -> Console:
    """A rich Console for a command's output (``options`` as rich takes them). When the reader of
    stdout goes away, rich would exit with status 1; this one raises BrokenPipeError, which
    :func:`storydiff.cli.main` turns into a quiet exit with status 0."""
    from rich.console import Console

    class _Console(Console):
        def on_broken_pipe(self) -> None:
            raise BrokenPipeError

    return _Console(**options)


def wrapped(terminal: Console, text: Text, indent: int = 0) -> Text:
    """``text`` wrapped to the terminal's width under ``indent`` spaces, no line ending in spaces
    (print it with ``soft_wrap=True``: rich's own wrapping leaves a space at every wrap point)."""
    from rich.text import Text

    lines = text.wrap(terminal, max(terminal.width - indent, 1))
    for line in lines:
        line.rstrip()
    margin = Text(" " * indent)
    return Text("\n").join(margin + line for line in lines) if indent else Text("\n").join(lines)


def quiet_closed_pipe() -> None:
    """After the reader of stdout went away (``storydiff quotes | head``): point stdout at the null
    device, so the flush at exit does not fail again and the exit status stays 0, as ``cat``'s does."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


@contextmanager
def progress_bars(work: str) -> Iterator[tuple[Progress | None, Progress | None]]:
    """Progress bars on stderr while a big corpus is read, then ``work`` is done on it (only on a
    terminal): the two callbacks, or None where no bars are shown."""
    if not sys.stderr.isatty():
        yield None, None
        return
    from rich.console import Console
    from rich.progress import Progress as Bars

    with Bars(console=Console(stderr=True), transient=True) as bars:
        reading = bars.add_task("reading", total=None)
        working = bars.add_task(work, total=None)
        yield (
            lambda done, total: bars.update(reading, completed=done, total=total),
            lambda done, total: bars.update(working, completed=done, total=total),
        )


def whole_number(least: int, below: str) -> Callable[[str], int]:
    """An argparse ``type``: a whole number of at least ``least``; ``below`` says what a smaller one
    is ("must not be negative"), after the number."""
    import argparse

    def parse(value: str) -> int:
        try:
            number = int(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
        if number < least:
            raise argparse.ArgumentTypeError(f"{value} {below}")
        return number

    return parse
