"""From rule hits to decision records: findings, line and claim decisions, eligible amounts.

- A rule that applied passes when its check held, otherwise it fails with its reason.
- A line needs an eligibility rule (the content belongs to Dự án 7) and a coverage rule
  (a rule for its category); lacking either, it is flagged `no_applicable_rule`.
- Eligible amount: the claimed amount if every finding passed; capped at the ceiling when
  every failure is `over_ceiling`; otherwise 0 (nothing flagged is paid until it is settled).
- Budget envelopes are charged in input order after all claims are judged (see `Budgets`).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from .engine.facts import FIELDS, key
from .engine.reference import Hit
from .models import Basis, Citation, Claim, ClaimDecision, Finding, LineDecision
from .rulebook.load import Rulebook
from .rulebook.schema import VERIFICATION, Budget, Rule, Source
from .vocabulary import CATEGORY_VI, VALUE_VI, money

UNVERIFIED_NOTE = " (mức/căn cứ này chưa được đối chiếu với văn bản gốc — cần xác minh)"
MONEY_FIELDS = {"unit_price", "amount", "amount_mismatch"}


def _show(field: str | None, level: str, value: Any) -> str:
    if value is None:
        return "không có"
    if field in MONEY_FIELDS:
        return money(value)
    if field and FIELDS[level].get(field, ("",))[0] == "date" and isinstance(value, int):
        return f"{value % 100:02d}/{value // 100 % 100:02d}/{value // 10000}"
    if isinstance(value, bool):
        return "có" if value else "không"
    return VALUE_VI.get(field, {}).get(value, str(value))


_PLACEHOLDER = re.compile(r"\{([a-z_.]+)\}")


def _render(template: str, level: str, fact: dict, **values: str) -> str:
    """Fill {actual}, {limit} and any vocabulary field ({activity.start_date}) into a message."""

    def one(match: re.Match) -> str:
        name = match.group(1)
        if name in values:
            return values[name]
        if name in FIELDS[level]:
            return _show(name, level, fact.get(key(name)))
        return match.group(0)

    return _PLACEHOLDER.sub(one, template)


class Judge:
    """Turns the hits of one claim into its decision record (before budgets)."""

    def __init__(self, book: Rulebook):
        self.book = book
        self._citations: dict[str, list[Citation]] = {}

    def cite(self, sources: list[Source]) -> list[Citation]:
        return [s.citation(self.book.instruments) for s in sources]

    def _rule_citations(self, rule: Rule) -> list[Citation]:
        if rule.id not in self._citations:
            self._citations[rule.id] = self.cite(rule.citations)
        return self._citations[rule.id]

    def _finding(self, rule: Rule, fact: dict, hits: set[str]) -> tuple[Finding, int | None]:
        """The finding of one applied rule, and the cap on the line it implies (or None)."""
        check = rule.check
        actual = fact.get(key(check.field)) if check.field else None
        limit: Any = None
        basis: Basis
        if check.rate is not None:
            table = self.book.rates[check.rate]
            rows = [i for i, _ in enumerate(table.values) if f"{rule.id}|rate|{i}" in hits]
            if not rows:
                return Finding(
                    rule_id=rule.id, outcome="fail", reason="no_applicable_rule",
                    message=f"{rule.title}: không xác định được mức áp dụng ({table.title}) cho khoản chi này "
                            f"tại ngày {_show('law_date', 'line', fact['law_date'])} — thiếu thông tin hoặc chưa có mức",
                    actual=actual, citations=self._rule_citations(rule),
                ), None
            i = rows[0]
            row = table.values[i]
            limit = row.amount
            passed = f"{rule.id}|pass|{i}" in hits
            basis = Basis(source=f"{row.source.label(self.book.instruments)}" + (f" — {row.reference}" if row.reference else ""),
                          verification=VERIFICATION[row.verification], effective_from=row.from_,
                          effective_to=row.to, rate_id=table.rate, checked_on=row.checked_on)
            mark = row.verification
        else:
            if check.value is not None:
                limit = fact_value = check.value
                if isinstance(fact_value, dt.date):
                    limit = fact_value.strftime("%d/%m/%Y")
            passed = (not check.never) and f"{rule.id}|pass" in hits
            basis = Basis(source=" — ".join(filter(None, [rule.citations[0].label(self.book.instruments), rule.reference])),
                          verification=VERIFICATION[rule.verification], effective_from=rule.valid.from_,
                          effective_to=rule.valid.to)
            mark = rule.verification
        template = rule.messages.pass_ if passed else rule.messages.fail
        message = _render(template, rule.level, fact, actual=_show(check.field, rule.level, actual),
                          limit=_show(check.field, rule.level, limit))
        if mark == "M":
            message += UNVERIFIED_NOTE
        cap = None
        if not passed and rule.reason == "over_ceiling" and isinstance(limit, (int, float)):
            if check.field == "unit_price":
                cap = round(fact["quantity"] * limit)
            elif check.field == "amount":
                cap = int(limit)
        return Finding(
            rule_id=rule.id, outcome="pass" if passed else "fail", reason=None if passed else rule.reason,
            message=message, actual=actual if not isinstance(actual, bool) else str(actual).lower(),
            limit=limit, citations=self._rule_citations(rule), basis=basis,
        ), cap

    def _uncovered(self, rule_id: str, message: str) -> Finding:
        return Finding(rule_id=rule_id, outcome="fail", reason="no_applicable_rule", message=message, citations=[])

    def claim(self, claim: Claim, facts: list[dict], hits: set[Hit]) -> ClaimDecision:
        by_fact: dict[str | None, set[str]] = {}
        for name, line_id in hits:
            by_fact.setdefault(line_id, set()).add(name)
        claim_hits = by_fact.get(None, set())
        claim_findings = [self._finding(rule, facts[0], claim_hits)[0] for rule in self.book.rules
                          if rule.level == "claim" and f"{rule.id}|applies" in claim_hits]
        lines = []
        for line, fact in zip(claim.line_items, facts[1:]):
            names = by_fact.get(line.line_id, set())
            applied = [rule for rule in self.book.rules if rule.level == "line" and f"{rule.id}|applies" in names]
            results = [self._finding(rule, fact, names) for rule in applied]
            findings = [f for f, _ in results]
            roles = {rule.role for rule in applied}
            when = _show("law_date", "line", fact["law_date"])
            if "eligibility" not in roles:
                findings.append(self._uncovered(
                    "chung.noi_dung_chi",
                    f"Không có quy định nào xác định hoạt động '{claim.activity.kind}' thuộc nội dung chi của Dự án 7 "
                    f"tại ngày {when}; cần thẩm định thủ công"))
            if "coverage" not in roles:
                findings.append(self._uncovered(
                    "chung.loai_khoan_chi",
                    f"Chưa có quy định nào trong bộ quy tắc áp dụng cho loại khoản chi "
                    f"'{CATEGORY_VI[line.category]}' tại ngày {when}; không được duyệt tự động, cần thẩm định thủ công"))
            failures = [(f, cap) for f, cap in results if f.outcome == "fail"] + [
                (f, None) for f in findings[len(results):]]
            if not failures:
                eligible = line.amount
            elif all(f.reason == "over_ceiling" and cap is not None for f, cap in failures):
                eligible = min([line.amount] + [cap for _, cap in failures])
            else:
                eligible = 0
            lines.append(LineDecision(
                line_id=line.line_id, category=line.category, incurred_on=claim.incurred_on(line),
                decision="flag" if failures else "approve", claimed_amount=line.amount,
                eligible_amount=eligible, findings=findings))
        return self._claim_record(claim, claim_findings, lines)

    def _claim_record(self, claim: Claim, findings: list[Finding], lines: list[LineDecision],
                      cap: int | None = None) -> ClaimDecision:
        ok = all(f.outcome == "pass" for f in findings) and all(l.decision == "approve" for l in lines)
        eligible = sum(l.eligible_amount for l in lines) if all(
            f.outcome == "pass" or f.reason == "over_budget" for f in findings) else 0
        if cap is not None:
            eligible = min(eligible, cap)
        return ClaimDecision(
            claim_id=claim.claim_id, unit_code=claim.unit.code, subproject=claim.subproject,
            activity_kind=claim.activity.kind, decision="approve" if ok else "flag",
            claimed_amount=sum(l.amount for l in claim.line_items), eligible_amount=eligible,
            findings=findings, lines=lines)


class Budgets:
    """Charges each claim's eligible amount to its envelopes, in input order."""

    def __init__(self, judge: Judge):
        self.judge = judge
        self.spent: dict[str, int] = {}

    def charge(self, claim: Claim, record: ClaimDecision) -> ClaimDecision:
        findings = list(record.findings)
        cap = None
        for budget in self.judge.book.budgets:
            for env in budget.envelopes:
                if not env.holds(claim.unit.code, claim.unit.level, claim.subproject, claim.fiscal_year):
                    continue
                before = self.spent.get(env.id, 0)
                remaining = max(env.amount - before, 0)
                wanted = record.eligible_amount if cap is None else min(record.eligible_amount, cap)
                passed = wanted <= remaining
                charged = min(wanted, remaining)
                self.spent[env.id] = before + charged
                cap = charged if cap is None else min(cap, charged)
                template = budget.messages.pass_ if passed else budget.messages.fail
                message = template.format(envelope=env.title, amount=money(env.amount), spent=money(before),
                                          actual=money(before + wanted), limit=money(env.amount))
                if budget.verification == "M":
                    message += UNVERIFIED_NOTE
                findings.append(Finding(
                    rule_id=budget.id, outcome="pass" if passed else "fail", reason=None if passed else "over_budget",
                    message=message, actual=before + wanted, limit=env.amount,
                    citations=self.judge.cite(budget.citations),
                    basis=Basis(source=budget.citations[0].label(self.judge.book.instruments) + f" — {env.title}",
                                verification=VERIFICATION[budget.verification], rate_id=env.id)))
        if len(findings) == len(record.findings):
            return record
        return self.judge._claim_record(claim, findings, record.lines, cap)
