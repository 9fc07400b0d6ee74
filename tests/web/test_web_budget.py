"""The web's budget page, the template download, the Excel export's dispositions, and dates shown
dd/mm/yyyy on every page. Expectations come from the uploaded claims and their stored decisions."""

from __future__ import annotations

import io
import re

import openpyxl

from compliance.readers import read
from compliance.reports.template import write_template
from compliance.store import QueueFilter, get_batch, queue
from compliance.vocabulary import money
from webtest import SAMPLE_XLSX, batch_id_of, login, token, upload

ISO = re.compile(r"\b(19|20)\d\d-[01]\d-[0-3]\d\b")


def _approved(app, batch_id: int, year: int | None = None) -> dict[str, tuple[int, int]]:
    """envelope id -> (amount, approved) from the claims as read and their stored decisions."""
    claims = read(SAMPLE_XLSX)
    decided = {c.claim_id: c for c in get_batch(app.state.web.store, batch_id).claims}
    return {env.id: (env.amount, sum(decided[c.claim_id].eligible_amount for c in claims
                                     if env.holds(c.unit.code, c.unit.level, c.subproject, c.fiscal_year)))
            for budget in app.state.web.book.budgets for env in budget.envelopes
            if year is None or env.fiscal_year == year}


def _pct(used: int, amount: int) -> str:
    return f"{100 * used / amount:.1f} %".replace(".", ",")


def _visible(html: str) -> str:
    return re.sub(r"<[^>]+>", " ", html)


def test_the_budget_page_shows_each_envelope_against_what_was_approved(app, auditor, saved_batch):
    page = auditor.get("/budget")
    assert page.status_code == 200
    html = page.text
    assert '<a href="/budget" aria-current="page">Dự toán</a>' in html  # in the menu
    expected = _approved(app, saved_batch)
    assert expected and any(approved for _, approved in expected.values())
    titles = {env.id: env.title for b in app.state.web.book.budgets for env in b.envelopes}
    for env_id, (amount, approved) in expected.items():
        section = html.split(f'id="{env_id}"')[1].split("</section>")[0]
        assert titles[env_id].replace("&", "&amp;") in section
        assert f"Dự toán <b>{money(amount)}</b> · đã duyệt <b>{money(approved)}</b>" in section
        assert f"đã dùng <b>{_pct(approved, amount)}</b>" in section
        assert money(amount - approved) in section
    with_timeline = [env_id for env_id in expected
                     if "Lũy kế đã duyệt theo tháng" in html.split(f'id="{env_id}"')[1].split("</section>")[0]]
    assert set(with_timeline) >= {env_id for env_id, (_, approved) in expected.items() if approved}
    assert html.count('role="img"') == 1 + len(with_timeline)  # the usage chart and one timeline per envelope used
    assert "Biểu đồ: tỉ lệ dự toán đã dùng" in html and 'class="limit"' in html
    assert "Hồ sơ không thuộc dự toán nào đã nạp" in html  # the sample has claims of later years


def test_the_budget_page_for_one_year_and_its_excel(app, auditor, saved_batch):
    years = sorted({env.fiscal_year for b in app.state.web.book.budgets for env in b.envelopes})
    year = years[0]
    page = auditor.get(f"/budget?year={year}")
    assert page.status_code == 200 and f"— năm {year}" in page.text and f'<option value="{year}" selected>' in page.text
    for bad in ("abc", "²⁰²²", "10" * 10):  # not a year: a Vietnamese 400, not every year shown silently
        refused = auditor.get(f"/budget?year={bad}")
        assert refused.status_code == 400 and "phải là năm ngân sách bốn chữ số" in refused.text
        assert auditor.get(f"/budget.xlsx?year={bad}").status_code == 400
    none = auditor.get("/budget?year=2099")  # a year without envelopes says so, it does not show other years
    assert none.status_code == 200 and "Bộ quy tắc không có dự toán nào của năm 2099" in none.text
    download = auditor.get(f"/budget.xlsx?year={year}")
    assert download.status_code == 200
    assert download.headers["content-disposition"] == f'attachment; filename="du-toan-{year}.xlsx"'
    book = openpyxl.load_workbook(io.BytesIO(download.content))
    rows = {r[0]: r for r in book["Dự toán"].iter_rows(min_row=2, values_only=True) if r[0]}
    assert {k: (r[5], r[8]) for k, r in rows.items()} == _approved(app, saved_batch, year)


def test_the_budget_page_needs_a_login(client):
    for path in ("/budget", "/budget.xlsx", "/template.xlsx"):
        response = client.get(path)
        assert response.status_code == 303 and response.headers["location"].startswith("/login"), path


