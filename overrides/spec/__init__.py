"""Normalization rules over the parsed document, applied in this order by scripts/normalize.py.

Each rule is a small module with one `RULE`: a name, a one-line reason, and a function that
mutates the document and returns how many nodes it changed. Rules are about shapes, never
about names from one document version.
"""

from __future__ import annotations

from . import merge_identical_duplicates, unique_titles
from ._document import Rule

RULES: tuple[Rule, ...] = (
    merge_identical_duplicates.RULE,
    unique_titles.RULE,
)
