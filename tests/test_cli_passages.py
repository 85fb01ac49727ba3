"""`storydiff overlaps` and `storydiff graph`, run as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

from corpus.story import SMALL_CORPUS

A = "000_001046f2ce72b2e4.txt"
B = "004_2a2727772e1582b5.txt"


def test_overlaps_json_slices_both_texts(run_cli, seeds_dir: Path) -> None:
    result = run_cli("overlaps", str(seeds_dir / A), str(seeds_dir / B), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["a"], data["b"]) == (A, B)
    text_a = (seeds_dir / A).read_text(encoding="utf-8")
    text_b = (seeds_dir / B).read_text(encoding="utf-8")
    assert data["passages"]
    for p in data["passages"]:
        assert set(p) == {
            "a_start",
            "a_end",
            "b_start",
            "b_end",
            "a_text",
            "b_text",
            "similarity",
            "tier",
            "ops",
        }
        assert p["a_text"] == text_a[p["a_start"] : p["a_end"]]
        assert p["b_text"] == text_b[p["b_start"] : p["b_end"]]
        assert "".join(text_a[o["a_start"] : o["a_end"]] for o in p["ops"]) == p["a_text"]
    quote = next(p for p in data["passages"] if "diplomacy should continue" in p["a_text"])
    assert quote["tier"] == "reworded"  # one statement quoted in two wordings, not verbatim reuse
    assert any(
        o["op"] == "replace" and text_b[o["b_start"] : o["b_end"]].strip() == "could" for o in quote["ops"]
    )


def test_overlaps_is_symmetric_from_the_command_line(run_cli) -> None:
    forward = json.loads(run_cli("overlaps", "000", "004", "--json").stdout)
    backward = json.loads(run_cli("overlaps", "004", "000", "--json").stdout)
    assert (backward["a"], backward["b"]) == (forward["b"], forward["a"])
    assert sorted((p["a_start"], p["b_start"]) for p in forward["passages"]) == sorted(
        (p["b_start"], p["a_start"]) for p in backward["passages"]
    )


def test_overlaps_side_by_side_in_a_pipe(run_cli) -> None:
    result = run_cli("overlaps", "000", "001", "--width", "90")
    assert result.returncode == 0, result.stderr
    assert "reworded" in result.stdout
    assert "100,000" in result.stdout
    assert max(len(line) for line in result.stdout.splitlines()) <= 90


def test_overlaps_shows_markup_and_escapes_in_articles_inertly(run_cli, tmp_path: Path) -> None:
    quote = "The [bold red]central bank[/] raised rates to 4.25 percent citing \x1b[2J stubborn inflation."
    (tmp_path / "a.txt").write_text("First headline\n\n" + quote, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Second headline\n\nIn Frankfurt. " + quote, encoding="utf-8")
    result = run_cli("overlaps", "a.txt", "b.txt", "--corpus", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "[bold red]central bank[/]" in result.stdout
    assert "\x1b" not in result.stdout
    assert "␛[2J" in result.stdout


def test_overlaps_of_unknown_articles_is_a_one_line_error(run_cli) -> None:
    result = run_cli("overlaps", "000", "no-such-article")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "no-such-article" in result.stderr


def test_graph_json_on_the_seeds(run_cli, seeds_dir: Path) -> None:
    result = run_cli("graph", str(seeds_dir), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert len(data["articles"]) == 5
    edges = {(e["a"], e["b"]): e for e in data["edges"]}
    assert set(next(iter(edges.values()))) == {"a", "b", "passages", "shared_words"}
    assert edges[(A, B)]["passages"] >= 1
    few = json.loads(run_cli("graph", str(seeds_dir), "--json", "--min-words", "22").stdout)
    assert all(e["shared_words"] >= 22 for e in few["edges"])
    assert len(few["edges"]) < len(data["edges"])


def test_graph_of_a_cached_corpus_sees_changes(run_cli, seeds_dir: Path, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in (A, B):
        (corpus / name).write_bytes((seeds_dir / name).read_bytes())
    for i in range(SMALL_CORPUS):  # a corpus big enough for its articles to be cached
        (corpus / f"note{i:03d}.txt").write_text(f"Note {i}\n\nThe reading on gauge {i} was {i * 7}.\n")
    first = json.loads(run_cli("graph", str(corpus), "--json").stdout)
    assert len(first["edges"]) == 1
    assert (tmp_path / "cache" / "storydiff.sqlite3").exists()
    second = json.loads(run_cli("graph", str(corpus), "--json").stdout)
    assert second == first
    # Cut the shared quote out of one file: the cached entries must not hide the change.
    text = (corpus / B).read_text(encoding="utf-8")
    start = text.index("“There are signs")
    (corpus / B).write_text(text[:start] + text[text.index("\n", start) :], encoding="utf-8")
    third = json.loads(run_cli("graph", str(corpus), "--json").stdout)
    assert third["edges"] == []


def test_graph_table_and_bad_path(run_cli) -> None:
    table = run_cli("graph", "--width", "120")
    assert table.returncode == 0, table.stderr
    assert "5 articles · 3 pairs share passages" in table.stdout
    missing = run_cli("graph", "/no/such/folder")
    assert missing.returncode == 2
    assert "no such file or folder" in missing.stderr
