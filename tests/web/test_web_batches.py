"""Upload → vet → save; bad input and the size limit save nothing; the summary, the queue, the exports."""

from __future__ import annotations

import io
import json
import re

import openpyxl
import pytest
from fastapi.testclient import TestClient

from compliance.readers import read
from compliance.store import QueueFilter, list_batches, queue, summary, trail_entries
from compliance.vocabulary import FLAG_KIND_VI
from webtest import SAMPLE_JSON, SAMPLE_XLSX, batch_id_of, login, make_app, token, upload

ROW = re.compile(r"<tr>\s*<td><a href=\"/claims/[^\"]+\">([^<]+)</a></td>(.*?)</tr>", re.S)
CELL = re.compile(r"<td[^>]*>(.*?)</td>", re.S)


def _rows(html: str) -> list[list[str]]:
    """The queue table: claim id, then the other cells (tags stripped)."""
    return [[claim] + [re.sub(r"<[^>]+>", " ", c).strip() for c in CELL.findall(rest)]
            for claim, rest in ROW.findall(html)]


def _money(text: str) -> int:
    return int(text.replace(".", "").replace("đ", "").strip())


def test_an_upload_is_vetted_saved_and_summarised(auditor, store):
    response = upload(auditor)
    batch_id = batch_id_of(response)
    assert response.headers["location"] == f"/batches/{batch_id}?saved=new"
    page = auditor.get(response.headers["location"])
    s = summary(store, batch_id)
    assert "Đã thẩm định và lưu lô." in page.text
    assert f"{s.totals.at_risk:,} đ".replace(",", ".") in page.text
    assert page.text.count("<svg") == 3 and 'class="risk"' in page.text
    for heading in ("Theo điều khoản căn cứ", "Theo đơn vị", "Theo tiểu dự án", "Theo lý do gắn cờ"):
        assert heading in page.text
    entry = trail_entries(store, 1)[0]
    assert (entry.action, entry.actor, entry.details["inputs"][0]["name"]) == ("batch.save", "lan", "claims.xlsx")
    # The same claims as JSON: already stored, nothing new.
    again = upload(auditor, SAMPLE_JSON)
    assert again.headers["location"] == f"/batches/{batch_id}?saved=existing"
    assert "đã được lưu trước đó" in auditor.get(again.headers["location"]).text
    assert len(list_batches(store)) == 1
    dashboard = auditor.get("/")
    assert f'href="/batches/{batch_id}"' in dashboard.text and "claims.xlsx" in dashboard.text


def _broken_xlsx() -> bytes:
    book = openpyxl.load_workbook(SAMPLE_XLSX)
    sheet = book["Khoản chi"]
    headers = [c.value for c in sheet[1]]
    sheet.cell(row=3, column=headers.index("Đơn giá") + 1, value="hai mươi lăm nghìn")
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_a_bad_excel_file_shows_file_claim_row_and_field_and_saves_nothing(auditor, store):
    response = upload(auditor, name="lo-sai.xlsx", content=_broken_xlsx())
    assert response.status_code == 400
    assert "Dữ liệu đầu vào không hợp lệ — không có gì được lưu" in response.text
    cells = [re.sub(r"<[^>]+>", "", c).strip() for c in CELL.findall(response.text.split('class="data problems"')[1])]
    assert cells[:3] == ["lo-sai.xlsx", "QN-SLDTBXH-2022-001", "3"]
    assert "Đơn giá" in cells[3] or "đơn giá" in cells[3]
    assert list_batches(store) == []


