"""`POST /api/vet`: a claim or a batch (the contract's JSON) in, the decision document out. Stores nothing.

Authentication is required (a login is an action on the trail; anonymous vetting would let anyone
on the network spend the server's CPU): either the browser's session cookie, or HTTP Basic with a
user's name and password (each call is then a login written to the trail, channel "api"). Any
role may call it. The body must be `application/json`: no cross-site form can send that, so the
session cookie cannot be abused from another site.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Sequence
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, ConfigDict, Field, TypeAdapter
from starlette.concurrency import run_in_threadpool

from ...models import Claim, DecisionDocument
from ...readers import InputError
from ...readers.errors import Problem
from ...readers.json_reader import loads, unreadable
from ...readers.stream import validate_claims
from ...store import AuthError, User, authenticate, require
from ...vetting.document import document_json
from ..auth import LoginRequired, client_address, session_user
from ..state import Web, get_web
from .session import MAX_USER_NAME

router = APIRouter(prefix="/api", tags=["thẩm định"])
SOURCE = "yêu cầu"  # what problems name instead of a file


class ClaimsEnvelope(BaseModel):
    model_config = ConfigDict(extra="forbid")
    claims: list[Claim]


ClaimBatch = TypeAdapter(Claim | list[Claim] | ClaimsEnvelope)


class ProblemOut(BaseModel):
    message: str = Field(description="Lỗi (tiếng Việt)")
    claim_id: str | None = None
    row: int | None = Field(None, description="Dòng của JSON, khi JSON không đọc được")
    field: str | None = Field(None, description="Trường, ví dụ line_items[2].unit_price (đơn giá)")
    text: str = Field(description="Cả câu: nơi lỗi và lỗi")


class VetError(BaseModel):
    error: str
    problems: list[ProblemOut] = []


def _problem(p: Problem) -> dict:
    return {"message": p.message, "claim_id": p.claim_id, "row": p.row, "field": p.field, "text": p.render(SOURCE)}


def bad_request(message: str, problems: Sequence[Problem] = (), status: int = 400) -> JSONResponse:
    return JSONResponse({"error": message, "problems": [_problem(p) for p in problems]}, status_code=status)


def api_user(request: Request, web: Annotated[Web, Depends(get_web)]) -> User:
    """The session's user, else HTTP Basic credentials (checked, and written to the trail)."""
    user = session_user(request)
    if user is None:
        scheme, _, credentials = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "basic" or not credentials:
            raise LoginRequired()
        try:
            name, _, password = base64.b64decode(credentials, validate=True).decode().partition(":")
        except (binascii.Error, UnicodeDecodeError):
            raise LoginRequired() from None
        if len(name) > MAX_USER_NAME or "\x00" in name:  # no user has it; the database would refuse it
            raise LoginRequired()
        try:
            user = authenticate(web.store, name, password, channel="api", address=client_address(request))
        except AuthError:
            raise LoginRequired() from None
    require(user, "upload")
    return user


def _claims_of(data: Any) -> list:
    """The JSON reader's shapes: one claim, a list of claims, or {"claims": [...]}."""
    if isinstance(data, dict) and set(data) == {"claims"}:
        data = data["claims"]
    elif isinstance(data, dict):
        data = [data]
    if not isinstance(data, list):
        raise InputError(SOURCE, [Problem('phải gửi một hồ sơ, một danh sách hồ sơ hoặc {"claims": [...]}')])
    return data


@router.post(
    "/vet", summary="Thẩm định một hồ sơ hoặc một lô (không lưu)",
    response_model=DecisionDocument,
    response_description="Tài liệu kết luận (DecisionDocument): mỗi hồ sơ, mỗi khoản chi được duyệt hoặc gắn cờ",
    responses={400: {"model": VetError, "description": "Dữ liệu không hợp lệ: từng lỗi, tiếng Việt"},
               401: {"model": VetError, "description": "Cần xác thực (cookie phiên hoặc HTTP Basic)"},
               403: {"model": VetError, "description": "Vai trò không được phép"},
               413: {"model": VetError, "description": "Dữ liệu quá lớn"},
               415: {"model": VetError, "description": "Không phải application/json"}},
    openapi_extra={"requestBody": {"required": True, "content": {"application/json": {
        "schema": {"$ref": "#/components/schemas/ClaimBatch"}}}}},
)
async def vet(request: Request, user: Annotated[User, Depends(api_user)],
              web: Annotated[Web, Depends(get_web)]) -> Response:
    """Nhận định dạng hồ sơ của hợp đồng dữ liệu (một hồ sơ, danh sách hồ sơ, hoặc `{"claims": [...]}`),
    trả về tài liệu kết luận (`DecisionDocument`): mỗi hồ sơ, mỗi khoản chi được duyệt hoặc gắn cờ, kèm lý do,
    điều khoản căn cứ và nguồn mức chi. Không lưu gì vào cơ sở dữ liệu."""
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind != "application/json":
        return bad_request("nội dung phải là JSON (Content-Type: application/json)", status=415)
    body = await request.body()
    try:
        text = body.decode("utf-8-sig")
    except UnicodeDecodeError:
        return bad_request("dữ liệu không phải văn bản UTF-8", [Problem("dữ liệu không phải văn bản UTF-8")])
    try:
        data = loads(text)  # as files are read: no duplicate key, no NaN, no nesting thousands deep
    except json.JSONDecodeError as exc:
        problem = Problem(f"JSON không hợp lệ ở dòng {exc.lineno}, cột {exc.colno}: {exc.msg}", row=exc.lineno)
        return bad_request("dữ liệu đầu vào không hợp lệ, không có kết quả", [problem])
    except (ValueError, RecursionError) as exc:
        return bad_request("dữ liệu đầu vào không hợp lệ, không có kết quả", [Problem(unreadable(exc))])
    try:
        claims = validate_claims(SOURCE, _claims_of(data))
    except InputError as exc:
        return bad_request("dữ liệu đầu vào không hợp lệ, không có kết quả", exc.problems)
    doc = await run_in_threadpool(web.vet, claims)
    # as `compliance vet --format json` writes it: pydantic's serializer, not json.dumps of a dump (~3x slower)
    return Response(document_json(doc), media_type="application/json")


def claim_batch_schema() -> tuple[dict, dict]:
    """The request body's JSON Schema and the definitions it refers to (for the OpenAPI components)."""
    schema = ClaimBatch.json_schema(ref_template="#/components/schemas/{model}")
    definitions = schema.pop("$defs", {})
    schema["title"] = "ClaimBatch"
    schema["description"] = 'Một hồ sơ, một danh sách hồ sơ, hoặc {"claims": [...]}'
    return schema, definitions

