"""From rule hits to decision records: findings, line and claim decisions, eligible amounts.

- A rule that applied passes when its check held; it fails with its reason when the check is
  false on what the claim says; when the check (or the choice of a rate row) hangs on a field
  the claim left blank, it asks for that field (`missing_information`, naming the template
  column); when no rate row fits what the claim says, the line goes to a person (`manual_review`).
- Three kinds of flag are kept apart (models.FLAG_KIND): violations, missing information, manual
  review. A line needs an eligibility rule (the content belongs to Dự án 7) and a coverage rule
  (a rule for its category). Lacking a coverage rule: missing information when one would apply
  but for a blank; manual review when the category has rules but none for this case;
  `no_applicable_rule` when no rule covers the category at all.
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

from ..rulebook import conditions as c
from ..engine.compile import Probe, compile_rulebook, conditions_of, rate_limit
from ..engine.durable_adapter import EngineError
from ..engine.facts import FIELDS, key
from ..engine.infer import NOTE
from ..engine.reference import Hits
from ..models import Basis, Citation, Claim, ClaimDecision, Finding, LineDecision, LineItem, flag_kind, strongest
from ..rulebook.load import Rulebook
from ..rulebook.schema import VERIFICATION, Join, Rule, Source
from ..vocabulary import CATEGORY_VI, DOCUMENT_VI, KIND_VI, VALUE_VI, ask, money

UNVERIFIED_NOTE = " (mức/căn cứ này chưa được đối chiếu với văn bản gốc — cần xác minh)"
# A figure or rule read in a mirror of the law or a secondary source (never shown as if it were the gazette).
SECONDARY_NOTE = " (căn cứ theo nguồn thứ cấp, chưa đối chiếu công báo)"
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
    return message + (UNVERIFIED_NOTE if mark == "M" else SECONDARY_NOTE if mark == "S" else "")


def _value(value: Any) -> Any:
    """A fact value as a finding's `actual` (int, float or text): a yes/no shows as "true"/"false"."""
    return str(value).lower() if isinstance(value, bool) else value


_set = object.__setattr__


def _record(cls: type, **values: Any) -> Any:
    """An output model from values that already have their final types (what model_construct
    does, without its per-field loop): every field must be given."""
    made = cls.__new__(cls)
    _set(made, "__dict__", values)
    _set(made, "__pydantic_fields_set__", set(values))
    _set(made, "__pydantic_extra__", None)
    _set(made, "__pydantic_private__", None)
    return made


def _atoms(node: c.Node) -> list[c.Cmp]:
    """The equality comparisons a condition requires at its top (`category: x`, `{in: [..]}`)."""
    items = node.items if isinstance(node, c.All) else (node,)
    found = [n for n in items if isinstance(n, c.Cmp) and n.op == "eq"]
    for n in items:
        if isinstance(n, c.Any_) and all(isinstance(m, c.Cmp) and m.op == "eq" for m in n.items):
            found += list(n.items)
    return found


class _Template:
    """A message template split once into text and placeholders ({actual}, {limit}, vocabulary fields)."""

    def __init__(self, template: str, level: str):
        self.parts: list[tuple[str, str | None]] = []  # (text, placeholder after it or None)
        self.fields: list[str] = []  # vocabulary fields the message shows
        at = 0
        for match in _PLACEHOLDER.finditer(template):
            name = match.group(1)
            self.parts.append((template[at:match.start()], name))
            if name not in ("actual", "limit") and name in FIELDS[level]:
                self.fields.append(name)
            at = match.end()
        self.tail = template[at:]
        self.level = level

    def render(self, fact: dict, values: dict[str, str]) -> str:
        out = []
        for text, name in self.parts:
            out.append(text)
            if name in values:
                out.append(values[name])
            elif name in FIELDS[self.level]:
                out.append(_show(name, self.level, fact.get(key(name))))
            else:
                out.append("{" + name + "}")
        out.append(self.tail)
        return "".join(out)


CACHE_SIZE = 10_000  # findings remembered by all the outcomes of a Judge before the caches are emptied


RANK = {"pass": 0, "fail": 0, "missing": 1, "norate": 2, "open": 3}  # the outcome kept when several hold


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


