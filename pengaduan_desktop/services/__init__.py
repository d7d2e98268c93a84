"""Work that needs both the database (core) and the documents (documents): issuing a report,
producing a receipt or a letter, exporting what is held about a complainant. The UI and the
CLI call these; core never imports documents, documents never import core's database."""
