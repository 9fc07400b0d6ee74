"""The pure-Python reference evaluator: the same probes as durable-rules, evaluated directly.

It is the oracle of the differential property test (tests/test_engines_agree.py).
"""

from __future__ import annotations

from .compile import Probe
from .conditions import holds

Hit = tuple[str, str | None]  # (probe name, line_id or None for the claim fact)


class ReferenceEvaluator:
    def __init__(self, probes: list[Probe]):
        self._by_level = {
            level: [p for p in probes if p.level == level] for level in ("claim", "line")
        }

    def hits(self, facts: list[dict]) -> set[Hit]:
        found: set[Hit] = set()
        for fact in facts:
            for probe in self._by_level[fact["t"]]:
                if holds(probe.node, fact):
                    found.add((probe.name, fact.get("line_id")))
        return found
