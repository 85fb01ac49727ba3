"""The learned ranker's say on the rules' speakers, asked by ``find_quotes``: it scores every
candidate of a quote (:mod:`corpus.quotes.features`), the rules' answer among them with features
saying so and saying what the rules read (a name beside a cue, a pronoun, no cue…); where it prefers
another candidate by its margin (``ranker_weights.json``), that candidate replaces the rules'
answer: a name as written, or a pronoun or description resolved as the rules resolve theirs
(:func:`corpus.quotes.attribution.resolved`); a name it chooses must be one the article gives
evidence of naming someone (:func:`trusted`).

It is asked where the rules are least sure (:func:`asks_ranker`): no one found, a mention with no
cue, or a mention far from the quote. Asked about every quote it reads better on PolNeAR train and
about as well on dev, but costs too much time yet (see :data:`ASKED_ABOUT`). Each mention's own
features are read once per article, and only the cue grammar's mentions in the sentence after the
quote's, so asking costs less than it did.

The candidates are read from attribution's own reading of the article (its masked text, sentences
and ``Cues`` index, shared through ``find_quotes``), each sentence's mentions and each cue's phrases
once per article, so quote storms stay linear.
"""

from __future__ import annotations

import re

from corpus.quotes.attribution import Attribution, resolved
from corpus.quotes.candidates import Candidate
from corpus.quotes.context import ArticleReading
from corpus.quotes.feature_names import FEATURE_ID
from corpus.quotes.features import article_candidates
from corpus.quotes.lexicon import DESCRIPTION_OPENERS, PRONOUNS
from corpus.quotes.name_evidence import names_someone
from corpus.quotes.names import shipped_tables
from corpus.quotes.phrases import Phrase
from corpus.quotes.ranking import Ranker, shipped_ranker
from corpus.quotes.roles import TITLES
from corpus.quotes.spans import QuoteSpan
from corpus.quotes.subjects import Subjects

_RULES, _NOT_A_NAME, _ALL_CAPS = FEATURE_ID["rules"], FEATURE_ID["not_a_name"], FEATURE_ID["all_caps"]


def rerank(
    reading: ArticleReading,
    spans: list[QuoteSpan],
    rules: list[Attribution],
    skip: list[bool],
    ranker: Ranker | None = None,
    subjects: Subjects | None = None,
) -> list[Attribution]:
    """The attributions of ``spans``: the rules' ones, each replaced where the ranker names another
    (not where ``skip`` says so: terms no one said). ``reading`` is attribution's reading of the
    article (its masked text, sentences and cues), shared so the ranker reads nothing again;
    ``subjects`` the sentence subjects and speakers attribution resolved its pronouns with."""
    asked = [
        not skipped and asks_ranker(att, span) for att, span, skipped in zip(rules, spans, skip, strict=True)
    ]
    if not any(asked):
        return rules
    ranker = shipped_ranker() if ranker is None else ranker
    if subjects is None:
        subjects = Subjects(reading.masked, reading.sentences, reading.cues)
    mentions = [(att.mention.start, att.mention.end) if att.mention else None for att in rules]
    names = [att.name for att in rules]
    routes = [reading_kind(att) for att in rules]
    candidates = article_candidates(reading, spans, mentions, names, asked, routes)
    out: list[Attribution] = []
    host: Attribution | None = None
    for span, att, cands in zip(spans, rules, candidates, strict=True):
        if span.nested:
            out.append(host if host is not None else att)  # the host's speaker said it
            continue
        host = (
            att
            if cands is None
            else _preferred(_choice(ranker, cands, reading.text), cands, att, reading.text, span, subjects)
        )
        out.append(host)
    return out


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


