"""Compile the rulebook into probes: named conditions that either engine evaluates on facts.

Each rule compiles to *outcome* probes that are mutually exclusive but for `missing`, which
may hold beside a rate row's outcome or `norate` and ranks between them (vetting/findings.py RANK picks the
first by rank): on a fact the rule applies to, one outcome is found, and none on a fact it does
not apply to. The outcome names the finding directly.

For a rule (`base` = the fact's kind, the rule in force on the fact's law date, its `applies`):
  `<id>|pass|<i>`, `<id>|fail|<i>`   rate check: value i of the rate table is in force for the
                                     fact and its key selects it, and the fact is within it / not;
  `<id>|norate`                      rate check: no row is in force for the fact;
  `<id>|missing`                     rate check: some row hangs on a field the fact lacks (it
                                     may hold with a row: the row's outcome comes first, and
                                     `missing` comes before `norate`); other checks: the check
                                     hangs on such a field;
  `<id>|pass`, `<id>|fail`           fixed-value, field-reference or condition check (`never`:
                                     only `fail`); `fail` only when the check is false on fields
                                     the fact has;
  `<id>|open`                        the rule is in force but whether it applies hangs on a field
                                     the fact lacks (a `check` rule: and its check does not hold).
A table's values are disjoint by construction (the loader refuses two whose keys intersect on
overlapping dates: rulebook/tables.py), so at most one row is chosen without any row order.
Negation follows the missing-field-is-false semantics of both engines (conditions.negate); "hangs
on a missing field" is Kleene's third value (conditions.undetermined, conditions.falsified).

For a join (cross-claim rule; facts of kind `of` satisfying its `when` can be repeated):
  `<id>|applies`   the join is in force on the fact's law date (the fact gets a finding and
                   may be repeated by a later fact);
  `<id>|first`     not in force, but a later fact may still repeat it;
  `<id>|dup`       a pair: an `applies` fact sharing every `same` field with an earlier fact.
A probe too large for one durable-rules rule (31 expression entries) is split on a
disjunction into several probes with the same outcome; at most one outcome per rule holds.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..rulebook.load import Rulebook
from ..rulebook.schema import Join, NeverCheck, Period, RateCheck, RefCheck, Rule, ValueCheck
from ..rulebook import conditions as c
from ..rulebook.fields import ALWAYS, day, key

DURABLE_LIMIT = 31  # entries of a durable-rules beta node's expression sequence (MAX_SEQUENCE_EXPRESSIONS - 1)


class CompileError(ValueError):
    """A rule cannot be compiled for the engine."""


@dataclass(frozen=True)
class Probe:
    name: str
    level: str  # the kind of fact it tests: claim, line, document, person_day
    node: c.Node  # the condition on the fact (for a join: on the later fact)
    first: c.Node | None = None  # join only: the condition on the earlier fact
    same: tuple[str, ...] = ()  # join only: keys both facts share
    different: tuple[str, ...] = ()  # join only: keys that must differ
    kind: str = "rule"  # rule | join
    item: int = -1  # index of the rule in book.rules, or of the join in book.joins
    outcome: str = ""  # pass | fail | norate | applies | first | dup
    row: int | None = None  # rate row of a pass/fail outcome

    def to_durable(self) -> dict:
        if self.first is not None:
            return {"all": c.join_to_durable(self.first, self.node, list(self.same), list(self.different))}
        return {"all": [{"m": c.to_durable(self.node)}]}

    def keys(self) -> set[str]:
        """The fact keys the probe reads."""
        found = set(self.same) | set(self.different) | ({"seq"} if self.first is not None else set())
        for node in (self.node, self.first):
            if node is not None:
                found |= c.keys(node)
        return found


def in_period(period: Period) -> list[c.Node]:
    nodes: list[c.Node] = []
    if period.from_:
        nodes.append(c.Cmp("law_date", "ge", day(period.from_)))
    if period.to:
        nodes.append(c.Cmp("law_date", "le", day(period.to)))
    return nodes


def rate_limit(rule: Rule, amount: int | float) -> int | float:
    """The limit a rate row sets for a rule: the amount, scaled by the check's percent and per."""
    check = rule.check
    factor = check.factor if isinstance(check, (RateCheck, RefCheck)) else 1
    return amount if factor == 1 else amount * factor


