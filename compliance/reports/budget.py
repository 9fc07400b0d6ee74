"""The budget view (store.budget) for people: rich tables on the terminal and an Excel workbook."""

from __future__ import annotations

from pathlib import Path

from ..store.budget import BudgetView, percent
from ..vocabulary import SUBPROJECT_VI, money
from .workbook import BOLD, FLAG_FILL, MONEY, autofilter, put, put_row, save_atomic, table_header
from .xlsx import printable

PERCENT = "0.0"  # number format of a percentage cell

def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f} %".replace(".", ",")



def render_table(view: BudgetView, console) -> None:
    """The view as rich tables (Vietnamese): the envelopes, then each envelope by unit and by month."""
    from rich.markup import escape
    from rich.table import Table

    year = f" năm {view.fiscal_year}" if view.fiscal_year else ""
    table = Table(title=f"Dự toán{year} và số đã duyệt (phiên bản hiện hành của các lô đã lưu: {view.claims} hồ sơ)",
                  caption="Đã duyệt = số tiền được thanh toán của các hồ sơ; còn lại âm là vượt dự toán.")
    for col in ("Dự toán", "Căn cứ", "Năm", "Đơn vị", "Dự toán giao", "Đề nghị", "Đã duyệt", "Còn lại", "Đã dùng",
                "Hồ sơ"):
        table.add_column(col, overflow="fold",
                         justify="right" if col in ("Dự toán giao", "Đề nghị", "Đã duyệt", "Còn lại", "Đã dùng",
                                                    "Hồ sơ") else "left")
    for e in view.envelopes:
        remaining = money(e.remaining) + (" (vượt)" if e.over else "")
        table.add_row(escape(e.title), escape(e.basis), str(e.fiscal_year), escape(e.holders), money(e.amount),
                      money(e.claimed), money(e.approved), remaining, _pct(e.percent), str(e.claims))
    console.print(table)
    for e in view.envelopes:
        if not e.claims:
            continue
        units = Table(title=f"{escape(e.title)} — theo đơn vị, tiểu dự án", title_justify="left")
        for col in ("Đơn vị", "Tiểu dự án", "Hồ sơ", "Đề nghị", "Đã duyệt", "Tỉ lệ trong dự toán"):
            units.add_column(col, justify="left" if col in ("Đơn vị", "Tiểu dự án") else "right")
        for u in e.by_unit:
            units.add_row(escape(u.unit_code), SUBPROJECT_VI.get(u.subproject, u.subproject), str(u.claims),
                          money(u.claimed), money(u.approved), _pct(percent(u.approved, e.amount)))
        months = Table(title=f"{escape(e.title)} — theo tháng của hoạt động (lũy kế)", title_justify="left")
        for col in ("Tháng", "Hồ sơ", "Đã duyệt trong tháng", "Lũy kế", "Còn lại", "Đã dùng"):
            months.add_column(col, justify="left" if col == "Tháng" else "right")
        for m in e.by_month:
            months.add_row(m.label, str(m.claims), money(m.approved), money(m.cumulative), money(m.remaining),
                           _pct(m.percent))
        console.print(units)
        console.print(months)
    if view.outside:
        rest = Table(title="Hồ sơ không thuộc dự toán nào đã nạp", title_justify="left")
        for col in ("Năm ngân sách", "Đơn vị", "Tiểu dự án", "Hồ sơ", "Đề nghị", "Đã duyệt"):
            rest.add_column(col, justify="right" if col in ("Hồ sơ", "Đề nghị", "Đã duyệt") else "left")
        for u in view.outside:
            rest.add_row(str(u.fiscal_year or "—"), escape(u.unit_code), SUBPROJECT_VI.get(u.subproject, u.subproject),
                         str(u.claims), money(u.claimed), money(u.approved))
        console.print(rest)


