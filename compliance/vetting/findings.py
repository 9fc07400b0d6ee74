"""From one rule's outcome on one fact to its finding, with the message, the actual value against the
limit, the citations and the basis of the figure.

A rule that applied passes when its check held; it fails with its reason when the check is false
on what the claim says; when the check (or the choice of a rate row) hangs on a field the claim
left blank, it asks for that field (`missing_information`, naming the template column); when no
rate row fits what the claim says, the line goes to a person (`manual_review`). A figure marked S
or M says so in the message.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import datetime as dt
import functools
import math
import re
from collections.abc import Callable
from typing import Any

from ..rulebook import conditions as c
from ..engine.compile import rate_limit
from ..rulebook.fields import FIELDS, key
from ..engine.infer import NOTE
from ..models import Basis, Finding
from ..rulebook.schema import VERIFICATION, Compared, Join, RateCheck, RefCheck, Rule, ValueCheck
from ..vocabulary import SECONDARY_NOTE, UNVERIFIED_NOTE, CATEGORY_VI, DOCUMENT_VI, VALUE_VI, ask, money

if TYPE_CHECKING:
    from .judge import Judge

MONEY_FIELDS = {"unit_price", "amount", "amount_mismatch"} | {f for f in FIELDS["claim"] if f.startswith("total.")}
_PLACEHOLDER = re.compile(r"\{([a-z_.]+)\}")


def show(field: str | None, level: str, value: Any) -> str:
    return shower(field, level)(value)


@functools.cache
def shower(field: str | None, level: str) -> Callable[[Any], str]:
    """How a value of `field` is shown in a message: money in đồng, a date as dd/mm/yyyy, yes/no, a
    vocabulary value in Vietnamese. Worked out once per field (messages show a value per finding)."""
    is_money = field in MONEY_FIELDS
    is_date = field is not None and FIELDS[level].get(field, ("",))[0] == "date"
    words = VALUE_VI.get(field, {}) if field is not None else {}

    def shown(value: Any) -> str:
        if value is None:
            return "không có"
        if is_money and isinstance(value, (int, float)):
            return money(math.floor(value))
        if is_date and isinstance(value, int):
            return f"{value % 100:02d}/{value // 100 % 100:02d}/{value // 10000}"
        if isinstance(value, bool):
            return "có" if value else "không"
        if isinstance(value, float):
            return f"{value:g}"
        return words.get(value, str(value))
    return shown


def marked(message: str, mark: str) -> str:
    return message + (UNVERIFIED_NOTE if mark == "M" else SECONDARY_NOTE if mark == "S" else "")


def _value(value: Any) -> Any:
    """A fact value as a finding's `actual` (int, float or text): a yes/no shows as "true"/"false"."""
    return str(value).lower() if isinstance(value, bool) else value


def atoms(node: c.Node) -> list[c.Cmp]:
    """The equality comparisons a condition requires at its top (`category: x`, `{in: [..]}`)."""
    items = node.items if isinstance(node, c.All) else (node,)
    found = [n for n in items if isinstance(n, c.Cmp) and n.op == "eq"]
    for n in items:
        if isinstance(n, c.Any_) and all(isinstance(m, c.Cmp) and m.op == "eq" for m in n.items):
            found += [m for m in n.items if isinstance(m, c.Cmp)]  # all of them (checked above)
    return found


class _Template:
    """A message template split once into text and placeholders ({actual}, {limit}, vocabulary fields)."""

    def __init__(self, template: str, level: str):
        # (text, then the placeholder: a name given at render, or a fact key and how to show it); then `tail`
        self.parts: list[tuple[str, str, Callable[[Any], str] | None]] = []
        self.fields: list[str] = []  # vocabulary fields the message shows
        at = 0
        for match in _PLACEHOLDER.finditer(template):
            name = match.group(1)
            if name not in ("actual", "limit") and name in FIELDS[level]:
                self.fields.append(name)
                self.parts.append((template[at:match.start()], key(name), shower(name, level)))
            else:
                self.parts.append((template[at:match.start()], name, None))
            at = match.end()
        self.tail = template[at:]

    def render(self, fact: dict, values: dict[str, str]) -> str:
        out = []
        for text, name, shown in self.parts:
            out.append(text)
            if shown is not None:
                out.append(shown(fact.get(name)))
            else:
                given = values.get(name)
                out.append(given if given is not None else "{" + name + "}")
        out.append(self.tail)
        return "".join(out)


CACHE_SIZE = 10_000  # findings remembered by all the outcomes of a Judge before the caches are emptied


