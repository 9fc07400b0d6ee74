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
import operator
import typing
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..models import ActivityKind
from ..vocabulary import CATEGORY_VI, KIND_VI, VALUE_VI
from . import conditions as c
from .fields import ALWAYS, CATEGORIES, day
from .load import Rulebook
from .schema import Rule
from .tables import table_problems

Check = Callable[[Rulebook], list[str]]
KINDS: tuple[str, ...] = typing.get_args(ActivityKind)
_OTHER = "\x00khác"  # a text value no condition names
_BLANK = object()  # the field left blank


class _Filled(dict):
    """A fact whose absent keys read as blank (to project it on the keys a condition reads)."""

    def __missing__(self, key: str) -> object:
        return _BLANK


@dataclass(frozen=True)
class Case:
    """One combination of values, for one category and a run of days."""

    category: str
    kind: str
    start: dt.date
    end: dt.date | None
    values: tuple[tuple[str, object], ...]  # (field key, value) of the other fields, blanks included


def _summary(cases: list[Case], fields: list[str], choices: list[list[object]]) -> str:
    """The cases of one problem in a line: the category, the activity kinds and days they fall on, and each
    field that takes only some of its values in them (a field taking all of them does not matter)."""
    first = cases[0]
    kinds = sorted({k.kind for k in cases}, key=KINDS.index)
    words = [f"khoản chi «{CATEGORY_VI[first.category]}»",
             "mọi hoạt động" if len(kinds) == len(KINDS) else "hoạt động " + ", ".join(f"«{KIND_VI[k]}»" for k in kinds)]
    for i, (field, options) in enumerate(zip(fields, choices)):
        seen = list(dict.fromkeys(k.values[i][1] for k in cases))
        if len(seen) < len(options):
            name = field.replace("__", ".")
            words.append(f"{name} " + " hoặc ".join("trống" if v is _BLANK else "khác các giá trị được nêu"
                                                   if v == _OTHER else _shown(v) for v in seen))
    start = min(k.start for k in cases)
    end = None if any(k.end is None for k in cases) else max(k.end for k in cases if k.end)
    words.append(f"từ {start:%d/%m/%Y}" + (f" đến {end:%d/%m/%Y}" if end else " trở đi"))
    return ", ".join(words) + f" ({len(cases)} trường hợp)"


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
    """Values that take every condition on `field` through each of its outcomes: a closed vocabulary's
    every value, else the constants named and one value none names; numbers around each constant; blank."""
    named = [a.value for a in atoms if isinstance(a, c.Cmp)]
    values: list[object]
    if field.replace("__", ".") in VALUE_VI:
        values = list(VALUE_VI[field.replace("__", ".")])
    elif any(isinstance(v, bool) for v in named):
        values = [True, False]
    elif all(isinstance(v, str) for v in named):
        values = [*named, _OTHER]  # _OTHER also stands for "written" when only `exists` is tested
    else:
        values = [w for v in named for w in (v - 1, v, v + 1)]
    return list(dict.fromkeys(values)) + ([] if field in ALWAYS["line"] else [_BLANK])


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


def _may_cover(node: c.Node, category: str) -> bool:
    """False when a conjunct that reads only the category excludes `category` (the rule is about others)."""
    items = node.items if isinstance(node, c.All) else (node,)
    return all(c.holds(item, {"category": category}) for item in items if c.keys(item) == {"category"})


def programme_start(book: Rulebook) -> dt.date:
    """The first day a rule says an activity is content of the programme (the earliest eligibility rule)."""
    starts = [r.valid.from_ for r in book.rules if r.role == "eligibility" and r.valid.from_]
    return min(starts)


def _remembered(node: c.Node) -> Callable[[_Filled], bool | None]:
    """The three-valued verdict of `node` on a fact, remembered by the values of the keys it reads."""
    memo: dict[object, bool | None] = {}
    project = operator.itemgetter(*c.keys(node), "category")

    def verdict(fact: _Filled) -> bool | None:
        seen = project(fact)
        if seen not in memo:
            memo[seen] = c.unknown_keys(node, dict(fact))[0]
        return memo[seen]
    return verdict


