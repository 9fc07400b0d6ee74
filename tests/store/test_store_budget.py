"""The budget view (store/budget.py, `compliance budget`): each envelope of the rulebook's budgets against
the eligible amounts of the current versions of the stored batches, by unit and sub-project and by month of
the activity (cumulative). Expectations are worked out from the claims, their decisions and the envelopes."""

from __future__ import annotations

import json
import shutil
from collections import defaultdict

import openpyxl
import pytest
from typer.testing import CliRunner

from compliance.cli import app
from compliance.models import Claim
from compliance.rulebook import load
from compliance.store import InputFile, save_batch
from compliance.store.budget import budget_view, cells
from compliance.vetting.vetter import Vetter

from storetest import ROOT

runner = CliRunner()


def expected(claims: list[Claim], doc, book, year: int | None = None) -> dict[str, dict]:
    """envelope id -> claims, claimed, approved, months (YYYY-MM -> approved) and units, from the documents."""
    decided = {c.claim_id: c for c in doc.claims}
    out = {}
    for budget in book.budgets:
        for env in budget.envelopes:
            if year is not None and env.fiscal_year != year:
                continue
            held = [c for c in claims if env.holds(c.unit.code, c.unit.level, c.subproject, c.fiscal_year)]
            months, units = defaultdict(int), defaultdict(int)
            for c in held:
                months[c.activity.start_date.strftime("%Y-%m")] += decided[c.claim_id].eligible_amount
                units[(c.unit.code, c.subproject)] += decided[c.claim_id].eligible_amount
            out[env.id] = {"amount": env.amount, "claims": len(held),
                           "claimed": sum(decided[c.claim_id].claimed_amount for c in held),
                           "approved": sum(decided[c.claim_id].eligible_amount for c in held),
                           "months": dict(months), "units": dict(units)}
    return out


def check(view, want: dict[str, dict]) -> None:
    assert [e.id for e in view.envelopes] == list(want)
    for e in view.envelopes:
        w = want[e.id]
        assert (e.amount, e.claims, e.claimed, e.approved) == (w["amount"], w["claims"], w["claimed"], w["approved"]), e.id
        assert e.remaining == e.amount - e.approved and e.over == (e.approved > e.amount)
        assert e.percent == (round(100 * e.approved / e.amount, 1) if e.amount else None)
        assert {(u.unit_code, u.subproject): u.approved for u in e.by_unit} == w["units"]
        # by month: every month from the first to the last, cumulative, ending at the envelope's total
        months = [m.month for m in e.by_month]
        assert months == sorted(months) and set(months) >= set(w["months"])
        assert {m.month: m.approved for m in e.by_month if m.approved} == {k: v for k, v in w["months"].items() if v}
        running = 0
        for m in e.by_month:
            running += m.approved
            assert (m.cumulative, m.remaining) == (running, e.amount - running)
        assert running == e.approved


def test_envelopes_against_the_saved_sample(store, people, sample, book):
    claims, doc, inputs = sample
    save_batch(store, doc, claims, inputs, people["finance"], book=book)
    view = budget_view(store, book)
    want = expected(claims, doc, book)
    assert want and any(w["claims"] for w in want.values())
    check(view, want)
    assert view.claims == len(claims) and view.approved == sum(c.eligible_amount for c in doc.claims)
    # claims no envelope holds (other years, other units) are listed apart, none lost
    held = {c.claim_id for c in claims for b in book.budgets for env in b.envelopes
            if env.holds(c.unit.code, c.unit.level, c.subproject, c.fiscal_year)}
    decided = {c.claim_id: c for c in doc.claims}
    assert sum(u.approved for u in view.outside) == sum(decided[i].eligible_amount for i in decided if i not in held)
    assert sum(u.claims for u in view.outside) == len(claims) - len(held)


