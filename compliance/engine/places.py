"""Tell a venue's class from the place name an officer wrote ("TP Tam Kỳ", "xã Tam Hiệp, huyện Núi Thành").

Two rate tables depend on where an activity took place: the lodging classes of Circular 40/2017 Art. 7
(`attributes.location_class`) and the conference-meal venue kinds of Art. 12 cl. 4 (`activity.venue.kind`).
The place table (rules/dia-danh/) says what each administrative unit was on a day — its kind, its parent,
its urban grade — and, for units abolished on 01/07/2025, what their area became. This module reads a free
text name against that table and derives both codes, with a Vietnamese note and the weakest verification
mark of everything it used. It is pure: no I/O, the table is passed in.

The law's classes are defined on the old three-tier map (province → huyện/quận/thị xã/thành phố → xã/phường).
From 01/07/2025 only provinces / centrally-run cities and their xã / phường / đặc khu exist, so every
classification on or after that day rests on an unverified reading (mark M, said so in the note).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Sequence

from ..rulebook.place_names import LEVEL, fold_token, surface, tokens
from ..vocabulary import LOCATION_CLASS_VI, PLACE_KIND_VI, VENUE_VI

if TYPE_CHECKING:  # the rulebook imports this module (surface forms): no import cycle at run time
    from ..rulebook.schema import Place


@dataclass(frozen=True)
class Located:
    venue_kind: str | None      # a VenueKind code of compliance/models.py, or None if it cannot be told
    location_class: str | None  # "city_grade_1" | "town" | "other" | None if it cannot be told
    note: str                   # Vietnamese: what was inferred from what
    mark: str                   # "V" | "S" | "M": the weakest mark of the table entries and reasoning used


# The district tier was abolished on this day (Luật Tổ chức chính quyền địa phương 2025, NQ 202/2025/QH15).
TWO_TIER_FROM = dt.date(2025, 7, 1)
_READING = ("từ 01/07/2025 không còn cấp huyện; tạm hiểu phường thuộc thành phố trực thuộc trung ương như quận, "
            "xã thuộc thành phố trực thuộc trung ương như huyện của thành phố đó, phường thuộc tỉnh như thành phố "
            "thuộc tỉnh (không phải loại I), xã thuộc tỉnh như xã — cách hiểu chưa đối chiếu văn bản (M)")

_RANK = {"V": 2, "S": 1, "M": 0}

# Prefixes and the unit kinds they can name. Weak ones (a single letter, 'TT' = also "trung tâm") are only
# read as prefixes before a name in the table, or — 'Q.', 'P.' — before a number ("Q.1", "P.5").
_PREFIXES: dict[tuple[str, ...], tuple[str, ...]] = {
    **{surface(p): ("central_city", "city") for p in ("thành phố", "tp")},
    **{surface(p): ("district_town",) for p in ("thị xã", "tx")},
    **{surface(p): ("township",) for p in ("thị trấn", "tt")},
    surface("đặc khu"): ("special_zone",),
    **{surface(p): ("rural_district",) for p in ("huyện", "h")},
    **{surface(p): ("urban_district",) for p in ("quận", "q")},
    **{surface(p): ("ward",) for p in ("phường", "p")},
    surface("xã"): ("commune",),
    surface("tỉnh"): ("province",),
}
_WEAK = {surface(p) for p in ("h", "q", "p", "tt")}
_NUMBERED = {surface("q"), surface("p")}
# "xã hội", "tỉnh ủy", "huyện đoàn", "tỉnh lộ" …: the word is not a prefix there.
_NOT_A_NAME = {fold_token(w) for w in ("hội", "ủy", "đoàn", "lộ", "lỵ", "viên", "đội")}
_MAX_NAME = 6


# --- the table, indexed -----------------------------------------------------------------------------------

@dataclass
class _Index:
    places: Sequence[Place]
    forms: dict[tuple[str, ...], list[Place]]
    names: dict[tuple[str, ...], list[Place]]
    longest: int


_CACHE: dict[int, tuple[object, _Index]] = {}  # by table identity: a loaded table is never changed


def _index(places: Sequence[Place]) -> _Index:
    cached = _CACHE.get(id(places))
    if cached is not None and cached[0] is places:
        return cached[1]
    forms: dict[tuple[str, ...], list[Place]] = {}
    names: dict[tuple[str, ...], list[Place]] = {}
    for place in places:
        names.setdefault(surface(place.name), []).append(place)
        for form in {surface(place.name), *(surface(a) for a in place.aliases)}:
            forms.setdefault(form, []).append(place)
    index = _Index(places, forms, names, max((len(f) for f in forms), default=1))
    if len(_CACHE) > 8:
        _CACHE.clear()
    _CACHE[id(places)] = (places, index)
    return index


# --- units: what a mention is on the day ------------------------------------------------------------------

@dataclass(frozen=True)
class _Unit:
    kinds: tuple[str, ...]           # usually one; several when an abolished unit's area became several kinds
    name: str                        # the table's name, or the name as written when not in the table
    parent: _Unit | None
    marks: tuple[str, ...] = ()      # marks of the table entries used for this unit
    known: bool = True               # in the table (on that day)
    grade: int | None = None         # urban grade on the day (cities)
    old: str | None = None           # what the abolished unit was: "thành phố thuộc tỉnh Quảng Nam đến 30/06/2025"
    merged: bool = False             # the abolished unit joined this one as a whole
    old_name: str | None = None      # its name, when merged
    old_label: str | None = None     # "huyện Núi Thành": what it was called, for the units named under it

    @property
    def level(self) -> int:
        return max(LEVEL[k] for k in self.kinds)

    def top(self) -> _Unit | None:
        unit: _Unit | None = self
        while unit is not None and unit.level > 1:
            unit = unit.parent
        return unit

    def central(self) -> bool | None:
        top = self.top()
        return None if top is None else top.kinds == ("central_city",)

    def chain_marks(self) -> tuple[str, ...]:
        unit: _Unit | None = self
        marks: list[str] = []
        while unit is not None:
            marks.extend(unit.marks)
            unit = unit.parent
        return tuple(marks)


def _top_name(unit: _Unit) -> str | None:
    """The name of the province or central city a unit is in (None: not known)."""
    top = unit.top()
    return None if top is None else top.name


def _weakest(marks) -> str:
    marks = list(marks)
    return min(marks, key=_RANK.__getitem__) if marks else "M"


def _date(day: dt.date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


def _grade_on(place: Place, on: dt.date) -> tuple[int | None, str | None]:
    for row in place.grades:
        if row.covers(on):
            return row.grade, row.verification
    return None, None


_ROMAN = {0: "đặc biệt", 1: "I", 2: "II", 3: "III", 4: "IV", 5: "V"}


def _label(unit: _Unit) -> str:
    """'tỉnh Quảng Nam', 'thành phố Đà Nẵng', 'huyện Núi Thành', 'huyện Núi Thành cũ'."""
    if not unit.known:
        return unit.name
    if unit.old_label and not unit.merged:
        return f"{unit.old_label} cũ"
    if len(unit.kinds) > 1:
        return unit.name
    word = {"central_city": "thành phố", "province": "tỉnh"}.get(unit.kinds[0], PLACE_KIND_VI[unit.kinds[0]])
    return f"{word} {unit.name}"


def _where(unit: _Unit) -> str:
    """A unit and its parents: 'huyện Núi Thành, tỉnh Quảng Nam'."""
    parts: list[str] = []
    node: _Unit | None = unit
    while node is not None:
        parts.append(_label(node))
        node = node.parent if node.level > 1 else None
    return ", ".join(parts)


def _what(unit: _Unit) -> str:
    """What a unit is, with its parents: 'thành phố thuộc tỉnh Quảng Nam', 'phường hoặc xã thuộc thành phố Đà Nẵng'."""
    if unit.level == 1:
        return PLACE_KIND_VI[unit.kinds[0]]
    what = " hoặc ".join(PLACE_KIND_VI[k] for k in unit.kinds)
    return f"{what} thuộc {_where(unit.parent)}" if unit.parent is not None else what


def _describe(unit: _Unit) -> str:
    """'Tam Kỳ (thành phố thuộc tỉnh Quảng Nam, đô thị loại II)' and the like, for notes."""
    details = []
    if unit.old is not None:
        details.append(unit.old)
        details.append(f"nay thuộc {_where(unit)}" if unit.merged else f"nay là {_what(unit)}")
        return f"{unit.old_name if unit.merged else unit.name} ({'; '.join(details)})"
    if not unit.known:
        if unit.parent is not None:
            details.append(f"thuộc {_where(unit.parent)}")
        if unit.name.endswith("(không ghi tên)"):
            return f"{unit.name} ({', '.join(details)})" if details else unit.name
        details.append("tên không có trong bảng địa danh vào ngày này")
        return f"{unit.name} ({', '.join(details)})"
    details.append(_what(unit))
    if unit.grade is not None:
        details.append(f"đô thị loại {_ROMAN.get(unit.grade, unit.grade)}")
    return f"{unit.name} ({', '.join(details)})"


class _Resolver:
    def __init__(self, index: _Index, on: dt.date, depth: int = 0):
        self.index, self.on, self.depth = index, on, depth

    def in_force(self, places: list[Place]) -> list[Place]:
        """Entries valid on the day; else abolished ones whose area has a successor ('after')."""
        valid = [p for p in places if p.covers(self.on)]
        if valid:
            return valid
        return [p for p in places if p.to and self.on > p.to and p.after]

    def parent(self, name: str, below: int) -> _Unit | None:
        if self.depth > 12:  # a table whose `in` / `after.in` loop: stop rather than recurse forever
            return None
        candidates = [p for p in self.in_force(self.index.names.get(surface(name), []))
                      if LEVEL[p.kind] < below]
        if not candidates:
            return None
        deepest = max(LEVEL[p.kind] for p in candidates)
        candidates = [p for p in candidates if LEVEL[p.kind] == deepest]
        return _Resolver(self.index, self.on, self.depth + 1).unit(candidates[0]) if len(candidates) == 1 else None

    def unit(self, place: Place) -> _Unit:
        if place.covers(self.on):
            parent = self.parent(place.in_, LEVEL[place.kind]) if place.in_ else None
            grade, grade_mark = _grade_on(place, self.on)
            marks = (place.verification,) + ((grade_mark,) if grade_mark else ())
            return _Unit((place.kind,), place.name, parent, marks, grade=grade)
        after = place.after
        assert after is not None and place.to is not None
        before = _Resolver(self.index, place.to, self.depth + 1).unit(place)
        old = f"{_what(before)} đến {_date(place.to)}"
        marks = (place.verification, after.verification)
        successor = self.parent(after.in_, 4)
        if successor is None:
            return _Unit(before.kinds, place.name, None, marks + ("M",), old=old)
        if not after.kinds:  # the whole area joined the successor: it is the successor now
            return _Unit(successor.kinds, successor.name, successor.parent, successor.marks + marks,
                         grade=successor.grade, old=old, merged=True, old_name=place.name)
        return _Unit(tuple(after.kinds), place.name, successor, marks, old=old, old_label=_label(before))

    def children(self, top: _Unit, kind: str) -> list[Place]:
        """Units of a kind inside a province / central city on the day (through renamed or merged parents)."""
        found = []
        for place in self.index.places:
            if place.kind == kind and place.in_ and place.covers(self.on):
                parent = self.parent(place.in_, LEVEL[kind])
                if parent is not None and _top_name(parent) == top.name:
                    found.append(place)
        return found


# --- mentions: what the text names ------------------------------------------------------------------------

@dataclass
class _Mention:
    written: str                     # as the officer wrote it
    level: int                       # the level the text gives it (prefix, or the table's kind)
    candidates: list[Place]          # table entries (empty: not in the table)
    kinds: tuple[str, ...] = ()      # the kinds the prefix allows (empty: no prefix)
    name: str = ""                   # the name without its prefix
    unit: _Unit | None = None


# Words before a name that make it a street or a landmark, not the unit ("đường Hoàng Sa", "phố Huế").
_STREET = {fold_token(w) for w in ("đường", "đg", "phố", "ngõ", "hẻm", "kiệt")}


def _prefix_at(folded: list[str], i: int) -> tuple[str, ...] | None:
    for size in (2, 1):
        phrase = tuple(folded[i:i + size])
        if len(phrase) == size and phrase in _PREFIXES:
            return phrase
    return None


def _known_at(index: _Index, folded: list[str], i: int) -> int:
    """Length of the longest table name or alias starting at token i (0: none)."""
    for size in range(min(index.longest, len(folded) - i), 0, -1):
        phrase = tuple(folded[i:i + size])
        if "|" not in phrase and phrase in index.forms:
            return size
    return 0


def _street(folded: list[str], i: int) -> bool:
    return i > 0 and folded[i - 1] in _STREET and not (i > 1 and folded[i - 2] == fold_token("thành"))


def _mentions(index: _Index, folded: list[str], shown: list[str]) -> list[_Mention]:
    found: list[_Mention] = []
    i, n = 0, len(folded)
    while i < n:
        if folded[i] == "|":
            i += 1
            continue
        known = _known_at(index, folded, i)
        prefix = _prefix_at(folded, i)
        if known and prefix and _known_at(index, folded, i + len(prefix)) <= known - len(prefix):
            prefix = None  # an alias that starts with a prefix word ("TT Huế", "TP HCM"): the alias wins
        if prefix is None:
            if known and not _street(folded, i):
                places = index.forms[tuple(folded[i:i + known])]
                written = " ".join(shown[i:i + known])
                found.append(_Mention(written, max(LEVEL[p.kind] for p in places), list(places), name=written))
            i += known or 1
            continue
        j = i + len(prefix)
        allowed = _PREFIXES[prefix]
        known = _known_at(index, folded, j)
        if known:
            places = index.forms[tuple(folded[j:j + known])]
            fitting = [p for p in places if p.kind in allowed]
            name = " ".join(shown[j:j + known])
            if fitting:
                found.append(_Mention(" ".join(shown[i:j + known]), LEVEL[allowed[0]], fitting, allowed, name))
            elif prefix in _WEAK and prefix not in _NUMBERED:  # "TT Hội An": "TT" may be "trung tâm"
                found.append(_Mention(name, max(LEVEL[p.kind] for p in places), list(places), name=name))
            else:  # "phường Hải Châu": a phường named like the quận, not the quận
                found.append(_Mention(" ".join(shown[i:j + known]), LEVEL[allowed[0]], [], allowed, name))
            i = j + known
            continue
        if j < n and folded[j] in _NOT_A_NAME:
            i = j + 1
            continue
        if prefix in _WEAK and not (prefix in _NUMBERED and j < n and folded[j].isdigit()):
            i += 1
            continue
        k = j
        while (k < n and k - j < _MAX_NAME and folded[k] != "|" and _prefix_at(folded, k) is None
               and not _known_at(index, folded, k)):
            k += 1
        found.append(_Mention(" ".join(shown[i:k]), LEVEL[allowed[0]], [], allowed, " ".join(shown[j:k])))
        i = k
    return found


# --- classification ---------------------------------------------------------------------------------------

@dataclass
class _Told:
    venue: str | None
    cls: str | None
    why: list[str]
    marks: list[str]


def _district_class(unit: _Unit) -> _Told:
    """Before 01/07/2025: a quận / huyện / thị xã / thành phố, by its own kind and its parent's."""
    kind, central = unit.kinds[0], unit.central()
    why: list[str] = []
    marks: list[str] = []
    if central is None:  # not in the table and no province named
        central = kind == "urban_district"
        why.append("quận chỉ có ở thành phố trực thuộc trung ương" if central else
                   "coi là thuộc tỉnh vì bảng địa danh liệt kê đủ huyện, thị xã, thành phố của các thành phố trực "
                   "thuộc trung ương (chưa đối chiếu văn bản)")
        marks.append("M")
    if kind == "urban_district" or (kind == "city" and central):
        return _Told("central_city_urban", "city_grade_1", why, marks)
    if kind == "city":
        if unit.grade is None:
            why.append("chưa rõ loại đô thị vào ngày này nên không xác định được có phải thành phố loại I thuộc tỉnh")
            return _Told("provincial_city", None, why, marks)
        return _Told("provincial_city", "city_grade_1" if unit.grade <= 1 else "town", why, marks)
    if kind == "district_town":
        return _Told("central_city_other" if central else "provincial_town", "town", why, marks)
    return _Told("central_city_other" if central else "district", "town" if central else "other", why, marks)


