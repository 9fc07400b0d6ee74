"""A claim as a reader found it, before validation (readers/stream.py validates it)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..models import Claim
from .errors import Problem


@dataclass
class Item:
    """A claim as read, before validation."""

    data: Any
    index: int  # its position in the file (0-based)
    row: int | None = None  # the line or row it starts on
    row_of: Callable[[tuple], int | None] | None = None  # error location -> row
    relabel: Callable[[Problem], Problem] | None = None
    rows: list[int] | None = None  # a spreadsheet: the row of each line item
    claim: Claim | None = None  # already validated
