"""`make run`: the whole platform on this machine until Ctrl-C.

Ports come from INTAKE_PORT, CLASSIFIER_PORT, LEARNING_FEED_PORT, BROKER_PORT and
POSTGRES_PORT (defaults 8001, 8002, 8003, 19092, 15432); state lives in `.local/`.
"""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

from devstack.stack import Stack, StackPorts


def ports_from_environment() -> StackPorts:
    """Default ports, each overridable by its environment variable."""
    defaults = StackPorts()
    return StackPorts(
        intake=int(os.environ.get("INTAKE_PORT", defaults.intake)),
        classifier=int(os.environ.get("CLASSIFIER_PORT", defaults.classifier)),
        learning_feed=int(os.environ.get("LEARNING_FEED_PORT", defaults.learning_feed)),
        broker=int(os.environ.get("BROKER_PORT", defaults.broker)),
        postgres=int(os.environ.get("POSTGRES_PORT", defaults.postgres)),
    )


def main() -> None:
    """Start everything, print where it is, and stop everything on Ctrl-C / SIGTERM."""
    stack = Stack(Path(os.environ.get("PSL_STATE_DIR", ".local")), ports=ports_from_environment())
    stopping = False

    def request_stop(signum: int, _frame: object) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGINT, request_stop)
    signal.signal(signal.SIGTERM, request_stop)
    try:
        stack.start_infrastructure()
        stack.start_services()
        _print_banner(stack)
        while not stopping:
            for service in stack.services.values():
                if service.process is not None and service.process.poll() is not None:
                    print(
                        f"{service.name} exited ({service.process.returncode}); restarting",
                        file=sys.stderr,
                    )
                    service.start()
            time.sleep(0.5)
    finally:
        print("\nstopping the platform...", flush=True)
        stack.stop()
        print("stopped.", flush=True)


def _print_banner(stack: Stack) -> None:
    intake, feed = stack.service("intake"), stack.service("learning-feed")
    print(
        f"""
Patient safety learning platform is running (Ctrl-C stops everything)
  intake          {intake.url}      docs: {intake.url}/docs
  classifier      {stack.service("classifier").url}      health and metrics only
  learning-feed   {feed.url}      docs: {feed.url}/docs
  broker          {stack.broker.bootstrap_servers} (tansu, in-memory)
  postgresql      127.0.0.1:{stack.postgres.port} (data in {stack.postgres.data_dir})
  logs            {stack.state_dir / "logs"}
Get a token:      make token ORG=RC9 ROLE=reporter
""",
        flush=True,
    )


if __name__ == "__main__":
    main()
