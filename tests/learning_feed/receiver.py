"""A real HTTP webhook receiver for tests: records every request, answers as scripted."""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass(frozen=True)
class Received:
    """One request the receiver got."""

    headers: dict[str, str]
    body: bytes
    at: float


class Receiver:
    """Listens on 127.0.0.1 (a free port, or the given one) until stopped."""

    def __init__(self, port: int = 0) -> None:
        self.received: list[Received] = []
        self.answers: deque[tuple[int, dict[str, str]]] = deque()
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", port), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def port(self) -> int:
        """The port it listens on."""
        return int(self._server.server_address[1])

    @property
    def url(self) -> str:
        """Where webhooks should go."""
        return f"http://127.0.0.1:{self.port}/webhooks/psl"

    def answer(self, status: int, headers: dict[str, str] | None = None, *, times: int = 1) -> None:
        """Answer the next `times` requests with `status` (then 200 again)."""
        self.answers.extend([(status, headers or {})] * times)

    def start(self) -> Receiver:
        """Serve in a background thread."""
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and close the socket."""
        self._server.shutdown()
        self._server.server_close()

    def wait_for(
        self, condition: Callable[[list[Received]], bool], *, timeout: float
    ) -> list[Received]:
        """Block until `condition(received)` holds (or the timeout passes); returns them."""
        deadline = time.monotonic() + timeout
        while True:
            with self._lock:
                received = list(self.received)
            if condition(received) or time.monotonic() > deadline:
                return received
            time.sleep(0.02)

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("content-length", 0)))
                with receiver._lock:
                    receiver.received.append(
                        Received(
                            {k.lower(): v for k, v in self.headers.items()}, body, time.monotonic()
                        )
                    )
                    status, headers = receiver.answers.popleft() if receiver.answers else (200, {})
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("content-length", "2")
                self.end_headers()
                self.wfile.write(b"ok")

            def log_message(self, *args: object) -> None:
                """Quiet."""

        return Handler
