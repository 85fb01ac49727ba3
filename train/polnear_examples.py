"""The quotes of PolNeAR train and dev as the speaker ranker learns from them: each quote the
shipped finder finds that matches a gold quote, its candidates' features (:mod:`corpus.quotes.features`),
which of them overlap the gold Source (``bench/polnear.py``'s fair score), and what the rules read.
Read by ``train/attribution.py`` and the scripts beside it (``--cache`` keeps them in a pickle)."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.polnear import Gold, best_gold, fold_of, overlap, read_gold, speaker_right  # noqa: E402
from bench.polnear import Pred as _Pred  # noqa: E402
from corpus.ingest.load import load_corpus  # noqa: E402
from corpus.quotes.ask_gate import gate_traits, gateable  # noqa: E402
from corpus.quotes.attribution import Attribution, attribute  # noqa: E402
from corpus.quotes.clause_subjects import with_later_clause_subjects  # noqa: E402
from corpus.quotes.colon_objects import colon_objects  # noqa: E402
from corpus.quotes.context import ArticleReading  # noqa: E402
from corpus.quotes.crossed_quotes import across_earlier_quote  # noqa: E402
from corpus.quotes.feature_names import FEATURE_NAMES  # noqa: E402
from corpus.quotes.features import article_candidates  # noqa: E402
from corpus.quotes.mention_speakers import resolve  # noqa: E402
from corpus.quotes.names import shipped_tables  # noqa: E402
from corpus.quotes.naming_agents import named_already, naming_agents  # noqa: E402
from corpus.quotes.no_one import names_no_one  # noqa: E402
from corpus.quotes.participle_subjects import participle_subjects  # noqa: E402
from corpus.quotes.relay_guard import relayer_read, relaying_stretch, relays_rules  # noqa: E402
from corpus.quotes.rerank import gap_to_quote, may_replace, reading_kind, trusted  # noqa: E402
from corpus.quotes.roles import Phrase  # noqa: E402
from corpus.quotes.spans import QuoteSpan, find_quote_spans  # noqa: E402
from corpus.quotes.speakerless import quote_traits  # noqa: E402
from corpus.quotes.subjects import Subjects  # noqa: E402
from corpus.quotes.terms import term_flags  # noqa: E402
from corpus.quotes.uncued import uncued_no_speaker  # noqa: E402
from train.ranker_models import Group  # noqa: E402

SHARED = (ROOT / ".." / "shared").resolve()


@dataclass
class Example:
    article: str
    fold: int
    features: list[dict[str, float]]
    labels: list[bool]
    rules_right: bool
    kind: str
    """What the rules read (``rerank.reading_kind``)."""
    allowed: list[bool]
    """Whether each candidate may replace the rules' answer (``rerank.may_replace``), or is it."""
    kinds: list[str]
    """Each candidate's kind ("name", "pronoun", "phrase"…; "+rules" when it is the rules' answer)."""
    has_source: bool
    """Whether the gold attribution names a Source at all."""
    trusted: list[bool]
    """Whether each candidate, chosen, may stand (the rules' answer, or ``rerank.trusted``: a name
    the article gives evidence for)."""
    quote: tuple[int, int]
    """The quote's span, and each candidate's, the rules' mention's and the gold Source's (for
    printing wrong quotes in context)."""
    spans: list[tuple[int, int]]
    rules: tuple[int, int] | None
    source: list[tuple[int, int]]
    term: bool = False
    """Whether the shipped finder calls the quote a term (``terms.is_term``): no one said it,
    the ranker is not asked, and it is right only where gold names no Source."""
    quiet: dict[str, float] = field(default_factory=dict)
    """The "no speaker" option's own features (:mod:`corpus.quotes.speakerless`)."""
    rules_said_right: bool = False
    """Whether the rules' mention is the gold Source (or none where gold names none), term or not."""
    no_one: bool = False
    """Whether the rules' mention names no one (``corpus.quotes.no_one.names_no_one``): the ranker is
    asked, and may not choose it (``rerank.choice``'s ``barred``)."""
    dropped: bool = False
    """Whether the rules' mention has no cue and names no speaker (``corpus.quotes.uncued``): the
    ranker may not choose it, and where it chooses no other, no one said the quote."""
    later_right: bool | None = None
    """Where the rules' answer stands, whether the mention the engine gives after the ranker (the
    later clause's subject, ``corpus.quotes.clause_subjects``) is the gold Source; None where it gives
    none and the rules' mention stands."""
    gate: list[str] = field(default_factory=list)
    """The ask gate's traits (``corpus.quotes.ask_gate.gate_traits``) where the rules read a mention
    with a cue, else none."""
    role_right: bool | None = None
    """Whether the subject the engine gives after the ranker where it chose a mention of its own is
    the gold Source (the clause's subject a participle of saying follows,
    ``corpus.quotes.participle_subjects``); None where it gives none."""
    agent_right: bool | None = None
    """Whether the agent of a passive of naming the engine gives after the ranker, over any answer
    (``corpus.quotes.naming_agents``), is the gold Source; None where it gives none."""
    relayed: list[bool] = field(default_factory=list)
    """Whether each candidate, chosen, would relay what the rules' mention said
    (``corpus.quotes.relay_guard``): the rules' answer stands instead."""
    relay: bool = False
    """Whether the rules read the quote as speech another in its sentence may relay
    (``corpus.quotes.relay_guard.relaying_stretch``): the ask gate does not ask about it."""
    relayer: bool = False
    """Whether the rules read their mention as a relay's relayer
    (``corpus.quotes.relay_guard.relayer_read``): the ask gate does not ask about it."""
    colon_objects: list[bool] = field(default_factory=list)
    """Whether each candidate is an object in the clause of a colon heading the quote
    (``corpus.quotes.colon_objects``): no speaker of it."""
    crossed: list[bool] = field(default_factory=list)
    """Whether each candidate stands before an earlier quote the rules name another speaker after
    (``corpus.quotes.crossed_quotes``): the rules' answer stands over it."""


