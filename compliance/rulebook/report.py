"""Reports on the rulebook for rule writers: clause coverage, unverified figures, changes between dates."""

from __future__ import annotations

import datetime as dt
import json

from .scenarios import Scan
from .load import Rulebook
from .schema import ConditionCheck, Join, Period, Rule



def _items(book: Rulebook) -> list:
    return [*book.rules, *book.joins, *book.budgets]


def coverage(book: Rulebook, scan: Scan) -> dict:
    """Per rule its approving and flagging scenarios; per clause Dự án 7 rests on (instruments' `clauses`) its rules."""
    counts = scan.by_rule()
    rules = []
    for rule_id, title in [(i.id, i.title) for i in _items(book)] + [(f.id, f.title) for f in book.fallbacks.values()]:
        cov = counts.get(rule_id)
        rules.append({
            "rule_id": rule_id, "title": title,
            "approve_scenarios": cov.approve if cov else 0, "flag_scenarios": cov.flag if cov else 0,
            "scenarios": [f"{s.file}:{s.line} {s.name}" for s in scan.for_rule(rule_id)],
        })
    clauses = []
    for instrument, inst in book.instruments.items():  # the clauses each instrument declares (`clauses:`)
        for article, clause in ((c.article, c.clause) for c in inst.clauses):
            ids = [i.id for i in _items(book) if any(
                c.instrument == instrument and c.article == article and c.clause == clause for c in i.citations)]
            clauses.append({"instrument": instrument, "article": article, "clause": clause,
                            "label": f"khoản {clause} Điều {article} {instrument}", "rules": ids})
    always = {rule.id for rule in book.rules if isinstance(rule.check, ConditionCheck) and rule.check.holds_always}
    gaps = ([f"quy định {r['rule_id']} thiếu kịch bản duyệt" for r in rules if not r["approve_scenarios"]]
            + [f"quy định {r['rule_id']} thiếu kịch bản gắn cờ" for r in rules
               if not r["flag_scenarios"] and r["rule_id"] not in always]
            + [f"{c['label']} chưa có quy định nào" for c in clauses if not c["rules"]])
    return {"rulebook": {"version": book.version, "digest": book.digest}, "rules": rules, "clauses": clauses,
            "gaps": gaps, "complete": not gaps}


def verify(book: Rulebook, stale_after: int | None = None, today: dt.date | None = None) -> dict:
    """Every figure and basis not verified against the official text (S, M), and every figure not
    checked within `stale_after` days."""
    today = today or dt.date.today()
    figures = []
    for table in book.rates.values():
        for row in table.values:
            stale = stale_after is not None and (today - row.checked_on).days > stale_after
            if row.verification != "V" or stale:
                figures.append({
                    "rate": table.rate, "title": table.title, "amount": row.amount, "unit": table.unit,
                    "from": row.from_, "to": row.to, "when": row.key or None,
                    "source": row.source.label(book.instruments), "reference": row.reference,
                    "verification": row.verification, "checked_on": row.checked_on, "stale": stale,
                })
    bases = [{"id": i.id, "title": i.title, "source": "; ".join(s.label(book.instruments) for s in i.citations),
              "reference": getattr(i, "reference", None), "verification": i.verification}
             for i in _items(book) if i.verification != "V"]
    instruments = [{"number": n, "title": i.title, "effective_from": i.effective_from, "effective_to": i.effective_to,
                    "verification": i.verification, "note": i.note}
                   for n, i in book.instruments.items() if i.verification != "V"]
    return {"rulebook": {"version": book.version, "digest": book.digest}, "today": today,
            "stale_after_days": stale_after, "figures": figures, "bases": bases, "instruments": instruments}


def _in_force(period: Period, day: dt.date) -> bool:
    return period.covers(day)


# Conditions on the law's date itself: a transition (e.g. Circular 60/2026 Art. 21 cl. 1 keeps Circular 55/2023
# for extended tasks) says *when* a rule applies, not *what* it tests; successors are paired without them.
_TRANSITION_FIELDS = {"law_date", "claim.attributes.extended_task"}