ASKED_ABOUT = frozenset({"no mention", "no cue"})
"""The rules' readings the ranker is asked about (see :func:`reading_kind`): where they found no one,
or a mention with no cue (a sentence's subject, the previous speaker). Another mention it is asked
about only when far from the quote (:data:`FAR`). So asked, with the margin chosen on dev (2), it
reads CV 0.885 / dev 0.934 (``train/attribution.py``, retrained on this tree).

Deciding every quote is the better model on unseen text: trained as a ranker (``--softmax 1``: a
softmax over each quote's candidates, no margin) it reads CV 0.901 / dev 0.930 (the pairs' model
0.892 / 0.926); with a margin of 1, 0.896 / 0.934. Asked about all but the named readings, 0.892 /
0.928: the named ones (57% of the quotes) carry most of the gain. But the quote finder then takes
3.5 times the CPU time on the seeds' synthetic corpus and 1.8 times on PolNeAR dev
(``bench/quotes_speed.py --ask-every``): each quote's candidates and their features cost more than
the rest of the finder, spread over reading each sentence's mentions, the cue grammar's phrases and
each candidate's features (no one part above a fifth). Left out until they cost less."""

FAR = 200
"""A mention the rules read more than this many characters from its quote is asked about too (on
PolNeAR train such names beside a cue are right for 10 of their 103 quotes, the ranker's choice for
about half). Chosen on dev in the session before: 200 and never gave 0.937, 100 and 40 0.935; of 200
and never, 200 had the higher CV figure."""


def asks_ranker(
    att: Attribution, span: QuoteSpan, asked_about: frozenset[str] = ASKED_ABOUT, far: int = FAR
) -> bool:
    """Whether the ranker is asked about a quote at all (see :data:`ASKED_ABOUT` and :data:`FAR`)."""
    if reading_kind(att) in asked_about:
        return True
    m = att.mention
    return m is not None and gap_to_quote(m.start, m.end, span) > far


def gap_to_quote(start: int, end: int, span: QuoteSpan) -> int:
    """How many characters lie between a mention and its quote's marks."""
    return max(0, span.open_at - end) if end <= span.open_at else max(0, start - span.close_at)


def _choice(ranker: Ranker, cands: list[Candidate], text: str) -> Candidate | None:
    """The ranker's best candidate among the rules' answer and those that may replace it
    (:func:`may_replace`), if it beats the rules' answer by the ranker's margin (else None)."""
    scored = [(ranker.score(c), c) for c in cands if _RULES in c.ids or may_replace(c, text)]
    if not scored:
        return None
    score, best = max(scored, key=lambda sc: sc[0])
    ruled = [s for s, c in scored if _RULES in c.ids]
    if ruled and score - max(ruled) < ranker.margin:
        return None
    return best if _RULES in best.ids or trusted(best, text) else None


_NAME_WORD = r"[A-Z][a-z’'][A-Za-z’'.]*(?:-[A-Z][A-Za-z’'.]*)*"
NAME_LIKE = re.compile(rf"(?:[A-Z]\.\s*)*{_NAME_WORD}(?:\s+(?:[a-z]{{1,3}}\s+)?(?:[A-Z]\.|{_NAME_WORD}))*")
"""What the ranker may put where the rules found no one: capitalised words as names are written
("Roe", "Jane Roe", "J. Roe", "Bank of America", "Kingsley-Hughes"), not a letter, an abbreviation,
a code or a compound in lower case ("C", "U.S.", "E2", "Bush-era")."""


def may_replace(c: Candidate, text: str) -> bool:
    """Whether a candidate may replace the rules' answer: a name as written (:func:`replaces_rules`),
    or a pronoun or a description, resolved to a name as the rules resolve theirs. Not a capitalised
    word that names no one ("Ultimately", a dateline's "WASHINGTON"): with it as their choice, the
    ranker's speakers on ECB+ and scraped pages were junk, for 0.001 of PolNeAR's CV figure."""
    if c.phrase is not None and (c.phrase.pronoun or c.phrase.description):
        return True
    if c.kind == "group":
        return not _CUE_SUBJECT.isdisjoint(c.ids)  # "officials said", "said one attendee"
    return c.kind in ("pronoun", "description") or replaces_rules(c, text)


