"""Hostile corpora built once per session in temp folders, and a runner for the installed script."""

from __future__ import annotations

import os
import re
import resource
import signal
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.hostile import inputs

Completed = subprocess.CompletedProcess[str]
Run = Callable[..., Completed]

# What may reach a terminal from a non-JSON command: no C0 (but newline and tab), no DEL, no C1, no bidi
# controls, no zero-width characters. (Rich draws tables with box characters, which are fine.)
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]")
SGR = re.compile(r"\x1b\[[0-9;]*m")


def _built(factory: pytest.TempPathFactory, name: str, write: Callable[[Path], None]) -> Path:
    folder = factory.mktemp("hostile") / name
    write(folder)
    return folder


@pytest.fixture(scope="session")
def text_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _built(tmp_path_factory, "text", inputs.write_text_corpus)


@pytest.fixture(scope="session")
def broken_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _built(tmp_path_factory, "broken", inputs.write_broken_corpus)


@pytest.fixture(scope="session")
def many_files(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of inputs.MANY_FILES small articles, built once for the whole session."""
    return _built(tmp_path_factory, "many", inputs.write_many_files)


@pytest.fixture(scope="session")
def cli(storydiff_exe: str, tmp_path_factory: pytest.TempPathFactory) -> Run:
    """Run the installed script as a user would; a hang fails the test at ``timeout`` seconds (wall
    clock), and with ``cpu_seconds`` work that outgrows its input fails at that much CPU time, a box a
    loaded machine does not stretch (the kernel stops the process: RLIMIT_CPU)."""
    cache = tmp_path_factory.mktemp("cache")

    def run(
        *args: str, timeout: float = 120, cpu_seconds: int | None = None, env: dict[str, str] | None = None
    ) -> Completed:
        full_env = {
            **os.environ,
            "STORYDIFF_CACHE_DIR": str(cache),
            "COLUMNS": "100",
            "PYTHONIOENCODING": "utf-8",
            **(env or {}),
        }
        for name in ("FORCE_COLOR", "NO_COLOR", "TTY_COMPATIBLE"):
            if env is None or name not in env:
                full_env.pop(name, None)
        result = subprocess.run(
            [storydiff_exe, *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="strict",
            timeout=timeout,
            env=full_env,
            cwd=cache,
            preexec_fn=None if cpu_seconds is None else lambda: _limit_cpu(cpu_seconds),
        )
        if cpu_seconds is not None and result.returncode in (-signal.SIGXCPU, -signal.SIGKILL):
            pytest.fail(f"storydiff {args[0]} ran out of its {cpu_seconds} CPU seconds", pytrace=False)
        return result

    return run


def _limit_cpu(seconds: int) -> None:
    # SIGXCPU at the soft limit; the hard one, a little later, kills a process that ignores it
    resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds + 5))


def assert_clean(result: subprocess.CompletedProcess[str]) -> None:
    """Exit 0, no traceback, nothing raw that a terminal would obey."""
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout
    found = RAW.findall(SGR.sub("", result.stdout))
    assert not found, f"raw control characters reached the terminal: {sorted(set(found))!r}"
