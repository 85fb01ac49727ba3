"""What the first painted list needs, and no more: opening the app on a small corpus imports the app,
its article list and the articles' model, but not the classes of what the engine finds later
(quotes, passages, families), the other screens, a progress bar and label it does not show or the footer it
mounts after the first frame. Those load when first used, and ``from corpus.model import Quote``
still gives the one Quote class."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"

LATER = (
    "corpus.findings",
    "corpus.passage_findings",
    "corpus.quotes",
    "corpus.passages",
    "corpus.cache",
    "textual.widgets._progress_bar",
    "textual.widgets._footer",
    "textual.widgets._label",
    "tui.screens.reader",
    "tui.screens.compare",
    "tui.screens.families",
    "tui.screens.speakers",
    "tui.screens.help",
    "tui.screens.pickers",
    "tui.screens.too_small",
    "tui.widgets.marks",
)


def last_json_line(script: str) -> Any:
    """Run ``script`` in a fresh interpreter on this tree and read the JSON its last line prints."""
    out = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1"},
        cwd=ROOT,
        timeout=120,
        check=True,
    )
    return json.loads(out.stdout.splitlines()[-1])


def loaded_after(code: str) -> set[str]:
    """Which of LATER are imported after running ``code`` in a fresh interpreter."""
    report = f"print(__import__('json').dumps([m for m in {LATER!r} if m in sys.modules]))"
    script = f"import sys\n{code}\n{report}"
    return set(last_json_line(script))


def test_the_article_list_is_built_without_the_later_parts() -> None:
    # What the app does before its first frame: import itself, read the corpus, make the list screen.
    code = (
        "from tui.app import StorydiffApp\n"
        f"app = StorydiffApp(__import__('pathlib').Path({str(SEEDS)!r}))\n"
        "screen = app.get_default_screen()\n"
        "assert app.story is not None and len(app.story.articles) == 5, app.story\n"
        "assert screen.story is app.story"
    )
    assert loaded_after(code) == set()


def test_the_findings_load_when_first_asked_for() -> None:
    code = (
        "import corpus.model\n"
        "assert 'corpus.findings' not in sys.modules\n"
        "from corpus.model import Quote\n"
        "import corpus.findings\n"
        "assert Quote is corpus.findings.Quote and corpus.model.Families is corpus.findings.Families\n"
        "try:\n"
        "    corpus.model.NoSuchThing\n"
        "except AttributeError as exc:\n"
        "    assert 'NoSuchThing' in str(exc)\n"
        "else:\n"
        "    raise AssertionError('a name the model lacks must raise AttributeError')"
    )
    assert loaded_after(code) == {"corpus.findings", "corpus.passage_findings"}


def test_the_quotes_classes_load_without_the_passages_classes() -> None:
    # ``storydiff quotes`` makes the quotes' dataclasses only, in both of its processes; a passage's
    # class, asked of either module, is the one class (made then)
    code = (
        "from corpus.model import Mention, Quote, Quoting, Speaker\n"
        "import corpus.findings\n"
        "assert 'corpus.passage_findings' not in sys.modules\n"
        "assert Quote is corpus.findings.Quote and Speaker is corpus.findings.Speaker\n"
        "passage = corpus.findings.Passage\n"
        "import corpus.model, corpus.passage_findings\n"
        "assert passage is corpus.passage_findings.Passage is corpus.model.Passage\n"
        "assert corpus.model.Families is corpus.findings.Families\n"
        "try:\n"
        "    corpus.findings.NoSuchThing\n"
        "except AttributeError as exc:\n"
        "    assert 'NoSuchThing' in str(exc)\n"
        "else:\n"
        "    raise AssertionError('a name the findings lack must raise AttributeError')"
    )
    assert loaded_after(code) == {"corpus.findings", "corpus.passage_findings"}


def test_finding_quotes_builds_them_from_the_model(tmp_path: Path) -> None:
    from corpus.model import Quote
    from corpus.story import Story

    article = tmp_path / "one.txt"
    article.write_text(
        'A headline about the bridge\n\n"The bridge will reopen in May," the mayor said on Tuesday.\n',
        encoding="utf-8",
    )
    quotes = Story.load(tmp_path).quotes()
    assert quotes and all(isinstance(q, Quote) for q in quotes)
    assert quotes[0].text == "The bridge will reopen in May,"


def test_the_patterns_only_other_files_need_are_compiled_when_first_used(tmp_path: Path) -> None:
    # A folder of plain-text articles opens without compiling what only an HTML file's charset or
    # Markdown headings need; reading such files compiles (and uses) them then.
    (tmp_path / "page.html").write_bytes(
        b'<html><head><meta charset="windows-1252"><title>Bridge</title></head><body>'
        b"<h1>Bridge reopens</h1><p>The bridge reopened on Tuesday after repairs, the mayor said.</p>"
        b"<p>It had been closed since May.</p></body></html>"
    )
    (tmp_path / "notes.md").write_text(
        "# The bridge reopens\n\nThe bridge reopened on Tuesday, the mayor said.\n", encoding="utf-8"
    )
    code = (
        "import re\n"
        "compiled = []\n"
        "_compile = re.compile\n"
        "re.compile = lambda pattern, flags=0: compiled.append(pattern) or _compile(pattern, flags)\n"
        "from tui.app import StorydiffApp\n"
        "from corpus.story import Story\n"
        f"app = StorydiffApp(__import__('pathlib').Path({str(SEEDS)!r}))\n"
        "app.get_default_screen()\n"
        "at_start = list(compiled)\n"
        f"story = Story.load(__import__('pathlib').Path({str(tmp_path)!r}))\n"
        "titles = sorted(a.title for a in story.articles)\n"
        "print(__import__('json').dumps({'at_start': [repr(p) for p in at_start],\n"
        "    'later': [repr(p) for p in compiled[len(at_start):]], 'titles': titles}))"
    )
    found = last_json_line(code)
    assert found["titles"] == ["Bridge reopens", "The bridge reopens"]
    charset = [p for p in found["later"] if "charset" in p and p.startswith("b")]
    heading = [p for p in found["later"] if "#{1,6}" in p]
    assert charset and heading, found["later"]
    assert not [p for p in found["at_start"] if "charset" in p or "#{1,6}" in p]


def test_the_chrome_patterns_are_compiled_when_a_line_first_needs_them(tmp_path: Path) -> None:
    # Prose alone opens without compiling the patterns of bylines, copyright notices and page
    # addresses; a file that has them compiles them then, and they find its outlet.
    prose = "The bridge reopened on Tuesday after two years of repairs, the mayor said at a meeting.\n"
    (tmp_path / "a.txt").write_text(f"Bridge reopens after repairs\n\n{prose}\n{prose}", encoding="utf-8")
    chrome = tmp_path / "chrome"
    chrome.mkdir()
    (chrome / "b.txt").write_text(
        f"Bridge reopens after repairs\n\nBy Jane Roe, Associated Press\n\n{prose}", encoding="utf-8"
    )
    (chrome / "c.txt").write_text(
        f"Bridge reopens after repairs\n\n{prose}\nCopyright 2022 Reuters.\n", encoding="utf-8"
    )
    code = (
        "import re\n"
        "compiled = []\n"
        "_compile = re.compile\n"
        "re.compile = lambda pattern, flags=0: compiled.append(str(pattern)) or _compile(pattern, flags)\n"
        "from pathlib import Path\n"
        "from corpus.story import Story\n"
        f"Story.load(Path({str(tmp_path / 'a.txt')!r}))\n"
        "prose = list(compiled)\n"
        f"story = Story.load(Path({str(chrome)!r}))\n"
        "print(__import__('json').dumps({'prose': prose, 'later': compiled[len(prose):],\n"
        "    'sources': [a.source for a in story.articles]}))"
    )
    found = last_json_line(code)
    chrome_patterns = ("by\\b", "Copyright", "https?")
    assert found["sources"] == ["Associated Press", "Reuters"]
    assert not [p for p in found["prose"] if any(mark in p for mark in chrome_patterns)], found["prose"]
    assert [p for p in found["later"] if "by\\b" in p] and [p for p in found["later"] if "Copyright" in p]


def test_the_article_list_makes_no_dataclass_or_namedtuple_of_its_own() -> None:
    # Making a dataclass or a NamedTuple compiles methods from source at every start: the app's own
    # values on the way to the first frame are plain classes (the engine's model keeps its dataclasses).
    code = (
        "import collections, dataclasses\n"
        "made = []\n"
        "_process_class, _namedtuple = dataclasses._process_class, collections.namedtuple\n"
        "def process_class(cls, *args, **kwargs):\n"
        "    made.append(cls.__module__ + '.' + cls.__qualname__)\n"
        "    return _process_class(cls, *args, **kwargs)\n"
        "def namedtuple(name, *args, module=None, **kwargs):\n"
        "    made.append(f'{module}.{name}')\n"
        "    return _namedtuple(name, *args, module=module, **kwargs)\n"
        "dataclasses._process_class, collections.namedtuple = process_class, namedtuple\n"
        "from tui.app import StorydiffApp\n"
        f"app = StorydiffApp(__import__('pathlib').Path({str(SEEDS)!r}))\n"
        "app.get_default_screen()\n"
        "ours = [m for m in made if m.startswith(('tui.', 'corpus.story.'))]\n"
        "print(__import__('json').dumps({'ours': ours, 'all': made}))"
    )
    found = last_json_line(code)
    assert "corpus.model.Block" in found["all"]  # the count sees the dataclasses that are made
    assert found["ours"] == [], found["ours"]


def test_finding_quotes_makes_no_passage_classes() -> None:
    # the quote finder, its reading codec and the quotes' JSON: what both processes of
    # ``storydiff quotes`` import
    code = (
        "from pathlib import Path\n"
        "from corpus.ingest.load import article_from_text\n"
        "from corpus.quotes import find_quotes\n"
        "import corpus.quotes.reading_codec, storydiff.cli_quotes\n"
        "text = 'Roe spoke.\\n\\n\"We will build it,\" said Jane Roe, the mayor.\\n'\n"
        "quotes, speakers = find_quotes([article_from_text('a.txt', Path('a.txt'), text)])\n"
        "assert [s.name for s in speakers] == ['Jane Roe'], speakers\n"
        "made = {n for n, v in vars(sys.modules['corpus.findings']).items() if isinstance(v, type)}\n"
        "assert not made & {'Passage', 'WordOp', 'Family', 'Families'}, made"
    )
    assert "corpus.passage_findings" not in loaded_after(code)
