"""Run openapi-python-client with the generated models' own attribute names reserved.

A property spelled like a model's own attribute (`additional_properties`, `to_dict`, ...) would replace it
on the class; the generator already suffixes Python's reserved words with `_`, and these get the same
treatment (the JSON key is unchanged). Usage: python -m scripts.generator_names generate ARGS...
"""

from __future__ import annotations

from openapi_python_client import strings
from openapi_python_client.cli import app

# Attributes every generated model class has (overrides/templates/model.py.jinja).
MODEL_ATTRIBUTES = frozenset({"additional_properties", "additional_keys", "to_dict", "to_multipart", "from_dict"})


def main() -> None:
    strings.RESERVED_WORDS.update(MODEL_ATTRIBUTES)
    app(prog_name="openapi-python-client")


if __name__ == "__main__":
    main()
