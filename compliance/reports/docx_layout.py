"""Word layout of Vietnamese administrative documents (Decree 30/2020/NĐ-CP, Appendix I), with python-docx.

A4 portrait, margins top 20, bottom 20, left 30, right 15 mm; Times New Roman 13 pt (tables 11 pt);
page numbers centred in the header from page 2. The national header is a borderless two-column table:
left the parent body (optional, capitals), the issuing unit (bold capitals) with a short rule under it
and the number line; right the national name (bold capitals), the motto (bold, with a rule under it)
and the place-and-date line in italics. Elements added to the XML are inserted in schema order, so
Word opens the file without repairing it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from .amount_words import vnd_figures

FONT = "Times New Roman"
BODY_PT, TABLE_PT, SMALL_PT, TITLE_PT = 13, 11, 12, 14
TEXT_WIDTH_MM = 165  # A4 210 mm − left 30 − right 15
CELL_MARGIN_MM = 1.0  # left and right, in bordered tables
PLAIN_CELL_MARGINS_MM = 3.8  # left + right of a cell in a table without own margins (Word's default)
NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
SIGN_NOTE = "(Ký, ghi rõ họ tên)"
CENTRE, LEFT, RIGHT, JUSTIFY = (WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.RIGHT,
                                WD_ALIGN_PARAGRAPH.JUSTIFY)

# What may follow an element in its parent, in schema order (ECMA-376 Part 1, §17.3.1.26, §17.4.60).
_AFTER_PBDR = ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
               "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid",
               "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
               "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle",
               "w:rPr", "w:sectPr", "w:pPrChange")
_AFTER_TBLBORDERS = ("w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription")
_AFTER_TBLCELLMAR = ("w:tblLook", "w:tblCaption", "w:tblDescription")


def decree_date(day: dt.date) -> str:
    """Decree 30's date: a day below 10 and a month below 3 take a leading zero ("ngày 05 tháng 02 năm 2026")."""
    return (f"ngày {day.day:02d}" if day.day < 10 else f"ngày {day.day}") + \
        (f" tháng {day.month:02d}" if day.month < 3 else f" tháng {day.month}") + f" năm {day.year}"


def _element(tag: str, **attrs: str):
    element = OxmlElement(tag)
    for key, value in attrs.items():
        element.set(qn(f"w:{key}"), value)
    return element


