"""Regression tests: the adapter prevents each durable-rules failure mode (F1-F7) of
shared/domain/durable-rules-and-bdd.md §1.3."""

from __future__ import annotations

import subprocess
import sys
import threading

import pytest

from compliance.rulebook import conditions
from compliance.engine.compile import compile_rulebook
from compliance.engine import durable_adapter
from compliance.engine.durable_adapter import DurableEvaluator, EngineError
from compliance.models import Claim
from compliance.rulebook import load
from compliance.vetting.vetter import Vetter

BOOK = load()


def claim(i: int, day: str = "2022-11-08", price: int = 200000) -> Claim:
    return Claim.model_validate({
        "claim_id": f"HS-{i}", "unit": {"code": "STC", "level": "province"}, "fiscal_year": 2022,
        "subproject": "TDA2", "activity": {"kind": "inspection", "start_date": day},
        "line_items": [{"line_id": "1", "category": "per_diem", "quantity": 2, "unit_price": price,
                        "amount": 2 * price}],
    })


def test_f1_many_more_claims_than_live_sessions():
    """More than 1024 sessions in one ruleset: each session is deleted, so no MemoryError/segfault."""
    vetter = Vetter(BOOK)
    doc = vetter.document([claim(i, price=200000 + i % 2) for i in range(5000)])
    assert len(doc.claims) == 5000
    assert [c.decision for c in doc.claims[:4]] == ["approve", "flag", "approve", "flag"]


def test_f2_claims_matching_only_the_catch_all():
    """A claim no claim-level rule is in force for (1990) matches only the catch-all; deleting its state is safe.
    Its lines are before Circular 46/2022: a person must vet them."""
    vetter = Vetter(BOOK)
    doc = vetter.document([claim(i, day="1990-01-01") for i in range(2000)])
    budgets = {b.id for b in BOOK.budgets}  # charged after the engine, not rules
    assert all(f.rule_id in budgets for c in doc.claims for f in c.findings)  # the claim fact: catch-all only
    reasons = {f.reason for c in doc.claims for line in c.lines for f in line.findings}
    assert reasons == {"manual_review"}


@pytest.mark.parametrize("field", ["sid", "id", "t", "_hits", "exception"])
def test_f3_rules_cannot_test_reserved_keys(field):
    with pytest.raises(conditions.ConditionError):
        conditions.parse({field: "x"}, "line")


def test_f4_no_background_threads():
    before = threading.active_count()
    vetter = Vetter(BOOK)
    vetter.document([claim(i) for i in range(50)])
    assert threading.active_count() == before


def test_f5_concurrent_use_from_threads_agrees_with_reference():
    vetter = Vetter(BOOK)
    reference = Vetter(BOOK, "reference")
    batch = [claim(i, price=199990 + i) for i in range(25)]
    expected = [reference.judge_claim(c) for c in batch]
    results: dict[int, list] = {}

    def work(n: int) -> None:
        results[n] = [vetter.judge_claim(c) for c in batch]

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(results[n] == expected for n in range(4))


from compliance.engine.facts import facts_for

CLAIM_FACT = facts_for(claim(1))  # the claim fact and its line


def test_f4_f6_no_action_code_runs_in_the_engine():
    """No Host: the engine hands actions back instead of calling Python, so nothing can be
    swallowed into the state (F6) and no poller can take an action (F4)."""
    evaluator = DurableEvaluator(compile_rulebook(BOOK), "no_host")
    assert not hasattr(evaluator, "_host")
    assert evaluator.hits(CLAIM_FACT).of[1]  # the line's rules fired


def test_f6_an_engine_error_mid_session_is_raised_and_the_session_deleted(monkeypatch):
    evaluator = DurableEvaluator(compile_rulebook(BOOK), "engine_error")
    real = durable_adapter.rete.complete_and_start_action

    def broken(handle, state):
        raise RuntimeError("kaboom")

    monkeypatch.setattr(durable_adapter.rete, "complete_and_start_action", broken)
    with pytest.raises(EngineError, match="kaboom"):
        evaluator.hits(CLAIM_FACT)
    monkeypatch.setattr(durable_adapter.rete, "complete_and_start_action", real)
    assert evaluator.hits(CLAIM_FACT).of  # the failed session was deleted; the next one runs


@pytest.mark.parametrize("code", [1, 2])
def test_a_fact_the_engine_refuses_is_an_error_never_an_approval(monkeypatch, code):
    evaluator = DurableEvaluator(compile_rulebook(BOOK), f"refused_{code}")
    real = durable_adapter.rete.assert_facts
    monkeypatch.setattr(durable_adapter.rete, "assert_facts", lambda handle, text: (code, real(handle, text)[1]))
    with pytest.raises(EngineError, match=f"mã {code}"):
        evaluator.hits(CLAIM_FACT)


