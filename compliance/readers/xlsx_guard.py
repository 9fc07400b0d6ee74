"""An .xlsx is a zip of XML parts: look at the zip before openpyxl expands it.

openpyxl reads the whole shared-strings part into memory before the first row, so an 874 KB file
whose shared strings are 20 million tiny strings took 2.2 GB and 3 minutes. `check_xlsx` refuses,
in a fraction of a second, a workbook that passes any of these limits (a real file is far below):

- MAX_PARTS parts in the zip (a workbook has a dozen or so: one per sheet, styles, theme…);
- MAX_UNCOMPRESSED bytes in all, as the zip declares them (Python's zipfile never inflates a part
  beyond its declared size). 100,000 lines as the template writes them are 187 MB;
- MAX_RATIO between a part's size and its compressed size, for parts over RATIO_FROM bytes. Real
  parts compress 5–20 times (that 100,000-line sheet 9.7 times); a bomb several hundred times;
- MAX_SHARED_STRINGS entries (<si>) in the shared-strings part, counted while inflating it in
  chunks, stopping at the first one over. Those 100,000 lines hold 131,000 distinct strings.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree

from .errors import InputError, Problem

MAX_PARTS = 1000
MAX_UNCOMPRESSED = 2 << 30
MAX_RATIO = 200
RATIO_FROM = 1 << 20
MAX_SHARED_STRINGS = 2_000_000
MAX_CONTENT_TYPES = 1 << 20  # [Content_Types].xml is parsed whole: it is a few KB

SHARED_STRINGS_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
_PREFIXED = re.compile(rb"<[A-Za-z_][\w.-]*:si[\s/>]")
_TAIL = 256  # a tag cut by the end of a chunk is counted with the next one
CHUNK = 1 << 20


def _n(value: float) -> str:
    return f"{value:,.0f}".replace(",", ".")


def _refuse(path: Path, message: str) -> InputError:
    return InputError(str(path), [Problem(f"tệp Excel bị từ chối: {message}. Tệp thật không bao giờ như vậy; nếu "
                                          "đúng là dữ liệu của bạn, hãy chia thành nhiều tệp nhỏ hơn")])


def check_xlsx(path: Path) -> None:
    """Raise InputError (naming the file) if the workbook passes a limit; a file that is not a zip
    is left to the reader, which says it is broken."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError):
        return
    with archive:
        parts = archive.infolist()
        if len(parts) > MAX_PARTS:
            raise _refuse(path, f"có {_n(len(parts))} phần trong tệp nén, tối đa {_n(MAX_PARTS)}")
        total = sum(p.file_size for p in parts)
        if total > MAX_UNCOMPRESSED:
            raise _refuse(path, f"giải nén ra {_n(total / 2**20)} MB, tối đa {_n(MAX_UNCOMPRESSED / 2**20)} MB")
        for part in parts:
            if part.file_size > RATIO_FROM and part.file_size > MAX_RATIO * max(part.compress_size, 1):
                raise _refuse(path, f"phần {part.filename[:100]} nén {_n(part.file_size // max(part.compress_size, 1))} "
                              f"lần (tệp nén bất thường, tối đa {MAX_RATIO} lần)")
        for name in _shared_strings(archive, path):
            count = _count_strings(archive, name)
            if count > MAX_SHARED_STRINGS:
                raise _refuse(path, f"phần {name[:100]} có hơn {_n(MAX_SHARED_STRINGS)} chuỗi dùng chung")


def _shared_strings(archive: zipfile.ZipFile, path: Path) -> list[str]:
    """The parts holding shared strings: those the content types say so, and the usual name."""
    names = {info.filename for info in archive.infolist()}
    found = {n for n in names if n.lower().endswith("sharedstrings.xml")}
    try:
        info = archive.getinfo("[Content_Types].xml")
    except KeyError:
        return sorted(found)
    if info.file_size > MAX_CONTENT_TYPES:
        raise _refuse(path, "phần [Content_Types].xml quá lớn")
    try:
        root = ElementTree.fromstring(archive.read(info))
    except (ElementTree.ParseError, zipfile.BadZipFile, OSError, ValueError, EOFError):
        return sorted(found)  # a broken workbook: the reader says so
    for element in root:
        if element.tag.endswith("Override") and element.get("ContentType") == SHARED_STRINGS_TYPE:
            name = (element.get("PartName") or "").lstrip("/")
            if name in names:
                found.add(name)
    return sorted(found)


def _count_strings(archive: zipfile.ZipFile, name: str) -> int:
    """<si> entries of a part, inflated a chunk at a time; stops once past the limit."""
    count = 0
    tail = b""
    try:
        with archive.open(name) as handle:
            while count <= MAX_SHARED_STRINGS:
                chunk = handle.read(CHUNK)
                buffer = tail + chunk
                # count up to the last "<" (a tag never spans one), the rest goes with the next chunk
                cut = len(buffer) if not chunk else buffer.rfind(b"<", max(len(buffer) - _TAIL, 0))
                cut = len(buffer) if cut < 0 else cut
                count += _count(buffer[:cut])
                tail = buffer[cut:]
                if not chunk:
                    return count
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
        return 0  # damaged or encrypted: the reader reports it
    return count


def _count(data: bytes) -> int:
    found = data.count(b"<si>") + data.count(b"<si ") + data.count(b"<si/")  # bytes.count: fast
    if b":si" in data:  # a namespace prefix (<x:si>): rare, counted by the slower pattern
        found += len(_PREFIXED.findall(data))
    return found