def examples(folder: Path, unmatched: list[Example] | None = None) -> list[Example]:
    """The quotes of ``folder`` that match a gold quote; those that match none go to ``unmatched``
    (as quotes gold names no Source for: PolNeAR's annotators marked no attribution there)."""
    gold = read_gold(folder)
    tables = shipped_tables()
    out: list[Example] = []
    for article in load_corpus(folder / "text"):
        golds = gold.get(article.name)
        if golds is None:
            continue
        spans = find_quote_spans(article)
        if not spans:
            continue
        reading = ArticleReading.of(article, spans)
        speech = attribute(article, spans, reading)
        atts = speech.quotes
        terms = term_flags(article, spans, atts)
        mentions = [(a.mention.start, a.mention.end) if a.mention else None for a in atts]
        routes = [reading_kind(a) for a in atts]
        every = article_candidates(
            reading, spans, mentions, [a.name for a in atts], [True] * len(spans), routes
        )
        later = (
            atts
            if speech.subjects is None
            else with_later_clause_subjects(reading, spans, atts, atts, speech.subjects)
        )
        gates = _gates(reading, spans, atts, routes, terms)
        roles = participle_subjects(reading, spans, atts)
        agents = naming_agents(reading, spans)
        for k, (span, att, rules, cands, after, role, agent) in enumerate(
            zip(spans, atts, mentions, every, later, roles, agents, strict=True)
        ):
            g = best_gold(_Pred(span.start, span.end, None), golds)
            if cands is None or (g is None and unmatched is None):
                continue
            into = out if g is not None else unmatched
            g = g or Gold([], [])
            labels = [any(overlap((c.start, c.end), s) for s in g.source) for c in cands]
            term = terms[k]
            # as read_article decides: a term's speaker is no one (right where gold names no Source)
            rules_right = speaker_right(None if term else rules, g)
            feats = [c.named() for c in cands]
            fold = fold_of(article.name)
            allowed = [may_replace(c, article.text) or c.has("rules") for c in cands]
            trust = [c.has("rules") or trusted(c, article.text) for c in cands]
            kind = reading_kind(att)
            ruled = ["+rules" if c.has("rules") and c.kind != "rules" else "" for c in cands]
            kinds = [c.kind + mark for c, mark in zip(cands, ruled, strict=True)]
            stretch = relaying_stretch(reading, spans, k, att)
            into.append(
                Example(
                    article.name,
                    fold,
                    feats,
                    labels,
                    rules_right,
                    kind,
                    allowed,
                    kinds,
                    bool(g.source),
                    trust,
                    (span.start, span.end),
                    [(c.start, c.end) for c in cands],
                    rules,
                    list(g.source),
                    term,
                    _quiet(reading, spans, k, term, rules, routes[k]),
                    speaker_right(rules, g),
                    rules is not None
                    and names_no_one(article.text, *rules, tables, span.open_at) is not None,
                    uncued_no_speaker(article.text, [att])[0],
                    None
                    if after is att or after.mention is None
                    else speaker_right((after.mention.start, after.mention.end), g),
                    gates[k],
                    None if role is None else speaker_right((role[0].start, role[0].end), g),
                    None
                    if agent is None or _named_already(article.text, agent[0], span, att, speech.subjects)
                    else speaker_right((agent[0].start, agent[0].end), g),
                    [relays_rules(stretch, c.start, c.end) for c in cands],
                    stretch is not None,
                    relayer_read(reading, span, att),
                    colon_objects(reading, span, cands),
                    [across_earlier_quote(spans, k, att, c.end) for c in cands],
                )
            )
    return out


