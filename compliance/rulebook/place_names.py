"""Place names as the place table (rules/dia-danh/) keys them: tokens folded as people mean them, and
the level of each kind of administrative unit. The rulebook checks its table with them; the engine
reads venues with them (compliance/engine/places.py)."""

from __future__ import annotations

import re
import unicodedata

from ..vocabulary import normalise

LEVEL = {"central_city": 1, "province": 1,
         "urban_district": 2, "city": 2, "district_town": 2, "rural_district": 2,
         "ward": 3, "commune": 3, "township": 3, "special_zone": 3}
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_SEPARATORS = re.compile(r"[,;:()\[\]{}/\\|\n\t]+")
_JOINERS = re.compile(r"[.\-–—_'\"“”‘’]+")


def fold_token(token: str) -> str:
    """One syllable, compared as people mean it: the tone mark kept but not its position ('Hoà' = 'Hòa')."""
    decomposed = unicodedata.normalize("NFD", token)
    tones = "".join(c for c in decomposed if c in _TONES)
    base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
    return base + tones


def tokens(text: str | None) -> tuple[list[str], list[str]]:
    """(folded, as written) tokens of a text; punctuation that separates parts becomes the token '|'."""
    shown = _JOINERS.sub(" ", _SEPARATORS.sub(" | ", unicodedata.normalize("NFC", text or ""))).split()
    return [t if t == "|" else fold_token(normalise(t)) for t in shown], shown


def surface(text: str) -> tuple[str, ...]:
    """The folded tokens of a name or alias: the key under which the table is searched."""
    return tuple(t for t in tokens(text)[0] if t != "|")
