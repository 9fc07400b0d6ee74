"""Claims flattened into the facts that rules test (the fields they may use: rulebook/fields.py).

Facts are flat dicts of JSON scalars (durable-rules matches JSON; at most 255 keys).
Field names in the rulebook are dotted paths of the contract (`activity.venue.kind`);
fact keys replace the dots with `__`. Dates become integers YYYYMMDD so that the engine
compares them as numbers. A field that is unknown for a claim is left out of the fact:
a condition on it then matches nothing, so a rule that needs it fails closed.
"""

from __future__ import annotations

import datetime as dt
import math
import typing
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from pydantic import BaseModel

from ..models import Claim, LineItem
from ..rulebook.fields import CATEGORIES, DOCUMENT_KINDS, MAX_DAYS_PER_LINE, PER_DAY_CATEGORIES, day
from ..vocabulary import normalise

if typing.TYPE_CHECKING:
    from .infer import Inference


_PREFIXED: dict[tuple[type, str], tuple[dict[str, Any], dict[str, str]]] = {}


def _put_attributes(fact: dict[str, Any], attrs: BaseModel, prefix: str) -> None:
    """The typed attributes that have a value: the defaults that are not None (yes/no fields), then the
    fields the claim set (usually a few of some twenty; extra keys live in __pydantic_extra__, not here)."""
    prefixed = _PREFIXED.get((type(attrs), prefix))
    if prefixed is None:
        fields = type(attrs).model_fields
        prefixed = _PREFIXED[(type(attrs), prefix)] = (
            {prefix + name: f.default for name, f in fields.items() if not f.is_required() and f.default is not None},
            {name: prefix + name for name in fields})
    defaults, names = prefixed
    fact.update(defaults)
    values = attrs.__dict__
    for name in attrs.__pydantic_fields_set__:
        value = values.get(name)
        if value is not None and name in names:
            fact[names[name]] = value


def claim_fact(claim: Claim, law_as_of: dt.date | None = None, infer: Inference | None = None) -> dict[str, Any]:
    act = claim.activity
    end = act.end_date or act.start_date
    fact: dict[str, Any] = {
        "t": "claim",
        "claim_id": claim.claim_id,
        "unit__code": claim.unit.code,
        "unit__level": claim.unit.level,
        **({"unit__province": claim.unit.province} if claim.unit.province else {}),
        "fiscal_year": claim.fiscal_year,
        "subproject": claim.subproject,
        "activity__kind": act.kind,
        "activity__start_date": day(act.start_date),
        "activity__end_date": day(end),
        "activity__duration_days": (end - act.start_date).days + 1,
        "law_date": day(law_as_of or act.start_date),
    }
    if act.organiser_level:
        fact["activity__organiser_level"] = act.organiser_level
    if act.venue and act.venue.kind:
        fact["activity__venue__kind"] = act.venue.kind
    if act.participants is not None:
        fact["activity__participants"] = act.participants
    _put_attributes(fact, claim.attributes, "claim__attributes__")
    _put_attributes(fact, act.attributes, "activity__attributes__")
    if infer is not None:
        fact.update(infer.claim(claim, law_as_of or act.start_date))
    fact.update(_NO_TOTALS)  # a category the claim has no line of totals 0 (known, not blank)
    for line in claim.line_items:
        name = _TOTAL[line.category]
        fact[name] += line.amount
    fact["total__amount"] = sum(line.amount for line in claim.line_items)
    return fact


_TOTAL = {c: f"total__{c}" for c in CATEGORIES}
_NO_TOTALS = {name: 0 for name in _TOTAL.values()}
_NO_DOCUMENTS = {f"documents__{kind}": False for kind in DOCUMENT_KINDS}
_DOCUMENT = {kind: f"documents__{kind}" for kind in DOCUMENT_KINDS}


