"""End to end in Debian's headless Chromium (driven by Playwright, never `playwright install`).

The real `compliance serve` on a free loopback port with a temporary SQLite database; the first
admin created with the CLI as the README says; then in the browser: log in, add an auditor, log in
as the auditor, upload the sample workbook, filter the queue, open a claim, settle a flag, export
the Excel report (it must open with openpyxl). Screenshots go to $COMPLIANCE_SCREENSHOTS (default
/tmp/compliance-web). Skipped only when /usr/bin/chromium is missing and CI is not set.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import openpyxl
import pytest

from webtest import ROOT, SAMPLE_XLSX

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ADMIN_PASSWORD = "quan-tri-vien-2022"
AUDITOR_PASSWORD = "kiem-toan-vien-2022"
SHOTS = Path(os.environ.get("COMPLIANCE_SCREENSHOTS", "/tmp/compliance-web"))

pytestmark = pytest.mark.skipif(not CHROMIUM.exists() and not os.environ.get("CI"),
                                reason="/usr/bin/chromium is missing (bash .ci/chromium.sh installs it)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _env(tmp_path: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("COMPLIANCE_")}
    env.update(XDG_DATA_HOME=str(tmp_path / "data"), PYTHONPATH=os.pathsep.join(filter(None, [
        str(ROOT), os.environ.get("PYTHONPATH")])))
    return env


@pytest.fixture
def server(tmp_path):
    """`compliance serve` as a user would start it; yields its base URL; stopped at the end."""
    db = f"sqlite:///{tmp_path / 'kho.db'}"
    env = _env(tmp_path)
    cli = [sys.executable, "-m", "compliance"]
    subprocess.run([*cli, "users", "add", "quantri", "--role", "admin", "--password-stdin", "--db", db],
                   input=ADMIN_PASSWORD + "\n", text=True, env=env, check=True, capture_output=True, timeout=60)
    port = _free_port()
    log = (tmp_path / "serve.log").open("w")
    process = subprocess.Popen([*cli, "serve", "--host", "127.0.0.1", "--port", str(port), "--db", db],
                               env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"{base}/healthz", timeout=1) as answer:
                    if answer.status == 200:
                        break
            except OSError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("compliance serve did not start:\n" + (tmp_path / "serve.log").read_text())
            time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


@pytest.fixture
def browser(tmp_path):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(tmp_path / "profile"), executable_path=str(CHROMIUM), headless=True, args=FLAGS,
            accept_downloads=True, locale="vi-VN", viewport={"width": 1366, "height": 900})
        context.set_default_timeout(15_000)
        try:
            yield context.pages[0] if context.pages else context.new_page()
        finally:
            context.close()


def _log_in(page, base: str, name: str, password: str) -> None:
    page.goto(f"{base}/")
    assert "/login" in page.url
    page.get_by_label("Tên người dùng").fill(name)
    page.get_by_label("Mật khẩu").fill(password)
    page.get_by_role("button", name="Đăng nhập").click()
    page.get_by_role("heading", name="Các lô đã thẩm định").wait_for()


def test_log_in_upload_filter_settle_export(server, browser, tmp_path):
    page, base = browser, server
    SHOTS.mkdir(parents=True, exist_ok=True)

    # The admin (made with the CLI) adds an auditor on the users page, then logs out.
    _log_in(page, base, "quantri", ADMIN_PASSWORD)
    page.get_by_role("link", name="Người dùng").click()
    add = page.locator("form[action='/users']")
    add.get_by_label("Tên đăng nhập").fill("lan")
    add.get_by_label("Vai trò").select_option("auditor")
    add.get_by_label("Mật khẩu (ít nhất 8 ký tự)").fill(AUDITOR_PASSWORD)
    add.get_by_role("button", name="Thêm").click()
    page.get_by_text("Đã thêm người dùng lan.").wait_for()
    page.get_by_role("button", name="Đăng xuất").click()
    page.get_by_role("heading", name="Đăng nhập").wait_for()

    # The auditor uploads the sample workbook: vetted, saved, summarised.
    _log_in(page, base, "lan", AUDITOR_PASSWORD)
    page.get_by_role("link", name="Tải lên lô mới").click()
    page.get_by_label("Tệp hồ sơ").set_input_files(str(SAMPLE_XLSX))
    page.get_by_role("button", name="Thẩm định và lưu").click()
    page.get_by_text("Đã thẩm định và lưu lô.").wait_for()
    assert page.url.startswith(f"{base}/batches/1")
    assert page.locator("figure.chart svg").count() == 3
    assert page.locator("figure.chart svg rect.risk").count() > 3
    page.screenshot(path=str(SHOTS / "1-tong-hop-lo.png"))

    # The queue, filtered by unit and sub-project, largest amount at risk first.
    page.get_by_role("link", name="Hàng đợi cờ").click()
    everything = page.locator("table.queue tbody tr").count()
    page.get_by_label("Đơn vị").select_option("SLDTBXH")
    page.get_by_label("Tiểu dự án").select_option("TDA1")
    page.get_by_role("button", name="Lọc").click()
    page.wait_for_url("**/queue?*unit=SLDTBXH*")
    rows = page.locator("table.queue tbody tr")
    assert 0 < rows.count() < everything
    units = rows.locator("td:nth-child(3)").all_inner_texts()
    assert set(units) == {"SLDTBXH"}
    risks = [int(t.replace(".", "").replace("đ", "").strip())
             for t in rows.locator("td:nth-child(10)").all_inner_texts()]
    assert risks == sorted(risks, reverse=True)
    page.screenshot(path=str(SHOTS / "2-hang-doi-co.png"))

    # Open the claim with the largest amount at risk and settle its flag.
    first = rows.first.locator("td:first-child a")
    claim_id = first.inner_text()
    first.click()
    page.get_by_role("heading", name=f"Hồ sơ {claim_id}").wait_for()
    assert page.get_by_text("Căn cứ:").count() >= 1
    # Each citation opens to its clause's verbatim text, or says the rulebook has no text of it.
    laws = page.locator("details.law")
    assert laws.count() + page.get_by_text("chưa có văn bản gốc trong bộ quy tắc").count() >= 1
    if laws.count():
        first_law = laws.first.locator("p").first
        assert not first_law.is_visible()
        laws.first.locator("summary").click()
        assert first_law.is_visible()
    form = page.locator("form.settle").first
    form.get_by_label("Quyết định").select_option("overturn")
    form.get_by_label("Mã lý do").select_option("management_exception")
    form.get_by_label("Ghi chú (bắt buộc)").fill("UBND tỉnh đã phê duyệt mức chi riêng cho lớp tập huấn này")
    form.get_by_role("button", name="Ghi quyết định").click()
    page.get_by_text("Đã ghi quyết định xử lý").wait_for()
    settled = page.locator("section.item", has=page.locator("ol.history")).first
    history = settled.locator("ol.history").inner_text()
    assert "lan" in history and "bỏ cờ, chấp nhận khoản chi" in history
    page.screenshot(path=str(SHOTS / "3-ho-so.png"))
    settled.screenshot(path=str(SHOTS / "4-khoan-da-xu-ly.png"))

    # Export the Excel report of the batch.
    page.goto(f"{base}/batches/1")
    with page.expect_download() as download:
        page.get_by_role("button", name="Xuất Excel (.xlsx)").click()
    saved = tmp_path / download.value.suggested_filename
    download.value.save_as(saved)
    assert saved.name == "bao-cao-lo-1.xlsx"
    book = openpyxl.load_workbook(saved)
    assert book.sheetnames[:3] == ["Tổng hợp", "Hồ sơ", "Khoản chi"]

    # Everything above is on the trail.
    page.get_by_role("link", name="Nhật ký").click()
    trail = page.locator("table.data").inner_text()
    for action in ("thêm người dùng", "đăng nhập", "lưu lô đã thẩm định", "xử lý cờ", "xuất báo cáo"):
        assert action in trail, action

    # The rulebook as one document, from the menu, readable on a narrow screen.
    page.get_by_role("link", name="Bộ quy tắc").click()
    page.get_by_role("heading", name="Bộ quy tắc thẩm định chi Dự án 7", exact=False).first.wait_for()
    page.set_viewport_size({"width": 390, "height": 844})
    assert page.evaluate("document.documentElement.scrollWidth") <= 391
    page.goto(f"{base}/rules/book#tt55-2023-dieu-78-khoan-1")
    assert page.locator("#tt55-2023-dieu-78-khoan-1").is_visible()
    page.screenshot(path=str(SHOTS / "5-bo-quy-tac.png"))