class _Outcome:
    """One outcome of one rule (pass or fail of a rate row or a check, missing, no rate, open):
    everything its findings share, and a cache of findings by the fact values they show."""

    def __init__(self, judge: Judge, rule: Rule, outcome: str, row: int | None):
        book = judge.book
        self.judge = judge
        check = rule.check
        self.rule = rule
        self.outcome = outcome
        self.passed = outcome == "pass"
        self.field_key = key(check.field) if check.field else None
        self.ref_key = key(check.ref) if check.ref is not None else None
        self.cap_kind = None
        self.template: _Template | None = None
        self.asking: list[c.Node] = []  # missing, open: the conditions whose blanks are asked for
        level = rule.level
        reads = [check.field, check.ref] if check.field else []
        self.citations = judge.cite(rule.id, rule.citations)
        cond = judge.conditions(rule)
        if outcome in ("norate", "missing", "open"):
            self.basis = None
            self.limit = None
            if outcome == "norate":
                table = book.rates[check.rate]
                no_rate = rule.messages.no_rate
                self.template = _Template(no_rate, level) if no_rate else None
                self.default = (f"{rule.title}: bộ quy tắc chưa có mức ({_lower_first(table.title)}) cho trường hợp "
                                f"này tại ngày {{when}} — cần thẩm định thủ công")
                reads.append("law_date")
            else:
                if outcome == "open":
                    self.asking = [cond.applies]
                    self.purpose = f"biết quy định «{rule.title}» có áp dụng cho khoản chi này không"
                elif check.rate is not None:
                    self.asking = [cond.rows[i] for i in sorted(cond.rows)] + [c.reads(key(check.field))]
                    self.purpose = "chọn " + _lower_first(book.rates[check.rate].title)
                else:
                    self.asking = [cond.holds]
                    self.purpose = f"xét «{rule.title}»"
                reads += [k.replace("__", ".") for node in self.asking for k in sorted(c.keys(node))]
        else:
            self.template = _Template(rule.messages.pass_ if self.passed else rule.messages.fail, level)
            limit: Any = None
            if check.rate is not None:
                value = book.rates[check.rate].values[row]
                limit = rate_limit(rule, value.amount)
                citations = self.citations
                if value.source.instrument not in {c.instrument for c in citations}:  # e.g. an amending circular
                    citations = citations + [value.source.citation(book.instruments)]
                self.basis = Basis(source=judge._label(value.source, value.reference, value.verification),
                                   verification=VERIFICATION[value.verification], effective_from=value.from_,
                                   effective_to=value.to, rate_id=check.rate, checked_on=value.checked_on)
                # the weaker of the figure's mark and the rule's own (e.g. a percentage of a verified rate)
                self.mark = max(value.verification, rule.verification, key="VSM".index)
            else:
                if check.value is not None:
                    limit = check.value.strftime("%d/%m/%Y") if isinstance(check.value, dt.date) else check.value
                citations = self.citations
                self.basis = Basis(source=judge._label(rule.citations[0], rule.reference, rule.verification),
                                   verification=VERIFICATION[rule.verification],
                                   effective_from=rule.valid.from_, effective_to=rule.valid.to)
                self.mark = rule.verification
            if isinstance(limit, float) and check.field in MONEY_FIELDS:
                limit = math.floor(limit)  # a scaled ceiling is paid in whole đồng, rounded down
            self.limit = limit
            self.citations = citations
            if not self.passed and rule.reason == "over_ceiling" and check.field in ("unit_price", "amount"):
                self.cap_kind = check.field
        if self.template is not None:
            reads += self.template.fields
        # Fields the outcome rests on whose value may have been worked out from the claim's words:
        # the finding says so (engine/infer.py).
        rested = [cond.applies] + ([cond.rows[row]] if row is not None and row in cond.rows else []) + (
            [cond.holds] if cond.holds is not None else [])
        self.noted = tuple(sorted({k for node in rested for k in c.keys(node)} | {key(f) for f in reads if f}))
        # The fact values a finding depends on, as keys; a float is told apart from the equal int.
        self.reads = tuple(dict.fromkeys([key(f) for f in reads if f] + [NOTE + k for k in self.noted]))
        self.cache: dict[tuple, tuple[Finding, Any]] | None = {}
        self.lookups = 0

    def finding(self, fact: dict) -> tuple[Finding, int | None]:
        if self.cache is None:  # its findings rarely repeat (e.g. they show each line's amount)
            hit = self._make(fact)
        else:
            values = tuple((v, float) if type(v) is float else v for v in map(fact.get, self.reads))
            hit = self.cache.get(values)
            self.lookups += 1
            if hit is None:
                hit = self._make(fact)
                if self.lookups > 400 and len(self.cache) > 0.8 * self.lookups:
                    self.judge.cached -= len(self.cache)
                    self.cache = None
                else:
                    self.cache[values] = hit
                    self.judge.cached += 1
                    if self.judge.cached > CACHE_SIZE:  # memory stays bounded: start again with what comes next
                        self.judge.forget()
        found, limit = hit
        if self.cap_kind is None or not isinstance(limit, (int, float)):
            return found, None
        if self.cap_kind == "unit_price":  # the ceiling times the quantity; unknown quantity: nothing to cap by
            return found, math.floor(fact["quantity"] * limit) if "quantity" in fact else None
        return found, math.floor(limit)

    def blanks(self, fact: dict) -> list[str]:
        """The blank fields (as rules name them) the outcome's conditions hang on, in rule order."""
        found: list[str] = []
        for node in self.asking:
            value, missing = c.unknown_keys(node, fact)
            if value is None:
                found += [k.replace("__", ".") for k in missing if k.replace("__", ".") not in found]
        return found

    def _make(self, fact: dict) -> tuple[Finding, Any]:
        found, limit = self._made(fact)
        notes = list(dict.fromkeys(fact[NOTE + k] for k in self.noted if NOTE + k in fact))
        if notes:
            found = _record(Finding, **{**found.__dict__, "message": f"{found.message} ({'; '.join(notes)})"})
        return found, limit

    def _made(self, fact: dict) -> tuple[Finding, Any]:
        rule, check = self.rule, self.rule.check
        actual = fact.get(self.field_key) if self.field_key else None
        if self.outcome == "norate":
            when = _show("law_date", "line", fact["law_date"])
            if self.template is not None:
                message = self.template.render(fact, {"actual": _show(check.field, rule.level, actual),
                                                      "limit": "không có"}) + f" (ngày {when})"
            else:
                message = self.default.replace("{when}", when)
            return _record(Finding, rule_id=rule.id, outcome="fail", reason="manual_review", message=message,
                           actual=_value(actual), limit=None, citations=self.citations, basis=None), None
        if self.asking:
            fields = FIELDS[rule.level]
            blanks = self.blanks(fact)
            names, how = ask(blanks, {f: fields.get(f, ("str",))[0] for f in blanks})
            return _record(Finding, rule_id=rule.id, outcome="fail", reason="missing_information",
                           message=f"Thiếu {names} để {self.purpose}: {how}", actual=_value(actual), limit=None,
                           citations=self.citations, basis=None), None
        limit = self.limit
        if self.ref_key is not None:
            ref = fact.get(self.ref_key)
            limit = ref * check.factor if ref is not None else None
            if isinstance(limit, float) and check.field in MONEY_FIELDS:
                limit = math.floor(limit)
        message = self.template.render(fact, {"actual": _show(check.field, rule.level, actual),
                                              "limit": _show(check.field, rule.level, limit)})
        return _record(
            Finding, rule_id=rule.id, outcome="pass" if self.passed else "fail", reason=None if self.passed else rule.reason,
            message=_marked(message, self.mark), actual=_value(actual),
            limit=limit, citations=self.citations, basis=self.basis), limit


