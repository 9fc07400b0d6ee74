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
import difflib
from dataclasses import dataclass
from typing import Any, Literal, TypeGuard, Union

from ..vocabulary import VALUE_VI, normalise
from .fields import FIELDS, NAME_FIELDS, RESERVED, day, key, value_error

Op = Literal["eq", "ne", "lt", "le", "gt", "ge"]
OPS: tuple[Op, ...] = ("eq", "ne", "lt", "le", "gt", "ge")
DURABLE_OPS = {"ne": "$neq", "lt": "$lt", "le": "$lte", "gt": "$gt", "ge": "$gte"}


@dataclass(frozen=True)
class Cmp:
    key: str
    op: Op
    value: Any


@dataclass(frozen=True)
class CmpRef:
    """Compare a field with another field of the same fact, scaled: key op ref × factor."""

    key: str
    op: Op
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


def reads(key: str) -> Cmp:
    """A condition that only reads `key`: unknown exactly when the field is blank (for asking for a field
    a check compares, where `Exists` would be known either way)."""
    return Cmp(key, "eq", 0)


class ConditionError(ValueError):
    """A condition names an unknown field or operator, or a value of the wrong type.
    `path`: where in the condition (keys and list indexes), for the loader to name the line."""

    path: tuple = ()

    def at(self, *where: Any) -> ConditionError:
        self.path = (*where, *self.path)
        return self


def _typed(field: str, kind: str, value: Any, level: str = "line") -> Any:
    if field in NAME_FIELDS and isinstance(value, str):
        value = normalise(value)
    if problem := value_error(field, value, level):
        raise ConditionError(problem)
    ok = {
        "str": isinstance(value, str),
        "int": isinstance(value, int) and not isinstance(value, bool),
        "num": isinstance(value, (int, float)) and not isinstance(value, bool),
        "bool": isinstance(value, bool),
        "date": isinstance(value, dt.date),
    }[kind]
    if not ok:
        raise ConditionError(f"giá trị '{value}' không hợp lệ cho trường '{field}' ({_KIND_VI[kind]})")
    return day(value) if kind == "date" else value


_KIND_VI = {"str": "cần chữ", "int": "cần số nguyên", "num": "cần một số", "bool": "cần true hoặc false",
            "date": "cần ngày dạng 2027-03-01"}


def _is_op(word: object) -> TypeGuard[Op]:
    return word in OPS


def parse(spec: Any, level: str) -> Node:
    """Parse a YAML condition for a rule of the given level ('line' or 'claim')."""
    if spec is None:
        return TRUE
    if not isinstance(spec, dict):
        raise ConditionError(f"điều kiện phải là một bảng trường: giá trị, nhận được {spec!r}")
    items: list[Node] = []
    for field, value in spec.items():
        try:
            items.extend(_parse_field(field, value, level))
        except ConditionError as exc:
            raise exc.at(field) from None
    return items[0] if len(items) == 1 else All(tuple(items))


def _parse_field(field: str, value: Any, level: str) -> list[Node]:
    vocabulary = FIELDS[level]
    items: list[Node] = []
    if field in ("all", "any"):
        if not isinstance(value, list) or not value:
            raise ConditionError(f"'{field}' cần một danh sách điều kiện")
        parts = []
        for i, v in enumerate(value):
            try:
                parts.append(parse(v, level))
            except ConditionError as exc:
                raise exc.at(i) from None
        return [All(tuple(parts)) if field == "all" else Any_(tuple(parts))]
    if field not in vocabulary or key(field) in RESERVED:
        near = difflib.get_close_matches(field, list(vocabulary), n=1, cutoff=0.6)
        raise ConditionError(f"trường '{field}' không có trong từ vựng của quy định cấp {level}"
                             + (f"; có phải '{near[0]}'?" if near else " (xem: compliance rules fields)"))
    kind = vocabulary[field][0]
    ops = value if isinstance(value, dict) else {"eq": value}
    for op, operand in ops.items():
        if _is_op(op):
            items.append(Cmp(key(field), op, _typed(field, kind, operand, level)))
        elif op in ("in", "not_in"):
            if not isinstance(operand, list) or not operand:
                raise ConditionError(f"'{op}' của trường '{field}' cần một danh sách giá trị")
            cmps = tuple(Cmp(key(field), "eq" if op == "in" else "ne", _typed(field, kind, v, level)) for v in operand)
            items.append(Any_(cmps) if op == "in" else All(cmps))
        elif op == "exists":
            items.append(Exists(key(field), _typed(field, "bool", operand)))
        else:
            raise ConditionError(f"phép so sánh '{op}' không hợp lệ (hợp lệ: {', '.join(OPS)}, in, not_in, exists)")
    return items


_OPS_VI = {"eq": "là", "ne": "khác", "lt": "<", "le": "≤", "gt": ">", "ge": "≥", "in": "là một trong", "not_in": "không là"}


