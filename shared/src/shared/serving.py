"""Serving a service's FastAPI app with uvicorn, and stopping it from inside."""

from __future__ import annotations

import argparse
import os
import signal
import sys
from collections.abc import Callable
from typing import Protocol, TypeVar

import uvicorn
from fastapi import FastAPI

from shared.messaging.consumer import EXIT_LOOP_FAILED, LOOP_FAILED
from shared.observability import configure_logging


class ServiceSettings(Protocol):
    """What `run_service` reads from a service's settings."""

    host: str
    port: int
    log_level: str
    log_json: bool
    database_url: str


SettingsT = TypeVar("SettingsT", bound=ServiceSettings)


def run_service(
    argv: list[str] | None,
    *,
    name: str,
    settings: SettingsT,
    create_app: Callable[[SettingsT], FastAPI],
    migrate: Callable[[str], None],
) -> None:
    """The command line of a service that owns a database: `<name> migrate` upgrades its
    schema, `<name> serve` (the default) serves until stopped, exiting with `serve`'s code."""
    parser = argparse.ArgumentParser(prog=name)
    parser.add_argument("command", nargs="?", choices=["serve", "migrate"], default="serve")
    command = parser.parse_args(argv).command
    configure_logging(name, level=settings.log_level, json_logs=settings.log_json)
    if command == "migrate":
        migrate(settings.database_url)
        return
    sys.exit(serve(create_app(settings), host=settings.host, port=settings.port))


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
