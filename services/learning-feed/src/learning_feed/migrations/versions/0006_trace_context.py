"""trace context: the W3C traceparent an alert was raised in, and its deliveries continue

An alert keeps the traceparent of the ingest span that raised it (never event: the
triggering incident's trace; thematic signal: the trace of the incident whose arrival
raised it); each delivery keeps the one its webhook attempts continue (a new span id per
attempt, same trace id). Rows from before this revision have none: their attempts start
a fresh trace.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23 18:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

#: `00-<32 hex trace id>-<16 hex span id>-<2 hex flags>`.
TRACEPARENT_LENGTH = 55


def upgrade() -> None:
    for table in ("alerts", "deliveries"):
        op.add_column(
            table, sa.Column("traceparent", sa.String(length=TRACEPARENT_LENGTH), nullable=True)
        )


def downgrade() -> None:
    for table in ("deliveries", "alerts"):
        op.drop_column(table, "traceparent")
