"""The subject of the clause a quoted phrase stands in, where that clause is not the sentence's first
(issue 15).

A phrase quoted with no cue is the words of the subject whose verb takes it (``attribution``'s
``sentence_subject``). Where a later clause, opened by a conjunction or a subordinator, has a subject
of its own and the quote follows in it, that subject chose the words, not the sentence's: "{Jindal}
signed an order, while <Huckabee> proposed we “…”", "{Cruz} pledged to visit every county and <he>
has long used that fact to …, for not campaigning “…”", "{Perez} is winning applause as <he> keeps
talking about the “…”", "The candidate took to the airwaves in an interview in which <Clinton>
expressed confidence that … “…”". The clause's subject is read as a cue's subject after it is
(:func:`corpus.quotes.after_cue.phrase_after`): a name, a pronoun or a description, followed by
its verb (a lower-case word, not a preposition or an article: "and Israeli ground forces are" has
none). Not after "that", "because", "with" or "of": there the later clause is reported or an object's
("They argue that {Clinton} should “…”": the sentence's subject says it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from corpus.ingest.lazy_regex import compiled_on_first_use
from corpus.quotes.after_cue import phrase_after
from corpus.quotes.lexicon import DETERMINERS, PREPOSITIONS, SHARE_WORDS, is_nationality
from corpus.quotes.mention_speakers import resolve
from corpus.quotes.roles import Phrase
from corpus.quotes.who_clauses import WHO_CLAUSE_REACH, who_clause_subject

if TYPE_CHECKING:
    from corpus.quotes.attribution import Attribution
    from corpus.quotes.context import ArticleReading
    from corpus.quotes.spans import QuoteSpan
    from corpus.quotes.subjects import Subjects

LATER_CLAUSE_OPENERS = (
    "while",
    "whereas",
    "but",
    "as",
    "when",
    "although",
    "though",
    "and",
    "in which",
)
"""Words that open a clause with a subject of its own, coordinate or adverbial (on PolNeAR train,
for a quote with no cue: the later subject was the Source 9 times where the sentence's was read,
the sentence's 2; "that", "because" and "with" the other way round, 3 against 17)."""
_OPENER = compiled_on_first_use(r"(?<![\w’'])(?:" + "|".join(LATER_CLAUSE_OPENERS) + r")\s+(?=\S)")
_BREAK = compiled_on_first_use(r"[.!?;:]\s")
_VERB_AFTER = compiled_on_first_use(r"(?:,[^,.;:]{3,60},)?\s+(?:[a-z]+ly\s+)?([a-z][a-z’']*)\b")
_PASSIVE = compiled_on_first_use(r"(?:(?:is|are|was|were|has|have|had|been|being|be)\s+)+[a-z]+ed\b")
_DASH = compiled_on_first_use(r"[—–]|\s-\s|--")
_NOT_VERBS = (
    PREPOSITIONS
    | DETERMINERS
    | frozenset("of and or but who which that where because while when if since than so".split())
)
"""Lower-case words after a subject that are not its verb ("and Israeli ground forces", "as the
president of …")."""


def later_clause_subject(masked: str, lead_end: int, open_at: int) -> Phrase | None:
    """The subject of the last clause opened after the sentence's subject (ending at ``lead_end``)
    and before its quote at ``open_at``, with its verb, in the masked text; None where there is none."""
    found = None
    for match in _OPENER().finditer(masked, lead_end, open_at):
        found = match
    if found is None or _BREAK().search(masked, lead_end, open_at):
        return None
    if found.group().startswith("and") and "," in masked[lead_end : found.start()]:
        return None  # "the senator, his aides and his fundraising emails have …": a list, one subject
    phrase = phrase_after(masked, found.end(), open_at)
    if (
        phrase is None
        or phrase.end >= open_at
        or (phrase.name is None and not phrase.pronoun and not phrase.description)
    ):
        return None
    verb = _VERB_AFTER().match(masked, phrase.end, open_at)
    if verb is None or verb.group(1) in _NOT_VERBS or verb.group(1).endswith("ing"):
        return None  # "and some public officials professing a “…”": a participle, no clause
    if _PASSIVE().match(masked, verb.start(1)) or _DASH().search(masked, found.start(), open_at):
        return None  # "though his campaign has been fueled by …", "— and Roe presumably believes —"
    if not phrase.pronoun and not _may_speak(masked, phrase):
        return None
    return phrase


def _may_speak(masked: str, phrase: Phrase) -> bool:
    """Whether a clause's subject, not a pronoun, may be a speaker: not a nationality or a share ("and
    Israeli ground forces are “…”", "but the vast majority were “…”"), not one capitalised word the
    article gives no evidence of naming someone ("but Muslim refugees from Syria “…”")."""
    words = (phrase.name or phrase.role or "").split()
    if not words or is_nationality(words[-1]) or words[-1].lower() in SHARE_WORDS:
        return False
    if len(words) > 1 or (phrase.name is None and not phrase.description):
        return True
    from corpus.quotes.name_evidence import names_someone
    from corpus.quotes.names import shipped_tables  # names reads the quote modules

    return phrase.name is not None and names_someone(phrase.name, 0, masked, shipped_tables())


def with_later_clause_subjects(
    reading: ArticleReading,
    spans: list[QuoteSpan],
    rules: list[Attribution],
    said: list[Attribution],
    subjects: Subjects,
) -> list[Attribution]:
    """``said`` (the ranker's answers) where the rules' answer stands, with the subject of the clause
    the quote stands in: the relative "who" whose clause holds it (:mod:`corpus.quotes.who_clauses`),
    or, for a phrase quoted with no cue after the sentence's subject, the subject of the later clause
    (:func:`later_clause_subject`). Asked after the ranker, so neither its features nor its choices
    move (as rules before it, the ranker refitted on the changed answers moved as many quotes each way
    as the rules did)."""
    masked, sentences = reading.masked, reading.sentences
    if not sentences:
        return said
    out = list(said)
    for i, att in enumerate(said):
        m = att.mention
        if m is None or att is not rules[i]:
            continue
        span = spans[i]
        open_at = span.open_at
        # (asked of every quote whose rules' answer stands: most have no ", who" before them)
        if masked.find(", who", max(0, open_at - WHO_CLAUSE_REACH), open_at) >= 0 and not span.nested:
            who = who_clause_subject(masked, open_at, sentences[sentences.index_of(open_at)][0])
            if who is not None and who.start != m.start:
                cue = att.cue if att.cue is not None and att.cue[0] > who.end else None
                name, role = resolve(reading.text, who, open_at, subjects)
                # "Beck, who has described Trump as “…”": the relative, standing for Beck
                out[i] = att._replace(mention=who, cue=cue, name=name, role=role)
                continue
        if att.cue is not None or span.kind != "partial" or span.nested or m.end > open_at:
            continue
        if sentences.index_of(m.start) != sentences.index_of(open_at):
            continue
        later = later_clause_subject(masked, m.end, open_at)
        if later is not None:
            name, role = resolve(reading.text, later, open_at, subjects)
            out[i] = att._replace(mention=later, name=name, role=role)
    return out
