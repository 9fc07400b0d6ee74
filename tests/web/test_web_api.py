"""`POST /api/vet`: authentication, the decision document, Vietnamese problems; the OpenAPI description."""

from __future__ import annotations

import json

import pytest

from compliance.readers import read
from compliance.rulebook import load
from compliance.store import list_batches, trail_entries
from compliance.vetting.vetter import Vetter
from webtest import PASSWORD, SAMPLE_JSON, login

JSON = {"Content-Type": "application/json"}


@pytest.fixture(scope="module")
def expected() -> dict:
    return Vetter(load(), "reference").document(read(SAMPLE_JSON)).model_dump(mode="json")


def test_anonymous_calls_are_refused(client):
    response = client.post("/api/vet", content=SAMPLE_JSON.read_bytes(), headers=JSON)
    assert response.status_code == 401
    assert response.headers["www-authenticate"].startswith("Basic")
    assert "cần xác thực" in response.json()["error"]


def test_basic_auth_vets_a_batch_and_stores_nothing(client, store, expected):
    response = client.post("/api/vet", content=SAMPLE_JSON.read_bytes(), headers=JSON, auth=("minh", PASSWORD))
    assert response.status_code == 200
    assert response.json() == expected
    assert list_batches(store) == []
    entry = trail_entries(store, 1)[0]
    assert (entry.action, entry.actor, entry.details) == ("login", "minh", {"channel": "api", "address": "testclient"})


def test_wrong_basic_credentials_are_refused_and_written_down(client, store):
    response = client.post("/api/vet", content=b"{}", headers=JSON, auth=("minh", "sai-mat-khau"))
    assert response.status_code == 401
    assert trail_entries(store, 1)[0].action == "login.failed"


def test_a_browser_session_may_call_it_with_one_claim(client, expected):
    login(client, "lan")
    claims = json.loads(SAMPLE_JSON.read_text())
    one = (claims["claims"] if isinstance(claims, dict) else claims)[4]
    response = client.post("/api/vet", json=one)
    assert response.status_code == 200
    body = response.json()
    assert [c["claim_id"] for c in body["claims"]] == [one["claim_id"]]
    assert body["rulebook"] == expected["rulebook"]


def test_bad_input_gets_400_with_vietnamese_problems(client):
    claims = json.loads(SAMPLE_JSON.read_text())
    claims = claims["claims"] if isinstance(claims, dict) else claims
    claims[0]["line_items"][0]["unit_price"] = "nhiều"
    del claims[3]["subproject"]
    response = client.post("/api/vet", json={"claims": claims[:5]}, auth=("minh", PASSWORD))
    assert response.status_code == 400
    body = response.json()
    assert body["error"] == "dữ liệu đầu vào không hợp lệ, không có kết quả"
    found = {(p["claim_id"], p["field"]) for p in body["problems"]}
    assert (claims[0]["claim_id"], "line_items[1].unit_price (đơn giá)") in found
    assert (claims[3]["claim_id"], "subproject (tiểu dự án)") in found
    assert all(p["text"].startswith("tệp yêu cầu, hồ sơ") for p in body["problems"])

    broken = client.post("/api/vet", content=b'{"claims": [', headers=JSON, auth=("minh", PASSWORD))
    assert broken.status_code == 400 and "JSON không hợp lệ" in broken.json()["problems"][0]["message"]
    wrong_shape = client.post("/api/vet", json=7, auth=("minh", PASSWORD))
    assert wrong_shape.status_code == 400 and "một hồ sơ, một danh sách" in wrong_shape.json()["problems"][0]["message"]


def test_only_json_is_accepted(client):
    """A cross-site form cannot send application/json: the session cookie cannot be abused from another site."""
    login(client, "lan")
    response = client.post("/api/vet", content=SAMPLE_JSON.read_bytes(), headers={"Content-Type": "text/plain"})
    assert response.status_code == 415 and "application/json" in response.json()["error"]


def test_the_openapi_description_is_served_without_a_cdn(client):
    spec = client.get("/openapi.json").json()
    operation = spec["paths"]["/api/vet"]["post"]
    body = operation["requestBody"]["content"]["application/json"]["schema"]
    assert body == {"$ref": "#/components/schemas/ClaimBatch"}
    assert {"ClaimBatch", "Claim", "LineItem", "DecisionDocument", "Finding"} <= set(spec["components"]["schemas"])
    assert set(operation["responses"]) >= {"200", "400", "401", "413", "415"}
    assert [p for p in spec["paths"] if not p.startswith("/api/")] == []  # the pages are not an API
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/openapi.json" in docs.text and "POST /api/vet" in docs.text
    assert "<script" not in docs.text and "cdn" not in docs.text.lower()
