"""The terminal report: a table of claims, then the reasons of every flag with its clause."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from ..models import DecisionDocument, Finding
from ..vocabulary import REASON_VI, money

WORDS = {
    "vi": {"approve": "duyệt", "flag": "gắn cờ", "claim": "Mã hồ sơ", "unit": "Đơn vị", "sub": "TDA",
           "kind": "Hoạt động", "decision": "Kết quả", "claimed": "Đề nghị", "eligible": "Được thanh toán",
           "reasons": "Lý do", "title": "Kết quả thẩm định", "flags": "Các khoản bị gắn cờ",
           "line": "khoản", "claim_level": "cả hồ sơ", "rulebook": "Bộ quy tắc",
           "summary": "{n} hồ sơ: {a} duyệt, {f} gắn cờ — đề nghị {c}, được thanh toán {e}"},
    "en": {"approve": "approve", "flag": "flag", "claim": "Claim", "unit": "Unit", "sub": "Sub-project",
           "kind": "Activity", "decision": "Decision", "claimed": "Claimed", "eligible": "Eligible",
           "reasons": "Reasons", "title": "Vetting result", "flags": "Flagged items",
           "line": "line", "claim_level": "whole claim", "rulebook": "Rulebook",
           "summary": "{n} claims: {a} approved, {f} flagged — claimed {c}, eligible {e}"},
}


def _reason(code: str | None, lang: str) -> str:
    return (REASON_VI.get(code, code) if lang == "vi" else code) or ""


def _cites(finding: Finding) -> str:
    return "; ".join(c.label for c in finding.citations)


def render(doc: DecisionDocument, console: Console, lang: str = "vi") -> None:
    w = WORDS[lang]
    table = Table(title=w["title"], show_lines=False)
    for name, justify, wrap in (("claim", "left", False), ("unit", "left", True), ("sub", "left", False),
                                ("kind", "left", True), ("decision", "left", False), ("claimed", "right", False),
                                ("eligible", "right", False), ("reasons", "left", True)):
        table.add_column(w[name], justify=justify, overflow="fold", no_wrap=not wrap)
    for claim in doc.claims:
        reasons = sorted({f.reason for f in claim.findings if f.outcome == "fail"}
                         | {f.reason for line in claim.lines for f in line.findings if f.outcome == "fail"})
        style = "green" if claim.decision == "approve" else "red"
        table.add_row(claim.claim_id, claim.unit_code, claim.subproject, claim.activity_kind,
                      f"[{style}]{w[claim.decision]}[/]", money(claim.claimed_amount), money(claim.eligible_amount),
                      ", ".join(_reason(r, lang) for r in reasons))
    console.print(table)

    flagged = [c for c in doc.claims if c.decision == "flag"]
    if flagged:
        console.print(f"\n[bold]{w['flags']}[/]")
    for claim in flagged:
        console.print(f"[bold]{claim.claim_id}[/]")
        for f in claim.findings:
            if f.outcome == "fail":
                console.print(f"  • {w['claim_level']}: [red]{_reason(f.reason, lang)}[/] — {f.message}"
                              f"\n    [dim]{f.rule_id} · {_cites(f)}[/]")
        for line in claim.lines:
            for f in line.findings:
                if f.outcome == "fail":
                    console.print(f"  • {w['line']} {line.line_id} ({line.category}): [red]{_reason(f.reason, lang)}[/] — "
                                  f"{f.message}; {w['eligible'].lower()} {money(line.eligible_amount)}"
                                  f"\n    [dim]{f.rule_id} · {_cites(f) or '—'}[/]")
    approved = sum(c.decision == "approve" for c in doc.claims)
    console.print("\n" + w["summary"].format(
        n=len(doc.claims), a=approved, f=len(doc.claims) - approved,
        c=money(sum(c.claimed_amount for c in doc.claims)), e=money(sum(c.eligible_amount for c in doc.claims))))
    console.print(f"[dim]{w['rulebook']} {doc.rulebook.version} · {doc.rulebook.digest}[/]")
