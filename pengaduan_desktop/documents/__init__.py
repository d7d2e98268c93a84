"""PDF documents (ReportLab): plain data in, PDF bytes out. No Qt, no database."""
