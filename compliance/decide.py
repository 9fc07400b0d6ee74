"""From rule hits to decision records: findings, line and claim decisions, eligible amounts.

- A rule that applied passes when its check held, otherwise it fails with its reason.
- A line needs an eligibility rule (the content belongs to Dự án 7) and a coverage rule
  (a rule for its category); lacking either, it is flagged `no_applicable_rule`.
- Eligible amount: the claimed amount if every finding passed; capped at the ceiling when
  every failure is `over_ceiling`; otherwise 0 (nothing flagged is paid until it is settled).
- A claim-level failure other than `over_budget` makes the claim's eligible amount 0.
- Budget envelopes are charged in input order after each claim is judged (see `Budgets`).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any

from .engine.compile import rate_limit
from .engine.facts import FIELDS, key
from .engine.reference import Hit
from .models import Basis, Citation, Claim, ClaimDecision, Finding, LineDecision, LineItem
from .rulebook.load import Rulebook
from .rulebook.schema import VERIFICATION, Join, Rule, Source
from .vocabulary import CATEGORY_VI, DOCUMENT_VI, VALUE_VI, money

UNVERIFIED_NOTE = " (mức/căn cứ này chưa được đối chiếu với văn bản gốc — cần xác minh)"
MONEY_FIELDS = {"unit_price", "amount", "amount_mismatch"} | {f for f in FIELDS["claim"] if f.startswith("total.")}
_PLACEHOLDER = re.compile(r"\{([a-z_.]+)\}")


def _show(field: str | None, level: str, value: Any) -> str:
    if value is None:
        return "không có"
    if field in MONEY_FIELDS and isinstance(value, (int, float)):
        return money(math.floor(value))
    if field and FIELDS[level].get(field, ("",))[0] == "date" and isinstance(value, int):
        return f"{value % 100:02d}/{value // 100 % 100:02d}/{value // 10000}"
    if isinstance(value, bool):
        return "có" if value else "không"
    if isinstance(value, float):
        return f"{value:g}"
    return VALUE_VI.get(field, {}).get(value, str(value))


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


def _marked(message: str, mark: str) -> str:
    return message + UNVERIFIED_NOTE if mark == "M" else message


class Judge:
    """Turns the hits of one claim into its decision record (before budgets)."""

    def __init__(self, book: Rulebook):
        self.book = book
        self._cited: dict[str, list[Citation]] = {}
        self._line_rules = [r for r in book.rules if r.level == "line"]
        self._claim_rules = [r for r in book.rules if r.level == "claim"]

    def cite(self, item_id: str, sources: list[Source]) -> list[Citation]:
        if item_id not in self._cited:
            self._cited[item_id] = [s.citation(self.book.instruments) for s in sources]
        return self._cited[item_id]

    def _label(self, source: Source, reference: str | None = None) -> str:
        return source.label(self.book.instruments) + (f" — {reference}" if reference else "")

    # ---- one rule on one fact --------------------------------------------------------

    def _finding(self, rule: Rule, fact: dict, hits: set[str]) -> tuple[Finding, int | None]:
        """The finding of one applied rule, and the cap it puts on the line (or None)."""
        check = rule.check
        actual = fact.get(key(check.field)) if check.field else None
        limit: Any = None
        if check.rate is not None:
            table = self.book.rates[check.rate]
            rows = [i for i in range(len(table.values)) if f"{rule.id}|rate|{i}" in hits]
            if not rows:
                when = _show("law_date", "line", fact["law_date"])
                message = (_render(rule.messages.no_rate, rule.level, fact, actual=_show(check.field, rule.level, actual),
                                   limit="không có") + f" (ngày {when})" if rule.messages.no_rate else
                           f"{rule.title}: không xác định được mức áp dụng ({table.title}) cho khoản chi này "
                           f"tại ngày {when} — thiếu thông tin hoặc chưa có mức")
                return Finding(
                    rule_id=rule.id, outcome="fail", reason="no_applicable_rule", message=message,
                    actual=actual, citations=self.cite(rule.id, rule.citations)), None
            row = table.values[rows[0]]
            limit = rate_limit(rule, row.amount)
            citations = self.cite(rule.id, rule.citations)
            if row.source.instrument not in {c.instrument for c in citations}:  # e.g. an amending circular
                citations = citations + [row.source.citation(self.book.instruments)]
            passed = f"{rule.id}|pass|{rows[0]}" in hits
            basis = Basis(source=self._label(row.source, row.reference), verification=VERIFICATION[row.verification],
                          effective_from=row.from_, effective_to=row.to, rate_id=table.rate, checked_on=row.checked_on)
            mark = row.verification
        else:
            if check.ref is not None:
                ref = fact.get(key(check.ref))
                limit = ref * check.factor if ref is not None else None
            elif check.value is not None:
                limit = check.value.strftime("%d/%m/%Y") if isinstance(check.value, dt.date) else check.value
            passed = (not check.never) and f"{rule.id}|pass" in hits
            citations = self.cite(rule.id, rule.citations)
            basis = Basis(source=self._label(rule.citations[0], rule.reference),
                          verification=VERIFICATION[rule.verification],
                          effective_from=rule.valid.from_, effective_to=rule.valid.to)
            mark = rule.verification
        if isinstance(limit, float) and check.field in MONEY_FIELDS:
            limit = math.floor(limit)  # a scaled ceiling is paid in whole đồng, rounded down
        template = rule.messages.pass_ if passed else rule.messages.fail
        message = _render(template, rule.level, fact, actual=_show(check.field, rule.level, actual),
                          limit=_show(check.field, rule.level, limit))
        cap = None
        if not passed and rule.reason == "over_ceiling" and isinstance(limit, (int, float)):
            if check.field == "unit_price":
                cap = math.floor(fact["quantity"] * limit)
            elif check.field == "amount":
                cap = math.floor(limit)
        return Finding(
            rule_id=rule.id, outcome="pass" if passed else "fail", reason=None if passed else rule.reason,
            message=_marked(message, mark), actual=str(actual).lower() if isinstance(actual, bool) else actual,
            limit=limit, citations=citations, basis=basis), cap

    def _join_finding(self, join: Join, facts: list[dict], known: dict[int, dict], hits: set[Hit]) -> Finding:
        """One join on one line: fails if any of the line's facts repeats an earlier one (`known` by seq)."""
        seqs = {f["seq"] for f in facts}
        dup = f"{join.id}|dup|"
        pairs = sorted((ref, int(name[len(dup):])) for name, ref in hits if name.startswith(dup) and ref in seqs)
        later = facts[0]
        values: dict[str, str] = {}
        if pairs:
            later = next(f for f in facts if f["seq"] == pairs[0][0])
            first = known[pairs[0][1]]
            values = {"claim": first["claim_id"], "line": first["line_id"]}
        values.update({
            "kind": DOCUMENT_VI.get(later.get("kind"), later.get("kind", "")), "number": later.get("number", ""),
            "issuer": later.get("issuer") or "không ghi", "payee": later.get("payee", ""),
            "day": _show("day", join.of, later.get("day")), "category": CATEGORY_VI.get(later["category"], ""),
        })
        template = join.messages.fail if pairs else join.messages.pass_
        message = _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), template)
        return Finding(
            rule_id=join.id, outcome="fail" if pairs else "pass", reason=join.reason if pairs else None,
            message=_marked(message, join.verification), citations=self.cite(join.id, join.citations),
            basis=Basis(source=self._label(join.citations[0], join.reference),
                        verification=VERIFICATION[join.verification],
                        effective_from=join.valid.from_, effective_to=join.valid.to))

    # ---- a claim ---------------------------------------------------------------------

    def claim(self, claim: Claim, facts: list[dict], hits: set[Hit],
              join_facts: list[dict] = (), earlier: dict[int, dict] | None = None) -> ClaimDecision:
        by_ref: dict[Any, set[str]] = {}
        for name, ref in hits:
            by_ref.setdefault(ref, set()).add(name)
        claim_hits = by_ref.get(None, set())
        claim_findings = [self._finding(rule, facts[0], claim_hits)[0] for rule in self._claim_rules
                          if f"{rule.id}|applies" in claim_hits]
        joined: dict[str, list[dict]] = {}
        for fact in join_facts:
            joined.setdefault(fact["line_id"], []).append(fact)
        known = {f["seq"]: f for f in join_facts} | (earlier or {})
        lines = [self._line(claim, line, fact, by_ref.get(line.line_id, set()),
                            joined.get(line.line_id, []), known, hits)
                 for line, fact in zip(claim.line_items, facts[1:])]
        return self.claim_record(claim, claim_findings, lines)

    def _line(self, claim: Claim, line: LineItem, fact: dict, names: set[str],
              join_facts: list[dict], known: dict[int, dict], hits: set[Hit]) -> LineDecision:
        applied = [rule for rule in self._line_rules if f"{rule.id}|applies" in names]
        results = [self._finding(rule, fact, names) for rule in applied]
        for join in self.book.joins:
            mine = [f for f in join_facts if (f"{join.id}|applies", f["seq"]) in hits]
            if mine:
                results.append((self._join_finding(join, mine, known, hits), None))
        roles = {rule.role for rule in applied}
        when = _show("law_date", "line", fact["law_date"])
        if "eligibility" not in roles:
            results.append((Finding(
                rule_id="chung.noi_dung_chi", outcome="fail", reason="no_applicable_rule", citations=[],
                message=f"Không có quy định nào xác định hoạt động '{claim.activity.kind}' thuộc nội dung chi "
                        f"của Dự án 7 tại ngày {when}; cần thẩm định thủ công"), None))
        if "coverage" not in roles:
            results.append((Finding(
                rule_id="chung.loai_khoan_chi", outcome="fail", reason="no_applicable_rule", citations=[],
                message=f"Chưa có quy định nào trong bộ quy tắc áp dụng cho loại khoản chi "
                        f"'{CATEGORY_VI[line.category]}' tại ngày {when}; không được duyệt tự động, "
                        f"cần thẩm định thủ công"), None))
        failures = [(f, cap) for f, cap in results if f.outcome == "fail"]
        if not failures:
            eligible = line.amount
        elif all(f.reason == "over_ceiling" and cap is not None for f, cap in failures):
            eligible = min([line.amount] + [cap for _, cap in failures])
        else:
            eligible = 0
        return LineDecision(
            line_id=line.line_id, category=line.category, incurred_on=claim.incurred_on(line),
            decision="flag" if failures else "approve", claimed_amount=line.amount,
            eligible_amount=eligible, findings=[f for f, _ in results])

    def claim_record(self, claim: Claim, findings: list[Finding], lines: list[LineDecision],
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
                findings.append(Finding(
                    rule_id=budget.id, outcome="pass" if passed else "fail", reason=None if passed else "over_budget",
                    message=_marked(message, budget.verification), actual=before + wanted, limit=env.amount,
                    citations=self.judge.cite(budget.id, budget.citations),
                    basis=Basis(source=self.judge._label(budget.citations[0]) + f" — {env.title}",
                                verification=VERIFICATION[budget.verification], rate_id=env.id)))
        if len(findings) == len(record.findings):
            return record
        return self.judge.claim_record(claim, findings, record.lines, cap)
