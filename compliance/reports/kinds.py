"""The three kinds of flag (models.FLAG_KIND), counted: the flagged items of a decision document by kind.

A flagged item is a flagged line, or a claim's own failed checks (as in the review queue). Its amount
at risk is claimed − eligible; for a claim's own checks, what the claim loses beyond its lines. Each
item has one kind (the strongest of its reasons), so the kinds' items and amounts at risk add up to
the batch's. Kinds are derived from the stored reasons, so documents saved before `flag_kind`
existed are counted the same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ..models import FLAG_KINDS, ClaimDecision, Finding, FlagKind, LineDecision, flag_kind, strongest



def kind_of(findings: Iterable[Finding]) -> FlagKind | None:
    """The kind of flag of an item's findings (None when none failed)."""
    return flag_kind(f.reason for f in findings if f.outcome == "fail")


def claim_kind(claim: ClaimDecision) -> FlagKind | None:
    """The kind of a claim's flag: the strongest of its own checks and its lines."""
    return strongest({kind_of(claim.findings)} | {kind_of(line.findings) for line in claim.lines})


@dataclass(frozen=True)
class Item:
    claim: ClaimDecision
    line: LineDecision | None  # None: the claim's own checks
    kind: FlagKind
    claimed: int
    at_risk: int


def flagged(claims: Iterable[ClaimDecision]) -> Iterator[Item]:
    """Every flagged item: a claim's own failed checks first, then its flagged lines."""
    for claim in claims:
        own = kind_of(claim.findings)
        if own:
            beyond = claim.claimed_amount - claim.eligible_amount - sum(
                line.claimed_amount - line.eligible_amount for line in claim.lines)
            yield Item(claim, None, own, claim.claimed_amount, max(beyond, 0))
        for line in claim.lines:
            kind = kind_of(line.findings)
            if kind:
                yield Item(claim, line, kind, line.claimed_amount, line.claimed_amount - line.eligible_amount)


@dataclass
class Tally:
    kind: FlagKind
    items: int = 0
    claimed: int = 0
    at_risk: int = 0


def tally(items: Iterable[Item]) -> list[Tally]:
    """Items, amount claimed and amount at risk of each kind, every kind listed (strongest first)."""
    totals = {kind: Tally(kind) for kind in FLAG_KINDS}
    for item in items:
        total = totals[item.kind]
        total.items += 1
        total.claimed += item.claimed
        total.at_risk += item.at_risk
    return list(totals.values())
