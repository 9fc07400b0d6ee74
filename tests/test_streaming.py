"""Batches of any size: JSON Lines, streamed .json lists, CSV read as it comes, the JSON document
written record by record, the spill-to-disk maps, and `vet --jobs`."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from compliance import spill
from compliance.vetting import parallel
from compliance.bench.data import generate
from compliance.cli import app
from compliance.models import DecisionDocument
from compliance.vetting.batch import vet_to_json
from compliance.vetting.document import DocumentWriter, document_json
import sys

from compliance.readers import InputError, read, stream
from compliance.readers import tabular
from compliance.rulebook import load
from compliance.vetting.vetter import Vetter

stream_module = sys.modules["compliance.readers.stream"]  # the package exports the function `stream`
ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples/quang-nam-2022/claims.json"
BOOK = load()
runner = CliRunner()


@pytest.fixture(scope="module")
def sample_data() -> list[dict]:
    return json.loads(SAMPLE.read_text(encoding="utf-8"))["claims"]


def _jsonl(path: Path, claims: list[dict], blank: bool = False) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for claim in claims:
            out.write(json.dumps(claim, ensure_ascii=False) + "\n")
            if blank:
                out.write("\n")
    return path


def message(exc: pytest.ExceptionInfo) -> str:
    return " ".join(str(exc.value).split())


# ---- readers ------------------------------------------------------------------------------------


def test_json_lines_read_as_the_json_file(tmp_path, sample_data):
    assert read(_jsonl(tmp_path / "b.jsonl", sample_data, blank=True)) == read(SAMPLE)


def test_json_lines_problems_name_the_line(tmp_path, sample_data):
    path = tmp_path / "b.jsonl"
    text = [json.dumps(c, ensure_ascii=False) for c in sample_data[:3]]
    text[1] = text[1][:-10]  # cut
    bad = dict(sample_data[2], fiscal_year="2022")
    path.write_text("\n".join([text[0], text[1], json.dumps(bad, ensure_ascii=False)]) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as exc:
        read(path)
    assert "dòng 2, cột" in message(exc) and "JSON không hợp lệ" in message(exc)
    assert f"hồ sơ {bad['claim_id']}, dòng 3, trường 'fiscal_year (năm ngân sách)'" in message(exc)


def test_a_stream_stops_at_the_first_problem_and_reports_them_all(tmp_path, sample_data):
    claims = [dict(c, claim_id=f"HS-{i}") for i, c in enumerate(sample_data * 3)]
    claims[5]["fiscal_year"] = 1999
    claims[70]["subproject"] = "TDA9"
    got = []
    with pytest.raises(InputError) as exc:
        for claim in stream([_jsonl(tmp_path / "b.jsonl", claims)]):
            got.append(claim.claim_id)
    assert got == [f"HS-{i}" for i in range(5)]
    assert "hồ sơ HS-5" in message(exc) and "hồ sơ HS-70" in message(exc)


@pytest.mark.parametrize("wrapped", [False, True])
def test_json_lists_are_decoded_element_by_element(tmp_path, sample_data, monkeypatch, wrapped):
    monkeypatch.setattr(stream_module, "CHUNK", 300)  # elements cut across reads
    path = tmp_path / "b.json"
    body = json.dumps(sample_data, ensure_ascii=False, indent=1)
    path.write_text(f'{{ "claims" :\n {body} }}' if wrapped else body, encoding="utf-8")
    assert read(path) == read(SAMPLE)


def test_json_list_syntax_errors_name_line_and_column(tmp_path, sample_data, monkeypatch):
    monkeypatch.setattr(stream_module, "CHUNK", 256)
    path = tmp_path / "b.json"
    text = json.dumps(sample_data[:4], ensure_ascii=False, indent=1)
    cut = text.index('"claim_id"', text.index('"claim_id"') + 1)  # the second claim
    path.write_text(text[:cut] + "oops, " + text[cut:], encoding="utf-8")
    line = text[:cut].count("\n") + 1
    with pytest.raises(InputError) as exc:
        read(path)
    assert f"JSON không hợp lệ ở dòng {line}, cột" in message(exc)
    path.write_text(text + " []", encoding="utf-8")
    with pytest.raises(InputError) as exc:
        read(path)
    assert "Extra data" in message(exc)


def _rows(claims: int) -> list[list[str]]:
    row = ["SLDTBXH", "province", "2022", "TDA1", "training", "2022-11-08", "1", "per_diem", "2", "200000", "400000"]
    return [[f"HS-{i}", *row] for i in range(claims)]


HEADERS = ["Mã hồ sơ", "Mã đơn vị", "Cấp đơn vị", "Năm ngân sách", "Tiểu dự án", "Loại hoạt động", "Ngày bắt đầu",
           "Mã khoản chi", "Loại khoản chi", "Số lượng", "Đơn giá", "Thành tiền"]


def _csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([HEADERS, *rows])
    return path


def test_csv_claims_may_be_spread_within_the_window(tmp_path, monkeypatch):
    monkeypatch.setattr(tabular, "WINDOW", 3)
    rows = _rows(6)
    second = list(rows[1])
    second[7] = "2"  # line 2 of HS-1, three claims later
    claims = read(_csv(tmp_path / "a.csv", rows[:4] + [second] + rows[4:]))
    assert [c.claim_id for c in claims] == [f"HS-{i}" for i in range(6)]
    assert [len(c.line_items) for c in claims] == [1, 2, 1, 1, 1, 1]


def test_csv_claims_spread_beyond_the_window_are_an_error(tmp_path, monkeypatch):
    monkeypatch.setattr(tabular, "WINDOW", 2)
    rows = _rows(6)
    again = list(rows[0])
    again[7] = "2"
    with pytest.raises(InputError) as exc:
        read(_csv(tmp_path / "a.csv", rows + [again]))
    assert "hồ sơ HS-0, dòng 8" in message(exc) and "dòng 2 và dòng 8" in message(exc)


# ---- the document, streamed ---------------------------------------------------------------------


@pytest.mark.parametrize("law_as_of", [None, dt.date(2024, 1, 1)])
def test_streamed_document_is_the_documents_json(law_as_of):
    claims = read(SAMPLE)
    vetter = Vetter(BOOK, law_as_of=law_as_of)
    for batch in (claims, []):
        out = io.StringIO()
        vet_to_json(vetter, batch, out)
        text = out.getvalue()
        doc = vetter.document(batch)
        assert text == document_json(doc)
        assert DecisionDocument.model_validate_json(text) == doc
        assert len(text.splitlines()) == (len(batch) + 2 if batch else 1)  # one claim per line


def test_nothing_is_written_when_a_late_claim_is_bad(tmp_path, sample_data):
    claims = [dict(c, claim_id=f"HS-{i}") for i, c in enumerate(sample_data * 3)]
    claims[-1] = dict(claims[-1], unit={"code": "STC", "level": "planet"})
    out = tmp_path / "r.json"
    result = runner.invoke(app, ["vet", str(_jsonl(tmp_path / "b.jsonl", claims)), "-f", "json", "-o", str(out)])
    assert result.exit_code == 2 and "không có kết quả nào được ghi" in result.output
    assert not out.exists() and [p.name for p in tmp_path.iterdir()] == ["b.jsonl"]


def test_a_small_index_bound_gives_the_same_records(monkeypatch):
    """The join index and the claim ids spill to SQLite past their bound, and claims share engine
    sessions (64 by default, 7 here): the same decisions as one claim a session, unspilled."""
    claims = [c for c in stream_claims(3000, seed=7)]
    expected = Vetter(BOOK, session_claims=1).document(claims)
    assert Vetter(BOOK).document(claims) == expected
    monkeypatch.setattr(spill, "BOUND", 50)
    monkeypatch.setattr(spill, "JOIN_BOUND", 50)
    assert Vetter(BOOK, session_claims=7).document(claims) == expected


def test_each_periods_version_of_a_join_shares_one_stored_fact():
    """An invoice is kept once for the periods' duplicate-invoice joins, a payee-day once per set of fields
    matched and facts repeated (`same`, `when`), not once per join."""
    joins = Vetter(BOOK).joins()
    invoice = {"t": "document", "kind": "invoice", "number": "1", "issuer": "a"}
    payee_day = {"t": "person_day", "payee": "an", "day": 20240102, "category": "per_diem"}
    for fact in (invoice, payee_day):
        mine = [join for join in BOOK.joins if join.of == fact["t"]]
        keys = joins.keys(fact)
        assert len(keys) == len(mine) > len({k for _, k in keys}) == len({(tuple(j.same), repr(j.when)) for j in mine})
    joins.close()


def stream_claims(lines: int, seed: int):
    from compliance.models import Claim

    return [Claim.model_validate(c) for c in generate(lines, seed)]


def test_spill_map_answers_the_same_before_and_after_spilling():
    small, big = spill.SpillMap("t", bound=3), spill.SpillMap("t", bound=10**6)
    for m in (small, big):
        for i in range(10):
            assert m.setdefault(("k", i % 7), {"v": i}) == {"v": i % 7}
        m.add_texts([(f"t{i}", f"v{i}") for i in (1, 2, 1)])
    assert small.spilled and not big.spilled
    for m in (small, big):
        assert m.get(("k", 1)) == {"v": 1} and m.get(("k", 9)) is None
        assert m.get_texts(["t1", "t3"]) == {"t1": "v1"}
    small.close()


# ---- vet --jobs ---------------------------------------------------------------------------------


def test_jobs_give_the_same_bytes(tmp_path, monkeypatch):
    """Small chunks, so that documents and payee-days repeat across chunks and workers; the
    sample's claims come first so that budget envelopes are charged across chunks."""
    monkeypatch.setattr(parallel, "CHUNK", 16)
    claims = json.loads(SAMPLE.read_text(encoding="utf-8"))["claims"] + list(generate(1500, seed=3))
    source = _jsonl(tmp_path / "b.jsonl", claims)
    one, two = io.StringIO(), io.StringIO()
    vet_to_json(Vetter(BOOK), stream([source]), one)
    parallel.vet_parallel(BOOK, [source], DocumentWriter(two, BOOK), 2)
    assert two.getvalue() == one.getvalue()
    doc = json.loads(one.getvalue())
    assert any(f["reason"] == "duplicate" for c in doc["claims"] for line in c["lines"] for f in line["findings"])
    assert any(f["reason"] == "over_budget" for c in doc["claims"] for f in c["findings"])