def test_the_template_is_downloaded_from_the_upload_page(auditor, tmp_path):
    page = auditor.get("/upload")
    assert 'href="/template.xlsx"' in page.text and "Tải mẫu Excel (.xlsx)" in page.text
    response = auditor.get("/template.xlsx")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    assert 'filename="mau-ho-so-du-an-7.xlsx"' in response.headers["content-disposition"]
    write_template(tmp_path / "mau.xlsx")
    made, served = openpyxl.load_workbook(tmp_path / "mau.xlsx"), openpyxl.load_workbook(io.BytesIO(response.content))
    assert served.sheetnames == made.sheetnames
    for name in made.sheetnames:
        assert [[c.value for c in r] for r in served[name].iter_rows()] == [[c.value for c in r] for r in made[name].iter_rows()]


def test_the_template_filled_in_uploads_back(auditor, tmp_path):
    """The served template with the sample's rows is read the same as the sample."""
    path = tmp_path / "mau.xlsx"
    write_template(path, read(SAMPLE_XLSX))
    assert batch_id_of(upload(auditor, path))


def test_the_excel_export_carries_the_dispositions(auditor, store, saved_batch):
    row = next(r for r in queue(store) if r.line_id)
    response = auditor.post("/dispositions", data={
        "csrf": token(auditor), "claim_id": row.claim_id, "line_id": row.line_id, "batch_id": row.batch_id,
        "action": "overturn", "reason": "in_policy", "note": "Có quyết định phê duyệt mức chi riêng"})
    assert response.status_code == 303
    export = auditor.post(f"/batches/{saved_batch}/export", data={"csrf": token(auditor), "fmt": "xlsx"})
    book = openpyxl.load_workbook(io.BytesIO(export.content))
    items = {(r[0], r[1]): r for r in book["Xử lý cờ"].iter_rows(min_row=2, values_only=True)}
    settled = items[(row.claim_id, row.line_id)]
    assert settled[9:14] == ("đã xử lý", "bỏ cờ, chấp nhận khoản chi", "đúng chế độ, định mức",
                             "Có quyết định phê duyệt mức chi riêng", "lan")
    assert settled[14] is not None
    assert len(items) == len(queue(store, QueueFilter(status="all", batch_id=saved_batch)))
    history = list(book["Lịch sử xử lý"].iter_rows(min_row=2, values_only=True))
    assert [(r[2], r[3], r[6], r[8]) for r in history] == [(row.claim_id, row.line_id, "in_policy", "lan")]
    # the check table is filled from the stored input: the sample's descriptions are there
    descriptions = {line.description for c in read(SAMPLE_XLSX) for line in c.line_items if line.description}
    shown = {r[1] for r in book["Bảng kiểm tra"].iter_rows(min_row=6, values_only=True)}
    assert descriptions <= shown


def test_dates_are_dd_mm_yyyy_on_every_page(app, auditor, store, saved_batch):
    claims = read(SAMPLE_XLSX)
    claim = next(c for c in claims if c.activity.end_date and c.activity.end_date != c.activity.start_date)
    page = auditor.get(f"/claims/{claim.claim_id}")
    assert f"{claim.activity.start_date:%d/%m/%Y} → {claim.activity.end_date:%d/%m/%Y}" in page.text
    row = next(r for r in queue(store) if r.line_id)
    auditor.post("/dispositions", data={"csrf": token(auditor), "claim_id": row.claim_id, "line_id": row.line_id,
                                        "batch_id": row.batch_id, "action": "confirm", "reason": "confirmed_violation",
                                        "note": "Xác nhận"})
    pages = ["/", f"/batches/{saved_batch}", "/queue?status=all", "/budget", "/trail", "/upload", "/docs",
             *{f"/claims/{c.claim_id}" for c in claims}]
    for path in pages:
        response = auditor.get(path)
        assert response.status_code == 200, path
        assert not ISO.search(_visible(response.text)), (path, ISO.search(_visible(response.text)))
    printable = auditor.post(f"/batches/{saved_batch}/export", data={"csrf": token(auditor), "fmt": "html"})
    assert not ISO.search(_visible(printable.text))


def test_finance_sees_the_budget_too(client, saved_batch):
    client.cookies.clear()
    assert login(client, "minh").status_code == 303
    assert client.get("/budget").status_code == 200
    assert client.get("/template.xlsx").status_code == 200


def test_a_payment_order_uploads_as_the_unit_typed_it(auditor, store):
    """A C2-02a/NS workbook from the upload form: one claim per order, the order's own words on the claim page."""
    from pathlib import Path

    order = Path(__file__).parents[2] / "examples" / "lenh-chi-kho-bac" / "c2-02a-tap-huan-nui-thanh-2022.xlsx"
    batch_id = batch_id_of(upload(auditor, order))
    [claim] = get_batch(store, batch_id).claims
    assert (claim.claim_id, claim.claimed_amount, claim.eligible_amount) == ("C2-02a số 125", 50_100_000, 42_900_000)
