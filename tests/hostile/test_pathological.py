"""Pathological sizes through the installed script: each command finishes (a subprocess timeout fails
the test instead of hanging CI) and gives consistent answers.

A 250,000-character paragraph with no newline, 25,000 short lines, a quote mark every other character
(sizes in :mod:`tests.hostile.inputs`), each in a folder next to an ordinary article. Each command has
its time box in CPU seconds (``CPU``): scaled from the wall-clock box the four-times-larger inputs had,
so work quadratic in the size fails here as it failed there.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.hostile import inputs
from tests.hostile.conftest import Run, assert_clean

BIG: dict[str, Callable[[], str]] = {
    "long_line": inputs.long_line,
    "many_lines": inputs.many_lines,
    "quote_storm": inputs.quote_storm,
}
TIMEOUT = 240  # wall clock: a hang (waiting on nothing) fails here
CPU = inputs.cpu_box(240)  # 15 s; each command takes 0.2-6 s of CPU on these sizes
BOX: dict[str, Any] = {"timeout": TIMEOUT, "cpu_seconds": CPU}


@pytest.fixture(scope="module", params=sorted(BIG))
def big_corpus(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp(request.param)
    (folder / "a_good.txt").write_text(inputs.GOOD, encoding="utf-8")
    (folder / "big.txt").write_text(BIG[request.param](), encoding="utf-8")
    return folder


def test_list_and_show(cli: Run, big_corpus: Path) -> None:
    rows = json.loads(cli("list", str(big_corpus), "--json", **BOX).stdout)
    big = next(r for r in rows if r["article"] == "big.txt")
    assert big["problem"] is None and big["words"] > 10_000
    shown = cli("show", "big.txt", "--corpus", str(big_corpus), **BOX)
    assert_clean(shown)
    text = (big_corpus / "big.txt").read_text(encoding="utf-8")
    tail = "".join(text.split())[-40:]  # all of it is shown, to the end (white space aside: rich wraps)
    assert tail in "".join(shown.stdout.split())[-400:]


def test_quotes_offsets_index_the_text(cli: Run, big_corpus: Path) -> None:
    result = cli("quotes", str(big_corpus), "--json", **BOX)
    assert_clean(result)
    text = (big_corpus / "big.txt").read_text(encoding="utf-8")
    quotes = [q for q in json.loads(result.stdout) if q["article"] == "big.txt"]
    for quote in quotes:
        assert 0 <= quote["start"] <= quote["end"] <= len(text)
        assert text[quote["start"] : quote["end"]] == quote["text"]
    if "storm" not in big_corpus.name:  # the storm has no quote worth the name; the others do
        assert len(quotes) > 1000


def test_graph_and_overlaps(cli: Run, big_corpus: Path) -> None:
    graph = cli("graph", str(big_corpus), "--json", **BOX)
    assert_clean(graph)
    assert json.loads(graph.stdout)["articles"] == ["a_good.txt", "big.txt"]
    overlap = cli("overlaps", "big.txt", "a_good.txt", "--corpus", str(big_corpus), **BOX)
    assert_clean(overlap)
