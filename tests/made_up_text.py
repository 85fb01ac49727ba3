"""Made-up text for the passage tests: an invented wire story, and sentences of invented words that
share nothing with anything by chance (the families', the index's and the graph's tests pad
articles with them)."""

from __future__ import annotations

import random

# a wire story of an invented port: the text its reprints share
WIRE = [
    "The harbour authority of Port Elmswick closed the northern container terminal on Tuesday after a "
    "crane collapsed onto a cargo ship, injuring four dock workers and spilling 37 containers into the "
    "basin.",
    "Investigators from the national transport safety board arrived within hours and said the crane's "
    "counterweight cable had snapped during a routine lift, according to a preliminary statement.",
    "Shipping lines diverted at least nine vessels to the southern terminal, where queues of lorries "
    "stretched for six kilometres along the coastal motorway by the evening.",
    "The terminal handles roughly a fifth of the country's refrigerated imports, and fruit wholesalers "
    "warned that shortages of bananas and citrus could reach supermarkets by the weekend.",
]
# a paragraph one reprint adds and an unrelated article shares with it
PLANTED = (
    "Local fishermen staged a silent protest at the marina against the planned dredging of the estuary, "
    "holding banners that demanded an independent study of the eel spawning grounds first."
)


def filler(rng: random.Random, words: int) -> str:
    """Sentences of made-up words: text that shares nothing with anything by chance."""
    parts = "ka lo mi ren tu sa vi dor pel an ust ri mo bel fa gor ni te".split()
    sentences = []
    while words > 0:
        n = rng.randint(8, 16)
        sentences.append(
            " ".join(rng.choice(parts) + rng.choice(parts) + rng.choice(parts) for _ in range(n))
        )
        sentences[-1] = sentences[-1].capitalize() + "."
        words -= n
    return " ".join(sentences)
