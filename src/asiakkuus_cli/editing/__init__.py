"""The editing package."""
