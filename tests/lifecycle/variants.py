"""Changed copies of the pinned document, built in memory, each with the changelog it must give.

Every variant is a function over the parsed (not yet normalized) document, as upstream would
publish it; `expected` lists (breaking?, what, a piece of where) for each entry the changelog must
hold, and `exact` says that nothing else may be reported.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, field

from overrides.spec._document import SCHEMA_PREFIX, Document, Node, iter_dicts, schemas
from tests.conftest import API_PREFIX, API_VERSION
from tests.derived import other_version

OTHER_VERSION = other_version(API_VERSION)

Expected = tuple[bool, str, str]  # (breaking, what, a substring of where)


@dataclass(frozen=True)
class Variant:
    name: str
    apply: Callable[[Document], None]
    expected: list[Expected] = field(default_factory=list)
    exact: bool = True
    combinable: bool = True  # may be applied together with the other combinable ones (test_regeneration)

    def build(self, beta: Document) -> Document:
        doc = copy.deepcopy(beta)
        self.apply(doc)
        return doc


def operation(doc: Document, method: str, path: str) -> Node:
    paths: dict[str, dict[str, Node]] = doc["paths"]
    return paths[path][method]


def parameter(doc: Document, method: str, path: str, name: str) -> Node:
    parameters: list[Node] = operation(doc, method, path).get("parameters", [])
    (found,) = [p for p in parameters if p.get("name") == name]
    return found


# Schemas are found through the operations that use them, never by component key: keys are the
# document's choice (tests/derived.py renames them), what GET /agents/{agentId} answers is the API.


def json_schema(holder: Node) -> Node:
    """The JSON schema of a request body or response."""
    found: Node = holder["content"]["application/json"]["schema"]
    return found


def ref_key(node: Node) -> str:
    ref: str = node["$ref"]
    return ref.removeprefix(SCHEMA_PREFIX)


def response_key(doc: Document, method: str, path: str, status: str = "200") -> str:
    """The component key of an operation's response schema."""
    return ref_key(json_schema(operation(doc, method, path)["responses"][status]))


def data_key(doc: Document, method: str, path: str) -> str:
    """The component key of what an operation answers under `data` (Dixa wraps each answer so)."""
    return ref_key(schemas(doc)[response_key(doc, method, path)]["properties"]["data"])


def body_key(doc: Document, method: str, path: str) -> str:
    return ref_key(json_schema(operation(doc, method, path)["requestBody"]))


def agent_key(doc: Document) -> str:
    return data_key(doc, "get", f"{API_PREFIX}/agents/{{agentId}}")


def content_key(doc: Document) -> str:
    """The union of message contents: what an inbound message body holds under `content`."""
    messages = schemas(doc)[body_key(doc, "post", f"{API_PREFIX}/conversations/{{conversationId}}/messages")]
    inbound = [
        schemas(doc)[ref_key(m)] for m in messages["oneOf"] if "content" in schemas(doc)[ref_key(m)]["properties"]
    ]
    return ref_key(inbound[0]["properties"]["content"])


def member_titled(doc: Document, union: str, title: str) -> str:
    """The key of the union member titled `title` (a variant's title is its wire tag)."""
    (found,) = [ref_key(m) for m in schemas(doc)[union]["oneOf"] if schemas(doc)[ref_key(m)].get("title") == title]
    return found


def rename_schema(doc: Document, old: str, new: str, title: str | None = None) -> None:
    """Move a component schema to another key (and refs with it); `title` also renames the class."""
    table = schemas(doc)
    table[new] = table.pop(old)
    if title is not None:
        table[new]["title"] = title
    for node in iter_dicts(doc):
        if node.get("$ref") == f"#/components/schemas/{old}":
            node["$ref"] = f"#/components/schemas/{new}"


def edit_described_values(doc: Document, values: str, replacement: str) -> int:
    """Change a `values: [..]` list everywhere it is written, as upstream does when a set grows."""
    count = 0
    for node in iter_dicts(doc):
        description = node.get("description")
        if isinstance(description, str) and f"values: [{values}]" in description:
            node["description"] = description.replace(f"values: [{values}]", f"values: [{replacement}]")
            count += 1
    assert count, f"no description lists [{values}]"
    return count


