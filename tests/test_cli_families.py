"""`storydiff families`, run as a user runs it."""

from __future__ import annotations

import json
from pathlib import Path

STORY = (
    "The city council of Marrowby voted 7 to 2 on Wednesday to close the old tram depot and turn "
    "the site into 240 homes, a park and a primary school, ending a dispute that lasted a decade. "
    "Residents who had campaigned to keep the depot as a museum said they would ask the regional "
    "court to review the decision before demolition begins in the spring."
)


def _folder(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "one.txt").write_text("Depot vote\n\nMarrowby, May 2, 2023\n\n" + STORY + "\n", encoding="utf-8")
    (root / "two.txt").write_text("Council decides\n\nMay 3, 2023\n\n" + STORY + "\n", encoding="utf-8")
    (root / "three.txt").write_text(
        "Depot gone\n\n" + STORY.replace("Wednesday", "Wednesday evening") + "\n\nMore later.\n",
        encoding="utf-8",
    )
    (root / "other.txt").write_text("Weather\n\nRain is expected over the hills tonight.\n", encoding="utf-8")
    return root


def test_families_json_names_every_version_and_the_origin(run_cli, tmp_path: Path) -> None:
    root = _folder(tmp_path)
    result = run_cli("families", str(root), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert sorted(data["articles"]) == ["one.txt", "other.txt", "three.txt", "two.txt"]
    assert len(data["families"]) == 1
    family = data["families"][0]
    assert set(family) == {"id", "articles", "origin", "text", "members"}
    assert family["articles"] == 3
    assert family["origin"] == {"article": "one.txt", "why": "earliest, 2023-05-02"}
    assert "240 homes" in family["text"]
    for member in family["members"]:
        text = (root / member["article"]).read_text(encoding="utf-8")
        assert "240 homes" in text[member["start"] : member["end"]]
        assert member["tier"] == "copied"
        assert 0 < member["similarity"] <= 1


def test_min_articles_leaves_out_smaller_families(run_cli, tmp_path: Path) -> None:
    root = _folder(tmp_path)
    assert (
        json.loads(run_cli("families", str(root), "--json", "--min-articles", "4").stdout)["families"] == []
    )
    bad = run_cli("families", str(root), "--min-articles", "1")
    assert bad.returncode == 2
    assert "two articles or more" in bad.stderr


def test_families_table_on_the_samples(run_cli) -> None:
    result = run_cli("families")
    assert result.returncode == 0, result.stderr
    assert "5 articles" in result.stdout
    assert "signs from Moscow" in result.stdout
    assert "Traceback" not in result.stderr


def test_families_of_a_missing_folder_is_a_clear_message(run_cli, tmp_path: Path) -> None:
    result = run_cli("families", str(tmp_path / "nowhere"))
    assert result.returncode == 2
    assert "no such file or folder" in result.stderr
