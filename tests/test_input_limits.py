"""Hostile or absurd input files are refused with a Vietnamese message naming the file (row, field),
before anything is vetted or saved: an xlsx zip bomb, money that overflows 64-bit totals, NUL,
duplicate JSON keys, numbers that are not finite, nesting too deep, CSV wider than any spreadsheet;
and the CLI exits 2 on each, writing nothing."""

from __future__ import annotations

import copy
import csv
import io
import json
import struct
import time
import zlib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from compliance.cli import app
from compliance.readers import InputError, read
from compliance.models import Claim
from compliance.readers import xlsx_guard
from compliance.readers.columns import HEADERS, claim_rows

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_JSON = ROOT / "examples/quang-nam-2022/claims.json"
SAMPLE_XLSX = ROOT / "examples/quang-nam-2022/claims.xlsx"


def claims() -> list[dict]:
    data = json.loads(SAMPLE_JSON.read_text(encoding="utf-8"))
    return copy.deepcopy(data["claims"] if isinstance(data, dict) else data)


def refused(path: Path) -> InputError:
    with pytest.raises(InputError) as info:
        read(path)
    assert info.value.file == str(path)
    assert str(path) in info.value.render()
    return info.value


# ---- the xlsx bomb ----------------------------------------------------------------------------


def _deflate(head: bytes, unit: bytes, times: int, foot: bytes) -> tuple[bytes, int, int]:
    """(raw deflate, crc32, size) of head + unit × times + foot, made fast: after a full flush the
    compressor starts afresh, so the compressed form of a block of units can simply be repeated."""
    per_block = 1 << 16
    block = unit * per_block
    full, rest = divmod(times, per_block)
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = packer.compress(head) + packer.flush(zlib.Z_FULL_FLUSH)
    repeated = packer.compress(block) + packer.flush(zlib.Z_FULL_FLUSH)
    last = packer.compress(unit * rest + foot) + packer.flush()
    crc = zlib.crc32(head)
    for _ in range(full):
        crc = zlib.crc32(block, crc)
    crc = zlib.crc32(unit * rest + foot, crc)
    return first + repeated * full + last, crc, len(head) + len(unit) * times + len(foot)


def _small(text: str) -> tuple[bytes, int, int]:
    data = text.encode()
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    return packer.compress(data) + packer.flush(), zlib.crc32(data), len(data)


def _write_zip(path: Path, parts: dict[str, tuple[bytes, int, int]]) -> None:
    """A zip written field by field (zipfile cannot take parts already compressed)."""
    local, central, offset = [], [], 0
    for name, (data, crc, size) in parts.items():
        raw = name.encode()
        header = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0, crc, len(data), size, len(raw), 0) + raw
        central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0, crc, len(data), size,
                                   len(raw), 0, 0, 0, 0, 0, offset) + raw)
        local.append(header + data)
        offset += len(header) + len(data)
    directory = b"".join(central)
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(parts), len(parts), len(directory), offset, 0)
    path.write_bytes(b"".join(local) + directory + end)


MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def write_workbook(path: Path, strings: tuple[bytes, int, int]) -> None:
    """A valid workbook, one sheet, whose shared-strings part is `strings`."""
    _write_zip(path, {
        "[Content_Types].xml": _small(
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/strings.xml" '
            f'ContentType="{xlsx_guard.SHARED_STRINGS_TYPE}"/></Types>'),
        "_rels/.rels": _small(
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        "xl/workbook.xml": _small(
            f'<?xml version="1.0"?><workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets>'
            '<sheet name="Khoản chi" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        "xl/_rels/workbook.xml.rels": _small(
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
            f'<Relationship Id="rId2" Type="{REL}/sharedStrings" Target="strings.xml"/></Relationships>'),
        "xl/worksheets/sheet1.xml": _small(
            f'<?xml version="1.0"?><worksheet xmlns="{MAIN}"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c>'
            '</row></sheetData></worksheet>'),
        # named as the content types say, not the usual xl/sharedStrings.xml: the guard follows them
        "xl/strings.xml": strings,
    })


def _strings(count: int, unit: bytes = b"<si><t>a</t></si>") -> tuple[bytes, int, int]:
    return _deflate(f'<?xml version="1.0"?><sst xmlns="{MAIN}">'.encode(), unit, count, b"</sst>")


def test_a_shared_strings_bomb_is_refused_at_once(tmp_path):
    bomb = tmp_path / "bom.xlsx"
    write_workbook(bomb, _strings(20_000_000))  # 340 MB of XML in about 0.8 MB
    assert bomb.stat().st_size < 1_000_000
    started = time.perf_counter()
    problem = refused(bomb)
    elapsed = time.perf_counter() - started
    assert elapsed < 5, elapsed  # a guard, not a benchmark: openpyxl took 3 minutes and 2.2 GB
    assert "tệp Excel bị từ chối: phần xl/strings.xml nén 406 lần (tệp nén bất thường, tối đa 200" in problem.render()
    result = CliRunner().invoke(app, ["vet", str(bomb), "--format", "json"])
    assert result.exit_code == 2, result.output
    assert "bom.xlsx" in result.output and "Traceback" not in result.output


def test_a_bomb_that_compresses_less_is_stopped_by_the_count(tmp_path, monkeypatch):
    monkeypatch.setattr(xlsx_guard, "MAX_RATIO", 10**6)  # as if the strings were varied enough to pass it
    bomb = tmp_path / "bom.xlsx"
    write_workbook(bomb, _strings(20_000_000))
    started = time.perf_counter()
    problem = refused(bomb)
    assert time.perf_counter() - started < 5
    assert "có hơn 2.000.000 chuỗi dùng chung" in problem.render()


def test_too_many_shared_strings_are_counted_not_parsed(tmp_path, monkeypatch):
    # Strings that do not compress well enough to trip the ratio: only the count of <si> stops them.
    monkeypatch.setattr(xlsx_guard, "MAX_SHARED_STRINGS", 1000)
    many = tmp_path / "nhieu.xlsx"
    write_workbook(many, _strings(1001, b'<x:si xml:space="preserve"><x:t>a</x:t></x:si>'))
    assert "hơn 1.000 chuỗi" in refused(many).render()
    enough = tmp_path / "du.xlsx"
    write_workbook(enough, _strings(1000))
    with pytest.raises(InputError) as info:  # passes the guard; then the reader finds no header of ours
        read(enough)
    assert "tệp Excel bị từ chối" not in info.value.render()


def test_too_many_parts_are_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(xlsx_guard, "MAX_PARTS", 5)
    path = tmp_path / "phan.xlsx"
    write_workbook(path, _strings(1))
    assert "có 6 phần" in refused(path).render()


def test_a_real_workbook_passes_the_guard(tmp_path):
    assert read(SAMPLE_XLSX)  # the sample, as Excel users fill the template
    xlsx_guard.check_xlsx(SAMPLE_XLSX)


# ---- money that a 64-bit total cannot hold ----------------------------------------------------


def test_a_claim_whose_lines_add_up_past_the_bound_is_refused(tmp_path):
    claim = claims()[0]
    line = claim["line_items"][0]
    claim["line_items"] = [dict(line, line_id=f"L{i}", quantity=1, unit_price=10**15, amount=10**15)
                           for i in range(10_000)]  # 10^19 đồng: over 2^63
    path = tmp_path / "tong.json"
    path.write_text(json.dumps([claim]), encoding="utf-8")
    text = refused(path).render()
    assert f"hồ sơ {claim['claim_id']}" in text and "vượt giới hạn 1.000.000.000.000.000 đ cho một hồ sơ" in text
    jsonl = tmp_path / "tong.jsonl"
    jsonl.write_text(json.dumps(claim) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["vet", str(jsonl), "--format", "json"])
    assert result.exit_code == 2 and "vượt giới hạn" in result.output


def test_a_batch_whose_claims_add_up_past_the_bound_is_refused(tmp_path):
    base = claims()[0]
    line = base["line_items"][0]
    base["line_items"] = [dict(line, quantity=1, unit_price=10**15, amount=10**15)]  # a claim at its bound
    batch = [dict(copy.deepcopy(base), claim_id=f"LON-{i}") for i in range(101)]  # 1.01 × 10^17
    path = tmp_path / "lo.json"
    path.write_text(json.dumps(batch), encoding="utf-8")
    text = refused(path).render()
    assert "hồ sơ LON-100," in text and "cho một lô" in text
    assert "LON-99," not in text  # the claims before it were within the bound


# ---- JSON: duplicate keys, NaN and 1e400, nesting, NUL ----------------------------------------


def test_duplicate_keys_are_an_error_naming_the_key_and_file(tmp_path):
    claim = claims()[0]
    text = json.dumps(claim, ensure_ascii=False)
    doubled = text[:-1] + ', "fiscal_year": 2023}'
    for suffix, content in ((".json", f"[{doubled}]"), (".jsonl", doubled + "\n"), (".json", doubled)):
        path = tmp_path / f"trung{suffix}"
        path.write_text(content, encoding="utf-8")
        message = refused(path).render()
        assert "khóa 'fiscal_year' xuất hiện hai lần" in message, (suffix, message)
    assert "dòng 1" in message or "trung.json" in message


@pytest.mark.parametrize("number", ["1e400", "-1e400", "1" * 5001 + ".5"])
def test_numbers_that_are_not_finite_are_refused(tmp_path, number):
    claim = claims()[0]
    text = json.dumps(claim).replace('"line_items"', f'"attributes": {{"x": {number}}}, "line_items"', 1)
    for suffix in (".json", ".jsonl"):
        path = tmp_path / f"vo-cuc{suffix}"
        path.write_text(text + "\n", encoding="utf-8")
        assert "không phải là một số" in refused(path).render()


def test_a_number_of_5001_digits_and_deep_nesting_are_refused(tmp_path):
    claim = claims()[0]
    text = json.dumps(claim)
    for label, value, words in (("so", "1" * 5001, "số quá dài"), ("sau", "[" * 100 + "]" * 100, "lồng nhau quá sâu"),
                                ("rat-sau", "[" * 100_000 + "]" * 100_000, "lồng nhau quá sâu")):
        bad = text.replace('"line_items"', f'"attributes": {{"x": {value}}}, "line_items"', 1)
        for suffix in (".json", ".jsonl"):
            path = tmp_path / f"{label}{suffix}"
            path.write_text(f"[{bad}]" if suffix == ".json" else bad + "\n", encoding="utf-8")
            assert words in refused(path).render(), (label, suffix)


def test_nul_in_any_text_is_refused_naming_the_field(tmp_path):
    batch = claims()[:2]
    batch[1]["line_items"][0]["description"] = "tiền\x00ăn"
    path = tmp_path / "nul.json"
    path.write_text(json.dumps(batch), encoding="utf-8")
    message = refused(path).render()
    assert f"hồ sơ {batch[1]['claim_id']}" in message and "line_items[1].description" in message
    assert "NUL" in message
    csv_path = tmp_path / "nul.csv"
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(HEADERS)
    batch[0]["line_items"][-1]["description"] = "DAU-NUL"
    claim = Claim.model_validate(batch[0])
    for row in claim_rows(claim):
        writer.writerow(["" if v is None else str(v) for v in row])
    csv_path.write_text(out.getvalue().replace("DAU-NUL", "a\x00b"), encoding="utf-8")
    problem = refused(csv_path)
    assert "NUL" in problem.render() and problem.problems[0].row == 1 + len(claim.line_items)
    assert problem.problems[0].field.endswith(f"line_items[{len(claim.line_items)}].description")
    runner = CliRunner().invoke(app, ["vet", str(path)])
    assert runner.exit_code == 2 and "NUL" in runner.output


# ---- CSV wider than a spreadsheet ---------------------------------------------------------------


def test_a_csv_wider_than_any_spreadsheet_is_refused_naming_the_row(tmp_path):
    header = "Mã hồ sơ," + ",".join("" for _ in range(18_300)) + "x"
    path = tmp_path / "rong.csv"
    path.write_text(header + "\n", encoding="utf-8")
    problem = refused(path)
    assert problem.problems[0].row == 1 and "16.384" in problem.render()
    result = CliRunner().invoke(app, ["vet", str(path)])
    assert result.exit_code == 2 and "rong.csv" in result.output