def test_a_lost_hit_is_an_error(monkeypatch):
    """If an action went missing, the catch-all's count of facts gives it away."""
    evaluator = DurableEvaluator(compile_rulebook(BOOK), "lost_hit")
    real = durable_adapter.rete.complete_and_start_action

    def drop_catch_all(handle, state):
        action = real(handle, state)
        while action and durable_adapter.CATCH_ALL in action:
            action = real(handle, state)
        return action

    monkeypatch.setattr(durable_adapter.rete, "complete_and_start_action", drop_catch_all)
    with pytest.raises(EngineError, match="bắt-tất-cả"):
        evaluator.hits(CLAIM_FACT)


def test_claim_and_line_rules_run_in_one_session():
    """One assert per claim: the claim fact and its line facts are judged together."""
    vetter = Vetter(BOOK)
    training = Claim.model_validate({
        "claim_id": "HS-T", "unit": {"code": "SLDTBXH", "level": "province"}, "fiscal_year": 2022,
        "subproject": "TDA1", "activity": {"kind": "training", "start_date": "2022-11-08", "end_date": "2022-11-10"},
        "line_items": [{"line_id": "1", "category": "per_diem", "quantity": 1, "unit_price": 1, "amount": 1}],
    })
    record = vetter.judge_claim(training)
    assert {f.rule_id for f in record.findings} == {"qd45.d12.k5", "qn2022.tap_huan.thoi_gian"}
    assert {f.rule_id for f in record.lines[0].findings} >= {"tt46.d23.k1", "tt40.d6.k1", "ktoan.d16.so_hoc"}


JOIN_FUZZ = """
import random, sys
from compliance.rulebook import conditions as c
from compliance.engine.compile import Probe
from compliance.engine.durable_adapter import DurableEvaluator
from compliance.engine.reference import ReferenceEvaluator
rnd = random.Random(7)
kind = c.conj(c.Cmp("t", "eq", "person_day"))
probes = [Probe("j|applies", "person_day", kind),
          Probe("j|dup", "person_day", kind, first=kind, same=("payee", "day", "category")),
          Probe("k|dup", "person_day", kind, first=kind, same=("payee",), different=("claim_id",))]
durable, reference = DurableEvaluator(probes, "join_fuzz"), ReferenceEvaluator(probes)
for n in range(400):
    # small sessions (one claim) and large ones (a session of many claims: cap delivers many pairs at once)
    size = rnd.randint(1, 8) if n % 2 else rnd.randint(20, 120)
    facts = [{"t": "person_day", "seq": i, "line_id": "1", "payee": rnd.choice("abc"), "day": rnd.choice([1, 2, 3]),
              "category": rnd.choice("xy"), "claim_id": rnd.choice(["c1", "c2", "c3", "c4"])} for i in range(size)]
    rnd.shuffle(facts)  # the session's order is not the seq order
    assert durable.hits(facts) == reference.hits(facts), facts
print("agree")
"""


def test_joins_neither_crash_nor_disagree():
    """durable-rules 2.0.28 segfaults on a non-matching pair when a join's `$gt` reference follows
    its equalities; the compiler puts it first. Run in a subprocess so a crash fails the test."""
    done = subprocess.run([sys.executable, "-c", JOIN_FUZZ], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0 and "agree" in done.stdout, done.stderr[-2000:]


def test_a_position_written_inside_a_text_value_is_not_read_as_one():
    """Facts go to the engine as compact JSON (orjson) and each fact's position is read back from the
    engine's text (`"_i":N`): a document number or issuer holding that very text, which the join facts
    send to the engine, must not add a hit or a fact."""
    sneaky = '"_i":0,"x"'

    def with_documents(i: int) -> Claim:
        data = claim(i).model_dump(mode="json", exclude_none=True)
        data["line_items"][0]["documents"] = [{"kind": "invoice", "number": f"{sneaky}{i % 2}", "issuer": sneaky}]
        return Claim.model_validate(data)

    claims = [with_documents(i) for i in range(4)]
    durable, reference = Vetter(BOOK).document(claims), Vetter(BOOK, "reference").document(claims)
    assert durable == reference
    assert [len(c.lines[0].findings) for c in durable.claims] == [len(c.lines[0].findings) for c in reference.claims]


def test_a_fact_is_sent_the_keys_of_every_probe_that_can_hold_on_its_category():
    """The engine gets a line's keys for its category only (fewer keys, a faster engine); every probe
    that may hold on that category still finds all it reads (tests/test_engines_agree.py: same hits)."""
    from compliance.rulebook.fields import CATEGORIES

    probes = compile_rulebook(BOOK)
    keys = durable_adapter.engine_keys_by_kind(probes)
    for category in CATEGORIES:
        sent = set(keys.get(("line", category), keys["line"]))
        for probe in probes:
            only = durable_adapter.categories(probe)
            if probe.level == "line" and (only is None or category in only):
                assert probe.keys() <= sent, (category, probe.name)
    assert len(keys[("line", "per_diem")]) < len(keys["line"]) / 1.5
    fact = {"t": "line", "category": "per_diem", "attributes__at_sea": False, "unrelated": 1}
    [small] = durable_adapter.engine_facts([fact], keys, "s")
    assert "unrelated" not in small and small["_i"] == 0
