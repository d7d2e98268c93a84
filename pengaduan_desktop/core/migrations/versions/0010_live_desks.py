"""Shared desks stay live: the desk that wrote each audit entry, a NOTIFY on PostgreSQL when an
entry commits, and the key that makes a retried intake save the complaint once.

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

CHANNEL = "pengaduan_changes"  # core.desk_changes.CHANNEL

NOTIFY_FUNCTION = f"""
CREATE OR REPLACE FUNCTION pengaduan_notify_change() RETURNS trigger AS $$
BEGIN
    PERFORM pg_notify('{CHANNEL}', '');
    RETURN NULL;
END;
$$ LANGUAGE plpgsql
"""
# Once per statement; PostgreSQL delivers it when the transaction commits, and folds the
# identical notifications of one transaction into one.
NOTIFY_TRIGGER = """
CREATE TRIGGER audit_entry_notify AFTER INSERT ON audit_entry
FOR EACH STATEMENT EXECUTE FUNCTION pengaduan_notify_change()
"""


def upgrade() -> None:
    # Plain add_column: SQLite needs no rebuild (a rebuild of complaint would drop the
    # full-text triggers of 0002).
    op.add_column("complaint", sa.Column("idempotency_key", sa.String(length=36), nullable=True))
    op.create_index("ix_complaint_idempotency_key", "complaint", ["idempotency_key"], unique=True)
    op.add_column("audit_entry", sa.Column("desk", sa.String(length=32), nullable=True))
    if op.get_bind().dialect.name == "postgresql":
        op.execute(NOTIFY_FUNCTION)
        op.execute(NOTIFY_TRIGGER)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_entry_notify ON audit_entry")
        op.execute("DROP FUNCTION IF EXISTS pengaduan_notify_change()")
    op.drop_column("audit_entry", "desk")
    op.drop_index("ix_complaint_idempotency_key", table_name="complaint")
    op.drop_column("complaint", "idempotency_key")
