"""From rule hits to decision records: the findings of each line and of the claim, their decisions and
eligible amounts (findings.py makes each finding; budgets.py charges the envelopes afterwards).

- Three kinds of flag are kept apart (models.FLAG_KIND): violations, missing information, manual
  review. A line needs an eligibility rule (the content belongs to Dự án 7) and a coverage rule
  (a rule for its category). Lacking a coverage rule: missing information when one would apply
  but for a blank; manual review when the category has rules but none for this case;
  `no_applicable_rule` when no rule covers the category at all.
- Eligible amount: the claimed amount if every finding passed; capped at the ceiling when
  every failure is `over_ceiling`; otherwise 0 (nothing flagged is paid until it is settled).
- A claim-level failure other than `over_budget` makes the claim's eligible amount 0.
"""
from __future__ import annotations

from collections.abc import Sequence

from ..engine.compile import Probe, RuleConditions, compile_rulebook, conditions_of
from ..engine.durable_adapter import EngineError
from ..rulebook.fields import FIELDS
from ..engine.reference import Hits
from ..models import Citation, Claim, Reason, ClaimDecision, Finding, LineDecision, LineItem, flag_kind, strongest
from ..rulebook.load import Rulebook
from ..rulebook.schema import FALLBACKS, Fallback, Rule, Source
from ..vocabulary import SEEN_VI, CATEGORY_VI, KIND_VI, ask
from .findings import RANK, JoinOutcome, Outcome, atoms, show


_NO_CONTENT, _NO_COVERAGE, _SEVERAL = FALLBACKS  # looked up in the rulebook (rules/chung/)


def _said(fallback: Fallback, reason: str, **values: str) -> str:
    """The fallback's message for `reason` (the loader checked it is there), its placeholders filled in."""
    return fallback.messages[reason].format_map(values)


# The outcomes kept on a fact: those with findings, the roles of their rules, the checks and the coverage
# rules whose `applies` hangs on a blank
_Choice = tuple[tuple[Outcome, ...], frozenset[str], tuple[Outcome, ...], tuple[Outcome, ...]]
CHOICES = 10_000  # sets of hits remembered