def test_the_database_sums_the_claims(store, people, sample, book):
    """One row per unit, sub-project, year and month of activity comes back, not one per claim."""
    claims, doc, inputs = sample
    save_batch(store, doc, claims, inputs, people["finance"], book=book)
    found = cells(store)
    keys = {(c.unit.code, c.subproject, c.fiscal_year, c.activity.start_date.strftime("%Y-%m")) for c in claims}
    assert len(found) == len(keys) < len(claims)
    assert sum(c.claims for c in found) == len(claims)
    assert {c.unit_level for c in found} == {c.unit.level for c in claims}


def test_a_fiscal_year_only(store, people, sample, book):
    claims, doc, inputs = sample
    save_batch(store, doc, claims, inputs, people["finance"], book=book)
    years = {env.fiscal_year for b in book.budgets for env in b.envelopes}
    year = min(years)
    view = budget_view(store, book, year)
    check(view, expected(claims, doc, book, year))
    assert view.claims == sum(c.fiscal_year == year for c in claims)
    assert all(u.fiscal_year == year for u in view.outside)
    assert budget_view(store, book, 1999).envelopes == []


def test_a_superseded_batch_does_not_count(store, people, sample, book, other_book):
    claims, doc, inputs = sample
    save_batch(store, doc, claims, inputs, people["finance"], book=book)
    doc2 = Vetter(other_book, "reference").document(claims)
    assert save_batch(store, doc2, claims, inputs, people["finance"], book=other_book).supersedes_id
    view = budget_view(store, book)
    check(view, expected(claims, doc2, book))
    assert view.claims == len(claims)


def test_batches_vetted_apart_can_pass_an_envelope_together(store, people, sample, book):
    """Each batch is charged to the envelopes alone; the view adds them up and shows the excess."""
    claims, doc, inputs = sample
    save_batch(store, doc, claims, inputs, people["finance"], book=book)
    first = expected(claims, doc, book)
    env_id, tight = max(first.items(), key=lambda item: item[1]["approved"] / item[1]["amount"])
    env = next(e for b in book.budgets for e in b.envelopes if e.id == env_id)
    decided = {c.claim_id: c for c in doc.claims}
    model = next(c for c in claims if env.holds(c.unit.code, c.unit.level, c.subproject, c.fiscal_year)
                 and decided[c.claim_id].decision == "approve")
    extra = Claim.model_validate({**model.model_dump(mode="json"), "claim_id": model.claim_id + "-BS"})
    doc_extra = Vetter(book, "reference").document([extra])
    added = doc_extra.claims[0].eligible_amount
    assert added > env.amount - tight["approved"]  # alone it fits (its own batch); with the first it does not
    save_batch(store, doc_extra, [extra], [InputFile("bo-sung.json", "0" * 64, 1)], people["finance"], book=book)
    use = next(e for e in budget_view(store, book).envelopes if e.id == env_id)
    assert use.approved == tight["approved"] + added and use.claims == tight["claims"] + 1
    assert use.over and use.remaining == env.amount - use.approved < 0 and use.percent > 100
    assert use.by_month[-1].cumulative == use.approved