def write_xlsx(view: BudgetView, path: Path | str) -> None:
    """Sheets "Dự toán" (each envelope), "Theo đơn vị", "Theo tháng" (cumulative) and "Ngoài dự toán"."""
    from openpyxl import Workbook


    book = Workbook()
    ws = book.active
    ws.title = "Dự toán"
    headers: tuple[tuple[str, int], ...] = (("Mã dự toán", 24), ("Dự toán", 44), ("Căn cứ", 24), ("Năm ngân sách", 9), ("Đơn vị", 34),
               ("Dự toán giao", 16), ("Số hồ sơ", 9), ("Đề nghị", 16), ("Đã duyệt", 16), ("Còn lại", 16),
               ("Tỉ lệ đã dùng (%)", 11))
    table_header(ws, [h for h, _ in headers], [w for _, w in headers])
    for row, e in enumerate(view.envelopes, start=2):
        put_row(ws, row, (e.id, e.title, e.basis, e.fiscal_year, e.holders, e.amount, e.claims, e.claimed, e.approved,
                          e.remaining, e.percent), (None,) * 5 + (MONEY, None, MONEY, MONEY, MONEY, PERCENT),
                FLAG_FILL if e.over else None)
    autofilter(ws, len(headers))
    total = len(view.envelopes) + 2  # below the filtered rows
    totals = {2: "Cộng", 6: view.amount, 7: sum(e.claims for e in view.envelopes),
              8: sum(e.claimed for e in view.envelopes), 9: view.approved_in_envelopes,
              10: view.amount - view.approved_in_envelopes, 11: percent(view.approved_in_envelopes, view.amount)}
    for column, value in totals.items():
        put(ws, total, column, value, {2: None, 7: None, 11: PERCENT}.get(column, MONEY)).font = BOLD
    printable(ws, "1:1")

    ws = book.create_sheet("Theo đơn vị")
    headers = (("Mã dự toán", 24), ("Dự toán", 44), ("Đơn vị", 18), ("Tiểu dự án", 14), ("Số hồ sơ", 9),
               ("Đề nghị", 16), ("Đã duyệt", 16), ("Tỉ lệ trong dự toán (%)", 11))
    table_header(ws, [h for h, _ in headers], [w for _, w in headers])
    row = 2
    for e in view.envelopes:
        for u in e.by_unit:
            put_row(ws, row, (e.id, e.title, u.unit_code, SUBPROJECT_VI.get(u.subproject, u.subproject), u.claims,
                              u.claimed, u.approved, percent(u.approved, e.amount)),
                    (None,) * 5 + (MONEY, MONEY, PERCENT))
            row += 1
    autofilter(ws, len(headers))
    printable(ws, "1:1")

    ws = book.create_sheet("Theo tháng")
    headers = (("Mã dự toán", 24), ("Dự toán", 44), ("Tháng", 10), ("Số hồ sơ", 9), ("Đã duyệt trong tháng", 16),
               ("Lũy kế", 16), ("Còn lại", 16), ("Tỉ lệ đã dùng (%)", 11))
    table_header(ws, [h for h, _ in headers], [w for _, w in headers])
    row = 2
    for e in view.envelopes:
        for m in e.by_month:
            put_row(ws, row, (e.id, e.title, m.label, m.claims, m.approved, m.cumulative, m.remaining, m.percent),
                    (None,) * 4 + (MONEY, MONEY, MONEY, PERCENT), FLAG_FILL if m.remaining < 0 else None)
            row += 1
    autofilter(ws, len(headers))
    printable(ws, "1:1")

    ws = book.create_sheet("Ngoài dự toán")
    headers = (("Năm ngân sách", 10), ("Đơn vị", 18), ("Tiểu dự án", 14), ("Số hồ sơ", 9), ("Đề nghị", 16),
               ("Đã duyệt", 16))
    table_header(ws, [h for h, _ in headers], [w for _, w in headers])
    for row, u in enumerate(view.outside, start=2):
        put_row(ws, row, (u.fiscal_year, u.unit_code, SUBPROJECT_VI.get(u.subproject, u.subproject), u.claims,
                          u.claimed, u.approved), (None,) * 4 + (MONEY, MONEY))
    autofilter(ws, len(headers))
    printable(ws, "1:1")
    save_atomic(book, path)
