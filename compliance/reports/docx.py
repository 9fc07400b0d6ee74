"""The appraisal record a unit signs — "BIÊN BẢN THẨM ĐỊNH HỒ SƠ THANH TOÁN" — as a Word file in the
layout of Decree 30/2020/NĐ-CP (`docx_layout`), followed — on a new page, numbered anew, and only when
some item is not accepted in full — by a draft notice of the unit's own pre-check in the style of treasury form 33
("Thông báo kết quả giải quyết thủ tục hành chính"), titled so that it cannot be taken for a treasury
document.

The record: national header, number ("Số: …/BB-…") and place-and-date lines, title and subject, the
legal basis (each instrument the findings cite, once: `legal_basis`), a summary, one table per claim
(STT | Nội dung | Đề nghị | Chấp nhận | Chênh lệch | Căn cứ | Phân loại | Kiến nghị, with the failed
findings' messages under it), the conclusion with the totals in figures and in words
(`amount_words`), the signatures (NGƯỜI LẬP, KẾ TOÁN TRƯỞNG, THỦ TRƯỞNG ĐƠN VỊ) and "Nơi nhận".

It is written from the decision document alone, so one batch gives the same record from `compliance
vet`, `compliance report` and the web. A saved batch may add its auditors' dispositions: they are quoted
under the claim they concern (the amounts stay those vetted), and an item whose flag an auditor
overturned is left out of the notice.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from docx import Document
from pydantic import BaseModel, ConfigDict, Field

from ..models import Citation, Claim, ClaimDecision, DecisionDocument, Finding, LineDecision
from ..vocabulary import (CATEGORY_VI, FLAG_KIND_VI, KIND_VI, REASON_VI, RECOMMENDATION_VI,
                          SUBPROJECT_VI)
from . import docx_layout as layout
from .appraisal import PROGRAMME, appraisal, contents, failed, labels, strongest_failure
from .amount_words import vnd_figures, vnd_in_words
from .docx_layout import RIGHT, SMALL_PT, TEXT_WIDTH_MM, body, decree_date, heading, para, run
from .kinds import claim_kind, flagged, tally
from ..rulebook.texts import MISSING, ArticleText, Passage

Law = Callable[[Citation], "tuple[ArticleText, Passage] | None"]  # Rulebook.cited: a citation's verbatim text

if TYPE_CHECKING:
    from ..rulebook.schema import Instrument

TITLE = "BIÊN BẢN THẨM ĐỊNH HỒ SƠ THANH TOÁN"
SUBJECT = ("Về việc thẩm định hồ sơ đề nghị thanh toán kinh phí Dự án 7, Chương trình mục tiêu quốc gia giảm nghèo "
           "bền vững")
NOTICE_TITLE = "THÔNG BÁO KẾT QUẢ KIỂM TRA TRƯỚC KHI GỬI KHO BẠC"
NOTICE_DRAFT = "(dự thảo, không phải văn bản của Kho bạc)"
SIGNERS = ("NGƯỜI LẬP", "KẾ TOÁN TRƯỞNG", "THỦ TRƯỞNG ĐƠN VỊ")
RECIPIENTS = ("- Như trên;", "- Lưu: VT, KT.")
WHOLE_CLAIM = "Kiểm tra chung của hồ sơ"
DOCX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
Dispositions = Mapping[tuple[str, str | None], Any]  # (claim id, line id or None) -> the last disposition

# The environment is the project's way of setting things (COMPLIANCE_DB, COMPLIANCE_USER …); the CLI's
# --unit-name, --place and --title override these for one run.
ENV = {
    "parent_name": "COMPLIANCE_RECORD_PARENT",
    "unit_name": "COMPLIANCE_RECORD_UNIT",
    "abbreviation": "COMPLIANCE_RECORD_ABBREVIATION",
    "place": "COMPLIANCE_RECORD_PLACE",
    "title": "COMPLIANCE_RECORD_TITLE",
}

# The "Căn cứ" block: the programme's circulars first, then the instruments they refer to (by legal
# force: laws, decrees, the Prime Minister's decisions, circulars; then by year), then the province's.
FORCE = (("/QH", 0), ("/NĐ-CP", 1), ("/QĐ-TTg", 2), ("/TT-", 3))


class RecordSettings(BaseModel):
    """Who issues the record and where: the unit's own words (defaults are Decree 30's placeholders)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    parent_name: str | None = Field(None, max_length=200, description="Cơ quan chủ quản, ví dụ «UBND tỉnh Quảng Nam»")
    unit_name: str = Field("Tên cơ quan, đơn vị", min_length=1, max_length=200, description="Đơn vị lập biên bản")
    abbreviation: str = Field("…", min_length=1, max_length=40, description="Chữ viết tắt tên đơn vị: «Số: …/BB-…»")
    place: str = Field("……", min_length=1, max_length=100, description="Địa danh của dòng ngày tháng")
    title: str = Field(TITLE, min_length=1, max_length=200, description="Tên biên bản")
    date: dt.date = Field(default_factory=dt.date.today, description="Ngày lập biên bản")

    @classmethod
    def from_env(cls, **given: Any) -> RecordSettings:
        """Settings from COMPLIANCE_RECORD_* variables, then the values given (None: not given)."""
        values = {field: os.environ[name].strip() for field, name in ENV.items() if os.environ.get(name, "").strip()}
        values.update({k: v.strip() if isinstance(v, str) else v for k, v in given.items() if v is not None})
        return cls(**values)


