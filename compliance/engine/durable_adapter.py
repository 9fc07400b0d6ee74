"""durable-rules behind an adapter that avoids its known crash, hang and loss modes.

shared/domain/durable-rules-and-bdd.md §1.3 and §6.2, point by point:
F4/F7  a Host whose _run() does nothing: no background threads steal actions;
F5     one host per evaluator, created and registered in the caller's thread;
F1     a fresh sid per claim and delete_state in `finally`;
F2     a catch-all rule on every fact, so every session runs an action and no fact goes
       unhandled (assert_facts raises MessageNotHandledException for a fact no rule matches);
F3     actions write only the reserved state key `_hits`; no rule tests a reserved key;
F6     an exception swallowed into the state, or a missing state, is raised;
F7     glibc heap trimming is relaxed once at import (its brk churn slows the engine 2.5×).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import itertools
import threading

import durable.engine as engine

from .compile import Probe
from .reference import Hit, fact_ref

CATCH_ALL = "_catch_all"


def _relax_malloc_trimming() -> None:
    libc_name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(libc_name)
        mallopt = libc.mallopt
    except (OSError, AttributeError, TypeError):  # not glibc: nothing to tune
        return
    M_TRIM_THRESHOLD, M_TOP_PAD = -1, -2
    mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024)
    mallopt(M_TOP_PAD, 16 * 1024 * 1024)


_relax_malloc_trimming()


class EngineError(RuntimeError):
    """durable-rules failed on a claim; the claim is not decided."""


class _QuietHost(engine.Host):
    def _run(self):  # no timer threads (F4, F7)
        pass

    def get_action(self, action_name):
        def record(c):
            if c.b is not None:  # a join: name the earlier fact, refer to the later one
                hit = [f"{action_name}|{c.a._d['seq']}", c.b._d["seq"]]
            else:
                hit = [action_name, fact_ref(c.m._d)]
            state = c.s._d
            state["_hits"] = state.get("_hits", []) + [hit]
        return record


class DurableEvaluator:
    def __init__(self, probes: list[Probe], name: str):
        names = [p.name for p in probes]
        if len(set(names)) != len(names):
            raise ValueError("probe names must be unique")
        ruleset = {p.name: {**p.to_durable(), "run": p.name} for p in probes}
        ruleset[CATCH_ALL] = {"all": [{"m": {"$ex": {"t": 1}}}], "run": CATCH_ALL}
        self._name = name
        self._host = _QuietHost()
        self._host.set_rulesets({name: ruleset})
        self._seq = itertools.count()
        self._lock = threading.Lock()  # the C engine never releases the GIL: serialise

    def hits(self, facts: list[dict]) -> set[Hit]:
        sid = f"s{next(self._seq)}"
        batch = [dict(fact, sid=sid) for fact in facts]
        with self._lock:
            try:
                state = self._host.assert_facts(self._name, batch)
            finally:
                self._host.delete_state(self._name, sid)
        if not isinstance(state, dict):
            raise EngineError(f"durable-rules trả về {state!r} thay vì trạng thái phiên")
        if "exception" in state:
            raise EngineError(f"lỗi trong hành động của quy tắc: {state['exception']}")
        hits = state.get("_hits", [])
        if sum(name == CATCH_ALL for name, _ in hits) != len(facts):
            raise EngineError("quy tắc bắt-tất-cả không chạy cho mọi dữ kiện: kết quả phiên bị mất")
        return {(name, line) for name, line in hits if name != CATCH_ALL}
