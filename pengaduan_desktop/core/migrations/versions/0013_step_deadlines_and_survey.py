"""Deadlines per step (the working days for verification and for the unit's reply, and the
days each disposition gave its unit) and the answers of the Survei Kepuasan Masyarakat.

Revision ID: 0013
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "step_deadline_setting",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("verification_days", sa.Integer(), nullable=False),
        sa.Column("reply_days", sa.Integer(), nullable=False),
    )
    op.create_table(
        "unit_reply_deadline",
        sa.Column("event_id", sa.Integer(), sa.ForeignKey("event.id"), primary_key=True),
        sa.Column("complaint_id", sa.Integer(), sa.ForeignKey("complaint.id"), nullable=False),
        sa.Column("unit_id", sa.Integer(), sa.ForeignKey("unit.id"), nullable=False),
        sa.Column("days", sa.Integer(), nullable=False),
    )
    op.create_index("ix_unit_reply_deadline_complaint_id", "unit_reply_deadline", ["complaint_id"])
    op.create_table(
        "survey_response",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("complaint_id", sa.Integer(), sa.ForeignKey("complaint.id"), nullable=False,
                  unique=True),
        *(sa.Column(f"u{n}", sa.Integer(), nullable=False) for n in range(1, 10)),
        sa.Column("answered_on", sa.Date(), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("officer_id", sa.Integer(), sa.ForeignKey("officer.id"), nullable=True),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
    )  # fmt: skip
    op.create_index("ix_survey_response_answered_on", "survey_response", ["answered_on"])


def downgrade() -> None:
    op.drop_index("ix_survey_response_answered_on", table_name="survey_response")
    op.drop_table("survey_response")
    op.drop_index("ix_unit_reply_deadline_complaint_id", table_name="unit_reply_deadline")
    op.drop_table("unit_reply_deadline")
    op.drop_table("step_deadline_setting")
