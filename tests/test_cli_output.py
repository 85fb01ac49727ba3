"""What the commands print in a pipe and in a terminal: one row per line, indents kept, no trailing
spaces, word differences as text, plurals, widths too small refused, a closed pipe ends quietly."""

from __future__ import annotations

import fcntl
import os
import re
import select
import struct
import subprocess
import termios
import time
from pathlib import Path

import pytest

from corpus.story import Story
from tests.test_load_seeds import EXPECTED

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
LONG_TITLE = EXPECTED["003_7a3bfe3a68cac043.txt"][0]
BOX = set("┏┓┗┛┃━│─┡┩╇┳┻")


def in_terminal(storydiff_exe: str, tmp_path: Path, *args: str, columns: int = 60) -> str:
    """The command's output in a real pseudo-terminal ``columns`` wide (what a person sees)."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, columns, 0, 0))
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    env |= {"STORYDIFF_CACHE_DIR": str(tmp_path / "cache"), "NO_COLOR": "1", "TERM": "xterm"}
    child = subprocess.Popen([storydiff_exe, *args], stdin=slave, stdout=slave, stderr=slave, env=env)
    os.close(slave)
    received = b""
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline:
            if not select.select([master], [], [], 0.5)[0]:
                if child.poll() is not None:
                    break
                continue
            try:
                chunk = os.read(master, 65536)
            except OSError:
                break
            if not chunk:
                break
            received += chunk
    finally:
        child.wait(timeout=30)
        os.close(master)
    assert child.returncode == 0, received.decode("utf-8", "replace")
    return received.decode("utf-8").replace("\r\n", "\n")


def plain(shown: str) -> str:
    """Terminal output without its styles (NO_COLOR keeps bold and dim)."""
    return re.sub(r"\x1b\[[0-9;]*m", "", shown)


# -- item 13: pipes and narrow terminals get rows, not squeezed tables ----------------------------


def test_list_in_a_pipe_prints_one_line_per_article_with_whole_titles(run_cli) -> None:
    result = run_cli("list", str(SEEDS))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 5
    assert not BOX & set(result.stdout)
    assert lines[3].startswith("4  003_7a3bfe3a68cac043.txt  2022-02-15") and lines[3].endswith(LONG_TITLE)
    assert all(line == line.rstrip() for line in lines)


def test_list_in_an_80_column_terminal_prints_rows_and_width_draws_a_table(
    storydiff_exe: str, tmp_path: Path, run_cli
) -> None:
    shown = in_terminal(storydiff_exe, tmp_path, "list", str(SEEDS), columns=80)
    assert LONG_TITLE in shown.replace("\n", "")  # whole, not folded into a 10-column cell
    assert not BOX & set(shown)
    table = run_cli("list", str(SEEDS), "--width", "120")
    assert BOX & set(table.stdout) and "5 articles" in table.stdout


def test_speakers_and_graph_in_a_pipe_print_one_line_per_row(run_cli) -> None:
    story = Story.load(SEEDS)
    speakers = run_cli("speakers", str(SEEDS)).stdout.splitlines()
    assert len(speakers) == len(story.speakers())
    peskov = next(line for line in speakers if line.startswith("Dmitry Peskov"))
    assert "6 quotes" in peskov and "in 3 articles" in peskov and "also written Peskov" in peskov
    graph = run_cli("graph", str(SEEDS)).stdout.splitlines()
    assert len(graph) == len(story.graph().edges) == 3
    most = max(story.graph().edges, key=lambda e: e.shared_words)  # the rows come most words first
    counts = [str(most.passages), "passages", str(most.shared_words), "words"]
    assert graph[0].split() == [most.a, most.b, *counts]
    assert most.passages > 1


def test_quotes_keep_their_indent_when_they_wrap_in_a_terminal(storydiff_exe: str, tmp_path: Path) -> None:
    shown = plain(in_terminal(storydiff_exe, tmp_path, "quotes", str(SEEDS), columns=50)).splitlines()
    body = [i for i, line in enumerate(shown) if line.startswith("    “")]
    wrapped = [shown[i + 1] for i in body if not shown[i].rstrip().endswith("”")]
    assert wrapped, "no quote was long enough to wrap at 50 columns"
    assert all(line.startswith("    ") and line.strip() for line in wrapped)
    assert max(map(len, shown)) <= 50 and [line for line in shown if line != line.rstrip()] == []


def test_quotes_in_a_pipe_are_one_line_each(run_cli) -> None:
    lines = run_cli("quotes", str(SEEDS)).stdout.splitlines()
    bodies = [line for line in lines if line.startswith("    “")]
    assert len(bodies) == len(Story.load(SEEDS).quotes())
    assert all(line.endswith("”") for line in bodies)


def test_show_in_a_pipe_leaves_no_trailing_spaces_and_keeps_paragraphs_whole(run_cli) -> None:
    result = run_cli("show", "002_a472edca295215ad.txt", "--corpus", str(SEEDS))
    lines = result.stdout.splitlines()
    assert [line for line in lines if line != line.rstrip()] == []
    article = Story.load(SEEDS).article("002_a472edca295215ad.txt")
    body = [p for p in article.paragraphs if p.kind == "body"]
    assert article.text[body[1].start : body[1].end] in lines


def test_show_in_a_terminal_wraps_at_its_width_with_no_trailing_spaces(
    storydiff_exe: str, tmp_path: Path
) -> None:
    shown = in_terminal(storydiff_exe, tmp_path, "show", "3", "--corpus", str(SEEDS), columns=60)
    lines = plain(shown).split("\n")
    assert len(lines) > 60 and max(map(len, lines)) <= 60
    assert [line for line in lines if line != line.rstrip()] == []
    assert "Wales Online · 674 words" in lines


def test_overlaps_in_a_pipe_mark_differing_words_as_text(run_cli) -> None:
    piped = run_cli("overlaps", "1", "5", "--corpus", str(SEEDS), "--width", "200").stdout
    assert "\x1b" not in piped
    assert "[-should-] continue" in piped and "{+could+} continue" in piped
    never = run_cli("overlaps", "1", "5", "--corpus", str(SEEDS), "--width", "200", "--color=never").stdout
    assert never == piped
    always = run_cli("overlaps", "1", "5", "--corpus", str(SEEDS), "--width", "200", "--color=always").stdout
    assert "\x1b[" in always and "[-should-]" not in always and "should continue" not in always


# -- item 16: plurals, and widths too small to use ------------------------------------------------


def heading(table: str) -> str:
    return table.splitlines()[0].strip()


def test_counts_of_one_are_singular(run_cli, tmp_path: Path) -> None:
    one = tmp_path / "one"
    one.mkdir()
    text = "A title here\n\n“We will rebuild the bridge,” Mayor Anna Berg said on Monday.\n"
    (one / "a.txt").write_text(text, encoding="utf-8")
    assert heading(run_cli("list", str(one), "--width", "80").stdout) == "1 article"
    assert run_cli("quotes", str(one)).stdout.startswith("1 quote\n")
    assert heading(run_cli("speakers", str(one), "--width", "80").stdout) == "1 speaker"
    assert heading(run_cli("graph", str(one), "--width", "80").stdout) == "1 article · 0 pairs share passages"
    overlap = run_cli("overlaps", "1", "5", "--corpus", str(SEEDS)).stdout
    assert overlap.startswith("1 shared passage · 0 copied · 1 reworded\n")  # one quote in other words
    most = max(e.shared_words for e in Story.load(SEEDS).graph().edges)
    pair = run_cli("graph", str(SEEDS), "--min-words", str(most), "--width", "100").stdout
    assert heading(pair) == "5 articles · 1 pair shares passages"


@pytest.mark.parametrize("command", ["overlaps 1 2", "list", "speakers", "graph"])
def test_a_width_too_small_to_use_is_refused_with_the_minimum(run_cli, command: str) -> None:
    result = run_cli(*command.split(), "--width", "10")
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == "storydiff: --width 10 is too narrow: the least that works is 40\n"
    assert run_cli(*command.split(), "--width", "40").returncode == 0


# -- item 15: a closed pipe ends quietly, status 0 ------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [
        "list",
        "list --json",
        "show 3",
        "show 3 --json",
        "quotes",
        "quotes --json",
        "speakers",
        "speakers --width 120",
        "overlaps 1 5",
        "overlaps 1 5 --json",
        "graph",
        "graph --width 120",
    ],
)
def test_a_reader_that_goes_away_ends_the_command_quietly(
    storydiff_exe: str, tmp_path: Path, command: str
) -> None:
    env = {**os.environ, "STORYDIFF_CACHE_DIR": str(tmp_path / "cache")}
    child = subprocess.Popen(
        [storydiff_exe, *command.split()],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        cwd=tmp_path,
    )
    assert child.stdout is not None and child.stderr is not None
    child.stdout.close()  # like `| head` that has read its lines, before the command writes any
    errors = child.stderr.read()
    assert child.wait(timeout=120) == 0
    assert errors == b""
