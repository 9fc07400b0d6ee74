"""Keyed, dated rate tables: a value is selected by its key, never by its position.

A table declares `keys` (fields of the field vocabulary); each value gives, per key field, one value, a
list (`null` in it: the field left blank), a bracket `{from, to}` (numbers, both ends included) or
`{others: true}` (every value no other value of the table names for that field); a key field a value
leaves out matches anything. Two values whose keys intersect on overlapping dates are refused at load
(`overlaps`), so at most one value applies to a line. `payee.grade` keys are grades of the grade
vocabulary (`grades:` under rules/tu-vung/) and match every synonym ("TS" and "Tiến sĩ").
`table_problems` proves, per day, one value for every key combination the vocabulary allows, or a
table's stated `no_rate` (such a line goes to manual review).
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass
from typing import Any, Iterable

from pydantic import ValidationError

from ..models import ActivityAttributes, ClaimAttributes, LineAttributes
from ..vocabulary import VALUE_VI, normalise
from .fields import FIELDS, value_error
from .schema import Grade, Period, RateTable, RateValue

GRADE = "payee.grade"


class KeyProblem(ValueError):
    """A value's key is not one the table's fields allow (the message is Vietnamese)."""


class Grades:
    """The grade vocabulary: every way of writing a grade (normalised) -> its canonical name."""

    def __init__(self, grades: Iterable[Grade] = ()) -> None:
        self.names: dict[str, tuple[str, ...]] = {}  # canonical name -> every written form
        self.canonical: dict[str, str] = {}
        for grade in grades:
            self.add(grade)

    def add(self, grade: Grade) -> None:
        for form in (grade.name, *grade.synonyms):
            folded = normalise(form)
            if folded in self.canonical and self.canonical[folded] != grade.name:
                raise KeyProblem(f"hạng '{form}' thuộc cả '{self.canonical[folded]}' và '{grade.name}'")
            self.canonical[folded] = grade.name
        self.names[grade.name] = (grade.name, *grade.synonyms)

    def of(self, text: str) -> str:
        try:
            return self.canonical[normalise(text)]
        except KeyError:
            raise KeyProblem(f"hạng '{text}' chưa có trong từ vựng hạng (rules/tu-vung/hang.yaml): thêm vào "
                            f"'grades' với các cách viết khác") from None


@dataclass(frozen=True)
class Match:
    """What one key field of a value matches."""

    values: frozenset = frozenset()  # explicit values (canonical grades)
    blank: bool = False  # the field left blank
    lo: float | None = None  # bracket (numbers): lo <= x <= hi
    hi: float | None = None
    bracket: bool = False
    others: bool = False


def parse_key(field: str, raw: Any, grades: Grades) -> Match:
    kind = FIELDS["line"].get(field, ("?",))[0]
    if kind == "?":
        raise KeyProblem(f"khóa '{field}' không phải trường của từ vựng (xem `compliance rules fields`)")
    if isinstance(raw, dict):
        if raw == {"others": True}:
            return Match(others=True)
        if set(raw) <= {"from", "to"} and raw and kind in ("int", "num"):
            lo, hi = raw.get("from"), raw.get("to")
            if lo is not None and hi is not None and hi < lo:
                raise KeyProblem(f"khóa '{field}': 'to' nhỏ hơn 'from'")
            return Match(lo=lo, hi=hi, bracket=True)
        raise KeyProblem(f"khóa '{field}': viết một giá trị, một danh sách, {{from: …, to: …}} (số) hoặc "
                        f"{{others: true}}, không phải {raw}")
    items = raw if isinstance(raw, list) else [raw]
    values = set()
    for item in items:
        if item is None:
            continue
        if field == GRADE:
            item = grades.of(str(item))
        elif (problem := value_error(field, item)) is not None:
            raise KeyProblem(problem)
        values.add(item)
    return Match(values=frozenset(values), blank=None in items)


def matches(table: RateTable, value: RateValue, grades: Grades) -> dict[str, Match]:
    return {field: parse_key(field, raw, grades) for field, raw in value.key.items()}


def _named(table: RateTable, grades: Grades) -> dict[str, set]:
    """Per key field, every value some value of the table names explicitly (what `others` leaves out)."""
    named: dict[str, set] = {f: set() for f in table.keys}
    for value in table.values:
        for field, m in matches(table, value, grades).items():
            named[field] |= m.values
    return named


def _condition(field: str, m: Match, named: set, grades: Grades) -> dict[str, Any]:
    def forms(values: Iterable) -> list:
        if field != GRADE:
            return sorted(values, key=str)
        return [form for name in sorted(values) for form in grades.names[name]]

    if m.others:
        return {field: {"not_in": forms(named)}} if named else {field: {"exists": True}}
    if m.bracket:
        return {field: {**({"ge": m.lo} if m.lo is not None else {}), **({"le": m.hi} if m.hi is not None else {})}}
    listed = forms(m.values)
    test: dict[str, Any] = {field: listed[0] if len(listed) == 1 else {"in": listed}}
    rest = sorted(set(VALUE_VI.get(field, ())) - m.values)
    if field in VALUE_VI and 0 < len(rest) < len(listed):  # the same on a closed vocabulary, and smaller
        test = {field: {"ne": rest[0]} if len(rest) == 1 else {"not_in": rest}}
    if not m.blank:
        return test
    return {"any": [test, {field: {"exists": False}}]} if listed else {field: {"exists": False}}


def keyed(table: RateTable, grades: Grades) -> RateTable:
    """The table with each value's selecting condition (`when`) worked out from its key."""
    for field in table.keys:
        if field not in FIELDS["line"]:
            raise KeyProblem(f"khóa '{field}' không phải trường của từ vựng (xem `compliance rules fields`)")
    named = _named(table, grades)
    values = []
    for value in table.values:
        parts = [_condition(f, m, named[f], grades) for f, m in matches(table, value, grades).items()]
        flat = {k: v for part in parts for k, v in part.items()}
        when = (flat if len(flat) == sum(len(p) for p in parts) else {"all": parts}) if parts else None
        values.append(value.model_copy(update={"when": when}))
    return table.model_copy(update={"values": values})


