"""The budget view: each envelope of the rulebook's budget decisions (Decision 2681/QĐ-UBND, and any
budget a unit loads into rules/ the same way) against what was approved in the store.

Approved = the eligible amounts of the claims of the stored batches' current versions (a superseded
batch does not count), which is what the engine charges to envelopes (vetting/budgets.py: a claim's
eligible amount, already capped at what its envelopes had left in its own batch). A claim is charged
to every envelope that holds it (`Envelope.holds`: fiscal year, unit or unit level, sub-project).
Each envelope is shown by unit and sub-project, and by month of the activity (its start date), with
the cumulative amount, what remains and the percent used. Batches are vetted one at a time, so claims
of several batches together may pass an envelope: the remaining amount is then negative.

The database sums the claims by (unit, unit level, sub-project, fiscal year, month) — one row per
group, however many claims — and the groups are matched to envelopes here.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import BigInteger, cast, func, select

from ..rulebook import Rulebook
from ..rulebook.schema import Envelope
from ..vocabulary import LEVEL_VI, SUBPROJECT_VI
from .db import Store
from .review import _current_batches
from .schema import ClaimRow

UNKNOWN = "?"  # a claim stored without its input: its unit level, fiscal year and month are not known


@dataclass(frozen=True)
class Cell:
    """The claims of one unit, sub-project, fiscal year and month of activity (summed in SQL)."""

    unit_code: str
    unit_level: str | None
    subproject: str
    fiscal_year: int | None
    month: str | None  # YYYY-MM
    claims: int
    claimed: int
    approved: int


@dataclass(frozen=True)
class UnitUse:
    unit_code: str
    subproject: str
    claims: int
    claimed: int
    approved: int
    fiscal_year: int | None = None


@dataclass(frozen=True)
class MonthUse:
    month: str  # YYYY-MM
    claims: int
    approved: int  # in the month
    cumulative: int  # up to the end of the month
    remaining: int
    percent: float | None

    @property
    def label(self) -> str:
        """'11/2022'."""
        year, month = self.month.split("-")
        return f"{month}/{year}"


@dataclass(frozen=True)
class EnvelopeUse:
    budget_id: str
    budget_title: str
    basis: str  # the decision that sets the envelope: "Quyết định 2681/QĐ-UBND"
    id: str
    title: str
    fiscal_year: int
    subproject: str | None
    units: list[str]
    unit_level: str | None
    amount: int
    claims: int
    claimed: int
    approved: int
    remaining: int
    percent: float | None
    by_unit: list[UnitUse] = field(default_factory=list)
    by_month: list[MonthUse] = field(default_factory=list)

    @property
    def over(self) -> bool:
        return self.remaining < 0

    @property
    def holders(self) -> str:
        """Who the envelope is for: its units, or every unit of its level."""
        level = self.unit_level or ""  # set when `units` is empty (schema.Envelope)
        who = ", ".join(self.units) if self.units else f"mọi đơn vị {LEVEL_VI.get(level, level)}"
        return who + (f" · {SUBPROJECT_VI.get(self.subproject, self.subproject)}" if self.subproject else "")


@dataclass(frozen=True)
class BudgetView:
    envelopes: list[EnvelopeUse]
    outside: list[UnitUse]  # approved claims no envelope holds, by unit, sub-project and fiscal year
    claims: int  # claims of the current batches counted (of the fiscal year asked, if one was)
    approved: int
    fiscal_year: int | None = None

    @property
    def amount(self) -> int:
        return sum(e.amount for e in self.envelopes)

    @property
    def approved_in_envelopes(self) -> int:
        """Approved amounts charged to the envelopes (a claim two envelopes hold counts in each)."""
        return sum(e.approved for e in self.envelopes)


def cells(store: Store, fiscal_year: int | None = None) -> list[Cell]:
    """The current batches' claims summed by unit, unit level, sub-project, fiscal year and month."""
    inner = select(
        ClaimRow.unit_code.label("unit_code"),
        ClaimRow.input[("unit", "level")].as_string().label("unit_level"),
        ClaimRow.subproject.label("subproject"),
        ClaimRow.input["fiscal_year"].as_integer().label("fiscal_year"),
        func.substr(ClaimRow.input[("activity", "start_date")].as_string(), 1, 7).label("month"),
        ClaimRow.claimed_amount.label("claimed"), ClaimRow.eligible_amount.label("eligible"),
    ).where(ClaimRow.batch_id.in_(_current_batches())).subquery()
    keys = (inner.c.unit_code, inner.c.unit_level, inner.c.subproject, inner.c.fiscal_year, inner.c.month)
    query = select(*keys, func.count(),
                   # PostgreSQL sums a BIGINT to NUMERIC (a Decimal): cast back to whole đồng
                   cast(func.sum(inner.c.claimed), BigInteger), cast(func.sum(inner.c.eligible), BigInteger)
                   ).group_by(*keys)
    if fiscal_year is not None:
        query = query.where(inner.c.fiscal_year == fiscal_year)
    with store.read() as session:
        return [Cell(unit, level, sub, year, month, count, int(claimed or 0), int(approved or 0))
                for unit, level, sub, year, month, count, claimed, approved in session.execute(query)]