def _named_already(
    text: str, agent: Phrase, span: QuoteSpan, att: Attribution, subjects: Subjects | None
) -> bool:
    """Whether the engine keeps the rules' answer over a pronoun agent naming the same person
    (``naming_agents.named_already``; the ranker's own answer is not known here: the rules' read)."""
    if subjects is None or not agent.pronoun:
        return False
    return named_already(text, agent, resolve(text, agent, span.open_at, subjects)[0], att)


def _gates(
    reading: ArticleReading,
    spans: list[QuoteSpan],
    atts: list[Attribution],
    routes: list[str],
    terms: list[bool],
) -> list[list[str]]:
    """The ask gate's traits of each quote the rules read with a mention and a cue (``[]`` for the
    others and for terms), with the previous quote's attribution as ``rerank`` passes it."""
    out: list[list[str]] = []
    previous: Attribution | None = None
    for k, (span, att) in enumerate(zip(spans, atts, strict=True)):
        m = att.mention
        if span.nested or m is None or terms[k] or not gateable(reading.text, att):
            out.append([])
        else:
            gap = gap_to_quote(m.start, m.end, span)
            out.append(gate_traits(reading, spans, k, att, previous, routes[k], gap))
        if not span.nested:
            previous = att
    return out


def _quiet(
    reading: ArticleReading,
    spans: list[QuoteSpan],
    k: int,
    term: bool,
    rules: tuple[int, int] | None,
    route: str,
) -> dict[str, float]:
    """The "no speaker" option's features of ``spans[k]`` by name."""
    gap = None if rules is None else gap_to_quote(rules[0], rules[1], spans[k])
    return dict.fromkeys((FEATURE_NAMES[i] for i in quote_traits(reading, spans, k, term, route, gap)), 1.0)


def groups(data: list[Example]) -> list[Group]:
    return [(e.features, e.labels, e.has_source) for e in data]


def read_examples(cache: Path | None) -> tuple[list[Example], list[Example]]:
    """The examples of train and dev, read from ``cache`` when it exists (written there when not):
    the candidates take most of the run to read, the models seconds to fit."""

    train, dev, _, _ = read_all_examples(cache)
    return train, dev


def read_all_examples(
    cache: Path | None,
) -> tuple[list[Example], list[Example], list[Example], list[Example]]:
    """:func:`read_examples`, and the quotes of train and dev that match no gold quote."""
    import pickle

    if cache is not None and cache.exists():
        with cache.open("rb") as f:
            return pickle.load(f)  # type: ignore[no-any-return]
    loose_train: list[Example] = []
    loose_dev: list[Example] = []
    four = (
        examples(SHARED / "polnear-train", loose_train),
        examples(SHARED / "polnear-dev", loose_dev),
        loose_train,
        loose_dev,
    )
    if cache is not None:
        with cache.open("wb") as f:
            pickle.dump(four, f)
    return four
