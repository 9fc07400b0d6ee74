"""Compile the rulebook into probes: named conditions that either engine evaluates on facts.

Each rule compiles to *outcome* probes that are mutually exclusive: on a fact the rule applies
to, exactly one of them holds, and none holds on a fact it does not apply to. So the engine
fires one action per applied rule (per claim: actions are batched, see durable_adapter), and
the outcome names the finding directly.

For a rule (`base` = the fact's kind, the rule in force on the fact's law date, its `applies`):
  `<id>|pass|<i>`, `<id>|fail|<i>`   rate check: row i is the first row of the rate table in
                                     force for the fact, and the fact is within it / not;
  `<id>|norate`                      rate check: no row is in force for the fact;
  `<id>|pass`, `<id>|fail`           fixed-value, field-reference or condition check (`never`:
                                     only `fail`).
"The first row in force" is made exact by conjoining the negation of every earlier row that
could overlap it (rows proved disjoint, e.g. by their dates, are left out). Negation follows
the missing-field-is-false semantics of both engines (conditions.negate).

For a join (cross-claim rule; facts of kind `of` satisfying its `when` can be repeated):
  `<id>|applies`   the join is in force on the fact's law date (the fact gets a finding and
                   may be repeated by a later fact);
  `<id>|first`     not in force, but a later fact may still repeat it;
  `<id>|dup`       a pair: an `applies` fact sharing every `same` field with an earlier fact.
A probe too large for one durable-rules rule (31 expression entries) is split on a
disjunction into several probes with the same outcome; at most one outcome per rule holds.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..rulebook.load import Rulebook
from ..rulebook.schema import Join, Period, Rule
from . import conditions as c
from .facts import ALWAYS, day, key

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
                found |= _keys(node)
        return found


def _keys(node: c.Node) -> set[str]:
    if isinstance(node, c.Cmp) or isinstance(node, c.Exists):
        return {node.key}
    if isinstance(node, c.CmpRef):
        return {node.key, node.ref}
    return set().union(*(_keys(n) for n in node.items)) if node.items else set()


def _in_force(period: Period) -> list[c.Node]:
    nodes: list[c.Node] = []
    if period.from_:
        nodes.append(c.Cmp("law_date", "ge", day(period.from_)))
    if period.to:
        nodes.append(c.Cmp("law_date", "le", day(period.to)))
    return nodes


def rate_limit(rule: Rule, amount: int | float) -> int | float:
    """The limit a rate row sets for a rule: the amount, scaled by the check's percent and per."""
    factor = rule.check.factor
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


def _probes(name: str, level: str, node: c.Node, **meaning) -> list[Probe]:
    parts = _fit(node)
    if len(parts) == 1:
        return [Probe(name, level, parts[0], **meaning)]
    return [Probe(f"{name}#{k}", level, part, **meaning) for k, part in enumerate(parts)]


def rule_probes(book: Rulebook, rule: Rule, item: int) -> list[Probe]:
    always = ALWAYS[rule.level]
    base = c.conj(c.Cmp("t", "eq", rule.level), *_in_force(rule.valid), c.parse(rule.applies, rule.level))
    check = rule.check
    out: list[Probe] = []

    def add(suffix: str, node: c.Node, outcome: str, row: int | None = None) -> None:
        out.extend(_probes(f"{rule.id}|{suffix}", rule.level, node, item=item, outcome=outcome, row=row))

    if check.rate is not None:
        rows = book.rates[check.rate].values
        selects = [c.conj(*_in_force(row), c.parse(row.when, "line")) for row in rows]
        live = [i for i, s in enumerate(selects) if not c.disjoint(base, s)]  # rows the rule can reach
        for i in live:
            earlier = [c.negate(selects[j], always) for j in live if j < i
                       and not c.disjoint(c.conj(base, selects[j]), selects[i])]
            chosen = c.conj(base, selects[i], *earlier)
            within = c.Cmp(key(check.field), check.op, rate_limit(rule, rows[i].amount))
            add(f"pass|{i}", c.conj(chosen, within), "pass", i)
            add(f"fail|{i}", c.conj(chosen, c.negate(within, always)), "fail", i)
        add("norate", c.conj(base, *(c.negate(selects[j], always) for j in live)), "norate")
        return out
    if check.never:
        add("fail", base, "fail")
        return out
    if check.ref is not None:
        holds: c.Node = c.CmpRef(key(check.field), check.op, key(check.ref), check.factor)
    elif check.value is not None:
        holds = c.Cmp(key(check.field), check.op, c.parse({check.field: check.value}, rule.level).value)
    else:
        holds = c.parse(check.condition, rule.level)
    add("pass", c.conj(base, holds), "pass")
    add("fail", c.conj(base, c.negate(holds, always)), "fail")
    return out


def join_probes(join: Join, item: int) -> list[Probe]:
    kind = c.conj(c.Cmp("t", "eq", join.of), c.parse(join.when, join.of))
    in_force = c.conj(*_in_force(join.valid))
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
