"""What the reading of speakers loses without one rule module: the module's answer switched to its
neutral one (no finding, the answer given unchanged), then the speaker figures and the output read.

Usage: python train/rule_ablation.py [--off NAME ...] [--cv] [--golden OUT.json]
       python train/rule_ablation.py --compare BASE.json OTHER.json [--show CORPUS ...]
       python train/rule_ablation.py --list

``--off`` switches off the rules of :data:`ABLATIONS` named (every reference to the function in the
loaded modules of ``corpus``, ``train`` and ``bench`` is replaced, the attribution's step tuples
too); ``--cv`` then runs ``train/no_speaker.py --c 3 --margins 0`` in this process (CV / dev / gap,
the shipped row printed "chosen on CV"), and ``--golden`` writes every quote the engine reads of the
corpora of :data:`CORPORA` (kind, reader's name, mention, cue; :func:`corpus.quotes.article_reading.
quotes_of`, without the corpus-wide speakers step) for ``--compare`` to count and show the quotes
that changed, per corpus, with their context. A rule costs CPU (``bench/reading_steps.py``); this
says what it earns.

What it read (h-prune30, against 0.9291 / 0.9395 / -0.0104, ~470 wrong held out): every rule of
:data:`ABLATIONS` earns its place but one. CV falls without relayed (+45 wrong), relative_subject
(+12), clause_subjects (+10), owned_speech (+7), signatures (+6), uncued (+5), told_words, naming_agent (+4),
name_groups, crowd_speakers (+3), bare_subjects, goes_on, same_reporter, claim_owners, time_mentions,
bare_speakers, as_described (+2); dev falls without source_phrases and claim_owners (0.9369). The
others move only names a reader sees, and for the better where the rule stands (golden quotes that
move without it: surname_sexes 21, described_people 24, owned_names 7, speech_owners 7,
participle_subjects 4, aside_subjects 3, affiliated 2, described_by's longer names 2, words_of 1,
described_relatives 1, opening_participle 1, a cue only). Not one quote of eight corpora moved
without described_by's "the American Pie actress" class: removed. Each rule costs 0.1-1.1 % of the
reading (cProfile, inclusive): the reading's CPU is in the cue grammar, the candidates and the names,
not in these rules.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from importlib import import_module
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = (ROOT / ".." / "shared").resolve()

Neutral = Callable[..., Any]


def _none(*_args: Any, **_kwargs: Any) -> None:
    return None


def _false(*_args: Any, **_kwargs: Any) -> bool:
    return False


def _given(index: int) -> Neutral:
    """The answer that leaves argument ``index`` as it was given (a list of attributions, one)."""

    def neutral(*args: Any, **_kwargs: Any) -> Any:
        return args[index]

    return neutral


def _falses(index: int) -> Neutral:
    """One False per item of argument ``index`` (a list of attributions)."""

    def neutral(*args: Any, **_kwargs: Any) -> Any:
        return [False] * len(args[index])

    return neutral


ABLATIONS: dict[str, tuple[tuple[str, str, Neutral], ...]] = {
    # attribution's steps and what they call
    "signatures": (("corpus.quotes.signatures", "signed_after", _none),),
    "told_words": (("corpus.quotes.reported_speech", "told_words", _none),),
    "same_reporter": (("corpus.quotes.reported_speech", "same_reporter", _none),),
    "sentence_subject": (("corpus.quotes.attribution", "sentence_subject", _none),),
    "subject_after": (("corpus.quotes.leads", "subject_after", _none),),
    "own_subject": (("corpus.quotes.leads", "own_subject", _none),),
    "relayed": (
        ("corpus.quotes.relayed", "relayed_after", _none),
        ("corpus.quotes.relayed", "relayed_opening", _none),
    ),
    "source_phrases": (
        ("corpus.quotes.source_phrases", "put_it", _none),
        ("corpus.quotes.source_phrases", "per_source", _none),
        ("corpus.quotes.source_phrases", "per_opening", _none),
    ),
    "opening_participle": (("corpus.quotes.source_phrases", "opening_participle", _none),),
    "owned_speech": (("corpus.quotes.source_phrases", "owned_speech", _none),),
    "cue_after_question": (("corpus.quotes.attribution", "cue_after_question", _none),),
    "inverted_closing": (("corpus.quotes.inverted_subjects", "inverted_closing", _none),),
    "according_to_after": (("corpus.quotes.attribution", "according_to_after", _none),),
    "with_clauses": (("corpus.quotes.with_clauses", "with_clause_subject", _none),),
    "name_groups": (("corpus.quotes.name_groups", "as_group", _none),),
    "goes_on": (("corpus.quotes.continuations", "goes_on", _false),),
    "continues": (("corpus.quotes.continuations", "continues", _false),),
    "speech_owners": (("corpus.quotes.speech_owners", "owner_of", _none),),
    "described_relatives": (("corpus.quotes.described_relatives", "named_by_relative", _none),),
    "relative_subject": (("corpus.quotes.clause_mentions", "relative_subject", _none),),
    "described_antecedent": (("corpus.quotes.mention_speakers", "described_antecedent", _none),),
    "surname_sexes": (("corpus.quotes.surname_sexes", "surname_verdict", _none),),
    "time_mentions": (("corpus.quotes.attribution", "names_a_time", _false),),
    # after the ranker
    "clause_subjects": (("corpus.quotes.clause_subjects", "with_later_clause_subjects", _given(3)),),
    "participle_subjects": (("corpus.quotes.participle_subjects", "with_participle_subjects", _given(3)),),
    "naming_agent": (("corpus.quotes.naming_agents", "naming_agent", _none),),
    "as_described": (("corpus.quotes.as_described", "agent_as_described", _none),),
    "words_of": (("corpus.quotes.words_of", "words_of_agents", _none),),
    "claim_owners": (("corpus.quotes.claim_owners", "claim_owners", _none),),
    "bare_speakers": (("corpus.quotes.bare_speakers", "bare_speakers", _none),),
    "crowd_speakers": (("corpus.quotes.participle_groups", "crowd_speakers", _none),),
    "bare_subjects": (("corpus.quotes.bare_subjects", "bare_subjects", _none),),
    "described_people": (("corpus.quotes.described_people", "with_described_people", _given(2)),),
    "owned_names": (("corpus.quotes.owned_names", "read_past_owner", _given(0)),),
    "aside_subjects": (("corpus.quotes.aside_subjects", "past_aside", _given(1)),),
    # the names a reader sees
    "described_by": (("corpus.quotes.described_by", "no_name_of_its_own", _false),),
    "affiliated": (("corpus.quotes.affiliated", "described_by_name", _none),),
    "uncued": (("corpus.quotes.uncued", "uncued_no_speaker", _falses(1)),),
    # ranker features (refitted on each fold by --cv; the shipped weights would need a refit too)
    "feature_object_set_off": (("corpus.quotes.no_one", "object_set_off", _false),),
    "feature_verb_object_set_off": (("corpus.quotes.verb_objects", "verb_object_set_off", _false),),
}
"""Each rule by name: the functions switched off (module, name) and the neutral answer each gives."""

CORPORA = {
    "ecb": SHARED / "ecbplus-dev",
    "wcl": SHARED / "newswcl50-dev",
    "seeds": SHARED / "seeds",
    "dev": SHARED / "polnear-dev" / "text",
    "census": SHARED / "scraped-dev" / "census",
    "spotify": SHARED / "scraped-dev" / "spotify",
    "htmlmore": SHARED / "html-more" / "pages",
    "train": SHARED / "polnear-train" / "text",
}


def switch_off(names: list[str]) -> None:
    """Every reference to the functions of ``names`` in the loaded modules replaced by its neutral
    answer (attributes, and the functions listed in module-level tuples: the attribution's steps)."""
    import corpus.quotes as package

    for path in sorted((Path(package.__file__).parent).glob("*.py")):
        import_module(f"corpus.quotes.{path.stem}")
    import_module("train.polnear_examples")
    swaps: dict[int, Neutral] = {}
    for name in names:
        for module, function, neutral in ABLATIONS[name]:
            swaps[id(getattr(import_module(module), function))] = neutral
    for module_name, module in list(sys.modules.items()):
        if module is None or not module_name.startswith(("corpus.", "train.", "bench.")):
            continue
        for attr, value in list(vars(module).items()):
            if id(value) in swaps:
                setattr(module, attr, swaps[id(value)])
            elif isinstance(value, tuple) and any(id(v) in swaps for v in value):
                setattr(module, attr, tuple(swaps.get(id(v), v) for v in value))


def golden(out: Path, articles: Path | None = None) -> None:
    """Every quote of :data:`CORPORA` as the engine reads it, written to ``out`` (``articles``: a
    pickle of the corpora's parsed articles, read where it exists and written where not: no rule
    here changes the parse)."""
    import pickle

    from corpus.ingest.load import load_corpus
    from corpus.quotes.article_reading import quotes_of
    from corpus.quotes.name_pairs import NamePairs
    from corpus.quotes.names import shipped_tables

    if articles is not None and articles.exists():
        with articles.open("rb") as f:
            parsed = pickle.load(f)
    else:
        parsed = {corpus: load_corpus(folder) for corpus, folder in CORPORA.items()}
        if articles is not None:
            with articles.open("wb") as f:
                pickle.dump(parsed, f)
    tables = shipped_tables()
    result: dict[str, list[list[Any]]] = {}
    for corpus in CORPORA:
        pairs = NamePairs(tables)
        rows: list[list[Any]] = []
        for article in parsed[corpus]:
            quotes, named, _roles, _written = quotes_of(article, tables, pairs)
            for quote, name in zip(quotes, named, strict=True):
                mention = quote.mention.text if quote.mention else None
                rows.append([article.name, quote.start, quote.end, quote.kind, name, mention, quote.cue])
        result[corpus] = rows
    out.write_text(json.dumps(result), encoding="utf-8")


def compare(base: Path, other: Path, show: list[str]) -> None:
    """The quotes that differ per corpus (kind, name, mention, cue; a span found or lost), and
    those of the corpora ``show`` printed with their context."""
    a, b = (json.loads(p.read_text(encoding="utf-8")) for p in (base, other))
    for corpus in CORPORA:
        before = {tuple(r[:3]): r[3:] for r in a.get(corpus, [])}
        after = {tuple(r[:3]): r[3:] for r in b.get(corpus, [])}
        changed = sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))
        print(f"{corpus}: {len(changed)} quotes differ")
        if corpus not in show:
            continue
        for key in changed:
            print(f"  {key[0]} {key[1]}-{key[2]}\n    was {before.get(key)}\n    now {after.get(key)}")
            print(f"    {_context(CORPORA[corpus], key)}")