def _before_reform(unit: _Unit, resolver: _Resolver) -> _Told:
    if len(unit.kinds) > 1:
        return _Told(None, None, ["địa bàn gồm nhiều loại đơn vị; ghi rõ đơn vị cụ thể"], ["M"])
    kind = unit.kinds[0]
    if unit.level == 1:
        return _Told(None, None, [f"địa điểm chỉ ghi {PLACE_KIND_VI[kind]}, không rõ quận, huyện, thị xã hay thành phố"], [])
    if unit.level == 2:
        return _district_class(unit)
    if kind == "special_zone":
        return _Told(None, None, ["đặc khu chỉ có từ 01/07/2025"], ["M"])
    parent = unit.parent
    if parent is not None and parent.level == 2 and len(parent.kinds) == 1:
        told = _district_class(parent)
        if kind != "ward":
            told.why.append(f"{PLACE_KIND_VI[kind]} thuộc {_label(parent)} nên hạng nơi công tác theo {_label(parent)}")
        return _Told(told.venue if kind == "ward" else "commune", told.cls, told.why, told.marks)
    top = unit.top()
    if top is None:
        if kind == "ward":
            return _Told(None, None, ["không rõ phường thuộc quận, thị xã hay thành phố nào"], ["M"])
        return _Told("commune", None, [f"không rõ {PLACE_KIND_VI[kind]} thuộc huyện, thị xã hay thành phố nào"], ["M"])
    central = top.kinds == ("central_city",)
    if kind == "ward" and central:
        if resolver.children(top, "district_town"):
            return _Told(None, None, [f"thành phố {top.name} có cả quận và thị xã; ghi rõ phường thuộc quận hay thị xã"],
                         ["M"])
        return _Told("central_city_urban", "city_grade_1",
                     [f"phường của thành phố {top.name} chỉ thuộc quận hoặc thành phố (theo bảng địa danh)"], ["M"])
    if kind == "ward":
        if [p for p in resolver.children(top, "city") if _grade_on(p, resolver.on)[0] in (None, 0, 1)]:
            return _Told(None, None, [f"không rõ phường thuộc thành phố, thị xã nào của tỉnh {top.name} (tỉnh có "
                                      f"thành phố loại I hoặc chưa rõ loại); ghi rõ thành phố, thị xã"], ["M"])
        return _Told(None, "town", [f"phường thuộc thành phố hoặc thị xã của tỉnh {top.name}, tỉnh không có thành phố "
                                    f"loại I trong bảng địa danh; không rõ là thành phố hay thị xã"], ["M"])
    if central:
        return _Told("commune", "town", [f"{PLACE_KIND_VI[kind]} của thành phố trực thuộc trung ương thuộc huyện hoặc thị xã"],
                     ["M"])
    if kind == "township":
        return _Told("commune", "other", ["thị trấn thuộc huyện của tỉnh"], ["M"])
    return _Told("commune", None, [f"không rõ xã thuộc huyện (các vùng còn lại) hay thị xã, thành phố của tỉnh "
                                   f"{top.name}; ghi rõ huyện, thị xã, thành phố"], ["M"])