def test_a_bad_json_file_names_each_claim_and_field(auditor, store):
    claims = json.loads(SAMPLE_JSON.read_text())
    claims = claims["claims"] if isinstance(claims, dict) else claims
    del claims[1]["unit"]
    claims[2]["line_items"][0]["unit_price"] = -5
    response = upload(auditor, name="lo.json", content=json.dumps(claims).encode())
    assert response.status_code == 400
    text = response.text
    assert claims[1]["claim_id"] in text and "unit (đơn vị)" in text and "bắt buộc nhưng bị thiếu" in text
    assert claims[2]["claim_id"] in text and "line_items[1].unit_price (đơn giá)" in text and "không được âm" in text
    broken = upload(auditor, name="hong.json", content=b'{"claims": [')
    assert broken.status_code == 400 and "JSON không hợp lệ ở dòng 1" in broken.text
    assert list_batches(store) == []


@pytest.mark.parametrize("name, message", [("lo.pdf", "định dạng không được hỗ trợ"), ("", "chưa chọn tệp")])
def test_other_files_are_refused(auditor, store, name, message):
    # As a browser sends it: an empty file input is a part with filename="".
    boundary = "----ranh-gioi"
    body = (f'--{boundary}\r\nContent-Disposition: form-data; name="csrf"\r\n\r\n{token(auditor, "/upload")}\r\n'
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{name}"\r\n'
            f'Content-Type: application/octet-stream\r\n\r\n%PDF-1.4\r\n--{boundary}--\r\n').encode()
    response = auditor.post("/upload", content=body,
                            headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
    assert response.status_code == 400 and message in response.text
    assert list_batches(store) == []


def test_the_upload_limit_refuses_big_files_in_vietnamese(db_url):
    small = make_app(db_url, max_upload_bytes=10_000)
    try:
        with TestClient(small, follow_redirects=False) as client:
            login(client, "lan")
            response = upload(client)  # 29 kB
            assert response.status_code == 413
            assert "quá lớn" in response.text and "COMPLIANCE_MAX_UPLOAD_MB" in response.text
            assert "content-security-policy" in response.headers
            # A streamed body with no Content-Length is cut off the same way.
            body = SAMPLE_JSON.read_bytes()
            streamed = client.post("/api/vet", content=iter([body[i:i + 4096] for i in range(0, len(body), 4096)]),
                                   headers={"Content-Type": "application/json"})
            assert streamed.status_code == 413 and "quá lớn" in streamed.json()["error"]
            assert list_batches(small.state.web.store) == []
    finally:
        small.state.web.store.close()


def test_the_queue_filters_and_sorts_by_amount_at_risk(auditor, store, saved_batch):
    everything = _rows(auditor.get("/queue").text)
    assert len(everything) == len(queue(store)) > 5
    risks = [_money(r[9]) for r in everything]
    assert risks == sorted(risks, reverse=True)

    unit = _rows(auditor.get("/queue?unit=SLDTBXH").text)
    assert unit and all(r[2] == "SLDTBXH" for r in unit) and len(unit) < len(everything)

    reason = queue(store)[0].reasons[0]
    by_reason = _rows(auditor.get(f"/queue?reason={reason}").text)
    assert len(by_reason) == len(queue(store, QueueFilter(reason=reason)))

    clause = queue(store)[0].clauses[0]
    by_clause = auditor.get("/queue", params={"clause": clause})
    assert len(_rows(by_clause.text)) == len(queue(store, QueueFilter(clause=clause))) >= 1
    assert f"<option selected>{clause}</option>" in by_clause.text

    tda2 = _rows(auditor.get("/queue?subproject=TDA2").text)
    assert tda2 and all(r[3] == "TDA2" for r in tda2)
    assert _rows(auditor.get("/queue?status=resolved").text) == []


KIND_ROW = re.compile(r'<tr><td>(.*?)</td>\s*<td class="n">(\d+)</td><td class="n">([^<]+)</td>\s*'
                      r'<td class="n">([^<]+)</td><td class="n risk">([^<]+)</td></tr>', re.S)


def test_the_batch_page_and_the_queue_show_the_kinds_of_flag(auditor, store, saved_batch):
    s = summary(store, saved_batch)
    page = auditor.get(f"/batches/{saved_batch}").text
    section = page.split("<h2>Theo loại cờ</h2>")[1].split("</table>")[0]
    shown = [(re.sub(r"<[^>]+>", "", label).strip(), int(items), *map(_money, amounts))
             for label, items, *amounts in KIND_ROW.findall(section)]
    assert shown == [(FLAG_KIND_VI[g.key], g.items, g.claimed_amount, g.eligible_amount, g.at_risk) for g in s.by_kind]
    assert sum(row[1] for row in shown) == s.totals.items
    present = [g.key for g in s.by_kind if g.items]
    assert len(present) >= 2 and all(f"kind={k}" in section for k in present)

    for kind in present:
        response = auditor.get(f"/queue?status=all&batch={saved_batch}&kind={kind}")
        rows = _rows(response.text)
        assert len(rows) == len(queue(store, QueueFilter(status="all", batch_id=saved_batch, kind=kind))) > 0
        assert {r[4] for r in rows} == {FLAG_KIND_VI[kind]}
        assert f'<option value="{kind}" selected>{FLAG_KIND_VI[kind]}</option>' in response.text
    everything = _rows(auditor.get(f"/queue?status=all&batch={saved_batch}").text)
    assert {r[4] for r in everything} == {FLAG_KIND_VI[k] for k in present}
    assert len(_rows(auditor.get(f"/queue?status=all&batch={saved_batch}&kind=khong-co").text)) == len(everything)
    item = next(r for r in queue(store, QueueFilter(status="all", batch_id=saved_batch)) if r.line_id)
    claim = auditor.get(f"/claims/{item.claim_id}?batch={saved_batch}").text
    line = claim.split(f'id="khoan-{item.line_id}"')[1].split("</header>")[0]
    assert f'<span class="kind {item.kind}">{FLAG_KIND_VI[item.kind]}</span>' in line


def test_a_claim_page_shows_findings_clause_text_rate_source_and_history(auditor, store, saved_batch):
    row = next(r for r in queue(store) if r.line_id)
    page = auditor.get(f"/claims/{row.claim_id}")
    assert page.status_code == 200
    text = page.text
    assert f'id="khoan-{row.line_id}"' in text
    assert "Căn cứ:" in text and row.clauses[0] in text
    assert 'class="rule"' in text  # the rule's text from the store
    assert "Nguồn mức chi:" in text and re.search(r'class="mark (official_text|secondary|unverified)"', text)
    assert auditor.get("/claims/KHONG-CO").status_code == 404


def test_the_excel_export_opens_and_is_written_to_the_trail(auditor, store, saved_batch):
    response = auditor.post(f"/batches/{saved_batch}/export", data={"csrf": token(auditor), "fmt": "xlsx"})
    assert response.status_code == 200
    assert response.headers["content-disposition"] == f'attachment; filename="bao-cao-lo-{saved_batch}.xlsx"'
    book = openpyxl.load_workbook(io.BytesIO(response.content))
    assert book.sheetnames[0] == "Tổng hợp"
    assert book["Hồ sơ"].max_row == len(read(SAMPLE_XLSX)) + 1
    entry = trail_entries(store, 1)[0]
    assert (entry.action, entry.actor, entry.details["format"]) == ("export", "lan", "xlsx")
    assert auditor.get(f"/batches/{saved_batch}/export").status_code == 405


def test_the_printable_html_export_has_the_chart(auditor, store, saved_batch):
    response = auditor.post(f"/batches/{saved_batch}/export", data={"csrf": token(auditor), "fmt": "html"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    assert "<svg" in response.text and f"Báo cáo thẩm định chứng từ chi Dự án 7 — lô #{saved_batch}" in response.text
    assert "'unsafe-inline'" in response.headers["content-security-policy"]
    assert trail_entries(store, 1)[0].details["format"] == "html"


def test_the_trail_page_lists_actions_and_verifies_the_chain(auditor, saved_batch):
    page = auditor.get("/trail?check=1")
    assert "Nhật ký nguyên vẹn" in page.text
    assert "lưu lô đã thẩm định" in page.text and "đăng nhập" in page.text