# ---- entry points ------------------------------------------------------------------------------


def build_record(doc: DecisionDocument, settings: RecordSettings | None = None,
                 instruments: Mapping[str, Instrument] | None = None,
                 dispositions: Dispositions | None = None, claims: Iterable[Claim | dict] | None = None,
                 law: Law | None = None):
    """The record (and the draft notice) as a python-docx Document. `claims`: the claims as submitted,
    for each line's own content text (without them a line is named by its category)."""
    settings = settings or RecordSettings()
    document = Document()
    layout.page_setup(document)
    _record(document, doc, settings, instruments or {}, dispositions or {}, contents(claims))
    rejected = _rejected(doc, dispositions or {})
    if rejected:
        layout.next_document(document)
        _notice(document, settings, rejected)
    if law is not None:
        _annex(document, doc, law)
    return document


def write_record(doc: DecisionDocument, path: Path | str, settings: RecordSettings | None = None,
                 instruments: Mapping[str, Instrument] | None = None,
                 dispositions: Dispositions | None = None, claims: Iterable[Claim | dict] | None = None,
                 law: Law | None = None) -> None:
    """Write the record at `path`, replaced atomically (a failure leaves no partial file)."""
    path = Path(path)
    document = build_record(doc, settings, instruments, dispositions, claims, law)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        document.save(tmp)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def record_bytes(doc: DecisionDocument, settings: RecordSettings | None = None,
                 instruments: Mapping[str, Instrument] | None = None,
                 dispositions: Dispositions | None = None, claims: Iterable[Claim | dict] | None = None,
                 law: Law | None = None) -> bytes:
    """The record as the bytes of a .docx file (the web's download)."""
    buffer = io.BytesIO()
    build_record(doc, settings, instruments, dispositions, claims, law).save(buffer)
    return buffer.getvalue()


def saved_batch(store, batch_id: int) -> tuple[DecisionDocument, Dispositions, list[dict]]:
    """A saved batch's decision document as vetted, the last disposition of each settled item, and the
    claims as submitted."""
    from ..store import get_batch
    from ..store.review import batch_review

    review = batch_review(store, batch_id)
    dispositions = {(row.claim_id, row.line_id): row.last for row in review.items if row.last is not None}
    return get_batch(store, batch_id), dispositions, list(review.submitted.values())


def settings_problem(exc: Exception) -> str:
    """A Vietnamese message for settings that do not validate."""
    fields = sorted({str(e["loc"][0]) for e in getattr(exc, "errors", lambda: [])() if e.get("loc")})
    return (f"thiết lập biên bản không hợp lệ ({', '.join(fields)}): tên đơn vị, cơ quan chủ quản và tên biên bản "
            "1–200 ký tự, địa danh 1–100 ký tự, chữ viết tắt 1–40 ký tự")


# ---- what the record says ----------------------------------------------------------------------


def _beyond_lines(claim: ClaimDecision) -> int:
    """What a claim loses by its own checks, beyond what its lines lose."""
    return max(claim.claimed_amount - claim.eligible_amount
               - sum(line.claimed_amount - line.eligible_amount for line in claim.lines), 0)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _short_date(day: dt.date) -> str:
    return f"{day:%d/%m/%Y}"


