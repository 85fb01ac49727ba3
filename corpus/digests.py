"""BLAKE2b, the digest the engine keys its cache and readings by, without importing :mod:`hashlib`.

``hashlib`` loads OpenSSL's digests when imported (~11 M instructions, in each process of a cold
``storydiff quotes``, the main one's before its helper starts); its ``blake2b`` is CPython's own
``_blake2.blake2b`` all the same (hashlib never takes BLAKE2 from OpenSSL), so the digests are the
same bytes. A Python built without it falls back to hashlib's.
"""

from __future__ import annotations

try:
    from _blake2 import blake2b
except ImportError:  # (a build without CPython's own BLAKE2: hashlib's, whatever it is)
    from hashlib import blake2b  # type: ignore[assignment]

__all__ = ["blake2b"]