class _JoinOutcome:
    """The pass and fail findings of one join (cross-claim rule)."""

    def __init__(self, judge: Judge, join: Join):
        self.join = join
        self.pass_ = _PLACEHOLDER.split(join.messages.pass_)
        self.fail = _PLACEHOLDER.split(join.messages.fail)
        self.citations = judge.cite(join.id, join.citations)
        self.basis = Basis(source=judge._label(join.citations[0], join.reference, join.verification),
                           verification=VERIFICATION[join.verification],
                           effective_from=join.valid.from_, effective_to=join.valid.to)

    def finding(self, later: dict, first: dict | None) -> Finding:
        join = self.join
        values: dict[str, str] = {"claim": first["claim_id"], "line": first["line_id"]} if first else {}
        values.update({
            # names and numbers as written, not as normalised for matching
            "kind": DOCUMENT_VI.get(later.get("kind"), later.get("kind", "")), "number": later.get("number_shown", ""),
            "issuer": later.get("issuer_shown") or "không ghi", "payee": later.get("payee_shown", ""),
            "day": _show("day", join.of, later.get("day")), "category": CATEGORY_VI.get(later["category"], ""),
        })
        parts = self.fail if first else self.pass_
        # re.split with one group: text, name, text, name, …, text
        message = "".join(p if i % 2 == 0 else values.get(p, "{" + p + "}") for i, p in enumerate(parts))
        return _record(Finding, rule_id=join.id, outcome="fail" if first else "pass",
                       reason=join.reason if first else None, message=_marked(message, join.verification),
                       actual=None, limit=None, citations=self.citations, basis=self.basis)


