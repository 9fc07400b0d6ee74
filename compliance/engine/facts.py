"""Claims flattened into the facts that rules test, and the vocabulary of fields rules may use.

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
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from pydantic import BaseModel

from ..models import ActivityAttributes, Category, Claim, ClaimAttributes, DocumentKind, LineAttributes, LineItem
from ..vocabulary import normalise

if typing.TYPE_CHECKING:
    from .infer import Inference

DOCUMENT_KINDS = typing.get_args(DocumentKind)

CATEGORIES = typing.get_args(Category)


def _attribute_fields(model: type[BaseModel], prefix: str) -> dict[str, tuple[str, str]]:
    """The typed attributes of a model, as vocabulary entries (type from the annotation)."""
    out = {}
    for name, info in model.model_fields.items():
        text = repr(info.annotation)
        kind = "bool" if "bool" in text else "int" if "int" in text else "str"
        out[prefix + name] = (kind, info.description or name)
    return out


# field -> (type, Vietnamese description). Types: str, int, num, bool, date.
CLAIM_FIELDS: dict[str, tuple[str, str]] = {
    "claim_id": ("str", "mã hồ sơ"),
    "unit.code": ("str", "mã đơn vị"),
    "unit.level": ("str", "cấp đơn vị"),
    "fiscal_year": ("int", "năm ngân sách"),
    "subproject": ("str", "tiểu dự án"),
    "activity.kind": ("str", "loại hoạt động"),
    "activity.start_date": ("date", "ngày bắt đầu"),
    "activity.end_date": ("date", "ngày kết thúc"),
    "activity.duration_days": ("int", "số ngày của hoạt động (tính cả ngày đầu và ngày cuối)"),
    "activity.organiser_level": ("str", "cấp tổ chức"),
    "activity.venue.kind": ("str", "loại địa điểm"),
    "activity.participants": ("int", "số người tham dự"),
    "law_date": ("date", "ngày áp dụng pháp luật"),
    **_attribute_fields(ClaimAttributes, "claim.attributes."),
    **_attribute_fields(ActivityAttributes, "activity.attributes."),
    **{f"total.{c}": ("int", f"tổng thành tiền các khoản chi loại {c} của hồ sơ") for c in CATEGORIES},
    "total.amount": ("int", "tổng thành tiền mọi khoản chi của hồ sơ"),
}
LINE_FIELDS: dict[str, tuple[str, str]] = {
    "line_id": ("str", "mã khoản chi"),
    "category": ("str", "loại khoản chi"),
    "quantity": ("num", "số lượng"),
    "unit_price": ("int", "đơn giá"),
    "amount": ("int", "thành tiền"),
    "amount_mismatch": ("int", "chênh lệch giữa thành tiền và số lượng × đơn giá"),
    "ndkt_muc": ("int", "mục của Mã NDKT (mã trừ phần dư khi chia cho 50: 6702 → 6700)"),
    "ndkt_tieu_muc": ("bool", "Mã NDKT là một tiểu mục (chữ số cuối khác 0), không phải một mục"),
    "incurred_on": ("date", "ngày phát sinh"),
    "payee.salaried": ("bool", "người nhận hưởng lương từ ngân sách"),
    "payee.grade": ("str", "hạng / chức danh người nhận"),
    **_attribute_fields(LineAttributes, "attributes."),
    **{f"documents.{kind}": ("bool", f"có chứng từ loại {kind}") for kind in DOCUMENT_KINDS},
}
# Facts of the cross-claim joins (rulebook `joins:`): one per document, one per payee-day.
JOIN_FIELDS: dict[str, dict[str, tuple[str, str]]] = {
    "document": {
        "kind": ("str", "loại chứng từ"), "number": ("str", "số chứng từ (chuẩn hóa)"),
        "issuer": ("str", "nơi phát hành (chuẩn hóa)"), "category": ("str", "loại khoản chi"),
        "claim_id": ("str", "mã hồ sơ"),
        "law_date": ("date", "ngày áp dụng pháp luật"),
    },
    "person_day": {
        "payee": ("str", "người nhận (chuẩn hóa)"), "day": ("date", "ngày được chi"),
        "category": ("str", "loại khoản chi"), "law_date": ("date", "ngày áp dụng pháp luật"),
        "claim_id": ("str", "mã hồ sơ"),
    },
}
PER_DAY_CATEGORIES = ("per_diem", "delegate_meal", "trainee_meal")
# Text fields compared as people mean them (case, spacing and Unicode form folded), in facts and in rules.
NAME_FIELDS = frozenset({"payee.grade"})
MAX_DAYS_PER_LINE = 366

# A line fact carries its claim's fields too, so line rules can test the activity.
FIELDS = {"claim": CLAIM_FIELDS, "line": {**CLAIM_FIELDS, **LINE_FIELDS}, **JOIN_FIELDS}

# Keys the adapter owns; no rule may test them (durable-rules F3: the state is re-matched).
# `_i` numbers the facts of one engine session.
RESERVED = frozenset({"sid", "id", "$s", "_hits", "t", "exception", "_i"})


def _always_attributes(model: type[BaseModel], prefix: str) -> set[str]:
    """Typed attributes with a default other than None: strict models never leave them out."""
    return {prefix + name for name, info in model.model_fields.items() if info.default is not None}


# Keys every fact of a level carries (the builders below always set them). Negating a
# comparison on such a key needs no "or the field is missing" branch (conditions.negate).
_CLAIM_ALWAYS = {"t", "claim_id", "unit__code", "unit__level", "fiscal_year", "subproject", "activity__kind",
                 "activity__start_date", "activity__end_date", "activity__duration_days", "law_date",
                 *(f"total__{c}" for c in CATEGORIES), "total__amount",
                 *_always_attributes(ClaimAttributes, "claim__attributes__"),
                 *_always_attributes(ActivityAttributes, "activity__attributes__")}
_JOIN_ALWAYS = {"t", "claim_id", "line_id", "category", "law_date", "seq"}
ALWAYS: dict[str, frozenset[str]] = {
    "claim": frozenset(_CLAIM_ALWAYS),
    "line": frozenset(_CLAIM_ALWAYS | {"line_id", "category", "amount",
                                       "incurred_on", *_always_attributes(LineAttributes, "attributes__")}),
    "document": frozenset(_JOIN_ALWAYS | {"kind", "number", "issuer"}),
    "person_day": frozenset(_JOIN_ALWAYS | {"payee", "day"}),
}


def key(field: str) -> str:
    return field.replace(".", "__")


def day(value: dt.date) -> int:
    return value.year * 10000 + value.month * 100 + value.day


_PREFIXED: dict[tuple[type, str], dict[str, str]] = {}


def _put_attributes(fact: dict[str, Any], attrs: BaseModel, prefix: str) -> None:
    """The typed attributes that have a value (extra keys live in __pydantic_extra__, not here)."""
    names = _PREFIXED.get((type(attrs), prefix))
    if names is None:
        names = _PREFIXED[(type(attrs), prefix)] = {name: prefix + name for name in type(attrs).model_fields}
    for name, value in attrs.__dict__.items():
        if value is not None:
            fact[names[name]] = value


def claim_fact(claim: Claim, law_as_of: dt.date | None = None, infer: Inference | None = None) -> dict[str, Any]:
    act = claim.activity
    end = act.end_date or act.start_date
    fact: dict[str, Any] = {
        "t": "claim",
        "claim_id": claim.claim_id,
        "unit__code": claim.unit.code,
        "unit__level": claim.unit.level,
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
    fact["law_date"] = day(law_as_of or incurred)
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


def join_facts(claim: Claim, first_seq: int, law_as_of: dt.date | None = None) -> list[dict[str, Any]]:
    """The claim's document and payee-day facts, numbered from `first_seq` in input order."""
    out: list[dict[str, Any]] = []
    act = claim.activity
    end = act.end_date or act.start_date
    duration = (end - act.start_date).days + 1
    for line in claim.line_items:
        incurred = claim.incurred_on(line)
        common = {"claim_id": claim.claim_id, "line_id": line.line_id, "category": line.category,
                  "law_date": day(law_as_of or incurred)}
        for doc in line.documents:
            if doc.number and normalise(doc.number):
                out.append({"t": "document", "kind": doc.kind, "number": normalise(doc.number),
                            "issuer": normalise(doc.issuer), "number_shown": doc.number,
                            "issuer_shown": doc.issuer, **common})
        # A per-day line paid to one named person: its quantity (days) fits in the activity.
        # A line for a group (quantity = persons × days) names the group, not a person: no facts.
        # The days paid are consecutive days of the activity, as near its date as the activity allows
        # (a 3-day line of a 3-day activity is its three days, whatever day the cost was booked).
        days = max(1, math.ceil(line.quantity or 0))
        if (line.payee and line.payee.name and line.category in PER_DAY_CATEGORIES and line.quantity is not None
                and days <= min(duration, MAX_DAYS_PER_LINE)):
            first = max(act.start_date, min(incurred, end - dt.timedelta(days=days - 1)))
            for i in range(days):
                out.append({"t": "person_day", "payee": normalise(line.payee.name), "payee_shown": line.payee.name,
                            "day": day(first + dt.timedelta(days=i)), **common})
    for i, fact in enumerate(out):
        fact["seq"] = first_seq + i
    return out


def facts_for(claim: Claim, law_as_of: dt.date | None = None, infer: Inference | None = None) -> list[dict[str, Any]]:
    """The claim fact first, then one fact per line, in input order; with `infer`, blank fields
    the claim's words tell are filled in (engine/infer.py)."""
    base = claim_fact(claim, law_as_of, infer)
    return [base] + [line_fact(claim, line, base, law_as_of, infer) for line in claim.line_items]
