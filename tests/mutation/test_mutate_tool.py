"""`make mutate`'s own choices: which mutants run, which count as equivalent, what each module is tested by."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts import mutate
from scripts.mutate import (
    TARGETS,
    annotation_lines,
    in_annotation,
    kept_operator,
    load_equivalents,
    mutated_line,
)
from tests.conftest import ROOT


@pytest.mark.parametrize(
    ("operator", "kept"),
    [
        ("core/ReplaceComparisonOperator_Lt_LtE", True),
        ("core/ReplaceComparisonOperator_Lt_Is", False),
        ("core/ReplaceBinaryOperator_Add_Sub", True),
        ("core/ReplaceBinaryOperator_Add_LShift", False),
        ("core/ReplaceBinaryOperator_BitOr_BitAnd", True),
        ("core/ReplaceUnaryOperator_Delete_Not", True),
        ("core/ReplaceUnaryOperator_USub_Invert", False),
        ("core/NumberReplacer", True),
        ("core/ZeroIterationForLoop", True),
    ],
)
def test_each_operator_keeps_its_natural_opposite_only(operator: str, kept: bool) -> None:
    assert kept_operator(operator) is kept


def test_mutations_inside_annotations_are_recognised() -> None:
    source = "def f(a: int | None, *, b: str = 'x') -> dict[str, int]:\n    c: int | str = a | b\n    return c\n"
    spans = annotation_lines(source)
    assert in_annotation((1, 13), spans)  # the `|` in `int | None`
    assert in_annotation((1, 41), spans)  # inside the return annotation
    assert in_annotation((2, 11), spans)  # the `|` of `c: int | str`
    assert not in_annotation((2, 21), spans)  # the `|` of `a | b`: real code
    assert not in_annotation((3, 4), spans)


def test_the_mutated_line_is_read_from_the_diff() -> None:
    diff = "--- a/x.py\n+++ b/x.py\n@@ -1,3 +1,3 @@\n a = 1\n-    if n > 1:\n+    if n >= 1:\n b = 2\n"
    assert mutated_line(diff) == "if n >= 1:"
    assert mutated_line("") == ""


def test_equivalents_are_read_and_malformed_lines_refused(tmp_path: Path) -> None:
    listing = tmp_path / "equivalent.txt"
    listing.write_text("# comment\n\nm.py | NumberReplacer | x = 2 | why\n", encoding="utf-8")
    (equivalent,) = load_equivalents(listing)
    assert (equivalent.module, equivalent.operator, equivalent.line, equivalent.reason) == (
        "m.py",
        "NumberReplacer",
        "x = 2",
        "why",
    )
    listing.write_text("m.py | NumberReplacer | x = 2\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="equivalent.txt:1: expected"):
        load_equivalents(listing)


def test_the_repository_equivalents_name_mutated_modules() -> None:
    for equivalent in load_equivalents():
        assert equivalent.module in TARGETS, equivalent


def test_every_hand_written_module_is_mutated_with_tests_that_exist() -> None:
    wanted = [p.relative_to(ROOT).as_posix() for p in sorted((ROOT / "overrides").glob("*/*.py"))]
    wanted += ["scripts/fetch_spec.py", "scripts/vendor.py"]
    wanted += [p.relative_to(ROOT).as_posix() for p in sorted((ROOT / "scripts").glob("changelog*.py"))]
    assert sorted(TARGETS) == sorted(wanted)
    for module, subset in TARGETS.items():
        assert all((ROOT / test).exists() for test in subset.tests), module


def test_a_runtime_module_is_mutated_in_the_copy_the_tests_import() -> None:
    assert mutate.mutated_path("overrides/runtime/_unions.py") == ROOT / "generated" / "dixa_client" / "_unions.py"
    assert mutate.mutated_path("scripts/vendor.py") == ROOT / "scripts" / "vendor.py"


def test_an_unknown_module_is_refused() -> None:
    with pytest.raises(SystemExit, match="not a mutated module"):
        list(mutate.selected(["scripts/nothing.py"]))
    assert list(mutate.selected(["overrides/spec/"])) == [m for m in TARGETS if m.startswith("overrides/spec/")]