def _after_reform(unit: _Unit) -> _Told:
    if len(unit.kinds) > 1:
        kinds = " và ".join(PLACE_KIND_VI[k] for k in unit.kinds)
        return _Told(None, None, [f"địa bàn nay gồm cả {kinds}; ghi rõ tên phường, xã mới"], ["M"])
    kind, central = unit.kinds[0], unit.central()
    if unit.level == 1:
        return _Told(None, None, [f"địa điểm chỉ ghi {PLACE_KIND_VI[kind]}, không rõ phường hay xã"], [])
    if kind == "special_zone":
        return _Told(None, None, ["đặc khu không tương ứng với hạng nào của Thông tư 40/2017"], ["M"])
    if unit.level == 2:
        if kind == "urban_district":  # a former quận: its area is now wards of a central city
            return _Told("central_city_urban", "city_grade_1",
                         ["quận cũ của thành phố trực thuộc trung ương, nay là các phường", _READING], ["M"])
        return _Told(None, None, ["từ 01/07/2025 không còn cấp huyện; ghi tên phường, xã mới"], ["M"])
    if central is None:
        return _Told(None, None, [f"không rõ {PLACE_KIND_VI[kind]} thuộc tỉnh hay thành phố trực thuộc trung ương nào"], ["M"])
    if kind == "ward":
        told = ("central_city_urban", "city_grade_1") if central else ("provincial_city", "town")
    else:
        told = ("central_city_other", "town") if central else ("commune", "other")
    return _Told(*told, [_READING], ["M"])


