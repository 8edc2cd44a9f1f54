"""rollups: incident counts at several grains, and weekly theme counts per region

incident_counts (theme, period fragment, trust, never event, harm, service type) answers
any query; period_theme_counts, month_theme_counts and month_detail_counts answer the
common ones from far fewer rows; weekly_theme_counts feeds signal detection. Incidents get
a random record key (0-255) whose sums (`key_sum`) are the cell keys of disclosure control.
All are backfilled from the incidents already stored.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 15:00:01
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

FRAGMENT = "GREATEST(date_trunc('week', i.occurred_on), date_trunc('month', i.occurred_on))"
MONTH = "date_trunc('month', i.occurred_on)"
NEVER_EVENT = "COALESCE(i.never_event_code, i.reporter_never_event_type, '')"
EVERY_THEME = "SELECT DISTINCT unnest(i.themes || ARRAY['*']::varchar[]) AS theme"
FROM_INCIDENTS = (
    "FROM incidents AS i CROSS JOIN LATERAL ({themes}) AS t WHERE i.event_type = 'incident'"
)
BACKFILLS = (
    "INSERT INTO incident_counts"
    " (theme, period_start, ods_code, never_event_code, harm, service_type, count, key_sum)"
    f" SELECT t.theme, ({FRAGMENT})::date, i.ods_code, {NEVER_EVENT},"
    " COALESCE(i.physical_harm, ''), i.service_type, count(*), sum(i.record_key) "
    + FROM_INCIDENTS.format(themes=EVERY_THEME)
    + " GROUP BY 1, 2, 3, 4, 5, 6",
    "INSERT INTO period_theme_counts (theme, period_start, ods_code, count, key_sum)"
    f" SELECT t.theme, ({FRAGMENT})::date, i.ods_code, count(*), sum(i.record_key) "
    + FROM_INCIDENTS.format(themes=EVERY_THEME)
    + " GROUP BY 1, 2, 3",
    "INSERT INTO month_theme_counts (theme, period_start, ods_code, count, key_sum)"
    f" SELECT t.theme, ({MONTH})::date, i.ods_code, count(*), sum(i.record_key) "
    + FROM_INCIDENTS.format(themes=EVERY_THEME)
    + " GROUP BY 1, 2, 3",
    "INSERT INTO month_detail_counts"
    " (period_start, ods_code, never_event_code, harm, service_type, count, key_sum)"
    f" SELECT ({MONTH})::date, i.ods_code, {NEVER_EVENT}, COALESCE(i.physical_harm, ''),"
    " i.service_type, count(*), sum(i.record_key) FROM incidents AS i"
    " WHERE i.event_type = 'incident'"
    " GROUP BY 1, 2, 3, 4, 5",
    "INSERT INTO weekly_theme_counts (theme, region_code, week_start, count)"
    " SELECT t.theme, i.region_code, date_trunc('week', i.occurred_on)::date, count(*)"
    " FROM incidents AS i CROSS JOIN LATERAL (SELECT DISTINCT unnest(i.themes) AS theme) AS t"
    " WHERE i.event_type = 'incident' AND i.region_code IS NOT NULL GROUP BY 1, 2, 3",
)
HAS_NEVER_EVENT = sa.text("never_event_code <> ''")


def _count_table(name: str, *columns: sa.Column) -> None:
    op.create_table(
        name,
        *columns,
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("key_sum", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint(*(c.name for c in columns), name=op.f(f"pk_{name}")),
    )


def _theme() -> sa.Column:
    return sa.Column("theme", sa.String(length=40), nullable=False)


def _period() -> sa.Column:
    return sa.Column("period_start", sa.Date(), nullable=False)


def _trust() -> sa.Column:
    return sa.Column("ods_code", sa.String(length=8), nullable=False)


def _details() -> tuple[sa.Column, ...]:
    return (
        sa.Column("never_event_code", sa.String(length=4), nullable=False),
        sa.Column("harm", sa.String(length=4), nullable=False),
        sa.Column("service_type", sa.String(length=8), nullable=False),
    )


def upgrade() -> None:
    op.add_column("incidents", sa.Column("record_key", sa.SmallInteger(), nullable=True))
    op.execute("UPDATE incidents SET record_key = floor(random() * 256)")
    op.alter_column("incidents", "record_key", nullable=False)
    _count_table("incident_counts", _theme(), _period(), _trust(), *_details())
    op.create_index(
        "ix_incident_counts_trust", "incident_counts", ["ods_code", "theme", "period_start"]
    )
    op.create_index(
        "ix_incident_counts_never_events",
        "incident_counts",
        ["period_start"],
        postgresql_where=HAS_NEVER_EVENT,
    )
    _count_table("period_theme_counts", _theme(), _period(), _trust())
    _count_table("month_theme_counts", _theme(), _period(), _trust())
    _count_table("month_detail_counts", _period(), _trust(), *_details())
    op.create_index(
        "ix_month_detail_counts_never_events",
        "month_detail_counts",
        ["period_start"],
        postgresql_where=HAS_NEVER_EVENT,
    )
    op.create_table(
        "weekly_theme_counts",
        _theme(),
        sa.Column("region_code", sa.String(length=8), nullable=False),
        sa.Column("week_start", sa.Date(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(
            "theme", "region_code", "week_start", name=op.f("pk_weekly_theme_counts")
        ),
    )
    for statement in BACKFILLS:
        op.execute(statement)


def downgrade() -> None:
    for table in (
        "weekly_theme_counts",
        "month_detail_counts",
        "month_theme_counts",
        "period_theme_counts",
        "incident_counts",
    ):
        op.drop_table(table)
    op.drop_column("incidents", "record_key")
