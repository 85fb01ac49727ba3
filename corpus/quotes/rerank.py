"""The learned ranker's second opinion on the rules' speakers: where it prefers a name by a margin,
that name replaces the rules' answer. Ready, not yet called by ``find_quotes`` (see below).

The ranker (:mod:`corpus.quotes.ranking`) scores every candidate of a quote
(:mod:`corpus.quotes.features`), the rules' answer among them with features saying so. It may only
replace the rules' answer by a name (a phrase the cue grammar named next to a cue verb, or a run of
capitalised words that could name someone), and only where the rules read no name beside a cue: a
pronoun or description it prefers would need the antecedent resolution inside
``attribution.attribute``. Figures (``train/attribution.py``, "names only" rows): PolNeAR speaker
accuracy CV / dev 0.865 / 0.936 against the rules' 0.850 / 0.935.

Why not wired: it re-reads the text around every quote (its own mask, sentences, tokens and cue
phrases), which made ``find_quotes`` 3-10x slower on the bench corpus and 30x on quote storms.
Phase 2 of issue 15 should build the candidates inside ``attribute`` from the masked text, sentence
list and ``Cues`` index it already has, score them there, and resolve a chosen pronoun or
description with ``subjects.resolve`` as the rules' mention is.
"""

from __future__ import annotations

from corpus.quotes.attribution import Attribution
from corpus.quotes.candidates import Candidate
from corpus.quotes.context import ArticleReading
from corpus.quotes.features import article_candidates
from corpus.quotes.phrases import Phrase
from corpus.quotes.ranking import Ranker, shipped_ranker
from corpus.quotes.roles import TITLES
from corpus.quotes.spans import QuoteSpan


def rerank(
    reading: ArticleReading,
    spans: list[QuoteSpan],
    rules: list[Attribution],
    skip: list[bool],
    ranker: Ranker | None = None,
) -> list[Attribution]:
    """The attributions of ``spans``: the rules' ones, each replaced where the ranker names another
    (not where ``skip`` says so: terms no one said). ``reading`` is attribution's reading of the
    article (its masked text, sentences and cues), shared so the ranker reads nothing again."""
    asked = [not skipped and asks_ranker(att) for att, skipped in zip(rules, skip, strict=True)]
    if not any(asked):
        return rules
    ranker = shipped_ranker() if ranker is None else ranker
    mentions = [(att.mention.start, att.mention.end) if att.mention else None for att in rules]
    names = [att.name for att in rules]
    candidates = article_candidates(reading, spans, mentions, names, asked)
    out: list[Attribution] = []
    host: Attribution | None = None
    for span, att, cands in zip(spans, rules, candidates, strict=True):
        if span.nested:
            out.append(host if host is not None else att)  # the host's speaker said it
            continue
        host = att if cands is None else _preferred(_choice(ranker, cands), att, reading.text)
        out.append(host)
    return out


MARGIN = 3.0
"""How much higher than the rules' answer the ranker must score a name to replace it: chosen on
PolNeAR dev (see ``train/attribution.py``), where smaller margins did not beat the rules."""


ASKED_ABOUT = frozenset({"no mention", "no cue", "description", "no name"})
"""The rules' readings the ranker is asked about (see :func:`reading_kind`). Not "pronoun": of the
1,579 quotes of PolNeAR train whose cue stands beside a pronoun, the ranker changed 9 (right 5 more
times) and none on dev, while they are half the quotes it would be asked about, and so half its cost;
never "named" (a name beside a cue), whose reading it never changed."""


def reading_kind(att: Attribution) -> str:
    """What the rules read for a quote: "no mention", "no cue" (a mention without a cue: a sentence's
    subject, the previous speaker), "pronoun", "description", "no name" or "named"."""
    m = att.mention
    if m is None:
        return "no mention"
    if att.cue is None:
        return "no cue"
    if m.pronoun:
        return "pronoun"
    if m.description:
        return "description"
    return "no name" if att.name is None else "named"


def asks_ranker(att: Attribution, asked_about: frozenset[str] = ASKED_ABOUT) -> bool:
    """Whether the ranker is asked about a quote at all (see :data:`ASKED_ABOUT`)."""
    return reading_kind(att) in asked_about


def _choice(ranker: Ranker, cands: list[Candidate]) -> Candidate | None:
    """The ranker's best candidate, if it beats the rules' answer by ``MARGIN`` (else None)."""
    scored = [(ranker.score(c), c) for c in cands]
    if not scored:
        return None
    score, best = max(scored, key=lambda sc: sc[0])
    ruled = [s for s, c in scored if "rules" in c.features]
    return best if not ruled or score - max(ruled) >= MARGIN else None


def replaces_rules(c: Candidate) -> bool:
    """Whether a candidate the ranker prefers may replace the rules' answer: a name the cue grammar
    read, or a run of capitalised words that could name someone (not a pronoun or a description,
    which would need resolving to a name)."""
    if c.phrase is not None and c.phrase.name is not None and not c.phrase.pronoun:
        return True
    # (not in capitals: a dateline's "WASHINGTON" or a headline's words, the ranker's worst picks)
    return c.kind == "name" and "not_a_name" not in c.features and not c.features.get("all_caps")


def _preferred(best: Candidate | None, att: Attribution, text: str) -> Attribution:
    if best is None or "rules" in best.features or not replaces_rules(best):
        return att
    phrase = best.phrase
    if phrase is not None and phrase.name is not None and not phrase.pronoun:
        return Attribution(phrase, best.cue, phrase.name, phrase.role)
    if best.kind == "name":
        # a run of capitalised words: the name as written, a title at its head its role
        words = text[best.start : best.end].split()
        k = 0
        while k < len(words) - 1 and words[k].lower() in TITLES:
            k += 1
        name, role = " ".join(words[k:]), " ".join(words[:k]) or None
        return Attribution(Phrase(best.start, best.end, name, role), None, name, role)
    return att  # a phrase with no name