def _classify(unit: _Unit, resolver: _Resolver) -> _Told:
    told = _after_reform(unit) if resolver.on >= TWO_TIER_FROM else _before_reform(unit, resolver)
    told.marks.extend(unit.chain_marks())
    if not unit.known:
        told.marks.append("M")
    told.marks.append("S")  # the classes of Art. 7 cl. 2 and Art. 12 cl. 4 themselves: legal-basis-2.md 2.3, 2.7
    return told


def _from_name(places: Sequence[Place], name: str, on: dt.date) -> tuple[_Unit | None, _Told | None, list[str]]:
    """The unit the name designates (the most specific one), its classification, and notes on the way."""
    resolver = _Resolver(_index(places), on)
    mentions = _mentions(resolver.index, *tokens(name))
    notes: list[str] = []
    # Table entries first, least specific first: their provinces / cities tell homonyms apart.
    tops: set[str] = set()
    for mention in sorted((m for m in mentions if m.candidates), key=lambda m: m.level):
        candidates = resolver.in_force(mention.candidates)
        if not candidates:
            if mention.kinds:  # "phường Hải Châu" before the new ward existed: a phường of that name
                mention.candidates = []
                continue
            notes.append(f"«{mention.written}» không còn hoặc chưa tồn tại vào ngày {_date(on)}")
            continue
        units = [(p, resolver.unit(p)) for p in candidates]
        if tops and len(units) > 1:
            units = [(p, u) for p, u in units if _top_name(u) in tops] or units
        if len(units) > 1:
            notes.append(f"«{mention.written}» trùng tên nhiều đơn vị: " + "; ".join(_describe(u) for _, u in units)
                         + "; ghi rõ tỉnh, thành phố")
            continue
        place, mention.unit = units[0]
        mention.level = LEVEL[place.kind]  # the level it had in the text's terms (a huyện stays a huyện)
        top_name = _top_name(mention.unit)
        if top_name is not None:
            tops.add(top_name)
    # Names not in the table: their parent is the most specific unit the text names above them.
    for mention in sorted(mentions, key=lambda m: m.level):
        if mention.candidates or not mention.kinds or (not mention.name and mention.level == 1):
            continue  # a table entry, no prefix, or "tỉnh" with no name ("Hội trường tỉnh"): nothing to add
        above = [m for m in mentions if m.unit is not None and m.level < mention.level]
        parent = max(above, key=lambda m: m.level).unit if above else None
        kinds = mention.kinds
        if len(kinds) > 1:  # "thành phố X" not in the table: central cities are all listed, so a provincial one
            kinds = ("city",)
        written = mention.written if mention.name else f"{mention.written} (không ghi tên)"
        mention.unit = _Unit(kinds, written, parent, (), known=False)
    resolved = [(m, m.unit) for m in mentions if m.unit is not None]
    if not resolved:
        return None, None, notes
    deepest = max(m.level for m, _ in resolved)
    results = [(u, _classify(u, resolver)) for m, u in resolved if m.level == deepest]
    unit, told = results[0]
    if any((t.venue, t.cls) != (told.venue, told.cls) for _, t in results[1:]):
        notes.append("địa điểm nêu nhiều đơn vị cùng cấp, cho kết quả khác nhau: "
                     + "; ".join(_describe(u) for u, _ in results))
        return unit, _Told(None, None, [], ["M"]), notes
    return unit, told, notes


