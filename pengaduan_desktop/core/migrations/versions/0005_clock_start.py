"""The clock start of each complaint: the day its due date counts from (received, or reopened).

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# Asia/Pontianak (WIB) is UTC+7 all year; times are stored as naive UTC.
WIB_HOURS = 7


def upgrade() -> None:
    # NOT NULL from the start with a placeholder default, so that SQLite needs no table rebuild
    # (a rebuild would drop the full-text triggers of 0002); every row is filled below.
    op.add_column(
        "complaint",
        sa.Column("clock_start", sa.Date(), nullable=False, server_default="2000-01-01"),
    )
    if op.get_bind().dialect.name == "postgresql":
        local_day = f"(({{}}) + interval '{WIB_HOURS} hours')::date"
    else:
        local_day = f"date({{}}, '+{WIB_HOURS} hours')"
    op.execute(f"UPDATE complaint SET clock_start = {local_day.format('received_at')}")
    reopened = "FROM event e WHERE e.complaint_id = complaint.id AND e.kind = 'reopened'"
    op.execute(
        f"UPDATE complaint SET clock_start = (SELECT {local_day.format('max(e.at)')} {reopened}) "
        f"WHERE EXISTS (SELECT 1 {reopened})"
    )
    if op.get_bind().dialect.name == "postgresql":
        op.alter_column("complaint", "clock_start", server_default=None)


def downgrade() -> None:
    op.drop_column("complaint", "clock_start")  # SQLite 3.35+: no rebuild, the triggers stay
