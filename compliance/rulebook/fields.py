"""The vocabulary of fields rules may use: each field's type and Vietnamese meaning, and how it is
keyed in a fact (the engine builds the facts: compliance/engine/facts.py).

Facts are flat dicts of JSON scalars (durable-rules matches JSON; at most 255 keys).
Field names in the rulebook are dotted paths of the contract (`activity.venue.kind`);
fact keys replace the dots with `__`. Dates become integers YYYYMMDD so that the engine
compares them as numbers. A field that is unknown for a claim is left out of the fact:
a condition on it then matches nothing, so a rule that needs it fails closed.
"""

from __future__ import annotations

import datetime as dt
import difflib
import typing
from typing import Any, Literal

from pydantic import BaseModel

from ..models import (Activity, ActivityAttributes, Category, Claim, ClaimAttributes, DocumentKind, LineAttributes, LineItem,
                      Unit, Venue)
from ..vocabulary import normalise, words_for

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
    "unit.province": ("str", "mã tỉnh, thành phố của đơn vị (chọn bảng mức, quy định của địa phương)"),
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


def _literal_fields(model: type[BaseModel], prefix: str) -> dict[str, tuple[str, ...]]:
    """The fields of a model that take one of a fixed list of codes (a Literal, optional or not)."""
    out = {}
    for name, info in model.model_fields.items():
        for arg in (info.annotation, *typing.get_args(info.annotation)):
            if typing.get_origin(arg) is Literal:
                out[prefix + name] = tuple(map(str, typing.get_args(arg)))
    return out


# field -> its codes, for every field whose vocabulary is finite: a condition naming another value is a slip
# (`category: per_deim` would silently match nothing), refused at load.
_CLAIM_CHOICES = {**_literal_fields(Claim, ""), **_literal_fields(Unit, "unit."), **_literal_fields(Activity, "activity."),
                  **_literal_fields(Venue, "activity.venue."), **_literal_fields(ClaimAttributes, "claim.attributes."),
                  **_literal_fields(ActivityAttributes, "activity.attributes.")}
CHOICES: dict[str, dict[str, tuple[str, ...]]] = {
    "claim": _CLAIM_CHOICES,
    "line": {**_CLAIM_CHOICES, **_literal_fields(LineItem, ""), **_literal_fields(LineAttributes, "attributes.")},
    "document": {"kind": DOCUMENT_KINDS, "category": CATEGORIES},
    "person_day": {"category": CATEGORIES},
}


def value_error(field: str, value: Any, level: str = "line") -> str | None:
    """Why `value` cannot be written for `field` in a rule of `level` (Vietnamese), or None when it can:
    a field with a finite vocabulary takes only its codes. For conditions and for keyed rate tables alike."""
    codes = CHOICES.get(level, {}).get(field)
    if codes is None or not isinstance(value, str) or value in codes:
        return None
    code = words_for(field).get(normalise(value))
    if code is not None:  # a Vietnamese word for a code: rules are written with the code
        return f"'{value}' là từ tiếng Việt; trong quy định viết mã '{code}'"
    near = difflib.get_close_matches(value, codes, n=1, cutoff=0.6)
    return (f"'{value}' không có trong từ vựng của {field}; "
            + (f"có phải '{near[0]}'?" if near else f"các giá trị: {', '.join(codes)}"))


def key(field: str) -> str:
    return field.replace(".", "__")


def day(value: dt.date) -> int:
    return value.year * 10000 + value.month * 100 + value.day
