"""The store's command line, as a user meets it: users, vet --save, review, report, audit."""

from __future__ import annotations

import json

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from compliance.cli import app
from compliance.store import list_batches
from storetest import PASSWORD, SAMPLE

runner = CliRunner()
SAMPLE_CLAIMS = len(json.loads(SAMPLE.read_text(encoding="utf-8"))["claims"])


@pytest.fixture
def cli(db_url, monkeypatch):
    """Run the CLI against this test's database, acting as the auditor 'lan' unless told otherwise."""
    monkeypatch.setenv("COMPLIANCE_DB", db_url)
    monkeypatch.setenv("COMPLIANCE_USER", "lan")
    monkeypatch.setenv("COMPLIANCE_PASSWORD", PASSWORD)

    def run(*args: str, input: str | None = None, env: dict | None = None):
        return runner.invoke(app, list(args), input=input, env=env)

    first = run("users", "add", "quantri", "--role", "admin", "--password-stdin", input=PASSWORD + "\n")
    assert first.exit_code == 0, first.output
    added = run("users", "add", "lan", "--role", "auditor", "--password-stdin", input=PASSWORD + "\n",
                env={"COMPLIANCE_USER": "quantri"})
    assert added.exit_code == 0, added.output
    return run


def test_help_shows_where_the_database_is(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    from compliance.store.location import describe

    assert str(tmp_path / "compliance" / "compliance.db") in describe()
    result = runner.invoke(app, ["--help"], env={"COLUMNS": "300"})
    assert result.exit_code == 0 and "compliance.db" in result.output and "COMPLIANCE_DB" in result.output


def test_users_add_needs_an_admin_once_there_is_one(cli):
    denied = cli("users", "add", "hoa", "--role", "finance", "--password-stdin", input=PASSWORD + "\n")  # lan is no admin
    assert denied.exit_code == 4 and "quản lý người dùng" in denied.output
    listed = cli("users", "list", "--format", "json")
    assert [(u["name"], u["role"]) for u in json.loads(listed.stdout)] == [("lan", "auditor"), ("quantri", "admin")]


def test_vet_save_then_again_then_review_and_report(cli, db_url, tmp_path):
    saved = cli("vet", str(SAMPLE), "--save", "--format", "json")
    assert saved.exit_code == 0, saved.output
    assert f"Đã lưu lô #1 ({SAMPLE_CLAIMS} hồ sơ)" in saved.stderr
    json.loads(saved.stdout)  # stdout stays the decision document
    again = cli("vet", str(SAMPLE), "--save", "--format", "json")
    assert again.exit_code == 0 and "đã được lưu: lô #1" in again.stderr and "Không lưu gì thêm" in again.stderr

    listed = cli("review", "list", "--status", "open", "--unit", "SLDTBXH", "--reason", "over_ceiling", "--format", "json")
    assert listed.exit_code == 0, listed.output
    rows = json.loads(listed.stdout)
    assert rows and all(r["unit_code"] == "SLDTBXH" and "over_ceiling" in r["reasons"] for r in rows)
    item = rows[0]
    resolved = cli("review", "resolve", item["claim_id"], item["line_id"], "--action", "overturn",
                   "--reason", "management_exception", "--note", "UBND tỉnh chấp thuận [văn bản 12]")
    assert resolved.exit_code == 0, resolved.output
    assert "bỏ cờ" in resolved.stderr and "lan" in resolved.stderr
    shown = cli("review", "show", item["claim_id"], env={"COLUMNS": "250"})
    assert shown.exit_code == 0, shown.output
    assert "UBND tỉnh chấp thuận [văn bản 12]" in shown.stdout and "Căn cứ:" in shown.stdout and "Nguồn mức:" in shown.stdout
    as_json = json.loads(cli("review", "show", item["claim_id"], "--format", "json").stdout)
    line = next(i for i in as_json["items"] if i["line_id"] == item["line_id"])
    assert line["status"] == "resolved" and line["history"][0]["reason"] == "management_exception"
    open_now = json.loads(cli("review", "list", "--format", "json").stdout)
    assert (item["claim_id"], item["line_id"]) not in {(r["claim_id"], r["line_id"]) for r in open_now}

    html = tmp_path / "bao-cao.html"
    report = cli("report", "1", "--format", "html", "--out", str(html))
    assert report.exit_code == 0, report.output
    page = html.read_text(encoding="utf-8")
    assert "<svg" in page and "Theo điều khoản căn cứ" in page and "vượt mức tối đa" in page and item["claim_id"] in page

    verified = cli("audit", "verify")
    assert verified.exit_code == 0 and "Nhật ký nguyên vẹn" in verified.stdout
    log = json.loads(cli("audit", "log", "--format", "json").stdout)
    assert [e["action"] for e in log if e["action"] != "login"][-3:] == ["batch.save", "disposition", "export"]
    assert log[-1]["details"] == {"batch_id": 1, "format": "html", "file": "bao-cao.html"} and log[-1]["actor"] == "lan"


def test_excel_report_of_a_stored_batch(cli, tmp_path):
    pytest.importorskip("compliance.reports.xlsx", reason="the Excel writer (compliance.reports.xlsx) is not in yet")
    assert cli("vet", str(SAMPLE), "--save").exit_code == 0
    xlsx = tmp_path / "bao-cao.xlsx"
    report = cli("report", "1", "--format", "xlsx", "--out", str(xlsx))
    assert report.exit_code == 0, report.output
    assert len(load_workbook(xlsx).sheetnames) >= 2


def test_write_commands_need_a_user_with_the_right_role(cli):
    no_user = cli("vet", str(SAMPLE), "--save", env={"COMPLIANCE_USER": ""})
    assert no_user.exit_code == 4 and "--user" in no_user.output
    bad_password = cli("vet", str(SAMPLE), "--save", env={"COMPLIANCE_PASSWORD": "sai-mat-khau"})
    assert bad_password.exit_code == 4 and "sai tên người dùng hoặc mật khẩu" in bad_password.output
    from_stdin = cli("vet", str(SAMPLE), "--save", "--password-stdin", input=PASSWORD + "\n",
                     env={"COMPLIANCE_PASSWORD": ""})
    assert from_stdin.exit_code == 0, from_stdin.output
    added = cli("users", "add", "minh", "--role", "finance", "--password-stdin", input=PASSWORD + "\n",
                env={"COMPLIANCE_USER": "quantri"})
    assert added.exit_code == 0
    item = json.loads(cli("review", "list", "--format", "json").stdout)[0]
    denied = cli("review", "resolve", item["claim_id"], item["line_id"] or "", "--action", "confirm",
                 "--reason", "confirmed_violation", "--note", "x", env={"COMPLIANCE_USER": "minh"})
    assert denied.exit_code == 4 and "xử lý cờ" in denied.output


def test_a_claim_id_stored_with_other_content_is_refused(cli, tmp_path, db_url):
    assert cli("vet", str(SAMPLE), "--save").exit_code == 0
    spaced = tmp_path / "ban-sao.json"
    spaced.write_bytes(SAMPLE.read_bytes() + b"  \n")  # other bytes, the same claims: nothing new
    again = cli("vet", str(spaced), "--save")
    assert again.exit_code == 0 and "đã được lưu: lô #1" in again.stderr
    batch = json.loads(SAMPLE.read_text(encoding="utf-8"))
    claims = batch["claims"] if isinstance(batch, dict) else batch
    claims[0]["fiscal_year"] += 1
    edited = tmp_path / "sua.json"
    edited.write_text(json.dumps(batch, ensure_ascii=False), encoding="utf-8")
    refused = cli("vet", str(edited), "--save")
    said = " ".join(refused.output.split())  # the error line is wrapped to the terminal
    assert refused.exit_code == 2 and f"mã hồ sơ đã có trong kho với nội dung khác: {claims[0]['claim_id']}" in said
    assert f"{len(claims) - 1} hồ sơ khác đã có trong kho ở một lô khác" in said
    from compliance.store import Store

    with Store(db_url) as store:
        assert len(list_batches(store)) == 1


def test_unknown_things_are_named(cli):
    assert cli("vet", str(SAMPLE), "--save").exit_code == 0
    missing = cli("review", "show", "KHONG-CO")
    assert missing.exit_code == 2 and "không có hồ sơ 'KHONG-CO'" in missing.output
    bad_reason = cli("review", "list", "--reason", "dat_qua")
    assert bad_reason.exit_code == 2 and "over_ceiling" in bad_reason.output
    no_batch = cli("report", "9", "--format", "html", "--out", "x.html")
    assert no_batch.exit_code == 2 and "không có lô #9" in no_batch.output


def test_an_unreachable_database_is_named(tmp_path):
    result = runner.invoke(app, ["batches", "--db", "postgresql://khach@127.0.0.1:9/khong_co"])
    said = " ".join(result.output.split())  # the error line is wrapped to the terminal
    assert result.exit_code == 5 and "không mở được cơ sở dữ liệu postgresql+psycopg://khach@127.0.0.1:9/khong_co" in said
    folder = tmp_path / "a-file"
    folder.write_text("")
    result = runner.invoke(app, ["batches", "--db", str(folder / "x.db")])  # its folder is a file
    assert result.exit_code == 5


def test_review_list_by_kind_of_flag_and_the_reports_show_the_kinds(cli, tmp_path):
    from compliance.vocabulary import FLAG_KIND_VI, money

    assert cli("vet", str(SAMPLE), "--save").exit_code == 0
    everything = json.loads(cli("review", "list", "--format", "json").stdout)
    assert {r["kind"] for r in everything} <= set(FLAG_KIND_VI) and len({r["kind"] for r in everything}) >= 2
    for kind in FLAG_KIND_VI:
        listed = cli("review", "list", "--kind", kind, "--format", "json")
        assert listed.exit_code == 0, listed.output
        assert json.loads(listed.stdout) == [r for r in everything if r["kind"] == kind]
    shown = cli("review", "list", "--kind", "missing_information", env={"COLUMNS": "250"})
    assert shown.exit_code == 0 and "Loại cờ" in shown.stdout
    missing = [r for r in everything if r["kind"] == "missing_information"]
    rows = [line for line in shown.stdout.splitlines() if line.startswith("│") and line.split("│")[2].strip()]
    assert len(rows) == len(missing) and all("thiếu thông tin" in line for line in rows)
    caption = " ".join(shown.stdout.split())  # the counts by kind under the table
    assert f"{len(missing)} thiếu thông tin ({money(sum(r['at_risk'] for r in missing))})" in caption
    assert "0 vi phạm (0 đ)" in caption
    assert cli("review", "list", "--kind", "vi_pham").exit_code == 2

    html = tmp_path / "bao-cao.html"
    assert cli("report", "1", "--format", "html", "--out", str(html)).exit_code == 0
    page = html.read_text(encoding="utf-8")
    section = page.split("<h2>Theo loại cờ</h2>")[1].split("</table>")[0]
    for kind, label in FLAG_KIND_VI.items():
        of = [r for r in everything if r["kind"] == kind]
        assert f"<td>{label}</td><td class=\"n\">{len(of)}</td>" in section
        assert money(sum(r["at_risk"] for r in of)) in section
