"""`psl-token`: issue a platform token for local use and tests (prints it on the last line)."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from shared.auth.keystore import ensure_local_keys
from shared.auth.tokens import Role, issue_token
from shared.settings import AuthSettings


def main(argv: list[str] | None = None) -> None:
    """Parse arguments and print a signed token."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--org", required=True, help="ODS code of the organisation, e.g. RC9")
    parser.add_argument(
        "--role",
        action="append",
        choices=[r.value for r in Role],
        required=True,
        help="role to grant (repeat for several)",
    )
    parser.add_argument("--keys", type=Path, default=Path(".local/auth"), help="key folder")
    parser.add_argument("--hours", type=float, default=12.0, help="lifetime in hours")
    args = parser.parse_args(argv)
    settings = AuthSettings()
    key, _ = ensure_local_keys(args.keys)
    print(
        issue_token(
            key,
            ods_code=args.org,
            roles=args.role,
            issuer=settings.auth_issuer,
            audience=settings.auth_audience,
            lifetime=dt.timedelta(hours=args.hours),
        )
    )


if __name__ == "__main__":
    main()
