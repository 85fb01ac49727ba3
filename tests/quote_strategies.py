"""Hypothesis strategies for quotes of any content: the JSON writers must write any of them."""

from __future__ import annotations

from hypothesis import strategies as st

from corpus.model import Mention, Quote

optional_text = st.none() | st.text()
mentions = st.none() | st.builds(Mention, st.integers(), st.integers(), st.text())
quotes = st.builds(
    Quote,
    st.text(),
    st.integers(),
    st.integers(),
    st.text(),
    st.sampled_from(["direct", "partial", "term"]),
    optional_text,
    mentions,
    optional_text,
    st.integers(),
)
