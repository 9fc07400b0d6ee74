"""The batch's cross-claim joins (rulebook `joins:`): the facts they are about and the index of earlier facts.

Each claim's documents and payee-days become join facts, numbered (`seq`) in input order across the
batch. A session's join facts are evaluated together with the first earlier fact of each of their join
keys: the index plays the part of the engine's memory of earlier sessions, so a session never holds the
whole batch. The index keeps, per join key, the first fact a later one may repeat (only the keys the
engine and the messages read, as JSON text); it spills to disk past a bound (spill.py). `vet --jobs`
gives a chunk its own index (vetting/parallel.py): anything with `get_texts` and `add_texts`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Protocol

from .. import spill
from ..models import Claim
from ..rulebook import Rulebook
from ..rulebook import conditions as c
from ..spill import SpillMap, decode, encode, key_text
from .compile import Probe
from .facts import join_facts

JoinKey = tuple[int, str]  # (join number, join key as text)


class Index(Protocol):
    def get_texts(self, keys: list[str]) -> dict[str, str]: ...

    def add_texts(self, items: list[tuple[str, str]]) -> None: ...


Need = tuple[tuple[str, frozenset[str]], ...]  # (key, the texts its value must be one of) of one probe


@dataclass(frozen=True)
class JoinPlan:
    """What the batch's joins need of join facts, from the rulebook's joins and their compiled probes."""

    kept: tuple[str, ...]  # the keys of a join fact the engine and the messages read: all an earlier fact keeps
    needs: dict[str, tuple[Need, ...]]  # per kind of join fact, what the probes on it require (the weakest only)
    # Per kind of join fact: (fields, key name, join numbers) of each group of joins that match on the same
    # fields and may repeat the same facts (`when`), as each period's version of a join does. They keep the
    # same first fact per key, so they share one key (named after the first of them) and one stored fact.
    groups: dict[str, tuple[tuple[tuple[str, ...], str, tuple[int, ...]], ...]]

    def matters(self, fact: dict) -> bool:
        """False for a fact no join can match (a payment voucher when only invoices and contracts may be
        repeated): it is left out of the session and the index. A value that is not text is kept."""
        for need in self.needs.get(fact["t"], ()):
            for k, allowed in need:
                value = fact.get(k)
                if isinstance(value, str) and value not in allowed:
                    break
            else:
                return True
        return False


def join_plan(book: Rulebook, probes: Iterable[Probe]) -> JoinPlan:
    grouped: dict[tuple[str, tuple[str, ...], str], list[int]] = {}
    for j, join in enumerate(book.joins):
        grouped.setdefault((join.of, tuple(join.same), repr(c.parse(join.when, join.of))), []).append(j)
    groups: dict[str, list[tuple[tuple[str, ...], str, tuple[int, ...]]]] = {"document": [], "person_day": []}
    for (of, same, _), members in grouped.items():
        groups.setdefault(of, []).append((same, book.joins[members[0]].id, tuple(members)))
    kept = {"t", "seq", "claim_id", "line_id", "category"}
    needs: dict[str, set[frozenset[tuple[str, frozenset[str]]]]] = {}
    for probe in probes:
        if probe.kind == "join":
            kept |= probe.keys()
            for node in (probe.node, probe.first):  # a pair's earlier fact as well as its later one
                if node is not None:
                    need = frozenset((k, v) for k, v in c.required(node).items() if k != "t")
                    needs.setdefault(probe.level, set()).add(need)
    # a need that adds to another is met only when that one is: the other alone decides
    weakest = {level: tuple(tuple(sorted(n)) for n in found if not any(m < n for m in found))
               for level, found in needs.items()}
    return JoinPlan(tuple(sorted(kept)), weakest, {of: tuple(found) for of, found in groups.items()})


class Joins:
    """Join facts numbered from `seq`, looked up in and remembered by `index` (a SpillMap by default)."""

    def __init__(self, book: Rulebook, plan: JoinPlan, index: Index | None = None, seq: int = 0):
        self.active = bool(book.joins)
        self.plan = plan
        self.index: Index = index if index is not None else SpillMap("join", bound=spill.JOIN_BOUND)
        self.seq = seq

    def facts(self, claim: Claim, law_as_of: dt.date | None) -> list[dict[str, Any]]:
        """The claim's join facts, numbered after the batch's earlier ones."""
        if not self.active:
            return []
        joined = join_facts(claim, self.seq, law_as_of, self.plan.matters)
        self.seq += len(joined)
        return joined

    def keys(self, fact: dict) -> list[JoinKey]:
        """(join number, join key as text) of each join the fact may repeat or be repeated under: its group's
        name then the fields as JSON (`[…]`; no join id holds a bracket)."""
        found: list[JoinKey] = []
        for same, name, members in self.plan.groups[fact["t"]]:
            text = name + key_text(tuple(fact[k] for k in same))
            found += [(j, text) for j in members]
        return found

    def earlier(self, keys: list[str]) -> list[dict]:
        """The earlier facts (one per key) that facts with these keys may repeat, in seq order, once each."""
        found = {}
        for stored in self.index.get_texts(list(dict.fromkeys(keys))).values():
            fact = decode(stored)
            found[fact["seq"]] = fact
        return [found[s] for s in sorted(found)]

    def remember(self, joined: list[tuple[int, dict, list[JoinKey]]],
                 remembered: Callable[[int], set[int]]) -> None:
        """Keep, per join key, the first fact a later one may repeat. `joined`: (fact number in the
        session, fact, its keys); `remembered(number)`: the joins that fact may be repeated under."""
        kept = []
        for i, fact, fact_keys in joined:
            joins = remembered(i)
            if not joins:
                continue
            texts = list(dict.fromkeys(k for j, k in fact_keys if j in joins))  # a group's joins share a key
            if texts:
                small = encode({name: fact[name] for name in self.plan.kept if name in fact})
                kept += [(k, small) for k in texts]
        if kept:
            self.index.add_texts(kept)

    def close(self) -> None:
        if isinstance(self.index, SpillMap):
            self.index.close()
