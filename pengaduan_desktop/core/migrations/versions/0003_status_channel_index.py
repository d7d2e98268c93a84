"""Case list filters: an index for status within channel, two single-column indexes dropped
that the composite ones already cover (status, due_date), and planner statistics.

Revision ID: 0003
Revises: 0002
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_complaint_status_channel", "complaint", ["status", "channel"])
    op.drop_index("ix_complaint_status", "complaint")
    op.drop_index("ix_complaint_due_date", "complaint")
    # Without statistics SQLite takes "status = 'selesai'" for selective and sorts most of the
    # table instead of walking the date index (1 s against 4 ms at a million complaints).
    op.execute(
        "PRAGMA analysis_limit=1000" if op.get_bind().dialect.name == "sqlite" else "SELECT 1"
    )
    op.execute("ANALYZE")


def downgrade() -> None:
    op.create_index("ix_complaint_due_date", "complaint", ["due_date"])
    op.create_index("ix_complaint_status", "complaint", ["status"])
    op.drop_index("ix_complaint_status_channel", "complaint")
