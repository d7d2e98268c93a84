"""Work that needs both the database (core) and the documents (documents): issuing a report,
producing a receipt or a letter. The UI and the CLI call these; core never imports documents,
documents never import core's database. Rendering runs with no transaction open."""
