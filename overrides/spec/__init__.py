"""Normalization rules over the parsed document, applied in this order by scripts/normalize.py.

Each rule is a small module with one `RULE`: a name, a one-line reason, and a function that
mutates the document and returns how many nodes it changed. Rules are about shapes, never
about names from one document version. Order matters where a rule reads what another wrote:
tags are taken from the original titles before `unique_titles` renames anything.
"""

from __future__ import annotations

from . import (
    description_enums,
    empty_unions_to_enums,
    enum_member_names,
    inline_member_titles,
    merge_identical_duplicates,
    unique_titles,
    unknown_variant_fallback,
    widen_to_examples,
    wire_tags,
)
from ._document import Rule

RULES: tuple[Rule, ...] = (
    merge_identical_duplicates.RULE,
    empty_unions_to_enums.RULE,
    wire_tags.RULE,
    widen_to_examples.RULE,
    description_enums.RULE,
    unknown_variant_fallback.RULE,
    unique_titles.RULE,
    inline_member_titles.RULE,
    enum_member_names.RULE,
)
