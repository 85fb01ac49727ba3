"""Whether one unnamed person a sentence opens with ("A 29-year-old Berlin woman, meanwhile, …") is
whom a he/she just after stands for (:mod:`corpus.quotes.described_subjects`), rather than a person
named in its own sentence or just before it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from corpus.quotes.described_subjects import head_gender

if TYPE_CHECKING:
    from corpus.quotes.subject_traits import Subject
    from corpus.quotes.subjects import Subjects

__all__ = ["RE_DESCRIBED_WITHIN", "stands_for_described"]

RE_DESCRIBED_WITHIN = 2
"""A person of the pronoun's sex named this many sentences before the description may be the one it
describes again ("Tishana King says she saw … / A Brooklyn woman who claims she had …")."""
_CAPITALISED = re.compile(r"\b[A-Z][\w’'-]+")


def stands_for_described(subject: Subject, word: str, limit: int, subjects: Subjects) -> bool:
    """True when ``word`` ("he", "she") stands for the described ``subject``: its head's sex fits, no
    person the article knows is named after it in its sentence ("A reporter asked Sanders how he's
    feeling. He replied"), and no named person of that sex was a subject just before it."""
    described = subject.described
    if described is None or head_gender(subject.role or "") not in (None, word):
        return False
    sentences = subjects.sentences
    index = sentences.index_of(described.start)
    end = min(sentences[index][1], limit)
    known = subjects.known
    if any(m.group() in known for m in _CAPITALISED.finditer(subjects.masked, described.end, end)):
        return False
    start = sentences[max(0, index - RE_DESCRIBED_WITHIN)][0]
    for other in subjects.recent(described.start, RE_DESCRIBED_WITHIN + 1):
        if other.at < start:
            break
        if other.described is None and subjects.is_person(other) and subjects.gender(other) in (None, word):
            return False
    return True