def test_a_budget_a_unit_loads_into_the_rules(store, people, sample, book, tmp_path):
    """Any budget decision in rules/ counts the same way: here one for 2023 that holds claims the 2022
    decision does not."""
    claims, doc, inputs = sample
    save_batch(store, doc, claims, inputs, people["finance"], book=book)
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    (rules / "du-toan-2023").mkdir()
    (rules / "du-toan-2023" / "du-toan.yaml").write_text("""
instruments:
  - {number: 99/QĐ-UBND, kind_vi: Quyết định, title: Giao dự toán Dự án 7 năm 2023 (thử), issuer: UBND tỉnh, verification: M}
budgets:
  - id: thu.du_toan_2023
    title: Dự toán Dự án 7 năm 2023 (thử)
    text: Dự toán năm 2023 do đơn vị nạp.
    citations: [{instrument: 99/QĐ-UBND}]
    verification: M
    envelopes:
      - {id: thu.2023.sldtbxh.tda2, title: "Sở LĐTBXH — TDA2 năm 2023", fiscal_year: 2023, units: [SLDTBXH], subproject: TDA2, amount: 300000000}
      - {id: thu.2023.huyen, title: "Cấp huyện năm 2023", fiscal_year: 2023, unit_level: district, amount: 1000000}
    messages:
      pass: "{envelope}: lũy kế {actual} trong dự toán {limit}"
      fail: "{envelope}: lũy kế {actual} vượt dự toán {limit}"
""", encoding="utf-8")
    custom = load(rules)
    view = budget_view(store, custom)
    want = expected(claims, doc, custom)
    check(view, want)
    assert want["thu.2023.sldtbxh.tda2"]["claims"] and want["thu.2023.huyen"]["claims"]
    assert all("99/QĐ-UBND" in e.basis for e in view.envelopes if e.id.startswith("thu."))
    assert not any(u.fiscal_year == 2023 and u.unit_code == "SLDTBXH" and u.subproject == "TDA2"
                   for u in view.outside)


# ---- the command ---------------------------------------------------------------------------


@pytest.fixture
def saved(store, people, sample, book, db_url):
    claims, doc, inputs = sample
    save_batch(store, doc, claims, inputs, people["finance"], book=book)
    return db_url


def test_budget_command_json(saved, sample, book):
    claims, doc, _ = sample
    result = runner.invoke(app, ["budget", "--db", saved, "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    want = expected(claims, doc, book)
    assert {e["id"]: (e["amount"], e["claims"], e["approved"], e["remaining"]) for e in data["envelopes"]} == {
        k: (w["amount"], w["claims"], w["approved"], w["amount"] - w["approved"]) for k, w in want.items()}
    for e in data["envelopes"]:
        assert e["by_month"] == sorted(e["by_month"], key=lambda m: m["month"])
        if e["by_month"]:
            assert e["by_month"][-1]["cumulative"] == e["approved"]


def test_budget_command_table_and_year(saved, sample, book):
    claims, doc, _ = sample
    want = expected(claims, doc, book)
    result = runner.invoke(app, ["budget", "--db", saved], env={"COLUMNS": "250"})
    assert result.exit_code == 0, result.output
    from compliance.vocabulary import money

    for budget in book.budgets:
        for env in budget.envelopes:
            assert env.title in result.output and money(env.amount) in result.output
            assert money(want[env.id]["approved"]) in result.output
    assert "Còn lại" in result.output and "theo tháng của hoạt động (lũy kế)" in result.output
    none = runner.invoke(app, ["budget", "--db", saved, "--year", "1999"])
    assert none.exit_code == 0 and "không có dự toán nào của năm 1999" in none.output


def test_budget_command_xlsx(saved, sample, book, tmp_path):
    claims, doc, _ = sample
    refused = runner.invoke(app, ["budget", "--db", saved, "--format", "xlsx"])
    assert refused.exit_code == 2 and "--out" in refused.output
    out = tmp_path / "du-toan.xlsx"
    result = runner.invoke(app, ["budget", "--db", saved, "--format", "xlsx", "--out", str(out)])
    assert result.exit_code == 0, result.output
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Dự toán", "Theo đơn vị", "Theo tháng", "Ngoài dự toán"]
    want = expected(claims, doc, book)
    rows = {r[0].value: r for r in wb["Dự toán"].iter_rows(min_row=2) if r[0].value}
    assert {k: (r[5].value, r[8].value, r[9].value) for k, r in rows.items()} == {
        k: (w["amount"], w["approved"], w["amount"] - w["approved"]) for k, w in want.items()}
    assert {r[5].number_format for r in rows.values()} == {"#,##0"}
    months = [r for r in wb["Theo tháng"].iter_rows(min_row=2, values_only=True)]
    assert all(isinstance(r[2], str) and r[2][2] == "/" for r in months)  # mm/yyyy
    assert wb["Dự toán"].page_setup.orientation == "landscape"
