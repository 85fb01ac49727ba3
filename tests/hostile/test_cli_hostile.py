"""Every CLI command on hostile text and broken files, through the installed script.

Exit 0 with the problems listed; nothing a terminal would obey in the output; markup shown as typed;
JSON that keeps the text exactly (escaped by the encoder). A bad command line: exit 2, one line.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.hostile import inputs
from tests.hostile.conftest import SGR, Run, assert_clean


def _commands(corpus: Path, one: str, other: str) -> dict[str, list[str]]:
    return {
        "list": ["list", str(corpus)],
        "show": ["show", one, "--corpus", str(corpus), "--all"],
        "quotes": ["quotes", str(corpus)],
        "speakers": ["speakers", str(corpus)],
        "overlaps": ["overlaps", one, other, "--corpus", str(corpus)],
        "graph": ["graph", str(corpus)],
    }


COMMANDS = ["list", "show", "quotes", "speakers", "overlaps", "graph"]


@pytest.mark.parametrize("as_json", [False, True], ids=["terminal", "json"])
@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_on_hostile_text(cli: Run, text_corpus: Path, command: str, as_json: bool) -> None:
    args = _commands(text_corpus, "b_escapes.txt", "a_good.txt")[command]
    result = cli(*args, *(["--json"] if as_json else []))
    assert_clean(result)
    if as_json:
        assert "\x1b" not in result.stdout  # the encoder escapes it as \u001b
        json.loads(result.stdout)


@pytest.mark.parametrize("name", ["b_escapes.txt", "c_markup.md", "d_bidi.txt", "f_page.html"])
def test_show_displays_hostile_text_inert_and_literal(cli: Run, text_corpus: Path, name: str) -> None:
    result = cli("show", name, "--corpus", str(text_corpus), "--all")
    assert_clean(result)
    out = " ".join(result.stdout.split())  # rich wraps lines: compare with the breaks folded
    if name == "b_escapes.txt":
        for placeholder in ("␛[2J␛[H", "␛]52;c;cm0gLXJmIH4K␇", "␛]8;;https://evil.example/␛\\", "␛]0;pwned␇"):
            assert placeholder in out
        assert "back␈space" in out and "null␀byte" in out and "vertical␋tab" in out and "delete␡." in out
        assert "\r" not in result.stdout  # a lone carriage return breaks the line, it never rewinds it
    elif name == "c_markup.md":
        for literal in inputs.MARKUP_LITERALS:
            assert literal in out
        assert "Markup [bold red]in the headline[/]" in out
    elif name == "f_page.html":
        assert out.startswith("Web [bold]page[/] headline ␛[31mred")
        assert "“Run ␛[2J now,” Joe Bloggs said. a link ⇄ evil" in out
        assert "alert" not in out and "javascript" not in out and "data:" not in out
    else:
        assert "said ⇄tnemeerga na⇄ at all,␣”" in out
        assert "Zero␣width␣joiners␣" in out and "⇄isolates⇄" in out


def test_json_keeps_the_text_exactly(cli: Run, text_corpus: Path) -> None:
    result = cli("show", "b_escapes.txt", "--corpus", str(text_corpus), "--json")
    assert_clean(result)
    shown = json.loads(result.stdout)
    assert shown["text"] == inputs.ESCAPES
    assert shown["problem"] is None  # control characters are text, not a reason to reject the file
    quotes = json.loads(cli("quotes", str(text_corpus), "--json").stdout)
    texts: dict[str, str] = {}
    for quote in quotes:  # offsets index the article's text (for HTML, the Markdown made from it)
        if quote["article"] not in texts:
            shown = cli("show", quote["article"], "--corpus", str(text_corpus), "--json")
            texts[quote["article"]] = json.loads(shown.stdout)["text"]
        assert texts[quote["article"]][quote["start"] : quote["end"]] == quote["text"]
    assert any("\x1b[2J" in q["text"] for q in quotes)
    assert any("[@click=app.quit]" in q["text"] for q in quotes)
    rows = json.loads(cli("list", str(text_corpus), "--json").stdout)
    titles = {row["article"]: row["title"] for row in rows}
    assert titles["b_escapes.txt"] == "Markets \x1b[2J crash headline"
    assert titles["c_markup.md"] == "Markup [bold red]in the headline[/]"  # "[/]" is not a photo credit
    assert titles["d_bidi.txt"] == "Bidi overrides in a quote"


def test_a_hostile_file_name_is_shown_inert_on_one_line(cli: Run, text_corpus: Path) -> None:
    listing = cli("list", str(text_corpus))
    assert_clean(listing)
    assert "g_␛[2J⇄evil␤name.txt" in "".join(listing.stdout.split())
    rows = json.loads(cli("list", str(text_corpus), "--json").stdout)
    assert inputs.EVIL_NAME in {row["article"] for row in rows}
    shown = cli("show", "g_", "--corpus", str(text_corpus))
    assert_clean(shown)
    assert shown.stdout.startswith("Evil file name")
    missing = cli("show", "x\x1b[2J\ny", "--corpus", str(text_corpus))
    assert missing.returncode == 2
    assert missing.stderr == "storydiff: x␛[2J␤y: no such article in the corpus\n"


def test_quotes_listing_shows_markup_and_escapes_literally(cli: Run, text_corpus: Path) -> None:
    result = cli("quotes", str(text_corpus))
    assert_clean(result)
    out = " ".join(result.stdout.split())
    assert "Stop [bold red]now[/] and [link=https://evil.example]click me[/link]" in out
    assert "Clear ␛[2J␛[H the screen now," in out
    assert "Tom Hale" in out and "Ann Lee" in out


@pytest.mark.parametrize("command", COMMANDS)
def test_a_colour_terminal_gets_only_style_sequences(cli: Run, text_corpus: Path, command: str) -> None:
    """With colour forced on (as in a real terminal), the only escapes are rich's own SGR styles."""
    args = _commands(text_corpus, "b_escapes.txt", "a_good.txt")[command]
    result = cli(*args, env={"FORCE_COLOR": "1", "TTY_COMPATIBLE": "1"})
    assert_clean(result)
    assert "\x1b" not in SGR.sub("", result.stdout)