def _instrument_of_label(citation: Citation) -> str:
    """"Thông tư 40/2017/TT-BTC" from a label such as "khoản 1 Điều 12 Thông tư 40/2017/TT-BTC"."""
    parts = [f"điểm {citation.point}" if citation.point else "",
             f"khoản {citation.clause}" if citation.clause is not None else "",
             f"Điều {citation.article}" if citation.article is not None else "", citation.section or ""]
    prefix = " ".join(p for p in parts if p)
    label = citation.label
    return label[len(prefix):].strip() if prefix and label.startswith(prefix) else label


def _year(number: str) -> int:
    found = re.search(r"/(\d{4})/", number)
    return int(found.group(1)) if found else 0


def _order(number: str, instruments: Mapping[str, Instrument]) -> tuple:
    """Sort key of an instrument in the "Căn cứ" block; an amending one follows the one it amends."""
    instrument = instruments.get(number)
    amended = re.match(r"Sửa đổi, bổ sung .*?Thông tư (?:số )?(\S+/\S+)", instrument.title if instrument else "")
    if amended and amended.group(1) != number:
        return _order(amended.group(1), instruments)[:-1] + ((1, number),)
    if number in PROGRAMME:
        return (0, PROGRAMME.index(number), (0,))
    issuer = (instrument.issuer if instrument else "").casefold()
    if "UBND" in number or "/" not in number or "tỉnh" in issuer:
        return (2, 0 if "/" in number else 1, _year(number), number, (0,))
    force = next((rank for mark, rank in FORCE if mark in number), len(FORCE))
    signed = instrument.signed if instrument and instrument.signed else dt.date(_year(number) or 1, 1, 1)
    return (1, force, signed, number, (0,))


def _basis_text(number: str, citation: Citation, instrument: Instrument | None) -> str:
    """One instrument of the "Căn cứ" block, as offices write it."""
    if instrument is None:
        return _instrument_of_label(citation)
    if not instrument.kind_vi:  # a plan without a number: its title says what it is
        return f"{instrument.title} của {instrument.issuer}"
    day = instrument.signed
    signed = f" ngày {day.day} tháng {day.month} năm {day.year}" if day else ""
    if instrument.kind_vi.startswith("Luật"):
        return f"{instrument.kind_vi} số {number}{signed}"
    title = instrument.title[:1].lower() + instrument.title[1:]
    return f"{instrument.kind_vi} số {number}{signed} của {instrument.issuer} {title}"


def legal_basis(doc: DecisionDocument, instruments: Mapping[str, Instrument]) -> list[str]:
    """Each instrument the decisions cite, once, in the usual order (PROGRAMME, FORCE, the province)."""
    cited: dict[str, Citation] = {}
    for claim in doc.claims:
        for finding in [*claim.findings, *(f for line in claim.lines for f in line.findings)]:
            for citation in finding.citations:
                cited.setdefault(citation.instrument, citation)
    order = sorted(cited, key=lambda number: _order(number, instruments))
    return [_basis_text(number, cited[number], instruments.get(number)) for number in order]


def _disposition_text(last: Any) -> str:
    from ..vocabulary import ACTIONS_VI, RESOLUTION_REASONS_VI

    when = last.at.astimezone().strftime("%d/%m/%Y") if getattr(last, "at", None) else ""
    return (f"Ý kiến xử lý: {ACTIONS_VI.get(last.action, last.action)} — "
            f"{RESOLUTION_REASONS_VI.get(last.reason, last.reason)}: {last.note} ({last.actor}, {when})")


Rejected = tuple[ClaimDecision, LineDecision | None, Finding, int]  # item, what classifies it, amount not accepted


def _rejected(doc: DecisionDocument, dispositions: Dispositions) -> list[Rejected]:
    """Items not accepted in full, with the finding that classifies them and the amount not accepted;
    an item whose flag an auditor overturned is accepted."""
    items = []
    for claim in doc.claims:
        parts: list[tuple[LineDecision | None, list[Finding], int]] = [(None, claim.findings, _beyond_lines(claim))]
        parts += [(line, line.findings, line.claimed_amount - line.eligible_amount) for line in claim.lines]
        for line, findings, amount in parts:
            failure = strongest_failure(findings)
            last = dispositions.get((claim.claim_id, line.line_id if line else None))
            if failure is not None and getattr(last, "action", None) != "overturn":
                items.append((claim, line, failure, amount))
    return items


