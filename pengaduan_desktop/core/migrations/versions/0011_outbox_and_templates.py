"""Messages to the complainant: the SMTP settings, the editable message templates, and the
outbox of queued and sent messages (issue 12, items 1-2).

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "mail_settings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("host", sa.String(length=200), nullable=False),
        sa.Column("port", sa.Integer(), nullable=False),
        sa.Column("security", sa.String(length=10), nullable=False),
        sa.Column("username", sa.String(length=200), nullable=False),
        sa.Column("sender_address", sa.String(length=200), nullable=False),
        sa.Column("sender_name", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mail_settings")),
    )
    op.create_table(
        "message_template",
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("officer_id", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["officer_id"], ["officer.id"],
                                name=op.f("fk_message_template_officer_id_officer")),
        sa.PrimaryKeyConstraint("kind", name=op.f("pk_message_template")),
    )  # fmt: skip
    op.create_table(
        "outbox_message",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("complaint_id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=10), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("recipient", sa.String(length=200), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("attachment", sa.String(length=20), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(), nullable=False),
        sa.Column("claimed_until", sa.DateTime(), nullable=True),
        sa.Column("server_reply", sa.Text(), nullable=False),
        sa.Column("officer_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["complaint_id"], ["complaint.id"],
                                name=op.f("fk_outbox_message_complaint_id_complaint")),
        sa.ForeignKeyConstraint(["officer_id"], ["officer.id"],
                                name=op.f("fk_outbox_message_officer_id_officer")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox_message")),
    )  # fmt: skip
    op.create_index("ix_outbox_message_complaint_id", "outbox_message", ["complaint_id"])
    op.create_index("ix_outbox_message_state_next", "outbox_message",
                    ["state", "next_attempt_at"])  # fmt: skip


def downgrade() -> None:
    op.drop_index("ix_outbox_message_state_next", table_name="outbox_message")
    op.drop_index("ix_outbox_message_complaint_id", table_name="outbox_message")
    op.drop_table("outbox_message")
    op.drop_table("message_template")
    op.drop_table("mail_settings")
