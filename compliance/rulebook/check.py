"""`compliance rules check`: a static proof over the rulebook, for CI and for rule writers.

Coverage: for every expense category, every activity kind the programme funds and every day from the
programme's start, the line facts are enumerated over the values the coverage rules' conditions read (a
field's constants, a value none names, a blank; numbers and dates around each constant; days cut at every
date a rule or condition names). Each combination must have exactly one coverage rule that applies — or
several rules of one article that the law applies together (`together:` in `rules/chung/`), or a coverage
rule still waiting for a blank field (the line asks for it), or a data-side statement that no rule exists
(`uncovered:`, with its reason: the line goes to manual review). The conditions are evaluated in Kleene's
three-valued logic (conditions.unknown_keys), as the vetting does.

Every check function takes the rulebook and returns problems (Vietnamese, each naming file:line and what to
do); `CHECKS` lists them, and the command runs them all.
"""

from __future__ import annotations

import datetime as dt
import itertools
import typing
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..models import ActivityKind
from ..vocabulary import CATEGORY_VI, KIND_VI
from . import conditions as c
from .fields import ALWAYS, CATEGORIES, FIELDS, day, key
from .load import Rulebook
from .schema import Rule

Check = Callable[[Rulebook], list[str]]
KINDS: tuple[str, ...] = typing.get_args(ActivityKind)
_OTHER = "\x00khác"  # a text value no condition names
_BLANK = object()  # the field left blank


@dataclass(frozen=True)
class Case:
    """One combination of values, for one category and a run of days."""

    category: str
    kind: str
    start: dt.date
    end: dt.date | None
    values: tuple[tuple[str, object], ...]  # (field key, value) of the other fields, blanks included

    def describe(self) -> str:
        words = [f"khoản chi «{CATEGORY_VI[self.category]}»", f"hoạt động «{KIND_VI[self.kind]}»"]
        for k, v in self.values:
            field = k.replace("__", ".")
            words.append(f"{field} trống" if v is _BLANK else f"{field} ≠ mọi giá trị được nêu" if v == _OTHER
                         else f"{field} = {_shown(v)}")
        until = f" đến {self.end:%d/%m/%Y}" if self.end else " trở đi"
        return f"{', '.join(words)}, từ {self.start:%d/%m/%Y}{until}"


def _shown(value: object) -> str:
    if isinstance(value, bool):
        return "có" if value else "không"
    return str(value)


def _compared(node: c.Node) -> list[c.Cmp | c.Exists]:
    if isinstance(node, (c.Cmp, c.Exists)):
        return [node]
    if isinstance(node, (c.All, c.Any_)):
        return [a for n in node.items for a in _compared(n)]
    return []


def _candidates(atoms: list[c.Cmp | c.Exists], field: str) -> list[object]:
    """Values that take every condition on `field` through each of its outcomes."""
    values: list[object] = []
    for atom in atoms:
        if isinstance(atom, c.Cmp):
            v = atom.value
            if isinstance(v, bool) or isinstance(v, str):
                values.append(v)
            else:
                values += [v - 1, v, v + 1]
    if any(isinstance(v, bool) for v in values):
        values = [True, False]
    elif all(isinstance(v, str) for v in values):
        values.append(_OTHER)  # also stands for "present" when only `exists` is tested
    out = list(dict.fromkeys(values))
    return out + ([] if field in ALWAYS["line"] else [_BLANK])


