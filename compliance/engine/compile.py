"""Compile the rulebook into probes: named conditions that either engine evaluates on facts.

For each rule:
  `<id>|applies`      the rule is in force on the fact's law date and its `applies` holds;
  `<id>|rate|<i>`     row i of the rate table is the one in force for this fact (ceilings);
  `<id>|pass|<i>`     ... and the fact is within it;
  `<id>|pass`         the fixed-value or condition check holds.
A rule that applies and has no `pass` hit fails: missing data fails closed.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..rulebook.load import Rulebook
from ..rulebook.schema import Period, Rule
from . import conditions as c
from .facts import day, key


@dataclass(frozen=True)
class Probe:
    name: str
    level: str
    node: c.Node


def _in_force(period: Period) -> list[c.Node]:
    nodes: list[c.Node] = []
    if period.from_:
        nodes.append(c.Cmp("law_date", "ge", day(period.from_)))
    if period.to:
        nodes.append(c.Cmp("law_date", "le", day(period.to)))
    return nodes


def _operand(rule: Rule):
    value = rule.check.value
    return c.parse({rule.check.field: value}, rule.level).value  # typed (dates -> YYYYMMDD)


def rule_probes(book: Rulebook, rule: Rule) -> list[Probe]:
    base = c.conj(c.Cmp("t", "eq", rule.level), *_in_force(rule.valid), c.parse(rule.applies, rule.level))
    probes = [Probe(f"{rule.id}|applies", rule.level, base)]
    check = rule.check
    if check.rate is not None:
        for i, row in enumerate(book.rates[check.rate].values):
            selected = c.conj(base, *_in_force(row), c.parse(row.when, "line"))
            probes.append(Probe(f"{rule.id}|rate|{i}", rule.level, selected))
            probes.append(Probe(f"{rule.id}|pass|{i}", rule.level,
                                c.conj(selected, c.Cmp(key(check.field), check.op, row.amount))))
    elif check.value is not None:
        probes.append(Probe(f"{rule.id}|pass", rule.level,
                            c.conj(base, c.Cmp(key(check.field), check.op, _operand(rule)))))
    elif check.condition is not None:
        probes.append(Probe(f"{rule.id}|pass", rule.level, c.conj(base, c.parse(check.condition, rule.level))))
    return probes


def compile_rulebook(book: Rulebook) -> list[Probe]:
    return [probe for rule in book.rules for probe in rule_probes(book, rule)]
