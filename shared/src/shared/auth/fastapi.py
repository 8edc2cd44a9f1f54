"""FastAPI dependencies that authenticate the caller and check its role.

They are `async def` on purpose: FastAPI runs plain `def` dependencies in a thread pool,
and the thread hop costs more than verifying the (cached) token.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from shared.auth.tokens import Principal, Role, TokenError, TokenVerifier
from shared.problems import ProblemError

_bearer = HTTPBearer(auto_error=False, description="Platform JWT (ES256), `org` and `roles` claims")


def _verifier(request: Request) -> TokenVerifier:
    return request.app.state.token_verifier  # type: ignore[no-any-return]


async def authenticated(
    request: Request, credentials: HTTPAuthorizationCredentials | None = Depends(_bearer)
) -> Principal:
    """The verified caller; 401 without a valid bearer token."""
    if credentials is None:
        raise ProblemError(
            401,
            "Unauthorized",
            "A bearer token is required.",
            headers={"WWW-Authenticate": "Bearer"},
        )
    try:
        return _verifier(request).verify(credentials.credentials)
    except TokenError as error:
        raise ProblemError(
            401,
            "Unauthorized",
            f"Invalid token: {error}",
            headers={"WWW-Authenticate": 'Bearer error="invalid_token"'},
        ) from error


def require_role(role: Role) -> Callable[..., Awaitable[Principal]]:
    """A dependency admitting only callers that hold `role` (403 otherwise)."""

    async def dependency(principal: Principal = Depends(authenticated)) -> Principal:
        if not principal.has_role(role):
            raise ProblemError(403, "Forbidden", f"This needs the '{role.value}' role.")
        return principal

    return dependency
