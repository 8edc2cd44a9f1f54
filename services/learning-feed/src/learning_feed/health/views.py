"""Liveness and readiness."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from sqlalchemy import text

router = APIRouter(tags=["health"])


@router.get("/healthz", summary="The process is alive")
async def healthz() -> dict[str, str]:
    """Always 200 while the process serves requests."""
    return {"status": "ok"}


@router.get("/readyz", summary="Database and broker reachable")
async def readyz(request: Request) -> JSONResponse:
    """200 when the database answers and the consumer (if this replica runs one) is polling."""
    try:
        async with request.app.state.engine.connect() as connection:
            await connection.execute(text("SELECT 1"))
        database = True
    except Exception:
        database = False
    loop = request.app.state.consumer
    consumer = bool(loop.healthy) if loop is not None else "disabled"
    ready = database and consumer is not False
    return JSONResponse(
        {"status": "ready" if ready else "unavailable", "database": database, "consumer": consumer},
        status_code=200 if ready else 503,
    )
