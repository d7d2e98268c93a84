"""Search finds people: indexes for the complainant's phone (a prefix), NIK or SIM number and
the SP4N-LAPOR! tracking ID, so that the search box finds them without reading the tables.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

from pengaduan_desktop.core.schema import refresh_statistics

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_complainant_phone", "complainant", ["phone"],
        postgresql_ops={"phone": "text_pattern_ops"},
    )  # fmt: skip
    op.create_index(
        "ix_complainant_id_number", "complainant", ["id_number"],
        sqlite_where=sa.text("id_number <> ''"), postgresql_where=sa.text("id_number <> ''"),
    )  # fmt: skip
    op.create_index(
        "ix_complaint_lapor_tracking_id", "complaint", ["lapor_tracking_id"],
        sqlite_where=sa.text("lapor_tracking_id <> ''"),
        postgresql_where=sa.text("lapor_tracking_id <> ''"),
    )  # fmt: skip
    refresh_statistics(op.get_bind())  # the planners learn how few rows each number has


def downgrade() -> None:
    op.drop_index("ix_complaint_lapor_tracking_id", "complaint")
    op.drop_index("ix_complainant_id_number", "complainant")
    op.drop_index("ix_complainant_phone", "complainant")
