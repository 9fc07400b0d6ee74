"""durable-rules behind an adapter that avoids its known crash, hang and loss modes.

The adapter drives durable-rules' C engine (`durable_rules_engine`, the Rete network of the
pinned durable-rules==2.0.28) directly, without the Python `Host` around it: the Host spends
most of an evaluation on Python glue (a JSON round trip of the session state and its
re-matching after every action, §1.1: "the C assert_fact is about 4.5 µs of the 25 µs").
Here an action is what the engine hands back from `start_action_for_state` /
`complete_and_start_action`: the rule that fired and the facts it matched. No Python code runs
inside the engine and the session state is never written.

shared/domain/durable-rules-and-bdd.md §1.3 and §6.2, point by point:
F4/F5  no Host, so no background threads and no module-global registry: each evaluator creates
       its own ruleset (uniquely named) in the caller's thread;
F1     a fresh sid per session and delete_state in `finally`;
F2     a catch-all rule on every fact, so every session runs an action and no fact goes
       unhandled; its count of facts also proves no result was lost;
F3     nothing writes the state, and no rule tests a reserved key (conditions.py);
F6     no action code runs inside the engine, so nothing can be swallowed into the state; an
       engine error code or exception is raised as EngineError;
F7     glibc heap trimming is relaxed once at import (its brk churn slows the engine 2.5×), and
       large blocks stay on the heap (mmap/munmap of every session's state slows it 2.3×).

Speed. Every rule is dispatched with `cap`: the engine returns one action per rule per session
with all the facts it matched (instead of one per fact). Facts are sent with only the keys some
rule on their kind of fact reads, numbered by `_i`.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import itertools
import json
import re
import threading
from collections.abc import Iterable

import durable_rules_engine as rete  # public: the tests inject its faults here
import orjson

from ..rulebook import conditions as c
from ..rulebook.fields import CATEGORIES
from .compile import Probe
from .reference import Hits

CATCH_ALL = "_catch_all"
_POSITION = re.compile(r'"_i":(\d+)')  # as orjson writes it: no spaces
_POSITION_KEY = '"_i":'
CAP = 65535  # most facts one action receives (durable-rules stores `cap` in 16 bits); more just means more actions


def _relax_malloc_trimming() -> None:
    libc_name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(libc_name)
        mallopt = libc.mallopt
    except (OSError, AttributeError, TypeError):  # not glibc: nothing to tune
        return
    M_TRIM_THRESHOLD, M_TOP_PAD, M_MMAP_THRESHOLD = -1, -2, -3
    mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024)
    mallopt(M_TOP_PAD, 16 * 1024 * 1024)
    # Setting the above turns off glibc's adaptive mmap threshold: every session's state (a few hundred
    # KB with ~400 rules) would then be mmap'ed and munmap'ed, fresh zeroed pages each time (measured
    # 2.3x slower with one session per claim). Keep such blocks on the heap, where they are reused.
    mallopt(M_MMAP_THRESHOLD, 64 * 1024 * 1024)


_relax_malloc_trimming()


class EngineError(RuntimeError):
    """durable-rules failed on a claim; the claim is not decided."""


def ruleset(probes: list[Probe]) -> dict:
    """The durable-rules ruleset of the probes, each rule dispatched with `cap`, plus the catch-all."""
    rules = {p.name: {**p.to_durable(), "cap": CAP} for p in probes}
    rules[CATCH_ALL] = {"all": [{"m": {"$ex": {"t": 1}}}], "cap": CAP}
    return rules


def engine_keys(probes: list[Probe]) -> tuple[str, ...]:
    """The fact keys some probe reads: all the engine needs to see of a fact."""
    return tuple(sorted(set().union({"t"}, *(p.keys() for p in probes))))


def engine_facts(facts: Iterable[dict], keys: tuple[str, ...] | Keys, sid: str) -> list[dict]:
    """Facts as the engine receives them: the keys it reads (all of `keys`, or those `keys` gives for the
    fact's kind and category), `_i` (position), `sid`."""
    out = []
    for i, fact in enumerate(facts):
        wanted: tuple[str, ...]
        if isinstance(keys, dict):
            wanted = keys.get((fact["t"], fact.get("category", ""))) or keys.get(fact["t"], ("t",))
        else:
            wanted = keys
        small = {k: fact[k] for k in wanted if k in fact}
        small["_i"] = i
        small["sid"] = sid
        out.append(small)
    return out


Keys = dict[str | tuple[str, str], tuple[str, ...]]  # kind, or (kind, category) -> the keys the engine reads


def categories(probe: Probe) -> frozenset[str] | None:
    """The categories a single-fact probe requires at the top of its condition (`category: x` or
    `{in: [..]}` in a conjunction); None when it may hold on any."""
    if probe.first is not None:  # a join reads two facts: the earlier one may be of any category
        return None
    return c.required(probe.node).get("category")


def engine_keys_by_kind(probes: list[Probe]) -> Keys:
    """For each kind of fact, the keys the probes on that kind read (a join's probe reads both facts);
    and for each kind and category, those of the probes that can hold on that category: a probe that
    requires another category fails on its `category` test whatever the fact's other keys (measured:
    the engine's calls ~20 % faster with a line's keys cut from 56 to ~25)."""
    kinds: dict[str, set[str]] = {}
    for p in probes:
        kinds.setdefault(p.level, {"t"}).update(p.keys())
    out: Keys = {kind: tuple(sorted(keys)) for kind, keys in kinds.items()}
    by_category: dict[tuple[str, str], set[str]] = {}
    for p in probes:
        for category in categories(p) or CATEGORIES:
            by_category.setdefault((p.level, category), {"t", "category"}).update(p.keys())
    out.update({kind: tuple(sorted(keys)) for kind, keys in by_category.items()})
    return out


class DurableEvaluator:
    """Evaluates probes on the facts of one claim (or a few) in one durable-rules session.

    `record=False` runs the same sessions and takes the same actions from the engine, but reads
    none of them (the bench's `durable_raw`)."""

    def __init__(self, probes: list[Probe], name: str, record: bool = True):
        names = [p.name for p in probes]
        if len(set(names)) != len(names):
            raise ValueError("probe names must be unique")
        self.keys = engine_keys_by_kind(probes)
        self._numbers = {p.name: i for i, p in enumerate(probes)}
        self._numbers[CATCH_ALL] = -1
        self._record = record
        self._handle = rete.create_ruleset(name, json.dumps(ruleset(probes), ensure_ascii=False))
        self._seq = itertools.count()
        self._lock = threading.Lock()  # the C engine never releases the GIL: serialise

    def run(self, batch: list[dict], sid: str) -> list[str]:
        """Assert prepared engine facts (`engine_facts`) in the fresh session `sid`; the actions the
        engine returned, as its JSON texts ({probe name: [matched frames]})."""
        text = orjson.dumps(batch).decode()  # ~14x faster than json.dumps: it was a quarter of the engine's time
        actions: list[str] = []
        with self._lock:
            try:
                code, state = rete.assert_facts(self._handle, text)
                # Take the session's actions even when a fact was refused: deleting a session
                # whose actions never started reads uninitialised memory (F2).
                started = rete.start_action_for_state(self._handle, state)
                action = started[1] if started else None
                while action:
                    if self._record:
                        actions.append(action)
                    action = rete.complete_and_start_action(self._handle, state)
            finally:
                rete.delete_state(self._handle, sid)
        if code:  # 1: no rule matched a fact, 2: the fact was already in the session
            raise EngineError(f"durable-rules từ chối dữ kiện (mã {code})")
        return actions

    def hits(self, facts: list[dict]) -> Hits:
        sid = f"s{next(self._seq)}"
        try:
            actions = self.run(engine_facts(facts, self.keys, sid), sid)
        except EngineError:
            raise
        except Exception as error:  # the C engine's own errors (e.g. MemoryError, F1)
            raise EngineError(f"lỗi của durable-rules: {error!r}") from error
        found = Hits()
        of, numbers = found.of, self._numbers
        seen = 0
        for action in actions:
            name = action[2:action.index('"', 2)]  # {"<probe name>":[frames]}: one rule per action
            number = numbers[name]
            if "|dup" in name:  # a join: later/earlier for each pair
                for frame in json.loads(action)[name]:
                    found.pairs.add((number, frame["b"]["_i"], frame["a"]["_i"]))
                continue
            # The engine returns each fact as it was sent, `_i` near its end; inside a string value
            # a quote is escaped, so this pattern only meets the key itself.
            if number == -1:
                seen += action.count(_POSITION_KEY)
                continue
            numbered = _POSITION.findall(action)
            for i in map(int, numbered):
                found_on = of.get(i)
                if found_on is None:
                    of[i] = {number}
                else:
                    found_on.add(number)
        if seen != len(facts):
            raise EngineError("quy tắc bắt-tất-cả không chạy cho mọi dữ kiện: kết quả phiên bị mất")
        return found
