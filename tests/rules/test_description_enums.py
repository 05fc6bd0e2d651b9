from overrides.spec.description_enums import apply
from overrides.spec.empty_unions_to_enums import OPEN_ENUM_KEY
from tests.conftest import tiny_document

REF = "#/components/schemas/"


def prop(values: str) -> dict[str, str]:
    return {"type": "string", "description": f"values: [{values}]"}


def test_one_value_list_becomes_one_shared_open_enum_named_after_its_property() -> None:
    doc = tiny_document(
        {
            "A": {"type": "object", "properties": {"state": prop("Open, Closed")}},
            "B": {"type": "object", "properties": {"state": prop("Open, Closed")}},
            "C": {"type": "object", "properties": {"states": {"type": "array", "items": prop("Open, Closed")}}},
        }
    )
    assert apply(doc) == 3
    table = doc["components"]["schemas"]
    assert table["State"]["enum"] == ["Open", "Closed"] and table["State"][OPEN_ENUM_KEY]
    assert table["A"]["properties"]["state"] == {"$ref": REF + "State"}
    assert table["C"]["properties"]["states"]["items"] == {"$ref": REF + "State"}


def test_different_lists_wanting_one_name_the_most_used_keeps_it() -> None:
    doc = tiny_document(
        {
            "A": {"title": "A", "type": "object", "properties": {"direction": prop("Inbound, Outbound")}},
            "B": {"title": "B", "type": "object", "properties": {"direction": prop("Inbound, Outbound")}},
            "Z": {"title": "Z", "type": "object", "properties": {"direction": prop("inbound, outbound")}},
        }
    )
    apply(doc)
    table = doc["components"]["schemas"]
    assert table["Direction"]["enum"] == ["Inbound", "Outbound"]
    assert table["ZDirection"]["enum"] == ["inbound", "outbound"]


def test_a_name_already_used_by_a_schema_gets_the_owner_prefix() -> None:
    doc = tiny_document(
        {
            "Channel": {"title": "Channel", "type": "object"},
            "Conv": {"title": "Conv", "type": "object", "properties": {"channel": prop("Email, Chat")}},
        }
    )
    apply(doc)
    assert doc["components"]["schemas"]["ConvChannel"]["enum"] == ["Email", "Chat"]


def test_query_parameters_with_a_described_list_get_the_enum() -> None:
    doc = tiny_document({})
    doc["paths"] = {
        "/x": {
            "get": {
                "operationId": "getX",
                "parameters": [{"name": "kind", "in": "query", "description": "Allowed values: [A, B]",
                                "schema": {"type": "string"}}],
                "responses": {"204": {"description": "ok"}},
            }
        }
    }  # fmt: skip
    assert apply(doc) == 1
    assert doc["paths"]["/x"]["get"]["parameters"][0]["schema"] == {"$ref": REF + "Kind"}


def test_descriptions_without_a_list_are_left_alone() -> None:
    doc = tiny_document({"A": {"type": "object", "properties": {"s": {"type": "string", "description": "free text"}}}})
    assert apply(doc) == 0


def test_a_contested_list_is_named_after_its_owners_common_stem() -> None:
    conversation = {"type": "object", "properties": {"channel": prop("Email, Chat")}}
    doc = tiny_document(
        {
            "Channel": {"type": "object", "properties": {"field": {"type": "string"}}},  # the name is taken
            "ChatConversation": conversation,
            "EmailConversation": conversation,
            "ConversationRating": conversation,
            "Widget": {"type": "object", "properties": {"channel": prop("Web, App")}},
        }
    )
    apply(doc)
    table = doc["components"]["schemas"]
    assert table["ConversationChannel"]["enum"] == ["Email", "Chat"]
    assert table["WidgetChannel"]["enum"] == ["Web", "App"]  # one owner: its title


def test_a_stem_shared_by_as_many_owners_goes_to_the_concept_more_common_in_the_document() -> None:
    direction = {"type": "object", "properties": {"direction": prop("In, Out")}}
    doc = tiny_document(
        {
            "Direction": {"type": "object", "properties": {"field": {"type": "string"}}},
            "ChatConversation": direction,
            "EmailConversation": direction,
            "ChatAttributes": direction,
            "EmailAttributes": direction,
            "ConversationLink": {"type": "object"},
        }
    )
    apply(doc)
    assert "ConversationDirection" in doc["components"]["schemas"]
