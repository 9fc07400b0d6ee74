"""Bounds on what a batch may hold, checked as claims are read, so that nothing the store or the
report sums or stores can overflow or be refused half-way through a save.

- Money: each amount is at most 10^15 đồng (models.Money); a claim's line items add up to at most
  MAX_CLAIM_TOTAL and a batch's to at most MAX_BATCH_TOTAL. The store keeps totals in BIGINT
  (PostgreSQL) / INTEGER (SQLite), both 64-bit (at most 2^63 − 1 ≈ 9.2 × 10^18): without these bounds
  10,000 lines of 10^15 đồng made a claim of 10^19 and a save failed with a traceback. 10^17 đồng per
  batch leaves room to add up ninety such batches (the budget view sums across batches), and is a
  hundred times a year's state budget.
- Text: no string (key or value) may hold NUL (\\x00): PostgreSQL refuses it in text columns.
"""

from __future__ import annotations

from typing import Any

from ..models import Claim
from ..vocabulary import money
from .errors import Problem

MAX_CLAIM_TOTAL = 10**15
MAX_BATCH_TOTAL = 10**17


class Totals:
    """The running money total of a batch; `add` gives the problem of a claim that breaks a bound."""

    def __init__(self) -> None:
        self.batch = 0

    def add(self, claim: Claim, row: int | None = None) -> Problem | None:
        total = sum(line.amount for line in claim.line_items)
        if total > MAX_CLAIM_TOTAL:
            return Problem(f"tổng thành tiền các khoản chi của hồ sơ là {money(total)}, vượt giới hạn "
                           f"{money(MAX_CLAIM_TOTAL)} cho một hồ sơ", claim.claim_id, row, "line_items (khoản chi)")
        self.batch += total
        if self.batch > MAX_BATCH_TOTAL:
            return Problem(f"tổng thành tiền của lô đến hồ sơ này là {money(self.batch)}, vượt giới hạn "
                           f"{money(MAX_BATCH_TOTAL)} cho một lô: hãy chia thành nhiều lô",
                           claim.claim_id, row, "line_items (khoản chi)")
        return None


def nul_at(data: Any) -> tuple | None:
    """The location (as pydantic gives it) of the first key or string holding NUL, else None."""
    stack: list[tuple[Any, tuple]] = [(data, ())]
    while stack:
        value, loc = stack.pop()
        if isinstance(value, str):
            if "\x00" in value:
                return loc
        elif isinstance(value, dict):
            for key, child in value.items():
                if isinstance(key, str) and "\x00" in key:
                    return loc + (key.replace("\x00", "\\x00"),)
                stack.append((child, loc + (key,)))
        elif isinstance(value, list):
            stack.extend((child, loc + (i,)) for i, child in enumerate(value))
    return None