# --- the public function ----------------------------------------------------------------------------------

def _kind_only(kind: str, on: dt.date) -> tuple[str | None, str]:
    """Location class from the officer's venue kind alone, and the mark of that reading."""
    if on >= TWO_TIER_FROM:
        return {"central_city_urban": "city_grade_1", "central_city_other": "town",
                "provincial_city": "town", "commune": "other"}.get(kind), "M"
    return {"central_city_urban": "city_grade_1", "central_city_other": "town",
            "provincial_town": "town", "district": "other"}.get(kind), "S"


def _class_text(cls: str | None) -> str:
    return f"nơi công tác: {LOCATION_CLASS_VI[cls]}" if cls else "không xác định được hạng nơi công tác"


def _venue_text(venue: str | None) -> str:
    return f"loại địa điểm: {VENUE_VI[venue]}" if venue else "không xác định được loại địa điểm"


def _fits(kind: str, unit: _Unit, told: _Told, on: dt.date) -> bool:
    """Whether the officer's venue kind describes the place the name designates (or the xã / huyện it is in)."""
    if kind == told.venue:
        return True
    if kind == "commune" and len(unit.kinds) == 1 and (
            unit.kinds[0] in ("commune", "township") or (on < TWO_TIER_FROM and unit.level == 2)):
        return True  # a xã inside the named huyện / thị xã / thành phố, or the named xã under the reading
    parent = unit.parent
    return (on < TWO_TIER_FROM and unit.level == 3 and parent is not None and parent.level == 2
            and len(parent.kinds) == 1 and _district_class(parent).venue == kind)


