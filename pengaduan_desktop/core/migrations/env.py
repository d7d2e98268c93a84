"""Alembic environment: always given a live connection by core.schema."""

from alembic import context

from pengaduan_desktop.core.models import Base
from pengaduan_desktop.core.schema import include_object

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
