"""The pure-Python reference evaluator: the same probes as durable-rules, evaluated directly.

It is the oracle of the differential property test (tests/test_engines_agree.py).
"""

from __future__ import annotations

from .compile import Probe
from .conditions import holds

# (probe name, fact reference): the line_id of a line fact, None for the claim fact, the `seq`
# of a document or payee-day fact. A join hit is named `<probe>|<seq of the earlier fact>`.
Hit = tuple[str, str | int | None]


def fact_ref(fact: dict) -> str | int | None:
    return fact["seq"] if "seq" in fact else fact.get("line_id")


class ReferenceEvaluator:
    def __init__(self, probes: list[Probe]):
        self._single: dict[str, list[Probe]] = {}
        self._joins = [p for p in probes if p.first is not None]
        for p in probes:
            if p.first is None:
                self._single.setdefault(p.level, []).append(p)

    def hits(self, facts: list[dict]) -> set[Hit]:
        found: set[Hit] = set()
        for fact in facts:
            for probe in self._single.get(fact["t"], ()):
                if holds(probe.node, fact):
                    found.add((probe.name, fact_ref(fact)))
        for probe in self._joins:
            kind = [f for f in facts if f["t"] == probe.level]
            for later in kind:
                if not holds(probe.node, later):
                    continue
                for first in kind:
                    if (first["seq"] < later["seq"] and holds(probe.first, first)
                            and all(first[k] == later[k] for k in probe.same)
                            and all(first[k] != later[k] for k in probe.different)):
                        found.add((f"{probe.name}|{first['seq']}", later["seq"]))
        return found
