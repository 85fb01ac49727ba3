"""The subject of the clause a participle of saying is set off after (issue 15).

"<Clinton's campaign> took the unusual step of criticizing the intelligence community, accusing spy
agencies of engaging in “…”", "<Congressman Trey Gowdy's office> slammed a lawsuit filed by a fired
staffer …, calling it “…”", "But <Sen. Pat Toomey (R-Pa.)> refused to entertain … campaigning
alongside Cruz, responding that he's “…”": a participle set off by a comma takes the subject of the
clause before it, so that subject said the quote the participle runs on to; not a noun nearer the
quote, the object of a verb or a preposition ("the intelligence community", "his Benghazi
committee", "Cruz") that the ranker, asked where the subject stands far from the quote, had chosen.
Read after the ranker, over its choice, where it chose a mention of its own (the rules' answer
stands elsewhere: where their mention is near its cue a reader's reading stands already).

Only where the grammar is plain: the participle's phrase runs on to the quote unbroken (no stop,
colon, semicolon, dash or parenthesis, no clause of its own: "saying the plan, which Roe called
“…”"; no naming word, "writing a book called “…”", a thing's name, :mod:`corpus.quotes.named_things`);
the clause before it is the sentence's first, its subject read at the sentence's start (past an
opening adverbial, a conjunction, a time: "Hours later, Roe …") and followed by its verb; no relative
and no subordinator before a subject of its own stands between that verb and the participle ("Roe
asks as a maintenance guy walks …, saying", "Clinton spoke near the Taj Mahal, where about 50
protesters had gathered, chanting": the nearer clause's subject, not read here). Where the rules'
mention is this participle's subject (their cue) or the sentence's first words, with no such clause
after it, it is the answer, not read again (the cost: most such quotes read nothing but the rules').

PolNeAR train, held-out folds (``train/no_speaker.py --c 3 --margins 0``, asked beyond 80, cued terms;
``Example.role_right`` scores the rule in CV): 0.9218 -> 0.9227 (518 -> 512 wrong), dev 0.9357 =,
unmatched quotes given a speaker 215 / 23 =; every quote 0.9261 -> 0.9270. It reads a subject for
80 train and 4 dev quotes the ranker is asked about; read only where the ranker chose a mention
of its own, it changes those 6 (none made wrong) and costs most quotes one identity test.
Tried and left out: the nearer clause's subject where a subordinator or relative opens one before
the participle (as, when, while, where, after, because…; also for the rules' answers the ranker is
not asked about): 0.9228 / dev 0.9344 ("Bradley apologized after they came out, saying": the
columns; "an architect who said he was stiffed after he designed …, saying": the architect); with
"as", "while", "where", "in which" alone 0.9228 / 0.9357 (one quote, "even as he defended": the same
person, PolNeAR's "he").
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from corpus.ingest.lazy_regex import compiled_on_first_use
from corpus.quotes.after_cue import phrase_after
from corpus.quotes.attribution import Attribution, names_a_time
from corpus.quotes.lexicon import PARTICIPLES, PREPOSITIONS, SUBJECT_PRONOUNS, SUBORDINATORS
from corpus.quotes.mention_speakers import resolve
from corpus.quotes.openings import skip_adverbial
from corpus.quotes.rerank import asks_ranker
from corpus.quotes.roles import Phrase, is_outlet

if TYPE_CHECKING:
    from corpus.quotes.context import ArticleReading
    from corpus.quotes.spans import QuoteSpan
    from corpus.quotes.subjects import Subjects

Said = tuple[Phrase, tuple[int, int]]
"""The participle's subject and the participle (the cue's span)."""
PARTICIPLE_REACH = 160
"""How far before its quote the comma setting off the participle may stand."""
_SET_OFF = compiled_on_first_use(
    r",\s*(?:(?:also|then|later|again|even|only|simply|[a-z]+ly)\s+)?([a-z]+ing)\b"
)
"""A participle set off by a comma (past an adverb): ", calling", ",calling", ", also saying"."""
_BREAK = compiled_on_first_use(r"[.;:!?()\[\]—–]|\s-\s|--")
"""What ends the participle's phrase before the quote, or the clause before it."""
_CLAUSE_BREAK = compiled_on_first_use(r"[;:!?—–]|\s-\s|--")
"""What ends the clause before the participle (its periods are abbreviations', "Sen.", "R-Pa.")."""
_WORD = compiled_on_first_use(r"[A-Za-z’']+")
_VERB = compiled_on_first_use(r"(?:\s*\([^()]{1,40}\))?(?:\s*,[^,]{1,80},)?\s+([a-z][a-z’']*)\b")
"""The word after the subject (past a party's parenthesis, "Sen. Pat Toomey (R-Pa.)", or an aside set
off by commas): its verb."""
_NOT_VERBS = PREPOSITIONS | frozenset("of and or but who which that whose where when".split())
NAMING_PARTICIPLES = frozenset("called named titled entitled dubbed nicknamed labeled labelled known".split())
"""Words naming a thing inside the participle's phrase ("writing a book called “…”"): the quote is
the thing's name."""
_RELATIVES = frozenset("who whom which where whose".split())
_SUBORDINATORS = SUBORDINATORS | frozenset(("as", "whereas"))
_LEADING_JOINS = compiled_on_first_use(r"(?:But|And|Yet|So|Still|Then|Now)\s+")
"""A conjunction opening the sentence before its subject ("But Sen. Pat Toomey (R-Pa.) refused …")."""


