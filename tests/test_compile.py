"""The compiled outcome probes are exact: on every fact, each rule that applies has exactly the one
outcome its definition gives (first rate row in force, within it or not; or its check), and a rule
that does not apply has none. Both engines evaluate the same probes (test_engines_agree.py), so this
is what ties them to the rulebook's meaning."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compliance.bench.data import adversarial
from compliance.rulebook import conditions as c
from compliance.engine.compile import compile_rulebook, in_period, rate_limit
from compliance.rulebook.schema import ConditionCheck, NeverCheck, RateCheck, RefCheck, ValueCheck
from compliance.engine.facts import facts_for, join_facts
from compliance.engine.joins import join_plan
from compliance.rulebook.fields import ALWAYS, key
from compliance.engine.reference import ReferenceEvaluator
from compliance.models import Claim
from compliance.rulebook import load

from strategies import claims as claim_strategy

BOOK = load()
PROBES = compile_rulebook(BOOK)
REFERENCE = ReferenceEvaluator(PROBES)


def expected_outcomes(fact: dict) -> set[str]:
    """Each rule's outcome on the fact, straight from the rulebook in three-valued logic (a condition on a
    field the fact lacks is unknown: conditions.unknown_keys), without negation or compilation.

    A rate check gives its first true row's outcome, `missing` too when some row is unknown, and `norate`
    when no row is true; another check gives pass / fail / missing; a rule whose `applies` is unknown gives
    `open` (a `check` rule only when its check is not true)."""
    value = lambda node: c.unknown_keys(node, fact)[0]  # True, False or None (unknown)
    out = set()
    for rule in BOOK.rules:
        if not c.holds(c.conj(c.Cmp("t", "eq", rule.level), *in_period(rule.valid)), fact):
            continue
        check = rule.check
        holds = None
        if isinstance(check, RefCheck):
            holds = c.CmpRef(key(check.field), check.op, key(check.ref), check.factor)
        elif isinstance(check, ValueCheck):
            holds = c.Cmp(key(check.field), check.op, c.parse({check.field: check.value}, rule.level).value)
        elif isinstance(check, ConditionCheck):
            holds = c.parse(check.condition, rule.level)
        applies = value(c.parse(rule.applies, rule.level))
        if applies is None:
            if rule.role != "check" or isinstance(check, (RateCheck, NeverCheck)) or value(holds) is not True:
                out.add(f"{rule.id}|open")
            continue
        if applies is False:
            continue
        if isinstance(check, RateCheck):
            rows = BOOK.rates[check.rate].values
            values = [value(c.conj(*in_period(row), c.parse(row.when, "line"))) for row in rows]
            chosen = [i for i, v in enumerate(values) if v is True]
            if chosen:
                i = chosen[0]
                if key(check.field) not in fact:  # a row chosen, the field it is compared with blank
                    out.add(f"{rule.id}|missing")
                else:
                    within = c.holds(c.Cmp(key(check.field), check.op, rate_limit(rule, rows[i].amount)), fact)
                    out.add(f"{rule.id}|{'pass' if within else 'fail'}|{i}")
            else:
                out.add(f"{rule.id}|norate")
            if None in values:
                out.add(f"{rule.id}|missing")
        elif isinstance(check, NeverCheck):
            out.add(f"{rule.id}|fail")
        else:
            out.add(f"{rule.id}|{ {True: 'pass', False: 'fail', None: 'missing'}[value(holds)] }")
    return out


def compiled_outcomes(facts: list[dict]) -> list[set[str]]:
    hits = REFERENCE.hits(facts)
    return [{PROBES[n].name.split("#")[0] for n in hits.of.get(i, ()) if PROBES[n].kind == "rule"}
            for i in range(len(facts))]


def _check(claim: Claim, law_as_of: dt.date | None = None) -> None:
    facts = facts_for(claim, law_as_of)
    for fact, compiled in zip(facts, compiled_outcomes(facts)):
        assert compiled == expected_outcomes(fact), (claim.claim_id, fact.get("line_id"))
        assert ALWAYS[fact["t"]] <= fact.keys()


def test_outcomes_on_adversarial_claims():
    """Claims on both sides of every date and rate of the rulebook."""
    for data in adversarial(400, BOOK, seed=11):
        claim = Claim.model_validate(data)
        _check(claim)
        _check(claim, dt.date(2025, 5, 4))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(claim_strategy())
def test_outcomes_on_generated_claims(claim):
    _check(claim)


def test_join_facts_carry_their_keys():
    for data in adversarial(200, BOOK, seed=3):
        for fact in join_facts(Claim.model_validate(data), 0):
            assert ALWAYS[fact["t"]] <= fact.keys()


def test_join_facts_left_out_match_no_join():
    """A join fact the plan leaves out (a payment voucher: only invoices and contracts can be repeated)
    has no join outcome, alone or as either fact of a pair with its own twin from another claim."""
    plan = join_plan(BOOK, PROBES)
    left_out = 0
    for data in adversarial(300, BOOK, seed=5):
        for fact in join_facts(Claim.model_validate(data), 0):
            if plan.matters(fact):
                continue
            left_out += 1
            twin = {**fact, "claim_id": fact["claim_id"] + "-twin", "seq": fact["seq"] + 1}
            hits = REFERENCE.hits([fact, twin])
            assert not any(PROBES[n].kind == "join" for found in hits.of.values() for n in found), fact
            assert not hits.pairs, fact
    assert left_out  # the batch has such papers


# ---- negation ----------------------------------------------------------------------------------

KEYS = ["a", "b", "c"]
atoms = st.one_of(
    st.builds(c.Cmp, st.sampled_from(KEYS), st.sampled_from(c.OPS), st.integers(0, 3)),
    st.builds(c.Exists, st.sampled_from(KEYS), st.booleans()),
    st.builds(c.CmpRef, st.sampled_from(KEYS), st.sampled_from(c.OPS), st.sampled_from(KEYS),
              st.sampled_from([1, 0.5, 2.0])),
)
nodes = st.recursive(atoms, lambda inner: st.one_of(
    st.builds(lambda items: c.All(tuple(items)), st.lists(inner, min_size=0, max_size=3)),
    st.builds(lambda items: c.Any_(tuple(items)), st.lists(inner, min_size=0, max_size=3))), max_leaves=8)
facts = st.dictionaries(st.sampled_from(KEYS), st.integers(0, 3))


@settings(max_examples=500, deadline=None)
@given(nodes, facts, st.sets(st.sampled_from(KEYS)))
def test_negation_is_exact_when_fields_are_missing(node, fact, always):
    fact = {**{k: 0 for k in always}, **fact}  # `always` keys are present, as facts.ALWAYS promises
    assert c.holds(c.negate(node, frozenset(always)), fact) == (not c.holds(node, fact))
    assert c.holds(c.simplify(node), fact) == c.holds(node, fact)


texts = st.recursive(
    st.builds(c.Cmp, st.sampled_from(KEYS), st.sampled_from(["eq", "ne"]), st.sampled_from(["x", "y", "z"])),
    lambda inner: st.one_of(st.builds(lambda items: c.All(tuple(items)), st.lists(inner, max_size=3)),
                            st.builds(lambda items: c.Any_(tuple(items)), st.lists(inner, max_size=3))), max_leaves=8)


@given(texts, st.dictionaries(st.sampled_from(KEYS), st.sampled_from(["x", "y", "z"])))
def test_required_values_hold_whenever_the_condition_does(node, fact):
    if c.holds(node, fact):
        assert all(fact.get(k) in allowed for k, allowed in c.required(node).items())


@settings(max_examples=300, deadline=None)
@given(nodes, nodes, facts)
def test_disjoint_is_never_wrong(a, b, fact):
    if c.disjoint(a, b):
        assert not (c.holds(a, fact) and c.holds(b, fact))


def test_every_probe_fits_one_durable_rule():
    assert max(c.durable_size(p.node) for p in PROBES) <= 31
