"""Post-process step: `dixa_client/unions.py`, every union of models under its document name.

The generator spells a union out where it is used (`GetConversationOutput.data: AnonymizedConversation
| ChatConversation | ...`); a user annotating their own code needs it named. Each component schema
that is a `oneOf` of object models (its fallback included, see unknown_variant_fallback) becomes a
type alias named like a class would be; a name a model already has is left to the model.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openapi_python_client.strings import ClassName

from overrides.spec._document import ref_key, schemas, title_of
from scripts.verify import FIELD_PREFIX

HEADER = '''"""Every union of models in the API under its own name, to annotate with: `def show(c: Conversation)`.

The same unions the models use (`GetConversationOutput.data`), fallback member included. What all
members share reads without narrowing (`conversation.created_at`); narrow with `isinstance` for
the rest. Written by scripts/union_aliases.py.
"""

from __future__ import annotations

from typing import TypeAlias

'''


def union_aliases(doc: dict[str, Any]) -> dict[str, list[str]]:
    """Alias name -> the class names of its members, sorted, for every union of object models."""
    table = schemas(doc)
    model_names = {ClassName(title_of(k, s), FIELD_PREFIX) for k, s in table.items() if "oneOf" not in s}
    aliases: dict[str, list[str]] = {}
    for key, schema in sorted(table.items()):
        members = schema.get("oneOf")
        if not isinstance(members, list) or not members:
            continue
        targets = [ref_key(m.get("$ref", "")) if isinstance(m, dict) else None for m in members]
        variants = [table.get(t) if t else None for t in targets]
        if not all(isinstance(v, dict) and v.get("type", "object") == "object" and "oneOf" not in v for v in variants):
            continue
        name = ClassName(title_of(key, schema), FIELD_PREFIX)
        if name not in model_names and name not in aliases:
            aliases[name] = sorted({ClassName(title_of(t, table[t]), FIELD_PREFIX) for t in targets if t})
    return aliases


def write(package: Path, doc: dict[str, Any]) -> int:
    """Write `unions.py` into the package; returns how many aliases it holds."""
    aliases = union_aliases(doc)
    imported = sorted({member for members in aliases.values() for member in members})
    lines = [HEADER.rstrip("\n"), ""]
    if imported:
        lines += ["from .models import (", *(f"    {name}," for name in imported), ")", ""]
    lines += ["__all__ = [", *(f'    "{name}",' for name in sorted(aliases)), "]", ""]
    for name, members in sorted(aliases.items()):
        lines.append(f"{name}: TypeAlias = {' | '.join(members)}")
    (package / "unions.py").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(aliases)
