"""Every variant still regenerates: all of them applied to one document, generated once (~10 s)."""

from __future__ import annotations

import copy
import io
import json
from pathlib import Path

from overrides.spec._document import Document
from scripts.changelog import compare
from scripts.generate import generate
from scripts.normalize import normalize
from tests.lifecycle.variants import VARIANTS


def test_all_variants_at_once_regenerate_and_keep_their_changelog(
    beta_raw: Document, beta_normalized: Document, tmp_path: Path
) -> None:
    doc = copy.deepcopy(beta_raw)
    combinable = [variant for variant in VARIANTS if variant.combinable]
    for variant in combinable:  # they touch different parts of the document
        variant.apply(doc)
    spec = tmp_path / "all-variants.json"
    spec.write_text(json.dumps(doc))
    generate(spec, "beta", tmp_path / "generated")  # raises unless every module imports and verifies
    package = tmp_path / "generated" / "dixa_client"
    assert (package / "api" / "agents" / "get_agents_archived.py").exists()  # the added operation
    assert not (package / "api" / "agents" / "delete_agents_agentid.py").exists()  # the removed one
    assert (package / "models" / "rich_text.py").exists() and (package / "models" / "label.py").exists()
    assert (package / "models" / "agent.py").exists()  # renamed key, same class
    changes = compare(beta_normalized, normalize(doc, log=io.StringIO()))
    seen = {(c.breaking, c.what) for c in changes}
    for variant in combinable:
        for breaking, what, _ in variant.expected:
            assert any(b is breaking and what in w for b, w in seen), f"{variant.name}: {what!r} missing"
