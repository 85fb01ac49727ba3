"""The agent of a passive of naming is the quote's speaker (issue 15).

"often labeled as a “witch hunt” by <Democrats>", "called the “Crossroads of America” by <the
citizens>", "what would come to be derisively known by <some Republicans> as a “hug”": the quote is
what the agent after "by" calls the thing, so the agent said it; not the sentence's subject (the
thing named, or someone else's clause) that the rules or the ranker had read. Read after the ranker,
over its answer, for every quote with "by" near it.

Only where the quote completes the naming participle (an "as" and an article at most between them)
with the agent right after the quote ("“…” by Democrats"), or the agent between the participle and
an "as" before the quote ("known by some Republicans as a “…”"); not where "according to" follows
the agent: the whole report is the outer source's, as PolNeAR marks it ("emails labeled “top secret”
by the State Department, according to multiple intelligence sources").

PolNeAR train, held-out folds (``train/no_speaker.py --c 3 --margins 0``): 3 quotes right that were
wrong, none the other way; dev none fired."""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from corpus.ingest.lazy_regex import compiled_on_first_use
from corpus.quotes.after_cue import phrase_after
from corpus.quotes.as_described import AS_DESCRIBED_REACH, agent_as_described, agent_phrase, describing_by
from corpus.quotes.attribution import Attribution
from corpus.quotes.bare_speakers import bare_speakers
from corpus.quotes.bare_subjects import bare_subjects
from corpus.quotes.claim_owners import claim_owners
from corpus.quotes.mention_speakers import resolve
from corpus.quotes.participle_groups import crowd_speakers
from corpus.quotes.poll_sources import poll_speakers
from corpus.quotes.roles import Phrase
from corpus.quotes.words_of import words_of_agents

if TYPE_CHECKING:
    from corpus.quotes.context import ArticleReading
    from corpus.quotes.spans import QuoteSpan
    from corpus.quotes.subjects import Subjects

NAMING_PASSIVES = (
    "called",
    "labeled",
    "labelled",
    "described",
    "dubbed",
    "branded",
    "termed",
    "seen",
    "viewed",
    "regarded",
    "known",
    "derided",
    "dismissed",
    "characterized",
    "characterised",
    "portrayed",
)
"""Participles whose passive names a thing by the quote ("labeled as a “…” by"), its agent the one
who calls it so."""
_NAMING_WORDS = frozenset(NAMING_PASSIVES)
_WORDS_BEFORE = 14
"""The words before the quote the naming participle may be among ("known by some Republicans as a")."""
_NAMING = "(" + "|".join(NAMING_PASSIVES) + ")"
_BEFORE_QUOTE = compiled_on_first_use(r"\b" + _NAMING + r"\s+(?:as\s+)?(?:(?:a|an|the)\s+)?\Z")
_AGENT_BEFORE = compiled_on_first_use(
    r"\b" + _NAMING + r"\s+by\s+([^,;:.!?“”\"]{2,60}?)\s+as\s+(?:(?:a|an|the)\s+)?\Z"
)
_BY_AFTER = compiled_on_first_use(r"[”\"’']?\s*by\s+")
NAMING_REACH = 100
"""How far before its quote the naming participle and its agent are read."""
AGENT_REACH = 80
QUOTE_REACH = 400
"""How long a quote whose agent follows it ("“…” by Democrats") may be: a name's words are short."""


def naming_agent(masked: str, open_at: int, close_at: int) -> tuple[Phrase, tuple[int, int]] | None:
    """The agent of the passive of naming the quote between ``open_at`` and ``close_at`` completes,
    and the participle (the cue), read in the article's masked text; None where there is none."""
    lo = max(0, open_at - NAMING_REACH)
    if _NAMING_WORDS.isdisjoint(masked[lo:open_at].split()[-_WORDS_BEFORE:]):
        return None  # (a set's test of the words before the quote before any pattern's)
    before = _AGENT_BEFORE().search(masked, lo, open_at)
    agent = None
    if before is not None:
        agent = phrase_after(masked, before.start(2), before.end(2))
        cue = before.span(1)
    else:
        named = _BEFORE_QUOTE().search(masked, lo, open_at)
        by = None if named is None else _BY_AFTER().match(masked, close_at)
        if named is None or by is None:
            return None
        agent = agent_phrase(masked, by.end(), min(len(masked), by.end() + AGENT_REACH))
        cue = named.span(1)
    if agent is None or (agent.name is None and not agent.description and not agent.pronoun):
        return None
    return agent, cue


