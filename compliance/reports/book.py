"""The rulebook as one readable document for auditors and authors (`compliance rules book`, `/rules/book`):
per instrument its article texts and its rules, the dated rates with source and verification, and the
scenarios that prove each rule — in Vietnamese words, not the YAML's structures."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from ..rulebook import Rulebook
from ..rulebook.fields import FIELDS
from ..rulebook.scenarios import Scan, Scenario
from ..rulebook.schema import (Budget, ConditionCheck, Join, NeverCheck, RateCheck, RefCheck, Rule, Source,
                               ValueCheck)
from ..rulebook.texts import MISSING, ArticleText
from ..vocabulary import BOOL_VI, CATEGORY_VI, REASON_VI, VALUE_VI, money

OP_VI = {"eq": "là", "ne": "khác", "lt": "nhỏ hơn", "le": "không quá", "gt": "lớn hơn", "ge": "từ … trở lên"}
ROLE_VI = {"eligibility": "nội dung chi thuộc dự án", "coverage": "quy định riêng của loại khoản chi",
           "check": "kiểm tra thêm"}
LEVEL_VI = {"line": "từng khoản chi", "claim": "cả hồ sơ", "document": "chứng từ của lô",
            "person_day": "người nhận theo ngày của lô", "batch": "dự toán của lô"}
MARK_VI = {"V": "V — đã đối chiếu văn bản chính thức", "S": "S — nguồn thứ cấp",
           "M": "M — chưa xác minh"}


def _day(value: Any) -> str:
    return value.strftime("%d/%m/%Y") if isinstance(value, dt.date) else "…" if value is None else str(value)


def _field(name: str, level: str) -> str:
    meaning = FIELDS.get(level, FIELDS["line"]).get(name, ("", ""))[1]
    return f"{meaning} ({name})" if meaning else name


def _value(name: str, value: Any) -> str:
    if isinstance(value, bool):
        return f"«{BOOL_VI[value]}»"
    if isinstance(value, dt.date):
        return _day(value)
    if isinstance(value, list):
        return ", ".join(_value(name, v) for v in value)
    return f"«{VALUE_VI.get(name, {}).get(str(value), value)}»"


def describe(condition: dict[str, Any] | None, level: str) -> str:
    """A condition in Vietnamese words: «loại khoản chi (category) là «phụ cấp lưu trú»; …»."""
    if not condition:
        return "mọi trường hợp"
    parts = []
    for name, spec in condition.items():
        if name in ("any", "all"):
            joiner = " hoặc " if name == "any" else " và "
            parts.append("(" + joiner.join(describe(c, level) for c in spec) + ")")
        elif isinstance(spec, dict):
            for op, value in spec.items():
                if op == "exists":
                    parts.append(f"{_field(name, level)} {'đã ghi' if value else 'để trống'}")
                elif op in ("in", "not_in"):
                    word = "là một trong" if op == "in" else "không là"
                    parts.append(f"{_field(name, level)} {word} {_value(name, value)}")
                else:
                    parts.append(f"{_field(name, level)} {OP_VI.get(op, op)} {_value(name, value)}")
        else:
            parts.append(f"{_field(name, level)} là {_value(name, spec)}")
    return "; ".join(parts)


def _scale(check: RateCheck | RefCheck) -> str:
    parts = []
    if check.percent is not None:
        parts.append(f" × {check.percent:g}%")
    if check.per:
        parts.append(f" ÷ {check.per}")
    return "".join(parts)


def describe_check(rule: Rule) -> str:
    check = rule.check
    if isinstance(check, RateCheck):
        return (f"{_field(check.field, rule.level)} {OP_VI[check.op]} mức của bảng {check.rate}{_scale(check)} "
                "tại ngày phát sinh")
    if isinstance(check, RefCheck):
        return f"{_field(check.field, rule.level)} {OP_VI[check.op]} {_field(check.ref, rule.level)}{_scale(check)}"
    if isinstance(check, ValueCheck):
        shown = money(check.value) if check.field in ("unit_price", "amount") and isinstance(check.value, int) \
            else _value(check.field, check.value)
        return f"{_field(check.field, rule.level)} {OP_VI[check.op]} {shown}"
    if isinstance(check, ConditionCheck):
        return ("luôn đạt — quy định chỉ nói điều gì áp dụng" if check.holds_always
                else "phải thỏa: " + describe(check.condition, rule.level))
    assert isinstance(check, NeverCheck)
    return "không được chi — luôn không đạt khi áp dụng"


@dataclass
class Cited:
    label: str
    pointer: str | None
    text: str | None  # the verbatim clause, or None (MISSING)


@dataclass
class Entry:
    """A rule, join or budget as the book shows it."""

    id: str
    title: str
    text: str
    kind: str  # "quy định", "kết hợp", "dự toán"
    level: str
    role: str
    valid: str
    applies: str
    check: str
    reason: str
    citations: list[Cited]
    verification: str
    origin: str
    messages: dict[str, str]
    rate: str | None = None
    approving: list[Scenario] = field(default_factory=list)
    flagging: list[Scenario] = field(default_factory=list)


@dataclass
class Chapter:
    number: str
    heading: str
    instrument: Any  # schema.Instrument, or None for the items citing no declared instrument
    articles: list[ArticleText]
    entries: list[Entry]


def _cited(book: Rulebook, source: Source) -> Cited:
    pointer = book.pointer(source)
    found = book.passage(pointer) if pointer else None
    return Cited(source.label(book.instruments), pointer, found[1].text if found else None)


def _entry(book: Rulebook, item: Rule | Join | Budget, scan: Scan) -> Entry:
    scenarios = scan.for_rule(item.id)
    common: dict[str, Any] = dict(id=item.id, title=item.title, text=item.text.strip(), verification=item.verification,
                  citations=[_cited(book, s) for s in item.citations], origin=book.origin.get(item.id, ""),
                  messages={"đạt": item.messages.pass_, "không đạt": item.messages.fail,
                            **({"không có mức": item.messages.no_rate} if item.messages.no_rate else {})},
                  approving=[s for s in scenarios if "approve" in s.outcome(item.id)],
                  flagging=[s for s in scenarios if "flag" in s.outcome(item.id)])
    if isinstance(item, Rule):
        return Entry(kind="quy định", level=LEVEL_VI[item.level], role=ROLE_VI[item.role],
                     valid=f"{_day(item.valid.from_)} → {_day(item.valid.to)}",
                     applies=describe(item.applies, item.level), check=describe_check(item),
                     reason=REASON_VI.get(item.reason, item.reason),
                     rate=item.check.rate if isinstance(item.check, RateCheck) else None, **common)
    if isinstance(item, Join):
        return Entry(kind="kết hợp", level=LEVEL_VI[item.of], role="chi trùng",
                     valid=f"{_day(item.valid.from_)} → {_day(item.valid.to)}",
                     applies=describe(item.when, item.of),
                     check="không trùng " + ", ".join(item.same) + (
                         f" (khác {', '.join(item.different)})" if item.different else ""),
                     reason=REASON_VI.get(item.reason, item.reason), **common)
    return Entry(kind="dự toán", level=LEVEL_VI["batch"], role="dự toán được giao", valid="…",
                 applies="mọi hồ sơ của lô", check="; ".join(
                     f"{e.title}: {money(e.amount)} (năm {e.fiscal_year})" for e in item.envelopes),
                 reason=REASON_VI["over_budget"], **common)


def chapters(book: Rulebook, scan: Scan) -> list[Chapter]:
    """One chapter per instrument, in the order declared: its article texts and the items whose first
    citation is to it."""
    by_instrument: dict[str, list[Entry]] = {}
    items: list[Rule | Join | Budget] = [*book.rules, *book.joins, *book.budgets]
    for item in items:
        by_instrument.setdefault(item.citations[0].instrument, []).append(_entry(book, item, scan))
    out = []
    for number, inst in book.instruments.items():
        articles = sorted((a for (n, _), a in book.texts.items() if n == number), key=lambda a: a.header.article)
        entries = by_instrument.get(number, [])
        if articles or entries:
            out.append(Chapter(number, f"{inst.kind_vi} {number}".strip(), inst, articles, entries))
    return out


def _env() -> Environment:
    env = Environment(loader=PackageLoader("compliance.reports", "templates"),
                      autoescape=select_autoescape(["html", "j2"], default_for_string=False), trim_blocks=True,
                      lstrip_blocks=True)
    env.filters.update(money=money, day=_day,
                       when=lambda w, level="line": describe(w, level) if w else "")
    env.globals.update(mark_vi=MARK_VI, missing=MISSING, category_vi=CATEGORY_VI)
    return env


def render(book: Rulebook, scan: Scan, fmt: str = "html", standalone: bool = True) -> str:
    """The book as HTML (a whole document, or the body the web app puts in its layout) or Markdown."""
    env = _env()
    if fmt == "md":
        env.autoescape = False
    template = env.get_template("book.md.j2" if fmt == "md" else "book.html.j2")
    return template.render(book=book, chapters=chapters(book, scan), rates=list(book.rates.values()),
                           standalone=standalone, generated=dt.datetime.now().astimezone())