def _header(document, settings: RecordSettings, kind: str) -> None:
    """The national header; `kind`: BB (biên bản) or TB (thông báo) in the number line."""
    layout.national_header(document, settings.parent_name, settings.unit_name, f"Số: …/{kind}-{settings.abbreviation}",
                           f"{settings.place}, {decree_date(settings.date)}")


def _record(document, doc: DecisionDocument, settings: RecordSettings, instruments: Mapping,
            dispositions: Dispositions, texts: Mapping[tuple[str, str], str]) -> None:
    claims = doc.claims
    lines = [line for claim in claims for line in claim.lines]
    claimed = sum(c.claimed_amount for c in claims)
    eligible = sum(c.eligible_amount for c in claims)
    _header(document, settings, "BB")
    layout.title(document, settings.title, (SUBJECT, False))
    basis = legal_basis(doc, instruments)
    for index, text in enumerate(basis):
        body(document, f"Căn cứ {text}{'.' if index == len(basis) - 1 else ';'}", italic=True,
             before=6 if index == 0 else 3)
    body(document, f"Hôm nay, {decree_date(settings.date)}, tại {_capital(settings.unit_name)}, chúng tôi "
                   "gồm người lập biên bản, kế toán trưởng và thủ trưởng đơn vị ký tên dưới đây đã thẩm định hồ sơ "
                   "đề nghị thanh toán trước khi gửi Kho bạc Nhà nước, theo định mức, nội dung chi, chứng từ và dự "
                   "toán được giao. Kết quả như sau:")

    heading(document, "I. TỔNG HỢP KẾT QUẢ THẨM ĐỊNH")
    approved = sum(c.decision == "approve" for c in claims)
    accepted_lines = sum(line.decision == "approve" for line in lines)
    body(document, f"1. Số hồ sơ thẩm định: {len(claims)} hồ sơ ({approved} hồ sơ được chấp nhận toàn bộ, "
                   f"{len(claims) - approved} hồ sơ có nội dung chưa được chấp nhận).")
    body(document, f"2. Số khoản chi: {len(lines)} khoản ({accepted_lines} khoản được chấp nhận, "
                   f"{len(lines) - accepted_lines} khoản chưa được chấp nhận).")
    body(document, f"3. Tổng số đề nghị thanh toán: {vnd_figures(claimed)} đồng.")
    body(document, f"4. Số chấp nhận thanh toán: {vnd_figures(eligible)} đồng.")
    kinds = [t for t in tally(flagged(claims)) if t.items]
    detail = "; ".join(f"{FLAG_KIND_VI[t.kind]} {t.items} khoản, {vnd_figures(t.at_risk)} đồng" for t in kinds)
    body(document, f"5. Chênh lệch (đề nghị trừ chấp nhận): {vnd_figures(claimed - eligible)} đồng"
                    + (f", trong đó: {detail}." if detail else "."))
    if doc.law_as_of:
        body(document, f"Thẩm định theo pháp luật có hiệu lực tại {decree_date(doc.law_as_of)} (giả định), "
                       "không theo ngày phát sinh của từng khoản chi.", italic=True)

    heading(document, "II. KẾT QUẢ THẨM ĐỊNH TỪNG HỒ SƠ")
    para(document, "Đơn vị tính: đồng", italic=True, size=SMALL_PT, align=RIGHT, before=3, keep=True)
    for number, claim in enumerate(claims, start=1):
        _claim(document, number, claim, dispositions, texts)

    heading(document, "III. KẾT LUẬN VÀ KIẾN NGHỊ")
    for index, (label, amount) in enumerate((("Tổng số đề nghị thanh toán", claimed),
                                             ("Số chấp nhận thanh toán", eligible),
                                             ("Số chưa chấp nhận (chênh lệch)", claimed - eligible)), start=1):
        paragraph = body(document, f"{index}. {label}: ")
        run(paragraph, f"{vnd_figures(amount)} đồng", bold=True)
        run(paragraph, ".")
        body(document, f"Bằng chữ: {vnd_in_words(amount)}.", italic=True, before=0)
    advice: dict[str, list[int]] = {}
    for _, _, failure, amount in _rejected(doc, dispositions):
        reason = failure.reason or ""  # a failure without a reason has no words
        counted = advice.setdefault(RECOMMENDATION_VI.get(reason, REASON_VI.get(reason, "")), [0, 0])
        counted[0], counted[1] = counted[0] + 1, counted[1] + amount
    if advice:
        body(document, "4. Kiến nghị:", keep=True)
        ordered = sorted(advice.items(), key=lambda item: (-item[1][1], item[0]))
        for index, (text, (items, amount)) in enumerate(ordered):
            body(document, f"- {_capital(text)}: {items} khoản, {vnd_figures(amount)} đồng"
                           f"{'.' if index == len(ordered) - 1 else ';'}", before=0)
    body(document, "Biên bản được lập thành 03 bản có giá trị như nhau, đã được thông qua; những người dự thẩm định "
                   "thống nhất ký tên dưới đây.")
    para(document, f"Kết quả thẩm định do chương trình compliance lập theo bộ quy tắc {doc.rulebook.version} "
                   f"({doc.rulebook.digest[:23]}…); mỗi kết quả nêu điều khoản căn cứ và nguồn của mức chi.",
         italic=True, size=11, before=6)
    layout.signatures(document, SIGNERS)
    layout.recipients(document, RECIPIENTS)


