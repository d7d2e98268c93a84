"""Case list, search and attachments: the complainant's name on each complaint, indexes for
keyset paging, the full-text index (SQLite FTS5 / PostgreSQL tsvector), attachments.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29 07:27:13.025655
"""

import sqlalchemy as sa
from alembic import op

FTS_COLUMNS = "tracking_number, complainant_name, summary, description"
OLD = "old.tracking_number, old.complainant_name, old.summary, old.description"
NEW = "new.tracking_number, new.complainant_name, new.summary, new.description"
# SQLite: an external-content FTS5 index over the complaint table, kept by triggers.
SQLITE_SEARCH = (
    f"CREATE VIRTUAL TABLE complaint_fts USING fts5({FTS_COLUMNS}, content='complaint', "
    "content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER complaint_fts_ai AFTER INSERT ON complaint BEGIN "
    f"INSERT INTO complaint_fts(rowid, {FTS_COLUMNS}) VALUES (new.id, {NEW}); END",
    "CREATE TRIGGER complaint_fts_ad AFTER DELETE ON complaint BEGIN "
    f"INSERT INTO complaint_fts(complaint_fts, rowid, {FTS_COLUMNS}) "
    f"VALUES ('delete', old.id, {OLD}); END",
    f"CREATE TRIGGER complaint_fts_au AFTER UPDATE OF {FTS_COLUMNS} ON complaint BEGIN "
    f"INSERT INTO complaint_fts(complaint_fts, rowid, {FTS_COLUMNS}) "
    f"VALUES ('delete', old.id, {OLD}); "
    f"INSERT INTO complaint_fts(rowid, {FTS_COLUMNS}) VALUES (new.id, {NEW}); END",
    "INSERT INTO complaint_fts(complaint_fts) VALUES ('rebuild')",
)
# PostgreSQL: a generated tsvector column with a GIN index; the server keeps it current.
POSTGRES_SEARCH = (
    "ALTER TABLE complaint ADD COLUMN search_vector tsvector GENERATED ALWAYS AS ("
    "to_tsvector('simple', coalesce(tracking_number, '') || ' ' || "
    "coalesce(complainant_name, '') || ' ' || coalesce(summary, '') || ' ' || "
    "coalesce(description, ''))) STORED",
    "CREATE INDEX ix_complaint_search ON complaint USING gin (search_vector)",
)

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "attachment_blob",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_attachment_blob")),
    )
    op.create_table(
        "attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("complaint_id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("officer_id", sa.Integer(), nullable=True),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["complaint_id"], ["complaint.id"], name=op.f("fk_attachment_complaint_id_complaint")
        ),
        sa.ForeignKeyConstraint(
            ["officer_id"], ["officer.id"], name=op.f("fk_attachment_officer_id_officer")
        ),
        sa.ForeignKeyConstraint(
            ["sha256"],
            ["attachment_blob.sha256"],
            name=op.f("fk_attachment_sha256_attachment_blob"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
    )
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_attachment_complaint_id"), ["complaint_id"], unique=False
        )

    with op.batch_alter_table("complaint", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("complainant_name", sa.String(length=200), nullable=False, server_default="")
        )
        batch_op.create_index(
            "ix_complaint_channel_received", ["channel", "received_at"], unique=False
        )
        batch_op.create_index(
            "ix_complaint_complainant_name_id", ["complainant_name", "id"], unique=False
        )
        batch_op.create_index("ix_complaint_due_date_id", ["due_date", "id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_complaint_responsible_officer_id"),
            ["responsible_officer_id"],
            unique=False,
        )
        batch_op.create_index("ix_complaint_sequence", ["sequence"], unique=False)
        batch_op.create_index(batch_op.f("ix_complaint_unit_id"), ["unit_id"], unique=False)

    op.execute(
        "UPDATE complaint SET complainant_name = "
        "(SELECT name FROM complainant WHERE complainant.id = complaint.complainant_id)"
    )
    if op.get_bind().dialect.name == "postgresql":
        for statement in POSTGRES_SEARCH:
            op.execute(statement)
    else:
        for statement in SQLITE_SEARCH:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX ix_complaint_search")
        op.execute("ALTER TABLE complaint DROP COLUMN search_vector")
    else:
        for name in ("complaint_fts_ai", "complaint_fts_ad", "complaint_fts_au"):
            op.execute(f"DROP TRIGGER {name}")
        op.execute("DROP TABLE complaint_fts")
    with op.batch_alter_table("complaint", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_complaint_unit_id"))
        batch_op.drop_index("ix_complaint_sequence")
        batch_op.drop_index(batch_op.f("ix_complaint_responsible_officer_id"))
        batch_op.drop_index("ix_complaint_due_date_id")
        batch_op.drop_index("ix_complaint_complainant_name_id")
        batch_op.drop_index("ix_complaint_channel_received")
        batch_op.drop_column("complainant_name")

    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachment_complaint_id"))

    op.drop_table("attachment")
    op.drop_table("attachment_blob")