def participle_subject(
    masked: str, sentence_start: int, open_at: int, rules: Attribution | None = None
) -> Said | None:
    """The subject of the clause a participle of saying set off by a comma follows, and that
    participle (the cue), where its phrase runs on to the quote at ``open_at`` (read in the
    article's masked text); None where the grammar is not that plain. Where the rules' answer
    ``rules`` has that participle for its cue and a mention in the clause before it, the rules read
    that subject already: their mention, not read again."""
    found = _set_off_participle(masked, max(sentence_start, open_at - PARTICIPLE_REACH), open_at)
    if found is None:
        return None
    between = masked[found.end() : open_at]
    if _BREAK().search(between) or _opens_a_clause(between):
        return None
    head = masked.find(",", found.start(), found.end())
    cue = (found.start(1), found.end(1))
    m = None if rules is None else rules.mention
    if (
        m is not None
        and rules is not None
        and sentence_start <= m.start < m.end <= head
        and (rules.cue == cue or m.start == _first_word(masked, sentence_start, head))
        and not _another_clause(masked, m.end, head)
    ):
        return m, cue  # the rules read this participle's subject, or the sentence's: not read again
    start = skip_adverbial(masked, sentence_start, head)
    joined = _LEADING_JOINS().match(masked, start, head)
    start = joined.end() if joined is not None else start
    if _CLAUSE_BREAK().search(masked, start, head):
        return None
    lead = _subject_at(masked, start, head)
    if lead is not None and names_a_time(masked, lead):  # "Hours later, Roe returned the call"
        start = masked.find(",", lead.end, head) + 1
        lead = _subject_at(masked, start, head) if start > 0 else None
    if lead is None or lead.start != _first_word(masked, start, head) or is_outlet(lead, masked):
        return None
    if lead.name is None and not lead.pronoun and not lead.description:
        return None
    verb = _VERB().match(masked, lead.end, head)
    if verb is None or verb.group(1) in _NOT_VERBS or verb.group(1).endswith("ing"):
        return None
    if names_a_time(masked, lead) or _another_clause(masked, verb.end(), head):
        return None
    return lead, cue


def _another_clause(masked: str, lo: int, hi: int) -> bool:
    """Whether a clause of its own opens between the first verb and the participle's comma: a
    relative ("where about 50 protesters had gathered", "whose side she's on"), a subordinator before
    a subject ("as a maintenance guy walks"); not "while at the State Department", nor "alleging
    that …", a clause reported inside the first one (a cue's object: "denied any plans and mocked the
    West's warnings, calling it")."""
    clause = [w.lower() for w in _WORD().findall(masked, lo, hi)]
    for k, w in enumerate(clause):
        if w in _RELATIVES:
            return True
        if w in _SUBORDINATORS and k + 1 < len(clause) and clause[k + 1] not in PREPOSITIONS:
            return True
    return False


