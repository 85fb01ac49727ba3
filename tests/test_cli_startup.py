"""The console script loads only what the command it runs needs: the engine's parts are imported
when a command uses them, never by ``import storydiff.cli`` (which every start pays for)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ENGINE_PARTS = ("corpus.ingest", "corpus.quotes", "corpus.passages", "corpus.cache", "corpus.story")
UI = ("textual", "tui", "rich.console")


def modules_after(code: str, also: tuple[str, ...] = ()) -> set[str]:
    """The modules of ENGINE_PARTS, UI and ``also`` loaded after running ``code`` in a fresh interpreter."""
    watched = ENGINE_PARTS + UI + also
    script = (
        f"import sys\n{code}\nprint(__import__('json').dumps([m for m in {watched!r} if m in sys.modules]))"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1"}
    out = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
        check=True,
    )
    return set(json.loads(out.stdout.splitlines()[-1]))


def test_importing_the_console_script_loads_no_engine_and_no_ui() -> None:
    assert modules_after("import storydiff.cli") == set()


def test_help_loads_no_engine() -> None:
    loaded = modules_after(
        "from storydiff.cli import main\ntry:\n    main(['--help'])\nexcept SystemExit:\n    pass"
    )
    assert loaded == set()


def test_each_command_loads_only_its_part_of_the_engine() -> None:
    listing = modules_after("from storydiff.cli import main\nmain(['list', 'seeds', '--json'])")
    assert {"corpus.story", "corpus.ingest"} <= listing
    assert not listing & {"corpus.quotes", "corpus.passages", "textual", "tui"}
    quotes = modules_after("from storydiff.cli import main\nmain(['quotes', 'seeds', '--json'])")
    assert "corpus.quotes" in quotes and not quotes & {"corpus.passages", "textual"}
    graph = modules_after("from storydiff.cli import main\nmain(['graph', 'seeds', '--json'])")
    assert "corpus.passages" in graph and not graph & {"corpus.quotes", "textual"}


def test_the_app_path_knows_every_subcommand_the_parser_has() -> None:
    from storydiff.cli import COMMANDS
    from storydiff.cli_parser import build_parser, command_names

    assert command_names(build_parser()) == COMMANDS


def test_a_command_is_parsed_with_its_own_module_s_commands_as_with_all(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """``build_parser(command)`` (what the command line builds) adds only the module of ``command``:
    the same arguments, the same help and the same errors as the whole parser."""
    from storydiff.cli import COMMANDS
    from storydiff.cli_parser import MODULE_OF, build_parser, command_names

    assert set(MODULE_OF) == COMMANDS
    for name in sorted(COMMANDS):
        alone = build_parser(name)
        assert name in command_names(alone) < COMMANDS
        said = []
        for parser in (alone, build_parser()):
            for line in ([name, "--help"], [name, "--no-such-option"]):
                with pytest.raises(SystemExit) as exit_:
                    parser.parse_args(line)
                out, err = capsys.readouterr()
                said.append((exit_.value.code, out, err))
        assert said[:2] == said[2:] and said[0][1].startswith(f"usage: storydiff {name}")
    line = ["quotes", "seeds", "--json"]
    assert vars(build_parser("quotes").parse_args(line)) == vars(build_parser().parse_args(line))


def test_opening_the_app_loads_no_parser(run_cli, tmp_path: Path) -> None:
    loaded = modules_after(
        "import tui.app\ntui.app.run_app = lambda root: 0\nfrom storydiff.cli import main\nmain(['seeds'])",
        also=("argparse", "storydiff.cli_parser"),
    )
    assert "tui" in loaded and not loaded & {"argparse", "storydiff.cli_parser", "corpus.quotes"}
    extra = run_cli("open", "this")
    assert extra.returncode == 2 and "unrecognized arguments: this" in extra.stderr
