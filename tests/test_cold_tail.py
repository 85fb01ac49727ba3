"""Speed-only paths of a cold ``storydiff quotes``, checked for behaviour: the speakers step's modules
imported ahead (while the helper reads) are all it imports, and a spouse is still found by the plain
text scan that comes before the pattern."""

from __future__ import annotations

import json
import os
import random
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

STEP = """
import json, sys
from pathlib import Path
from corpus.ingest.load import article_from_text
from corpus.quotes.article_quotes import quotes_by_article
from corpus.quotes.find import import_step_modules, settle_speakers
texts = [
    'Roads\\n\\n"We will fix the roads," said Jane Roe, the mayor. Roe said more.\\n',
    'Budget\\n\\n"It is late," Roe said. "We are sorry," her widower Sam Doe said.\\n',
]
articles = [article_from_text(f"{n}.txt", Path(f"{n}.txt"), t) for n, t in enumerate(texts)]
found = quotes_by_article(articles, None, None)
import_step_modules()
before = set(sys.modules)
speakers = settle_speakers(articles, found, [q for made, *_ in found for q in made])
new = sorted(m for m in set(sys.modules) - before if m.startswith("corpus"))
print(json.dumps({"new": new, "speakers": [s.name for s in speakers]}))
"""


def test_the_step_imports_nothing_after_its_modules_were_imported_ahead() -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", STEP], env=env, capture_output=True, text=True, check=True)
    result = json.loads(done.stdout.splitlines()[-1])
    assert result["new"] == []
    assert "Jane Roe" in result["speakers"]


def test_a_widower_is_a_relative_found_by_the_plain_scan() -> None:
    from corpus.quotes.name_pairs import _RELATIVE_WORDS, _relatives

    assert "widower" not in _RELATIVE_WORDS and "widow" in _RELATIVE_WORDS  # (its part is enough)
    assert _relatives("Her widower Sam Doe spoke.") == {("Sam", "Doe")}
    assert _relatives("Sam Doe, her widower, spoke.") == {("Sam", "Doe")}
    assert _relatives("Sam Doe spoke of a window.") == set()


_SPOUSES = "lady|wife|husband|spouse|widow|widower"
_PAIR = r"([A-Z][\w’'-]*)[ \u00a0]([A-Z][\w’'-]*)"
_SPOUSE_AS_WRITTEN = re.compile(
    r"\b(?:" + _SPOUSES + r")[ ,]+" + _PAIR + "|" + _PAIR
    + r",? +(?:the |his |her |their )?(?:first )?(?:" + _SPOUSES + r")\b"
)  # fmt: skip
"""The spouse pattern as a reader writes it (two alternatives, each opening with what it reads): the
one :func:`name_pairs._relatives` runs opens with a class of letters instead, from the sentence of
the first spouse's word, and must find the same pairs."""
_SPOUSE_PIECES = [
    "wife", "his wife ", "her husband, ", "widower", "widow", "first lady ", "the ", "Swife", "lady",
    "Jane", "Roe", "Sam", "Doe", "J", "O'Neil", "Ki-moon", "’s", " ", "  ", "\u00a0", ",", ", ", ".",
    ". ", "\n", "x", "spouse", "Their ", "-", "already ", "_wife ", "é", "Mary Roe. ", "\nhis wife ",
]  # fmt: skip


def _spouses_as_written(text: str) -> set[tuple[str, str]]:
    return {(m[1], m[2]) if m[1] else (m[3], m[4]) for m in _SPOUSE_AS_WRITTEN.finditer(text)}


def test_the_spouse_pattern_finds_what_the_pattern_as_written_does() -> None:
    from corpus.quotes.name_pairs import _relatives

    assert _relatives("Sam Doe met reporters. Jane Roe, his wife Mary Doe, spoke.") == {("Jane", "Roe")}
    text = "The first lady Jane Roe spoke. Sam Roe, her husband, smiled."
    assert _relatives(text) == {("Jane", "Roe"), ("Sam", "Roe")}
    rng = random.Random(7)
    for _ in range(20_000):
        text = "".join(rng.choice(_SPOUSE_PIECES) for _ in range(rng.randint(0, 12)))
        assert _relatives(text) == _spouses_as_written(text), text
    for _ in range(3_000):  # longer texts: several sentences, each with or without a spouse's word
        text = "".join(rng.choice(_SPOUSE_PIECES) for _ in range(rng.randint(12, 40)))
        assert _relatives(text) == _spouses_as_written(text), text


def test_only_the_sentences_writing_a_spouse_word_are_read() -> None:
    from corpus.quotes.name_pairs import _relatives

    # "already" holds "lady" but starts no word; each sentence with a spouse's word is read on its own
    text = "Sam Doe had already left. Jane Roe, his wife, stayed.\n"
    text += "Her husband Tom Poe spoke. Ann Lee, his wife"
    assert _relatives(text) == {("Jane", "Roe"), ("Tom", "Poe"), ("Ann", "Lee")}
    assert _relatives("Sam Doe had already left. Jane Roe stayed.") == set()
    assert _relatives("Sam Doe. his wife Jane Roe. Her husband") == {("Jane", "Roe")}
