"""The platform token verifier: keys by kid, issuer, audience, expiry, claims."""

from __future__ import annotations

import datetime as dt

import jwt
import pytest

from shared.auth.tokens import (
    TokenError,
    TokenVerifier,
    generate_signing_key,
    issue_token,
    jwks_of,
)

ISSUER, AUDIENCE = "https://auth.test", "psl"


def verifier(*keys):  # type: ignore[no-untyped-def]
    return TokenVerifier(jwks_of(*keys), issuer=ISSUER, audience=AUDIENCE, leeway=0)


def token(key, **overrides):  # type: ignore[no-untyped-def]
    options = {"ods_code": "RC9", "roles": ["reporter"], "issuer": ISSUER, "audience": AUDIENCE}
    return issue_token(key, **{**options, **overrides})


def test_a_token_signed_by_a_published_key_yields_its_organisation_and_roles() -> None:
    key = generate_signing_key()
    principal = verifier(key).verify(token(key, ods_code="rx1", roles=["reporter", "analyst"]))
    assert principal.ods_code == "RX1"
    assert principal.roles == {"reporter", "analyst"}


def test_rotated_keys_both_verify_while_both_are_published() -> None:
    old, new = generate_signing_key("2026-old"), generate_signing_key("2026-new")
    both = verifier(old, new)
    assert both.verify(token(old)).ods_code == both.verify(token(new)).ods_code == "RC9"
    with pytest.raises(TokenError, match="unknown signing key"):
        verifier(new).verify(token(old))


@pytest.mark.parametrize(
    "overrides",
    [{"issuer": "https://evil"}, {"audience": "other"}, {"lifetime": dt.timedelta(seconds=-5)}],
)
def test_wrong_issuer_audience_or_expired_tokens_are_refused(overrides: dict) -> None:
    key = generate_signing_key()
    with pytest.raises(TokenError):
        verifier(key).verify(token(key, **overrides))


def test_a_token_signed_by_another_key_with_a_known_kid_is_refused() -> None:
    trusted, forger = generate_signing_key("k1"), generate_signing_key("k1")
    with pytest.raises(TokenError):
        verifier(trusted).verify(token(forger))


def test_a_token_without_org_claim_is_refused() -> None:
    key = generate_signing_key()
    now = dt.datetime.now(dt.UTC)
    forged = jwt.encode(
        {
            "sub": "x",
            "roles": [],
            "iss": ISSUER,
            "aud": AUDIENCE,
            "iat": now,
            "exp": now + dt.timedelta(minutes=5),
        },
        key.private_pem,
        algorithm="ES256",
        headers={"kid": key.kid},
    )
    with pytest.raises(TokenError):
        verifier(key).verify(forged)
