"""Shared fixtures: the sample corpus and the installed console script."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


def installed_storydiff() -> str:
    """The installed ``storydiff`` console script, as a user would run it: the one beside this
    Python, else the one on PATH."""
    beside = Path(sys.executable).parent / "storydiff"
    if beside.exists():
        return str(beside)
    found = shutil.which("storydiff")
    assert found, "the storydiff console script is not installed"
    return found


@pytest.fixture(scope="session")
def storydiff_exe() -> str:
    return installed_storydiff()


@pytest.fixture
def run_cli(storydiff_exe: str, tmp_path: Path):
    """Run the console script; returns the CompletedProcess (text mode)."""

    def run(*args: str, cwd: Path | None = None, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        env_cache = {"STORYDIFF_CACHE_DIR": str(tmp_path / "cache")}
        import os

        env = {**os.environ, **env_cache, "COLUMNS": "120", "NO_COLOR": "1"}
        return subprocess.run(
            [storydiff_exe, *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            cwd=cwd or tmp_path,
            timeout=timeout,
            env=env,
        )

    return run


@pytest.fixture(autouse=True)
def _truecolour_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """The app under test sees a full-colour terminal whatever TERM the test run has (with TERM=xterm
    and no COLORTERM it would take 16 colours and style quotes for that); tests of the 16-colour
    look say so themselves."""
    monkeypatch.setenv("COLORTERM", "truecolor")


@pytest.fixture(autouse=True)
def _no_user_keymap(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """The keys under test are the app's own, not those of a keymap file of whoever runs the tests."""
    monkeypatch.setenv("STORYDIFF_KEYMAP", str(tmp_path_factory.getbasetemp() / "no-keymap.toml"))
