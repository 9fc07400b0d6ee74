"""The pure-Python reference evaluator: the same probes as durable-rules, evaluated directly.

It is the oracle of the differential property test (tests/test_engines_agree.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from .compile import Probe
from ..rulebook.conditions import All, Cmp, Node, holds


@dataclass
class Hits:
    """What the probes found on the facts of one session (facts are numbered by position).

    `of`: fact number -> numbers of the single-fact probes that hold on it;
    `pairs`: (join probe number, later fact number, earlier fact number) for each repeat."""

    of: dict[int, set[int]] = field(default_factory=dict)
    pairs: set[tuple[int, int, int]] = field(default_factory=set)
    _by_later: dict[int, list[tuple[int, int]]] | None = field(default=None, repr=False, compare=False)

    def pairs_of(self, later: int) -> list[tuple[int, int]]:
        """(probe, earlier fact) of the pairs whose later fact is `later`."""
        if self._by_later is None:
            self._by_later = {}
            for n, i, j in self.pairs:
                self._by_later.setdefault(i, []).append((n, j))
        return self._by_later.get(later, [])


class Evaluator(Protocol):
    """What vets a session of facts: durable-rules (durable_adapter.DurableEvaluator) or this module's."""

    def hits(self, facts: list[dict]) -> Hits: ...


def _category(node: Node) -> str | None:
    """The category a probe requires (`category == x` among its top-level conditions), if any."""
    items = node.items if isinstance(node, All) else (node,)
    return next((n.value for n in items if isinstance(n, Cmp) and n.key == "category" and n.op == "eq"), None)


class ReferenceEvaluator:
    def __init__(self, probes: list[Probe]):
        # level -> category (None: any) -> probes; a fact is tested against its category's and None's
        self._single: dict[str, dict[str | None, list[tuple[int, Probe]]]] = {}
        self._joins = [(n, p, p.first) for n, p in enumerate(probes) if p.first is not None]
        for n, p in enumerate(probes):
            if p.first is None:
                self._single.setdefault(p.level, {}).setdefault(_category(p.node), []).append((n, p))

    def hits(self, facts: list[dict]) -> Hits:
        found = Hits()
        for i, fact in enumerate(facts):
            by_category = self._single.get(fact["t"])
            if not by_category:
                continue
            for probes in (by_category.get(None, ()), by_category.get(fact.get("category"), ()) if
                           fact.get("category") is not None else ()):
                for n, probe in probes:
                    if holds(probe.node, fact):
                        found.of.setdefault(i, set()).add(n)
        for n, probe, on_first in self._joins:  # on_first: the condition on the earlier fact
            groups: dict[tuple, list[tuple[int, dict]]] = {}  # facts that share every `same` key
            for i, fact in enumerate(facts):
                if fact["t"] == probe.level and all(k in fact for k in probe.same):
                    groups.setdefault(tuple(fact[k] for k in probe.same), []).append((i, fact))
            for group in groups.values():
                if len(group) < 2:
                    continue
                for i, later in group:
                    if not holds(probe.node, later):
                        continue
                    for j, first in group:
                        if (first["seq"] < later["seq"] and holds(on_first, first)
                                and all(first[k] != later[k] for k in probe.different)):
                            found.pairs.add((n, i, j))
        return found
