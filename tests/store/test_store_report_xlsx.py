"""A stored batch's Excel report (`compliance report N --format xlsx`, the web's export): the check table
filled from the claims as submitted, and the auditors' dispositions (action, reason, note, who, when)."""

from __future__ import annotations

import datetime as dt

import openpyxl
from typer.testing import CliRunner

from compliance.cli import app
from compliance.store import queue, resolve, save_batch
from compliance.vocabulary import ACTIONS_VI, RESOLUTION_REASONS_VI, STATUS_VI
from compliance.store.review import batch_review

from storetest import PASSWORD

runner = CliRunner()


def _report(db_url, tmp_path, batch_id: int):
    out = tmp_path / "bao-cao.xlsx"
    result = runner.invoke(app, ["report", str(batch_id), "--format", "xlsx", "--out", str(out), "--db", db_url],
                           env={"COMPLIANCE_USER": "lan", "COMPLIANCE_PASSWORD": PASSWORD})
    assert result.exit_code == 0, result.output
    return openpyxl.load_workbook(out)


def test_report_carries_dispositions_and_the_check_table(store, people, sample, book, db_url, tmp_path):
    claims, doc, inputs = sample
    batch_id = save_batch(store, doc, claims, inputs, people["finance"], book=book).batch_id
    first, second = queue(store)[:2]
    asked = resolve(store, people["auditor"], first.claim_id, first.line_id, "request_documents", "documents_missing",
                    "Bổ sung bảng kê")
    settled = resolve(store, people["auditor"], first.claim_id, first.line_id, "confirm", "confirmed_violation",
                      "Vượt định mức, thu hồi")
    book_ = _report(db_url, tmp_path, batch_id)
    names = book_.sheetnames
    assert names[:4] == ["Tổng hợp", "Hồ sơ", "Khoản chi", "Bảng kiểm tra"] and {"Xử lý cờ", "Lịch sử xử lý"} <= set(names)

    items = list(book_["Xử lý cờ"].iter_rows(min_row=2, values_only=True))
    assert len(items) == len(batch_review(store, batch_id).items)
    by_item = {(r[0], r[1]): r for r in items}
    row = by_item[(first.claim_id, first.line_id or "(cả hồ sơ)")]
    when = settled.at.astimezone().replace(tzinfo=None)
    assert row[9:14] == (STATUS_VI["resolved"], ACTIONS_VI["confirm"], RESOLUTION_REASONS_VI["confirmed_violation"],
                         "Vượt định mức, thu hồi", "lan")
    assert abs(row[14] - when) < dt.timedelta(seconds=1)
    stamped = [r[14] for r in book_["Xử lý cờ"].iter_rows(min_row=2) if r[14].value is not None]
    assert len(stamped) == 1 and stamped[0].number_format == "dd/mm/yyyy hh:mm"
    untouched = by_item[(second.claim_id, second.line_id or "(cả hồ sơ)")]
    assert untouched[9] == STATUS_VI["open"] and untouched[10:15] == (None,) * 5

    history = list(book_["Lịch sử xử lý"].iter_rows(min_row=2, values_only=True))
    assert [(r[0], r[4], r[6], r[7]) for r in history] == [
        (asked.id, ACTIONS_VI["request_documents"], "documents_missing", "Bổ sung bảng kê"),
        (settled.id, ACTIONS_VI["confirm"], "confirmed_violation", "Vượt định mức, thu hồi")]

    # the check table reads the claims as they were stored: the first invoice of every line that has one
    ws = book_["Bảng kiểm tra"]
    numbers = [r[2] for r in ws.iter_rows(min_row=6, values_only=True) if r[2]]
    first_invoices = [next(d.number for d in line.documents if d.kind == "invoice") for c in claims
                      for line in c.line_items if any(d.kind == "invoice" for d in line.documents)]
    assert numbers == first_invoices and numbers