def describe(spec: Any) -> str:
    """A condition as written in the rulebook, read out in Vietnamese (for `rules show`): field names stay
    as written, codes get their Vietnamese label."""
    if not spec:
        return "mọi trường hợp"
    parts = []
    for field, value in spec.items():
        if field in ("all", "any"):
            items = [f"({describe(v)})" if isinstance(v, dict) and len(v) > 1 else describe(v) for v in value]
            parts.append(" và ".join(items) if field == "all" else "một trong: " + " hoặc ".join(items))
            continue
        for op, operand in (value.items() if isinstance(value, dict) else [("eq", value)]):
            if op == "exists":
                parts.append(f"{field} {'có ghi' if operand else 'để trống'}")
            else:
                shown = ", ".join(_word(field, v) for v in operand) if isinstance(operand, list) else _word(field, operand)
                parts.append(f"{field} {_OPS_VI.get(op, op)} {shown}")
    return "; ".join(parts)


def _word(field: str, value: Any) -> str:
    if isinstance(value, bool):
        return "có" if value else "không"
    label = VALUE_VI.get(field, {}).get(value) if isinstance(value, str) else None
    return f"{value} ({label})" if label else str(value)


def conj(*nodes: Node) -> All:
    flat: list[Node] = []
    for node in nodes:
        flat.extend(node.items if isinstance(node, All) else (node,))
    return All(tuple(flat))


def disj(*nodes: Node) -> Node:
    flat: list[Node] = []
    for node in nodes:
        flat.extend(node.items if isinstance(node, Any_) else (node,))
    return flat[0] if len(flat) == 1 else Any_(tuple(flat))


# ---- negation: exact under missing-field-is-false ------------------------------------

INVERSE: dict[Op, Op] = {"eq": "ne", "ne": "eq", "lt": "ge", "le": "gt", "gt": "le", "ge": "lt"}
FALSE = Any_(())


def negate(node: Node, always: frozenset[str] = frozenset()) -> Node:
    """The condition that holds exactly when `node` does not, on any fact.

    A comparison on a missing field is false, so its negation also holds when the field is
    missing: not (k op v) = (k missing) or (k inv(op) v). `always` names the keys every fact
    of the level carries (facts.ALWAYS): for them the "missing" branch is dropped.
    """
    if isinstance(node, Cmp):
        inverse = Cmp(node.key, INVERSE[node.op], node.value)
        return inverse if node.key in always else disj(Exists(node.key, False), inverse)
    if isinstance(node, CmpRef):
        missing = [Exists(k, False) for k in (node.key, node.ref) if k not in always]
        return disj(*missing, CmpRef(node.key, INVERSE[node.op], node.ref, node.factor))
    if isinstance(node, Exists):
        return Exists(node.key, not node.present)
    if isinstance(node, All):
        if not node.items:
            return FALSE
        return disj(*(negate(n, always) for n in node.items))
    if not node.items:
        return TRUE
    return conj(*(negate(n, always) for n in node.items))


# ---- three values: a condition on a fact that lacks a field may be neither true nor false ----
#
# A fact that leaves a field blank does not make a condition on it false in the law's eyes: it
# is unknown (Kleene's logic). `holds` (and durable-rules) read a missing field as false; the two
# conditions below tell the cases apart, so that a rule can ask for the blank instead of failing.


def falsified(node: Node) -> Node:
    """Holds exactly when `node` is false whatever its missing fields would say: every
    comparison it rests on is on a field the fact has."""
    if isinstance(node, Cmp):
        return Cmp(node.key, INVERSE[node.op], node.value)  # false on a missing field, as all comparisons
    if isinstance(node, CmpRef):
        return CmpRef(node.key, INVERSE[node.op], node.ref, node.factor)
    if isinstance(node, Exists):
        return Exists(node.key, not node.present)
    if isinstance(node, All):
        return disj(*(falsified(n) for n in node.items)) if node.items else FALSE
    return conj(*(falsified(n) for n in node.items)) if node.items else TRUE


def undetermined(node: Node, always: frozenset[str] = frozenset()) -> Node:
    """Holds exactly when `node` is neither true nor falsified on a fact: its value hangs on a field
    the fact lacks (never on a key in `always`, which every fact of the level carries)."""
    if isinstance(node, Cmp):
        return FALSE if node.key in always else Exists(node.key, False)
    if isinstance(node, CmpRef):
        return disj(*(Exists(k, False) for k in (node.key, node.ref) if k not in always)) if not {
            node.key, node.ref} <= always else FALSE
    if isinstance(node, Exists):
        return FALSE
    parts = [(n, simplify(undetermined(n, always))) for n in node.items]
    open_ = [u for _, u in parts if u != FALSE]
    if not open_:
        return FALSE
    if isinstance(node, All):  # some item open, none false
        return conj(disj(*open_), *(n if u == FALSE else disj(n, u) for n, u in parts))
    # Any: some item open, none true
    return conj(disj(*open_), *(negate(n, always) for n, _ in parts))