RANK = {"pass": 0, "fail": 0, "missing": 1, "norate": 2, "open": 3}  # the outcome kept when several hold


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


class Outcome:
    """One outcome of one rule (pass or fail of a rate row or a check, missing, no rate, open):
    everything its findings share, and a cache of findings by the fact values they show."""

    def __init__(self, judge: Judge, rule: Rule, outcome: str, row: int | None):
        book = judge.book
        self.judge = judge
        check = rule.check
        self.rule = rule
        self.outcome = outcome
        self.passed = outcome == "pass"
        self.field = check.field if isinstance(check, Compared) else None  # the field compared, if any
        self.field_key = key(self.field) if self.field else None
        self.shown = shower(self.field, rule.level)  # how the compared value and its limit are shown
        self.ref_key = key(check.ref) if isinstance(check, RefCheck) else None
        self.factor = check.factor if isinstance(check, (RateCheck, RefCheck)) else 1
        self.cap_kind = None
        self.template: _Template | None = None
        self.asking: list[c.Node] = []  # missing, open: the conditions whose blanks are asked for
        level = rule.level
        reads: list[str] = [f for f in (self.field, check.ref if isinstance(check, RefCheck) else None) if f]
        self.citations = judge.cite(rule.id, rule.citations)
        cond = judge.conditions(rule)
        if outcome in ("norate", "missing", "open"):
            self.basis = None
            self.limit = None
            if outcome == "norate":
                assert isinstance(check, RateCheck)  # only a rate check has no rate
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
                elif isinstance(check, RateCheck):
                    self.asking = [cond.rows[i] for i in sorted(cond.rows)] + [c.reads(key(check.field))]
                    self.purpose = "chọn " + _lower_first(book.rates[check.rate].title)
                else:
                    assert cond.holds is not None  # None only for a rate check
                    self.asking = [cond.holds]
                    self.purpose = f"xét «{rule.title}»"
                reads += [k.replace("__", ".") for node in self.asking for k in sorted(c.keys(node))]
        else:
            self.template = _Template(rule.messages.pass_ if self.passed else rule.messages.fail, level)
            limit: Any = None
            if isinstance(check, RateCheck):
                assert row is not None  # a rate check passes or fails on a row
                value = book.rates[check.rate].values[row]
                limit = rate_limit(rule, value.amount)
                citations = self.citations
                if value.source.instrument not in {c.instrument for c in citations}:  # e.g. an amending circular
                    citations = citations + [book.citation(value.source)]
                self.basis = Basis(source=judge.label(value.source, value.reference, value.verification),
                                   verification=VERIFICATION[value.verification], effective_from=value.from_,
                                   effective_to=value.to, rate_id=check.rate, checked_on=value.checked_on)
                # the weaker of the figure's mark and the rule's own (e.g. a percentage of a verified rate)
                self.mark = max(value.verification, rule.verification, key="VSM".index)
            else:
                if isinstance(check, ValueCheck):
                    limit = check.value.strftime("%d/%m/%Y") if isinstance(check.value, dt.date) else check.value
                citations = self.citations
                self.basis = Basis(source=judge.label(rule.citations[0], rule.reference, rule.verification),
                                   verification=VERIFICATION[rule.verification],
                                   effective_from=rule.valid.from_, effective_to=rule.valid.to)
                self.mark = rule.verification
            if isinstance(limit, float) and self.field in MONEY_FIELDS:
                limit = math.floor(limit)  # a scaled ceiling is paid in whole đồng, rounded down
            self.limit = limit
            self.citations = citations
            if not self.passed and book.payment.capped(level, rule.reason) and self.field in ("unit_price", "amount"):
                self.cap_kind = self.field
        if self.template is not None:
            reads += self.template.fields
        # Fields the outcome rests on whose value may have been worked out from the claim's words:
        # the finding says so (engine/infer.py).
        rested = [cond.applies] + ([cond.rows[row]] if row is not None and row in cond.rows else []) + (
            [cond.holds] if cond.holds is not None else [])
        noted = sorted({k for node in rested for k in c.keys(node)} | {key(f) for f in reads if f})
        self.notes = tuple(NOTE + k for k in noted)  # the fact keys of their notes
        # The fact values a finding depends on, as keys; a float is told apart from the equal int.
        self.reads = tuple(dict.fromkeys([key(f) for f in reads if f] + list(self.notes)))
        self.cache: dict[tuple, tuple[Finding, Any]] | None = {}
        self.lookups = 0

    def finding(self, fact: dict) -> tuple[Finding, int | None]:
        if self.cache is None:  # its findings rarely repeat (e.g. they show each line's amount)
            hit = self._make(fact)
        else:
            values = tuple(map(fact.get, self.reads))
            if float in map(type, values):  # rare: then a float is told apart from the equal int
                values = tuple((v, float) if type(v) is float else v for v in values)
            cached = self.cache.get(values)
            self.lookups += 1
            if cached is not None:
                hit = cached
            else:
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
        notes = list(dict.fromkeys(fact[k] for k in self.notes if k in fact))
        if notes:
            found = found.model_copy(update={"message": f"{found.message} ({'; '.join(notes)})"})
        return found, limit

    def _made(self, fact: dict) -> tuple[Finding, Any]:
        rule, field = self.rule, self.field
        actual = fact.get(self.field_key) if self.field_key else None
        if self.outcome == "norate":
            when = show("law_date", "line", fact["law_date"])
            if self.template is not None:
                message = self.template.render(fact, {"actual": self.shown(actual),
                                                      "limit": "không có"}) + f" (ngày {when})"
            else:
                message = self.default.replace("{when}", when)
            return Finding(rule_id=rule.id, outcome="fail", reason="manual_review", message=message,
                           actual=_value(actual), limit=None, citations=self.citations, basis=None), None
        if self.asking:
            fields = FIELDS[rule.level]
            blanks = self.blanks(fact)
            names, how = ask(blanks, {f: fields.get(f, ("str",))[0] for f in blanks})
            return Finding(rule_id=rule.id, outcome="fail", reason="missing_information",
                           message=f"Thiếu {names} để {self.purpose}: {how}", actual=_value(actual), limit=None,
                           citations=self.citations, basis=None), None
        limit = self.limit
        if self.ref_key is not None:
            ref = fact.get(self.ref_key)
            limit = ref * self.factor if ref is not None else None
            if isinstance(limit, float) and field in MONEY_FIELDS:
                limit = math.floor(limit)
        template = self.template
        assert template is not None  # a pass or fail outcome has its message
        message = template.render(fact, {"actual": self.shown(actual), "limit": self.shown(limit)})
        return Finding(rule_id=rule.id, outcome="pass" if self.passed else "fail", reason=None if self.passed else rule.reason,
            message=marked(message, self.mark), actual=_value(actual),
            limit=limit, citations=self.citations, basis=self.basis), limit


