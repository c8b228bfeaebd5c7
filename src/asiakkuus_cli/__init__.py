"""asiakkuus: customer care plans and steering-group rosters as YAML in git."""

__version__ = "0.1.0"
