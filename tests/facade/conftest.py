"""The README's quick start and tests/facade/usage_example.py are user documentation of one version's
client: written with its class names (`EmailConversation`, `InternalNoteData`, ...) and the output
they print. Their tests run when the pin is that version, and are not collected under another pin
(the behaviour they show is tested on every pin by this directory's other tests, which find their
models through the document: tests/pinned_models.py)."""

from __future__ import annotations

from scripts.typecheck_examples import README_VERSION
from tests.conftest import API_VERSION

DOCUMENTATION_TESTS = ["test_readme.py", "test_usage_example.py"]

collect_ignore = [] if API_VERSION == README_VERSION else DOCUMENTATION_TESTS
