"""The layers of the design hold: import-linter's contracts (pyproject.toml) pass on this tree, and
fail on a copy of it that breaks each one (so a contract that checks nothing cannot pass here)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("corpus", "tui", "storydiff")


def lint_imports(tree: Path) -> subprocess.CompletedProcess[str]:
    beside = Path(sys.executable).parent / "lint-imports"
    command = [str(beside)] if beside.exists() else [sys.executable, "-m", "importlinter.cli"]
    return subprocess.run(
        [*command, "--no-cache"],
        cwd=tree,
        env={**os.environ, "PYTHONPATH": str(tree)},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_import_contracts_hold() -> None:
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 4 kept, 0 broken." in result.stdout


def _copy_of_the_tree(tmp_path: Path) -> Path:
    tree = tmp_path / "tree"
    tree.mkdir()
    shutil.copy(ROOT / "pyproject.toml", tree)
    for package in PACKAGES:
        shutil.copytree(ROOT / package, tree / package, ignore=shutil.ignore_patterns("__pycache__"))
    return tree


@pytest.mark.parametrize(
    ("module", "bad_import", "broken"),
    [
        ("corpus/quotes/find.py", "import corpus.passages.align", "The app and the command line sit"),
        ("corpus/ingest/load.py", "import corpus.story", "The app and the command line sit"),
        ("corpus/model.py", "import textual.app", "The engine never imports"),
        ("storydiff/cli_quotes.py", "import corpus.quotes", "The command line reaches"),
        ("tui/app.py", "import corpus.cache", "The app reaches"),
    ],
)
def test_each_contract_catches_an_import_that_breaks_it(
    tmp_path: Path, module: str, bad_import: str, broken: str
) -> None:
    tree = _copy_of_the_tree(tmp_path)
    path = tree / module
    path.write_text(path.read_text(encoding="utf-8") + f"\n{bad_import}  # noqa\n", encoding="utf-8")
    result = lint_imports(tree)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Contracts: 3 kept, 1 broken." in result.stdout, result.stdout
    report = result.stdout.split("Broken contracts", 1)[1]
    importer = module.removesuffix(".py").replace("/", ".")
    assert broken in report and f"{importer} -> " in report
