"""Aggregate counts for analysts: tables, time series and CSV."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel

from learning_feed.aggregates import render, service
from learning_feed.aggregates.query import AggregateQuery, Answer, Dimension
from learning_feed.aggregates.schemas import (
    AggregateParams,
    AggregateRead,
    SeriesParams,
    SeriesRead,
)
from shared.auth import Principal, Role
from shared.auth.fastapi import require_role
from shared.problems import FieldError, Problem, ProblemError

router = APIRouter(prefix="/v1", tags=["aggregates"])

CSV = "text/csv"
RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {
        "content": {CSV: {"schema": {"type": "string"}}},
        "description": "JSON, or CSV on request",
    },
    401: {"model": Problem, "description": "No valid bearer token"},
    403: {"model": Problem, "description": "Analysts only"},
    422: {"model": Problem, "description": "Invalid parameters, or too many cells"},
}
DISCLOSURE_NOTE = (
    " National-level answers (no trust, ICB or region grouping or filter) are exact. Below "
    "national level every cell and the total are protected independently: counts of 7 or "
    "fewer, zero included, are suppressed (`count` null, `suppressed` true, `*` in CSV) and "
    "the others rounded to a multiple of 5, up or down at random (unbiased; the same "
    "incidents always round the same way). Dates are widened to whole months, or to whole "
    "ISO weeks when grouping by week. Send `Accept: text/csv` for CSV."
)


def _json(model: BaseModel) -> Response:
    """Serialise once (the model is already valid; large tables skip re-validation)."""
    return Response(model.model_dump_json(by_alias=True), media_type="application/json")


def wants_csv(request: Request) -> bool:
    """Whether the client asked for CSV."""
    return CSV in request.headers.get("accept", "").lower()


async def _answer(request: Request, query: AggregateQuery) -> Answer:
    settings = request.app.state.settings
    try:
        async with request.app.state.sessions() as session:
            return await service.answer(
                session,
                query=query,
                policy=request.app.state.disclosure,
                max_cells=settings.aggregates_max_cells,
            )
    except service.TooManyCells as error:
        raise ProblemError(
            422,
            "Too many cells",
            f"{error}; group by fewer dimensions or filter more.",
            errors=[FieldError(pointer="/query/group_by", detail=str(error))],
        ) from error


@router.get(
    "/aggregates",
    response_model=AggregateRead,
    response_model_by_alias=True,
    responses=RESPONSES,
    summary="Incident counts grouped by any dimensions",
    description="Counts of patient safety incidents (by date of occurrence)." + DISCLOSURE_NOTE,
)
async def aggregates(
    request: Request,
    params: Annotated[AggregateParams, Query()],
    _: Annotated[Principal, Depends(require_role(Role.ANALYST))],
) -> Response:
    """A complete table of counts for the grouping, filters and date range."""
    settings = request.app.state.settings
    query = params.to_query(today=dt.date.today(), default_days=settings.aggregates_default_days)
    answer = await _answer(request, query)
    if wants_csv(request):
        return Response(render.csv_text(answer), media_type=CSV)
    return _json(render.table(answer, request.app.state.disclosure))


@router.get(
    "/aggregates/series",
    response_model=SeriesRead,
    response_model_by_alias=True,
    responses=RESPONSES,
    summary="Incident counts per week or month, one series per group",
    description="The time-series form of /v1/aggregates." + DISCLOSURE_NOTE,
)
async def aggregate_series(
    request: Request,
    params: Annotated[SeriesParams, Query()],
    _: Annotated[Principal, Depends(require_role(Role.ANALYST))],
) -> Response:
    """Every period of the range for every group."""
    settings = request.app.state.settings
    query = params.to_query(
        today=dt.date.today(),
        default_days=settings.aggregates_default_days,
        extra_group=Dimension(params.interval),
    )
    answer = await _answer(request, query)
    if wants_csv(request):
        return Response(render.csv_text(answer), media_type=CSV)
    return _json(render.series(answer, request.app.state.disclosure))
