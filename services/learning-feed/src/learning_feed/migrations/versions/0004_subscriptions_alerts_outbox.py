"""subscriptions, alerts, and the outbox of deliveries with every attempt

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 15:00:02
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

NOW = sa.text("now()")


def _subscriptions() -> None:
    op.create_table(
        "subscriptions",
        sa.Column("subscription_id", sa.UUID(), nullable=False),
        sa.Column("ods_code", sa.String(length=8), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("alert_kinds", postgresql.ARRAY(sa.String(length=32)), nullable=False),
        sa.Column("themes", postgresql.ARRAY(sa.String(length=40)), nullable=False),
        sa.Column("never_event_types", postgresql.ARRAY(sa.String(length=4)), nullable=False),
        sa.Column("regions", postgresql.ARRAY(sa.String(length=8)), nullable=False),
        sa.Column("icbs", postgresql.ARRAY(sa.String(length=8)), nullable=False),
        sa.Column("trusts", postgresql.ARRAY(sa.String(length=8)), nullable=False),
        sa.Column("min_harm", sa.String(length=4), nullable=True),
        sa.Column("delivery", sa.String(length=16), nullable=False),
        sa.Column("webhook_url", sa.Text(), nullable=True),
        sa.Column("secret", sa.Text(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("disabled_reason", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=NOW, nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=NOW, nullable=False),
        sa.PrimaryKeyConstraint("subscription_id", name=op.f("pk_subscriptions")),
    )
    op.create_index(op.f("ix_subscriptions_ods_code"), "subscriptions", ["ods_code"])


def _alerts() -> None:
    op.create_table(
        "alerts",
        sa.Column("alert_id", sa.UUID(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("incident_id", sa.UUID(), nullable=True),
        sa.Column("theme", sa.String(length=40), nullable=True),
        sa.Column("region_code", sa.String(length=8), nullable=True),
        sa.Column("week_start", sa.Date(), nullable=True),
        sa.Column("payload", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=NOW, nullable=False),
        sa.PrimaryKeyConstraint("alert_id", name=op.f("pk_alerts")),
        sa.UniqueConstraint("kind", "incident_id", name="uq_alerts_kind_incident"),
        sa.UniqueConstraint("kind", "theme", "region_code", "week_start", name="uq_alerts_signal"),
    )


def _deliveries() -> None:
    op.create_table(
        "deliveries",
        sa.Column("delivery_id", sa.UUID(), nullable=False),
        sa.Column("sequence", sa.BigInteger(), sa.Identity(always=True), nullable=False),
        sa.Column(
            "transaction_id",
            sa.BigInteger(),
            server_default=sa.text("(pg_current_xact_id()::text)::bigint"),
            nullable=False,
        ),
        sa.Column("alert_id", sa.UUID(), nullable=False),
        sa.Column("subscription_id", sa.UUID(), nullable=False),
        sa.Column("ods_code", sa.String(length=8), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("webhook_id", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("attempt_count", sa.Integer(), nullable=False),
        sa.Column("schedule_position", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("lease_token", sa.UUID(), nullable=True),
        sa.Column("last_attempt_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("delivered_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=NOW, nullable=False),
        sa.ForeignKeyConstraint(
            ["alert_id"],
            ["alerts.alert_id"],
            name=op.f("fk_deliveries_alert_id_alerts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["subscription_id"],
            ["subscriptions.subscription_id"],
            name=op.f("fk_deliveries_subscription_id_subscriptions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("delivery_id", name=op.f("pk_deliveries")),
        sa.UniqueConstraint("alert_id", "subscription_id", name="uq_deliveries_alert_subscription"),
        sa.UniqueConstraint("sequence", name=op.f("uq_deliveries_sequence")),
    )
    op.create_index(op.f("ix_deliveries_alert_id"), "deliveries", ["alert_id"])
    op.create_index(op.f("ix_deliveries_subscription_id"), "deliveries", ["subscription_id"])
    op.create_index(
        "ix_deliveries_due",
        "deliveries",
        ["next_attempt_at"],
        postgresql_where=sa.text("status = 'pending' AND channel = 'webhook'"),
    )
    op.create_index("ix_deliveries_feed", "deliveries", ["ods_code", "transaction_id", "sequence"])


def _attempts() -> None:
    op.create_table(
        "delivery_attempts",
        sa.Column("attempt_id", sa.BigInteger(), sa.Identity(always=True), nullable=False),
        sa.Column("delivery_id", sa.UUID(), nullable=False),
        sa.Column("attempt_number", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("duration_ms", sa.Integer(), nullable=False),
        sa.Column("status_code", sa.Integer(), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["delivery_id"],
            ["deliveries.delivery_id"],
            name=op.f("fk_delivery_attempts_delivery_id_deliveries"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("attempt_id", name=op.f("pk_delivery_attempts")),
    )
    op.create_index(op.f("ix_delivery_attempts_delivery_id"), "delivery_attempts", ["delivery_id"])


def upgrade() -> None:
    _subscriptions()
    _alerts()
    _deliveries()
    _attempts()


def downgrade() -> None:
    op.drop_table("delivery_attempts")
    op.drop_table("deliveries")
    op.drop_table("alerts")
    op.drop_table("subscriptions")