_CUE_SUBJECT = frozenset({FEATURE_ID["cue_right_after"], FEATURE_ID["cue_right_before"]})
"""A group's features that say it is the subject of a cue: only then may it replace the rules' answer
(anywhere else, on ECB+ "Police" replaced a named councilman; "according to court filings" took a
named speaker's quotes on scraped pages, for no change of CV or dev)."""


def replaces_rules(c: Candidate, text: str) -> bool:
    """Whether a candidate names someone as names are written: a name the cue grammar read, or a run
    of capitalised words that could name someone."""
    if c.phrase is not None and c.phrase.name is not None and not c.phrase.pronoun:
        return _name_like(c.phrase.name)
    # (not in capitals: a dateline's "WASHINGTON" or a headline's words, the ranker's worst picks)
    if c.kind != "name" or _NOT_A_NAME in c.ids or _ALL_CAPS in c.ids:
        return False
    return _name_like(text[c.start : c.end])


def trusted(c: Candidate, text: str) -> bool:
    """Whether the ranker's choice may stand: a pronoun, a description, or a name the article gives
    evidence of naming someone (:func:`corpus.quotes.name_evidence.names_someone`). Where its choice
    names no one, the rules' answer stands (not its next choice: on ECB+ and the html pages that was
    junk as often, "Cave Carrot" after "Flower Dance")."""
    if c.phrase is not None and (c.phrase.pronoun or c.phrase.description):
        return True
    if c.kind in ("pronoun", "description", "group"):
        return True
    if c.phrase is not None:
        return True  # read by the cue grammar beside its cue ("Human Rights Watch, said"): evidence enough
    written = text[c.start : c.end]
    return names_someone(written, _titles(written), text, shipped_tables())


def _titles(written: str) -> int:
    """How many words at the head of a written name are titles ("Sen. Jane Roe": 1)."""
    words = written.split()
    k = 0
    while k < len(words) - 1 and words[k].lower() in TITLES:
        k += 1
    return k


def _name_like(written: str) -> bool:
    return NAME_LIKE.fullmatch(written) is not None


def _preferred(
    best: Candidate | None,
    cands: list[Candidate],
    att: Attribution,
    text: str,
    span: QuoteSpan,
    subjects: Subjects,
) -> Attribution:
    if best is None or _RULES in best.ids:
        return att
    phrase = phrase_of(best, text)
    if phrase.description:
        phrase = _apposed(phrase, cands, text)
    return resolved(text, span, (phrase, best.cue), subjects)  # as the rules resolve their mentions


_APPOSITION = re.compile(r"\s*,\s*")


def _apposed(description: Phrase, cands: list[Candidate], text: str) -> Phrase:
    """A description in apposition to the name before it ("Jane Roe, the union's leader"): the two
    as one speaker, the name and its role; else the description alone."""
    for c in cands:
        if c.end < description.start and _APPOSITION.fullmatch(text, c.end, description.start):
            named = phrase_of(c, text)
            if named.name is not None:
                return Phrase(named.start, description.end, named.name, description.role)
    return description


def phrase_of(c: Candidate, text: str) -> Phrase:
    """The speaker a candidate is as written: its name and role, or a pronoun or description to
    resolve (a run of capitalised words that names no one is a mention with no name)."""
    if c.phrase is not None:
        return c.phrase
    written = text[c.start : c.end]
    words = written.split()
    if c.kind == "pronoun" or written.lower() in PRONOUNS:
        return Phrase(c.start, c.end, None, None, pronoun=True)
    if c.kind == "description":
        head = " ".join(words[1:]) if len(words) > 1 and words[0].lower() in DESCRIPTION_OPENERS else written
        return Phrase(c.start, c.end, None, head.lower(), description=True)
    if not replaces_rules(c, text):
        return Phrase(c.start, c.end, None, None)
    # a run of capitalised words: the name as written, a title at its head its role
    k = _titles(written)
    return Phrase(c.start, c.end, " ".join(words[k:]), " ".join(words[:k]) or None)
