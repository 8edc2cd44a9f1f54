"""audit_log: who read which record-level data, and when

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 15:00:03
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_log",
        sa.Column("audit_id", sa.BigInteger(), sa.Identity(always=True), nullable=False),
        sa.Column(
            "at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("ods_code", sa.String(length=8), nullable=False),
        sa.Column("roles", postgresql.ARRAY(sa.String(length=32)), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("resource_type", sa.String(length=16), nullable=False),
        sa.Column("resource_id", sa.String(length=64), nullable=False),
        sa.Column("incident_id", sa.UUID(), nullable=True),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("trace_id", sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint("audit_id", name=op.f("pk_audit_log")),
    )
    op.create_index(op.f("ix_audit_log_incident_id"), "audit_log", ["incident_id"])
    op.create_index(op.f("ix_audit_log_ods_code"), "audit_log", ["ods_code"])


def downgrade() -> None:
    op.drop_index(op.f("ix_audit_log_ods_code"), table_name="audit_log")
    op.drop_index(op.f("ix_audit_log_incident_id"), table_name="audit_log")
    op.drop_table("audit_log")
