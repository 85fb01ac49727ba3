"""What the ask gate learns from (``train/ask_gate.py``): as before, every quote the rules read with a
cue near it and the ranker's unguarded choice; ``--as-shipped`` (h-gate29), the quotes as ``rerank``
reads them: the relay guard keeps the rules' answer over the one relaying it, and a relay's quote,
which ``rerank`` never asks about, is not among the quotes the gate decides. Written here: "A police
spokesman said the witness told detectives she saw “a red car speeding away.”", with the candidates
the witness (the rules' answer, the gold speaker) and the spokesman (the ranker's choice)."""

from __future__ import annotations

import pytest

import train.ask_gate
from train.ask_gate import decided, rows_of
from train.polnear_examples import Example

TEXT = "A police spokesman said the witness told detectives she saw “a red car speeding away.”"
QUOTE = (TEXT.index("“"), len(TEXT))
WITNESS = (TEXT.index("the witness"), TEXT.index("the witness") + len("the witness"))
SPOKESMAN = (TEXT.index("A police spokesman"), TEXT.index(" said"))


def relayed_quote(relay: bool) -> Example:
    """The witness's quote as the rules read it (their mention the witness, with "told"); ``relay``:
    whether ``relay_guard.relaying_stretch`` reads it as speech the spokesman relays."""
    return Example(
        article="witness.txt",
        fold=0,
        features=[{"rules": 1.0, "cue_right_after": 1.0}, {"cue_right_after": 1.0}],
        labels=[True, False],
        rules_right=True,
        kind="description",
        allowed=[True, True],
        kinds=["description+rules", "description"],
        has_source=True,
        trusted=[True, True],
        quote=QUOTE,
        spans=[WITNESS, SPOKESMAN],
        rules=WITNESS,
        source=[WITNESS],
        gate=["description", "description&before", "cue=told"],
        relayed=[False, relay],
        relay=relay,
    )


def prefers_the_spokesman(features: list[dict[str, float]]) -> list[float]:
    """A ranker that scores every candidate but the rules' answer higher (as PolNeAR taught it to
    score the one relaying reported speech)."""
    return [0.0 if f.get("rules") else 1.0 for f in features]


def test_learned_as_before_the_relayer_chosen_and_the_quote_decided_by_the_gate() -> None:
    (row,) = rows_of([relayed_quote(relay=True)], prefers_the_spokesman, 3.0)
    assert not row.asked and row.right and not row.right_asked
    assert decided(row)


def test_learned_as_shipped_the_relay_kept_and_never_decided_by_the_gate(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(train.ask_gate, "AS_SHIPPED", True)
    (row,) = rows_of([relayed_quote(relay=True)], prefers_the_spokesman, 3.0)
    assert row.right and row.right_asked  # the guard keeps the witness
    assert not decided(row)


def test_learned_as_shipped_a_quote_no_one_relays_is_decided_by_the_gate(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(train.ask_gate, "AS_SHIPPED", True)
    (row,) = rows_of([relayed_quote(relay=False)], prefers_the_spokesman, 3.0)
    assert row.right and not row.right_asked  # nothing guards it: asking would give the spokesman
    assert decided(row)
