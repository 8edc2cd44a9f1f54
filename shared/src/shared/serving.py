"""Serving a service's FastAPI app with uvicorn, and stopping it from inside."""

from __future__ import annotations

import os
import signal
from collections.abc import Callable

import uvicorn
from fastapi import FastAPI

from shared.messaging.consumer import EXIT_LOOP_FAILED, LOOP_FAILED


def serve(app: FastAPI, *, host: str, port: int) -> int:
    """Run until stopped; returns the process exit code (EXIT_LOOP_FAILED if a loop died)."""
    server = uvicorn.Server(
        uvicorn.Config(
            app,
            host=host,
            port=port,
            log_config=None,
            access_log=False,
            timeout_graceful_shutdown=10,
        )
    )
    app.state.request_shutdown = lambda: setattr(server, "should_exit", True)
    server.run()
    return EXIT_LOOP_FAILED if LOOP_FAILED.is_set() else 0


def shutdown_requester(app: FastAPI) -> Callable[[], None]:
    """How a background task asks the service to stop (graceful under `serve`)."""
    return lambda: (getattr(app.state, "request_shutdown", None) or _terminate_process)()


def _terminate_process() -> None:
    os.kill(os.getpid(), signal.SIGTERM)