def _fit(node: c.Node) -> list[c.Node]:
    """`node`, or an equivalent disjunction of nodes each small enough for one durable-rules rule."""
    node = c.simplify(node)
    if node == c.FALSE:
        return []
    if c.durable_size(node) <= DURABLE_LIMIT:
        return [node]
    if isinstance(node, c.Any_):
        return [part for item in node.items for part in _fit(item)]
    if isinstance(node, c.All):
        ors = [n for n in node.items if isinstance(n, c.Any_)]
        if ors:
            widest = max(ors, key=lambda n: len(n.items))
            rest = [n for n in node.items if n is not widest]
            return [part for option in widest.items for part in _fit(c.conj(*rest, option))]
    raise CompileError(f"điều kiện quá phức tạp cho durable-rules ({c.durable_size(node)} > {DURABLE_LIMIT} mục)")


def _order(node: c.Node) -> c.Node:
    """The same conjunction with equality tests first and "field is missing" tests last: durable-rules
    builds its alpha network in this order, and an alpha node takes at most 128 `$nex` children
    (NEXT_LIST_LENGTH) — they must hang below the tests that tell rules apart, not near the root."""
    if not isinstance(node, c.All):
        return node

    def rank(item: c.Node) -> int:
        if isinstance(item, c.Cmp):
            return 0 if item.key == "t" else 1 if item.op == "eq" else 2
        if isinstance(item, c.Exists):
            return 3 if item.present else 5
        return 4

    return c.All(tuple(sorted(node.items, key=rank)))


def _probes(name: str, level: str, node: c.Node, **meaning) -> list[Probe]:
    parts = [_order(part) for part in _fit(node)]
    if len(parts) == 1:
        return [Probe(name, level, parts[0], **meaning)]
    return [Probe(f"{name}#{k}", level, part, **meaning) for k, part in enumerate(parts)]


@dataclass(frozen=True)
class RuleConditions:
    """The conditions of a rule, shared by the compiler and the decisions that explain its outcomes."""

    in_force: c.Node  # the fact's kind, the rule in force on its law date
    applies: c.Node
    holds: c.Node | None  # the check; None for a rate check
    rows: dict[int, c.Node]  # rate check: each row the rule can reach -> the condition selecting it


def conditions_of(book: Rulebook, rule: Rule) -> RuleConditions:
    in_force = c.conj(c.Cmp("t", "eq", rule.level), *in_period(rule.valid))
    applies = c.parse(rule.applies, rule.level)
    check = rule.check
    rows: dict[int, c.Node] = {}
    holds: c.Node | None = None
    if isinstance(check, RateCheck):
        base = c.conj(in_force, applies)
        for i, row in enumerate(book.rates[check.rate].values):
            select = c.conj(*in_period(row), c.parse(row.when, "line"))
            if not c.disjoint(base, select):
                rows[i] = select
    elif isinstance(check, NeverCheck):
        holds = c.FALSE
    elif isinstance(check, RefCheck):
        holds = c.CmpRef(key(check.field), check.op, key(check.ref), check.factor)
    elif isinstance(check, ValueCheck):
        value = c.parse({check.field: check.value}, rule.level)  # one field, one value: a comparison
        assert isinstance(value, c.Cmp)
        holds = c.Cmp(key(check.field), check.op, value.value)
    else:
        holds = c.parse(check.condition, rule.level)
    return RuleConditions(in_force, applies, holds, rows)


def _periods(rule: Rule, rows: list, numbers: list[int]) -> list[tuple[Period, list[int]]]:
    """The rule's validity cut at every date a rate row starts or ends: each piece with the
    numbers of the rows in force throughout it (pieces with the same rows are merged)."""
    cuts = {d for row in rows for d in (row.from_, row.to + dt.timedelta(days=1) if row.to else None) if d}
    start, end = rule.valid.from_, rule.valid.to
    bounds = sorted(d for d in cuts if (start is None or d > start) and (end is None or d <= end))
    pieces: list[tuple[Period, list[int]]] = []
    for lo, hi in zip([start, *bounds], [*(b - dt.timedelta(days=1) for b in bounds), end]):
        day = lo or dt.date.min
        active = [n for n, row in zip(numbers, rows) if row.covers(day)]
        if pieces and pieces[-1][1] == active:
            pieces[-1] = (Period(**{"from": pieces[-1][0].from_, "to": hi}), active)
        else:
            pieces.append((Period(**{"from": lo, "to": hi}), active))
    return pieces


