"""Official documents: pangkat/golongan and the office logo, the phone as typed, why a complaint
was rejected, the editable rejection reasons, the agenda register of outgoing letters with each
kind's numbering, and the monthly report's drafts.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# The starting lists, frozen here as they were when this migration was written.
REJECTION_REASONS = (
    ("kewenangan", "Bukan kewenangan BKAD", 1),
    ("tidak_lengkap", "Pengaduan tidak lengkap", 2),
    ("lainnya", "Pengaduan yang sama sudah pernah ditangani", 3),
    ("lainnya", "Sedang dalam proses peradilan", 4),
)
LETTER_SERIES = (
    ("tanggapan", "000.8.3.4", "{klasifikasi}/{seq}/TGP/BKAD-RENJA/{tahun}"),
    ("penolakan", "000.8.3.4", "{klasifikasi}/{seq}/TLK/BKAD-RENJA/{tahun}"),
    ("eskalasi", "000.8.3.4", "{klasifikasi}/{seq}/ESK/BKAD-RENJA/{tahun}"),
    ("laporan", "000.8.3.4", "{klasifikasi}/{seq}/BKAD-RENJA/{bulan_romawi}/{tahun}"),
)


def _text(name: str, length: int | None = None) -> sa.Column:  # type: ignore[type-arg]
    kind = sa.String(length=length) if length else sa.Text()
    return sa.Column(name, kind, nullable=False, server_default="")


def upgrade() -> None:
    # Columns are added without a table rebuild (SQLite), which would drop the full-text
    # triggers of 0002: NOT NULL with a server default, filled below where needed.
    op.add_column("office_profile", _text("head_pangkat", 100))
    op.add_column("office_profile", sa.Column("logo", sa.LargeBinary(), nullable=True))
    op.add_column("officer", _text("pangkat", 100))
    op.add_column("complainant", _text("phone_typed", 40))
    op.execute("UPDATE complainant SET phone_typed = phone")
    op.add_column("complaint", _text("rejection_kind", 20))
    op.add_column("complaint", _text("rejection_reason", 200))
    op.add_column("complaint", _text("rejection_detail"))
    last_rejection = (
        "(SELECT e.text FROM event e WHERE e.complaint_id = complaint.id AND e.kind = 'rejected' "
        "ORDER BY e.at DESC, e.id DESC LIMIT 1)"
    )
    op.execute(
        f"UPDATE complaint SET rejection_reason = substr(coalesce({last_rejection}, ''), 1, 200) "
        "WHERE status = 'ditolak'"
    )
    op.execute(
        "UPDATE complaint SET rejection_kind = CASE "
        "WHEN rejection_reason LIKE 'Bukan kewenangan%' THEN 'kewenangan' "
        "WHEN rejection_reason LIKE '%tidak lengkap%' THEN 'tidak_lengkap' "
        "ELSE 'lainnya' END WHERE status = 'ditolak'"
    )

    reasons = op.create_table(
        "rejection_reason",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("text", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rejection_reason")),
        sa.UniqueConstraint("text", name=op.f("uq_rejection_reason_text")),
    )
    op.bulk_insert(
        reasons,
        [{"kind": k, "text": t, "position": p, "active": True} for k, t, p in REJECTION_REASONS],
    )
    series = op.create_table(
        "letter_series",
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("klasifikasi", sa.String(length=40), nullable=False),
        sa.Column("pattern", sa.String(length=120), nullable=False),
        sa.PrimaryKeyConstraint("kind", name=op.f("pk_letter_series")),
    )
    op.bulk_insert(
        series, [{"kind": k, "klasifikasi": c, "pattern": p} for k, c, p in LETTER_SERIES]
    )
    op.create_table(
        "agenda_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=120), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("complaint_id", sa.Integer(), nullable=True),
        sa.Column("officer_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["complaint_id"], ["complaint.id"], name=op.f("fk_agenda_entry_complaint_id_complaint")
        ),
        sa.ForeignKeyConstraint(
            ["officer_id"], ["officer.id"], name=op.f("fk_agenda_entry_officer_id_officer")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_entry")),
        sa.UniqueConstraint("kind", "year", "seq", name="uq_agenda_entry_seq"),
        sa.UniqueConstraint("number", name=op.f("uq_agenda_entry_number")),
    )
    op.create_index(
        op.f("ix_agenda_entry_complaint_id"), "agenda_entry", ["complaint_id"], unique=False
    )
    op.create_table(
        "report_draft",
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("month", sa.Integer(), nullable=False),
        sa.Column("conclusions", sa.Text(), nullable=False),
        sa.Column("recommendations", sa.Text(), nullable=False),
        sa.Column("officer_id", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["officer_id"], ["officer.id"], name=op.f("fk_report_draft_officer_id_officer")
        ),
        sa.PrimaryKeyConstraint("year", "month", name=op.f("pk_report_draft")),
    )


def downgrade() -> None:
    op.drop_table("report_draft")
    op.drop_index(op.f("ix_agenda_entry_complaint_id"), table_name="agenda_entry")
    op.drop_table("agenda_entry")
    op.drop_table("letter_series")
    op.drop_table("rejection_reason")
    for table, column in (("complaint", "rejection_detail"), ("complaint", "rejection_reason"),
                          ("complaint", "rejection_kind"), ("complainant", "phone_typed"),
                          ("officer", "pangkat"), ("office_profile", "logo"),
                          ("office_profile", "head_pangkat")):  # fmt: skip
        op.drop_column(table, column)  # SQLite 3.35+: no rebuild, the triggers stay
