"""``storydiff quotes --json`` makes each quote's JSON inert on its own (control and invisible
characters escaped as ``\\uXXXX``) rather than the whole text at once: the bytes must be the same
either way, on any quote, and an ASCII text (most quotes' rows) is given back as it is."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from corpus.model import Quote
from storydiff.cli_quotes import quotes_json
from storydiff.output import inert_json
from tests.quote_strategies import quotes


@given(st.lists(quotes, max_size=4))
def test_each_quote_made_inert_on_its_own_is_the_whole_made_inert(made: list[Quote]) -> None:
    assert quotes_json(made, inert_json) == inert_json(quotes_json(made))


def test_ascii_text_comes_back_as_it_is_and_delete_is_escaped() -> None:
    plain = '{\n  "text": "The mayor said so."\n}'
    assert inert_json(plain) is plain
    assert inert_json('"rub\x7fout"') == '"rub\\u007fout"'


def test_invisible_and_bidi_characters_are_escaped_and_the_rest_kept() -> None:
    text = "zero\u200bwidth, line\u2028end, \u202eflip, \x85next, \ufeffmark, “curly” é"
    written = inert_json(json.dumps(text, ensure_ascii=False))
    assert written == '"zero\\u200bwidth, line\\u2028end, \\u202eflip, \\u0085next, \\ufeffmark, “curly” é"'
    assert json.loads(written) == text


def test_the_command_writes_hidden_characters_of_a_quote_escaped(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "harbour.txt").write_text(
        "Harbour fees rise\n\n"
        "Fees at the harbour of Corvalla will rise next year, the council decided.\n\n"
        "“We cannot keep the quays\u200b open on what we charge now,” said councillor Mira Delacosta.\n",
        encoding="utf-8",
    )
    (folder / "ferry.txt").write_text(
        "Ferry line to reopen\n\n"
        '"The new boats are ready and the crews are trained," said Dana Pellworth, the director.\n',
        encoding="utf-8",
    )
    done = run_cli("quotes", str(folder), "--json")
    assert done.returncode == 0, done.stderr
    assert "\u200b" not in done.stdout
    assert "quays\\u200b open" in done.stdout
    found = {q["text"] for q in json.loads(done.stdout)}
    assert any("quays\u200b open" in text for text in found)
    assert any("new boats are ready" in text for text in found)
