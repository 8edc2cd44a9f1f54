"""Alembic environment of the learning-feed database."""

from learning_feed.aggregates import models as _aggregate_models  # noqa: F401  (register tables)
from learning_feed.alerts import models as _alert_models  # noqa: F401
from learning_feed.audit import models as _audit_models  # noqa: F401
from learning_feed.db import Base
from learning_feed.deliveries import models as _delivery_models  # noqa: F401
from learning_feed.incidents import models as _incident_models  # noqa: F401
from learning_feed.organisations import models as _organisation_models  # noqa: F401
from learning_feed.subscriptions import models as _subscription_models  # noqa: F401
from shared.database import run_alembic_environment

run_alembic_environment(Base.metadata)