def add_operation(doc: Document) -> None:
    copied = copy.deepcopy(operation(doc, "get", f"{API_PREFIX}/agents"))
    copied["operationId"] = "getAgentsArchived"
    copied["summary"] = "List archived agents"
    doc["paths"][f"{API_PREFIX}/agents/archived"] = {"get": copied}


def remove_operation(doc: Document) -> None:
    del doc["paths"][f"{API_PREFIX}/agents/{{agentId}}"]["delete"]


def add_parameters(doc: Document) -> None:
    parameters = operation(doc, "get", f"{API_PREFIX}/agents").setdefault("parameters", [])
    parameters.append({"name": "region", "in": "query", "required": True, "schema": {"type": "string"}})
    parameters.append({"name": "locale", "in": "query", "required": False, "schema": {"type": "string"}})


def add_required_request_property(doc: Document) -> None:
    created = schemas(doc)[body_key(doc, "post", f"{API_PREFIX}/agents")]
    created["properties"]["department"] = {"type": "string"}
    created["required"].append("department")


def add_required_response_property(doc: Document) -> None:
    agent = schemas(doc)["Agent"]
    agent["properties"]["department"] = {"type": "string"}
    agent["required"].append("department")


def loosen_request_property(doc: Document) -> None:
    schemas(doc)["CreateAgentInput"]["required"].remove("displayName")


def remove_response_property(doc: Document) -> None:
    agent = schemas(doc)[agent_key(doc)]
    del agent["properties"]["email"]
    agent["required"].remove("email")


def change_property_type(doc: Document) -> None:
    schemas(doc)[agent_key(doc)]["properties"]["phoneNumber"]["type"] = "integer"


def add_enum_values(doc: Document) -> None:
    parameter(doc, "get", f"{API_PREFIX}/templates", "type")["schema"]["enum"].append("Signature")
    edit_described_values(
        doc, "AwaitingPending, Closed, Open, Pending", "AwaitingPending, Closed, Open, Pending, Snoozed"
    )


def remove_enum_values(doc: Document) -> None:
    parameter(doc, "get", f"{API_PREFIX}/templates", "type")["schema"]["enum"].remove("EmailAutoReply")
    edit_described_values(doc, "Csat, Nps, ThumbsUpOrDown", "Csat, ThumbsUpOrDown")


def add_union_variant(doc: Document) -> None:
    table, content = schemas(doc), content_key(doc)
    table["RichText"] = {**copy.deepcopy(table[member_titled(doc, content, "Text")]), "title": "RichText"}
    table[content]["oneOf"].append({"$ref": f"{SCHEMA_PREFIX}RichText"})


def rename_keeping_class(doc: Document) -> None:
    rename_schema(doc, agent_key(doc), "AgentRecord")  # the title, hence the class name, stays Agent


def rename_changing_class(doc: Document) -> None:
    rename_schema(doc, data_key(doc, "get", f"{API_PREFIX}/tags/{{tagId}}"), "Label", title="Label")


def wrap_in_one_member_unions(doc: Document) -> None:
    """A request body and a list item each wrapped in a one-member `oneOf`: same wire, same classes."""
    body = operation(doc, "post", f"{API_PREFIX}/conversations/import")["requestBody"]["content"]["application/json"]
    body["schema"] = {"oneOf": [body["schema"]]}
    data = schemas(doc)[response_key(doc, "get", f"{API_PREFIX}/search/conversations")]["properties"]["data"]
    data["items"] = {"oneOf": [data["items"]]}


def change_error_responses(doc: Document) -> None:
    """Statuses removed and added (as claim and rating offers did upstream), and the 404 model renamed."""
    claim = operation(doc, "put", f"{API_PREFIX}/conversations/{{conversationId}}/claim")["responses"]
    claim["500"] = {**copy.deepcopy(claim.pop("409")), "description": "Internal error"}
    del operation(doc, "post", f"{API_PREFIX}/conversations/{{conversationId}}/ratings/offer")["responses"]["404"]
    not_found = response_key(doc, "get", f"{API_PREFIX}/agents/{{agentId}}", "404")
    rename_schema(doc, not_found, "NotFoundError", title="NotFoundError")


def change_servers(doc: Document) -> None:
    doc["servers"] = [{"url": "https://api.dixa.io"}]


def change_version(doc: Document) -> None:
    doc["info"]["version"] = OTHER_VERSION


