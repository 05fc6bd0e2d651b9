"""Contract tests: every operation of the pinned document, called through the generated client against Prism.

Each operation's call arguments come from the document itself: path parameters and required query
parameters from their examples (or a valid value for their schema), the request body from each of
the operation's request examples (or a minimal body built from the schema's required properties).
Prism answers with the operation's lowest documented 2xx response, once per named 2xx example.

An operation fails, with one `[category]` line per problem, when
- a request example does not build into the generated request model;
- Prism reports a request violation (its `sl-violations` header lists entries under `request`).
  The same request is then also sent without the client, by plain httpx straight from the
  document: a violation that request gets too is the document's (or Prism's), not the client's,
  and is reported as `[rejected without the client too]`, still as a failure;
- the answer is not the documented 2xx status;
- a documented 2xx JSON answer does not parse into a typed model (`parsed` is None, or parsing raises);
- a `_type`-tagged object (request or response) lands in a model class its tag does not name.
Every JSON body is sent three ways: as the model built from the example, as the example mapping
itself (`body={...}`), and, for object bodies, as keyword arguments (keys the method does not take
as keywords go in `extra_body=`); each must pass Prism's request validation.
Violations Prism reports against its *own* answer (a document example contradicting its schema)
are not failures of the client; they are listed beside the failures as context.
"""

from __future__ import annotations

import importlib
import inspect
import json
import os
import pathlib
import re
import traceback
import types
import typing
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum
from functools import cache
from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote
from uuid import UUID

import attrs
import httpx
import pytest
import yaml
from openapi_python_client.strings import ClassName, PythonIdentifier

import dixa_client.api
import dixa_client.models
from dixa_client import APIStatusError, Dixa
from dixa_client.resources import OPERATIONS as FACADE_METHODS
from dixa_client.types import File, Response, Unset
from scripts.fetch_spec import cached_path, fetch
from scripts.resources import CALL_ARGUMENTS
from scripts.routes import Route, endpoint_module_names, route

API_VERSION = "beta"
API_KEY = "contract-test-api-key"
REQUEST_TIMEOUT_SECONDS = 15.0
FIELD_PREFIX = "field_"  # generator_config.yaml
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
JSON_MEDIA_TYPE = "application/json"
MULTIPART_MEDIA_TYPE = "multipart/form-data"
MAX_SCHEMA_DEPTH = 20
EXCERPT_CHARS = 300

# Values for parameters and body fields without an example: by schema format, then by type.
FIXED_UUID = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
SAMPLE_BY_FORMAT: dict[str, Any] = {
    "uuid": FIXED_UUID,
    "date-time": "2021-12-01T12:46:36Z",
    "date": "2021-12-01",
    "email": "alice@example.com",
    "uri": "https://example.com/",
    "url": "https://example.com/",
    "int64": 1,
    "int32": 1,
}
SAMPLE_BY_TYPE: dict[str, Any] = {"string": "example", "integer": 1, "number": 1.0, "boolean": True}
# The smallest valid PNG (1x1, transparent), for binary multipart parts.
PIXEL_PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000005000173a8b2150000000049454e44ae426082"
)
UPLOAD_NAME, UPLOAD_TYPE = "pixel.png", "image/png"


# --- the document -----------------------------------------------------------------------------


def load_document() -> dict[str, Any]:
    """The pinned document (fetched and verified against its lock when it is not cached yet)."""
    path = cached_path(API_VERSION)
    if not path.exists():
        path = fetch(API_VERSION, os.environ.get("DIXA_OPENAPI_URL") or None)
    document = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    if not isinstance(document, dict):
        raise TypeError(f"{path} is not an OpenAPI document")
    return document


DOCUMENT = load_document()