def unknown_keys(node: Node, fact: dict) -> tuple[bool | None, list[str]]:
    """The value of `node` on `fact` in three-valued logic (None: unknown) and, when unknown, the
    missing keys it hangs on, in the order the condition names them (for messages)."""
    if isinstance(node, Cmp):
        return (None, [node.key]) if node.key not in fact else (_COMPARE[node.op](fact[node.key], node.value), [])
    if isinstance(node, CmpRef):
        missing = [k for k in (node.key, node.ref) if k not in fact]
        return (None, missing) if missing else (holds(node, fact), [])
    if isinstance(node, Exists):
        return holds(node, fact), []
    decisive = isinstance(node, Any_)  # the item value that settles the whole: True for Any, False for All
    keys: list[str] = []
    for item in node.items:
        value, missing = unknown_keys(item, fact)
        if value is decisive:
            return decisive, []
        if value is None:
            keys += [k for k in missing if k not in keys]
    return (None, keys) if keys else (not decisive, [])


def keys(node: Node) -> set[str]:
    """The fact keys a condition reads."""
    if isinstance(node, (Cmp, Exists)):
        return {node.key}
    if isinstance(node, CmpRef):
        return {node.key, node.ref}
    return set().union(*(keys(n) for n in node.items)) if node.items else set()


def required(node: Node) -> dict[str, frozenset[str]]:
    """Per key, the texts a fact's value must be one of for `node` to hold, from the text equalities at its
    top (`key: x`, or `{in: [..]}`, in a conjunction); a key not named may hold anything."""
    found: dict[str, frozenset[str]] = {}
    for item in node.items if isinstance(node, All) else (node,):
        tests = [item] if isinstance(item, Cmp) else list(item.items) if isinstance(item, Any_) else []
        eqs = [n for n in tests if isinstance(n, Cmp) and n.op == "eq" and isinstance(n.value, str)]
        if not eqs or len(eqs) != len(tests) or len({n.key for n in eqs}) != 1:
            continue
        key, values = eqs[0].key, frozenset(n.value for n in eqs)
        found[key] = found[key] & values if key in found else values
    return found


def simplify(node: Node) -> Node:
    """Flatten nested All/All and Any/Any; an All or Any of one item is that item."""
    if isinstance(node, All):
        items = tuple(simplify(n) for n in node.items)
        if any(i == FALSE for i in items):
            return FALSE
        node = conj(*(i for i in items if i != TRUE))
        return node.items[0] if len(node.items) == 1 else node
    if isinstance(node, Any_):
        items = tuple(simplify(n) for n in node.items)
        if any(i == TRUE for i in items):
            return TRUE
        node = disj(*(i for i in items if i != FALSE)) if any(i != FALSE for i in items) else FALSE
        return node
    return node


def disjoint(a: Node, b: Node) -> bool:
    """True when no fact can satisfy both (proved from their top-level comparisons; False = unknown)."""
    atoms = [n for x in (a, b) for n in (x.items if isinstance(x, All) else (x,)) if isinstance(n, (Cmp, Exists))]
    by_key: dict[str, list[Cmp | Exists]] = {}
    for atom in atoms:
        by_key.setdefault(atom.key, []).append(atom)
    return any(not _satisfiable(group) for group in by_key.values())


def _satisfiable(atoms: list[Cmp | Exists]) -> bool:
    """Can one value of one key satisfy every atom? (conservative: True when unsure)."""
    if any(isinstance(a, Exists) and not a.present for a in atoms):
        return not any(isinstance(a, Cmp) or a.present for a in atoms)
    cmps = [a for a in atoms if isinstance(a, Cmp)]
    kinds = {type(a.value) for a in cmps}
    if len(kinds - {int, float}) > 0 and len(kinds) > 1:
        return True  # mixed types: leave it to the engine
    eqs = {a.value for a in cmps if a.op == "eq"}
    if len(eqs) > 1:
        return False
    if eqs:
        value = next(iter(eqs))
        return all(_COMPARE[a.op](value, a.value) for a in cmps)
    if kinds - {int, float}:
        return True
    lows = [a for a in cmps if a.op in ("gt", "ge")]
    highs = [a for a in cmps if a.op in ("lt", "le")]
    if not lows or not highs:
        return True
    low = max(a.value for a in lows)
    high = min(a.value for a in highs)
    open_low = any(a.value == low and a.op == "gt" for a in lows)
    open_high = any(a.value == high and a.op == "lt" for a in highs)
    return low < high or (low == high and not open_low and not open_high)


def durable_size(node: Node) -> int:
    """Entries the condition takes in a durable-rules beta node's expression sequence
    (each $and/$or takes two, each field reference one; the engine allows 31)."""
    if isinstance(node, (All, Any_)):
        if len(node.items) == 1:
            return durable_size(node.items[0])
        return 2 + sum(durable_size(n) for n in node.items)
    if isinstance(node, CmpRef):
        return 3
    return 0


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
    if len(node.items) == 1:
        return to_durable(node.items[0])
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
