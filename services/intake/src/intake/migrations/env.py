"""Alembic environment of the intake's ledger database."""

from intake.db import Base
from intake.ledger import models as _ledger_models  # noqa: F401  (register tables)
from shared.database import run_alembic_environment

run_alembic_environment(Base.metadata)