# What a join's message may show, from the later fact and the first one it repeats (None: not shown);
# names and numbers as written, not as normalised for matching
_JOIN_SHOWS: dict[str, Callable[[dict, dict | None, str], str | None]] = {
    "claim": lambda later, first, of: first["claim_id"] if first else None,
    "line": lambda later, first, of: first["line_id"] if first else None,
    "kind": lambda later, first, of: DOCUMENT_VI.get(later.get("kind", ""), later.get("kind", "")),
    "number": lambda later, first, of: later.get("number_shown", ""),
    "issuer": lambda later, first, of: later.get("issuer_shown") or "không ghi",
    "payee": lambda later, first, of: later.get("payee_shown", ""),
    "day": lambda later, first, of: show("day", of, later.get("day")),
    "category": lambda later, first, of: CATEGORY_VI.get(later["category"], ""),
}


class JoinOutcome:
    """The pass and fail findings of one join (cross-claim rule)."""

    def __init__(self, judge: Judge, join: Join):
        self.join = join
        # re.split with one group: text, name, text, name, …, text
        self.pass_ = _PLACEHOLDER.split(join.messages.pass_)
        self.fail = _PLACEHOLDER.split(join.messages.fail)
        self.citations = judge.cite(join.id, join.citations)
        self.basis = Basis(source=judge.label(join.citations[0], join.reference, join.verification),
                           verification=VERIFICATION[join.verification],
                           effective_from=join.valid.from_, effective_to=join.valid.to)

    def finding(self, later: dict, first: dict | None) -> Finding:
        join = self.join
        parts = self.fail if first else self.pass_
        out = [parts[0]]
        for i in range(1, len(parts), 2):
            name = parts[i]
            shown = _JOIN_SHOWS[name](later, first, join.of) if name in _JOIN_SHOWS else None
            out += (shown if shown is not None else "{" + name + "}", parts[i + 1])
        return Finding(rule_id=join.id, outcome="fail" if first else "pass",
                       reason=join.reason if first else None, message=marked("".join(out), join.verification),
                       actual=None, limit=None, citations=self.citations, basis=self.basis)
