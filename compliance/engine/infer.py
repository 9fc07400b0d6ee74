"""What a claim does not say in codes but says in words: worked out before the rules run.

An officer fills the template from the papers: the venue's name rather than its class, a payee's
title rather than a code, the activity's title rather than its form. Each value worked out here
goes into the fact only where the claim left the field blank (what the claim says always wins),
with a Vietnamese note saying what it was worked out from; vetting/findings.py adds the note to every
finding that reads the field. What cannot be worked out stays blank, and the rules that need it
ask for it (missing information).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from typing import Any

from ..models import Claim, LineItem
from ..vocabulary import (LEADER_GROUP_VI, LEVEL_VI, LOCATION_CLASS_VI, MEETING_VI, RESPONDENT_VI, TRAINING_FORM_VI,
                          VALUE_VI, VENUE_VI, normalise)

SURVEY_LEVEL_VI = VALUE_VI["activity.attributes.survey_level"]
from . import places as place_table

NOTE = "?"
SURVEYS = ("household_review", "evaluation_survey")  # a fact key NOTE + k holds the note on the inferred value of key k (no rule reads it)

# Words in an activity's title that tell what it is (first match wins, on whole words).
TITLE_CUES: dict[str, tuple[tuple[str, str], ...]] = {
    "activity__attributes__training_form": (("hội nghị", "meeting"), ("lớp", "course"), ("khóa", "course"),
                                            ("khoá", "course")),
    "activity__attributes__meeting_type": (("hội thảo", "workshop"), ("sơ kết", "review"), ("tổng kết", "review"),
                                           ("chuyên đề", "thematic"), ("giao ban", "briefing"),
                                           ("tập huấn", "training"), ("triển khai", "training")),
}
TITLE_LABELS = {"activity__attributes__training_form": TRAINING_FORM_VI,
                "activity__attributes__meeting_type": MEETING_VI}
# Titles of the leaders whom Art. 7 of Circular 40/2017 sets apart; any other title is "the others".
_MINISTER = re.compile(r"\bbộ trưởng\b")
_DEPUTY = re.compile(r"\bthứ trưởng\b|hệ số (phụ cấp )?(chức vụ )?1[,.](25|3)\b")
# Words in a respondent payment's description: who gave the information (TT109 Art. 3 cl. 7).
_RESPONDENTS = (("state_body", re.compile(r"\b(ubnd|ủy ban nhân dân|cơ quan nhà nước|cơ quan|phòng ban|sở)\b")),
                ("organisation", re.compile(r"\b(tổ chức|doanh nghiệp|công ty|hợp tác xã|htx)\b")),
                ("individual", re.compile(r"\b(hộ|hộ gia đình|hộ dân|cá nhân|người dân|chủ hộ)\b")))
# Words in a hospitality line's description: a hosted meal or refreshments.
_MEAL = re.compile(r"\b(cơm|bữa|suất ăn|mời ăn|ăn)\b")
_REFRESHMENT = re.compile(r"\b(giải khát|nước uống|trà|hoa quả|bánh)\b")


def _place_note(located: place_table.Located, name: str) -> str:
    """What the place table told, saying so when the table's entry is unverified."""
    note = located.note or (f"suy ra từ địa điểm «{name}»: "
                            + "; ".join(filter(None, [VENUE_VI.get(located.venue_kind or ""),
                                                      LOCATION_CLASS_VI.get(located.location_class or "")])))
    return note if located.mark != "M" or "(M)" in note else note + " (bảng địa danh: chưa xác minh)"


def _cue(title: str | None, cues: tuple[tuple[str, str], ...]) -> tuple[str, str] | None:
    text = normalise(title)
    return next(((word, code) for word, code in cues if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text)), None)


class Inference:
    """Works out blank fields of claims under one place table (rules/dia-danh), remembering places."""

    def __init__(self, places: Any = ()):
        self.places = places
        self._located: dict[tuple, place_table.Located] = {}
        # A place reads the same between two days the table changes on: remember it per such period.
        self._changes = sorted({d for p in places for period in (p, *p.grades) for d in (
            period.from_, period.to and period.to + dt.timedelta(days=1)) if d} | {place_table.TWO_TIER_FROM})

    def locate(self, name: str | None, kind: str | None, on: dt.date) -> place_table.Located:
        key = (name, kind, bisect.bisect_right(self._changes, on))
        found = self._located.get(key)
        if found is None:
            found = place_table.locate(self.places, name, kind, on)
            if on.strftime("%d/%m/%Y") in found.note:  # a note naming the day itself is not shared
                return found
            if len(self._located) > 10_000:  # bounded: a batch names few places
                self._located.clear()
            self._located[key] = found
        return found

    def claim(self, claim: Claim, on: dt.date) -> dict[str, Any]:
        return claim_values(claim, on, self.locate)

    def line(self, claim: Claim, line: LineItem, on: dt.date) -> dict[str, Any]:
        return line_values(claim, line, on, self.locate)


