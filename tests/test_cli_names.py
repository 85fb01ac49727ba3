"""Naming an article on the command line: one numbering (as `list` and the app show it), a file
name, or a path, inside the corpus or not; a name two folders share lists both."""

from __future__ import annotations

import json
from pathlib import Path

from corpus.story import Story
from tests.test_load_seeds import EXPECTED

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
NAMES = sorted(EXPECTED)


def shown_name(result) -> str:  # type: ignore[no-untyped-def]
    assert result.returncode == 0, result.stderr
    return str(json.loads(result.stdout)["article"])


def test_a_number_is_the_row_of_that_number_in_list(run_cli) -> None:
    listed = run_cli("list", str(SEEDS)).stdout.splitlines()
    for number in range(1, 6):
        row = listed[number - 1].split()
        assert row[0] == str(number)
        assert shown_name(run_cli("show", str(number), "--corpus", str(SEEDS), "--json")) == row[1]
    # A file name, or its start, names the file: "001" is the file 001_…, not article 1.
    assert shown_name(run_cli("show", "001", "--corpus", str(SEEDS), "--json")) == NAMES[1]
    assert shown_name(run_cli("show", NAMES[0], "--corpus", str(SEEDS), "--json")) == NAMES[0]
    too_far = run_cli("show", "6", "--corpus", str(SEEDS))
    assert too_far.returncode == 2 and "no such article" in too_far.stderr


def test_the_app_and_list_number_articles_alike() -> None:
    story = Story.load(SEEDS)
    assert [story.tag(a.name) for a in story.articles] == ["1", "2", "3", "4", "5"]
    assert [story.find(str(n)).name for n in range(1, 6)] == NAMES


def test_show_takes_a_path_to_a_page_outside_any_corpus(run_cli, tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Harbour bridge reopens</title></head><body><article>"
        "<h1>Harbour bridge reopens</h1><p>The harbour bridge reopened on Monday after repairs "
        "that took three months and closed the road to the port.</p></article></body></html>",
        encoding="utf-8",
    )
    result = run_cli("show", "page.html", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Harbour bridge reopens\n")
    assert "The harbour bridge reopened on Monday" in result.stdout
    assert shown_name(run_cli("show", str(page), "--json")) == "page.html"


def _events(tmp_path: Path) -> Path:
    """A corpus of per-event folders, two of which hold a file of the same name."""
    corpus = tmp_path / "events"
    for folder, name, words in [
        ("21ecb", "21_1ecb.txt", "The ferry sank near the island"),
        ("21ecb", "21_2ecb.txt", "Divers searched the wreck of the ferry"),
        ("north", "report.txt", "Snow closed the northern pass"),
        ("south", "report.txt", "Floods reached the southern plain"),
    ]:
        (corpus / folder).mkdir(parents=True, exist_ok=True)
        (corpus / folder / name).write_text(
            f"{words}\n\n{words} on Tuesday, officials said.\n", encoding="utf-8"
        )
    return corpus


def test_a_path_inside_the_corpus_names_its_article(run_cli, tmp_path: Path) -> None:
    corpus = _events(tmp_path)
    result = run_cli("show", "21ecb/21_1ecb.txt", "--corpus", str(corpus), "--json")
    assert shown_name(result) == "21_1ecb.txt"
    assert json.loads(result.stdout)["title"] == "The ferry sank near the island"
    assert (
        shown_name(run_cli("show", "south/report.txt", "--corpus", str(corpus), "--json"))
        == "south/report.txt"
    )
    outside_cwd = run_cli("show", str(corpus / "21ecb" / "21_2ecb.txt"), "--corpus", str(corpus), "--json")
    assert shown_name(outside_cwd) == "21_2ecb.txt"


def test_a_name_two_folders_share_lists_both(run_cli, tmp_path: Path) -> None:
    corpus = _events(tmp_path)
    result = run_cli("show", "report.txt", "--corpus", str(corpus))
    assert result.returncode == 2
    assert result.stdout == ""
    assert "north/report.txt" in result.stderr and "south/report.txt" in result.stderr
    assert "no such article" not in result.stderr


def test_overlaps_take_numbers_names_and_paths_alike(run_cli) -> None:
    by_number = json.loads(run_cli("overlaps", "1", "5", "--corpus", str(SEEDS), "--json").stdout)
    by_path = json.loads(run_cli("overlaps", str(SEEDS / NAMES[0]), str(SEEDS / NAMES[4]), "--json").stdout)
    assert (by_number["a"], by_number["b"]) == (NAMES[0], NAMES[4])
    assert by_path == by_number and len(by_number["passages"]) == 1
