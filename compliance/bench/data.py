"""A realistic, seeded batch for `compliance bench`, derived from the sample batch.

Every generated claim copies one claim of examples/quang-nam-2022/claims.json (so the mix of
activity kinds, line categories, units and documents is the sample's) and varies it:
- dates: the activity moves by up to ~3 years (so lines fall under every period of the law);
- prices: around the sample's own price (which sits at or under the ceiling): mostly at or
  below it, some just above, a few far above; quantities vary; a few amounts do not add up;
- documents: fresh numbers, a few reused from earlier claims (cross-claim duplicates), a few missing;
- payees: named people from a pool of Vietnamese names for per-day lines (payee-day duplicates).
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

SAMPLE = Path(__file__).resolve().parents[2] / "examples" / "quang-nam-2022" / "claims.json"

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"]
MIDDLE = ["Văn", "Thị", "Hữu", "Minh", "Thu", "Ngọc", "Đức", "Thanh", "Quốc", "Xuân"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hùng", "Hương", "Lan", "Long", "Mai", "Nam", "Phương",
         "Quang", "Sơn", "Tài", "Thảo", "Thư", "Trang", "Tuấn", "Vân", "Việt", "Yến", "Rớt"]
# Price factors against the sample's price: most at or under it, some just over, a few far over.
PRICE_FACTORS = [0.5, 0.7, 0.8, 0.9, 0.95, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.02, 1.1, 1.3, 2.0]
PER_DAY = ("per_diem", "delegate_meal", "trainee_meal")


def load_templates(path: Path | str = SAMPLE) -> list[dict]:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return data["claims"] if isinstance(data, dict) else data


def _half_up(quantity: float, price: int) -> int:
    return int(quantity * price + 0.5) if isinstance(quantity, float) else quantity * price


def generate(lines: int, seed: int = 0, templates: list[dict] | None = None) -> Iterator[dict]:
    """Claim dicts (the input contract) with `lines` line items in all."""
    rnd = random.Random(seed)
    templates = templates or load_templates()
    units = sorted({(t["unit"]["code"], t["unit"]["level"], t["unit"].get("name", "")) for t in templates})
    names = [f"{rnd.choice(FAMILY)} {rnd.choice(MIDDLE)} {rnd.choice(GIVEN)}" for _ in range(4000)]
    recent_docs: list[tuple[str, str | None]] = []
    made = 0
    n = 0
    while made < lines:
        claim = copy.deepcopy(rnd.choice(templates))
        n += 1
        claim["claim_id"] = f"BENCH-{seed}-{n:07d}"
        if rnd.random() < 0.3:
            level = claim["unit"]["level"]
            code, _, name = rnd.choice([u for u in units if u[1] == level])
            claim["unit"] = {"code": code, "name": name, "level": level} if name else {"code": code, "level": level}
        act = claim["activity"]
        start = dt.date.fromisoformat(act["start_date"])
        shift = dt.timedelta(days=rnd.randint(-60, 1100))
        act["start_date"] = (start + shift).isoformat()
        if act.get("end_date"):
            act["end_date"] = (dt.date.fromisoformat(act["end_date"]) + shift).isoformat()
        claim["fiscal_year"] = (start + shift).year
        if "participants" in act and rnd.random() < 0.5:
            act["participants"] = max(1, int(act["participants"] * rnd.uniform(0.5, 1.5)))
        end = dt.date.fromisoformat(act.get("end_date") or act["start_date"])
        duration = (end - (start + shift)).days + 1
        items = claim["line_items"][: lines - made]
        for line in items:
            price = line["unit_price"]
            factor = rnd.choice(PRICE_FACTORS)
            line["unit_price"] = int(round(price * factor, -3)) if price >= 10000 else int(price * factor)
            if rnd.random() < 0.5:
                q = line["quantity"]
                line["quantity"] = max(1, int(q * rnd.uniform(0.5, 1.5))) if isinstance(q, int) else q
            line["amount"] = _half_up(line["quantity"], line["unit_price"])
            if rnd.random() < 0.02:  # does not add up
                line["amount"] += rnd.choice([-1000, 1000, 10000])
                line["amount"] = max(line["amount"], 0)
            if line.get("incurred_on"):
                line["incurred_on"] = (dt.date.fromisoformat(line["incurred_on"]) + shift).isoformat()
            if line["category"] in PER_DAY and rnd.random() < 0.4:  # one named person, a few days
                days = rnd.randint(1, max(1, duration))
                line["payee"] = {"name": rnd.choice(names), "salaried": rnd.random() < 0.5}
                line["quantity"] = days
                line["amount"] = days * line["unit_price"]
                line["incurred_on"] = act["start_date"]
            docs = []
            for doc in line.get("documents", []):
                if rnd.random() < 0.04:  # missing
                    continue
                doc = dict(doc)
                if doc.get("date"):
                    doc["date"] = (dt.date.fromisoformat(doc["date"]) + shift).isoformat()
                if recent_docs and doc["kind"] in ("invoice", "contract") and rnd.random() < 0.01:
                    doc["number"], issuer = rnd.choice(recent_docs)
                    if issuer:
                        doc["issuer"] = issuer
                elif doc.get("number") is not None:
                    doc["number"] = f"{rnd.randint(1, 9_999_999):07d}"
                    if doc["kind"] in ("invoice", "contract"):
                        recent_docs.append((doc["number"], doc.get("issuer")))
                        if len(recent_docs) > 500:
                            recent_docs.pop(0)
                docs.append(doc)
            line["documents"] = docs
        claim["line_items"] = items
        made += len(items)
        yield claim


def write_jsonl(path: Path | str, lines: int, seed: int = 0) -> int:
    """Write the batch as JSON Lines; returns the number of claims."""
    count = 0
    with open(path, "w", encoding="utf-8") as out:
        for claim in generate(lines, seed):
            out.write(json.dumps(claim, ensure_ascii=False) + "\n")
            count += 1
    return count


# ---- adversarial claims for the agreement check (`compliance bench --check`) ----------------


def boundaries(book) -> tuple[list[dt.date], list[int]]:
    """Every date the rulebook changes on (± 1 day) and every rate amount (± 1 đồng)."""
    days: set[dt.date] = set()
    amounts: set[int] = {0, 1}

    def around_day(value):
        if value:
            days.update({value - dt.timedelta(days=1), value, value + dt.timedelta(days=1)})

    for item in [*book.rules, *book.joins]:
        around_day(item.valid.from_)
        around_day(item.valid.to)
    for table in book.rates.values():
        for row in table.values:
            around_day(row.from_)
            around_day(row.to)
            amount = int(row.amount)
            amounts.update({max(amount - 1, 0), amount, amount + 1, amount * 2})
    return sorted(days), sorted(amounts)


ATTRIBUTE_CHOICES: dict[str, list[Any]] = {
    "respondent": ["individual", "organisation", "state_body"],
    "indicators": [0, 29, 30, 31, 40, 41, 90],
    "mode": ["flat", "invoice"],
    "location_class": ["city_grade_1", "town", "other"],
    "leader_group": ["minister", "deputy_minister", "other"],
    "at_sea": [True, False],
    "enumerator_kind": ["outsourced", "guide", "commune_officer", "own_staff", "own_staff_overtime"],
    "expert_level": [1, 2, 3, 4],
    "language_group": ["un", "other"],
    "translation_direction": ["to_vietnamese", "from_vietnamese"],
    "interpretation_mode": ["ordinary", "simultaneous"],
    "in_house": [True, False],
    "ethnic_language": [True, False],
    "collective_meal": [True, False],
    "distance_km": [0, 10, 100, 1000],
    "difficult_commune": [True, False],
    "other_programme": [True, False],
}
ACTIVITY_CHOICES: dict[str, list[Any]] = {
    "abroad": [True, False],
    "meeting_type": ["training", "review", "thematic", "professional", "briefing"],
    "joint_mission": [True, False],
    "lead_unit": [True, False],
    "survey_level": ["central", "provincial"],
}


def adversarial(claims: int, book, seed: int = 0) -> Iterator[dict]:
    """Claims that probe the rulebook's edges: dates on each side of every change, prices on each
    side of every rate, every category, activity kind, attribute and document combination."""
    import typing

    from ..models import ActivityKind, Category, DocumentKind, Level, VenueKind

    rnd = random.Random(seed)
    days, amounts = boundaries(book)
    kinds, categories = typing.get_args(ActivityKind), typing.get_args(Category)
    documents, levels, venues = typing.get_args(DocumentKind), typing.get_args(Level), typing.get_args(VenueKind)
    units = [("SLDTBXH", "province"), ("STC", "province"), ("SKHDT", "province"), ("HUYEN-NUITHANH", "district"),
             ("TX-DIENBAN", "district"), ("XA-TAMHIEP", "commune")]
    names = ["Nguyễn Văn A", "Nguye\u0302\u0303n Va\u0306n A", "Trần Thị B", "Lê Văn C"]
    numbers = ["01/HĐ", "01/hđ ", "0001234", "0001235", "Hóa đơn 7"]
    for n in range(claims):
        start = rnd.choice(days) if days and rnd.random() < 0.7 else dt.date(2017, 1, 1) + dt.timedelta(
            days=rnd.randint(0, 4000))
        end = start + dt.timedelta(days=rnd.choice([0, 0, 1, 2, 4, 9]))
        code, level = rnd.choice(units)
        activity: dict[str, Any] = {"kind": rnd.choice(kinds), "start_date": start.isoformat(), "end_date": end.isoformat()}
        if rnd.random() < 0.5:
            activity["organiser_level"] = rnd.choice(levels)
        if rnd.random() < 0.5:
            activity["venue"] = {"kind": rnd.choice(venues)}
        if rnd.random() < 0.5:
            activity["participants"] = rnd.choice([1, 30, 60, 100, 500])
        activity["attributes"] = {k: rnd.choice(v) for k, v in ACTIVITY_CHOICES.items() if rnd.random() < 0.3}
        lines = []
        for i in range(rnd.choice([1, 1, 2, 3, 4])):
            quantity = rnd.choice([0, 1, 2, 3, 10, 100, 0.5, 1.5, 2.25])
            price = rnd.choice(amounts) if rnd.random() < 0.8 else rnd.randint(0, 5_000_000)
            amount = int(quantity * price + 0.5) + rnd.choice([0, 0, 0, 1, -1])
            line: dict[str, Any] = {
                "line_id": str(i + 1), "category": rnd.choice(categories), "quantity": quantity,
                "unit_price": price, "amount": max(amount, 0),
                "attributes": {k: rnd.choice(v) for k, v in ATTRIBUTE_CHOICES.items() if rnd.random() < 0.25},
                "documents": [{"kind": kind, **({"number": rnd.choice(numbers)} if rnd.random() < 0.7 else {}),
                               **({"issuer": rnd.choice(["Công ty A", "công ty  a"])} if rnd.random() < 0.3 else {})}
                              for kind in rnd.sample(documents, rnd.randint(0, 3))],
            }
            if rnd.random() < 0.5:
                line["incurred_on"] = (start + dt.timedelta(days=rnd.randint(-2, 10))).isoformat()
            if rnd.random() < 0.6:
                line["payee"] = {"name": rnd.choice(names), "salaried": rnd.random() < 0.5,
                                 **({"grade": rnd.choice(["GS", "PGS", "TS", "khác"])} if rnd.random() < 0.3 else {})}
            lines.append(line)
        yield {"claim_id": f"CHECK-{seed}-{n:07d}", "unit": {"code": code, "level": level},
               "fiscal_year": rnd.choice([start.year, 2022]), "subproject": rnd.choice(["TDA1", "TDA2"]),
               "activity": activity, "attributes": {"extended_task": rnd.random() < 0.2} if rnd.random() < 0.5 else {},
               "line_items": lines}
