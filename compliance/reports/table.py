"""The terminal report: the claims, then the reasons of every flag with its clause, then the totals
with the flagged items by kind of flag (violation, missing information, manual review).

Any width: claim ids, amounts with their "đ", reason labels and clause references are never cut or
split. The claims are a table when its unbreakable cells fit the terminal (columns sized here, cells
wrapped by `wrap`), else one block a claim; the flag list and totals are paragraphs wrapped by `wrap`.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..models import FLAG_KIND, ClaimDecision, DecisionDocument, Finding
from ..vocabulary import CATEGORY_VI, FLAG_KIND_EN, FLAG_KIND_VI, KIND_VI, REASON_VI, money
from ..models import FLAG_KINDS
from .kinds import flagged, tally
from .wrap import hold, wrap

WORDS = {
    "vi": {"approve": "duyệt", "flag": "gắn cờ", "claim": "Mã hồ sơ", "who": "Đơn vị · TDA · hoạt động",
           "decision": "Kết quả", "claimed": "Đề nghị", "eligible": "Được thanh toán", "reasons": "Lý do",
           "title": "Kết quả thẩm định", "flags": "Các khoản bị gắn cờ", "line": "khoản", "claim_level": "cả hồ sơ",
           "rulebook": "Bộ quy tắc", "count": "{n} hồ sơ: {a} duyệt, {f} gắn cờ", "total_claimed": "đề nghị {c}",
           "total_eligible": "được thanh toán {e}", "by_kind": "Gắn cờ", "kind_item": "{n} {kind} ({money})",
           "kind_note": "(số khoản gắn cờ, kể cả kiểm tra cấp hồ sơ, và số tiền có rủi ro: đề nghị − được thanh toán)",
           "kinds": FLAG_KIND_VI, "reason_words": REASON_VI, "categories": CATEGORY_VI, "activities": KIND_VI},
    "en": {"approve": "approve", "flag": "flag", "claim": "Claim", "who": "Unit · sub-project · activity",
           "decision": "Decision", "claimed": "Claimed", "eligible": "Eligible", "reasons": "Reasons",
           "title": "Vetting result", "flags": "Flagged items", "line": "line", "claim_level": "whole claim",
           "rulebook": "Rulebook", "count": "{n} claims: {a} approved, {f} flagged", "total_claimed": "claimed {c}",
           "total_eligible": "eligible {e}", "by_kind": "Flagged", "kind_item": "{kind} {n} ({money})",
           "kind_note": "(flagged items, claims' own checks included, and the amount at risk: claimed − eligible)",
           "kinds": FLAG_KIND_EN, "reason_words": {}, "categories": {}, "activities": {}},
}
BOX = 3  # a column's share of the table's rules and padding (box edge + one space each side); +1 per table


def _reason(code: str | None, w: dict) -> str:
    return w["reason_words"].get(code, code) or ""


def _labels(w: dict) -> list[str]:
    """The labels that are never split: kinds of flag and reasons."""
    return [*w["kinds"].values(), *(_reason(r, w) for r in REASON_VI)]


def _failed(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.outcome == "fail"]


def _reasons(claim: ClaimDecision, w: dict) -> str:
    """The failed reasons of a claim by kind of flag: "vi phạm: vượt mức, chi trùng; thiếu thông tin"."""
    failed = {f.reason for findings in (claim.findings, *(line.findings for line in claim.lines))
              for f in _failed(findings)}
    parts = []
    for kind in FLAG_KINDS:
        reasons = [r for r in REASON_VI if r in failed and FLAG_KIND.get(r, "violation") == kind]
        if reasons:
            named = [_reason(r, w) for r in reasons if r != kind]
            parts.append(w["kinds"][kind] + (": " + ", ".join(named) if named else ""))
    return "; ".join(parts)


def _finding_label(f: Finding, w: dict) -> str:
    kind = FLAG_KIND.get(f.reason, "violation")
    return w["kinds"][kind] + ("" if f.reason == kind else f": {_reason(f.reason, w)}")


@dataclass(frozen=True)
class _Row:
    claim: ClaimDecision
    who: str
    reasons: str

    @classmethod
    def of(cls, claim: ClaimDecision, w: dict) -> _Row:
        activity = w["activities"].get(claim.activity_kind, claim.activity_kind)
        return cls(claim, f"{claim.unit_code} · {claim.subproject} · {activity}", _reasons(claim, w))


def _styled(text: str, *spans: tuple[str, str]) -> Text:
    """Plain text (never markup: it holds data) with the first occurrence of each phrase styled."""
    out = Text(text)
    for phrase, style in spans:
        start = text.find(phrase) if phrase else -1
        if start >= 0:
            out.stylize(style, start, start + len(phrase))
    return out


def _longest_unit(texts: list[str], keep: list[str]) -> int:
    """The widest piece of `texts` that wrapping may not split."""
    return max((len(piece) for t in texts for piece in hold(t, 10_000, keep).split(" ")), default=0)


def _table(rows: list[_Row], w: dict, width: int) -> Table | None:
    """The claims as a table sized to `width`, or None when its unbreakable cells do not fit."""
    keep = _labels(w)
    fixed = {
        "claim": [r.claim.claim_id for r in rows], "decision": [w[r.claim.decision] for r in rows],
        "claimed": [money(r.claim.claimed_amount) for r in rows], "eligible": [money(r.claim.eligible_amount) for r in rows],
    }
    flexible = {"who": [r.who for r in rows], "reasons": [r.reasons for r in rows]}
    widths = {name: max([_longest_unit([w[name]], keep), *map(len, cells)]) for name, cells in fixed.items()}
    least = {name: max(_longest_unit([w[name], *cells], keep), 1) for name, cells in flexible.items()}
    most = {name: max([least[name], *map(len, cells)]) for name, cells in flexible.items()}
    spare = width - (BOX * (len(fixed) + len(flexible)) + 1) - sum(widths.values()) - sum(least.values())
    if spare < 0:
        return None
    slack = sum(most[n] - least[n] for n in flexible)
    for name in flexible:
        widths[name] = least[name] + (min(most[name] - least[name], spare * (most[name] - least[name]) // slack)
                                      if slack else 0)
    table = Table(title=w["title"])
    for name in ("claim", "who", "decision", "claimed", "eligible", "reasons"):
        table.add_column(w[name], width=widths[name], justify="right" if name in ("claimed", "eligible") else "left")
    for r in rows:
        style = "green" if r.claim.decision == "approve" else "red"
        table.add_row(Text(r.claim.claim_id), Text(wrap(r.who, widths["who"], keep=keep)),
                      Text(w[r.claim.decision], style=style), money(r.claim.claimed_amount),
                      money(r.claim.eligible_amount), Text(wrap(r.reasons, widths["reasons"], keep=keep)))
    return table


def _blocks(rows: list[_Row], w: dict, console: Console) -> None:
    """The claims one block each, for a terminal too narrow for the table."""
    keep = _labels(w)
    console.print(Text(w["title"], style="bold"), soft_wrap=True)
    for r in rows:
        c = r.claim
        decision = w[c.decision]
        amounts = [f"{w['claimed'].lower()} {money(c.claimed_amount)}", f"{w['eligible'].lower()} {money(c.eligible_amount)}"]
        rest = "\n".join([r.who, " · ".join(amounts), *([r.reasons] if r.reasons else [])])
        block = wrap(f"{c.claim_id} · {decision}", console.width) + "\n" + wrap(rest, console.width, "  ",
                                                                                  keep=[*keep, *amounts])
        console.print(_styled(block, (c.claim_id, "bold"), (decision, "green" if c.decision == "approve" else "red")),
                      soft_wrap=True)


def _flags(doc: DecisionDocument, w: dict, console: Console) -> None:
    keep = _labels(w)
    flagged_claims = [c for c in doc.claims if c.decision == "flag"]
    if flagged_claims:
        console.print(Text("\n" + w["flags"], style="bold"), soft_wrap=True)
    for claim in flagged_claims:
        console.print(Text(claim.claim_id, style="bold"), soft_wrap=True)
        items: list[tuple[str, Finding, str | None]] = [(w["claim_level"], f, None) for f in _failed(claim.findings)]
        items += [(f"{w['line']} {line.line_id} ({w['categories'].get(line.category, line.category)})", f,
                   f"{w['eligible'].lower()} {money(line.eligible_amount)}")
                  for line in claim.lines for f in _failed(line.findings)]
        for where, f, paid in items:
            label = _finding_label(f, w)
            cites = [c.label for c in f.citations]
            text = wrap(f"{where} · {label} — {f.message}" + (f"; {paid}" if paid else ""), console.width, "  • ",
                        "    ", keep=[label, *([paid] if paid else []), *keep, *cites])
            console.print(_styled(text, (label, "red")), soft_wrap=True)
            source = wrap(f"{f.rule_id} · {'; '.join(cites) or '—'}", console.width, "    ", keep=cites)
            console.print(Text(source, style="dim"), soft_wrap=True)


def _totals(doc: DecisionDocument, w: dict, console: Console) -> None:
    approved = sum(c.decision == "approve" for c in doc.claims)
    parts = [w["count"].format(n=len(doc.claims), a=approved, f=len(doc.claims) - approved),
             w["total_claimed"].format(c=money(sum(c.claimed_amount for c in doc.claims))),
             w["total_eligible"].format(e=money(sum(c.eligible_amount for c in doc.claims)))]
    console.print("\n" + wrap(f"{parts[0]} — {parts[1]}, {parts[2]}", console.width, keep=parts),
                  soft_wrap=True, markup=False, highlight=False)
    kinds = [w["kind_item"].format(n=t.items, kind=w["kinds"][t.kind], money=money(t.at_risk))
             for t in tally(flagged(doc.claims))]
    counts = [k.rsplit(" (", 1)[0] for k in kinds]  # "12 vi phạm" whole when its amount does not fit beside it
    console.print(wrap(f"{w['by_kind']}: " + ", ".join(kinds), console.width, keep=[*kinds, *counts, *_labels(w)]),
                  soft_wrap=True, markup=False, highlight=False)
    console.print(Text(wrap(w["kind_note"], console.width), style="dim"), soft_wrap=True)
    console.print(Text(wrap(f"{w['rulebook']} {doc.rulebook.version} · {doc.rulebook.digest}", console.width),
                       style="dim"), soft_wrap=True)


def render(doc: DecisionDocument, console: Console, lang: str = "vi") -> None:
    w = WORDS[lang]
    rows = [_Row.of(claim, w) for claim in doc.claims]
    table = _table(rows, w, console.width)
    if table is not None:
        console.print(table)
    else:
        _blocks(rows, w, console)
    _flags(doc, w, console)
    _totals(doc, w, console)
