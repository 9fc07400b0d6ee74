"""VND amounts in Vietnamese words, as written under "Bằng chữ:" on payment orders and records.

One style, the northern administrative one used on treasury forms (C2-02a/NS "Số tiền bằng chữ"):

- groups of three digits named "nghìn", "triệu", "tỷ"; above a "tỷ" the names repeat ("một nghìn tỷ");
- a group that is all zeros is not read ("1.000.001" → "một triệu không trăm linh một");
- a group after the first is read in full, its hundreds included ("không trăm", "không trăm linh");
- a zero tens digit before a unit is "linh" ("một trăm linh năm"), never "lẻ";
- ten is "mười", twenty and above "mươi" ("mười lăm", "hai mươi");
- after "mươi" (20–99): 1 is "mốt", 4 is "tư", 5 is "lăm" ("hai mươi mốt", "ba mươi tư", "hai mươi lăm");
  after "mười": 5 is "lăm", 1 and 4 stay "một", "bốn"; after "linh" or alone every digit keeps its name
  ("linh một", "linh bốn", "linh năm"); "nhăm" is not used;
- the sentence starts with a capital and ends with "đồng" ("Không đồng" for 0); no "chẵn".
"""

from __future__ import annotations

DIGITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
GROUPS = ("", "nghìn", "triệu")  # then "tỷ", which repeats above itself
BILLION = 10**9


def _below_thousand(n: int, full: bool) -> list[str]:
    """Words of 0 < n < 1000; `full`: the group follows a higher one, so its hundreds are read."""
    hundreds, tens, units = n // 100, n // 10 % 10, n % 10
    words: list[str] = []
    if hundreds or full:
        words += [DIGITS[hundreds], "trăm"]
    if tens == 0:
        if units:
            words += ["linh", DIGITS[units]] if words else [DIGITS[units]]
    elif tens == 1:
        words.append("mười")
        if units:
            words.append("lăm" if units == 5 else DIGITS[units])
    else:
        words += [DIGITS[tens], "mươi"]
        if units:
            words.append({1: "mốt", 4: "tư", 5: "lăm"}.get(units, DIGITS[units]))
    return words


def _below_billion(n: int, full: bool) -> list[str]:
    words: list[str] = []
    for index in (2, 1, 0):
        group = n // 1000**index % 1000
        if group:
            words += _below_thousand(group, full or bool(words))
            if GROUPS[index]:
                words.append(GROUPS[index])
    return words


def _words(n: int, full: bool = False) -> list[str]:
    if n >= BILLION:
        high, rest = divmod(n, BILLION)
        return _words(high, full) + ["tỷ"] + (_below_billion(rest, True) if rest else [])
    return _below_billion(n, full)


def number_in_words(n: int) -> str:
    """A whole non-negative number in Vietnamese words, lower case: 105 → 'một trăm linh năm'."""
    if isinstance(n, bool) or not isinstance(n, int) or n < 0:
        raise ValueError(f"cần một số nguyên không âm, nhận được {n!r}")
    return " ".join(_words(n)) if n else DIGITS[0]


def vnd_in_words(amount: int) -> str:
    """An amount of đồng as written after "Bằng chữ:": 1004012000 → 'Một tỷ không trăm linh bốn
    triệu không trăm mười hai nghìn đồng'."""
    text = number_in_words(amount)
    return f"{text[0].upper()}{text[1:]} đồng"


def vnd_figures(amount: int) -> str:
    """1004012000 → '1.004.012.000' (Vietnamese thousands separator, no unit)."""
    return f"{amount:,}".replace(",", ".")
