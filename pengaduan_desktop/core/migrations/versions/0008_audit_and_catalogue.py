"""The audit trail (a hash chain) and the office's editable lists of services and categories.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

# The starting lists, frozen here as they were when this migration was written.
SERVICES = (
    "Pengelolaan Pengaduan Pelayanan Publik",
    "Pelayanan Pencairan Dana (SP2D)",
    "Pelayanan Penerbitan SPD",
    "Pelayanan Hibah dan Bantuan Sosial",
    "Pelayanan Pengelolaan Barang Milik Daerah",
    "Pelayanan Informasi Keuangan Daerah",
    "Pelayanan Lainnya",
)
CATEGORIES = (
    "Prosedur dan persyaratan",
    "Waktu penyelesaian",
    "Biaya/tarif",
    "Perilaku petugas",
    "Sarana dan prasarana",
    "Informasi pelayanan",
    "Lainnya",
)


def upgrade() -> None:
    op.create_table(
        "audit_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("officer_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("subject", sa.String(length=100), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["officer_id"], ["officer.id"], name=op.f("fk_audit_entry_officer_id_officer")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entry")),
        sa.UniqueConstraint("hash", name=op.f("uq_audit_entry_hash")),
    )
    items = op.create_table(
        "catalogue_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_catalogue_item")),
        sa.UniqueConstraint("kind", "name", name="uq_catalogue_item_name"),
    )
    rows = [("service", name, i) for i, name in enumerate(SERVICES, start=1)]
    rows += [("category", name, i) for i, name in enumerate(CATEGORIES, start=1)]
    op.bulk_insert(
        items, [{"kind": k, "name": n, "position": p, "active": True} for k, n, p in rows]
    )


def downgrade() -> None:
    op.drop_table("catalogue_item")
    op.drop_table("audit_entry")
