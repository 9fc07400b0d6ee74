"""Text for a terminal of any width: wrapped at spaces, never inside a phrase that must stay whole.

Rich wraps at every space, so at 80 columns or less it may part "145.400.000" from its "đ", "Điều"
from "12", or "cần thẩm định" from "thủ công". Here the spaces inside such phrases are held
(non-breaking) while the text is wrapped at the other spaces, then given back as ordinary spaces;
the caller prints the lines as they are (`soft_wrap=True`), so nothing is re-wrapped.

Held whole: an amount and its "đ"; a reference ("khoản 4 Điều 12 Thông tư 40/2017/TT-BTC", "hồ sơ
QN-1", "dòng 3"); the phrases the caller names (labels, clause labels) that fit the width or 40
columns; a quoted phrase that fits. Claim ids and other words are never split (a hyphen is no
break). A continuation line whose first word does not fit after the indent starts unindented; a word
wider than the terminal is left whole, for the terminal to fold.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rich.cells import cell_len

NBSP = "\u00a0"
NARROW = 40  # columns: a named phrase this wide stays whole even on a narrower terminal
_AMOUNT = re.compile(r"(?<=\d) (?=đ(?!\w))")
_WORD = (r"(?:điểm|khoản|Khoản|Điều|điều|Mục|mục|Chương|Phụ lục|Thông tư liên tịch|Thông tư|Quyết định|Nghị định|"
         r"Nghị quyết|Luật|Công văn|Dự án|dự án|tệp|dòng|trường|hồ sơ|lô)")
_REFERENCE = re.compile(rf"(?<!\w){_WORD} [^\s«»;,]+(?: {_WORD} [^\s«»;,]+)*")
_QUOTED = re.compile(r"«[^«»]*»|'[^'\s][^']*'")


def _held(text: str) -> str:
    return text.replace(" ", NBSP)


def hold(text: str, width: int, keep: Iterable[str] = ()) -> str:
    """`text` with the spaces inside the phrases that must stay whole made non-breaking."""
    for phrase in sorted(set(keep), key=len, reverse=True):
        if len(phrase) <= max(width, NARROW):
            text = text.replace(phrase, _held(phrase))
    text = _AMOUNT.sub(NBSP, text)
    text = _REFERENCE.sub(lambda m: _held(m[0]), text)
    return _QUOTED.sub(lambda m: _held(m[0]) if len(m[0]) <= width else m[0], text)


def wrap(text: str, width: int, indent: str = "", hanging: str | None = None, keep: Iterable[str] = ()) -> str:
    """Each line of `text` wrapped to `width` columns at spaces, never inside a phrase held whole: the
    first line after `indent`, the others after `hanging` (default: `indent`)."""
    hanging = indent if hanging is None else hanging
    keep = list(keep)
    out = []
    for paragraph in text.replace("\t", " ").split("\n"):
        lines, line, empty = [], indent, True
        for word in (w for w in hold(paragraph, width, keep).split(" ") if w):
            size = cell_len(word)
            if not empty and cell_len(line) + 1 + size > width:
                lines.append(line)
                line, empty = hanging, True
            if not empty:
                line += " " + word
            elif lines and cell_len(line) + size > width:
                line = word  # outdented rather than split, or pushed further past the edge
            else:
                line += word
            empty = False
        lines.append(line.rstrip() if empty else line)
        out.append("\n".join(lines))
    return "\n".join(out).replace(NBSP, " ")