class Judge:
    """Turns the hits of one claim into its decision record (before budgets).

    Probes are numbered in rulebook order, so the outcomes found on a fact, sorted, give its
    findings in rule order without looking at the rules that did not apply."""

    def __init__(self, book: Rulebook, probes: list[Probe] | None = None):
        self.book = book
        self._cited: dict[str, list[Citation]] = {}
        self._conditions: dict[str, Any] = {}
        probes = compile_rulebook(book) if probes is None else probes
        outcomes: dict[tuple, Any] = {}
        self._rule: list[tuple[int, _Outcome] | None] = []  # probe number -> (rule number, outcome)
        self._join: list[tuple[int, str] | None] = []  # probe number -> (join number, outcome)
        for probe in probes:
            if probe.kind == "rule":
                meaning = (probe.item, probe.outcome, probe.row)
                if meaning not in outcomes:
                    outcomes[meaning] = _Outcome(self, book.rules[probe.item], probe.outcome, probe.row)
                self._rule.append((probe.item, outcomes[meaning]))
                self._join.append(None)
            else:
                self._rule.append(None)
                self._join.append((probe.item, probe.outcome))
        self._joins = [_JoinOutcome(self, join) for join in book.joins]
        self._outcomes = list(outcomes.values())
        self.cached = 0
        # categories some coverage rule names: a line of another category has no rule at all
        self.covered = {node.value for rule in book.rules if rule.role == "coverage"
                        for node in _atoms(self.conditions(rule).applies) if node.key == "category"}

    def conditions(self, rule: Rule) -> Any:
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
            self._cited[item_id] = [s.citation(self.book.instruments) for s in sources]
        return self._cited[item_id]

    def _label(self, source: Source, reference: str | None = None, mark: str = "V") -> str:
        """The clause, and where its figure was read — said to be a secondary source or unverified unless V."""
        seen = {"V": "", "S": "nguồn thứ cấp: ", "M": "chưa xác minh: "}[mark]
        return source.label(self.book.instruments) + (f" — {seen}{reference}" if reference else "")

    def remembered(self, numbers: set[int] | None) -> set[int]:
        """The joins a fact may be repeated from (its `first` or `applies` outcome held)."""
        if not numbers:
            return set()
        joins = self._join
        return {joins[n][0] for n in numbers if joins[n] is not None}

    # ---- the outcomes on one fact ----------------------------------------------------

    def _findings(self, fact: dict, numbers: set[int] | None
                  ) -> tuple[list[tuple[Finding, int | None]], set[str], list[_Outcome]]:
        """The findings on a fact in rule order, the roles of the rules that applied, and the coverage
        rules that may apply but for a blank (asked for only if no coverage rule applied)."""
        chosen: dict[int, _Outcome] = {}
        for n in sorted(numbers or ()):
            entry = self._rule[n]
            if entry is None:
                continue
            item, outcome = entry
            kept = chosen.get(item)
            if kept is None or RANK[outcome.outcome] < RANK[kept.outcome]:
                chosen[item] = outcome
            elif kept is not outcome and RANK[outcome.outcome] == RANK[kept.outcome]:
                raise EngineError(f"{outcome.rule.id}: hai kết quả loại trừ nhau cùng xảy ra")
        results: list[tuple[Finding, int | None]] = []
        roles: set[str] = set()
        opened: list[_Outcome] = []
        for item in sorted(chosen):
            outcome = chosen[item]
            if outcome.outcome == "open":
                opened.append(outcome)
                continue
            results.append(outcome.finding(fact))
            roles.add(outcome.rule.role)
        checks = [o for o in opened if o.rule.role != "coverage"]
        if checks:  # the checks that may apply and fail, but for a blank: one question for them all
            rule_id = checks[0].rule.id if len(checks) == 1 else "chung.thieu_thong_tin"
            results.append((self._asked(fact, checks, "biết các quy định sau có áp dụng không", rule_id), None))
        return results, roles, [o for o in opened if o.rule.role == "coverage"]

    def _asked(self, fact: dict, opened: list[_Outcome], purpose: str, rule_id: str) -> Finding:
        """One `missing_information` finding for the rules that may apply but for blanks of the fact."""
        blanks: list[str] = []
        for outcome in opened:
            blanks += [f for f in outcome.blanks(fact) if f not in blanks]
        fields = FIELDS[fact["t"]]
        names, how = ask(blanks, {f: fields.get(f, ("str",))[0] for f in blanks})
        titles = "; ".join(f"«{o.rule.title}»" for o in opened)
        citations = list({c.label: c for o in opened for c in o.citations}.values())
        return _record(Finding, rule_id=rule_id, outcome="fail", reason="missing_information",
                       message=f"Thiếu {names} để {purpose} ({titles}): {how}",
                       actual=None, limit=None, citations=citations, basis=None)

    # ---- a claim ---------------------------------------------------------------------

    def claim(self, claim: Claim, facts: list[dict], hits: Hits, join_facts: list[dict] = (),
              earlier: list[dict] = (), first: int = 0, session: list[dict] | None = None) -> ClaimDecision:
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
              join_numbers: Any, everything: list[dict] | None) -> LineDecision:
        results, roles, opened = self._findings(fact, hits.of.get(number))
        if join_numbers:
            applies = {i: {self._join[n][0] for n in hits.of.get(i, ()) if self._join[n] is not None
                           and self._join[n][1] == "applies"} for i in join_numbers}
            for j, outcome in enumerate(self._joins):
                mine = [i for i in join_numbers if j in applies[i]]
                if not mine:
                    continue
                pairs = sorted((everything[later]["seq"], everything[earlier]["seq"], later, earlier)
                               for later in mine for n, earlier in hits.pairs_of(later) if self._join[n][0] == j)
                if pairs:
                    results.append((outcome.finding(everything[pairs[0][2]], everything[pairs[0][3]]), None))
                else:
                    results.append((outcome.finding(everything[mine[0]], None), None))
        if "eligibility" not in roles:
            results.append((_record(
                Finding, rule_id="chung.noi_dung_chi", outcome="fail", reason="no_applicable_rule",
                message=f"Không có quy định nào xác định hoạt động «{KIND_VI[claim.activity.kind]}» thuộc nội dung "
                        f"chi của Dự án 7 tại ngày {_show('law_date', 'line', fact['law_date'])}; cần thẩm định thủ công",
                actual=None, limit=None, citations=[], basis=None), None))
        if "coverage" not in roles:
            results.append((self._uncovered(claim, line, fact, opened), None))
        failures = [(f, cap) for f, cap in results if f.outcome == "fail"]
        if not failures:
            eligible = line.amount
        elif all(f.reason == "over_ceiling" and cap is not None for f, cap in failures):
            eligible = min([line.amount] + [cap for _, cap in failures])
        else:
            eligible = 0
        return _record(
            LineDecision, line_id=line.line_id, category=line.category, incurred_on=line.incurred_on or claim.activity.start_date,
            decision="flag" if failures else "approve", flag_kind=flag_kind(f.reason for f, _ in failures),
            claimed_amount=line.amount, eligible_amount=eligible, findings=[f for f, _ in results])

    def _uncovered(self, claim: Claim, line: LineItem, fact: dict, opened: list[_Outcome]) -> Finding:
        """The finding of a line no coverage rule applied to: ask for the blanks that keep one from
        applying; else a person must vet it (the category has rules, none for this case; or none at all)."""
        category = CATEGORY_VI[line.category]
        when = _show("law_date", "line", fact["law_date"])
        if opened:
            return self._asked(fact, opened, f"xác định quy định áp dụng cho khoản chi «{category}»",
                               "chung.loai_khoan_chi")
        if line.category in self.covered:
            return _record(Finding, rule_id="chung.loai_khoan_chi", outcome="fail", reason="manual_review",
                           message=f"Bộ quy tắc có quy định cho khoản chi «{category}» nhưng không quy định nào áp dụng "
                                   f"trong hoạt động «{KIND_VI[claim.activity.kind]}» tại ngày {when}; không được duyệt "
                                   f"tự động, cần thẩm định thủ công",
                           actual=None, limit=None, citations=[], basis=None)
        return _record(Finding, rule_id="chung.loai_khoan_chi", outcome="fail", reason="no_applicable_rule",
                       message=f"Chưa có quy định nào trong bộ quy tắc áp dụng cho khoản chi «{category}»; không được "
                               f"duyệt tự động, cần thẩm định thủ công",
                       actual=None, limit=None, citations=[], basis=None)

    def claim_record(self, claim: Claim, findings: list[Finding], lines: list[LineDecision],
                     cap: int | None = None) -> ClaimDecision:
        ok = all(f.outcome == "pass" for f in findings) and all(l.decision == "approve" for l in lines)
        eligible = sum(l.eligible_amount for l in lines) if all(
            f.outcome == "pass" or f.reason == "over_budget" for f in findings) else 0
        if cap is not None:
            eligible = min(eligible, cap)
        kinds = {l.flag_kind for l in lines} | {flag_kind(f.reason for f in findings if f.outcome == "fail")}
        return _record(
            ClaimDecision, claim_id=claim.claim_id, unit_code=claim.unit.code, subproject=claim.subproject,
            activity_kind=claim.activity.kind, decision="approve" if ok else "flag",
            flag_kind=strongest(kinds),
            claimed_amount=sum(l.amount for l in claim.line_items), eligible_amount=eligible,
            findings=findings, lines=lines)