def _meet(a: Match, b: Match) -> bool:
    """Whether two key matches of one field share a value (a field left out is not passed here)."""
    if a.others or b.others:
        other, m = (a, b) if a.others else (b, a)
        return m.others or m.bracket  # explicit values are named, hence not among `others`
    if a.bracket and b.bracket:
        return ((a.lo is None or b.hi is None or a.lo <= b.hi) and (b.lo is None or a.hi is None or b.lo <= a.hi))
    if a.bracket or b.bracket:
        rng, m = (a, b) if a.bracket else (b, a)
        return any(_within(rng, v) for v in m.values)
    return bool(a.values & b.values) or (a.blank and b.blank)


def _within(m: Match, v: Any) -> bool:
    return isinstance(v, (int, float)) and (m.lo is None or m.lo <= v) and (m.hi is None or v <= m.hi)


def _dates_meet(a: Period, b: Period) -> bool:
    return ((a.from_ is None or b.to is None or a.from_ <= b.to) and (b.from_ is None or a.to is None or b.from_ <= a.to))


def overlaps(table: RateTable, grades: Grades) -> list[tuple[int, int]]:
    """Pairs of values (indexes) whose keys intersect on overlapping dates."""
    keys = [matches(table, v, grades) for v in table.values]
    return [(i, j) for i, j in itertools.combinations(range(len(table.values)), 2)
            if _dates_meet(table.values[i], table.values[j])
            and all(_meet(keys[i][f], keys[j][f]) for f in keys[i].keys() & keys[j].keys())]


# --- the static proof ---------------------------------------------------------------------------------

_OTHER = object()  # a value the table does not name (a grade, a unit code …)