def deprecate(doc: Document) -> None:
    operation(doc, "get", f"{API_PREFIX}/tags")["deprecated"] = True
    schemas(doc)[data_key(doc, "get", f"{API_PREFIX}/endusers/{{userId}}")]["properties"]["phoneNumber"][
        "deprecated"
    ] = True
    parameter(doc, "get", f"{API_PREFIX}/agents", "email")["deprecated"] = True


def move_every_path(doc: Document) -> None:
    doc["paths"] = {path.replace(f"{API_PREFIX}/", "/v2/", 1): item for path, item in doc["paths"].items()}


def collide_summaries(doc: Document) -> None:
    """A new operation summarised like an existing one: both facade methods fall back to operationIds."""
    copied = copy.deepcopy(operation(doc, "get", f"{API_PREFIX}/agents"))
    copied["operationId"] = "getAgentsArchived"
    doc["paths"][f"{API_PREFIX}/agents/archived"] = {"get": copied}


def rename_method(doc: Document) -> None:
    """Another tag: another namespace (and module), whatever the naming rule within a namespace."""
    operation(doc, "get", f"{API_PREFIX}/tags")["tags"] = ["Labels"]


VARIANTS = [
    Variant("add an operation", add_operation, [(False, "operation added", f"GET {API_PREFIX}/agents/archived")]),
    Variant(
        "remove an operation",
        remove_operation,
        [(True, "operation removed", f"DELETE {API_PREFIX}/agents/{{agentId}}")],
    ),
    Variant(
        "add a required and an optional parameter",
        add_parameters,
        [
            (True, "new required parameter", "`getAgents` query parameter `region`"),
            (False, "new optional parameter", "`getAgents` query parameter `locale`"),
        ],
    ),
    Variant(
        "add a required request property",
        add_required_request_property,
        [(True, "new required property", "`postAgents` request body `department`")],
    ),
    Variant("remove a response property", remove_response_property, [(True, "property removed", "(`Agent.email`)")]),
    # A new response property, even required, only adds an attribute; a request field going optional breaks nothing.
    Variant(
        "add a required response property",
        add_required_response_property,
        [(False, "property added", "(`Agent.department`)")],
    ),
    Variant(
        "a required request property becomes optional",
        loosen_request_property,
        [(False, "now optional", "`postAgents` request body `displayName`")],
    ),
    # The document's examples show strings, so normalization widens the new type to a union.
    Variant(
        "change a property type", change_property_type, [(True, "type changed from `string`", "`Agent.phoneNumber`")]
    ),
    Variant(
        "add enum values",
        add_enum_values,
        [
            (False, "enum value `Signature` added", "`getTemplates` query parameter `type`"),
            (False, "enum value `Snoozed` added", ""),
        ],
    ),
    Variant(
        "remove enum values",
        remove_enum_values,
        [
            (True, "enum value `EmailAutoReply` removed", "`getTemplates` query parameter `type`"),
            (True, "enum value `Nps` removed", ""),
        ],
    ),
    Variant("add a union variant", add_union_variant, [(False, "union variant `RichText` added", "")]),
    Variant("rename a schema, same class name", rename_keeping_class, []),
    Variant(
        "rename a schema and its class",
        rename_changing_class,
        [
            (True, "class `Tag` renamed to `Label`", ""),
            (True, "class `TagState` renamed to `LabelState`", ""),  # an enum named after its owner follows it
        ],
    ),
    Variant("wrap a body and an item in one-member unions", wrap_in_one_member_unions, []),
    Variant(
        "change error responses",
        change_error_responses,
        [
            (False, "error response removed", "`putConversationsConversationidClaim` response 409"),
            (False, "error response added", "`putConversationsConversationidClaim` response 500"),
            (False, "error response removed", "`postConversationsConversationidRatingsOffer` response 404"),
            (True, "class `NotFound` renamed to `NotFoundError`", ""),
            # The freed title goes to the other schema titled NotFound (unique_titles): a rename too.
            (True, "union variant `BulkErrorNotFound` renamed to `NotFound`", ""),
        ],
    ),
    Variant("change the servers", change_servers, [(True, "servers changed from `https://dev.dixa.io`", "`servers`")]),
    Variant(
        "change the API version",
        change_version,
        [(False, f"API version changed from `{API_VERSION}` to `{OTHER_VERSION}`", "")],
    ),
    Variant(
        "deprecate an operation, a property and a parameter",
        deprecate,
        [
            (False, "deprecated", "`getTags`"),
            (False, "deprecated", "(`EndUser.phoneNumber`)"),
            (False, "deprecated", "`getAgents` query parameter `email`"),
        ],
    ),
    Variant(
        "move every path under another prefix",
        move_every_path,
        [(False, f"path prefix changed from `{API_PREFIX}` to `/v2`", "paths")],
        combinable=False,  # the other variants find their operations under /beta
    ),
    Variant(
        "a new operation whose summary collides",
        collide_summaries,
        [
            (False, "operation added", f"GET {API_PREFIX}/agents/archived"),
            (True, "renamed to `client.agents.get_agents`", "`getAgents`"),  # both fall back to operationIds
        ],
        combinable=False,  # adds the same path as "add an operation"
    ),
    Variant(
        "an operation moves to another tag",
        rename_method,
        [
            (True, "renamed to `client.labels.", "`getTags`"),  # the method's own name is the naming rule's
            (True, "functions moved from `api.tags.get_tags` to `api.labels.get_tags`", "`getTags`"),
        ],
    ),
]