def test_jobs_vet_again_with_each_claims_own_join_numbers(tmp_path, monkeypatch):
    """Chunks of 3: X, P, Q | Y, Z, W. Y and W repeat X's invoice (an earlier chunk), so they are vetted
    again; W also repeats Z's, and Z (between them, not vetted again) must still come before W."""
    monkeypatch.setattr(parallel, "CHUNK", 3)
    template = next(c for c in json.loads(SAMPLE.read_text(encoding="utf-8"))["claims"] if len(c["line_items"]) >= 2)

    def claim(claim_id: str, *numbers: str) -> dict:
        lines = [dict(template["line_items"][i], documents=[{"kind": "invoice", "number": n, "issuer": "Công ty A"}])
                 for i, n in enumerate(numbers)]
        return {**template, "claim_id": claim_id, "line_items": lines}

    claims = [claim("X", "HD-1"), claim("P", "HD-0"), claim("Q", "HD-00"),
              claim("Y", "HD-1"), claim("Z", "HD-2"), claim("W", "HD-1", "HD-2")]
    source = _jsonl(tmp_path / "b.jsonl", claims)
    one, two = io.StringIO(), io.StringIO()
    vet_to_json(Vetter(BOOK), stream([source]), one)
    parallel.vet_parallel(BOOK, [source], DocumentWriter(two, BOOK), 2)
    assert two.getvalue() == one.getvalue()
    w = json.loads(one.getvalue())["claims"][-1]
    repeats = [f["message"] for line in w["lines"] for f in line["findings"] if f["reason"] == "duplicate"]
    assert any("hồ sơ X" in m for m in repeats) and any("hồ sơ Z" in m for m in repeats), repeats