class Budgets:
    """Charges each claim's eligible amount to its envelopes, in input order."""

    def __init__(self, judge: Judge, spent: dict[str, int] | None = None):
        self.judge = judge
        self.spent: dict[str, int] = dict(spent or {})
        self._basis: dict[str, Basis] = {}  # by envelope

    def _charges(self, unit_code: str, unit_level: str, subproject: str, fiscal_year: int, eligible: int):
        """(budget, envelope, spent before, wanted, passed) for each envelope the claim is charged to."""
        cap = None
        for budget in self.judge.book.budgets:
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
        """Charge a claim known only by its envelope keys and eligible amount (vet --jobs)."""
        for _ in self._charges(unit_code, unit_level, subproject, fiscal_year, eligible):
            pass

    def charge(self, claim: Claim, record: ClaimDecision) -> ClaimDecision:
        findings = list(record.findings)
        cap = None
        for budget, env, before, wanted, passed, cap in self._charges(
                claim.unit.code, claim.unit.level, claim.subproject, claim.fiscal_year, record.eligible_amount):
            template = budget.messages.pass_ if passed else budget.messages.fail
            message = template.format(envelope=env.title, amount=money(env.amount), spent=money(before),
                                      actual=money(before + wanted), limit=money(env.amount))
            basis = self._basis.get(env.id)
            if basis is None:
                basis = self._basis[env.id] = Basis(source=self.judge._label(budget.citations[0]) + f" — {env.title}",
                                                    verification=VERIFICATION[budget.verification], rate_id=env.id)
            findings.append(_record(
                Finding, rule_id=budget.id, outcome="pass" if passed else "fail",
                reason=None if passed else "over_budget", message=_marked(message, budget.verification),
                actual=before + wanted, limit=env.amount, citations=self.judge.cite(budget.id, budget.citations),
                basis=basis))
        if len(findings) == len(record.findings):
            return record
        return self.judge.claim_record(claim, findings, record.lines, cap)
