"""Catalogue modules: each defines MESSAGES = {key: (Finnish, English)}."""
