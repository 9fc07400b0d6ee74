"""Budget envelopes charged in input order, after each claim is judged: a claim's eligible amount is
charged to every envelope that holds it, up to what the envelope has left."""
from __future__ import annotations


from ..rulebook import Rulebook
from ..models import Basis, Claim, ClaimDecision, Finding
from ..rulebook.schema import VERIFICATION
from ..vocabulary import money
from .findings import marked
from .judge import Judge


class Envelopes:
    """What each envelope has spent, charged claim by claim in input order (needs only the rulebook:
    `vet --jobs` advances it in the parent with amounts alone)."""

    def __init__(self, book: Rulebook, spent: dict[str, int] | None = None):
        self.book = book
        self.spent: dict[str, int] = dict(spent or {})

    def charges(self, unit_code: str, unit_level: str, subproject: str, fiscal_year: int, eligible: int):
        """(budget, envelope, spent before, wanted, passed, cap) for each envelope the claim is charged to."""
        cap = None
        for budget in self.book.budgets:
            for env in budget.envelopes:
                if not env.holds(unit_code, unit_level, subproject, fiscal_year):
                    continue
                before = self.spent.get(env.id, 0)
                remaining = max(env.amount - before, 0)
                wanted = eligible if cap is None else min(eligible, cap)
                passed = wanted <= remaining
                charged = min(wanted, remaining)
                self.spent[env.id] = before + charged
                cap = charged if cap is None else min(cap, charged)
                yield budget, env, before, wanted, passed, cap

    def advance(self, unit_code: str, unit_level: str, subproject: str, fiscal_year: int, eligible: int) -> None:
        """Charge a claim known only by its envelope keys and eligible amount."""
        for _ in self.charges(unit_code, unit_level, subproject, fiscal_year, eligible):
            pass


class Budgets:
    """Charges each claim's eligible amount to its envelopes, in input order, and adds a finding per
    envelope to its record."""

    def __init__(self, judge: Judge, spent: dict[str, int] | None = None):
        self.judge = judge
        self.envelopes = Envelopes(judge.book, spent)
        self._basis: dict[str, Basis] = {}  # by envelope

    def charge(self, claim: Claim, record: ClaimDecision) -> ClaimDecision:
        findings = list(record.findings)
        cap = None
        for budget, env, before, wanted, passed, cap in self.envelopes.charges(
                claim.unit.code, claim.unit.level, claim.subproject, claim.fiscal_year, record.eligible_amount):
            template = budget.messages.pass_ if passed else budget.messages.fail
            message = template.format(envelope=env.title, amount=money(env.amount), spent=money(before),
                                      actual=money(before + wanted), limit=money(env.amount))
            basis = self._basis.get(env.id)
            if basis is None:
                basis = self._basis[env.id] = Basis(source=self.judge.label(budget.citations[0]) + f" — {env.title}",
                                                    verification=VERIFICATION[budget.verification], rate_id=env.id)
            findings.append(Finding(rule_id=budget.id, outcome="pass" if passed else "fail",
                reason=None if passed else "over_budget", message=marked(message, budget.verification),
                actual=before + wanted, limit=env.amount, citations=self.judge.cite(budget.id, budget.citations),
                basis=basis))
        if len(findings) == len(record.findings):
            return record
        return self.judge.claim_record(claim, findings, record.lines, cap)