def percent(used: int, amount: int) -> float | None:
    return round(100 * used / amount, 1) if amount else None


def _months(first: str, last: str) -> list[str]:
    """Every month from `first` to `last` (YYYY-MM), so the cumulative line has no gaps."""
    year, month = map(int, first.split("-"))
    end = tuple(map(int, last.split("-")))
    out = []
    while (year, month) <= end:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def _holds(env: Envelope, cell: Cell) -> bool:
    if cell.fiscal_year is None or (not env.units and cell.unit_level is None):
        return False
    return env.holds(cell.unit_code, cell.unit_level or "", cell.subproject, cell.fiscal_year)


def _envelope_use(budget, env: Envelope, held: list[Cell], book: Rulebook) -> EnvelopeUse:
    approved = sum(c.approved for c in held)
    units: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    for c in held:
        totals = units[(c.unit_code, c.subproject)]
        totals[0] += c.claims
        totals[1] += c.claimed
        totals[2] += c.approved
    by_unit = sorted((UnitUse(unit, sub, *totals) for (unit, sub), totals in units.items()),
                     key=lambda u: (-u.approved, u.unit_code, u.subproject))
    months: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for c in held:
        months[c.month or UNKNOWN][0] += c.claims
        months[c.month or UNKNOWN][1] += c.approved
    known = sorted(m for m in months if m != UNKNOWN)
    by_month, running = [], 0
    for month in (_months(known[0], known[-1]) if known else []) + ([UNKNOWN] if UNKNOWN in months else []):
        count, in_month = months.get(month, (0, 0))
        running += in_month
        by_month.append(MonthUse(month if month != UNKNOWN else "????-??", count, in_month, running,
                                 env.amount - running, percent(running, env.amount)))
    return EnvelopeUse(
        budget_id=budget.id, budget_title=budget.title,
        basis="; ".join(source.label(book.instruments) for source in budget.citations),
        id=env.id, title=env.title, fiscal_year=env.fiscal_year, subproject=env.subproject, units=list(env.units),
        unit_level=env.unit_level, amount=env.amount, claims=sum(c.claims for c in held),
        claimed=sum(c.claimed for c in held), approved=approved, remaining=env.amount - approved,
        percent=percent(approved, env.amount), by_unit=by_unit, by_month=by_month)


def budget_view(store: Store, book: Rulebook, fiscal_year: int | None = None) -> BudgetView:
    """Every envelope of the rulebook's budgets (of `fiscal_year`, if given) against the approved amounts."""
    found = cells(store, fiscal_year)
    envelopes: list[EnvelopeUse] = []
    charged: set[int] = set()
    for budget in book.budgets:
        for env in budget.envelopes:
            if fiscal_year is not None and env.fiscal_year != fiscal_year:
                continue
            held = [c for c in found if _holds(env, c)]
            charged.update(id(c) for c in held)
            envelopes.append(_envelope_use(budget, env, held, book))
    outside: dict[tuple[str, str, int | None], list[int]] = defaultdict(lambda: [0, 0, 0])
    for c in found:
        if id(c) not in charged:
            totals = outside[(c.unit_code, c.subproject, c.fiscal_year)]
            totals[0] += c.claims
            totals[1] += c.claimed
            totals[2] += c.approved
    rest = sorted((UnitUse(unit, sub, claims, claimed, approved, fiscal_year=year)
                   for (unit, sub, year), (claims, claimed, approved) in outside.items()),
                  key=lambda u: (-(u.fiscal_year or 0), -u.approved, u.unit_code, u.subproject))
    return BudgetView(envelopes, rest, sum(c.claims for c in found), sum(c.approved for c in found), fiscal_year)


# ---- output ----------------------------------------------------------------------------------


def as_json(view: BudgetView) -> dict:
    def envelope(e: EnvelopeUse) -> dict:
        return {"budget_id": e.budget_id, "budget_title": e.budget_title, "basis": e.basis, "id": e.id,
                "title": e.title, "fiscal_year": e.fiscal_year, "subproject": e.subproject, "units": e.units,
                "unit_level": e.unit_level, "amount": e.amount, "claims": e.claims, "claimed": e.claimed,
                "approved": e.approved, "remaining": e.remaining, "percent_used": e.percent, "over": e.over,
                "by_unit": [{k: v for k, v in vars(u).items() if k != "fiscal_year"} for u in e.by_unit],
                "by_month": [vars(m) for m in e.by_month]}

    return {"fiscal_year": view.fiscal_year, "claims": view.claims, "approved": view.approved,
            "envelopes": [envelope(e) for e in view.envelopes], "outside": [vars(u) for u in view.outside]}