def _set_fonts(rpr) -> None:
    """Times New Roman for every script of a run-properties element (rFonts comes first)."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in list(fonts.attrib):
        del fonts.attrib[attr]
    for attr in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(qn(f"w:{attr}"), FONT)


def page_setup(document) -> None:
    """A4 portrait with the decree's margins; Times New Roman 13 pt, Vietnamese, single spacing;
    page numbers in the header from page 2."""
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    section.header_distance, section.footer_distance = Mm(10), Mm(10)
    defaults = document.styles.element.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _set_fonts(rpr)
    lang = rpr.find(qn("w:lang"))
    if lang is not None:
        lang.set(qn("w:val"), "vi-VN")
    spacing = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr")).find(qn("w:spacing"))
    if spacing is not None:
        spacing.set(qn("w:after"), "0")
        spacing.set(qn("w:line"), "240")
    normal = document.styles["Normal"]
    normal.font.name, normal.font.size = FONT, Pt(BODY_PT)
    _set_fonts(normal.element.get_or_add_rPr())
    normal.paragraph_format.space_before = normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.0
    section.different_first_page_header_footer = True
    paragraph = section.header.paragraphs[0]
    paragraph.alignment = CENTRE
    _page_field(paragraph.add_run())


def next_document(document) -> None:
    """A second document in the same file: a new page and section whose pages are numbered from 1,
    the number shown from its second page."""
    section = document.add_section(WD_SECTION.NEW_PAGE)
    section.different_first_page_header_footer = True
    section._sectPr.insert_element_before(
        _element("w:pgNumType", start="1"), "w:cols", "w:formProt", "w:vAlign", "w:noEndnote", "w:titlePg",
        "w:textDirection", "w:bidi", "w:rtlGutter", "w:docGrid", "w:printerSettings", "w:sectPrChange")


def _page_field(run) -> None:
    """The PAGE field (its cached value is recomputed by Word and LibreOffice)."""
    run._r.append(_element("w:fldChar", fldCharType="begin"))
    code = OxmlElement("w:instrText")
    code.set(qn("xml:space"), "preserve")
    code.text = " PAGE "
    run._r.append(code)
    run._r.append(_element("w:fldChar", fldCharType="separate"))
    value = OxmlElement("w:t")
    value.text = "2"
    run._r.append(value)
    run._r.append(_element("w:fldChar", fldCharType="end"))


def para(container, text: str = "", *, bold: bool = False, italic: bool = False, size: float | None = None,
         align=None, before: float = 0, after: float = 0, first_line: float | None = None, keep: bool = False,
         new: bool = True):
    """A paragraph with one run; in a table cell the first (empty) paragraph is reused unless `new`."""
    if not new and container.paragraphs and not container.paragraphs[0].text:
        paragraph = container.paragraphs[0]
    else:
        paragraph = container.add_paragraph()
    if text:
        run(paragraph, text, bold=bold, italic=italic, size=size)
    fmt = paragraph.paragraph_format
    fmt.space_before, fmt.space_after = Pt(before), Pt(after)
    if align is not None:
        paragraph.alignment = align
    if first_line is not None:
        fmt.first_line_indent = Mm(first_line)
    if keep:
        fmt.keep_with_next = True
    return paragraph


def run(paragraph, text: str, *, bold: bool = False, italic: bool = False, size: float | None = None):
    added = paragraph.add_run(text)
    added.bold, added.italic = bold or None, italic or None
    if size:
        added.font.size = Pt(size)
    return added


def body(document, text: str = "", **kw):
    """A paragraph of the body: justified, first line indented 10 mm, 6 pt before."""
    kw.setdefault("before", 6)
    kw.setdefault("first_line", 10)
    return para(document, text, align=JUSTIFY, **kw)


def heading(document, text: str) -> None:
    para(document, text, bold=True, size=BODY_PT, before=12, after=3, keep=True)


def rule(paragraph, width_mm: float, column_mm: float, gap_pt: int = 1) -> None:
    """A rule `gap_pt` under a centred paragraph, `width_mm` long, in a column `column_mm` wide."""
    side = max((column_mm - PLAIN_CELL_MARGINS_MM - width_mm) / 2, 0)
    paragraph.paragraph_format.left_indent = paragraph.paragraph_format.right_indent = Mm(side)
    borders = OxmlElement("w:pBdr")
    borders.append(_element("w:bottom", val="single", sz="6", space=str(gap_pt), color="000000"))
    paragraph._p.get_or_add_pPr().insert_element_before(borders, *_AFTER_PBDR)


def rule_line(container, width_mm: float, column_mm: float) -> None:
    """A short rule on a line of its own (2 pt high, 2 pt under the line above)."""
    paragraph = para(container, align=CENTRE, before=2, after=2)
    rule(paragraph, width_mm, column_mm)
    mark = OxmlElement("w:rPr")
    mark.append(_element("w:sz", val="4"))
    paragraph._p.get_or_add_pPr().insert_element_before(mark, "w:sectPr", "w:pPrChange")


def _no_borders(table) -> None:
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        borders.append(_element(f"w:{edge}", val="nil"))
    table._tbl.tblPr.insert_element_before(borders, *_AFTER_TBLBORDERS)


def _widths(table, widths_mm: Iterable[float]) -> None:
    table.autofit = False  # fixed layout: the widths below hold in Word and LibreOffice
    widths = list(widths_mm)
    for column, width in zip(table.columns, widths):
        column.width = Mm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths):
            cell.width = Mm(width)


def _row_flags(row, *, header: bool = False) -> None:
    """Keep a row on one page; repeat a header row on every page."""
    trpr = row._tr.get_or_add_trPr()
    trpr.append(_element("w:cantSplit", val="true"))
    if header:
        trpr.append(_element("w:tblHeader", val="true"))


def plain_table(document, widths_mm: tuple[float, ...]):
    """A borderless table for layout (header, signatures); rows are kept on one page."""
    table = document.add_table(rows=1, cols=len(widths_mm))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    _no_borders(table)
    _row_flags(table.rows[0])
    _widths(table, widths_mm)
    return table


def grid(document, headers: tuple[str, ...], widths_mm: tuple[float, ...], rows: list[tuple], money_cols: set[int],
         bold_last: bool = False):
    """A bordered table: bold centred headers repeated on each page, amounts in figures right-aligned,
    the first column centred; `bold_last`: the last row is a total."""
    table = document.add_table(rows=1, cols=len(headers))
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        margins.append(_element(f"w:{side}", w=str(round(CELL_MARGIN_MM * 56.7)), type="dxa"))
    table._tbl.tblPr.insert_element_before(margins, *_AFTER_TBLCELLMAR)
    _row_flags(table.rows[0], header=True)
    for cell, text in zip(table.rows[0].cells, headers):
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        para(cell, text, bold=True, size=TABLE_PT, align=CENTRE, new=False)
    for index, values in enumerate(rows):
        row = table.add_row()
        _row_flags(row)
        bold = bold_last and index == len(rows) - 1
        for col, (cell, value) in enumerate(zip(row.cells, values)):
            text = vnd_figures(value) if col in money_cols and isinstance(value, int) else str(value or "")
            align = RIGHT if col in money_cols else CENTRE if col == 0 else LEFT
            para(cell, text, bold=bold, size=TABLE_PT, align=align, new=False)
    _widths(table, widths_mm)
    return table


def figures_mm(amounts: Iterable[int | None]) -> float:
    """A column wide enough for the largest amount in figures at the table's size (Times New Roman
    digits are half an em, separators a quarter), never narrower than 19 mm."""
    digits = max((len(str(a)) for a in amounts if a is not None), default=1)
    em = TABLE_PT * 25.4 / 72
    return max(19.0, round(digits * em / 2 + (digits - 1) // 3 * em / 4 + 2 * CELL_MARGIN_MM + 1.2, 1))


def national_header(document, parent: str | None, unit: str, number: str, place_and_date: str) -> None:
    left_mm = 68
    right_mm = TEXT_WIDTH_MM - left_mm
    left, right = plain_table(document, (left_mm, right_mm)).rows[0].cells
    if parent:
        para(left, parent.upper(), size=SMALL_PT, align=CENTRE, new=False)
    para(left, unit.upper(), bold=True, size=SMALL_PT, align=CENTRE, new=False, keep=True)
    rule_line(left, 24, left_mm)
    para(left, number, size=BODY_PT, align=CENTRE, before=6)
    para(right, NATION, bold=True, size=SMALL_PT, align=CENTRE, new=False)
    rule(para(right, MOTTO, bold=True, size=BODY_PT, align=CENTRE), 58, right_mm, gap_pt=3)
    para(right, place_and_date, italic=True, size=BODY_PT, align=CENTRE, before=8)


def title(document, text: str, *subtitles: tuple[str, bool]) -> None:
    """The title (bold capitals, centred), lines under it (text, italic?) and a short rule."""
    para(document, text.upper(), bold=True, size=TITLE_PT, align=CENTRE, before=18, keep=True)
    for line, italic in subtitles:
        para(document, line, bold=not italic, italic=italic, size=BODY_PT, align=CENTRE, before=2, keep=True)
    rule_line(document, 40, TEXT_WIDTH_MM + PLAIN_CELL_MARGINS_MM)


def signatures(document, signers: tuple[str, ...]) -> None:
    """One column per signer: the title in bold capitals, "(Ký, ghi rõ họ tên)", room to sign."""
    table = plain_table(document, (TEXT_WIDTH_MM / len(signers),) * len(signers))
    for cell, signer in zip(table.rows[0].cells, signers):
        sign(cell, signer)


def sign(cell, signer: str) -> None:
    para(cell, signer, bold=True, size=BODY_PT, align=CENTRE, before=12, new=False)
    para(cell, SIGN_NOTE, italic=True, size=BODY_PT, align=CENTRE, after=70)


def recipients(container, lines: tuple[str, ...], new: bool = True) -> None:
    """"Nơi nhận:" (bold italic 12 pt) and its lines (11 pt), at the left."""
    para(container, "Nơi nhận:", bold=True, italic=True, size=SMALL_PT, before=12, new=new)
    for line in lines:
        para(container, line, size=11)