def _days(rules: list[Rule], nodes: list[c.Node], start: dt.date) -> list[dt.date]:
    """The first day of every run of days on which no rule's validity or date condition changes."""
    cuts = {start}
    for rule in rules:
        if rule.valid.from_:
            cuts.add(rule.valid.from_)
        if rule.valid.to:
            cuts.add(rule.valid.to + dt.timedelta(days=1))
    for node in nodes:
        for atom in _compared(node):
            if isinstance(atom, c.Cmp) and atom.key == "law_date":
                d = dt.date(atom.value // 10000, atom.value // 100 % 100, atom.value % 100)
                cuts.add(d + dt.timedelta(days=1) if atom.op in ("le", "gt") else d)
    return sorted(d for d in cuts if d >= start)


def _applies(book: Rulebook, rule: Rule) -> c.Node:
    from_, to = rule.valid.from_, rule.valid.to
    period = [c.Cmp("law_date", "ge", day(from_))] if from_ else []
    period += [c.Cmp("law_date", "le", day(to))] if to else []
    return c.conj(*period, c.parse(rule.applies, rule.level))


def programme_start(book: Rulebook) -> dt.date:
    """The first day a rule says an activity is content of the programme (the earliest eligibility rule)."""
    starts = [r.valid.from_ for r in book.rules if r.role == "eligibility" and r.valid.from_]
    return min(starts)


def coverage_problems(book: Rulebook) -> list[str]:
    """Gaps (no coverage rule, no statement) and overlaps (two rules not declared together)."""
    start = programme_start(book)
    coverage = [(r, _applies(book, r)) for r in book.rules if r.role == "coverage" and r.level == "line"]
    eligible = [(r, _applies(book, r)) for r in book.rules if r.role == "eligibility" and r.level == "line"]
    uncovered = [(u, c.parse(u.applies, "line")) for u in book.uncovered]
    together = [set(group.rules) for group in book.together]
    problems: list[str] = []
    for category in CATEGORIES:
        fact0 = {"category": category}
        mine = [(r, n) for r, n in coverage if c.unknown_keys(n, fact0)[0] is not False]
        nodes = [n for _, n in mine] + [n for _, n in eligible] + [n for _, n in uncovered]
        atoms = [a for n in nodes for a in _compared(n)]
        fields = sorted({a.key for a in atoms} - {"category", "law_date", "activity__kind"})
        choices = [_candidates([a for a in atoms if a.key == f], f) for f in fields]
        days = _days([r for r, _ in mine + eligible], nodes, start)
        found: dict[tuple[str, str, tuple], list[Case]] = {}
        for kind in KINDS:
            for i, first in enumerate(days):
                end = days[i + 1] - dt.timedelta(days=1) if i + 1 < len(days) else None
                for combo in itertools.product(*choices):
                    fact = {"category": category, "activity__kind": kind, "law_date": day(first)}
                    fact.update({f: v for f, v in zip(fields, combo) if v is not _BLANK})
                    if not any(c.unknown_keys(n, fact)[0] for _, n in eligible):
                        continue  # not content of the programme: `chung.noi_dung_chi`, whatever the category
                    verdicts = [(r, c.unknown_keys(n, fact)[0]) for r, n in mine]
                    applied = [r.id for r, v in verdicts if v is True]
                    waiting = [r.id for r, v in verdicts if v is None]
                    stated = any(c.unknown_keys(n, fact)[0] is not False for _, n in uncovered)
                    case = Case(category, kind, first, end, tuple(zip(fields, combo)))
                    if not applied and not waiting and not stated:
                        found.setdefault(("gap", category, ()), []).append(case)
                    elif len(applied) > 1 and not any(set(applied) <= group for group in together):
                        found.setdefault(("overlap", category, tuple(applied)), []).append(case)
        for (what, _, ids), cases in found.items():
            example = min(cases, key=lambda k: sum(v is _BLANK or v == _OTHER for _, v in k.values))
            more = f" (và {len(cases) - 1} trường hợp khác)" if len(cases) > 1 else ""
            if what == "gap":
                problems.append(
                    f"khoảng trống: không quy định coverage nào áp dụng cho {example.describe()}{more} — thêm quy "
                    f"định, hoặc ghi trong rules/chung/ mục `uncovered` (loại khoản chi, điều kiện, lý do)")
            else:
                where = ", ".join(f"{i} ({book.origin[i]})" for i in ids)
                problems.append(
                    f"chồng chéo: {len(ids)} quy định coverage cùng áp dụng cho {example.describe()}{more}: {where} — "
                    f"sửa `valid`/`applies` để chỉ một quy định áp dụng, hoặc nếu luật áp dụng chúng cùng nhau, "
                    f"ghi chúng trong rules/chung/ mục `together`")
    return problems


def version_problems(book: Rulebook) -> list[str]:
    return []


CHECKS: list[Check] = [coverage_problems, version_problems]


def run(book: Rulebook, checks: list[Check] | None = None) -> list[str]:
    return [problem for check in (CHECKS if checks is None else checks) for problem in check(book)]
