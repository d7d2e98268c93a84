"""One complainant, one history: complaints linked to an earlier one, or merged into it as a
duplicate (issue 12 item 6).

Revision ID: 0014
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "complaint_link",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("complaint_id", sa.Integer(), nullable=False),
        sa.Column("earlier_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("prior_status", sa.String(length=20), nullable=False),
        sa.Column("officer_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["complaint_id"], ["complaint.id"],
                                name="fk_complaint_link_complaint_id_complaint"),
        sa.ForeignKeyConstraint(["earlier_id"], ["complaint.id"],
                                name="fk_complaint_link_earlier_id_complaint"),
        sa.ForeignKeyConstraint(["officer_id"], ["officer.id"],
                                name="fk_complaint_link_officer_id_officer"),
        sa.PrimaryKeyConstraint("id", name="pk_complaint_link"),
        sa.UniqueConstraint("complaint_id", "earlier_id", name="uq_complaint_link_pair"),
    )  # fmt: skip
    op.create_index("ix_complaint_link_complaint_id", "complaint_link", ["complaint_id"])
    op.create_index("ix_complaint_link_earlier_id", "complaint_link", ["earlier_id"])


def downgrade() -> None:
    op.drop_index("ix_complaint_link_earlier_id", table_name="complaint_link")
    op.drop_index("ix_complaint_link_complaint_id", table_name="complaint_link")
    op.drop_table("complaint_link")