class Judge:
    """Turns the hits of one claim into its decision record (before budgets).

    Probes are numbered in rulebook order, so the outcomes found on a fact, sorted, give its
    findings in rule order without looking at the rules that did not apply."""

    def __init__(self, book: Rulebook, probes: list[Probe] | None = None):
        self.book = book
        self._cited: dict[str, list[Citation]] = {}
        self._conditions: dict[str, RuleConditions] = {}
        probes = compile_rulebook(book) if probes is None else probes
        outcomes: dict[tuple[int, str, int | None], Outcome] = {}
        self._rule: list[tuple[int, Outcome] | None] = []  # probe number -> (rule number, outcome)
        self._join: list[tuple[int, str] | None] = []  # probe number -> (join number, outcome)
        for probe in probes:
            if probe.kind == "rule":
                meaning = (probe.item, probe.outcome, probe.row)
                if meaning not in outcomes:
                    outcomes[meaning] = Outcome(self, book.rules[probe.item], probe.outcome, probe.row)
                self._rule.append((probe.item, outcomes[meaning]))
                self._join.append(None)
            else:
                self._rule.append(None)
                self._join.append((probe.item, probe.outcome))
        self._joins = [JoinOutcome(self, join) for join in book.joins]
        self._outcomes = list(outcomes.values())
        self.cached = 0
        self._choices: dict[frozenset[int], _Choice] = {}
        # categories some coverage rule names: a line of another category has no rule at all
        self.covered = {node.value for rule in book.rules if rule.role == "coverage"
                        for node in atoms(self.conditions(rule).applies) if node.key == "category"}

    def conditions(self, rule: Rule) -> RuleConditions:
        if rule.id not in self._conditions:
            self._conditions[rule.id] = conditions_of(self.book, rule)
        return self._conditions[rule.id]

    def forget(self) -> None:
        """Empty the findings caches of every outcome."""
        for outcome in self._outcomes:
            if outcome.cache is not None:
                outcome.cache.clear()
        self.cached = 0

    def cite(self, item_id: str, sources: list[Source]) -> list[Citation]:
        if item_id not in self._cited:
            self._cited[item_id] = [self.book.citation(s) for s in sources]
        return self._cited[item_id]

    def label(self, source: Source, reference: str | None = None, mark: str = "V") -> str:
        """The clause, and where its figure was read — said to be a secondary source or unverified unless V."""
        return source.label(self.book.instruments) + (f" — {SEEN_VI[mark]}{reference}" if reference else "")

    def remembered(self, numbers: set[int] | None) -> set[int]:
        """The joins a fact may be repeated from (its `first` or `applies` outcome held)."""
        if not numbers:
            return set()
        joins = self._join
        return {entry[0] for n in numbers if (entry := joins[n]) is not None}

    # ---- the outcomes on one fact ----------------------------------------------------

    def _chosen(self, numbers: set[int] | None) -> _Choice:
        """The outcomes kept from the probes that held on a fact (by rank, per rule, in rule order):
        many facts share the same hits, so the choice is remembered by them."""
        hit = frozenset(numbers) if numbers else frozenset()
        choice = self._choices.get(hit)
        if choice is not None:
            return choice
        chosen: dict[int, Outcome] = {}
        for n in sorted(hit):
            entry = self._rule[n]
            if entry is None:
                continue
            item, outcome = entry
            kept = chosen.get(item)
            if kept is None or RANK[outcome.outcome] < RANK[kept.outcome]:
                chosen[item] = outcome
            elif kept is not outcome and RANK[outcome.outcome] == RANK[kept.outcome]:
                raise EngineError(f"{outcome.rule.id}: hai kết quả loại trừ nhau cùng xảy ra")
        ordered = [chosen[item] for item in sorted(chosen)]
        found = tuple(o for o in ordered if o.outcome != "open")
        opened = [o for o in ordered if o.outcome == "open"]
        choice = (found, frozenset(o.rule.role for o in found), tuple(o for o in opened if o.rule.role != "coverage"),
                  tuple(o for o in opened if o.rule.role == "coverage"))
        if len(self._choices) >= CHOICES:  # bounded: a batch has few distinct sets of hits
            self._choices.clear()
        self._choices[hit] = choice
        return choice

    def _findings(self, fact: dict, numbers: set[int] | None
                  ) -> tuple[list[tuple[Finding, int | None]], frozenset[str], list[Outcome]]:
        """The findings on a fact in rule order, the roles of the rules that applied, and the coverage
        rules that may apply but for a blank (asked for only if no coverage rule applied)."""
        found, roles, checks, coverage = self._chosen(numbers)
        results = [outcome.finding(fact) for outcome in found]
        if checks:  # the checks that may apply and fail, but for a blank: one question for them all
            rule_id = checks[0].rule.id if len(checks) == 1 else _SEVERAL
            results.append((self._asked(fact, list(checks), self.book.fallback(_SEVERAL), {}, rule_id), None))
        return results, roles, list(coverage)

    def _asked(self, fact: dict, opened: list[Outcome], fallback: Fallback, values: dict[str, str],
               rule_id: str) -> Finding:
        """One `missing_information` finding for the rules that may apply but for blanks of the fact."""
        blanks: list[str] = []
        for outcome in opened:
            blanks += [f for f in outcome.blanks(fact) if f not in blanks]
        fields = FIELDS[fact["t"]]
        names, how = ask(blanks, {f: fields.get(f, ("str",))[0] for f in blanks})
        titles = "; ".join(f"«{o.rule.title}»" for o in opened)
        citations = list({c.label: c for o in opened for c in o.citations}.values())
        return Finding(rule_id=rule_id, outcome="fail", reason="missing_information",
                       message=_said(fallback, "missing_information", names=names, how=how, titles=titles, **values),
                       actual=None, limit=None, citations=citations, basis=None)

    # ---- a claim ---------------------------------------------------------------------

    def claim(self, claim: Claim, facts: list[dict], hits: Hits, join_facts: Sequence[dict] = (),
              earlier: Sequence[dict] = (), first: int = 0, session: list[dict] | None = None) -> ClaimDecision:
        """The record of one claim from the hits of the session it was evaluated in.

        Alone (the default): the session was `facts` (the claim's fact, then one per line), then
        `join_facts` (its documents and payee-days), then `earlier` (facts of earlier claims it may
        repeat). In a session of several claims (`session`, see Vetter.stream), the claim's facts
        are numbered from `first`, and its join facts right after them."""
        if session is None:
            session = [*facts, *join_facts, *earlier] if join_facts else facts
        claim_findings = [f for f, _ in self._findings(facts[0], hits.of.get(first))[0]]
        joined: dict[str, list[int]] = {}
        for i, fact in enumerate(join_facts, start=first + len(facts)):
            joined.setdefault(fact["line_id"], []).append(i)
        lines = [self._line(claim, line, facts[k], hits, first + k, joined.get(line.line_id, ()), session)
                 for k, line in enumerate(claim.line_items, start=1)]
        return self.claim_record(claim, claim_findings, lines)

    def _line(self, claim: Claim, line: LineItem, fact: dict, hits: Hits, number: int,
              join_numbers: Sequence[int], everything: list[dict]) -> LineDecision:
        results, roles, opened = self._findings(fact, hits.of.get(number))
        if join_numbers:
            joins = self._join
            applied: dict[int, list[int]] = {}  # join -> the line's join facts it applies to, in order
            for i in join_numbers:
                for n in hits.of.get(i, ()):
                    entry = joins[n]
                    if entry is not None and entry[1] == "applies":
                        facts_of = applied.setdefault(entry[0], [])
                        if not facts_of or facts_of[-1] != i:  # a join split in several probes: once
                            facts_of.append(i)
            for j in sorted(applied):
                outcome, mine = self._joins[j], applied[j]
                pairs = sorted((everything[later]["seq"], everything[earlier]["seq"], later, earlier)
                               for later in mine for n, earlier in hits.pairs_of(later)
                               if (entry := joins[n]) is not None and entry[0] == j)
                if pairs:
                    results.append((outcome.finding(everything[pairs[0][2]], everything[pairs[0][3]]), None))
                else:
                    results.append((outcome.finding(everything[mine[0]], None), None))
        if "eligibility" not in roles:
            results.append((self._fallen(self.book.fallback(_NO_CONTENT), "no_applicable_rule", activity=KIND_VI[
                claim.activity.kind], date=show('law_date', 'line', fact['law_date'])), None))
        if "coverage" not in roles:
            results.append((self._uncovered(claim, line, fact, opened), None))
        failures = [(f, cap) for f, cap in results if f.outcome == "fail"]
        if not failures:
            eligible = line.amount
        elif all(self.book.payment.capped("line", f.reason) and cap is not None for f, cap in failures):
            eligible = min([line.amount] + [cap for _, cap in failures if cap is not None])  # all of them
        else:
            eligible = 0
        return LineDecision(line_id=line.line_id, category=line.category, incurred_on=line.incurred_on or claim.activity.start_date,
            decision="flag" if failures else "approve", flag_kind=flag_kind(f.reason for f, _ in failures),
            claimed_amount=line.amount, eligible_amount=eligible, findings=[f for f, _ in results])

    def _uncovered(self, claim: Claim, line: LineItem, fact: dict, opened: list[Outcome]) -> Finding:
        """The finding of a line no coverage rule applied to: ask for the blanks that keep one from
        applying; else a person must vet it (the category has rules, none for this case; or none at all)."""
        fallback = self.book.fallback(_NO_COVERAGE)
        values = {"category": CATEGORY_VI[line.category], "activity": KIND_VI[claim.activity.kind],
                  "date": show("law_date", "line", fact["law_date"])}
        if opened:
            return self._asked(fact, opened, fallback, values, fallback.id)
        reason: Reason = "manual_review" if line.category in self.covered else "no_applicable_rule"
        return self._fallen(fallback, reason, **values)

    def _fallen(self, fallback: Fallback, reason: Reason, **values: str) -> Finding:
        """The finding of a fallback rule of the rulebook (rules/chung/): its message for `reason`."""
        return Finding(rule_id=fallback.id, outcome="fail", reason=reason, message=_said(fallback, reason, **values),
                       actual=None, limit=None, citations=self.cite(fallback.id, fallback.citations), basis=None)

    def claim_record(self, claim: Claim, findings: list[Finding], lines: list[LineDecision],
                     cap: int | None = None) -> ClaimDecision:
        ok = all(f.outcome == "pass" for f in findings) and all(l.decision == "approve" for l in lines)
        eligible = sum(l.eligible_amount for l in lines) if all(
            f.outcome == "pass" or self.book.payment.capped("claim", f.reason) for f in findings) else 0
        if cap is not None:
            eligible = min(eligible, cap)
        kinds = {l.flag_kind for l in lines} | {flag_kind(f.reason for f in findings if f.outcome == "fail")}
        return ClaimDecision(claim_id=claim.claim_id, unit_code=claim.unit.code, subproject=claim.subproject,
            activity_kind=claim.activity.kind, decision="approve" if ok else "flag",
            flag_kind=strongest(kinds),
            claimed_amount=sum(l.amount for l in claim.line_items), eligible_amount=eligible,
            findings=findings, lines=lines)