def resolve(node: Any) -> Any:
    """Follow local `$ref`s (`#/...`) in DOCUMENT; any other reference is refused."""
    for _ in range(MAX_SCHEMA_DEPTH):
        if not (isinstance(node, dict) and "$ref" in node):
            return node
        reference = node["$ref"]
        if not isinstance(reference, str) or not reference.startswith("#/"):
            raise ValueError(f"refusing non-local $ref {reference!r}")
        node = DOCUMENT
        for part in reference[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
    raise ValueError("$ref chain too long")


@dataclass(frozen=True)
class Operation:
    """One operation of the document: what to call, and what the document says about it."""

    operation_id: str
    method: str
    path: str
    definition: dict[str, Any] = field(repr=False, compare=False)

    @property
    def success_status(self) -> str:
        """The lowest documented 2xx status, the one Prism is asked for."""
        statuses = sorted(str(status) for status in self.definition.get("responses", {}) if str(status)[0] == "2")
        if not statuses:
            raise AssertionError(f"{self.operation_id} documents no 2xx response")
        return statuses[0]

    @property
    def success_content(self) -> dict[str, Any]:
        response = resolve(self.definition["responses"].get(self.success_status) or {})
        return {str(media): resolve(content) for media, content in (response.get("content") or {}).items()}

    @property
    def success_is_json(self) -> bool:
        return "schema" in self.success_content.get(JSON_MEDIA_TYPE, {})

    @property
    def request_content(self) -> dict[str, Any]:
        body = resolve(self.definition.get("requestBody") or {})
        return {str(media): resolve(content) for media, content in (body.get("content") or {}).items()}

    @property
    def parameters(self) -> list[dict[str, Any]]:
        """Path parameters and required query parameters: the ones every call must send."""
        inherited = DOCUMENT["paths"][self.path].get("parameters", [])
        every = [resolve(parameter) for parameter in [*inherited, *self.definition.get("parameters", [])]]
        return [p for p in every if p["in"] == "path" or (p["in"] == "query" and p.get("required"))]


def document_operations() -> list[Operation]:
    found = []
    for path, item in DOCUMENT.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in item:
                definition = item[method]
                found.append(Operation(definition.get("operationId") or f"{method} {path}", method, path, definition))
    return found


OPERATIONS = document_operations()


# --- the generated client ---------------------------------------------------------------------


@cache
def endpoints_by_route() -> dict[Route, types.ModuleType]:
    """Every generated endpoint module by the route its `_get_kwargs` sends (matched by scripts/routes.py)."""
    names = endpoint_module_names(pathlib.Path(dixa_client.__file__ or "").parent)
    return {key: importlib.import_module(name) for key, name in names.items()}


def endpoint_module(operation: Operation) -> types.ModuleType:
    module = endpoints_by_route().get(route(operation.method, operation.path))
    if module is None:
        pytest.fail(f"{operation.operation_id}: no generated module sends {operation.method.upper()} {operation.path}")
    return module


def call_operation(
    base_url: str, api_key: str, operation: Operation, arguments: Mapping[str, Any], *, prefer: str | None = None
) -> Response[Any]:
    """Call `operation` through the facade, `Dixa(...).<namespace>.with_raw_response.<method>(...)`.

    `prefer` is Prism's `Prefer` header (which response to mock). Raw access returns one page of a
    paginated operation with status and headers; an error status raises, and its response is used.
    """
    namespace, method = FACADE_METHODS[operation.operation_id]
    headers = {"Prefer": prefer} if prefer else {}
    client = Dixa(api_key, base_url=base_url, default_headers=headers, max_retries=0, rate_limit=None,
                  timeout=httpx.Timeout(REQUEST_TIMEOUT_SECONDS))  # fmt: skip
    with client:
        call = getattr(getattr(client, namespace).with_raw_response, method)
        try:
            raw = call(**arguments)
        except APIStatusError as error:
            http = error.response
            return Response(HTTPStatus(http.status_code), http.content, http.headers, None)
    return Response(HTTPStatus(raw.status_code), raw.http_response.content, raw.headers, raw.parsed)


@cache
def all_models() -> dict[str, Any]:
    """Every model class by name (dixa_client.models loads them on first use)."""
    return {name: getattr(dixa_client.models, name) for name in dixa_client.models.__all__}


@cache
def field_hints(model: type) -> dict[str, Any]:
    """A generated model's field annotations (models refer to each other under TYPE_CHECKING only)."""
    return typing.get_type_hints(model, localns=all_models())


# --- values from the document -----------------------------------------------------------------


def sample_for_schema(schema: Any, depth: int = 0) -> Any:
    """A minimal valid value: the schema's example, else its required properties filled recursively."""
    schema = resolve(schema)
    if not isinstance(schema, dict) or depth > MAX_SCHEMA_DEPTH:
        return None
    if "example" in schema:
        return schema["example"]
    if schema.get("enum"):
        return schema["enum"][0]
    for keyword in ("oneOf", "anyOf"):
        if schema.get(keyword):
            return sample_for_schema(schema[keyword][0], depth + 1)
    if schema.get("allOf"):
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = sample_for_schema(part, depth + 1)
            merged.update(value if isinstance(value, dict) else {})
        return merged
    kind = schema.get("type", "object" if "properties" in schema else None)
    if kind == "object":
        properties = schema.get("properties", {})
        return {name: sample_for_schema(properties.get(name, {}), depth + 1) for name in schema.get("required", [])}
    if kind == "array":
        return [sample_for_schema(schema.get("items", {}), depth + 1)] * max(int(schema.get("minItems", 0)), 0)
    if schema.get("format") in SAMPLE_BY_FORMAT:
        return SAMPLE_BY_FORMAT[schema["format"]]
    return SAMPLE_BY_TYPE.get(str(kind))


def parameter_value(parameter: dict[str, Any]) -> Any:
    if "example" in parameter:
        return parameter["example"]
    for example in (parameter.get("examples") or {}).values():
        return resolve(example).get("value")
    return sample_for_schema(parameter.get("schema", {}))


def binary_properties(schema: Any) -> dict[str, bool]:
    """Multipart properties holding files: name -> whether it is an array of files."""
    properties = resolve(schema).get("properties", {})
    found = {}
    for name, prop in properties.items():
        prop = resolve(prop)
        if prop.get("format") == "binary":
            found[name] = False
        elif resolve(prop.get("items", {})).get("format") == "binary":
            found[name] = True
    return found


NO_BODY = object()


@dataclass(frozen=True)
class Exchange:
    """One call of an operation: which request body example, and which response Prism is asked for."""

    label: str
    body: Any  # JSON from the document, or NO_BODY
    prefer: str


def prefer_header(status: str, example: str | None = None) -> str:
    if example is None:
        return f"code={status}"
    if '"' in example or not example.isascii():
        raise ValueError(f"cannot ask Prism for example {example!r} in a Prefer header")
    return f'code={status}, example="{example}"'


def request_examples(operation: Operation) -> list[tuple[str, Any]]:
    """(label, JSON body) per request example; a body sampled from the schema if none; NO_BODY if no body."""
    if not operation.request_content:
        return [("no request body", NO_BODY)]
    examples: list[tuple[str, Any]] = []
    for media_type, content in operation.request_content.items():
        if "example" in content:
            examples.append(("request example", content["example"]))
        for name, example in (content.get("examples") or {}).items():
            examples.append((f"request example {name!r}", resolve(example).get("value")))
        if not examples:
            examples.append((f"{media_type} request built from the schema", sample_for_schema(content.get("schema"))))
    return examples


def plan_exchanges(operation: Operation) -> list[Exchange]:
    """Every request example with the first 2xx example, then every further named 2xx example."""
    status = operation.success_status
    response_names = list(operation.success_content.get(JSON_MEDIA_TYPE, {}).get("examples") or {})
    requests = request_examples(operation)
    first = response_names[0] if response_names else None
    exchanges = [Exchange(label, body, prefer_header(status, first)) for label, body in requests]
    first_label, first_body = requests[0]
    for name in response_names[1:]:
        exchanges.append(Exchange(f"{first_label}, {status} example {name!r}", first_body, prefer_header(status, name)))
    return exchanges


# --- building the call ------------------------------------------------------------------------


def union_members(hint: Any) -> tuple[Any, ...]:
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return typing.get_args(hint)
    return (hint,)


def without_unset(hint: Any) -> tuple[Any, ...]:
    return tuple(member for member in union_members(hint) if member is not Unset)


def coerce(value: Any, hint: Any) -> Any:
    """A scalar from the document as the Python type the generated function takes."""
    for member in without_unset(hint):
        if member is UUID:
            return UUID(str(value))
        if member is datetime:
            return datetime.fromisoformat(str(value))
        if member is date:
            return date.fromisoformat(str(value)[:10])
        if isinstance(member, type) and issubclass(member, Enum):
            return member(value)
        if member in (int, float, str) and not isinstance(value, bool):
            return member(value)
    return value


def names_tag(model: Any, tag: str) -> bool:
    """Whether a model class is the one a `_type` tag names.

    A model that declares its wire tag (`__dixa_tag__`) is judged by it. Otherwise by name: the tag is
    a schema title, and its class is named after it, possibly with a numeric suffix (`IsOneOf1`), the
    parent's name in front (`SearchFieldStatus`, see unique_titles) or generic arguments behind
    (`BulkActionFailureBulkErrorAgent`).
    """
    declared = getattr(model, "__dixa_tag__", None)
    if isinstance(declared, str):
        return declared == tag
    expected, name = ClassName(tag, FIELD_PREFIX), getattr(model, "__name__", "")
    return name.rstrip("0123456789") == expected or name.startswith(expected) or name.endswith(expected)


def leftover_keys(model: Any) -> set[str]:
    """Keys of the example that the model kept as additional properties rather than fields."""
    extra = getattr(model, "additional_properties", None)
    return set(extra) - {"_type"} if isinstance(extra, dict) else set()


def build_value(hint: Any, value: Any) -> Any:
    """JSON from the document as the generated type `hint`: models via `from_dict`, lists item by item."""
    members = without_unset(hint)
    if len(members) > 1:
        return build_union(members, value)
    (hint,) = members
    if typing.get_origin(hint) is list and isinstance(value, list):
        (item_hint,) = typing.get_args(hint) or (Any,)
        return [build_value(item_hint, item) for item in value]
    from_dict = getattr(hint, "from_dict", None)
    if callable(from_dict) and isinstance(value, Mapping):
        return from_dict(value)
    return coerce(value, hint)


def build_union(members: Sequence[Any], value: Any) -> Any:
    """The variant a request example means: the one its `_type` tag names, else the first that takes it whole."""
    tag = value.get("_type") if isinstance(value, Mapping) else None
    for member in members:
        if isinstance(tag, str) and isinstance(member, type) and names_tag(member, tag):
            return build_value(member, value)
    candidates, errors = [], []
    for member in members:
        if not hasattr(member, "from_dict"):
            origin = typing.get_origin(member) or member
            if isinstance(origin, type) and isinstance(value, origin):
                return build_value(member, value)
            continue
        try:
            candidate = build_value(member, value)
        except Exception as error:  # noqa: BLE001 - a variant that does not fit is skipped
            errors.append(f"{member.__name__}: {type(error).__name__}: {error}")
            continue
        if not leftover_keys(candidate):
            return candidate
        candidates.append(candidate)
    if candidates:
        return candidates[0]
    raise TypeError(f"no variant of {[getattr(m, '__name__', m) for m in members]} takes the example: {errors}")


def upload() -> File:
    return File(payload=BytesIO(PIXEL_PNG), file_name=UPLOAD_NAME, mime_type=UPLOAD_TYPE)


def multipart_body(hint: Any, schema: Any, value: Any) -> Any:
    """The multipart model: the non-file fields from `value`, one small PNG for every file field."""
    (model_type,) = without_unset(hint)
    files = binary_properties(schema)
    model = model_type.from_dict({name: item for name, item in (value or {}).items() if name not in files})
    for name, is_array in files.items():
        setattr(model, PythonIdentifier(name, FIELD_PREFIX), [upload()] if is_array else upload())
    return model


def call_arguments(operation: Operation, exchange: Exchange) -> dict[str, Any]:
    """Keyword arguments of the generated function for this exchange (parameters, then body)."""
    hints = typing.get_type_hints(endpoint_module(operation).sync_detailed)
    arguments: dict[str, Any] = {}
    for parameter in operation.parameters:
        name = PythonIdentifier(parameter["name"], FIELD_PREFIX)
        if name not in hints:
            pytest.fail(
                f"{operation.operation_id}: no argument {name!r} for {parameter['in']} parameter {parameter['name']!r}"
            )
        arguments[name] = coerce(parameter_value(parameter), hints[name])
    if exchange.body is not NO_BODY:
        if "body" not in hints:
            pytest.fail(f"{operation.operation_id}: the document has a request body, the generated function takes none")
        multipart = operation.request_content.get(MULTIPART_MEDIA_TYPE)
        if multipart is not None and JSON_MEDIA_TYPE not in operation.request_content:
            arguments["body"] = multipart_body(hints["body"], multipart.get("schema", {}), exchange.body)
        else:
            arguments["body"] = build_value(hints["body"], exchange.body)
    return arguments


def send_verbatim(base_url: str, operation: Operation, exchange: Exchange) -> httpx.Response:
    """The exchange's request sent by plain httpx, straight from the document: what a faithful client sends."""
    path, query = operation.path, {}
    for parameter in operation.parameters:
        value = str(parameter_value(parameter))
        if parameter["in"] == "path":
            path = path.replace(f"{{{parameter['name']}}}", quote(value, safe=""))
        else:
            query[parameter["name"]] = value
    request: dict[str, Any] = {"params": query, "headers": {"Authorization": API_KEY, "Prefer": exchange.prefer}}
    multipart = operation.request_content.get(MULTIPART_MEDIA_TYPE)
    if exchange.body is NO_BODY:
        pass
    elif multipart is not None and JSON_MEDIA_TYPE not in operation.request_content:
        files = binary_properties(multipart.get("schema", {}))
        request["data"] = {name: item for name, item in (exchange.body or {}).items() if name not in files}
        request["files"] = [(name, (UPLOAD_NAME, PIXEL_PNG, UPLOAD_TYPE)) for name in files]
    else:
        request["json"] = exchange.body
    with httpx.Client(base_url=base_url, timeout=REQUEST_TIMEOUT_SECONDS) as client:
        return client.request(operation.method.upper(), path, **request)


# --- judging the answer -----------------------------------------------------------------------

VIOLATION = re.compile(r'\{"location":\[([^\]]*)\],"severity":"(\w+)","code":[^,]*,"message":"((?:[^"\\]|\\.)*)"\}')


def prism_violations(headers: Mapping[str, str]) -> tuple[list[str], list[str]]:
    """(request violations, response violations) from Prism's `sl-violations` header, without repeats.

    Prism cuts the header at about 8 kB and prefixes it with "Too many violations!"; the complete
    entries before the cut are still read.
    """
    header = headers.get("sl-violations") or ""
    requests: dict[str, None] = {}
    responses: dict[str, None] = {}
    for match in VIOLATION.finditer(header):
        location = [str(part) for part in json.loads(f"[{match.group(1)}]")] or ["?"]
        message = json.loads('"' + match.group(3) + '"')
        text = f"{'.'.join(location)}: {message} ({match.group(2)})"
        (requests if location[0] == "request" else responses)[text] = None
    if header.startswith("Too many violations!"):  # the cut is in the last part Prism wrote: responses come last
        (responses if responses else requests)["(Prism cut its sl-violations header: too many to list)"] = None
    return list(requests), list(responses)


def failure_site(error: BaseException) -> str:
    """Where in the generated package an error was raised, e.g. `models/x.py:12 in from_dict`."""
    frames = [frame for frame in traceback.extract_tb(error.__traceback__) if "dixa_client" in frame.filename]
    if not frames:
        return "outside dixa_client"
    return f"{frames[-1].filename.rpartition('dixa_client/')[2]}:{frames[-1].lineno} in {frames[-1].name}"


def describe(error: BaseException) -> str:
    return f"{type(error).__name__}: {(str(error) or repr(error))[:EXCERPT_CHARS]} ({failure_site(error)})"


def call_error_category(error: BaseException) -> str:
    if isinstance(error, httpx.HTTPError):
        return "transport error"
    functions = {frame.name for frame in traceback.extract_tb(error.__traceback__)}
    if "_parse_response" in functions:
        return "response does not parse"
    if "_get_kwargs" in functions:
        return "request does not serialize"
    return "call failed"


def model_types(hint: Any) -> list[type]:
    return [member for member in without_unset(hint) if isinstance(member, type) and attrs.has(member)]


def tag_mismatches(value: Any, parsed: Any, hint: Any, where: str) -> list[str]:
    """Union members whose `_type` tag names one variant of their union but which were parsed into another.

    `hint` is the generated annotation of the place `parsed` sits in; only where it is a union of
    models is the tag a choice between variants (models such as ActivityLogEntry carry `_type` as data).
    """
    if isinstance(value, list) and isinstance(parsed, list):
        lists = [member for member in without_unset(hint) if typing.get_origin(member) is list]
        item_hint = typing.get_args(lists[0])[0] if lists and typing.get_args(lists[0]) else Any
        pairs = enumerate(zip(value, parsed, strict=False))
        return [problem for i, (v, p) in pairs for problem in tag_mismatches(v, p, item_hint, f"{where}[{i}]")]
    if not (isinstance(value, dict) and attrs.has(type(parsed))):
        return []
    found = []
    model: type = type(parsed)
    tag, variants = value.get("_type"), model_types(hint)
    if isinstance(tag, str) and len(variants) > 1:
        named = [variant for variant in variants if names_tag(variant, tag)]
        if named and model not in named:
            found.append(f"{where}: `_type: {tag}` parsed as {model.__name__}, not {named[0].__name__}")
    hints = field_hints(model)
    extra = getattr(parsed, "additional_properties", None)
    extra_hint = typing.get_args(hints.get("additional_properties", dict[str, Any]))[-1:] or (Any,)
    for key, item in value.items():
        if not isinstance(item, dict | list):
            continue
        name = PythonIdentifier(key, FIELD_PREFIX)
        if name in hints and name != "additional_properties":
            found.extend(tag_mismatches(item, getattr(parsed, name, None), hints[name], f"{where}.{key}"))
        elif isinstance(extra, dict) and key in extra:
            found.extend(tag_mismatches(item, extra[key], extra_hint[0], f"{where}.{key}"))
    return found


def is_typed(parsed: Any) -> bool:
    if isinstance(parsed, list):
        return all(attrs.has(type(item)) for item in parsed)
    return attrs.has(type(parsed))


def excerpt(content: bytes) -> str:
    text = content.decode("utf-8", errors="replace")
    return text if len(text) <= EXCERPT_CHARS else f"{text[:EXCERPT_CHARS]}..."


def request_violation_problems(
    base_url: str, operation: Operation, exchange: Exchange, violations: list[str]
) -> list[str]:
    """The client's request violations, each marked by whether the verbatim request gets it too."""
    verbatim, _ = prism_violations(send_verbatim(base_url, operation, exchange).headers)
    return [
        f"[rejected without the client too] {violation}"
        if violation in verbatim
        else f"[Prism request violation] {violation}"
        for violation in violations
    ]


def answer_problems(operation: Operation, response: Response[Any]) -> list[str]:
    """What is wrong with the answer the client got, as `[category] detail` lines."""
    status = str(int(response.status_code))
    if status != operation.success_status:
        return [f"[unexpected status] {status} instead of {operation.success_status}: {excerpt(response.content)}"]
    if not operation.success_is_json:
        return []
    if response.parsed is None:
        return [f"[not parsed] the documented {status} JSON answer gave parsed=None"]
    if not is_typed(response.parsed):
        return [f"[untyped] parsed into {type(response.parsed).__name__}, not a model"]
    answer = json.loads(response.content)
    if isinstance(response.parsed, list) and isinstance(answer, dict):  # a list method returns the wrapper's data
        answer = answer.get("data")
    mismatches = tag_mismatches(answer, response.parsed, None, "response")
    return [f"[wrong union variant] {mismatch}" for mismatch in mismatches]


def body_keywords(operation: Operation) -> set[str]:
    """The facade method's keyword arguments that are body properties (empty if it has none)."""
    namespace, method = FACADE_METHODS[operation.operation_id]
    signature = inspect.signature(getattr(getattr(Dixa(API_KEY), namespace), method))
    own = set(typing.get_type_hints(endpoint_module(operation).sync_detailed))
    return {name for name in signature.parameters if name not in own and name not in CALL_ARGUMENTS}


def body_variants(operation: Operation, exchange: Exchange, arguments: dict[str, Any]) -> list[tuple[str, Any]]:
    """The same call with the body as the example mapping, and as keyword arguments where it can be."""
    if exchange.body is NO_BODY or JSON_MEDIA_TYPE not in operation.request_content:
        return []
    variants = [("as a mapping", {**arguments, "body": exchange.body})]
    keywords = body_keywords(operation)
    if keywords and isinstance(exchange.body, dict):
        taken = set(arguments) - {"body"}
        by_keyword: dict[str, Any] = {name: value for name, value in arguments.items() if name != "body"}
        extra: dict[str, Any] = {}
        for key, value in exchange.body.items():
            name = str(PythonIdentifier(key, FIELD_PREFIX))
            name = f"body_{name}" if name in taken or name in CALL_ARGUMENTS else name
            if name in keywords:
                by_keyword[name] = value
            else:
                extra[key] = value
        variants.append(("as keywords", {**by_keyword, **({"extra_body": extra} if extra else {})}))
    return variants


def variant_problems(base_url: str, operation: Operation, exchange: Exchange, arguments: dict[str, Any]) -> list[str]:
    problems = []
    for label, variant in body_variants(operation, exchange, arguments):
        try:
            response = call_operation(base_url, API_KEY, operation, variant, prefer=exchange.prefer)
        except Exception as error:  # noqa: BLE001 - reported with where it happened
            problems.append(f"[{label}] [{call_error_category(error)}] {describe(error)}")
            continue
        request_violations, _ = prism_violations(response.headers)
        problems += [f"[{label}] {problem}" for problem in request_violation_problems(
            base_url, operation, exchange, request_violations)]  # fmt: skip
    return problems


def exchange_problems(base_url: str, operation: Operation, exchange: Exchange) -> tuple[list[str], list[str]]:
    """(failures, Prism's complaints about its own answer) for one exchange."""
    try:
        arguments = call_arguments(operation, exchange)
    except Exception as error:  # noqa: BLE001 - reported as the failure it is
        return [f"[request example does not build] {describe(error)}"], []
    problems = []
    if exchange.body is not NO_BODY and "body" in arguments:
        body_hint = typing.get_type_hints(endpoint_module(operation).sync_detailed)["body"]
        body_mismatches = tag_mismatches(exchange.body, arguments["body"], body_hint, "request")
        problems += [f"[wrong union variant] {mismatch}" for mismatch in body_mismatches]
    try:
        response = call_operation(base_url, API_KEY, operation, arguments, prefer=exchange.prefer)
    except Exception as error:  # noqa: BLE001 - reported with where it happened
        return [*problems, f"[{call_error_category(error)}] {describe(error)}"], []
    request_violations, response_violations = prism_violations(response.headers)
    if request_violations:  # Prism then answers with the documented 400 (or 422) instead of the 2xx
        problems += request_violation_problems(base_url, operation, exchange, request_violations)
    if not request_violations or str(int(response.status_code)) == operation.success_status:
        problems += answer_problems(operation, response)
    problems += variant_problems(base_url, operation, exchange, arguments)
    return problems, response_violations


# --- the test ---------------------------------------------------------------------------------


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
@pytest.mark.parametrize("operation", OPERATIONS, ids=[operation.operation_id for operation in OPERATIONS])
def test_operation_against_prism(operation: Operation, prism_base_url: str) -> None:
    failures: list[str] = []
    context: dict[str, None] = {}
    for exchange in plan_exchanges(operation):
        problems, response_violations = exchange_problems(prism_base_url, operation, exchange)
        failures += [f"{exchange.label}: {problem}" for problem in problems]
        context.update(dict.fromkeys(response_violations))
    if failures:
        lines = [f"{operation.operation_id} ({operation.method.upper()} {operation.path}):", *failures]
        if context:
            lines += ["context - Prism finds the document's own response example invalid:", *context]
        pytest.fail("\n  ".join(lines), pytrace=False)


def test_every_json_body_is_also_sent_as_a_mapping_and_as_keywords() -> None:
    """The variants above cover every JSON body: as a mapping always, as keywords for each object body."""
    mappings, keywords, object_bodies = 0, 0, 0
    for operation in OPERATIONS:
        for exchange in plan_exchanges(operation):
            if exchange.body is NO_BODY or JSON_MEDIA_TYPE not in operation.request_content:
                continue
            labels = [label for label, _ in body_variants(operation, exchange, call_arguments(operation, exchange))]
            assert "as a mapping" in labels, operation.operation_id
            mappings += 1
            schema = resolve(operation.request_content[JSON_MEDIA_TYPE].get("schema") or {})
            if schema.get("properties") and isinstance(exchange.body, dict):
                object_bodies += 1
                assert "as keywords" in labels, operation.operation_id
                keywords += 1
    assert mappings > 40 and keywords == object_bodies > 30
