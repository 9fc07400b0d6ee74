"""The appraisal record (`--format docx`): the Word file a unit signs, in the layout of Decree 30/2020.

The document is opened with python-docx and its text checked against the decision document of the same
batch (totals computed here, never copied); the amount in words against `vnd_in_words`, itself checked on
numbers where Vietnamese reading has its exceptions. Where LibreOffice is installed the record is also
converted to PDF.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from docx import Document
from docx.shared import Mm, Pt
from docx.table import Table
from docx.text.paragraph import Paragraph
from typer.testing import CliRunner

from compliance.cli import app
from compliance.models import DecisionDocument
from compliance.reports.amount_words import number_in_words, vnd_figures, vnd_in_words
from compliance.reports.appraisal import strongest_failure
from compliance.reports.docx import NOTICE_DRAFT, NOTICE_TITLE, SIGNERS, TITLE, RecordSettings, build_record, legal_basis
from compliance.reports.docx_layout import MOTTO, NATION, SIGN_NOTE, decree_date

from office import pdf_of

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples/quang-nam-2022/claims.json"
UNIT = "Sở Lao động - Thương binh và Xã hội"
PLACE = "Quảng Nam"
runner = CliRunner()


# ---- amounts in words ---------------------------------------------------------------------------

WORDS = {
    0: "Không đồng",
    5: "Năm đồng",
    10: "Mười đồng",
    14: "Mười bốn đồng",
    15: "Mười lăm đồng",
    21: "Hai mươi mốt đồng",
    24: "Hai mươi tư đồng",
    25: "Hai mươi lăm đồng",
    101: "Một trăm linh một đồng",
    104: "Một trăm linh bốn đồng",
    105: "Một trăm linh năm đồng",
    111: "Một trăm mười một đồng",
    1_005: "Một nghìn không trăm linh năm đồng",
    1_000_001: "Một triệu không trăm linh một đồng",
    1_004_012_000: "Một tỷ không trăm linh bốn triệu không trăm mười hai nghìn đồng",
    2_615_187_900: "Hai tỷ sáu trăm mười lăm triệu một trăm tám mươi bảy nghìn chín trăm đồng",
    20_000_050_000: "Hai mươi tỷ không trăm năm mươi nghìn đồng",
    10**12: "Một nghìn tỷ đồng",
    10**12 + 21: "Một nghìn tỷ không trăm hai mươi mốt đồng",
}


@pytest.mark.parametrize("amount", WORDS)
def test_vnd_in_words(amount):
    assert vnd_in_words(amount) == WORDS[amount]


def test_words_and_figures_agree_on_every_group():
    assert number_in_words(3_477_281_900) == ("ba tỷ bốn trăm bảy mươi bảy triệu hai trăm tám mươi mốt nghìn "
                                              "chín trăm")
    assert vnd_figures(1_004_012_000) == "1.004.012.000" and vnd_figures(0) == "0"
    for bad in (-1, 1.5, True, "5"):
        with pytest.raises(ValueError):
            number_in_words(bad)


def test_decree_30_dates():
    assert decree_date(dt.date(2026, 2, 5)) == "ngày 05 tháng 02 năm 2026"
    assert decree_date(dt.date(2026, 3, 9)) == "ngày 09 tháng 3 năm 2026"
    assert decree_date(dt.date(2026, 12, 12)) == "ngày 12 tháng 12 năm 2026"


# ---- the sample's record ------------------------------------------------------------------------


def paragraphs(container):
    """Every paragraph of a document or cell, in order, table cells included."""
    for block in container.iter_inner_content():
        if isinstance(block, Paragraph):
            yield block
        elif isinstance(block, Table):
            for row in block.rows:
                for cell in row.cells:
                    yield from paragraphs(cell)


def tables(document, first_header: str) -> list[Table]:
    return [t for t in document.tables if t.rows[0].cells[1].text == first_header]


@pytest.fixture(scope="module")
def decisions() -> DecisionDocument:
    result = runner.invoke(app, ["vet", str(SAMPLE), "--format", "json"])
    assert result.exit_code == 0, result.output
    return DecisionDocument.model_validate_json(result.stdout)


@pytest.fixture(scope="module")
def record_path(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("record") / "bien-ban.docx"
    result = runner.invoke(app, ["vet", str(SAMPLE), "--format", "docx", "--out", str(out),
                                 "--unit-name", UNIT, "--place", PLACE])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def record(record_path):
    return Document(str(record_path))


@pytest.fixture(scope="module")
def text(record) -> str:
    return "\n".join(p.text for p in paragraphs(record))


def test_header_motto_unit_title(record, text):
    lines = text.splitlines()
    assert NATION in lines and MOTTO in lines
    assert UNIT.upper() in lines and TITLE in lines
    assert "Số: …/BB-…" in lines
    dated = next(p for p in paragraphs(record) if p.text.startswith(f"{PLACE}, ngày "))
    assert re.fullmatch(rf"{PLACE}, ngày \d\d? tháng \d\d? năm \d{{4}}", dated.text)
    assert all(run.italic for run in dated.runs)
    motto = next(p for p in paragraphs(record) if p.text == MOTTO)
    assert all(run.bold for run in motto.runs)


def test_every_claim_and_its_totals(record, text, decisions):
    claim_tables = tables(record, "Nội dung")
    assert len(claim_tables) == len(decisions.claims)
    for claim, table in zip(decisions.claims, claim_tables):
        assert f"Hồ sơ {claim.claim_id} —" in text
        total = [cell.text for cell in table.rows[-1].cells]
        assert total[1:5] == ["Cộng", vnd_figures(claim.claimed_amount), vnd_figures(claim.eligible_amount),
                              vnd_figures(claim.claimed_amount - claim.eligible_amount)]
        own = any(f.outcome == "fail" for f in claim.findings)
        assert len(table.rows) == 1 + len(claim.lines) + own + 1


def test_totals_in_figures_and_words(text, decisions):
    claimed = sum(c.claimed_amount for c in decisions.claims)
    eligible = sum(c.eligible_amount for c in decisions.claims)
    lines = sum(len(c.lines) for c in decisions.claims)
    assert f"Số hồ sơ thẩm định: {len(decisions.claims)} hồ sơ" in text
    assert f"Số khoản chi: {lines} khoản" in text
    for label, amount in (("Tổng số đề nghị thanh toán", claimed), ("Số chấp nhận thanh toán", eligible),
                          ("Số chưa chấp nhận (chênh lệch)", claimed - eligible)):
        assert f"{label}: {vnd_figures(amount)} đồng." in text
        assert f"Bằng chữ: {vnd_in_words(amount)}." in text
    assert f"Chênh lệch (đề nghị trừ chấp nhận): {vnd_figures(claimed - eligible)} đồng" in text


def test_legal_basis_each_instrument_once_in_the_usual_order(text):
    opening = text[:text.index("Hôm nay, ")]
    basis = [line for line in opening.splitlines() if line.startswith("Căn cứ ")]
    assert basis[-1].endswith(".") and all(line.endswith(";") for line in basis[:-1])
    position = {number: next(i for i, line in enumerate(basis) if f" {number} " in line)
                for number in ("46/2022/TT-BTC", "55/2023/TT-BTC", "60/2026/TT-BTC", "40/2017/TT-BTC",
                               "12/2025/TT-BTC", "2681/QĐ-UBND")}
    assert list(position) == sorted(position, key=position.get)
    assert position["12/2025/TT-BTC"] == position["40/2017/TT-BTC"] + 1  # the amending circular follows
    assert len(basis) == len({re.search(r"Căn cứ \S+(?: \S+)? (?:số )?(\S+)", line).group(1) for line in basis})


def test_classification_and_recommendation_of_flagged_lines(record, decisions):
    from compliance.vocabulary import APPRAISAL_CLASS_VI, RECOMMENDATION_VI

    for claim, table in zip(decisions.claims, tables(record, "Nội dung")):
        for line, row in zip(claim.lines, table.rows[1:]):
            cells = [cell.text for cell in row.cells]
            failure = strongest_failure(line.findings)
            if failure is None:  # accepted: the clause of the passing rule
                assert cells[5] and (cells[6], cells[7]) == ("đạt", "chấp nhận thanh toán")
            else:
                assert cells[5] == "; ".join(dict.fromkeys(c.label for c in failure.citations))
                assert cells[6] == APPRAISAL_CLASS_VI[failure.reason]
                assert cells[7].startswith(RECOMMENDATION_VI[failure.reason])  # the strongest first, then the rest
                assert all(RECOMMENDATION_VI[f.reason] in cells[7] for f in line.findings if f.outcome == "fail")


def test_notice_is_a_draft_of_the_unit_not_the_treasury(record, text, decisions):
    assert NOTICE_TITLE in text and NOTICE_DRAFT in text and "Số: …/TB-…" in text
    notice = tables(record, "Hồ sơ, khoản chi")
    assert len(notice) == 1
    rejected = sum(strongest_failure(line.findings) is not None for c in decisions.claims for line in c.lines) + \
        sum(strongest_failure(c.findings) is not None for c in decisions.claims)
    rows = notice[0].rows
    assert len(rows) == 1 + rejected + 1
    claimed = sum(c.claimed_amount for c in decisions.claims)
    eligible = sum(c.eligible_amount for c in decisions.claims)
    assert rows[-1].cells[2].text == vnd_figures(claimed - eligible)


def test_signatures_and_recipients(record, text):
    cells = [p for p in paragraphs(record) if p.text in SIGNERS]
    assert [p.text for p in cells[:3]] == list(SIGNERS) and all(r.bold for p in cells for r in p.runs)
    notes = [p for p in paragraphs(record) if p.text == SIGN_NOTE]
    assert len(notes) >= 3 and all(r.italic for p in notes for r in p.runs)
    assert "Nơi nhận:" in text and "- Như trên;" in text and "- Lưu: VT, KT." in text


def test_a4_margins_and_times_new_roman(record):
    section = record.sections[0]
    assert abs(section.page_width - Mm(210)) < Mm(0.5) and abs(section.page_height - Mm(297)) < Mm(0.5)
    within = lambda length, low, high: Mm(low - 0.1) <= length <= Mm(high + 0.1)  # Word keeps twips
    assert within(section.top_margin, 20, 25) and within(section.bottom_margin, 20, 25)
    assert within(section.left_margin, 30, 35) and within(section.right_margin, 15, 20)
    normal = record.styles["Normal"].font
    assert normal.name == "Times New Roman" and Pt(13) <= normal.size <= Pt(14)
    fonts = {run.font.name for p in paragraphs(record) for run in p.runs}
    assert fonts <= {None, "Times New Roman"}
    body = [p for p in record.paragraphs if p.text.startswith("Căn cứ ")]
    assert all(run.font.size in (None, Pt(13)) for p in body for run in p.runs)


# ---- the command line ---------------------------------------------------------------------------


def test_docx_to_stdout_is_refused_and_nothing_written(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["vet", str(SAMPLE), "--format", "docx"])
    assert result.exit_code == 2
    message = " ".join(result.output.split())
    assert "biên bản Word (định dạng docx) không ghi ra màn hình được: cần --out TỆP.docx" in message
    assert list(tmp_path.iterdir()) == []


def test_bad_settings_are_bad_input(tmp_path):
    out = tmp_path / "bien-ban.docx"
    result = runner.invoke(app, ["vet", str(SAMPLE), "--format", "docx", "--out", str(out), "--place", "x" * 101])
    assert result.exit_code == 2 and "thiết lập biên bản không hợp lệ (place)" in " ".join(result.output.split())
    assert not out.exists()


def test_settings_from_the_environment_and_options(monkeypatch, decisions):
    monkeypatch.setenv("COMPLIANCE_RECORD_UNIT", "Phòng Lao động - Thương binh và Xã hội")
    monkeypatch.setenv("COMPLIANCE_RECORD_PARENT", "UBND huyện Duy Xuyên")
    monkeypatch.setenv("COMPLIANCE_RECORD_ABBREVIATION", "LĐTBXH")
    monkeypatch.setenv("COMPLIANCE_RECORD_TITLE", "Biên bản kiểm tra hồ sơ thanh toán")
    settings = RecordSettings.from_env(place="Duy Xuyên", title=None)
    assert settings.unit_name.startswith("Phòng") and settings.place == "Duy Xuyên"
    document = build_record(decisions, settings.model_copy(update={"date": dt.date(2026, 2, 5)}))
    lines = [p.text for p in paragraphs(document)]
    assert "UBND HUYỆN DUY XUYÊN" in lines and "PHÒNG LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI" in lines
    assert "BIÊN BẢN KIỂM TRA HỒ SƠ THANH TOÁN" in lines and "Số: …/BB-LĐTBXH" in lines
    assert "Duy Xuyên, ngày 05 tháng 02 năm 2026" in lines


def test_without_the_rulebook_the_basis_names_the_instruments(decisions):
    basis = legal_basis(decisions, {})
    assert basis[:3] == ["Thông tư 46/2022/TT-BTC", "Thông tư 55/2023/TT-BTC", "Thông tư 60/2026/TT-BTC"]
    assert "Quyết định 2681/QĐ-UBND" in basis


# ---- a saved batch: `compliance report N --format docx` and the web's export ---------------------


@pytest.fixture
def quick_hashes(monkeypatch):
    from argon2 import PasswordHasher

    from compliance.store import users

    monkeypatch.setattr(users, "hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


def test_report_of_a_saved_batch_quotes_dispositions(tmp_path, quick_hashes, decisions):
    from compliance.readers import read_all
    from compliance.rulebook import load
    from compliance.store import InputFile, Store, add_user, queue, resolve, save_batch

    url = f"sqlite:///{tmp_path / 'store.db'}"
    with Store(url) as store:
        admin = add_user(store, "quantri", "admin", "mật-khẩu-thử", None)
        auditor = add_user(store, "lan", "auditor", "mật-khẩu-thử", admin)
        batch = save_batch(store, decisions, read_all([SAMPLE]), [InputFile.of(SAMPLE)], admin, book=load(None))
        item = next(row for row in queue(store) if row.line_id is not None)
        resolve(store, auditor, item.claim_id, item.line_id, "overturn", "in_policy", "Đúng định mức của tỉnh")
    out = tmp_path / "bien-ban.docx"
    result = runner.invoke(app, ["report", str(batch.batch_id), "--format", "docx", "--out", str(out), "--db", url,
                                 "--unit-name", UNIT],
                           env={"COMPLIANCE_USER": "lan", "COMPLIANCE_PASSWORD": "mật-khẩu-thử"})
    assert result.exit_code == 0, result.output
    document = Document(str(out))
    text = "\n".join(p.text for p in paragraphs(document))
    assert UNIT.upper() in text and all(c.claim_id in text for c in decisions.claims)
    assert "Ý kiến xử lý: bỏ cờ, chấp nhận khoản chi — đúng chế độ, định mức: Đúng định mức của tỉnh (lan," in text
    rejected = sum(strongest_failure(line.findings) is not None for c in decisions.claims for line in c.lines) + \
        sum(strongest_failure(c.findings) is not None for c in decisions.claims)
    assert len(tables(document, "Hồ sơ, khoản chi")[0].rows) == 1 + rejected - 1 + 1  # the overturned item is out


def test_web_batch_page_offers_the_record(tmp_path, quick_hashes, monkeypatch):
    from fastapi.testclient import TestClient

    from compliance.store import Store, add_user, trail_entries
    from compliance.web.app import create_app
    from compliance.web.config import Settings

    monkeypatch.setenv("COMPLIANCE_RECORD_UNIT", UNIT)
    url = f"sqlite:///{tmp_path / 'web.db'}"
    with Store(url) as store:
        add_user(store, "quantri", "admin", "mat-khau-thu-nghiem", None)
    application = create_app(Settings(db=url, secret="bi-mat-thu-nghiem-" + "x" * 32, engine="reference"))
    csrf = re.compile(r'name="csrf" value="([^"]+)"')
    try:
        with TestClient(application, follow_redirects=False) as client:
            page = client.get("/login")
            client.post("/login", data={"name": "quantri", "password": "mat-khau-thu-nghiem", "next": "/",
                                        "csrf": csrf.search(page.text).group(1)})
            form = client.get("/upload")
            saved = client.post("/upload", data={"csrf": csrf.search(form.text).group(1)},
                                files={"file": (SAMPLE.name, SAMPLE.read_bytes(), "application/json")})
            batch_id = int(re.search(r"/batches/(\d+)", saved.headers["location"]).group(1))
            batch_page = client.get(f"/batches/{batch_id}")
            assert "Word (biên bản)" in batch_page.text and 'name="fmt" value="docx"' in batch_page.text
            response = client.post(f"/batches/{batch_id}/export",
                                   data={"csrf": csrf.search(batch_page.text).group(1), "fmt": "docx"})
            assert response.status_code == 200
            assert response.headers["content-disposition"] == f'attachment; filename="bien-ban-lo-{batch_id}.docx"'
            path = tmp_path / "web.docx"
            path.write_bytes(response.content)
            text = "\n".join(p.text for p in paragraphs(Document(str(path))))
            assert UNIT.upper() in text and TITLE in text and "QN-SLDTBXH-2022-001" in text
            assert trail_entries(application.state.web.store, 1)[0].details["format"] == "docx"
    finally:
        application.state.web.store.close()


# ---- LibreOffice, where the distribution provides it ---------------------------------------------


def test_the_record_converts_to_pdf(record_path, tmp_path):
    pdf = pdf_of(record_path, tmp_path)
    assert pdf.stat().st_size > 10_000 and pdf.read_bytes().startswith(b"%PDF")
