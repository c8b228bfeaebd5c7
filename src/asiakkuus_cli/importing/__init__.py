"""Bringing existing plans in: Word care plans, Excel or CSV registers and needs lists.

The Word and Excel libraries are an optional extra (`pip install 'asiakkuus[import]'`);
`require` turns their absence into a usage problem that says how to install them.
"""

from __future__ import annotations

from asiakkuus_cli.runtime import EXTRA, require

__all__ = ["EXTRA", "require"]
