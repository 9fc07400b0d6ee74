"""The law beside the rule: verbatim article texts kept in an instrument's folder (`rules/<văn bản>/dieu-N.md`).

A file is a YAML header between two `---` lines (which instrument and article, where the text was copied
from, its verification mark) and the article's text exactly as copied. Clauses and points are found in the
text itself, as the law numbers them: a line starting `1. ` opens clause 1, a line starting `a) ` opens
point a of the clause it is in; they must follow each other in order (1, 2, 3 …; a, b, c, d, đ, e …), so a
slip in the numbering is refused at load. Each clause and point gets an anchor a citation points to:
`dieu-78` (the article), `khoan-1`, `khoan-1-diem-a` (`đ` is written `dd`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

POINTS = "abcdđeghiklmnopqrstuvxy"  # the Vietnamese alphabet as points are lettered
_CLAUSE = re.compile(r"\s*(\d+)\.\s")
_POINT = re.compile(rf"\s*([{POINTS}])\)\s")
MISSING = "chưa có văn bản gốc trong bộ quy tắc"  # what a citation without a held text says


class TextError(Exception):
    """An article text file is invalid; the message is Vietnamese and names the line."""


class ArticleHeader(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    instrument: str = Field(description="số hiệu văn bản, đúng như khai báo trong instruments")
    article: int = Field(ge=1)
    title: str
    verification: str = Field(pattern="^[VSM]$")
    reference: str = Field(min_length=1, description="văn bản được chép từ đâu")
    copied_on: dt.date
    note: str | None = None


@dataclass(frozen=True)
class Passage:
    """A clause, a point or the whole article: its anchor, its Vietnamese label and its verbatim text."""

    anchor: str
    label: str
    text: str


@dataclass
class ArticleText:
    header: ArticleHeader
    path: str  # "tt55-2023/dieu-78.md", relative to the rulebook folder
    text: str  # the verbatim article text (without the header)
    passages: dict[str, Passage] = field(default_factory=dict)

    def pointer(self, clause: int | None, point: str | None) -> str:
        return f"{self.path}#{anchor(self.header.article, clause, point)}"

    def paragraphs(self) -> list[tuple[str | None, str]]:
        """The text's non-blank lines, each with the anchor of the clause or point it opens (None: neither)."""
        clause = 0
        out: list[tuple[str | None, str]] = []
        for line in self.text.splitlines():
            if not line.strip():
                continue
            key = None
            if m := _CLAUSE.match(line):
                clause = int(m[1])
                key = anchor(self.header.article, clause)
            elif (m := _POINT.match(line)) and clause:
                key = anchor(self.header.article, clause, m[1])
            out.append((key, line.strip()))
        return out


def anchor(article: int, clause: int | None = None, point: str | None = None) -> str:
    if clause is None:
        return f"dieu-{article}"
    return f"khoan-{clause}" + (f"-diem-{point.replace('đ', 'dd')}" if point else "")


def parse(content: str, path: str) -> ArticleText:
    """Parse one `dieu-N.md`; raises TextError naming the line."""
    lines = content.splitlines()
    if not lines or lines[0].strip() != "---" or "---" not in (line.strip() for line in lines[1:]):
        raise TextError("dòng 1: tệp cần phần đầu giữa hai dòng '---' (instrument, article, title, verification, "
                        "reference, copied_on)")
    end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    try:
        raw = yaml.safe_load("\n".join(lines[1:end])) or {}
        header = ArticleHeader.model_validate(raw)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise TextError(f"dòng {mark.line + 2 if mark else 1}: phần đầu không phải YAML hợp lệ "
                        f"({getattr(exc, 'problem', exc)})") from None
    except ValidationError as exc:
        err = exc.errors()[0]
        raise TextError(f"dòng 1: phần đầu, '{'.'.join(str(p) for p in err['loc'])}': {err['msg']}") from None
    expected = f"dieu-{header.article}.md"
    if not path.endswith("/" + expected) and path != expected:
        raise TextError(f"dòng 1: tệp của Điều {header.article} phải tên là {expected}")
    body = lines[end + 1:]
    text = "\n".join(body).strip("\n")
    if not text:
        raise TextError(f"dòng {end + 2}: chưa có nội dung Điều {header.article}")
    article = ArticleText(header, path, text)
    article.passages[anchor(header.article)] = Passage(anchor(header.article), f"Điều {header.article}", text)
    _passages(article, body, end + 2)
    return article


def _passages(article: ArticleText, body: list[str], first_line: int) -> None:
    """Cut the text into clauses and points, checking their numbering."""
    opened: list[tuple[str, str, int, bool]] = []  # (anchor, label, index of the first line, is a clause)
    clause = 0
    point = ""
    for i, line in enumerate(body):
        number = first_line + i
        if m := _CLAUSE.match(line):
            n = int(m[1])
            if n != clause + 1:
                raise TextError(f"dòng {number}: khoản {n} sau khoản {clause} — các khoản phải đánh số liền nhau "
                                f"từ 1 (dòng bắt đầu bằng 'số. ')")
            clause, point = n, ""
            opened.append((anchor(article.header.article, n), f"khoản {n}", i, True))
        elif m := _POINT.match(line):
            letter = m[1]
            want = POINTS[POINTS.index(point) + 1] if point else "a"
            if clause == 0 or letter != want:
                after = f"sau điểm {point}" if point else "đầu tiên" if clause else "trước khoản 1"
                raise TextError(f"dòng {number}: điểm {letter}) {after} — các điểm của một khoản phải theo thứ tự "
                                f"a, b, c, d, đ, e, g … (dòng bắt đầu bằng 'chữ) ')")
            point = letter
            opened.append((anchor(article.header.article, clause, letter), f"điểm {letter} khoản {clause}", i, False))
    for k, (key, label, start, is_clause) in enumerate(opened):
        if is_clause:  # a clause runs to the next clause
            stop = next((s for _, _, s, c in opened[k + 1:] if c), len(body))
        else:  # a point runs to the next point or clause
            stop = opened[k + 1][2] if k + 1 < len(opened) else len(body)
        article.passages[key] = Passage(key, label, "\n".join(body[start:stop]).strip("\n"))