def require_region(doc: Document) -> None:
    parameters = operation(doc, "get", f"{API_PREFIX}/conversations/{{conversationId}}").setdefault("parameters", [])
    parameters.append({"name": "region", "in": "query", "required": True, "schema": {"type": "string"}})


def sample_project_breaks(doc: Document) -> None:
    """The breaking changes tests/lifecycle/sample_project marks: one of each kind a user meets."""
    remove_operation(doc)
    rename_changing_class(doc)
    remove_response_property(doc)
    require_region(doc)
    add_required_request_property(doc)
    edit_described_values(doc, "Csat, Nps, ThumbsUpOrDown", "Csat, ThumbsUpOrDown")
    change_servers(doc)


def real_cases(doc: Document) -> None:
    """One upstream update mirroring what real Dixa documents did between dates (issue 13), in one go."""
    for edit in (
        remove_operation, remove_response_property, change_property_type, require_region,
        add_required_request_property, remove_enum_values, rename_changing_class, rename_method,
        add_operation, add_union_variant, wrap_in_one_member_unions, change_error_responses, deprecate,
        change_servers, change_version,
    ):  # fmt: skip
        edit(doc)
    add_enum_values(doc)
    move_every_path(doc)  # last: the others find their operations under /beta


# The changelog REAL_CASES must give: breaking entries, and entries that must not be breaking (what, where).
REAL_CASES_BREAKING: list[tuple[str, str]] = [
    ("operation removed", f"DELETE {API_PREFIX}/agents/{{agentId}}"),
    ("property removed", "(`Agent.email`)"),
    ("type changed from `string`", "`Agent.phoneNumber`"),
    ("new required parameter", "`getConversationsConversationid` query parameter `region`"),
    ("new required property", "`postAgents` request body `department`"),
    ("enum value `EmailAutoReply` removed", "`getTemplates` query parameter `type`"),
    ("enum value `Nps` removed", ""),
    ("class `Tag` renamed to `Label`", ""),
    ("class `TagState` renamed to `LabelState`", ""),
    ("class `NotFound` renamed to `NotFoundError`", ""),
    ("union variant `BulkErrorNotFound` renamed to `NotFound`", ""),
    ("servers changed", "`servers`"),
    ("renamed to `client.labels.", "`getTags`"),
    ("functions moved from `api.tags.get_tags` to `api.labels.get_tags`", "`getTags`"),
]
REAL_CASES_NOT_BREAKING: list[tuple[str, str]] = [
    ("error response removed", "`putConversationsConversationidClaim` response 409"),
    ("error response added", "`putConversationsConversationidClaim` response 500"),
    ("error response removed", "`postConversationsConversationidRatingsOffer` response 404"),
    ("deprecated", "`getTags`"),
    ("deprecated", "(`EndUser.phoneNumber`)"),
    ("deprecated", "`getAgents` query parameter `email`"),
    (f"API version changed from `{API_VERSION}` to `{OTHER_VERSION}`", "`info.version`"),
    (f"path prefix changed from `{API_PREFIX}` to `/v2`", "paths"),
    ("operation added", "GET /v2/agents/archived"),
    ("union variant `RichText` added", ""),
    ("enum value `Signature` added", "`getTemplates` query parameter `type`"),
    ("enum value `Snoozed` added", ""),
]
