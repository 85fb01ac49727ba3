"""Where the speaker ranker's best candidate lies for a wrong quote (``train/error_classes.py``'s
``where_best``, read by ``train/ranker_checks.py``), on quotes written here: "Roe said on Monday
that she had met Poe, who called the plan “a mess.”" with the candidates Roe (the rules' answer),
she and Poe."""

from __future__ import annotations

from dataclasses import dataclass, field

from train.error_classes import where_best

TEXT = "Roe said on Monday that she had met Poe, who called the plan “a mess.”"
QUOTE = (TEXT.index("“"), len(TEXT))
SPANS = [(0, 3), (TEXT.index("she"), TEXT.index("she") + 3), (TEXT.index("Poe"), TEXT.index("Poe") + 3)]


@dataclass
class Quote:
    labels: list[bool]
    kinds: list[str] = field(default_factory=lambda: ["name+rules", "pronoun", "name"])
    kind: str = "named"
    has_source: bool = True
    spans: list[tuple[int, int]] = field(default_factory=lambda: list(SPANS))
    rules: tuple[int, int] | None = SPANS[0]
    source: list[tuple[int, int]] = field(default_factory=list)
    term: bool = False
    quote: tuple[int, int] = QUOTE
    features: list[dict[str, float]] = field(
        default_factory=lambda: [{"rules": 1.0, "sentence=same": 1.0}, {"sentence=same": 1.0}, {}]
    )


def test_the_rules_answer_best_and_the_gold_nearer_in_the_quotes_sentence() -> None:
    quote = Quote(labels=[False, True, False])
    assert where_best(quote, [2.0, 1.0, 0.5], [True] * 3) == (
        "best the rules' answer; gold in the quote's sentence, nearer"
    )


def test_the_gold_farther_than_the_rules_answer() -> None:
    quote = Quote(labels=[False, True, False], spans=[SPANS[1], SPANS[0], SPANS[2]])
    assert where_best(quote, [2.0, 1.0, 0.5], [True] * 3).endswith("farther")


def test_the_gold_in_another_sentence() -> None:
    quote = Quote(labels=[False, False, True])
    assert where_best(quote, [2.0, 1.0, 0.5], [True] * 3) == (
        "best the rules' answer; gold in another sentence"
    )


def test_another_candidate_best_is_named_by_its_kind() -> None:
    quote = Quote(labels=[True, False, False])
    assert where_best(quote, [0.0, 1.0, 3.0], [True] * 3) == "best another candidate: name"
    assert where_best(quote, [0.0, 3.0, 1.0], [True] * 3) == "best another candidate: pronoun"


def test_the_gold_best_but_not_trusted() -> None:
    quote = Quote(labels=[False, False, True])
    assert where_best(quote, [0.0, 1.0, 3.0], [True, True, False]) == "best is the gold, not trusted"