def rule_probes(book: Rulebook, rule: Rule, item: int) -> list[Probe]:
    always = ALWAYS[rule.level]
    cond = conditions_of(book, rule)
    base = c.conj(cond.in_force, cond.applies)
    check = rule.check
    out: list[Probe] = []

    def add(suffix: str, node: c.Node, outcome: str, row: int | None = None) -> None:
        out.extend(_probes(f"{rule.id}|{suffix}", rule.level, node, item=item, outcome=outcome, row=row))

    if isinstance(check, RateCheck):
        field, op = check.field, check.op
        rows = book.rates[check.rate].values
        live = sorted(cond.rows)
        for i in live:  # values are disjoint (rulebook/tables.py): no row order, no negated earlier rows
            within = c.Cmp(key(field), op, rate_limit(rule, rows[i].amount))
            chosen = c.conj(base, cond.rows[i])
            add(f"pass|{i}", c.conj(chosen, within), "pass", i)
            add(f"fail|{i}", c.conj(chosen, c.falsified(within)), "fail", i)
        # No row / a row or the compared field hanging on a blank, period by period: within one period
        # only that period's rows count, without their dates (keeps each probe small for durable-rules).
        blank = c.undetermined(c.reads(key(field)), always)  # the compared field is blank
        for k, (period, active) in enumerate(_periods(rule, [rows[j] for j in live], live)):
            within_period = c.conj(base, *in_period(period))
            selects = [c.parse(rows[j].when, "line") for j in active]
            add(f"norate#{k}", c.conj(within_period, *(c.negate(s, always) for s in selects)), "norate")
            add(f"missing#{k}", c.conj(within_period, c.disj(*(c.undetermined(s, always) for s in selects),
                                                              c.conj(c.disj(*selects), blank))), "missing")
    elif isinstance(check, NeverCheck):
        add("fail", base, "fail")
    else:  # a check that holds, is false, or hangs on a blank field
        holds = cond.holds
        assert holds is not None  # None only for a rate check
        add("pass", c.conj(base, holds), "pass")
        add("fail", c.conj(base, c.falsified(holds)), "fail")
        add("missing", c.conj(base, c.undetermined(holds, always)), "missing")
    # Whether the rule applies hangs on a blank: a coverage rule may be the one the line needs;
    # a check matters only if it would not hold.
    open_ = c.undetermined(cond.applies, always)
    if rule.role == "check" and cond.holds is not None:
        open_ = c.conj(open_, c.negate(cond.holds, always))
    add("open", c.conj(cond.in_force, open_), "open")
    return out


def join_probes(join: Join, item: int) -> list[Probe]:
    kind = c.conj(c.Cmp("t", "eq", join.of), c.parse(join.when, join.of))
    in_force = c.conj(*in_period(join.valid))
    applies = c.conj(kind, in_force)
    out = _probes(f"{join.id}|applies", join.of, applies, kind="join", item=item, outcome="applies")
    out += _probes(f"{join.id}|first", join.of, c.conj(kind, c.negate(in_force, ALWAYS[join.of])),
                   kind="join", item=item, outcome="first")
    dup = c.simplify(applies)
    if c.durable_size(dup) + 2 + len(join.same) + len(join.different) + 1 > DURABLE_LIMIT:
        raise CompileError(f"{join.id}: điều kiện quá phức tạp cho durable-rules")
    out.append(Probe(f"{join.id}|dup", join.of, dup, first=c.simplify(kind), same=tuple(join.same),
                     different=tuple(join.different), kind="join", item=item, outcome="dup"))
    return out


def compile_rulebook(book: Rulebook) -> list[Probe]:
    """All probes, rules first in rulebook order (so probe order is finding order), then joins."""
    probes = [probe for i, rule in enumerate(book.rules) for probe in rule_probes(book, rule, i)]
    probes += [probe for i, join in enumerate(book.joins) for probe in join_probes(join, i)]
    names = [p.name for p in probes]
    if len(set(names)) != len(names):
        raise CompileError("tên probe bị trùng")
    return probes
