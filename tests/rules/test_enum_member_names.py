import json
from pathlib import Path

from overrides.spec.enum_member_names import VARNAMES_KEY, apply, member_name, member_names
from scripts.normalize import normalize, write_json
from tests.conftest import get_operation, tiny_document


def test_words_split_at_case_changes() -> None:
    assert [member_name(v) for v in ["WidgetChat", "FacebookMessenger", "PstnPhone", "WhatsApp"]] == [
        "WIDGET_CHAT", "FACEBOOK_MESSENGER", "PSTN_PHONE", "WHATS_APP",
    ]  # fmt: skip
    assert [member_name(v) for v in ["SOME_VALUE", "SLAEvaluationVoided", "OneAtATime", "inbound"]] == [
        "SOME_VALUE", "SLA_EVALUATION_VOIDED", "ONE_AT_A_TIME", "INBOUND",
    ]  # fmt: skip
    assert [member_name(v) for v in ["v2Api", "text/html", "2xx", ""]] == ["V2_API", "TEXT_HTML", "VALUE_2XX", "VALUE"]


def test_collisions_get_numbered_in_order_and_the_pseudo_member_name_stays_free() -> None:
    # `PstnPhone` and `pstn-phone` both want PSTN_PHONE; `PSTN_PHONE` is spelled so and keeps it.
    assert member_names(["PstnPhone", "PSTN_PHONE", "pstn-phone"]) == ["PSTN_PHONE_2", "PSTN_PHONE", "PSTN_PHONE_3"]
    assert member_names(["Unknown", "Known"]) == ["UNKNOWN_2", "KNOWN"]


def test_every_string_enum_gets_its_names_and_examples_are_left_alone() -> None:
    example = {"enum": ["NotASchema"]}
    doc = tiny_document(
        {
            "Channel": {"type": "string", "enum": ["WidgetChat", "Email"], "example": example},
            "Nullable": {"type": "string", "enum": ["OnHold", None]},
            "Numbers": {"type": "integer", "enum": [1, 2]},
            "Named": {"type": "string", "enum": ["a"], VARNAMES_KEY: ["FIRST"]},
        }
    )
    assert apply(doc) == 2
    table = doc["components"]["schemas"]
    assert table["Channel"][VARNAMES_KEY] == ["WIDGET_CHAT", "EMAIL"]
    assert table["Nullable"][VARNAMES_KEY] == ["ON_HOLD"]  # null is not a member
    assert VARNAMES_KEY not in table["Numbers"] and table["Named"][VARNAMES_KEY] == ["FIRST"]
    assert example == {"enum": ["NotASchema"]}


def test_the_generator_takes_the_names(tmp_path: Path) -> None:
    from scripts.generate import run_generator

    schemas = {"Channel": {"type": "string", "enum": ["WidgetChat", "PSTN_PHONE", "PstnPhone"]}}
    doc = normalize(tiny_document(schemas, get_operation("/channel", "Channel")), log=open("/dev/null", "w"))
    write_json(doc, tmp_path / "doc.json")
    run_generator(tmp_path / "doc.json", tmp_path / "out")
    source = next((tmp_path / "out").rglob("channel.py")).read_text()
    assert 'WIDGET_CHAT = "WidgetChat"' in source and 'PSTN_PHONE = "PSTN_PHONE"' in source
    assert 'PSTN_PHONE_2 = "PstnPhone"' in source
    assert json.loads((tmp_path / "doc.json").read_text())["components"]["schemas"]["Channel"][VARNAMES_KEY]


def test_enums_inside_lists_of_schemas_get_names_too() -> None:
    inline = {"type": "string", "enum": ["WidgetChat"]}
    doc = tiny_document({"Channel": {"oneOf": [inline, {"type": "integer"}]}, "Both": {"allOf": [dict(inline)]}})
    assert apply(doc) == 2
    table = doc["components"]["schemas"]
    assert table["Channel"]["oneOf"][0][VARNAMES_KEY] == ["WIDGET_CHAT"]
    assert table["Both"]["allOf"][0][VARNAMES_KEY] == ["WIDGET_CHAT"]


def test_an_enum_that_is_not_all_strings_does_not_stop_the_walk() -> None:
    doc = tiny_document(
        {"Numbers": {"type": "integer", "enum": [1, 2]}, "Later": {"type": "string", "enum": ["OnHold"]}}
    )
    assert apply(doc) == 1
    assert doc["components"]["schemas"]["Later"][VARNAMES_KEY] == ["ON_HOLD"]