def locate(places: Sequence[Place], name: str | None, kind: str | None, on: dt.date) -> Located:
    """The venue kind (Art. 12 cl. 4) and lodging class (Art. 7) of a place on a day.

    `kind` is the officer's "Loại địa điểm" code: it wins over the name for the venue kind; the name still
    refines the class (the grade of a provincial city, the huyện of a xã). Nothing is guessed silently: what
    cannot be told is None, and the note says why.
    """
    name = (name or "").strip() or None
    if name is None and kind is None:
        return Located(None, None, "", "M")
    unit, told, notes = _from_name(places, name, on) if name else (None, None, [])
    reform = on >= TWO_TIER_FROM
    if told is None and name:
        notes.insert(0, f"không nhận ra địa danh trong «{name}» vào ngày {_date(on)}")

    if kind is None:
        if told is None or unit is None:
            return Located(None, None, "; ".join(notes), "M")
        parts = [f"suy ra từ địa điểm «{name}»: {_describe(unit)}", _venue_text(told.venue), _class_text(told.cls)]
        return Located(told.venue, told.cls, "; ".join(parts + told.why + notes), _weakest(told.marks))

    kind_cls, kind_mark = _kind_only(kind, on)
    parts = [f"loại địa điểm ghi «{VENUE_VI.get(kind, kind)}»"]
    why: list[str] = []
    cls, marks = kind_cls, [kind_mark]
    if told is not None and unit is not None:
        parts.append(f"địa điểm «{name}»: {_describe(unit)}")
        central = unit.central()
        if _fits(kind, unit, told, on) and told.cls is not None:
            cls, marks = told.cls, list(told.marks)  # the name refines: the grade, the huyện of a xã …
            why += told.why
        elif told.venue is None and central is not None and kind.startswith("central_city") == central:
            marks += unit.chain_marks()  # the name only says which province / city: consistent with the kind
        elif not _fits(kind, unit, told, on):
            found = VENUE_VI[told.venue] if told.venue else (
                "thuộc thành phố trực thuộc trung ương" if central else "thuộc tỉnh" if central is not None else "")
            if found:
                why.append(f"loại địa điểm đã ghi không khớp với địa danh ({found}); theo loại địa điểm đã ghi")
    if cls is None:
        if kind == "provincial_city" and not reform:
            why.append("thành phố thuộc tỉnh: hạng nơi công tác tùy thành phố có phải đô thị loại I không "
                       "(ghi tên thành phố ở «Địa điểm»)")
        elif kind == "commune" and not reform:
            why.append("xã: hạng nơi công tác tùy xã thuộc huyện hay thị xã, thành phố (ghi tên huyện, thị xã, "
                       "thành phố ở «Địa điểm»)")
        elif reform:
            why.append("ghi tên phường, xã và tỉnh, thành phố ở «Địa điểm»")
        marks.append("M")
    if reform and _READING not in why:
        why.append(_READING)
        marks.append("M")
    parts.append(_class_text(cls))
    return Located(kind, cls, "; ".join(parts + why + notes), _weakest(marks))