@pytest.mark.parametrize("as_json", [False, True], ids=["terminal", "json"])
@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_on_broken_files(cli: Run, broken_corpus: Path, command: str, as_json: bool) -> None:
    args = _commands(broken_corpus, "c_png.txt", "a_good.txt")[command]
    result = cli(*args, *(["--json"] if as_json else []))
    assert_clean(result)
    if as_json:
        json.loads(result.stdout)


def test_list_names_every_broken_file_with_its_problem(cli: Run, broken_corpus: Path) -> None:
    rows = {row["article"]: row for row in json.loads(cli("list", str(broken_corpus), "--json").stdout)}
    assert "a_good.txt" in rows and rows["a_good.txt"]["problem"] is None
    assert rows["a_good.txt"]["title"] == "Talks resume in Geneva after a week of threats"
    for name, word in inputs.BROKEN_PROBLEMS.items():
        assert word in (rows[name]["problem"] or ""), (name, rows[name]["problem"])
    for name in ("e_utf16_bom.txt", "f_utf16_nobom.txt", "l_copy.txt"):
        assert rows[name]["problem"] is None and rows[name]["title"] == "Geneva talks go on despite threats"
    # the damaged UTF-8 file keeps its good characters (not garbled as Windows-1252)
    shown = json.loads(cli("show", "d_invalid_utf8.txt", "--corpus", str(broken_corpus), "--json").stdout)
    assert "The mayor said “we are ready” to Zoë and Chloé �� today." in shown["text"]
    assert "UTF-8" in shown["problem"]
    # the loop folder is walked once: no article is listed twice
    assert not any(name.startswith("i_loop") for name in rows)
    listing = cli("list", str(broken_corpus))
    assert_clean(listing)
    assert "PNG" in listing.stdout and "too large" in listing.stdout


def test_quotes_and_graph_still_work_next_to_broken_files(cli: Run, broken_corpus: Path) -> None:
    quotes = json.loads(cli("quotes", str(broken_corpus), "--json").stdout)
    readable = {"a_good.txt", "e_utf16_bom.txt", "f_utf16_nobom.txt", "l_copy.txt"}
    assert readable <= {q["article"] for q in quotes}
    graph = json.loads(cli("graph", str(broken_corpus), "--json").stdout)
    pairs = {(e["a"], e["b"]) for e in graph["edges"]}
    assert ("e_utf16_bom.txt", "l_copy.txt") in pairs


def test_show_of_a_broken_file_names_its_problem(cli: Run, broken_corpus: Path) -> None:
    result = cli("show", "g_huge.txt", "--corpus", str(broken_corpus))
    assert_clean(result)
    assert "too large" in result.stdout


@pytest.mark.parametrize(
    "args",
    [
        ["list", "/no/such/folder"],
        ["/no/such/folder"],
        ["quotes", "/no/such/folder", "--json"],
        ["graph", "/no/such/folder"],
        ["show", "nothing-like-this.txt", "--corpus", "{broken}"],
        ["show"],
        ["overlaps", "a_good.txt"],
        ["overlaps", "a_good.txt", "nowhere.txt", "--corpus", "{broken}"],
        ["graph", "--min-words", "many"],
        ["list", "--no-such-option"],
    ],
    ids=lambda a: " ".join(a),
)
def test_a_bad_command_line_is_one_line_and_exit_2(cli: Run, broken_corpus: Path, args: list[str]) -> None:
    result = cli(*(a.replace("{broken}", str(broken_corpus)) for a in args))
    assert result.returncode == 2, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("storydiff: "), result.stderr
    assert result.stdout == ""


def test_thousands_of_files_list(cli: Run, many_files: Path) -> None:
    listed = cli("list", str(many_files), "--json", timeout=300, cpu_seconds=inputs.cpu_box(300))
    rows = json.loads(listed.stdout)
    assert len(rows) == inputs.MANY_FILES
    last = inputs.MANY_FILES - 1
    assert rows[0]["title"] == "Story number 0" and rows[-1]["title"] == f"Story number {last}"
    assert all(row["problem"] is None for row in rows)