def _domain(field: str, table: RateTable, keys: list[dict[str, Match]], grades: Grades) -> list:
    """Representative values of a key field: every value the vocabulary allows (or the table names, plus
    one it does not), and for numbers every bracket end and its neighbours."""
    kind = FIELDS["line"][field][0]
    ms = [k[field] for k in keys if field in k]
    if kind in ("int", "num"):
        points: set[Any] = {0}
        for m in ms:
            points |= {p + d for p in (m.lo, m.hi) if p is not None for d in (-1, 0, 1)} | set(m.values)
        return sorted(p for p in points if p >= 0 and _allowed(field, p))
    if kind == "bool":
        return [True, False]
    if field == GRADE:
        return [*grades.names, _OTHER]
    if field in VALUE_VI:
        return list(VALUE_VI[field])
    return [*sorted({v for m in ms for v in m.values}, key=str), _OTHER]


def _allowed(field: str, point: Any) -> bool:
    """Whether the claim format accepts `point` for a typed attribute (e.g. bậc chuyên gia 1-4)."""
    for prefix, model in (("attributes.", LineAttributes), ("activity.attributes.", ActivityAttributes),
                          ("claim.attributes.", ClaimAttributes)):
        name = field.removeprefix(prefix)
        if field.startswith(prefix) and "." not in name and name in model.model_fields:
            try:
                model.model_validate({name: point})
            except ValidationError:
                return False
    return True


def _hits(m: Match, point: Any, named: set) -> bool:
    if m.others:
        return point is _OTHER or point not in named
    if m.bracket:
        return _within(m, point)
    return point in m.values


def _show(point: Any) -> str:
    return "giá trị khác" if point is _OTHER else str(point)


def _segments(values: list[RateValue]) -> list[Period]:
    """The table's span cut at every date a value starts or ends."""
    starts = [v.from_ for v in values]
    ends = [v.to for v in values]
    first = None if None in starts else min(d for d in starts if d)
    last = None if None in ends else max(d for d in ends if d)
    cuts = sorted({d for v in values for d in (v.from_, v.to + dt.timedelta(days=1) if v.to else None)
                   if d and (first is None or d > first) and (last is None or d <= last)})
    los = [first, *cuts]
    his = [*(d - dt.timedelta(days=1) for d in cuts), last]
    return [Period(**{"from": lo, "to": hi}) for lo, hi in zip(los, his)]


def _span(period: Period) -> str:
    lo = period.from_.strftime("%d/%m/%Y") if period.from_ else "…"
    hi = period.to.strftime("%d/%m/%Y") if period.to else "nay"
    return f"{lo} – {hi}"


def table_problems(book: Any) -> list[str]:
    """Every gap and overlap of every rate table, one Vietnamese line each with file:line.

    A gap is a day and key combination the vocabulary allows with no value, in the table's span (from its
    first value's start to its last value's end), unless the table states `no_rate`; an overlap is one
    with two values. An empty table states why in its `note`."""
    grades: Grades = book.grades
    out: list[str] = []
    for table in book.rates.values():
        if not table.values:
            continue
        at = book.rate_origin.get(table.rate, table.rate)
        keys = [matches(table, v, grades) for v in table.values]
        named = _named(table, grades)
        domains = [_domain(f, table, keys, grades) for f in table.keys]
        for period in _segments(table.values):
            day = period.from_ or dt.date.min
            active = [i for i, v in enumerate(table.values) if v.covers(day)]
            for combo in itertools.product(*domains):
                point = dict(zip(table.keys, combo))
                hit = [i for i in active if all(_hits(m, point[f], named[f]) for f, m in keys[i].items())]
                what = ", ".join(f"{f} = {_show(p)}" for f, p in point.items()) or "mọi trường hợp"
                if not hit and table.no_rate is None:
                    out.append(f"{at}: bảng mức {table.rate} không có mức cho {what} từ {_span(period)} — thêm "
                               f"mức, hoặc ghi 'no_rate' (lý do, khoản chi sẽ cần thẩm định thủ công)")
                if len(hit) > 1:
                    where = ", ".join(book.rate_origin.get(f"{table.rate}#{i}", f"mức {i + 1}") for i in hit)
                    out.append(f"{at}: bảng mức {table.rate} có {len(hit)} mức cùng áp dụng cho {what} từ "
                               f"{_span(period)} ({where})")
    return out
