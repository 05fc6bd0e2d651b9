"""Post-process step: `dixa_client/params.py`, the wire shape of every model as a `TypedDict`.

A request body (or any nested value) may be given as a mapping with the document's own keys
(`{"displayName": "Ada"}`); these types let mypy and pyright check such mappings. They are read
from the generator's own parse of the normalized document (so class names are exactly the
generated ones): `<Model>Param` per model, `NotRequired` for optional keys, nested values as
`<Model>Param | <Model>`, lists as `Sequence[...]`, maps as `Mapping[str, ...]`.
"""

from __future__ import annotations

import keyword
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser.openapi import GeneratorData
from openapi_python_client.parser.properties.any import AnyProperty
from openapi_python_client.parser.properties.boolean import BooleanProperty
from openapi_python_client.parser.properties.const import ConstProperty
from openapi_python_client.parser.properties.date import DateProperty
from openapi_python_client.parser.properties.datetime import DateTimeProperty
from openapi_python_client.parser.properties.enum_property import EnumProperty
from openapi_python_client.parser.properties.file import FileProperty
from openapi_python_client.parser.properties.float import FloatProperty
from openapi_python_client.parser.properties.int import IntProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.string import StringProperty
from openapi_python_client.parser.properties.union import UnionProperty
from openapi_python_client.parser.properties.uuid import UuidProperty

from scripts.errors import GenerationError

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "generator_config.yaml"
SUFFIX = "Param"
MODULE = "params"
TAG_KEY = "_type"  # the wire's union tag (overrides/spec/wire_tags.py)


def generator_data(doc: dict[str, Any]) -> GeneratorData:
    """The generator's own parse of the (normalized) document, with this project's settings."""
    config = Config.from_sources(ConfigFile.load_from_path(CONFIG), MetaType.NONE, ROOT, "utf-8", True, None)
    data = GeneratorData.from_dict(doc, config=config)
    if not isinstance(data, GeneratorData):
        raise GenerationError(f"params: the generator could not parse the document: {data}")
    return data


@dataclass
class Imports:
    """Names an annotation needs: models and enums (by module) and the standard types."""

    models: dict[str, str] = field(default_factory=dict)  # class -> module under models/
    params: set[str] = field(default_factory=set)
    typing: set[str] = field(default_factory=set)  # names from typing / collections.abc / datetime / uuid

    def update(self, other: Imports) -> None:
        self.models.update(other.models)
        self.params.update(other.params)
        self.typing.update(other.typing)


def raw(text: object) -> str:
    """The document's own text (the generator wraps it so it cannot reach code unquoted: we quote it)."""
    getter = getattr(text, "get_untrusted_value", None)
    return str(getter()) if callable(getter) else str(text or "")


def param_name(model: ModelProperty) -> str:
    return f"{model.class_info.name}{SUFFIX}"


def annotation(prop: Any, imports: Imports) -> str:
    """What a caller may give for `prop`, in wire shape or as models: the union of both."""
    if isinstance(prop, ModelProperty):
        imports.models[str(prop.class_info.name)] = str(prop.class_info.module_name)
        imports.params.add(param_name(prop))
        return f"{param_name(prop)} | {prop.class_info.name}"
    if isinstance(prop, ListProperty):
        imports.typing.add("Sequence")
        return f"Sequence[{annotation(prop.inner_property, imports)}]"
    if isinstance(prop, UnionProperty):
        parts: list[str] = []
        for inner in prop.inner_properties:
            for part in annotation(inner, imports).split(" | "):
                if part not in parts:
                    parts.append(part)
        return " | ".join(parts)
    if isinstance(prop, EnumProperty):
        imports.models[str(prop.class_info.name)] = str(prop.class_info.module_name)
        base = "int" if prop.value_type is int else "str"
        return f"{prop.class_info.name} | {base}"
    if isinstance(prop, ConstProperty):
        imports.typing.add("Literal")
        return f"Literal[{prop.value.python_code}]"
    if isinstance(prop, DateTimeProperty):
        imports.typing.add("datetime")
        return "str | datetime.datetime"
    if isinstance(prop, DateProperty):
        imports.typing.add("datetime")
        return "str | datetime.date"
    if isinstance(prop, UuidProperty):
        imports.typing.add("UUID")
        return "str | UUID"
    if isinstance(prop, StringProperty):
        return "str"
    if isinstance(prop, IntProperty):
        return "int"
    if isinstance(prop, FloatProperty):
        return "float"
    if isinstance(prop, BooleanProperty):
        return "bool"
    if isinstance(prop, NoneProperty):
        return "None"
    if isinstance(prop, FileProperty):  # an upload (the package has a File model too: qualify this one)
        return "_types.File"
    if isinstance(prop, AnyProperty):
        imports.typing.add("Any")
        return "Any"
    imports.typing.add("Any")
    return "Any"


