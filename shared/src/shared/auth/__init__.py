"""Platform bearer tokens: one verifier every service uses, roles shared platform-wide."""

from shared.auth.tokens import Principal, Role, TokenError, TokenVerifier

__all__ = ["Principal", "Role", "TokenError", "TokenVerifier"]
