"""Tài liệu của dự án nói đúng điều chương trình làm, và không trỏ ra ngoài kho mã.

- README.md, docs/*.md, rules/README.md, features/HUONG_DAN.md không có đường dẫn ra ngoài kho (`../`, đường
  dẫn tuyệt đối, thư mục `shared/` bên cạnh kho); đường dẫn tới tệp trong kho mà chúng nêu thì có thật.
- docs/claim-format.md (hợp đồng dữ liệu công khai) nêu mọi lý do, mọi loại cờ, mọi danh mục của
  compliance/models.py với đúng từ tiếng Việt, cột của sổ mẫu cho từng trường, các trường được suy ra; các
  ví dụ JSON của nó hợp lệ theo các mô hình.
- Bảng cột của README khớp đúng sổ mẫu (compliance.readers.columns.HEADERS, cột bắt buộc), và các từ tiếng
  Việt README nói là được nhận thì bộ đọc Excel nhận thật.
Mỗi bộ kiểm tra được chứng minh là có thể thất bại trên một văn bản sai (cuối tệp).
"""

from __future__ import annotations

import json
import re
import typing
from pathlib import Path

import pytest

from compliance import models
from compliance.engine import infer
from compliance.models import FLAG_KIND, Claim, DecisionDocument, flag_kind, strongest
from compliance.readers.columns import COLUMNS, HEADERS, REQUIRED, CellError, parse_attributes, parse_documents
from compliance.vocabulary import (CATEGORY_VI, DOCUMENT_VI, FLAG_KIND_VI, HEADER, KIND_VI, LEVEL_VI, REASON_VI,
                                   VALUE_VI, VENUE_VI, normalise, words_for)

ROOT = Path(__file__).resolve().parents[1]
CLAIM_FORMAT = ROOT / "docs" / "claim-format.md"
README = ROOT / "README.md"
HUONG_DAN = ROOT / "features" / "HUONG_DAN.md"


def tai_lieu() -> list[Path]:
    return [README, *sorted((ROOT / "docs").glob("*.md")), ROOT / "rules" / "README.md", HUONG_DAN]


