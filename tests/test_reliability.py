"""Any input gives decision records or a clean InputError (Vietnamese, nothing written), never a
crash; the records keep their invariants; durable-rules and the reference agree on claims made to
hit the rulebook's edges, evaluated many claims per engine session."""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compliance.bench.data import adversarial
from compliance.bench.run import invariants
from compliance.models import Claim
from compliance.readers import InputError, stream
from compliance.rulebook import load
from compliance.vetting.vetter import Vetter

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = json.loads((ROOT / "examples/quang-nam-2022/claims.json").read_text(encoding="utf-8"))["claims"]
BOOK = load()
DURABLE = Vetter(BOOK)
REFERENCE = Vetter(BOOK, "reference")

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-10**30, 10**30) | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=20)


def _vet(path: Path) -> list:
    """Records, or InputError with a message; anything else propagates and fails the test."""
    try:
        records = list(DURABLE.stream(stream([path])))
    except InputError as exc:
        assert exc.problems and all(p.message for p in exc.problems)
        assert str(exc)
        return []
    for record in records:
        assert not invariants(record), (record.claim_id, invariants(record))
    return records


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=json_values)
def test_any_json_value(tmp_path, value):
    path = tmp_path / "any.json"
    path.write_text(json.dumps(value, ensure_ascii=False), encoding="utf-8")
    _vet(path)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(values=st.lists(json_values, min_size=1, max_size=4), raw=st.binary(max_size=40))
def test_any_json_lines_and_bytes(tmp_path, values, raw):
    path = tmp_path / "any.jsonl"
    path.write_text("\n".join(json.dumps(v, ensure_ascii=False) for v in values), encoding="utf-8")
    _vet(path)
    path.write_bytes(raw)
    _vet(path)


MUTATIONS = [None, -1, 0, 10**18, 10**30, 1.5, float("1e308"), "", "x" * 600, "2022-02-30", "99999-01-01",
             "0001-01-01", [], {}, True, "Nguye\u0302\u0303n", "=HYPERLINK(\"http://x\",\"y\")"]


def _paths(obj, prefix=()):
    yield prefix
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from _paths(v, prefix + (k,))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from _paths(v, prefix + (i,))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 10**9), count=st.integers(1, 4))
def test_mutated_claims(tmp_path, seed, count):
    """Valid claims with a few values replaced, removed or added: records or a clean error."""
    rnd = random.Random(seed)
    claims = copy.deepcopy(rnd.sample(SAMPLE, 3))
    for _ in range(count):
        claim = rnd.choice(claims)
        path = rnd.choice(list(_paths(claim))[1:])
        parent = claim
        for step in path[:-1]:
            parent = parent[step]
        action = rnd.random()
        if action < 0.2 and isinstance(parent, dict):
            del parent[path[-1]]
        elif action < 0.3 and isinstance(parent, dict):
            parent[rnd.choice(["extra", "attributes", "grade"])] = rnd.choice(MUTATIONS)
        else:
            parent[path[-1]] = rnd.choice(MUTATIONS)
    target = tmp_path / "m.jsonl"
    target.write_text("\n".join(json.dumps(c, ensure_ascii=False) for c in claims), encoding="utf-8")
    _vet(target)


@pytest.mark.parametrize("seed", range(3))
def test_durable_and_reference_agree_on_the_rulebooks_edges(seed):
    claims = [Claim.model_validate(c) for c in adversarial(300, BOOK, seed=100 + seed)]
    durable = list(DURABLE.stream(claims))
    assert durable == list(REFERENCE.stream(claims))
    assert not [r.claim_id for r in durable if invariants(r)]
