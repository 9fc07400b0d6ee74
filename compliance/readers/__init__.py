"""Readers: JSON, JSON Lines, CSV and XLSX files → validated claims. Errors raise InputError.

`stream(paths)` yields claims one at a time (readers/stream.py); `read` and `read_all` collect them.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from ..models import Claim
from .errors import InputError, Problem
from .stream import stream

SUFFIXES = (".json", ".jsonl", ".csv", ".xlsx")


def read(path: Path | str) -> list[Claim]:
    return list(stream([path]))


def read_all(paths: Iterable[Path | str]) -> list[Claim]:
    """Several files form one batch; claim ids must be unique across them."""
    return list(stream(paths))


__all__ = ["InputError", "Problem", "SUFFIXES", "read", "read_all", "stream"]
