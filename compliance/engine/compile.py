"""Compile the rulebook into probes: named conditions that either engine evaluates on facts.

For each rule:
  `<id>|applies`      the rule is in force on the fact's law date and its `applies` holds;
  `<id>|rate|<i>`     row i of the rate table is the one in force for this fact (ceilings);
  `<id>|pass|<i>`     ... and the fact is within it;
  `<id>|pass`         the fixed-value, field-reference or condition check holds.
A rule that applies and has no `pass` hit fails: missing data fails closed.
For each join (cross-claim rule):
  `<id>|first`        a document / payee-day fact the join may be repeated from (its `when` holds);
  `<id>|applies`      ... and the join is in force on its law date (it can be a repeat);
  `<id>|dup`          a pair: an `applies` fact sharing every `same` field with an earlier `first` fact.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..rulebook.load import Rulebook
from ..rulebook.schema import Join, Period, Rule
from . import conditions as c
from .facts import day, key


@dataclass(frozen=True)
class Probe:
    name: str
    level: str  # the kind of fact it tests: claim, line, document, person_day
    node: c.Node  # the condition on the fact (for a join: on the later fact)
    first: c.Node | None = None  # join only: the condition on the earlier fact
    same: tuple[str, ...] = ()  # join only: keys both facts share
    different: tuple[str, ...] = ()  # join only: keys that must differ

    def to_durable(self) -> dict:
        if self.first is not None:
            return {"all": c.join_to_durable(self.first, self.node, list(self.same), list(self.different))}
        return {"all": [{"m": c.to_durable(self.node)}]}


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


def rule_probes(book: Rulebook, rule: Rule) -> list[Probe]:
    base = c.conj(c.Cmp("t", "eq", rule.level), *_in_force(rule.valid), c.parse(rule.applies, rule.level))
    probes = [Probe(f"{rule.id}|applies", rule.level, base)]
    check = rule.check
    if check.rate is not None:
        for i, row in enumerate(book.rates[check.rate].values):
            selected = c.conj(base, *_in_force(row), c.parse(row.when, "line"))
            probes.append(Probe(f"{rule.id}|rate|{i}", rule.level, selected))
            probes.append(Probe(f"{rule.id}|pass|{i}", rule.level,
                                c.conj(selected, c.Cmp(key(check.field), check.op, rate_limit(rule, row.amount)))))
    elif check.ref is not None:
        probes.append(Probe(f"{rule.id}|pass", rule.level,
                            c.conj(base, c.CmpRef(key(check.field), check.op, key(check.ref), check.factor))))
    elif check.value is not None:
        operand = c.parse({check.field: check.value}, rule.level).value  # typed: dates become YYYYMMDD
        probes.append(Probe(f"{rule.id}|pass", rule.level, c.conj(base, c.Cmp(key(check.field), check.op, operand))))
    elif check.condition is not None:
        probes.append(Probe(f"{rule.id}|pass", rule.level, c.conj(base, c.parse(check.condition, rule.level))))
    return probes


def join_probes(join: Join) -> list[Probe]:
    kind = c.conj(c.Cmp("t", "eq", join.of), c.parse(join.when, join.of))
    later = c.conj(kind, *_in_force(join.valid))
    return [Probe(f"{join.id}|first", join.of, kind), Probe(f"{join.id}|applies", join.of, later),
            Probe(f"{join.id}|dup", join.of, later, first=kind, same=tuple(join.same),
                  different=tuple(join.different))]


def compile_rulebook(book: Rulebook) -> list[Probe]:
    probes = [probe for rule in book.rules for probe in rule_probes(book, rule)]
    return probes + [probe for join in book.joins for probe in join_probes(join)]
