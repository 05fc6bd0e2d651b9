"""`make mutate`: mutation testing (cosmic-ray) of the hand-written code, each module with its own tests.

Each single mutation of a module (an operator swapped, a condition negated, a number changed, a loop
skipped...) is applied on disk and the module's test subset is run: a mutant the tests do not notice
"survives". The score of a module is killed / (killed + survived); survivors are printed with their
diff. Known equivalent mutants (no behaviour changes) are listed with a reason in
tests/mutation/equivalent.txt and left out of the score.

Runtime modules are copied verbatim into generated/dixa_client, which is what the tests import: the
copy is mutated (after checking it equals overrides/runtime/) and reported under its overrides/ name.

Sessions are kept in build/mutation/ (resumable: a run picks up where an interrupted one stopped;
--fresh starts over). Usage: python -m scripts.mutate [--fresh] [--list] [MODULE ...]
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import re
import subprocess
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SESSIONS = ROOT / "build" / "mutation"
EQUIVALENT = ROOT / "tests" / "mutation" / "equivalent.txt"
THRESHOLD = 90.0


@dataclass(frozen=True)
class Subset:
    """The tests that exercise a module, and how long they may take before a mutant counts as a hang
    (killed: an endless loop is a behaviour change); a few times their time on a busy machine."""

    tests: tuple[str, ...]
    timeout: float = 30.0


RUNTIME_TESTS = Subset(("tests/runtime",), 120.0)
UNION_TESTS = Subset(
    (
        "tests/models/test_union_ranking.py",
        "tests/models/test_unions.py",
        "tests/models/test_union_shared_fields.py",
        "tests/models/test_tolerance.py",
    ),
    60.0,
)
TIMESTAMP_TESTS = Subset(("tests/models/test_timestamp_edges.py", "tests/models/test_timestamps.py"))
RULE_TESTS = Subset(("tests/rules",))  # the helpers every rule shares
SPEC = ROOT / "overrides" / "spec"


def rule_tests(rule: str, *more: str) -> Subset:
    """A rule by its own tiny documents, then the choices pinned across rules."""
    return Subset((f"tests/rules/test_{rule}.py", *more, "tests/rules/test_pinned_rule_choices.py"))


# The changelog's steps, each by the tests on tiny documents of its own step first, then of the steps
# built on it; the tests on the whole pinned document (test_changelog.py: a minute) are left out.
CLASSIFICATION_TESTS = ("tests/lifecycle/test_changelog_classification.py", "tests/lifecycle/test_changelog_differ.py")
CHANGELOG_SUBSETS = {
    "changelog.py": Subset(("tests/lifecycle/test_changelog_command.py",)),
    "changelog_classify.py": Subset(CLASSIFICATION_TESTS),
    "changelog_facade.py": Subset(("tests/lifecycle/test_changelog_facade.py",)),
    "changelog_operations.py": Subset(("tests/lifecycle/test_changelog_operations.py", *CLASSIFICATION_TESTS)),
    "changelog_packages.py": Subset(
        ("tests/lifecycle/test_changelog_package_names.py", "tests/lifecycle/test_changelog_packages.py"), 60.0
    ),
    "changelog_report.py": Subset(("tests/lifecycle/test_changelog_report.py",)),
    "changelog_surface.py": Subset(("tests/lifecycle/test_changelog_surface.py", *CLASSIFICATION_TESTS)),
    "changelog_targets.py": Subset(("tests/lifecycle/test_changelog_targets.py",)),
    "changelog_usage.py": Subset(("tests/lifecycle/test_changelog_targets.py", "tests/lifecycle/test_usage.py"), 120.0),
}

RUNTIME = ROOT / "overrides" / "runtime"
CLIENT_TESTS = ("tests/runtime/test_client_behaviour.py", "tests/runtime/test_decoding.py")  # _client and _calls
# Each runtime module's own tests, fastest first (a module not named here: all of tests/runtime).
RUNTIME_SUBSETS = {
    "_accelerate.py": Subset(("tests/runtime/test_accelerate_behaviour.py", "tests/models/test_accelerator.py"), 120.0),
    "_unions.py": UNION_TESTS,
    "_datetime.py": TIMESTAMP_TESTS,
    "_base_client.py": Subset(
        (
            "tests/runtime/test_base_client_behaviour.py",
            "tests/runtime/test_base_client.py",
            "tests/runtime/test_client_options.py",
            "tests/runtime/test_async_client.py",
            "tests/runtime/test_secrets.py",
            "tests/runtime/test_total_timeout.py",
        ),
        60.0,
    ),
    "_deadline.py": Subset(
        (
            "tests/runtime/test_deadline_behaviour.py",
            "tests/runtime/test_deadline_backend.py",
            "tests/runtime/test_total_timeout.py",
            "tests/runtime/test_import_cost.py",
        )
    ),
    "_body.py": Subset(
        (
            "tests/runtime/test_body_behaviour.py",
            "tests/runtime/test_hostile_responses.py",
            "tests/runtime/test_total_timeout.py",
        )
    ),
    "_request.py": Subset(("tests/runtime/test_request_behaviour.py", "tests/facade/test_requests.py"), 60.0),
    # The namespaces' base classes: built by every facade client.
    "_resource.py": Subset(("tests/runtime/test_decoding.py",)),
    "_response.py": Subset(("tests/runtime/test_response_behaviour.py", "tests/runtime/test_decoding.py")),
    "_decoding.py": Subset(("tests/runtime/test_decoding.py",)),
    "_logs.py": Subset(("tests/runtime/test_logs.py",)),
    "_validation.py": Subset(
        (
            "tests/runtime/test_validation_behaviour.py",
            "tests/models/test_strictness.py",
            "tests/models/test_timestamps.py",
            "tests/models/test_unions.py",
        )
    ),
    "_bulk.py": Subset(("tests/runtime/test_bulk_behaviour.py", "tests/models/test_split_bulk.py")),
    "_webhooks.py": Subset(
        (
            "tests/webhooks/test_webhooks_behaviour.py",
            "tests/webhooks/test_signature.py",
            "tests/webhooks/test_events.py",
        )
    ),
    "_exceptions.py": Subset(
        (
            "tests/runtime/test_exceptions_behaviour.py",
            "tests/runtime/test_exceptions.py",
            "tests/runtime/test_hostile_responses.py",
        ),
        60.0,
    ),
    "_pagination.py": Subset(("tests/runtime/test_pagination_behaviour.py", "tests/runtime/test_pagination.py"), 60.0),
    "_rate_limit.py": Subset(("tests/runtime/test_rate_limit_behaviour.py", "tests/runtime/test_rate_limit.py")),
    "_client.py": Subset((*CLIENT_TESTS, "tests/runtime/test_import_cost.py"), 60.0),
    "_calls.py": Subset(CLIENT_TESTS, 60.0),
    "_extra.py": Subset(("tests/runtime/test_extra_behaviour.py", "tests/runtime/test_accelerate_behaviour.py")),
}

# What each hand-written module is tested by: the subset that exercises it, fastest first (`-x` stops early).
TARGETS: dict[str, Subset] = {
    **{f"overrides/runtime/{p.name}": RUNTIME_SUBSETS.get(p.name, RUNTIME_TESTS) for p in sorted(RUNTIME.glob("*.py"))},
    **{f"overrides/spec/{p.name}": RULE_TESTS for p in sorted(SPEC.glob("_*.py"))},
    **{f"overrides/spec/{p.name}": rule_tests(p.stem) for p in sorted(SPEC.glob("[!_]*.py"))},
    # Scored 100% by the whole directory and not yet re-scored on their own files: own files first, then the rest.
    "overrides/spec/unique_titles.py": Subset(("tests/rules/test_unique_titles.py", "tests/rules")),
    "overrides/spec/wire_tags.py": Subset(
        ("tests/rules/test_wire_tags.py", "tests/rules/test_wire_tags_evidence.py", "tests/rules")
    ),
    # The shared helpers by their own tests first, then by every rule's (pytest runs each file once).
    "overrides/spec/_document.py": Subset(("tests/rules/test_document.py", "tests/rules")),
    "overrides/spec/_stems.py": Subset(("tests/rules/test_stems.py", "tests/rules")),
    "scripts/fetch_spec.py": Subset(
        (
            "tests/test_fetch_size_cap.py",
            "tests/test_fetch_failures.py",
            "tests/test_fetch_spec_pinning.py",
            "tests/test_fetch_spec.py",
        )
    ),
    "scripts/vendor.py": Subset(
        (
            "tests/lifecycle/test_vendor_checks.py",
            "tests/lifecycle/test_vendor_renaming.py",
            "tests/lifecycle/test_vendor.py",
        ),
        120.0,
    ),
    **{f"scripts/{name}": subset for name, subset in sorted(CHANGELOG_SUBSETS.items())},
}

# One replacement per operator (its natural opposite or boundary), as mutmut and PIT do; cosmic-ray's
# full cross product (every operator by every other) multiplies the runs without finding more gaps.
KEPT_REPLACEMENTS = {
    "ReplaceBinaryOperator": {
        ("Add", "Sub"), ("Sub", "Add"), ("Mul", "Div"), ("Div", "Mul"), ("FloorDiv", "Div"), ("Mod", "FloorDiv"),
        ("Pow", "Mul"), ("LShift", "RShift"), ("RShift", "LShift"), ("BitOr", "BitAnd"), ("BitAnd", "BitOr"),
        ("BitXor", "BitOr"),
    },
    "ReplaceComparisonOperator": {
        ("Eq", "NotEq"), ("NotEq", "Eq"), ("Is", "IsNot"), ("IsNot", "Is"), ("Lt", "LtE"), ("Lt", "GtE"),
        ("LtE", "Lt"), ("LtE", "Gt"), ("Gt", "GtE"), ("Gt", "LtE"), ("GtE", "Gt"), ("GtE", "Lt"),
    },
    "ReplaceUnaryOperator": {("Delete", "Not"), ("USub", "UAdd"), ("Delete", "USub")},
}  # fmt: skip
OPERATOR = re.compile(r"^core/(?P<family>[A-Za-z]+)_(?P<old>[A-Za-z]+)_(?P<new>[A-Za-z]+)$")


@dataclass(frozen=True)
class Equivalent:
    module: str
    operator: str
    line: str  # the line as the mutant has it, stripped: survives edits elsewhere in the module
    reason: str


@dataclass
class Outcome:
    module: str
    killed: int = 0
    equivalent: int = 0
    skipped: int = 0
    survivors: list[str] | None = None
    stale: list[Equivalent] | None = None

    @property
    def score(self) -> float:
        tested = self.killed + len(self.survivors or [])
        return 100.0 * self.killed / tested if tested else 100.0


def load_equivalents(path: Path = EQUIVALENT) -> list[Equivalent]:
    """`module | operator | mutated line | reason` per line; `#` starts a comment line."""
    found = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        parts = [part.strip() for part in raw.split(" | ")]
        if len(parts) != 4 or not all(parts):
            raise SystemExit(f"{path}:{number}: expected `module | operator | mutated line | reason`")
        found.append(Equivalent(*parts))
    return found


def kept_operator(name: str) -> bool:
    match = OPERATOR.match(name)
    if match is None or match["family"] not in KEPT_REPLACEMENTS:
        return True
    return (match["old"], match["new"]) in KEPT_REPLACEMENTS[match["family"]]


def annotation_lines(source: str) -> set[tuple[int, int, int, int]]:
    """Spans of annotations: never evaluated here (`from __future__ import annotations`), so a
    mutation inside one is equivalent by construction."""
    spans = set()
    for node in ast.walk(ast.parse(source)):
        annotations: list[ast.expr | None] = []
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            annotations.append(node.returns)
        elif isinstance(node, ast.arg | ast.AnnAssign):
            annotations.append(node.annotation)
        for annotation in annotations:
            if annotation is not None and annotation.end_lineno is not None and annotation.end_col_offset is not None:
                spans.add((annotation.lineno, annotation.col_offset, annotation.end_lineno, annotation.end_col_offset))
    return spans


def in_annotation(start: tuple[int, int], spans: set[tuple[int, int, int, int]]) -> bool:
    return any((a, b) <= start < (c, d) for a, b, c, d in spans)


def mutated_path(module: str) -> Path:
    """The file the tests import for `module` (runtime modules: the generated copy, which must match)."""
    source = ROOT / module
    if not module.startswith("overrides/runtime/"):
        return source
    copy = ROOT / "generated" / "dixa_client" / source.name
    if not copy.is_file() or copy.read_bytes() != source.read_bytes():
        raise SystemExit(f"mutate: {copy} differs from {module}: run `make generate` first")
    return copy


def test_command(subset: Subset) -> str:
    return " ".join([sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", *subset.tests])


def config_text(module_path: Path, subset: Subset) -> str:
    return (
        "[cosmic-ray]\n"
        f'module-path = "{module_path}"\n'
        f"timeout = {subset.timeout}\n"
        "excluded-modules = []\n"
        f'test-command = "{test_command(subset)}"\n'
        "[cosmic-ray.distributor]\n"
        'name = "local"\n'
    )


def prepare(module: str, fresh: bool) -> tuple[Path, Path]:
    """The session and config for `module`; a new session has its filtered mutants marked skipped."""
    from cosmic_ray.work_db import WorkDB, use_db
    from cosmic_ray.work_item import WorkerOutcome, WorkResult

    SESSIONS.mkdir(parents=True, exist_ok=True)
    stem = module.replace("/", "__").removesuffix(".py")
    config, session, source = (SESSIONS / f"{stem}.{suffix}" for suffix in ("toml", "sqlite", "sha256"))
    text = config_text(mutated_path(module), TARGETS[module])
    digest = hashlib.sha256(mutated_path(module).read_bytes()).hexdigest()  # a changed module: new positions
    kept = [(config, text), (source, digest)]
    if fresh or not session.exists() or any(not p.exists() or p.read_text(encoding="utf-8") != t for p, t in kept):
        session.unlink(missing_ok=True)
        for path, content in kept:
            path.write_text(content, encoding="utf-8")
        cosmic_ray("init", str(config), str(session))
        spans = annotation_lines(mutated_path(module).read_text(encoding="utf-8"))
        with use_db(str(session), WorkDB.Mode.open) as db:
            for item in list(db.pending_work_items):
                (mutation,) = item.mutations
                if in_annotation(tuple(mutation.start_pos), spans) or not kept_operator(mutation.operator_name):
                    db.set_result(item.job_id, WorkResult(worker_outcome=WorkerOutcome.SKIPPED, output="filtered"))
    else:
        retest_survivors(session, TARGETS[module])
    return config, session


def retest_survivors(session: Path, subset: Subset) -> None:
    """Survivors of an earlier run meet the tests written since."""
    from cosmic_ray.mutating import mutate_and_test
    from cosmic_ray.work_db import WorkDB, use_db
    from cosmic_ray.work_item import TestOutcome

    with use_db(str(session), WorkDB.Mode.open) as db:
        survivors = [item for item, result in db.completed_work_items if result.test_outcome == TestOutcome.SURVIVED]
        if survivors:
            print(f"mutate: testing {len(survivors)} earlier survivor(s) again", flush=True)
        for item in survivors:
            db.set_result(item.job_id, mutate_and_test(item.mutations, test_command(subset), subset.timeout))


def cosmic_ray(*args: str) -> None:
    subprocess.run([str(Path(sys.executable).parent / "cosmic-ray"), *args], check=True, cwd=ROOT)


def mutated_line(diff: str) -> str:
    """The first line a mutant's diff adds, stripped."""
    added = (line[1:] for line in diff.splitlines() if line.startswith("+") and not line.startswith("+++"))
    return next(added, "").strip()


