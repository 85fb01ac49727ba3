"""`storydiff list` and `storydiff show`, run as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

from tests.test_load_seeds import EXPECTED


def test_list_json_is_right_for_all_five_seeds(run_cli, seeds_dir: Path) -> None:
    result = run_cli("list", str(seeds_dir), "--json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert [r["article"] for r in rows] == sorted(EXPECTED)
    for row in rows:
        assert set(row) == {"article", "path", "title", "source", "date", "words", "problem"}
        assert (row["title"], row["source"], row["date"]) == EXPECTED[row["article"]]
        assert row["problem"] is None
        assert Path(row["path"]).name == row["article"]
        assert row["words"] > 250


def test_list_without_path_uses_the_samples_from_any_directory(run_cli, tmp_path: Path) -> None:
    result = run_cli("list", "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert [r["article"] for r in json.loads(result.stdout)] == sorted(EXPECTED)


def test_list_table(run_cli, seeds_dir: Path) -> None:
    result = run_cli("list", str(seeds_dir), "--width", "120")
    assert result.returncode == 0
    assert "Wales Online" in result.stdout
    assert "dpa/MIA" in result.stdout
    assert "5 articles" in result.stdout


def test_show_json_offsets_slice_the_text(run_cli, seeds_dir: Path) -> None:
    result = run_cli("show", "004_2a2727772e1582b5.txt", "--corpus", str(seeds_dir), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    text = (seeds_dir / "004_2a2727772e1582b5.txt").read_text(encoding="utf-8")
    assert data["text"] == text
    assert data["title"] == "NATO still sees no Russian retreat from Ukraine border"
    kinds = [p["kind"] for p in data["paragraphs"]]
    assert kinds[:3] == ["boilerplate", "title", "body"]
    assert kinds[-1] == "boilerplate"
    first_sentence = data["sentences"][2]
    assert text[first_sentence["start"] : first_sentence["end"]].startswith("NATO said on Thursday")


def test_show_prints_the_cleaned_article(run_cli) -> None:
    result = run_cli("show", "004")  # a unique prefix of the file name is enough
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("NATO still sees no Russian retreat from Ukraine border")
    assert "Back to top button" not in result.stdout  # boilerplate hidden by default
    assert "0_Web_Top" not in result.stdout
    assert "Lukashenko" in result.stdout
    shown_all = run_cli("show", "004", "--all")
    assert "Back to top button" in shown_all.stdout


def test_bad_command_lines_exit_2_with_one_line(run_cli, tmp_path: Path) -> None:
    for args in (
        ("list", str(tmp_path / "missing")),
        ("show", "no-such-article"),
        ("list", "--bogus-flag"),
        (str(tmp_path / "missing"),),
    ):
        result = run_cli(*args)
        assert result.returncode == 2, args
        assert result.stdout == ""
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert "Traceback" not in result.stderr


def test_help_and_version(run_cli) -> None:
    version = run_cli("--version")
    assert version.returncode == 0 and version.stdout.startswith("storydiff ")
    for args in (("--help",), ("list", "--help"), ("show", "--help")):
        result = run_cli(*args)
        assert result.returncode == 0
        assert "usage: storydiff" in result.stdout


def test_bad_files_are_listed_and_the_rest_loads(run_cli, tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "good.txt").write_text("Headline\n\nBody text here.\n", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    result = run_cli("list", str(folder), "--json")
    assert result.returncode == 0, result.stderr
    problems = {r["article"]: r["problem"] for r in json.loads(result.stdout)}
    assert problems == {
        "binary.txt": "not text: the file is a PNG image",
        "empty.txt": "empty file",
        "good.txt": None,
    }
