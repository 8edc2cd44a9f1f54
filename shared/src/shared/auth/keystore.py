"""A local key store (a folder holding a signing key and its JWKS) for `make run` and tests."""

from __future__ import annotations

import json
from pathlib import Path

from shared.auth.tokens import SigningKey, generate_signing_key, jwks_of

SIGNING_KEY_FILE = "signing-key.pem"
KID_FILE = "signing-key.kid"
JWKS_FILE = "jwks.json"


def ensure_local_keys(folder: Path) -> tuple[SigningKey, Path]:
    """Load the folder's signing key, creating key and JWKS on first use."""
    folder.mkdir(parents=True, exist_ok=True)
    pem_path, kid_path, jwks_path = folder / SIGNING_KEY_FILE, folder / KID_FILE, folder / JWKS_FILE
    if pem_path.exists() and kid_path.exists():
        key = SigningKey(kid=kid_path.read_text().strip(), private_pem=pem_path.read_bytes())
    else:
        key = generate_signing_key()
        pem_path.write_bytes(key.private_pem)
        pem_path.chmod(0o600)
        kid_path.write_text(key.kid)
    if not jwks_path.exists():
        jwks_path.write_text(json.dumps(jwks_of(key), indent=2))
    return key, jwks_path
