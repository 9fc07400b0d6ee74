"""Claims flattened into the facts that rules test, and the vocabulary of fields rules may use.

Facts are flat dicts of JSON scalars (durable-rules matches JSON; at most 255 keys).
Field names in the rulebook are dotted paths of the contract (`activity.venue.kind`);
fact keys replace the dots with `__`. Dates become integers YYYYMMDD so that the engine
compares them as numbers. A field that is unknown for a claim is left out of the fact:
a condition on it then matches nothing, so a rule that needs it fails closed.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..models import Claim, LineItem

DOCUMENT_KINDS = ("invoice", "contract", "acceptance_minutes", "attendance_list", "approval_decision",
                  "payment_voucher", "invitation", "other")

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
    "activity.attributes.abroad": ("bool", "học tập ở nước ngoài"),
    "law_date": ("date", "ngày áp dụng pháp luật"),
}
LINE_FIELDS: dict[str, tuple[str, str]] = {
    "line_id": ("str", "mã khoản chi"),
    "category": ("str", "loại khoản chi"),
    "quantity": ("num", "số lượng"),
    "unit_price": ("int", "đơn giá"),
    "amount": ("int", "thành tiền"),
    "amount_mismatch": ("int", "chênh lệch giữa thành tiền và số lượng × đơn giá"),
    "incurred_on": ("date", "ngày phát sinh"),
    "payee.salaried": ("bool", "người nhận hưởng lương từ ngân sách"),
    "payee.grade": ("str", "hạng / chức danh người nhận"),
    "attributes.respondent": ("str", "loại người cung cấp thông tin"),
    "attributes.indicators": ("int", "số chỉ tiêu của phiếu"),
    "attributes.mode": ("str", "hình thức thanh toán tiền phòng"),
    **{f"documents.{kind}": ("bool", f"có chứng từ loại {kind}") for kind in DOCUMENT_KINDS},
}
# A line fact carries its claim's fields too, so line rules can test the activity.
FIELDS = {"claim": CLAIM_FIELDS, "line": {**CLAIM_FIELDS, **LINE_FIELDS}}

# Keys the adapter owns; no rule may test them (durable-rules F3: the state is re-matched).
RESERVED = frozenset({"sid", "id", "$s", "_hits", "t", "exception"})


def key(field: str) -> str:
    return field.replace(".", "__")


def day(value: dt.date) -> int:
    return value.year * 10000 + value.month * 100 + value.day


def claim_fact(claim: Claim, law_as_of: dt.date | None = None) -> dict[str, Any]:
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
    if isinstance(act.attributes.get("abroad"), bool):
        fact["activity__attributes__abroad"] = act.attributes["abroad"]
    return fact


def line_fact(claim: Claim, line: LineItem, base: dict[str, Any], law_as_of: dt.date | None = None) -> dict[str, Any]:
    incurred = claim.incurred_on(line)
    fact = dict(base)
    fact.update({
        "t": "line",
        "line_id": line.line_id,
        "category": line.category,
        "quantity": line.quantity,
        "unit_price": line.unit_price,
        "amount": line.amount,
        "amount_mismatch": line.amount - round(line.quantity * line.unit_price),
        "incurred_on": day(incurred),
        "law_date": day(law_as_of or incurred),
    })
    if line.payee is not None:
        if line.payee.salaried is not None:
            fact["payee__salaried"] = line.payee.salaried
        if line.payee.grade:
            fact["payee__grade"] = line.payee.grade
    attrs = line.attributes
    if isinstance(attrs.get("respondent"), str):
        fact["attributes__respondent"] = attrs["respondent"]
    if isinstance(attrs.get("indicators"), int) and not isinstance(attrs.get("indicators"), bool):
        fact["attributes__indicators"] = attrs["indicators"]
    if isinstance(attrs.get("mode"), str):
        fact["attributes__mode"] = attrs["mode"]
    kinds = {doc.kind for doc in line.documents}
    for kind in DOCUMENT_KINDS:
        fact[f"documents__{kind}"] = kind in kinds
    return fact


def facts_for(claim: Claim, law_as_of: dt.date | None = None) -> list[dict[str, Any]]:
    """The claim fact first, then one fact per line, in input order."""
    base = claim_fact(claim, law_as_of)
    return [base] + [line_fact(claim, line, base, law_as_of) for line in claim.line_items]
