"""durable-rules behind an adapter that avoids its known crash, hang and loss modes.

shared/domain/durable-rules-and-bdd.md §1.3 and §6.2, point by point:
F4/F7  a Host whose _run() does nothing: no background threads steal actions;
F5     one host per evaluator, created and registered in the caller's thread;
F1     a fresh sid per claim and delete_state in `finally`;
F2     a catch-all rule on every fact, so every session runs an action and no fact goes
       unhandled (assert_facts raises MessageNotHandledException for a fact no rule matches);
F3     actions write only the reserved state key `_hits`; no rule tests a reserved key;
F6     an exception swallowed into the state, or a missing state, is raised;
F7     glibc heap trimming is relaxed once at import (its brk churn slows the engine 2.5×), and
       large blocks stay on the heap (mmap/munmap of every session's state slows it 2.3×).

Speed. Every rule is dispatched with `cap`: durable-rules runs its action once per session
with all the facts it matched (instead of once per fact), so a claim costs one action per
outcome that occurs in it, whatever its number of lines. Each action appends `probe:fact,fact,…;` to the string
`_hits`: durable-rules re-serialises the state after every action, and a string costs a copy
where a list of lists costs an encoding of every element (O(n²) over a session). Facts are sent with only the keys some rule reads, numbered by `_i`.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import itertools
import threading
from collections.abc import Iterable

import durable.engine as engine

from .compile import Probe
from .reference import Hits

CATCH_ALL = "_catch_all"
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
    rules = {p.name: {**p.to_durable(), "cap": CAP, "run": p.name} for p in probes}
    rules[CATCH_ALL] = {"all": [{"m": {"$ex": {"t": 1}}}], "cap": CAP, "run": CATCH_ALL}
    return rules


def engine_keys(probes: list[Probe]) -> tuple[str, ...]:
    """The fact keys some probe reads: all the engine needs to see of a fact."""
    return tuple(sorted(set().union({"t"}, *(p.keys() for p in probes))))


def engine_facts(facts: Iterable[dict], keys: tuple[str, ...] | dict[str, tuple[str, ...]], sid: str) -> list[dict]:
    """Facts as the engine receives them: the keys it reads (all of `keys`, or `keys[kind of fact]`),
    `_i` (position), `sid`."""
    out = []
    by_kind = keys if isinstance(keys, dict) else None
    for i, fact in enumerate(facts):
        wanted = by_kind.get(fact["t"], ("t",)) if by_kind is not None else keys
        small = {k: fact[k] for k in wanted if k in fact}
        small["_i"] = i
        small["sid"] = sid
        out.append(small)
    return out


def engine_keys_by_kind(probes: list[Probe]) -> dict[str, tuple[str, ...]]:
    """For each kind of fact, the keys the probes on that kind read (a join's probe reads both facts)."""
    kinds: dict[str, set[str]] = {}
    for p in probes:
        kinds.setdefault(p.level, {"t"}).update(p.keys())
    return {kind: tuple(sorted(keys)) for kind, keys in kinds.items()}


class _QuietHost(engine.Host):
    def __init__(self, numbers: dict[str, int] | None = None, record: bool = True):
        self._numbers = numbers or {}
        self._record = record
        super().__init__()

    def _run(self):  # no timer threads (F4, F7)
        pass

    def get_action(self, action_name):
        number = -1 if action_name == CATCH_ALL else self._numbers[action_name]
        if not self._record:
            def nothing(c):
                pass
            return nothing
        if "|dup" in action_name:
            def record_pairs(c):  # a join: later/earlier for each pair
                state = c.s._d
                state["_hits"] = (state.get("_hits", "") + f"{number}:"
                                  + ",".join(f"{m._d['b']['_i']}/{m._d['a']['_i']}" for m in c.m) + ";")
            return record_pairs

        def record(c):
            state = c.s._d
            state["_hits"] = state.get("_hits", "") + f"{number}:" + ",".join(str(m._d["_i"]) for m in c.m) + ";"
        return record


class DurableEvaluator:
    """Evaluates probes on the facts of one claim in one durable-rules session.

    `record=False` gives the same rules with no-op actions (the bench's `durable_raw`)."""

    def __init__(self, probes: list[Probe], name: str, record: bool = True):
        names = [p.name for p in probes]
        if len(set(names)) != len(names):
            raise ValueError("probe names must be unique")
        self.keys = engine_keys_by_kind(probes)
        self._name = name
        self._host = _QuietHost({p.name: i for i, p in enumerate(probes)}, record)
        self._host.set_rulesets({name: ruleset(probes)})
        self._seq = itertools.count()
        self._lock = threading.Lock()  # the C engine never releases the GIL: serialise

    def run(self, batch: list[dict], sid: str) -> dict:
        """Assert prepared engine facts (`engine_facts`) in the fresh session `sid`; the final state."""
        with self._lock:
            try:
                return self._host.assert_facts(self._name, batch)
            finally:
                self._host.delete_state(self._name, sid)

    def hits(self, facts: list[dict]) -> Hits:
        sid = f"s{next(self._seq)}"
        state = self.run(engine_facts(facts, self.keys, sid), sid)
        if not isinstance(state, dict):
            raise EngineError(f"durable-rules trả về {state!r} thay vì trạng thái phiên")
        if "exception" in state:
            raise EngineError(f"lỗi trong hành động của quy tắc: {state['exception']}")
        found = Hits()
        seen = 0
        for entry in state.get("_hits", "").split(";")[:-1]:
            number, _, refs = entry.partition(":")
            number = int(number)
            if number == -1:
                seen += refs.count(",") + 1
            elif "/" in refs:
                for pair in refs.split(","):
                    later, _, earlier = pair.partition("/")
                    found.pairs.add((number, int(later), int(earlier)))
            else:
                of = found.of
                for i in map(int, refs.split(",")):
                    if i in of:
                        of[i].add(number)
                    else:
                        of[i] = {number}
        if seen != len(facts):
            raise EngineError("quy tắc bắt-tất-cả không chạy cho mọi dữ kiện: kết quả phiên bị mất")
        return found
