"""Renderers: view data in, text or files out (tables, documents, iCalendar)."""
