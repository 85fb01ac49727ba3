"""The console script ends the process as soon as a subcommand is done (no freeing of every object,
no wait for the quote finder's helper): what it printed is all there, and its exit status is the
command's."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def _storydiff(*args: str, cache: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "STORYDIFF_CACHE_DIR": str(cache), "NO_COLOR": "1"}
    return subprocess.run(
        [sys.executable, "-m", "storydiff.cli", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=300,
        check=False,
    )


def test_a_command_prints_everything_before_the_process_ends(tmp_path: Path) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(210):  # big enough for the quote finder's helper process
        (corpus / f"{n:03}.txt").write_text(texts[n % len(texts)], encoding="utf-8")
    done = _storydiff("quotes", str(corpus), "--json", cache=tmp_path / "cache")
    assert done.returncode == 0 and done.stderr == ""
    quotes = json.loads(done.stdout)  # the whole array: the last bytes were flushed
    articles = {q["article"] for q in quotes}
    assert len(articles) >= 200 and {"000.txt", "209.txt"} <= articles
    assert sum(q["speaker"] == "Jens Stoltenberg" for q in quotes) >= 100
    listed = _storydiff("list", str(corpus), "--json", cache=tmp_path / "cache")
    assert listed.returncode == 0 and len(json.loads(listed.stdout)) == 210


def test_a_usage_error_keeps_its_exit_status(tmp_path: Path) -> None:
    done = _storydiff("quotes", str(tmp_path / "no such folder"), cache=tmp_path / "cache")
    assert done.returncode == 2 and "storydiff:" in done.stderr and done.stdout == ""
