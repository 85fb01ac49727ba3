"""`storydiff search`, run as a user runs it."""

from __future__ import annotations

import json
from pathlib import Path


def _folder(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "one.txt").write_text(
        "Depot vote\n\nThe Marrowby council voted to close the tram depot. "
        "Campaigners said the Dépôt museum would fight on.\n",
        encoding="utf-8",
    )
    rain = "Weather\n\nRain over the hills; the depot roof leaks again.\n"
    (root / "two.txt").write_text(rain, encoding="utf-8")
    (root / "three.txt").write_text("Sport\n\nMarrowby won the cup final at home.\n", encoding="utf-8")
    return root


def test_search_json_gives_each_hit_as_offsets_into_the_text(run_cli, tmp_path: Path) -> None:
    root = _folder(tmp_path)
    result = run_cli("search", 'depot "council voted"', str(root), "--json")
    assert result.returncode == 0, result.stderr
    (found,) = json.loads(result.stdout)
    assert set(found) == {"article", "number", "hits", "context"}
    assert found["article"] == "one.txt" and found["number"] == 1
    text = (root / "one.txt").read_text(encoding="utf-8")
    hits = [text[h["start"] : h["end"]] for h in found["hits"]]
    assert hits == ["Depot", "council voted", "depot", "Dépôt"]
    context = found["context"]
    assert context["match"] == "Depot"  # the first hit with both terms near it: the headline
    assert (context["before"] + context["match"] + context["after"]) in " ".join(text.split())


def test_search_lists_matches_in_number_order_and_says_when_none(run_cli, tmp_path: Path) -> None:
    root = _folder(tmp_path)
    result = run_cli("search", "DEPOT", str(root))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["#", "hits", "article", "found"]
    assert [line.split()[0] for line in lines[1:]] == ["1", "3"]  # one.txt, two.txt (names sort o < t < tw)
    assert lines[1].endswith("[Depot] vote")  # the hit in context, marked
    nothing = run_cli("search", "harbour", str(root))
    assert nothing.returncode == 1 and nothing.stdout == "" and "no article holds harbour" in nothing.stderr
    empty = run_cli("search", "  ", str(root))
    assert empty.returncode == 2 and "query is empty" in empty.stderr
