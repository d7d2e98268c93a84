"""Baseline schema: office profile, units, officers, complainants, complaints, events.

Revision ID: 0001
Revises:
Create Date: 2026-11-29 06:59:19.388984
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "complainant",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("id_type", sa.String(length=3), nullable=False),
        sa.Column("id_number", sa.String(length=20), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complainant")),
    )
    op.create_table(
        "counter",
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_counter")),
    )
    op.create_table(
        "unit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=30), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_unit")),
        sa.UniqueConstraint("code", name=op.f("uq_unit_code")),
    )
    op.create_table(
        "officer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("nip", sa.String(length=30), nullable=False),
        sa.Column("jabatan", sa.String(length=300), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name=op.f("fk_officer_unit_id_unit")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_officer")),
    )
    op.create_table(
        "calendar_override",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("working", sa.Boolean(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("officer_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["officer_id"], ["officer.id"], name=op.f("fk_calendar_override_officer_id_officer")
        ),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_calendar_override")),
    )
    op.create_table(
        "complaint",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tracking_number", sa.String(length=20), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("form", sa.String(length=10), nullable=False),
        sa.Column("service", sa.String(length=200), nullable=False),
        sa.Column("category", sa.String(length=100), nullable=False),
        sa.Column("summary", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("loss", sa.Text(), nullable=False),
        sa.Column("requested_resolution", sa.Text(), nullable=False),
        sa.Column("event_place", sa.String(length=200), nullable=False),
        sa.Column("event_date", sa.Date(), nullable=True),
        sa.Column("complainant_id", sa.Integer(), nullable=False),
        sa.Column("anonymous", sa.Boolean(), nullable=False),
        sa.Column("confidential", sa.Boolean(), nullable=False),
        sa.Column("lapor_tracking_id", sa.String(length=40), nullable=False),
        sa.Column("letter_number", sa.String(length=100), nullable=False),
        sa.Column("responsible_officer_id", sa.Integer(), nullable=False),
        sa.Column("receiving_officer_id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("result", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["complainant_id"],
            ["complainant.id"],
            name=op.f("fk_complaint_complainant_id_complainant"),
        ),
        sa.ForeignKeyConstraint(
            ["receiving_officer_id"],
            ["officer.id"],
            name=op.f("fk_complaint_receiving_officer_id_officer"),
        ),
        sa.ForeignKeyConstraint(
            ["responsible_officer_id"],
            ["officer.id"],
            name=op.f("fk_complaint_responsible_officer_id_officer"),
        ),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name=op.f("fk_complaint_unit_id_unit")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaint")),
        sa.UniqueConstraint("tracking_number", name=op.f("uq_complaint_tracking_number")),
        sa.UniqueConstraint("year", "sequence", name="uq_complaint_year_sequence"),
    )
    with op.batch_alter_table("complaint", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_complaint_complainant_id"), ["complainant_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_complaint_due_date"), ["due_date"], unique=False)
        batch_op.create_index("ix_complaint_received_at_id", ["received_at", "id"], unique=False)
        batch_op.create_index(batch_op.f("ix_complaint_status"), ["status"], unique=False)
        batch_op.create_index("ix_complaint_status_due", ["status", "due_date"], unique=False)

    op.create_table(
        "office_profile",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("government", sa.String(length=200), nullable=False),
        sa.Column("office_name", sa.String(length=200), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=False),
        sa.Column("phone", sa.String(length=100), nullable=False),
        sa.Column("fax", sa.String(length=100), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("website", sa.String(length=200), nullable=False),
        sa.Column("city", sa.String(length=100), nullable=False),
        sa.Column("head_name", sa.String(length=200), nullable=False),
        sa.Column("head_nip", sa.String(length=30), nullable=False),
        sa.Column("head_jabatan", sa.String(length=200), nullable=False),
        sa.Column("sla_days", sa.Integer(), nullable=False),
        sa.Column("work_week", sa.String(length=20), nullable=False),
        sa.Column("default_officer_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["default_officer_id"],
            ["officer.id"],
            name=op.f("fk_office_profile_default_officer_id_officer"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_office_profile")),
    )
    op.create_table(
        "event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("complaint_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("officer_id", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["complaint_id"], ["complaint.id"], name=op.f("fk_event_complaint_id_complaint")
        ),
        sa.ForeignKeyConstraint(
            ["officer_id"], ["officer.id"], name=op.f("fk_event_officer_id_officer")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event")),
    )
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_event_complaint_id"), ["complaint_id"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_complaint_id"))

    op.drop_table("event")
    op.drop_table("office_profile")
    with op.batch_alter_table("complaint", schema=None) as batch_op:
        batch_op.drop_index("ix_complaint_status_due")
        batch_op.drop_index(batch_op.f("ix_complaint_status"))
        batch_op.drop_index("ix_complaint_received_at_id")
        batch_op.drop_index(batch_op.f("ix_complaint_due_date"))
        batch_op.drop_index(batch_op.f("ix_complaint_complainant_id"))

    op.drop_table("complaint")
    op.drop_table("calendar_override")
    op.drop_table("officer")
    op.drop_table("unit")
    op.drop_table("counter")
    op.drop_table("complainant")