def coverage_problems(book: Rulebook) -> list[str]:
    """Gaps (no coverage rule, no statement) and overlaps (two rules not declared together)."""
    start = programme_start(book)
    coverage = [(r, _applies(book, r)) for r in book.rules if r.role == "coverage" and r.level == "line"]
    eligible = [(r, _applies(book, r)) for r in book.rules if r.role == "eligibility" and r.level == "line"]
    uncovered = [(u, c.conj(c.parse({"category": {"in": u.categories}}, "line"), c.parse(u.applies, "line")))
                 for u in book.uncovered]
    together = [set(group.rules) for group in book.together]
    content_keys = sorted(set().union(*(c.keys(n) for _, n in eligible)))
    content: dict[tuple, bool] = {}  # is a line content of the programme, by the values eligibility reads
    problems: list[str] = []
    # A condition's value depends only on the values of the keys it reads: remembered by those, per
    # condition (the loop below judges millions of facts).
    verdicts = {id(n): _remembered(n) for _, n in coverage + eligible + uncovered}

    for category in CATEGORIES:
        mine = [(r, n) for r, n in coverage if _may_cover(n, category)]
        stating = [n for u, n in uncovered if category in u.categories]
        nodes = [n for _, n in mine] + [n for _, n in eligible] + stating
        atoms = [a for n in nodes for a in _compared(n)]
        fields = sorted({a.key for a in atoms} - {"category", "law_date", "activity__kind"})
        choices = [_candidates([a for a in atoms if a.key == f], f) for f in fields]
        days = _days([r for r, _ in mine + eligible], nodes, start)
        found: dict[tuple[str, str, tuple], list[Case]] = {}
        judged = [(r.id, verdicts[id(n)]) for r, n in mine]
        content_of = [verdicts[id(n)] for _, n in eligible]
        stating_of = [verdicts[id(n)] for n in stating]
        for kind in KINDS:
            for i, first in enumerate(days):
                end = days[i + 1] - dt.timedelta(days=1) if i + 1 < len(days) else None
                law_date = day(first)
                for combo in itertools.product(*choices):
                    fact = _Filled(category=category, activity__kind=kind, law_date=law_date)
                    fact.update({f: v for f, v in zip(fields, combo) if v is not _BLANK})
                    seen = tuple(fact.get(k) for k in content_keys)
                    if seen not in content:
                        content[seen] = any(verdict(fact) for verdict in content_of)
                    if not content[seen]:
                        continue  # not content of the programme: `chung.noi_dung_chi`, whatever the category
                    applied, waiting = [], []
                    for rule_id, verdict in judged:
                        v = verdict(fact)
                        if v is True:
                            applied.append(rule_id)
                        elif v is None:
                            waiting.append(rule_id)
                    stated = any(verdict(fact) is not False for verdict in stating_of)
                    case = Case(category, kind, first, end, tuple(zip(fields, combo)))
                    if not applied and not waiting and not stated:
                        found.setdefault(("gap", category, ()), []).append(case)
                    elif len(applied) > 1 and not any(set(applied) <= group for group in together):
                        found.setdefault(("overlap", category, tuple(applied)), []).append(case)
        for (what, _, ids), cases in found.items():
            where = _summary(cases, fields, choices)
            if what == "gap":
                problems.append(
                    f"khoảng trống: không quy định coverage nào áp dụng cho {where} — thêm quy định, hoặc ghi trong "
                    f"rules/chung/ mục `uncovered` (loại khoản chi, điều kiện, lý do: khoản chi sẽ cần thẩm định thủ công)")
            else:
                rules = ", ".join(f"{i} ({book.origin[i]})" for i in ids)
                problems.append(
                    f"chồng chéo: {len(ids)} quy định coverage cùng áp dụng cho {where}: {rules} — sửa `valid`/`applies` "
                    f"để chỉ một quy định áp dụng, hoặc nếu luật áp dụng chúng cùng nhau, ghi chúng trong rules/chung/ "
                    f"mục `together` (kèm lý do)")
    return problems


RELEASES = "phien-ban.txt"  # beside rulebook.yaml, outside the digest (not a .yaml file)


def _releases(book: Rulebook) -> tuple[Path, dict[str, str], list[str]]:
    """The record of released versions: version -> digest, and the problems of the file itself."""
    path = (book.root or Path(".")) / RELEASES
    record: dict[str, str] = {}
    problems: list[str] = []
    if not path.is_file():
        return path, record, problems
    for n, text in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        words = text.split("#")[0].split()
        if not words:
            continue
        if len(words) != 2 or not words[1].startswith("sha256:"):
            problems.append(f"{path.parent.name}/{RELEASES}:{n}: dòng cần dạng «phiên bản sha256:mã băm», nhận được «{text}»")
        elif words[0] in record and record[words[0]] != words[1]:
            problems.append(f"{path.parent.name}/{RELEASES}:{n}: phiên bản {words[0]} ghi hai lần với hai mã băm khác nhau")
        else:
            record[words[0]] = words[1]
    return path, record, problems


def version_problems(book: Rulebook) -> list[str]:
    """The version changes whenever the digest does: each released version is recorded with its digest."""
    path, record, problems = _releases(book)
    name = f"{path.parent.name}/{RELEASES}"
    released = record.get(book.version)
    if released is None:
        problems.append(f"{name}: phiên bản {book.version} (rulebook.yaml) chưa được ghi — chạy `compliance rules check "
                        f"--release` để ghi dòng «{book.version} {book.digest}»")
    elif released != book.digest:
        problems.append(f"rulebook.yaml: bộ quy tắc đã đổi ({book.digest}) nhưng phiên bản vẫn là {book.version}, đã "
                        f"phát hành với {released} ({name}) — tăng `version` trong rulebook.yaml (dạng 2026.12.04-N) "
                        f"rồi chạy `compliance rules check --release`")
    return problems


def release(book: Rulebook) -> bool:
    """Record the book's version with its digest (True when a line was added). A version already recorded with
    another digest is left as it is: `version_problems` reports it."""
    path, record, _ = _releases(book)
    if book.version in record:
        return False
    with path.open("a", encoding="utf-8") as fh:
        fh.write(f"{book.version} {book.digest}\n")
    return True


CHECKS: list[Check] = [coverage_problems, table_problems, version_problems]


def run(book: Rulebook, checks: list[Check] | None = None) -> list[str]:
    return [problem for check in (CHECKS if checks is None else checks) for problem in check(book)]
