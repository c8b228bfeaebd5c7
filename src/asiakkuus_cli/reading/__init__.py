"""The reading package."""
