"""Starting the platform's services as child processes, configured by environment."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

#: The command that runs each service (console scripts of the workspace packages).
SERVICE_COMMANDS: dict[str, list[str]] = {
    "intake": ["intake", "serve"],
    "classifier": ["classifier"],
    "learning-feed": ["learning-feed", "serve"],
}


def script(name: str) -> str:
    """Path of a console script installed next to this interpreter."""
    local = Path(sys.executable).parent / name
    return str(local) if local.exists() else (shutil.which(name) or name)


@dataclass
class ServiceProcess:
    """One running service: its process, port and log file."""

    name: str
    port: int
    env: dict[str, str]
    log_path: Path | None = None
    process: subprocess.Popen[bytes] | None = field(default=None, repr=False)

    @property
    def url(self) -> str:
        """Base URL of the service's HTTP interface."""
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        """Spawn the process (in its own session, so a signal reaches only it)."""
        command = [script(SERVICE_COMMANDS[self.name][0]), *SERVICE_COMMANDS[self.name][1:]]
        out = open(self.log_path, "ab") if self.log_path else subprocess.DEVNULL  # noqa: SIM115
        self.process = subprocess.Popen(
            command,
            env={**os.environ, **self.env, "PORT": str(self.port)},
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def wait_healthy(self, *, timeout: float = 60.0) -> None:
        """Block until GET /healthz answers 200 (raise if the process dies or time runs out)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process is not None and self.process.poll() is not None:
                raise RuntimeError(f"{self.name} exited with {self.process.returncode}")
            try:
                with urllib.request.urlopen(f"{self.url}/healthz", timeout=1) as response:
                    if response.status == 200:
                        return
            except OSError:
                time.sleep(0.1)
        raise TimeoutError(f"{self.name} not healthy after {timeout}s")

    def stop(self, *, timeout: float = 15.0) -> None:
        """SIGTERM (graceful: flush, commit, leave the group), SIGKILL if it lingers."""
        self.signal(signal.SIGTERM)
        if self.process is not None:
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.signal(signal.SIGKILL)
                self.process.wait()
        self.process = None

    def kill(self) -> None:
        """SIGKILL, as a crash would."""
        self.signal(signal.SIGKILL)
        if self.process is not None:
            self.process.wait()
        self.process = None

    def signal(self, signum: int) -> None:
        """Send `signum` to the service's process group, if it runs."""
        if self.process is not None and self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signum)