def results(module: str, session: Path, equivalents: list[Equivalent]) -> Outcome:
    from cosmic_ray.work_db import WorkDB, use_db
    from cosmic_ray.work_item import TestOutcome, WorkerOutcome

    mine = [e for e in equivalents if e.module == module]
    used: set[Equivalent] = set()
    outcome = Outcome(module, survivors=[])
    with use_db(str(session), WorkDB.Mode.open) as db:
        for item, result in db.completed_work_items:
            (mutation,) = item.mutations
            if result.worker_outcome == WorkerOutcome.SKIPPED:
                outcome.skipped += 1
                continue
            if result.test_outcome != TestOutcome.SURVIVED:
                outcome.killed += 1
                continue
            line = mutated_line(result.diff or "")
            operator = mutation.operator_name.removeprefix("core/")
            match = next((e for e in mine if e.operator == operator and e.line == line), None)
            if match is not None:  # a survivor known to change nothing
                used.add(match)
                outcome.equivalent += 1
            else:
                assert outcome.survivors is not None
                outcome.survivors.append(f"{module}:{mutation.start_pos[0]} {operator}\n{result.diff or ''}")
    outcome.stale = [e for e in mine if e not in used]  # killed now, or the line changed
    return outcome


def report(outcome: Outcome) -> str:
    out = [
        f"{outcome.module}: {outcome.score:.1f}% ({outcome.killed} killed, {len(outcome.survivors or [])} survived, "
        f"{outcome.equivalent} equivalent, {outcome.skipped} filtered)"
    ]
    out += [f"  SURVIVED {survivor}" for survivor in outcome.survivors or []]
    out += [f"  no longer produced or killed (remove from {EQUIVALENT.name}): {e}" for e in outcome.stale or []]
    return "\n".join(out)


