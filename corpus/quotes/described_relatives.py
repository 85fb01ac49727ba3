"""A description heading a relative clause whose own pronoun names the person: "A Brooklyn woman who
claims she had a “bird’s-eye view” …", "a lawyer who says he was told …". The pronoun right after
the relative clause's verb of saying is the description's person (the clause says what *she*
claims of herself), and where it resolves to a named person (the last woman named), the description
is that person: the speaker keeps the name rather than becoming "A Brooklyn woman", no one named.

The rules (a sentence's subject) and the ranker read the description where they read the pronoun
before ``relative_subjects`` made the "who" name no one; :func:`named_by_relative` resolves the
pronoun as the rules resolve theirs (``attribution.resolved`` asks it for a description that names
no one).

Not where the description's head says the other sex ("a woman who says he hit her": "he" is someone
else), nor past a comma ("a woman who, she says, …") or a verb that is not one of saying.
"""

from __future__ import annotations

from corpus.ingest.lazy_regex import compiled_on_first_use
from corpus.quotes.lexicon import CUE_FILLERS, FINITE_CUES, HE_WORDS, SHE_WORDS
from corpus.quotes.mention_speakers import resolve
from corpus.quotes.roles import Phrase
from corpus.quotes.subjects import Subjects

HER_HEADS = SHE_WORDS | frozenset(
    "woman women girl lady grandmother daughter sister widow mom mum niece aunt girlfriend bride".split()
)
"""Heads of a description of a woman: "he" after their relative clause's verb is someone else."""
HIS_HEADS = HE_WORDS | frozenset(
    "man men boy gentleman grandfather son brother widower dad nephew uncle boyfriend groom".split()
)
"""Heads of a description of a man: "she" after their relative clause's verb is someone else."""

_CLAUSE = compiled_on_first_use(
    r"\s+who\s+((?:[a-z]+\s+){0,2}?)([a-z]+)\s+(?:that\s+)?(he|she)\b",
)
"""Right after the description: "who", at most two fillers ("who also says"), a finite verb of
saying, an optional "that", and the pronoun ("who claims she had", "who said that he was")."""


def relative_pronoun(text: str, description: Phrase) -> Phrase | None:
    """The personal pronoun of the relative clause right after ``description`` that stands for the
    description's person (module docstring), or None."""
    m = _CLAUSE().match(text, description.end)
    if m is None or m.group(2) not in FINITE_CUES:
        return None
    if any(w not in CUE_FILLERS for w in m.group(1).split()):
        return None
    pronoun = m.group(3)
    head = (description.role or text[description.start : description.end]).split()[-1:]
    low = head[0].lower() if head else ""
    if (pronoun == "he" and low in HER_HEADS) or (pronoun == "she" and low in HIS_HEADS):
        return None
    return Phrase(m.start(3), m.end(3), None, None, pronoun=True)


def named_by_relative(
    text: str, description: Phrase, at: int, subjects: Subjects
) -> tuple[str, str | None] | None:
    """The named person (name, role) the pronoun of ``description``'s relative clause resolves to
    (:func:`relative_pronoun`), for a quote opening at ``at``; None where it names no one."""
    pronoun = relative_pronoun(text, description)
    if pronoun is None:
        return None
    name, role = resolve(text, pronoun, at, subjects)
    return None if name is None else (name, role)