CLAIM_HEADERS = ("STT", "Nội dung", "Đề nghị", "Chấp nhận", "Chênh lệch", "Căn cứ", "Phân loại", "Kiến nghị")


def _claim_widths(rows: list[tuple]) -> tuple[float, ...]:
    money = layout.figures_mm(v for row in rows for v in row[2:5])
    rest = TEXT_WIDTH_MM - 3 * money - (10 + 15 + 18)
    return (10, round(rest * 0.47, 1), money, money, money, round(rest * 0.53, 1), 15, 18)


def _claim(document, number: int, claim: ClaimDecision, dispositions: Dispositions,
           texts: Mapping[tuple[str, str], str]) -> None:
    title = para(document, before=10, after=3, keep=True)
    run(title, f"{number}. Hồ sơ {claim.claim_id}", bold=True)
    kind = FLAG_KIND_VI.get(claim_kind(claim) or "", "")
    outcome = "chấp nhận toàn bộ" if claim.decision == "approve" else f"có nội dung chưa được chấp nhận ({kind})"
    run(title, f" — đơn vị {claim.unit_code}; {SUBPROJECT_VI.get(claim.subproject, claim.subproject)}; "
               f"{KIND_VI.get(claim.activity_kind, claim.activity_kind)}; {outcome}.")
    rows: list[tuple] = []
    notes: list[str] = []
    for index, line in enumerate(claim.lines, start=1):
        what = texts.get((claim.claim_id, line.line_id)) or CATEGORY_VI.get(line.category, line.category)
        content = f"{_capital(what)} (mã {line.line_id}, {_short_date(line.incurred_on)})"
        rows.append((str(index), content, line.claimed_amount, line.eligible_amount,
                     line.claimed_amount - line.eligible_amount, *appraisal(line.findings)))
        notes += [f"Dòng {index} — {CATEGORY_VI.get(line.category, line.category)}: {f.message}"
                  for f in failed(line.findings)]
        if (claim.claim_id, line.line_id) in dispositions:
            notes.append(f"Dòng {index} — {_disposition_text(dispositions[(claim.claim_id, line.line_id)])}")
    if failed(claim.findings):
        rows.append(("", WHOLE_CLAIM, None, None, _beyond_lines(claim), *appraisal(claim.findings)))
        notes += [f"{WHOLE_CLAIM}: {f.message}" for f in failed(claim.findings)]
    if (claim.claim_id, None) in dispositions:
        notes.append(f"{WHOLE_CLAIM} — {_disposition_text(dispositions[(claim.claim_id, None)])}")
    rows.append(("", "Cộng", claim.claimed_amount, claim.eligible_amount,
                 claim.claimed_amount - claim.eligible_amount, "", "", ""))
    layout.grid(document, CLAIM_HEADERS, _claim_widths(rows), rows, {2, 3, 4}, bold_last=True)
    if notes:
        para(document, "Ý kiến thẩm định:", italic=True, bold=True, size=SMALL_PT, before=4, keep=True)
        for note in notes:
            para(document, f"- {note}", size=SMALL_PT, before=1)


# ---- the draft notice ----------------------------------------------------------------------------

