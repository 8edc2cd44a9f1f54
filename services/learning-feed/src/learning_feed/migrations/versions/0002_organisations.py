"""organisations: the trust -> ICB -> region hierarchy (rows loaded by `learning-feed migrate`)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 15:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "organisations",
        sa.Column("ods_code", sa.String(length=8), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("icb_code", sa.String(length=8), nullable=True),
        sa.Column("region_code", sa.String(length=8), nullable=True),
        sa.Column("postcode", sa.String(length=10), nullable=True),
        sa.Column("opened_on", sa.Date(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("ods_code", name=op.f("pk_organisations")),
    )
    op.create_index(op.f("ix_organisations_icb_code"), "organisations", ["icb_code"])
    op.create_index(op.f("ix_organisations_region_code"), "organisations", ["region_code"])


def downgrade() -> None:
    op.drop_index(op.f("ix_organisations_region_code"), table_name="organisations")
    op.drop_index(op.f("ix_organisations_icb_code"), table_name="organisations")
    op.drop_table("organisations")
