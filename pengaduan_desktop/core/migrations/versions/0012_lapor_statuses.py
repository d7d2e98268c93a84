"""SP4N-LAPOR! alignment: the times a complaint was on hold (Tunda), the agency a complaint
was forwarded to (Diteruskan), and the numbering of the forwarding letter.

Revision ID: 0012
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "complaint_hold",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("complaint_id", sa.Integer(), nullable=False),
        sa.Column("awaited", sa.Text(), nullable=False),
        sa.Column("previous_status", sa.String(length=20), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("resumed_on", sa.Date(), nullable=True),
        sa.Column("officer_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["complaint_id"], ["complaint.id"],
                                name=op.f("fk_complaint_hold_complaint_id_complaint")),
        sa.ForeignKeyConstraint(["officer_id"], ["officer.id"],
                                name=op.f("fk_complaint_hold_officer_id_officer")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaint_hold")),
    )  # fmt: skip
    op.create_index(op.f("ix_complaint_hold_complaint_id"), "complaint_hold", ["complaint_id"])
    op.create_table(
        "complaint_forward",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("complaint_id", sa.Integer(), nullable=False),
        sa.Column("agency", sa.String(length=200), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("forwarded_on", sa.Date(), nullable=False),
        sa.Column("officer_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["complaint_id"], ["complaint.id"],
                                name=op.f("fk_complaint_forward_complaint_id_complaint")),
        sa.ForeignKeyConstraint(["officer_id"], ["officer.id"],
                                name=op.f("fk_complaint_forward_officer_id_officer")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaint_forward")),
    )  # fmt: skip
    op.create_index(
        op.f("ix_complaint_forward_complaint_id"), "complaint_forward", ["complaint_id"]
    )
    columns = [sa.column(name, sa.String) for name in ("kind", "klasifikasi", "pattern")]
    series = sa.table("letter_series", *columns)
    op.bulk_insert(series, [{"kind": "penerusan", "klasifikasi": "000.8.3.4",
                             "pattern": "{klasifikasi}/{seq}/TRS/BKAD-RENJA/{tahun}"}])  # fmt: skip


def downgrade() -> None:
    op.execute("DELETE FROM letter_series WHERE kind = 'penerusan'")
    op.drop_index(op.f("ix_complaint_forward_complaint_id"), table_name="complaint_forward")
    op.drop_table("complaint_forward")
    op.drop_index(op.f("ix_complaint_hold_complaint_id"), table_name="complaint_hold")
    op.drop_table("complaint_hold")