def doc(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def args(literal) -> tuple[str, ...]:
    return typing.get_args(literal)


# ---- đường dẫn -----------------------------------------------------------------------------------

_OUTSIDE = [
    (re.compile(r"\.\./"), "đường dẫn tương đối ra ngoài thư mục"),
    (re.compile(r"(?<![\w.])/(?:work|home|tmp|root|Users)/"), "đường dẫn tuyệt đối của một máy"),
    (re.compile(r"(?<![\w/.-])shared/"), "thư mục shared/ nằm ngoài kho"),
    (re.compile(r"\]\((?:file:|/)"), "liên kết tới tệp ngoài kho"),
]
# A repository path named in a document: `rules/README.md`, `compliance/engine/infer.py`, [x](docs/a.md).
_PATH = re.compile(r"(?:`|\]\()((?:[\w.-]+/)+[\w.-]+\.(?:md|py|yaml|feature|toml|xlsx|json|csv))(?:`|\))")


def outside_pointers(text: str) -> list[str]:
    """Mỗi chỗ trỏ ra ngoài kho: 'dòng N: <lý do>: <dòng>'."""
    found = []
    for number, line in enumerate(text.splitlines(), start=1):
        for pattern, why in _OUTSIDE:
            if pattern.search(line):
                found.append(f"dòng {number}: {why}: {line.strip()}")
    return found


def dangling_paths(text: str, here: Path) -> list[str]:
    """Các đường dẫn tới tệp trong kho mà không có tệp (tính từ gốc kho, từ thư mục của tài liệu, hoặc trong
    gói `compliance/` như README viết `engine/facts.py`)."""
    missing = []
    for match in _PATH.finditer(text):
        path = match.group(1)
        if any(ch in path for ch in "*<…"):
            continue
        if not any((base / path).exists() for base in (ROOT, here, ROOT / "compliance")):
            missing.append(path)
    return missing


@pytest.mark.parametrize("path", tai_lieu(), ids=lambda p: str(p.relative_to(ROOT)))
def test_tai_lieu_khong_tro_ra_ngoai_kho(path):
    problems = outside_pointers(doc(path))
    assert not problems, f"{path.relative_to(ROOT)} trỏ ra ngoài kho:\n  " + "\n  ".join(problems)


@pytest.mark.parametrize("path", tai_lieu(), ids=lambda p: str(p.relative_to(ROOT)))
def test_duong_dan_trong_tai_lieu_co_that(path):
    missing = dangling_paths(doc(path), path.parent)
    assert not missing, f"{path.relative_to(ROOT)} nêu tệp không có trong kho: {', '.join(missing)}"


def test_readme_tro_toi_hop_dong_du_lieu_trong_kho():
    assert CLAIM_FORMAT.exists()
    assert "`docs/claim-format.md`" in doc(README)


def test_cac_tep_tinh_nang_trong_huong_dan_co_that():
    text = doc(HUONG_DAN)
    listed = set(re.findall(r"(?<![\w/-])([\w-]+/[\w.-]+\.feature)\b", text))
    assert len(listed) > 20  # mục 2 liệt kê các tệp
    missing = sorted(p for p in listed if not (ROOT / "features" / p).exists())
    assert not missing, f"features/HUONG_DAN.md nêu tệp tính năng không có: {', '.join(missing)}"


# ---- hợp đồng dữ liệu: docs/claim-format.md ------------------------------------------------------


def table_rows(text: str) -> list[list[str]]:
    """Các dòng của mọi bảng Markdown (trừ dòng kẻ), tách thành ô."""
    rows = []
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("|") and line.endswith("|") and not re.fullmatch(r"\|[\s|:-]+\|", line):
            rows.append([cell.strip() for cell in re.split(r"(?<!\\)\|", line[1:-1])])
    return rows


def rows_for(text: str, code: str) -> list[list[str]]:
    """Các dòng bảng có ô đầu bắt đầu bằng đúng mã `code` (viết trong dấu `)."""
    return [row for row in table_rows(text) if re.match(rf"`{re.escape(code)}`(?:\s|$)", row[0])]


def test_moi_ly_do_va_loai_co_co_trong_hop_dong():
    text = doc(CLAIM_FORMAT)
    for reason in args(models.Reason):
        rows = rows_for(text, reason)
        assert rows, f"docs/claim-format.md thiếu dòng bảng cho lý do `{reason}`"
        (row,) = rows
        kind = FLAG_KIND.get(reason, "violation")
        assert REASON_VI[reason] in row[1], f"lý do `{reason}`: từ tiếng Việt phải là «{REASON_VI[reason]}»"
        assert f"`{kind}`" in row[2] and FLAG_KIND_VI[kind] in row[2], \
            f"lý do `{reason}` thuộc loại cờ `{kind}` ({FLAG_KIND_VI[kind]}), tài liệu ghi: {row[2]}"
    for kind in args(models.FlagKind):
        assert f"`{kind}`" in text and FLAG_KIND_VI[kind] in text, f"docs/claim-format.md thiếu loại cờ `{kind}`"
    assert "`flag_kind`" in text


@pytest.mark.parametrize("literal, labels", [
    (models.Category, CATEGORY_VI), (models.DocumentKind, DOCUMENT_VI), (models.VenueKind, VENUE_VI),
    (models.ActivityKind, KIND_VI),
], ids=["category", "documents", "venue", "activity"])
def test_danh_muc_co_tu_tieng_viet_trong_hop_dong(literal, labels):
    text = doc(CLAIM_FORMAT)
    for code in args(literal):
        rows = rows_for(text, code)
        assert rows, f"docs/claim-format.md thiếu dòng bảng cho mã `{code}`"
        words = " ".join(cell for row in rows for cell in row[1:])
        assert labels[code] in words, f"mã `{code}`: tài liệu phải ghi từ «{labels[code]}»"


def test_cap_va_tieu_du_an_trong_hop_dong():
    text = doc(CLAIM_FORMAT)
    for code in args(models.Level):
        assert f"`{code}` ({LEVEL_VI[code]})" in text
    for code in args(models.Subproject):
        assert f"`{code}` — {VALUE_VI['subproject'][code]}" in text


@pytest.mark.parametrize("model", [models.ClaimAttributes, models.ActivityAttributes, models.LineAttributes],
                         ids=lambda m: m.__name__)
def test_moi_thuoc_tinh_va_gia_tri_co_trong_hop_dong(model):
    text = doc(CLAIM_FORMAT)
    for name, info in model.model_fields.items():
        assert f"`{name}`" in text, f"docs/claim-format.md thiếu thuộc tính `{name}` ({model.__name__})"
        codes = [c for leaf in typing.get_args(info.annotation) or (info.annotation,)
                 for c in typing.get_args(leaf) if typing.get_origin(leaf) is typing.Literal]
        for code in codes:
            assert f"`{code}`" in text, f"docs/claim-format.md thiếu giá trị `{code}` của `{name}`"


def test_cot_cua_moi_truong_trong_hop_dong():
    """Bảng "Cột của sổ mẫu": đúng cột của từng trường (vocabulary.HEADER), dấu * đúng cột bắt buộc."""
    section = doc(CLAIM_FORMAT).split("### Cột của sổ mẫu Excel/CSV", 1)[1].split("\n#", 1)[0]
    mapping, starred = {}, set()
    for row in table_rows(section)[1:]:
        field = re.match(r"`([^`]+)`", row[0]).group(1)
        header = row[1].rstrip("*")
        mapping[field] = header
        if row[1].endswith("*"):
            starred.add(header)
    assert mapping == HEADER
    assert starred == set(REQUIRED)


def test_truong_suy_ra_co_trong_hop_dong():
    source = Path(infer.__file__).read_text(encoding="utf-8")
    inferred = {k.replace("__", ".") for k in re.findall(r'out\["(\w+)"\]', source)} | {
        k.replace("__", ".") for k in infer.TITLE_CUES}
    assert {"attributes.location_class", "activity.venue.kind", "attributes.leader_group"} <= inferred
    section = doc(CLAIM_FORMAT).split("### Thông tin suy ra từ lời văn của hồ sơ", 1)[1].split("\n### ", 1)[0]
    missing = sorted(f for f in inferred if f"`{f}`" not in section)
    assert not missing, f"docs/claim-format.md, mục thông tin suy ra, thiếu: {', '.join(missing)}"


def json_blocks(text: str) -> list[dict]:
    return [json.loads(block) for block in re.findall(r"```json\n(.*?)```", text, flags=re.S)]


def test_vi_du_json_cua_hop_dong_hop_le():
    claim_example, decisions_example = json_blocks(doc(CLAIM_FORMAT))
    Claim.model_validate(claim_example)
    document = DecisionDocument.model_validate(decisions_example)
    for claim in document.claims:
        for line in claim.lines:
            failed = [f.reason for f in line.findings if f.outcome == "fail"]
            assert line.flag_kind == flag_kind(failed), f"khoản chi {line.line_id}: flag_kind sai trong ví dụ"
            assert (line.decision == "flag") == bool(failed)
        kinds = {line.flag_kind for line in claim.lines} | {
            flag_kind(f.reason for f in claim.findings if f.outcome == "fail")}
        assert claim.flag_kind == strongest(kinds)


# ---- README: bảng cột của sổ mẫu ----------------------------------------------------------------


def readme_columns() -> list[list[str]]:
    section = doc(README).split("### Định dạng đầu vào", 1)[1].split("\n### ", 1)[0]
    rows = table_rows(section)
    assert rows and rows[0][0].startswith("Cột")
    return rows[1:]


def test_moi_tieu_de_cot_co_trong_readme():
    text = doc(README)
    missing = [h for h in HEADERS if h not in text]
    assert not missing, f"README.md thiếu cột: {', '.join(missing)}"


def test_bang_cot_cua_readme_dung_so_mau():
    rows = readme_columns()
    assert [row[0].rstrip("*") for row in rows] == list(HEADERS), "các cột phải đúng và theo thứ tự của sổ mẫu"
    assert [row[0].rstrip("*") for row in rows if row[0].endswith("*")] == list(REQUIRED), "dấu * = cột bắt buộc"


def test_tu_readme_neu_la_duoc_nhan_thi_excel_nhan():
    by_header = {c.header: c for c in COLUMNS}
    for row in readme_columns():
        column = by_header[row[0].rstrip("*")]
        note = row[2]
        if column.kind == "code":
            for word in re.findall(r'"([^"]+)"', note):
                assert normalise(word) in column.aliases, f"cột «{column.header}» không nhận «{word}»"
        elif column.kind == "documents":
            for word in re.findall(r'"([^"]+)"', note):
                assert normalise(word) in words_for("documents"), f"«Chứng từ» không nhận loại «{word}»"
            for cell in re.findall(r"`([^`…]+:[^`…]+)`", note):
                assert parse_documents(cell)
        elif column.kind == "attributes":
            for cell in re.findall(r"`([a-z_]+=[^`]+)`", note):
                parse_attributes(column, cell)  # CellError nếu README ghi một giá trị không đọc được


def test_readme_co_cho_so_lieu_ba_loai_co():
    text = doc(README)
    section = text.split("### Ba loại cờ trên lô mẫu", 1)
    assert len(section) == 2, "README.md cần mục «Ba loại cờ trên lô mẫu»"


# ---- hướng dẫn viết kịch bản ---------------------------------------------------------------------


def test_huong_dan_neu_moi_ly_do_va_loai_co():
    text = doc(HUONG_DAN)
    for reason, words in REASON_VI.items():
        assert f"`{reason}` | {words} |" in text, f"features/HUONG_DAN.md, mục 5, thiếu lý do `{reason}` ({words})"
    for kind, words in FLAG_KIND_VI.items():
        assert f"`{words}` (`{kind}`)" in text, f"features/HUONG_DAN.md thiếu loại cờ {words}"
    assert 'Và loại cờ là "<vi phạm\\|thiếu thông tin\\|cần thẩm định thủ công>"' in text
    for code, words in DOCUMENT_VI.items():
        assert f"| `{code}` | {words} |" in text, f"features/HUONG_DAN.md, mục 5, thiếu chứng từ `{code}`"


# ---- các bộ kiểm tra trên có thể thất bại --------------------------------------------------------


def test_phat_hien_duong_dan_ra_ngoai_kho():
    text = ("**JSON** — đúng hợp đồng `../shared/spec/claim-format.md`\n"
            "Xem shared/domain/legal-review-2.md và /work/research/x.md, [a](/etc/passwd).\n"
            "Trong kho: `docs/claim-format.md`, 2 shared cores, compliance/engine/infer.py")
    found = outside_pointers(text)
    assert [p.split(":")[0] for p in found] == ["dòng 1", "dòng 2", "dòng 2", "dòng 2"]
    assert not outside_pointers("`docs/claim-format.md`, `rules/README.md`, 2 shared cores")


def test_phat_hien_duong_dan_khong_co_that():
    text = "`docs/claim-format.md`, `compliance/khong_co.py`, [x](docs/khong-co.md), `rules/**/*.yaml`"
    assert dangling_paths(text, ROOT) == ["compliance/khong_co.py", "docs/khong-co.md"]


def test_phat_hien_bang_sai():
    text = ("| `over_ceiling` | vượt mức tối đa | `manual_review` (cần thẩm định thủ công) |\n"
            "|---|---|---|\n| `other` | khác | |\n| `other_programme` | có/không | |\n")
    (row,) = rows_for(text, "over_ceiling")
    assert "`violation`" not in row[2]  # test_moi_ly_do_va_loai_co_co_trong_hop_dong sẽ báo dòng này
    assert len(rows_for(text, "other")) == 1 and not rows_for(text, "invoice")
    with pytest.raises(CellError):
        parse_attributes(next(c for c in COLUMNS if c.header == "Thuộc tính khác của khoản chi"),
                         "location_class=hạng nhất")
