"""The speaker ranker's features, each a name and a number: every feature a candidate can have is
listed here once, so a candidate carries small ints (:data:`FEATURE_ID`) and is scored by a dot
product over a weight list (:mod:`corpus.quotes.ranking`), while the weights file and the training
script read names (:data:`FEATURE_NAMES`). What each means is said where it is read
(:mod:`corpus.quotes.article_features`, :mod:`corpus.quotes.features`).
"""

from __future__ import annotations

from itertools import product

from corpus.quotes.lexicon import DETERMINERS, FUNCTION_WORDS, PREPOSITIONS

_CUE_GROUPS = {
    "said": "said says say saying",
    "told": "told tells telling",
    "wrote": "wrote writes writing tweeted tweets tweeting posted",
    "added": "added adds adding continued continues",
    "asked": "asked asks asking",
}
CUE_GROUP = {w: group for group, words in _CUE_GROUPS.items() for w in words.split()}
"""The cue verbs common enough to learn a weight each; the rest share one ("other")."""
CUE_CLASSES = (*_CUE_GROUPS, "other")
SIDE_WORDS = PREPOSITIONS | FUNCTION_WORDS | DETERMINERS | frozenset("of and according like than".split())
"""Closed-class words whose presence right before or after a mention gets a weight of its own."""
SPEAKER_PRONOUNS = ("he", "she", "they", "i", "we", "who")
"""The pronouns that are candidates ("who" after a comma: "Roe, who…")."""

MENTION_KINDS = ("name", "description", "group", "pronoun", "phrase", "rules", "previous")
"""The kinds of candidate (``Candidate.kind``)."""
QUOTE_KINDS = ("direct", "partial", "term")
SIDES = ("before", "after")
WHERE = ("previous", "same", "next")
"""Which sentence a candidate is in, against its quote's."""
DISTANCE_EDGES = (0, 3, 12, 40, 100, 200)
"""Buckets of the characters between a candidate and its quote (the last: farther)."""
COUNT_EDGES = (0, 1, 2, 4, 8)
"""Buckets of how often a name is written (or quoted) in the article: 0, 1, 2–3, 4–7, 8 or more."""
NEAREST = (0, 1, 2, 3)
"""A candidate's rank by nearness on its side of the quote (3: third or farther)."""
ROUTES = ("no mention", "no cue", "pronoun", "description", "no name", "named", "")
"""What the rules read for a quote (``rerank.reading_kind``)."""
PATTERNS = (
    "cue_right_after",
    "cue_right_before",
    "according_to",
    "who_clause_after",
    "possessive",
    "as_before",
    "phrase_before_cue",
    "phrase_after_cue",
)
"""The sentence patterns around a mention ("X said", "said X", "according to X", "X, who…, said",
"X's claim", "as X put it", the cue grammar's subject or object), each crossed with the side of the
quote and the sentence the mention is in: "X said: “…”" is not "“…,” X said"."""
TRUSTED_WITH = ("kind=", "sentence=", "side=", "cue_right", "nearest_cued", "nearest=0", "other_paragraph")
"""Features crossed with the rules' answer (``rules&…``): when the rules are worth trusting depends
on them (not the crossed ones, with a "&")."""
NO_SPEAKER = "no_speaker"
"""The "no speaker" option's one feature: its weight is the score a candidate must beat."""


def _names() -> list[str]:
    cues = ("", *(f"={c}" for c in CUE_CLASSES))
    plain = [f"kind={k}" for k in MENTION_KINDS]
    plain += [f"cue_right_after{c}" for c in cues] + [f"cue_right_before{c}" for c in cues]
    plain += ["who_clause_after", "according_to", "as_before", "possessive"]
    plain += ["outlet_word", "org_word", "not_a_name", "all_caps"]
    plain += [f"pronoun={p}" for p in SPEAKER_PRONOUNS]
    plain += [f"word_{side}={w}" for side, w in product(("before", "after"), sorted(SIDE_WORDS))]
    plain += ["comma_before", "comma_after"]
    plain += [f"{what}>={e}" for what, e in product(("written", "quoted"), COUNT_EDGES)]
    plain += [f"side={s}" for s in SIDES] + [f"{q}&side={s}" for q, s in product(QUOTE_KINDS, SIDES)]
    plain += ["log_distance"] + [f"distance<={e}" for e in DISTANCE_EDGES]
    plain += [f"sentence={w}" for w in WHERE] + [f"sentence={w}&side={s}" for w, s in product(WHERE, SIDES)]
    plain += ["other_paragraph", "cue_between"] + [f"cue_between={c}" for c in CUE_CLASSES]
    plain += ["nothing_between", "colon_between", "comma_between"]
    plain += ["sentence_subject", "previous_speaker", "previous_speaker_in_paragraph", "quoted_before"]
    plain += [f"{p}&{s}&{w}" for p, s, w in product(PATTERNS, SIDES, WHERE)]
    plain += [f"nearest={k}" for k in NEAREST] + ["nearest_cued", "nearest_name", "nearest_pronoun"]
    plain += ["rules", "rules_exact"] + [f"rules_read={r}" for r in ROUTES]
    plain += ["phrase_before_cue", "phrase_after_cue", "previous_mention", NO_SPEAKER]
    crossed = [f"rules&{k}" for k in plain if k.startswith(TRUSTED_WITH) and "&" not in k]
    later = [*LATER_FEATURES, *(f"rules&{k}" for k in LATER_FEATURES)]
    return plain + crossed + later + [*NO_SPEAKER_FEATURES, *PRONOUN_KINDS, *HEAD_FEATURES, *CLAUSE_FEATURES]


