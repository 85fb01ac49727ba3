"""storydiff: a terminal reader for many news articles about one story."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    # The version is looked up when asked for: importlib.metadata costs 60 ms, paid by every start.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("storydiff")
        except PackageNotFoundError:  # running from a plain checkout
            return "0.0.0"
    raise AttributeError(f"module 'storydiff' has no attribute {name!r}")