def line_fact(claim: Claim, line: LineItem, base: dict[str, Any], law_as_of: dt.date | None = None,
              infer: Inference | None = None) -> dict[str, Any]:
    incurred = line.incurred_on or claim.activity.start_date
    fact = dict(base)
    fact["t"] = "line"
    fact["line_id"] = line.line_id
    fact["category"] = line.category
    fact["amount"] = line.amount
    if line.quantity is not None:
        fact["quantity"] = line.quantity
    if line.unit_price is not None:
        fact["unit_price"] = line.unit_price
    if line.quantity is not None and line.unit_price is not None:
        fact["amount_mismatch"] = line.amount - line_total(line.quantity, line.unit_price)
    fact["incurred_on"] = day(incurred)
    fact["law_date"] = day(law_as_of) if law_as_of else fact["incurred_on"]
    if line.payee is not None:
        if line.payee.salaried is not None:
            fact["payee__salaried"] = line.payee.salaried
        if line.payee.grade:
            fact["payee__grade"] = normalise(line.payee.grade)
    _put_attributes(fact, line.attributes, "attributes__")
    code = line.attributes.ndkt
    if code is not None:  # Circular 324/2016 Art. 4: a Mục ends in 0, its Tiểu mục are the 49 codes after it
        fact["ndkt_muc"] = code - code % 50
        fact["ndkt_tieu_muc"] = code % 10 != 0
    if infer is not None:
        fact.update(infer.line(claim, line, law_as_of or incurred))
    if line.documents_complete:  # else a paper the line does not name is unknown
        fact.update(_NO_DOCUMENTS)
    for doc in line.documents:
        fact[_DOCUMENT[doc.kind]] = True
    return fact


def line_total(quantity: int | float, unit_price: int) -> int:
    """quantity × unit price in whole đồng, half a đồng rounded up (as accountants do)."""
    if type(quantity) is int:
        return quantity * unit_price
    exact = Decimal(str(quantity)) * unit_price
    return int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def join_facts(claim: Claim, first_seq: int, law_as_of: dt.date | None = None,
               keep: Callable[[dict[str, Any]], bool] | None = None) -> list[dict[str, Any]]:
    """The claim's document and payee-day facts (those `keep` keeps), numbered from `first_seq` in input order."""
    out: list[dict[str, Any]] = []
    act = claim.activity
    end = act.end_date or act.start_date
    duration = (end - act.start_date).days + 1
    for line in claim.line_items:
        incurred = claim.incurred_on(line)
        common = {"claim_id": claim.claim_id, "line_id": line.line_id, "category": line.category,
                  "law_date": day(law_as_of or incurred)}
        for doc in line.documents:
            number = normalise(doc.number)
            if number:
                out.append({"t": "document", "kind": doc.kind, "number": number, "issuer": normalise(doc.issuer),
                            "number_shown": doc.number, "issuer_shown": doc.issuer, **common})
        # A per-day line paid to one named person: its quantity (days) fits in the activity.
        # A line for a group (quantity = persons × days) names the group, not a person: no facts.
        # The days paid are consecutive days of the activity, as near its date as the activity allows
        # (a 3-day line of a 3-day activity is its three days, whatever day the cost was booked).
        days = max(1, math.ceil(line.quantity or 0))
        if (line.payee and line.payee.name and line.category in PER_DAY_CATEGORIES and line.quantity is not None
                and days <= min(duration, MAX_DAYS_PER_LINE)):
            first = max(act.start_date, min(incurred, end - dt.timedelta(days=days - 1)))
            payee = normalise(line.payee.name)
            for i in range(days):
                out.append({"t": "person_day", "payee": payee, "payee_shown": line.payee.name,
                            "day": day(first + dt.timedelta(days=i)), **common})
    if keep is not None:
        out = [fact for fact in out if keep(fact)]
    for i, fact in enumerate(out):
        fact["seq"] = first_seq + i
    return out


def facts_for(claim: Claim, law_as_of: dt.date | None = None, infer: Inference | None = None) -> list[dict[str, Any]]:
    """The claim fact first, then one fact per line, in input order; with `infer`, blank fields
    the claim's words tell are filled in (engine/infer.py)."""
    base = claim_fact(claim, law_as_of, infer)
    return [base] + [line_fact(claim, line, base, law_as_of, infer) for line in claim.line_items]
