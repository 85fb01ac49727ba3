"""The storydiff engine: pure Python, never imports textual.

Loading and cleaning articles, sentences with offsets, quotes and speakers,
passage alignment and word diffs, the corpus-wide reuse index and its cache.
"""
