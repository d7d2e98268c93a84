"""The monthly report (issue 11, item 5): events found by kind and time (the month's
escalations, dispositions) through an index instead of reading every event, and planner
statistics for it.

Revision ID: 0016
Revises: 0015
"""

from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_event_kind_at", "event", ["kind", "at"])
    # Statistics for the new index (read whole: a sample takes a kind for rare), so that the
    # planner keeps reading a complaint's events by complaint (ix_event_complaint_id), which is
    # far more selective than a kind.
    if op.get_bind().dialect.name == "sqlite":
        op.execute("PRAGMA analysis_limit=0")
        op.execute("ANALYZE ix_event_kind_at")
    else:
        op.execute("ANALYZE event")


def downgrade() -> None:
    op.drop_index("ix_event_kind_at", "event")
