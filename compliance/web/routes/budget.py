"""The budget page: each envelope of the rulebook's budgets against what was approved, with charts,
by unit and sub-project and by month (cumulative); and its Excel download."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, Response

from ...store import User
from ...reports.budget import write_xlsx
from ...store.budget import budget_view
from ..auth import need
from ..charts import timeline, usage
from ..params import BadParameter
from ..render import page
from ..state import Web, get_web

router = APIRouter(include_in_schema=False)
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

Reader = Annotated[User, Depends(need("read"))]
WebDep = Annotated[Web, Depends(get_web)]


def _year(year: str) -> int | None:
    """The fiscal year asked for ("" → every year); a year without envelopes shows that it has none."""
    if not year:
        return None
    if not re.fullmatch("[0-9]{4}", year):  # ASCII digits only: not "²", not 10^20
        raise BadParameter(f"tham số 'year' phải là năm ngân sách bốn chữ số (ví dụ 2022), nhận được '{year[:40]}'")
    return int(year)


@router.get("/budget", response_class=HTMLResponse)
def budget_page(request: Request, user: Reader, web: WebDep, year: str = "") -> Response:
    chosen = _year(year)
    view = budget_view(web.store, web.book, chosen)
    years = sorted({env.fiscal_year for budget in web.book.budgets for env in budget.envelopes})
    return page(request, "budget.html", view=view, years=years, year=chosen, usage=usage(view.envelopes),
                timelines={e.id: timeline(e) for e in view.envelopes if e.by_month})


@router.get("/budget.xlsx")
def budget_xlsx(user: Reader, web: WebDep, year: str = "") -> Response:
    chosen = _year(year)
    name = f"du-toan{'-' + str(chosen) if chosen else ''}.xlsx"
    with tempfile.TemporaryDirectory(prefix="compliance-budget-") as folder:
        path = Path(folder) / name
        write_xlsx(budget_view(web.store, web.book, chosen), path)
        content = path.read_bytes()
    return Response(content, media_type=XLSX, headers={"Content-Disposition": f'attachment; filename="{name}"'})
