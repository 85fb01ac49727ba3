"""The engine never imports the UI: importing every corpus module pulls in no textual."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import corpus


def test_corpus_never_imports_textual() -> None:
    modules = [m.name for m in pkgutil.walk_packages(corpus.__path__, prefix="corpus.")]
    assert "corpus.ingest.load" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""
