"""The domain: models, database, calendar, workflow, numbering, identity checks. No Qt here."""
