"""Scans of a whole text started where what they look for can first stand: the same answers as the
scan from the start of the text."""

from __future__ import annotations

import random
import re

from corpus.ingest.meta import find_source

_WIRE_AS_WRITTEN = re.compile(r"\b(AP Archive|Reuters Archive|AFP|Associated Press)\b")
"""A wire service credited by its name alone, as a reader writes it, read from the start of a text."""


def _wire_credited(text: str) -> str | None:
    for match in _WIRE_AS_WRITTEN.finditer(text):
        around = text[max(0, match.start() - 3) : match.start()] + text[match.end() : match.end() + 2]
        if "/" not in around:  # "(Jane Roe/AFP/Getty Images)": a photo's credit
            return match.group(1)
    return None


def test_a_wire_credit_is_found_past_its_name_inside_a_word_or_a_photo_credit() -> None:
    assert find_source("The STRAFP unit met.\nAssociated Press contributed.") == "Associated Press"
    assert find_source("A photo (Jane Roe/AFP/Getty) of the AP Archive.") == "AP Archive"
    assert find_source("RAFP and AFPs met.") is None
    assert find_source("The talks ended.") is None


_PIECES = [
    "AP Archive", "Reuters Archive", "AFP", "Associated Press", "AP", "Archive", "R", "S", "x", "_", "é",
    "1", " ", "/", "(", ")", ".", "\n", "Jane Roe", "AFPx", "Associated", " Press",
]  # fmt: skip


def test_the_wire_credit_is_the_one_a_scan_from_the_start_finds() -> None:
    rng = random.Random(33)
    for _ in range(20_000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 14)))
        assert find_source(text) == _wire_credited(text), text
