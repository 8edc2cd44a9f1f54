"""Liveness and readiness."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

router = APIRouter(tags=["health"])


@router.get("/healthz", summary="The process is alive")
async def healthz() -> dict[str, str]:
    """Always 200 while the process serves requests."""
    return {"status": "ok"}


@router.get("/readyz", summary="The broker and the ledger database are reachable")
async def readyz(request: Request) -> JSONResponse:
    """200 when the producer can reach the broker and the ledger answers, 503 otherwise."""
    broker = await request.app.state.broker_probe()
    database = await request.app.state.ledger_probe()
    ready = broker and database
    return JSONResponse(
        {"status": "ready" if ready else "unavailable", "broker": broker, "database": database},
        status_code=200 if ready else 503,
    )