def test_jobs_report_bad_input_as_one_job(tmp_path, sample_data, monkeypatch):
    monkeypatch.setattr(parallel, "CHUNK", 4)
    claims = [dict(c, claim_id=f"HS-{i}") for i, c in enumerate(sample_data)] + [dict(sample_data[0], claim_id="HS-3")]
    claims[20] = dict(claims[20], fiscal_year="2022")
    source = _jsonl(tmp_path / "b.jsonl", claims)
    with pytest.raises(InputError) as one:
        list(stream([source]))
    with pytest.raises(InputError) as jobs:
        parallel.vet_parallel(BOOK, [source], DocumentWriter(io.StringIO(), BOOK), 2)
    assert message(jobs) == message(one)


def test_jobs_from_the_command_line(tmp_path):
    out1, out2 = tmp_path / "1.json", tmp_path / "2.json"
    assert runner.invoke(app, ["vet", str(SAMPLE), "-f", "json", "-o", str(out1)]).exit_code == 0
    assert runner.invoke(app, ["vet", str(SAMPLE), "-f", "json", "-o", str(out2), "--jobs", "2"]).exit_code == 0
    assert out1.read_bytes() == out2.read_bytes()
    tables = [runner.invoke(app, ["vet", str(SAMPLE), "--jobs", jobs, "--lang", "en"]) for jobs in ("1", "2")]
    assert tables[0].exit_code == tables[1].exit_code == 0 and tables[0].output == tables[1].output