@dataclass
class Key:
    wire: str
    annotation: str
    required: bool
    description: str


@dataclass
class TypedDictSpec:
    name: str
    model: str
    keys: list[Key]
    values: str | None  # set for a pure map: the alias is Mapping[str, values]

    @property
    def class_syntax(self) -> bool:
        return all(k.wire.isidentifier() and not keyword.iskeyword(k.wire) for k in self.keys)


def specs(data: GeneratorData, imports: Imports) -> list[TypedDictSpec]:
    found: list[TypedDictSpec] = []
    model_names = {str(m.class_info.name) for m in data.models}
    for model in sorted(data.models, key=lambda m: str(m.class_info.name)):
        name = param_name(model)
        if name in model_names:
            raise GenerationError(f"params: {name} would shadow the model of that name")
        required, optional = model.required_properties or [], model.optional_properties or []
        keys = [
            Key(raw(p.name), annotation(p, imports), p in required, " ".join(raw(p.description).split()))
            for p in [*required, *optional]
        ]
        tag = (model.data.model_extra or {}).get("x-dixa-tag")
        if isinstance(tag, str) and all(k.wire != TAG_KEY for k in keys):
            keys.append(Key(TAG_KEY, f"Literal[{tag!r}]", False, "The variant's tag; added when absent."))
        values = None
        if not keys and model.additional_properties is not None:  # a map: its values' type
            values = annotation(model.additional_properties, imports)
        found.append(TypedDictSpec(name, str(model.class_info.name), keys, values))
    return found


HEADER = '''"""Request bodies in their wire shape: one `TypedDict` per model, with the document's own keys.

Pass one anywhere a model is accepted (`client.end_users.create(body={"displayName": "Ada"})`);
it is checked against the model before anything is sent. Generated by scripts/params.py: do not edit.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, NotRequired, TypeAlias, TypedDict
from uuid import UUID

from . import types as _types

if TYPE_CHECKING:
'''


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def docstring_text(text: object) -> str:
    """`text` safe inside a triple-quoted docstring whatever it holds (quotes, backslashes, NULs)."""
    return _CONTROL.sub(" ", str(text)).replace("\\", "\\\\").replace('"', '\\"')


def render_module(data: GeneratorData) -> str:
    imports = Imports()
    typed_dicts = specs(data, imports)
    lines = [HEADER]
    for cls, module in sorted(imports.models.items()):
        lines.append(f"    from .models.{module} import {cls}\n")
    if not imports.models:
        lines.append("    pass\n")
    lines.append(f"\n__all__ = {sorted(spec.name for spec in typed_dicts)!r}\n")
    for spec in typed_dicts:
        lines.append("\n\n")
        if spec.values is not None:
            lines.append(f'{spec.name}: TypeAlias = "Mapping[str, {spec.values}]"\n')
            lines.append(f'"""`{spec.model}` in its wire shape: any keys."""\n')
            continue

        def typed(key: Key) -> str:
            return key.annotation if key.required else f"NotRequired[{key.annotation}]"

        if spec.class_syntax:
            lines.append(f"class {spec.name}(TypedDict):\n")
            lines.append(f'    """`{spec.model}` in its wire shape."""\n')
            for key in spec.keys:
                lines.append(f"\n    {key.wire}: {typed(key)}\n")
                if key.description:
                    lines.append(f'    """{docstring_text(key.description)}"""\n')
        else:
            fields = ", ".join(f"{key.wire!r}: {typed(key)!r}" for key in spec.keys)
            lines.append(f"{spec.name} = TypedDict({spec.name!r}, {{{fields}}})\n")
            lines.append(f'"""`{spec.model}` in its wire shape."""\n')
    return "".join(lines)


def render(package: Path, data: GeneratorData) -> int:
    """Write dixa_client/params.py; returns the number of types written."""
    text = render_module(data)
    (package / f"{MODULE}.py").write_text(text, encoding="utf-8")
    return text.count(f"{SUFFIX}(TypedDict)") + text.count("= TypedDict(") + text.count(": TypeAlias")