def _read_notes(attributes: Any) -> dict[str, str]:
    """The notes a reader left on the values it worked out from a form's words (`attributes.inferred`:
    field → how, readers/treasury.py), as note keys of the fact."""
    given = (attributes.model_extra or {}).get("inferred")
    if not isinstance(given, dict):
        return {}
    return {NOTE + str(name).replace(".", "__"): str(note) for name, note in given.items()}


def claim_values(claim: Claim, on: dt.date, locate: Any) -> dict[str, Any]:
    """Fact keys of the claim worked out from its words (with their notes), where the claim is blank."""
    act = claim.activity
    out: dict[str, Any] = _read_notes(claim.attributes)
    for key, cues in TITLE_CUES.items():
        if getattr(act.attributes, key.rsplit("__", 1)[1]) is not None:
            continue
        if key.endswith("training_form") and act.kind != "training":
            continue
        if key.endswith("meeting_type") and act.kind != "conference":
            continue
        found = _cue(act.title, cues)
        if found:
            word, code = found
            out[key] = code
            out[NOTE + key] = f"suy ra từ tên hoạt động «{act.title}» (có chữ «{word}»): {TITLE_LABELS[key][code]}"
    if act.kind in SURVEYS and act.attributes.survey_level is None:  # the unit that claims leads its survey
        level = "provincial" if claim.unit.level == "province" else "local"
        out["activity__attributes__survey_level"] = level
        out[NOTE + "activity__attributes__survey_level"] = (f"cấp chủ trì cuộc điều tra suy ra từ cấp đơn vị "
                                                            f"{LEVEL_VI[claim.unit.level]}: {SURVEY_LEVEL_VI[level]}")
    venue = act.venue
    if venue is not None and venue.kind is None and venue.name:
        located = locate(venue.name, None, on)
        if located.venue_kind:
            out["activity__venue__kind"] = located.venue_kind
            out[NOTE + "activity__venue__kind"] = _place_note(located, venue.name)
    return out


def line_values(claim: Claim, line: LineItem, on: dt.date, locate: Any) -> dict[str, Any]:
    """Fact keys of a line worked out from its words (with their notes), where the line is blank."""
    attrs = line.attributes
    out: dict[str, Any] = _read_notes(attrs)
    grade = line.payee.grade if line.payee else None
    if attrs.leader_group is None and grade:
        text = normalise(grade)
        group = "minister" if _MINISTER.search(text) else "deputy_minister" if _DEPUTY.search(text) else "other"
        out["attributes__leader_group"] = group
        out[NOTE + "attributes__leader_group"] = (f"nhóm chức danh suy ra từ «Hạng» «{grade}»: {LEADER_GROUP_VI[group]}"
                                                  + (" (không thuộc nhóm lãnh đạo được nêu riêng)"
                                                     if group == "other" else ""))
    venue = claim.activity.venue
    if attrs.location_class is None and venue is not None and (venue.name or venue.kind):
        located = locate(venue.name, venue.kind, on)
        if located.location_class:
            out["attributes__location_class"] = located.location_class
            # the venue's name, else its kind (one of them is given: the condition above)
            shown = venue.name or (VENUE_VI[venue.kind] if venue.kind is not None else "")
            out[NOTE + "attributes__location_class"] = _place_note(located, shown)
    if line.category == "respondent_payment" and attrs.respondent is None and line.description:
        text = normalise(line.description)
        who = next((code for code, words in _RESPONDENTS if words.search(text)), None)
        if who:
            out["attributes__respondent"] = who
            out[NOTE + "attributes__respondent"] = (f"đối tượng suy ra từ nội dung «{line.description}»: "
                                                    f"{RESPONDENT_VI[who]}")
    if line.category == "lodging" and attrs.mode is None:  # a room paid on an invoice is paid by invoice
        invoice = next((d for d in line.documents if d.kind == "invoice"), None)
        if invoice is not None:
            out["attributes__mode"] = "invoice"
            out[NOTE + "attributes__mode"] = ("hình thức thanh toán phòng suy ra từ hóa đơn"
                                              + (f" số {invoice.number}" if invoice.number else "")
                                              + " kèm khoản chi: theo hóa đơn")
    if line.category == "hospitality" and attrs.hospitality_kind is None and line.description:
        text = normalise(line.description)
        kind = "meal" if _MEAL.search(text) else "refreshment" if _REFRESHMENT.search(text) else None
        if kind:
            out["attributes__hospitality_kind"] = kind
            out[NOTE + "attributes__hospitality_kind"] = (f"suy ra từ nội dung «{line.description}»: "
                                                          f"{'mời cơm' if kind == 'meal' else 'giải khát'}")
    return out
