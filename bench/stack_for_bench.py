"""Starting a throwaway embedded stack for a benchmark run."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from devstack.stack import Stack, StackPorts
from shared.auth.keystore import ensure_local_keys
from shared.auth.tokens import issue_token
from shared.settings import AuthSettings


def bench_stack(partitions: int = 6) -> Stack:
    """A stack on free ports in a temporary folder (infrastructure started, services not)."""
    ports = StackPorts.free()
    state = Path(tempfile.mkdtemp(prefix="psl-bench-"))
    stack = Stack(state, ports=ports, topic_partitions=partitions, durable=False)
    stack.start_infrastructure()
    return stack


def token(stack: Stack, ods_code: str, *roles: str) -> str:
    """A token the stack's services accept."""
    key, _ = ensure_local_keys(stack.state_dir / "auth")
    settings = AuthSettings()
    return issue_token(
        key,
        ods_code=ods_code,
        roles=list(roles),
        issuer=settings.auth_issuer,
        audience=settings.auth_audience,
        lifetime=dt.timedelta(hours=2),
    )
