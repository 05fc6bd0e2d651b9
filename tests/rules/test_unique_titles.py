from overrides.spec.unique_titles import apply
from tests.conftest import tiny_document

REF = "#/components/schemas/"


def obj(title: str, prop: str) -> dict[str, object]:
    return {"title": title, "type": "object", "properties": {prop: {"type": "string"}}}


def titles(doc: dict[str, object]) -> dict[str, str]:
    return {k: v["title"] for k, v in doc["components"]["schemas"].items()}  # type: ignore[index]


def test_key_spelled_like_the_title_keeps_it_and_a_single_parent_names_the_other() -> None:
    doc = tiny_document(
        {
            "Between": obj("Between", "from"),
            "Between1": obj("Between", "min"),
            "DurationOperator": {"title": "DurationOperator", "oneOf": [{"$ref": REF + "Between1"}]},
        }
    )
    assert apply(doc) == 1
    assert titles(doc)["Between"] == "Between"
    assert titles(doc)["Between1"] == "DurationOperatorBetween"


def test_several_parents_or_a_path_fall_back_to_the_unique_key() -> None:
    doc = tiny_document(
        {
            "Queue": obj("Queue", "id"),
            "Queue1": obj("Queue", "name"),
            "A": {"title": "A", "type": "object", "properties": {"q": {"$ref": REF + "Queue1"}}},
            "B": {"title": "B", "type": "object", "properties": {"q": {"$ref": REF + "Queue1"}}},
        }
    )
    apply(doc)
    assert titles(doc)["Queue1"] == "Queue1"


def test_titles_differing_only_in_case_or_punctuation_collide() -> None:
    doc = tiny_document({"X": obj("Foo_bar", "a"), "Y": obj("FooBar", "b")})
    apply(doc)
    assert titles(doc) == {"X": "X", "Y": "Y"}


def test_a_colliding_parent_is_named_first_and_lends_its_new_name() -> None:
    doc = tiny_document(
        {
            "Condition": obj("Condition", "x"),
            "Condition1": {"title": "Condition", "oneOf": [{"$ref": REF + "IsOneOf1"}]},
            "CombinedFilters": {"title": "CombinedFilters", "type": "object",
                                "properties": {"c": {"$ref": REF + "Condition1"}}},
            "IsOneOf": obj("IsOneOf", "values"),
            "IsOneOf1": obj("IsOneOf", "other"),
        }
    )  # fmt: skip
    apply(doc)
    assert titles(doc)["Condition1"] == "CombinedFiltersCondition"
    assert titles(doc)["IsOneOf1"] == "CombinedFiltersConditionIsOneOf"


def test_names_do_not_depend_on_key_order() -> None:
    schemas = {
        "Text": obj("Text", "a"),
        "Text1": obj("Text", "b"),
        "Text2": obj("Text", "c"),
        "Form": {"title": "Form", "oneOf": [{"$ref": REF + "Text1"}]},
        "Input": {"title": "Input", "oneOf": [{"$ref": REF + "Text2"}]},
    }
    forward = tiny_document(schemas)
    backward = tiny_document(dict(reversed(list(schemas.items()))))
    apply(forward)
    apply(backward)
    assert titles(forward) == titles(backward)
    assert titles(forward)["Text1"] == "FormText" and titles(forward)["Text2"] == "InputText"


def test_nothing_changes_without_collisions() -> None:
    doc = tiny_document({"A": obj("A", "x"), "B": obj("B", "y")})
    assert apply(doc) == 0


def envelope(title: str, ref: str, listed: bool = False) -> dict[str, object]:
    data = {"type": "array", "items": {"$ref": REF + ref}} if listed else {"$ref": REF + ref}
    return {"title": title, "type": "object", "properties": {"data": data, "meta": {"type": "object"}}}


def owner(title: str, prop: str, ref: str) -> dict[str, object]:
    return {"title": title, "type": "object", "properties": {prop: {"$ref": REF + ref}}}


def test_what_endpoints_return_whole_keeps_the_title_and_a_shared_part_takes_its_owners_stem() -> None:
    doc = tiny_document(
        {
            "Queue": obj("Queue", "queuedAt"),  # the `queue` of every conversation
            "Queue1": obj("Queue", "name"),  # the queue itself, as its endpoints return it
            "ChatConversation": owner("ChatConversation", "queue", "Queue"),
            "EmailConversation": owner("EmailConversation", "queue", "Queue"),
            "GetQueueOutput": envelope("GetQueueOutput", "Queue1"),
            "ListQueuesOutput": envelope("ListQueuesOutput", "Queue1", listed=True),
        }
    )
    apply(doc)
    assert titles(doc)["Queue1"] == "Queue"
    assert titles(doc)["Queue"] == "ConversationQueue"


def test_several_owners_with_a_common_stem_name_a_colliding_schema() -> None:
    doc = tiny_document(
        {
            "IsOneOf": obj("IsOneOf", "values"),
            "IsOneOf1": obj("IsOneOf", "channels"),
            "ChannelOperator": {"title": "ChannelOperator", "oneOf": [{"$ref": REF + "IsOneOf1"}]},
            "StatusOperator": {"title": "StatusOperator", "oneOf": [{"$ref": REF + "IsOneOf1"}]},
        }
    )
    apply(doc)
    assert titles(doc) == {**titles(doc), "IsOneOf": "IsOneOf", "IsOneOf1": "OperatorIsOneOf"}


def test_an_envelope_lends_its_name_without_the_envelope_word_and_the_title() -> None:
    doc = tiny_document(
        {
            "Team": obj("Team", "id"),  # an agent's teams, ids only
            "Team1": obj("Team", "name"),  # the team itself
            "AgentTeamsOutput": envelope("AgentTeamsOutput", "Team", listed=True),
            "CreateTeamOutput": envelope("CreateTeamOutput", "Team1"),
            "ListTeamsOutput": envelope("ListTeamsOutput", "Team1", listed=True),
        }
    )
    apply(doc)
    assert titles(doc)["Team1"] == "Team"  # returned by the most endpoints
    assert titles(doc)["Team"] == "AgentTeam"
