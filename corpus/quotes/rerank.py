"""The learned ranker's second opinion on the rules' speakers, asked by ``find_quotes``: where it
prefers a name by a margin, that name replaces the rules' answer.

The ranker (:mod:`corpus.quotes.ranking`) scores every candidate of a quote
(:mod:`corpus.quotes.features`), the rules' answer among them with features saying so. It is asked
only where the rules found no one or no cue (:data:`ASKED_ABOUT`), and may only replace their
answer by a name (a phrase the cue grammar named next to a cue verb, or a run of capitalised words
that could name someone): a pronoun or description it preferred would need resolving, and keeping
the rules' reading there costs nothing measurable. Figures (``train/attribution.py``, "names only"):
PolNeAR speaker accuracy CV / dev 0.859 / 0.935 against the rules' 0.848 / 0.934.

The candidates are read from attribution's own reading of the article (its masked text, sentences
and ``Cues`` index, shared through ``find_quotes``), each sentence's mentions and each cue's phrases
once per article, so the ranker adds a small cost per quote asked about and quote storms stay linear.
"""

from __future__ import annotations

import re

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


ASKED_ABOUT = frozenset({"no mention", "no cue"})
"""The rules' readings the ranker is asked about (see :func:`reading_kind`): where they found no one,
or a mention with no cue (a sentence's subject, the previous speaker). Asking it also about a
pronoun, a description or a phrase with no name beside a cue (two thirds of the quotes it would be
asked about, and so of its cost) gave the same accuracy on PolNeAR dev, and on cross-validated train
0.001 more with pronouns (``train/attribution.py``); a name beside a cue it never changed."""


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


_NAME_WORD = r"[A-Z][a-z’'][A-Za-z’'.]*(?:-[A-Z][A-Za-z’'.]*)*"
NAME_LIKE = re.compile(rf"(?:[A-Z]\.\s*)*{_NAME_WORD}(?:\s+(?:[a-z]{{1,3}}\s+)?(?:[A-Z]\.|{_NAME_WORD}))*")
"""What the ranker may put where the rules found no one: capitalised words as names are written
("Roe", "Jane Roe", "J. Roe", "Bank of America", "Kingsley-Hughes"), not a letter, an abbreviation,
a code or a compound in lower case ("C", "U.S.", "E2", "Bush-era")."""


def replaces_rules(c: Candidate, text: str) -> bool:
    """Whether a candidate the ranker prefers may replace the rules' answer: a name the cue
    grammar read, or a run of capitalised words that could name someone (not a pronoun or a
    description, which would need resolving to a name)."""
    if c.phrase is not None and c.phrase.name is not None and not c.phrase.pronoun:
        return _name_like(c.phrase.name)
    # (not in capitals: a dateline's "WASHINGTON" or a headline's words, the ranker's worst picks)
    if c.kind != "name" or "not_a_name" in c.features or c.features.get("all_caps"):
        return False
    return _name_like(text[c.start : c.end])


def _name_like(written: str) -> bool:
    return NAME_LIKE.fullmatch(written) is not None


def _preferred(best: Candidate | None, att: Attribution, text: str) -> Attribution:
    if best is None or "rules" in best.features or not replaces_rules(best, text):
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
