"""How the app's parts talk: screens ask the app for other screens by message, never by importing it."""

from __future__ import annotations

import ast
from pathlib import Path

import tui

TUI = Path(tui.__file__).parent


def _imported_modules(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def test_no_screen_widget_or_palette_imports_the_app() -> None:
    # Type-checking imports count too: they are how the circle app ⇄ screens came back before.
    parts = [*TUI.glob("screens/*.py"), *TUI.glob("widgets/*.py"), TUI / "commands.py", TUI / "messages.py"]
    assert len(parts) > 10
    importers = [p.relative_to(TUI).as_posix() for p in parts if "tui.app" in _imported_modules(p)]
    assert importers == []