ANNEX_TITLE = "PHỤ LỤC: NGUYÊN VĂN CÁC ĐIỀU KHOẢN VIỆN DẪN"


def _annex(document, doc: DecisionDocument, law: Law) -> None:
    """The verbatim text of each clause the failed findings cite, once each, with where it was copied from;
    the clauses the rulebook holds no text of are named as such (never written from memory)."""
    cited: dict[str, Citation] = {}
    for claim in doc.claims:
        for finding in [*claim.findings, *(f for line in claim.lines for f in line.findings)]:
            if finding.outcome == "fail":
                for citation in finding.citations:
                    cited.setdefault(citation.label, citation)
    if not cited:
        return
    layout.next_document(document)
    layout.title(document, ANNEX_TITLE, (f"(kèm theo biên bản thẩm định; bộ quy tắc {doc.rulebook.version})", True))
    lacking = []
    for label, citation in cited.items():
        found = law(citation)
        if found is None:
            lacking.append(label)
            continue
        article, passage = found
        para(document, _capital(label), bold=True, before=9, keep=True)
        for line in passage.text.splitlines():
            if line.strip():
                body(document, line.strip(), before=2)
        para(document, f"Nguồn: {article.header.reference} (độ tin cậy {article.header.verification}; "
                       f"{article.path}#{passage.anchor}).", italic=True, size=SMALL_PT, before=2)
    if lacking:
        body(document, f"Các điều khoản sau {MISSING}: " + "; ".join(lacking) + ".", italic=True, before=9)


NOTICE_HEADERS = ("STT", "Hồ sơ, khoản chi", "Số tiền chưa chấp nhận", "Lý do", "Căn cứ", "Đề nghị")
NOTICE_WIDTHS = (10, 32, 22, 50, 28, 23)


def _notice(document, settings: RecordSettings, rejected: list[Rejected]) -> None:
    """A draft in the style of treasury form 33, as the unit's own pre-check."""
    _header(document, settings, "TB")
    layout.title(document, NOTICE_TITLE, (NOTICE_DRAFT, True))
    para(document, "Kính gửi: Các bộ phận, đơn vị có hồ sơ đề nghị thanh toán.", align=layout.CENTRE, before=12)
    body(document, f"Căn cứ {_capital(settings.title.lower())} số …/BB-{settings.abbreviation} "
                   f"{decree_date(settings.date)}, {_capital(settings.unit_name)} thông báo chưa gửi Kho bạc Nhà "
                   f"nước đề nghị thanh toán {len(rejected)} khoản chi dưới đây về nội dung: định mức, nội dung chi, "
                   "chứng từ và dự toán chưa đủ điều kiện thanh toán, cụ thể như sau:")
    rows = []
    for index, (claim, line, failure, amount) in enumerate(rejected, start=1):
        what = (f"{claim.claim_id}, dòng {claim.lines.index(line) + 1}: "
                f"{CATEGORY_VI.get(line.category, line.category)} (mã {line.line_id})") if line else \
            f"{claim.claim_id}: {WHOLE_CLAIM.lower()}"
        reason = failure.reason or ""
        rows.append((str(index), what, amount, f"{failure.message} ({REASON_VI.get(reason, reason)})",
                     labels(failure), RECOMMENDATION_VI.get(reason, "")))
    rows.append(("", "Cộng", sum(item[3] for item in rejected), "", "", ""))
    para(document, "Đơn vị tính: đồng", italic=True, size=SMALL_PT, align=RIGHT, before=6, keep=True)
    layout.grid(document, NOTICE_HEADERS, NOTICE_WIDTHS, rows, {2}, bold_last=True)
    body(document, "Đề nghị các bộ phận, đơn vị điều chỉnh, bổ sung hồ sơ theo nội dung trên; hồ sơ chưa hoàn thiện "
                   "thì chưa gửi Kho bạc Nhà nước.")
    body(document, "Thông báo này là dự thảo do đơn vị tự lập để kiểm tra hồ sơ trước khi gửi Kho bạc Nhà nước, "
                   "không phải thông báo kết quả giải quyết thủ tục hành chính của Kho bạc Nhà nước.", italic=True)
    left, right = layout.plain_table(document, (TEXT_WIDTH_MM / 2, TEXT_WIDTH_MM / 2)).rows[0].cells
    layout.recipients(left, RECIPIENTS, new=False)
    layout.sign(right, SIGNERS[-1])
