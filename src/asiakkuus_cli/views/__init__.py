"""Plain view data computed from the repository for documents and reports."""