LATER_FEATURES = ("place_after_city",)
"""Features added after the others (each its own module; crossed with the rules' answer), listed
last so the numbers of the others stay: ``place_after_city`` (:mod:`corpus.quotes.place_tails`)."""

PRONOUN_KINDS = ("owns_speech", "it_subject")
"""What a pronoun candidate that is no personal pronoun is (listed last so the numbers of the others
stay): a possessive before a noun of saying ("his remarks", ``candidates.OWNERS``; h-acc13), "it" as
the subject of a verb of saying ("what it calls", ``candidates.IT_SUBJECT``; h-acc15)."""
HEAD_FEATURES = ("colon_head",)
"""A candidate in the last sentence of the paragraph a quote's block opens after ("X wrote:" and the
quote a paragraph or more below: ``candidates.colon_heads``; h-acc15), listed last."""

CLAUSE_FEATURES = ("passive_subject", "no_speaker&passive_cue", "object_set_off", "verb_object_set_off")
"""A candidate that is the subject of a passive cue of saying, asking or naming (`The senator was
told, “…”`, `Duterte, who has been called the “…”`: :func:`corpus.quotes.cue_clauses.passive_cue_after`;
h-pas18): the one addressed or named, rarely the speaker; and the "no speaker" option of a quote
the passive before it completes (`was told, “…”`, `was called the “…”`: :mod:`corpus.quotes.speakerless`);
a preposition's or a verb's object set off by a comma before a cue
(:func:`corpus.quotes.no_one.object_set_off`, :mod:`corpus.quotes.verb_objects`). Listed last."""

NO_SPEAKER_WORD_EDGES = (1, 2, 4, 8, 16)
"""Buckets of a quote's length in words (the last: longer), for the "no speaker" option."""
NO_SPEAKER_GAP_EDGES = (3, 12, 40, 120)
"""Buckets of the characters between the rules' mention and the quote (the last: farther)."""


def _no_speaker_names() -> tuple[str, ...]:
    out = [f"kind={k}" for k in QUOTE_KINDS]
    out += [f"words<={e}" for e in NO_SPEAKER_WORD_EDGES] + [f"words>{NO_SPEAKER_WORD_EDGES[-1]}"]
    out += ["capitalised", "ends_sentence", "naming_before", "named_as", "cue_before", "cue_after"]
    out += ["colon_before", "determiner_before", "preposition_before", "in_list", "paragraph_all_quote"]
    out += ["first_paragraph", "no_sentence_end", "comma_before", "work_before", "name_around", "noun_after"]
    out += ["term_cue"]
    out += [f"rules_read={r}" for r in ROUTES if r]
    out += [f"rules_gap<={e}" for e in NO_SPEAKER_GAP_EDGES] + [f"rules_gap>{NO_SPEAKER_GAP_EDGES[-1]}"]
    return tuple(f"{NO_SPEAKER}&{n}" for n in out)


NO_SPEAKER_FEATURES = _no_speaker_names()
"""The "no speaker" option's own features, read from the quote alone (:mod:`corpus.quotes.speakerless`),
listed last so the numbers of the others stay."""

FEATURE_NAMES: tuple[str, ...] = tuple(_names())
"""Every feature, by its number."""
FEATURE_ID: dict[str, int] = {name: i for i, name in enumerate(FEATURE_NAMES)}
"""Every feature's number, by its name (read only)."""
RULES_CROSSED: dict[int, int] = {
    FEATURE_ID[name[len("rules&") :]]: i for i, name in enumerate(FEATURE_NAMES) if name.startswith("rules&")
}
"""A feature's number -> the number of it crossed with the rules' answer (read only)."""


def fid(name: str) -> int:
    """The number of a feature (a KeyError for a name not listed: a typo, not a silent zero)."""
    return FEATURE_ID[name]