def _timeless(spec):
    if not isinstance(spec, dict):
        return spec

    def fields(node) -> set[str]:
        if isinstance(node, list):
            return set().union(*(fields(n) for n in node)) if node else set()
        if isinstance(node, dict):
            return set().union(*((fields(v) if k in ("any", "all") else {k}) for k, v in node.items()))
        return set()

    out = {k: v for k, v in spec.items()
           if not (k in _TRANSITION_FIELDS or (k in ("any", "all") and fields(v) <= _TRANSITION_FIELDS))}
    return out or None


def diff(book: Rulebook, before: dt.date, after: dt.date) -> dict:
    """What changed in the law between two dates: rules, their citations, and rates."""

    def rules_at(day: dt.date) -> dict[str, Rule | Join]:
        items: list[Rule | Join] = [*book.rules, *book.joins]
        return {i.id: i for i in items if _in_force(i.valid, day)}

    def shape(item) -> str:  # what a rule tests, without its citations: pairs a rule with its successor
        data = item.model_dump(mode="json", include={"level", "applies", "check", "of", "same", "when", "reason"})
        data["applies"] = _timeless(data.get("applies"))
        return json.dumps(data, sort_keys=True, ensure_ascii=False)

    def cites(item) -> list[str]:
        return [s.label(book.instruments) for s in item.citations]

    old, new = rules_at(before), rules_at(after)
    gone = {i: r for i, r in old.items() if i not in new}
    came = {i: r for i, r in new.items() if i not in old}
    successors = []
    for gid, g in list(gone.items()):
        match = next((cid for cid, c in came.items() if shape(c) == shape(g)), None)
        if match:
            successors.append({"from": gid, "to": match, "citations_from": cites(g), "citations_to": cites(came[match]),
                               "title": came[match].title})
            gone.pop(gid)
            came.pop(match)
    rates = []
    for table in book.rates.values():
        for key in {json.dumps(r.key, sort_keys=True, ensure_ascii=False, default=str) for r in table.values}:
            rows = [r for r in table.values if json.dumps(r.key, sort_keys=True, ensure_ascii=False, default=str) == key]
            a = next((r for r in rows if _in_force(r, before)), None)
            b = next((r for r in rows if _in_force(r, after)), None)
            if (a and a.amount) != (b and b.amount):
                rates.append({"rate": table.rate, "title": table.title, "when": rows[0].key or None, "unit": table.unit,
                              "before": a.amount if a else None, "after": b.amount if b else None,
                              "source_before": a.source.label(book.instruments) if a else None,
                              "source_after": b.source.label(book.instruments) if b else None})
    return {"from": before, "to": after,
            "replaced": successors,
            "removed": [{"id": i, "title": r.title, "citations": cites(r)} for i, r in gone.items()],
            "added": [{"id": i, "title": r.title, "citations": cites(r)} for i, r in came.items()],
            "rates": sorted(rates, key=lambda r: r["rate"])}


def texts(book: Rulebook) -> dict:
    """Which cited articles the rulebook holds the verbatim text of (`dieu-N.md`), and which it lacks."""
    cited: dict[tuple[str, int | None], list[str]] = {}
    for item in _items(book):
        for source in item.citations:
            cited.setdefault((source.instrument, source.article), []).append(item.id)
    for table in book.rates.values():
        for value in table.values:
            cited.setdefault((value.source.instrument, value.source.article), []).append(table.rate)
    held = [{"instrument": a.header.instrument, "article": a.header.article, "title": a.header.title,
             "path": a.path, "verification": a.header.verification, "copied_on": a.header.copied_on.isoformat(),
             "clauses": sum(1 for p in a.passages if p.startswith("khoan-") and "-diem-" not in p),
             "cited_by": sorted(set(cited.get((a.header.instrument, a.header.article), [])))}
            for a in sorted(book.texts.values(), key=lambda a: a.path)]
    missing = [{"instrument": instrument, "article": article, "cited_by": sorted(set(ids))}
               for (instrument, article), ids in sorted(cited.items(), key=lambda kv: (kv[0][0], kv[0][1] or 0))
               if (instrument, article) not in book.texts]
    return {"held": held, "missing": missing}
