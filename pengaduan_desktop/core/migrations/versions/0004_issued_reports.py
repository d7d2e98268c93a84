"""Issued monthly reports (frozen PDFs with their SHA-256) and the letter-number pattern.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "issued_report",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("month", sa.Integer(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("letter_number", sa.String(length=100), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("officer_id", sa.Integer(), nullable=True),
        sa.Column("conclusions", sa.Text(), nullable=False),
        sa.Column("recommendations", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["officer_id"], ["officer.id"], name=op.f("fk_issued_report_officer_id_officer")
        ),  # fmt: skip
        sa.PrimaryKeyConstraint("id", name=op.f("pk_issued_report")),
        sa.UniqueConstraint("year", "month", "revision", name="uq_issued_report_rev"),
    )
    with op.batch_alter_table("office_profile") as batch:
        batch.add_column(
            sa.Column(
                "report_number_pattern",
                sa.String(length=100),
                nullable=False,
                server_default="B/{seq:03d}/BKAD-RENJA/{month_roman}/{year}",
            )  # fmt: skip
        )


def downgrade() -> None:
    with op.batch_alter_table("office_profile") as batch:
        batch.drop_column("report_number_pattern")
    op.drop_table("issued_report")
