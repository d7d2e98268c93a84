"""The Qt user interface. Calls core services; no SQL here."""
