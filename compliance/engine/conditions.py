"""Conditions: parsed from the rulebook, compiled to durable-rules JSON, or evaluated in Python.

YAML form (implicit AND over a mapping):
    category: per_diem                       # equality
    attributes.indicators: {le: 30}          # eq ne lt le gt ge in not_in exists
    any: [{documents.contract: true}, {documents.invoice: true}]
    all: [...]

Both back ends share one semantics: a comparison on a field the fact lacks is false.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Union

from .facts import FIELDS, RESERVED, day, key

OPS = ("eq", "ne", "lt", "le", "gt", "ge")
DURABLE_OPS = {"ne": "$neq", "lt": "$lt", "le": "$lte", "gt": "$gt", "ge": "$gte"}
OP_WORDS = {"eq": "=", "ne": "≠", "lt": "<", "le": "≤", "gt": ">", "ge": "≥"}


@dataclass(frozen=True)
class Cmp:
    key: str
    op: str
    value: Any


@dataclass(frozen=True)
class CmpRef:
    """Compare a field with another field of the same fact, scaled: key op ref × factor."""

    key: str
    op: str
    ref: str
    factor: float


@dataclass(frozen=True)
class Exists:
    key: str
    present: bool


@dataclass(frozen=True)
class All:
    items: tuple[Node, ...]


@dataclass(frozen=True)
class Any_:
    items: tuple[Node, ...]


Node = Union[Cmp, CmpRef, Exists, All, Any_]
TRUE = All(())


class ConditionError(ValueError):
    """A condition names an unknown field or operator, or a value of the wrong type."""


def _typed(field: str, kind: str, value: Any) -> Any:
    ok = {
        "str": isinstance(value, str),
        "int": isinstance(value, int) and not isinstance(value, bool),
        "num": isinstance(value, (int, float)) and not isinstance(value, bool),
        "bool": isinstance(value, bool),
        "date": isinstance(value, dt.date),
    }[kind]
    if not ok:
        raise ConditionError(f"giá trị {value!r} không hợp lệ cho trường '{field}' (kiểu {kind})")
    return day(value) if kind == "date" else value


def parse(spec: Any, level: str) -> Node:
    """Parse a YAML condition for a rule of the given level ('line' or 'claim')."""
    if spec is None:
        return TRUE
    if not isinstance(spec, dict):
        raise ConditionError(f"điều kiện phải là một bảng trường: giá trị, nhận được {spec!r}")
    vocabulary = FIELDS[level]
    items: list[Node] = []
    for field, value in spec.items():
        if field in ("all", "any"):
            if not isinstance(value, list) or not value:
                raise ConditionError(f"'{field}' cần một danh sách điều kiện")
            parts = tuple(parse(v, level) for v in value)
            items.append(All(parts) if field == "all" else Any_(parts))
            continue
        if field not in vocabulary or key(field) in RESERVED:
            raise ConditionError(f"trường '{field}' không có trong từ vựng của quy định cấp {level}")
        kind = vocabulary[field][0]
        ops = value if isinstance(value, dict) else {"eq": value}
        for op, operand in ops.items():
            if op in OPS:
                items.append(Cmp(key(field), op, _typed(field, kind, operand)))
            elif op in ("in", "not_in"):
                if not isinstance(operand, list) or not operand:
                    raise ConditionError(f"'{op}' của trường '{field}' cần một danh sách giá trị")
                cmps = tuple(Cmp(key(field), "eq" if op == "in" else "ne", _typed(field, kind, v)) for v in operand)
                items.append(Any_(cmps) if op == "in" else All(cmps))
            elif op == "exists":
                items.append(Exists(key(field), _typed(field, "bool", operand)))
            else:
                raise ConditionError(f"phép so sánh '{op}' không hợp lệ (hợp lệ: {', '.join(OPS)}, in, not_in, exists)")
    return items[0] if len(items) == 1 else All(tuple(items))


def conj(*nodes: Node) -> Node:
    flat: list[Node] = []
    for node in nodes:
        flat.extend(node.items if isinstance(node, All) else (node,))
    return All(tuple(flat))


# ---- durable-rules -------------------------------------------------------------------


def join_to_durable(first: Node, later: Node, same: list[str], different: list[str]) -> list[dict]:
    """Two facts `a` and `b`: b comes after a (by `seq`), equals a on every `same` key and
    differs from it on every `different` key."""
    # Order matters: with the `$gt` reference after the equalities, durable-rules 2.0.28 segfaults
    # when a pair does not match (tests/test_durable_adapter.py::test_joins_*).
    b = ([{"$gt": {"seq": {"a": "seq"}}}] + [{"$neq": {k: {"a": k}}} for k in different]
         + [{k: {"a": k}} for k in same] + [to_durable(later)])
    return [{"a": to_durable(first)}, {"b": {"$and": b}}]


def to_durable(node: Node) -> dict:
    if isinstance(node, Cmp):
        if node.op == "eq":
            return {node.key: node.value}
        return {DURABLE_OPS[node.op]: {node.key: node.value}}
    if isinstance(node, CmpRef):
        # durable-rules matches a reference to a missing field: guard both fields' existence.
        operand = {"$m": node.ref} if node.factor == 1 else {"$mul": {"$l": {"$m": node.ref}, "$r": node.factor}}
        compare = {node.key: operand} if node.op == "eq" else {DURABLE_OPS[node.op]: {node.key: operand}}
        return {"$and": [{"$ex": {node.key: 1}}, {"$ex": {node.ref: 1}}, compare]}
    if isinstance(node, Exists):
        return {("$ex" if node.present else "$nex"): {node.key: 1}}
    if isinstance(node, All):
        return {"$and": [to_durable(n) for n in node.items]}
    return {"$or": [to_durable(n) for n in node.items]}


# ---- Python ---------------------------------------------------------------------------

_COMPARE = {
    "eq": lambda a, b: a == b,
    "ne": lambda a, b: a != b,
    "lt": lambda a, b: a < b,
    "le": lambda a, b: a <= b,
    "gt": lambda a, b: a > b,
    "ge": lambda a, b: a >= b,
}


def holds(node: Node, fact: dict) -> bool:
    if isinstance(node, Cmp):
        return node.key in fact and _COMPARE[node.op](fact[node.key], node.value)
    if isinstance(node, CmpRef):
        if node.key not in fact or node.ref not in fact:
            return False
        operand = fact[node.ref] if node.factor == 1 else fact[node.ref] * node.factor
        return _COMPARE[node.op](fact[node.key], operand)
    if isinstance(node, Exists):
        return (node.key in fact) == node.present
    if isinstance(node, All):
        return all(holds(n, fact) for n in node.items)
    return any(holds(n, fact) for n in node.items)
