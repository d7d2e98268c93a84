"""Sign-in accounts on officers, the idle lock and retention settings, and the erasure mark of
a complainant's identity.

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain add_column on every table: SQLite needs no rebuild (a rebuild of complaint or
    # complainant would drop the full-text triggers of 0002).
    op.add_column("officer", sa.Column("username", sa.String(length=60), nullable=True))
    op.add_column("officer", sa.Column("password_hash", sa.String(length=200), nullable=True))
    op.add_column(
        "officer",
        sa.Column("failed_logins", sa.Integer(), nullable=False, server_default="0"),
    )
    op.add_column("officer", sa.Column("locked_until", sa.DateTime(), nullable=True))
    op.create_index("ix_officer_username", "officer", ["username"], unique=True)
    op.add_column(
        "office_profile",
        sa.Column("idle_lock_minutes", sa.Integer(), nullable=False, server_default="15"),
    )
    op.add_column(
        "office_profile",
        sa.Column("retention_years", sa.Integer(), nullable=False, server_default="10"),
    )
    op.add_column("complainant", sa.Column("erased_at", sa.DateTime(), nullable=True))
    # The name a complaint keeps for the case list, its sorting and the full-text index is
    # masked for a confidential complainant (core.privacy.list_copy); the full-text triggers
    # (SQLite) and the generated column (PostgreSQL) follow.
    op.execute(
        "UPDATE complaint SET complainant_name = '(dirahasiakan)' "
        "WHERE confidential AND NOT anonymous AND complainant_name <> '(dirahasiakan)'"
    )


def downgrade() -> None:
    op.drop_column("complainant", "erased_at")
    op.drop_column("office_profile", "retention_years")
    op.drop_column("office_profile", "idle_lock_minutes")
    op.drop_index("ix_officer_username", table_name="officer")
    for column in ("locked_until", "failed_logins", "password_hash", "username"):
        op.drop_column("officer", column)