def naming_agents(
    reading: ArticleReading, spans: list[QuoteSpan]
) -> list[tuple[Phrase, tuple[int, int]] | None]:
    """:func:`naming_agent` of each quote of an article, or the agent of an "as described by" aside
    after it (:mod:`corpus.quotes.as_described`; a nested quote: none). Read from the " by "
    the article writes (found at C speed), not from every quote: a quote is asked about only where
    one stands within reach of it (most quotes have none)."""
    out: list[tuple[Phrase, tuple[int, int]] | None] = [None] * len(spans)
    masked = reading.masked
    by = masked.find(" by ")
    at = [span.open_at for span in spans] if by >= 0 else []  # (none where the article writes no " by ")
    asked = [False] * len(at)
    while by >= 0:
        k = bisect_left(at, by - QUOTE_REACH)
        while k < len(spans) and at[k] <= by + NAMING_REACH:
            span = spans[k]
            if not asked[k] and not span.nested and span.close_at + 6 > by:
                asked[k] = True
                out[k] = naming_agent(masked, span.open_at, span.close_at)
            after = span.close_at <= by < span.close_at + AS_DESCRIBED_REACH  # "“…” – as described by"
            if out[k] is None and after and not span.nested and describing_by(masked, by):
                out[k] = agent_as_described(masked, span.close_at)  # (one word read before the regex)
            k += 1
        by = masked.find(" by ", by + 4)
    words_of_agents(masked, spans, out)  # "in the words of Governor Mark Holt, “…”"
    claim_owners(reading, spans, out)  # "Comey's conclusion that her actions were “…”"
    bare_speakers(masked, spans, out)  # "“…,” tweeted another."
    crowd_speakers(masked, spans, out)  # "with supporters chanting “…”"
    bare_subjects(masked, reading.sentences, spans, out)  # "Yet another said, “…”"
    poll_speakers(masked, reading.sentences, spans, out)  # "In a poll, 8 percent of Democrats said “…”"
    return out


def with_naming_agents(
    reading: ArticleReading, spans: list[QuoteSpan], said: list[Attribution], subjects: Subjects
) -> list[Attribution]:
    """``said`` with each quote that completes a passive of naming given its agent
    (:func:`naming_agent`)."""
    out = list(said)
    for i, (span, found) in enumerate(zip(spans, naming_agents(reading, spans), strict=True)):
        if found is None:
            continue
        mention, cue = found
        now = said[i].mention
        if now is not None and now.start < mention.end and mention.start < now.end and said[i].name:
            continue  # (the ranker's own span of the agent, unresolved, gets the agent's name)
        name, role = resolve(reading.text, mention, span.open_at, subjects)
        if not named_already(reading.text, mention, name, said[i]):
            out[i] = Attribution(mention, cue, name, role)
    return out


def named_already(text: str, agent: Phrase, name: str | None, said: Attribution) -> bool:
    """Whether the answer ``said`` stands already for the one a pronoun ``agent`` stands for: by a
    name (``name``, the agent resolved: "De Blasio repeated his claim that “…”" keeps "De Blasio"), or
    by the subject pronoun the possessive agrees with earlier in its sentence ("she came under fire
    over her assertion that “…”" keeps "she", whom the rules resolved as the sentence's subject)."""
    now = said.mention
    if not agent.pronoun or now is None:
        return False
    if not now.pronoun:
        return bool(name) and name == said.name
    owner = text[agent.start : agent.end].lower()
    subject = text[now.start : now.end].lower()
    return (
        now.end <= agent.start
        and _SUBJECT_OF.get(owner) == subject
        and not any(stop in text[now.end : agent.start] for stop in ".!?\n")
    )


_SUBJECT_OF = {"his": "he", "her": "she", "their": "they", "its": "it"}
"""The subject pronoun a possessive one agrees with."""