def _set_off_participle(masked: str, lo: int, hi: int) -> re.Match[str] | None:
    """The last participle of saying set off by a comma between ``lo`` and ``hi`` (its commas read
    from the last: asked of every quote with "ing" before it, most with a comma or two in reach)."""
    comma = masked.rfind(",", lo, hi)
    while comma >= 0:
        match = _SET_OFF().match(masked, comma, hi)
        if match is not None and match.group(1) in PARTICIPLES:
            return match
        comma = masked.rfind(",", lo, comma)
    return None


def _opens_a_clause(between: str) -> bool:
    """Whether the participle's phrase holds a clause of its own before the quote ("saying the plan,
    which Roe called “…”", "warning that if Doe wins …") or names a thing by the quote ("writing a
    book called “…”": the book's name, a term no one said, :mod:`corpus.quotes.named_things`)."""
    words = [w.lower() for w in _WORD().findall(between)]
    return any(
        w in _RELATIVES or w in NAMING_PARTICIPLES or (w in _SUBORDINATORS and n not in PREPOSITIONS)
        for w, n in pairwise([*words, ""])
    )


def _subject_at(masked: str, start: int, head: int) -> Phrase | None:
    """The subject opening the clause at ``start``: a noun phrase, or a subject pronoun ("It goes on
    to …, saying": the cue grammar's reading after a verb takes no "it")."""
    word = _WORD().match(masked, start, head)
    if word is not None and word.group().lower() in SUBJECT_PRONOUNS:
        return Phrase(word.start(), word.end(), None, None, pronoun=True)
    return phrase_after(masked, start, head)


def _first_word(masked: str, lo: int, hi: int) -> int:
    k = lo
    while k < hi and not masked[k].isalnum():
        k += 1
    return k


def participle_subjects(
    reading: ArticleReading,
    spans: list[QuoteSpan],
    rules: list[Attribution],
    said: list[Attribution] | None = None,
) -> list[Said | None]:
    """:func:`participle_subject` of each quote of an article the ranker is asked about (the rules'
    answer ``rules`` far from it or with no cue, ``rerank.asks_ranker``) and, given its answers
    ``said``, where it chose a mention of its own (not the rules', not no one); a nested quote: its
    host's. Where the rules' answer stands, they read the participle as a reader does, or the
    ranker kept them: left as they are (and the quote costs one identity test)."""
    masked, sentences = reading.masked, reading.sentences
    out: list[Said | None] = []
    host: Said | None = None
    for k, (span, att) in enumerate(zip(spans, rules, strict=True)):
        if not span.nested:
            open_at = span.open_at
            host = None
            if (
                (said is None or (said[k] is not att and said[k].mention is not None))
                and sentences
                and masked.find("ing", max(0, open_at - PARTICIPLE_REACH), open_at) >= 0
                and asks_ranker(att, span)
            ):
                start = sentences[sentences.index_of(open_at)][0]
                host = participle_subject(masked, start, open_at, att)
        out.append(host)
    return out


def with_participle_subjects(
    reading: ArticleReading,
    spans: list[QuoteSpan],
    rules: list[Attribution],
    said: list[Attribution],
    subjects: Subjects,
) -> list[Attribution]:
    """``said`` (the ranker's answers) with each quote a participle of saying runs on to, where the
    ranker chose a mention of its own, given the subject of the clause that participle follows
    (:func:`participle_subjects`, of the rules' answers ``rules``): asked where the subject stands
    far from the quote, it chose a nearer object ("the intelligence community")."""
    out = list(said)
    found_all = participle_subjects(reading, spans, rules, said)
    for i, (span, found) in enumerate(zip(spans, found_all, strict=True)):
        if found is None:
            continue
        mention, cue = found
        now = said[i].mention
        if now is not None and now.start < mention.end and mention.start < now.end:
            continue  # the subject already: its name as the rules resolved it stands
        name, role = resolve(reading.text, mention, span.open_at, subjects)
        out[i] = Attribution(mention, cue, name, role)
    return out
