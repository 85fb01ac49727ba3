"""storydiff: a terminal reader for many news articles about one story."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("storydiff")
except PackageNotFoundError:  # running from a plain checkout
    __version__ = "0.0.0"
