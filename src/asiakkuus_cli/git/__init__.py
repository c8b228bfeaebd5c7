"""The git package."""