def _context(folder: Path, key: tuple[str, int, int]) -> str:
    from corpus.ingest.load import load_corpus

    path = next(folder.rglob(key[0]), None)
    if path is None:
        return ""
    text = load_corpus(path)[0].text
    return text[max(0, key[1] - 220) : key[2] + 80].replace("\n", " | ")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--off", nargs="+", default=[], choices=sorted(ABLATIONS), help="rules off")
    parser.add_argument("--cv", action="store_true", help="run train/no_speaker.py --c 3 --margins 0")
    parser.add_argument("--golden", type=Path, help="write the corpora's quotes here")
    parser.add_argument("--articles", type=Path, help="a pickle of the corpora's parsed articles")
    parser.add_argument("--compare", type=Path, nargs=2, help="count the quotes two --golden files differ in")
    parser.add_argument("--show", nargs="*", default=[], help="corpora whose changed quotes are printed")
    parser.add_argument("--list", action="store_true", help="list the rules that can be switched off")
    args = parser.parse_args()
    if args.list:
        for name, swaps in ABLATIONS.items():
            print(name, " ".join(f"{m}.{f}" for m, f, _ in swaps))
        return 0
    if args.compare:
        compare(*args.compare, args.show)
        return 0
    switch_off(args.off)
    if args.golden is not None:
        golden(args.golden, args.articles)
    if args.cv:
        from train import no_speaker

        sys.argv = ["no_speaker.py", "--c", "3", "--margins", "0"]
        return no_speaker.main()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
