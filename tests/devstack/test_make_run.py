"""`make run`'s launcher: everything starts, data survives a restart, Ctrl-C leaves nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import psutil
import pytest

from devstack.ports import free_port
from devstack.postgres import EmbeddedPostgres

pytestmark = pytest.mark.integration


PORT_VARIABLES = (
    "INTAKE_PORT",
    "CLASSIFIER_PORT",
    "LEARNING_FEED_PORT",
    "BROKER_PORT",
    "POSTGRES_PORT",
)


def postgres_of(state: Path) -> list[psutil.Process]:
    """The PostgreSQL server processes whose data directory is under `state`."""
    found = []
    for process in psutil.process_iter(["name", "cmdline"]):
        cmdline = " ".join(process.info["cmdline"] or [])
        if process.info["name"] == "postgres" and str(state) in cmdline:
            found.append(process)
    return found


def test_postgres_data_survives_a_restart(tmp_path: Path) -> None:
    server = EmbeddedPostgres(tmp_path / "pg", free_port(), durable=True)
    server.start()
    try:
        server.create_database("keep")
        server.query("keep", "CREATE TABLE kept (note text)")
        server.query("keep", "INSERT INTO kept VALUES ('still here')")
    finally:
        server.stop()
    server.start()
    try:
        assert server.query("keep", "SELECT note FROM kept") == "still here"
    finally:
        server.stop()


def test_the_launcher_starts_the_platform_and_ctrl_c_stops_every_process(tmp_path: Path) -> None:
    ports = {name: str(free_port()) for name in PORT_VARIABLES}
    state = tmp_path / "state"
    launcher = subprocess.Popen(
        [str(Path(sys.executable).parent / "psl-devstack")],
        env={**os.environ, **ports, "PSL_STATE_DIR": str(state)},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        assert launcher.stdout is not None
        deadline = time.monotonic() + 120
        for line in launcher.stdout:
            if "is running" in line:
                break
            assert time.monotonic() < deadline and launcher.poll() is None, "launcher did not start"
        # pg_ctl daemonises PostgreSQL, so it is found by its data directory, not by parentage.
        started = psutil.Process(launcher.pid).children(recursive=True) + postgres_of(state)
        names = " ".join(" ".join(p.cmdline()) for p in started)
        for expected in ("tansu", "postgres", "intake", "classifier", "learning-feed"):
            assert expected in names
        for port in ("INTAKE_PORT", "CLASSIFIER_PORT", "LEARNING_FEED_PORT"):
            assert httpx.get(f"http://127.0.0.1:{ports[port]}/readyz").status_code == 200

        launcher.send_signal(signal.SIGINT)
        assert launcher.wait(timeout=60) == 0
        _, alive = psutil.wait_procs(started, timeout=10)
        assert not alive, f"left behind: {[p.pid for p in alive]}"
    finally:
        if launcher.poll() is None:
            launcher.kill()


def test_postgres_stop_returns_once_the_server_is_gone_and_a_stale_pid_file_is_no_error(
    tmp_path: Path,
) -> None:
    server = EmbeddedPostgres(tmp_path / "pg", free_port(), durable=True)
    server.start()
    try:
        assert server.is_running()
    finally:
        server.stop()
    assert not server.is_running() and not postgres_of(tmp_path)
    # a server killed without cleaning up leaves its pid file behind
    pid_file = tmp_path / "pg" / "postmaster.pid"
    pid_file.write_text(f"4194303\n{tmp_path / 'pg'}\n")
    server.stop()
    assert not server.is_running()
    pid_file.unlink()


def test_postgres_stop_finishes_a_failed_fast_stop_with_an_immediate_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    server = EmbeddedPostgres(tmp_path / "pg", free_port(), durable=True)
    server.start()
    pg_ctl_stop = server._pg_ctl_stop
    modes: list[str] = []

    def fast_stop_times_out(mode: str) -> int:
        modes.append(mode)
        return 1 if mode == "fast" else pg_ctl_stop(mode)

    monkeypatch.setattr(server, "_pg_ctl_stop", fast_stop_times_out)
    try:
        server.stop()
    finally:
        if server.is_running():
            pg_ctl_stop("immediate")
    assert modes == ["fast", "immediate"]
    assert not server.is_running() and not postgres_of(tmp_path)
