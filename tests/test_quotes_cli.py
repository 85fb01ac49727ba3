"""`storydiff quotes` and `storydiff speakers`, run as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path


def test_quotes_json_contract(run_cli, seeds_dir: Path) -> None:
    result = run_cli("quotes", str(seeds_dir), "--json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert len(rows) == 32
    keys = {"article", "start", "end", "text", "kind", "speaker", "mention", "quoting", "cue", "group"}
    for row in rows:
        assert set(row) == keys
        text = (seeds_dir / row["article"]).read_text(encoding="utf-8")
        assert text[row["start"] : row["end"]] == row["text"]
        assert row["kind"] in ("direct", "partial", "term")
        assert isinstance(row["group"], int)
        if row["mention"] is not None:
            m = row["mention"]
            assert set(m) == {"start", "end", "text"}
            assert text[m["start"] : m["end"]] == m["text"]
    kuleba = [r for r in rows if r["speaker"] == "Dmytro Kuleba"]
    assert {r["mention"]["text"] for r in kuleba} == {
        "Ukraine’s Foreign Minister Dmytro Kuleba",
        "Kuleba",
        "Ukraine’s Foreign Minister Dymytro Kuleba",
    }
    biden = next(r for r in rows if r["text"].startswith("Our analysts"))
    assert (biden["speaker"], biden["mention"]["text"], biden["cue"]) == ("Joe Biden", "he", "said")


def test_speakers_json_contract(run_cli, seeds_dir: Path) -> None:
    result = run_cli("speakers", str(seeds_dir), "--json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    for row in rows:
        assert set(row) == {"name", "role", "aliases", "quotes", "relayed", "articles"}
    by_name = {r["name"]: r for r in rows}
    assert by_name["Dmytro Kuleba"]["quotes"] == 3
    assert "Dymytro Kuleba" in by_name["Dmytro Kuleba"]["aliases"]
    assert by_name["Jens Stoltenberg"]["articles"] == sorted(by_name["Jens Stoltenberg"]["articles"])
    assert len(by_name["Jens Stoltenberg"]["articles"]) == 4
    assert sum(r["quotes"] for r in rows) == 32


def test_quotes_listing_is_readable_and_inert(run_cli, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "evil.txt").write_text(
        "A headline\n\n“Stop [bold red]now[/] \x1b[2J please,” Tom Hale said.\n",
        encoding="utf-8",
    )
    result = run_cli("quotes", str(corpus))
    assert result.returncode == 0, result.stderr
    assert "\x1b" not in result.stdout  # the escape sequence is shown, not obeyed
    assert "␛[2J" in result.stdout
    assert "[bold red]now[/]" in result.stdout  # markup in article text is printed as text
    assert result.stdout.startswith("1 quote\n")
    speakers = run_cli("speakers", str(corpus))
    assert speakers.returncode == 0, speakers.stderr
    assert "Hale" in speakers.stdout


def test_default_corpus_and_bad_path(run_cli, tmp_path: Path) -> None:
    result = run_cli("speakers", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Jens Stoltenberg" in result.stdout and "Dymytro Kuleba" in result.stdout
    missing = run_cli("quotes", str(tmp_path / "nope"), "--json")
    assert missing.returncode == 2
    assert missing.stderr.count("\n") == 1 and "no such file or folder" in missing.stderr


def test_broken_files_do_not_stop_the_corpus(run_cli, tmp_path: Path) -> None:
    corpus = tmp_path / "mixed"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Title\n\n“We are ready,” Tom Hale said.\n", encoding="utf-8")
    (corpus / "b.txt").write_bytes(b"\x00\x01\x02binary\xff\xfe")
    (corpus / "c.txt").write_text("", encoding="utf-8")
    result = run_cli("quotes", str(corpus), "--json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert [(r["article"], r["text"], r["speaker"]) for r in rows] == [("a.txt", "We are ready,", "Tom Hale")]