def selected(names: Sequence[str]) -> Iterator[str]:
    for name in names or TARGETS:
        matches = [m for m in TARGETS if m == name or m.startswith(name.rstrip("/") + "/")]
        if not matches:
            raise SystemExit(f"mutate: {name} is not a mutated module or directory; see --list")
        yield from matches


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("modules", nargs="*", help="modules or directories (default: all hand-written code)")
    parser.add_argument("--fresh", action="store_true", help="start the sessions over")
    parser.add_argument("--list", action="store_true", help="list the modules and their tests, then stop")
    args = parser.parse_args(argv)
    modules = list(dict.fromkeys(selected(args.modules)))
    if args.list:
        print("\n".join(f"{m}: {' '.join(TARGETS[m].tests)}" for m in modules))
        return 0
    equivalents = load_equivalents()
    outcomes: list[Outcome] = []
    for module in modules:
        config, session = prepare(module, args.fresh)
        print(f"mutate: {module} ({' '.join(TARGETS[module].tests)})", flush=True)
        path = mutated_path(module)
        original = path.read_bytes()
        try:
            cosmic_ray("exec", str(config), str(session))
        finally:  # an interrupted run must not leave a mutant behind
            if path.read_bytes() != original:
                path.write_bytes(original)
        outcomes.append(results(module, session, equivalents))
        print(report(outcomes[-1]), flush=True)
    print("\nmutation scores (killed / (killed + survived); equivalent and filtered mutants excluded):")
    for outcome in outcomes:
        print(f"  {outcome.score:5.1f}%  {outcome.module}")
    below = [o.module for o in outcomes if o.score < THRESHOLD]
    if below:
        print(f"below {THRESHOLD:g}%: {', '.join(below)}")
    return 1 if below else 0


if __name__ == "__main__":
    sys.exit(main())
