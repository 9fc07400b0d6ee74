"""pytest-bdd glue for the Vietnamese features: rule-id tags as markers, readable failures.

- Every rule and budget id of the rulebook is registered as a marker, so `@tt40.d6.k1` on a scenario
  becomes a mark without warnings and `pytest -m tt40.d6.k1` runs the scenarios of one rule.
  Any other tag is not applied as a mark (tests/test_feature_lint.py reports it).
- A failing step is reported as the feature file, line and step followed by the Vietnamese message,
  without a Python traceback; an unknown step says so in Vietnamese and points to HUONG_DAN.md.
"""

from __future__ import annotations

import functools
import hashlib
import os
import sys
from pathlib import Path

import pytest
from pytest_bdd.exceptions import StepDefinitionNotFoundError

import compliance.rulebook
import compliance.vetting.vetter
from compliance.rulebook.scenarios import known_ids, nearest_step, scan, straight
from compliance.rulebook import RulebookError

# ---- the same work done once per test process (issue 11 item 7: the suite in minutes) -------------------------
# Hundreds of tests load the rulebook and build a Vetter, most through an in-process `compliance vet`: ~0.7 s each.
# Below, `load` is remembered per the exact bytes of every file under the folder, so a test that edits its copy gets
# a book loaded afresh, and a load that fails is never remembered (it raises each time); and a Vetter's compiled
# probes and durable-rules ruleset are shared by the Vetters of the same book. The processes a test starts (the
# subprocess tests, `vet --jobs` workers: forked, told apart by their pid) load and compile on their own.
_LOAD = sys.modules["compliance.rulebook.load"]
_real_load = _LOAD.load
_books: dict[tuple, compliance.rulebook.Rulebook] = {}


def _files_of(root: Path) -> bytes:
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.is_file():
            digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.digest()


@functools.wraps(_real_load)
def load(root: Path | str | None = None, overlays: bool = True) -> compliance.rulebook.Rulebook:
    folder = Path(root or os.environ.get("COMPLIANCE_RULES") or _LOAD.DEFAULT_DIR)
    if not folder.is_dir():
        return _real_load(root, overlays)
    key = (str(folder), str(folder.resolve()), overlays, _files_of(folder))
    if key not in _books:
        _books[key] = _real_load(root, overlays)
    return _books[key]


_real_compile = compliance.vetting.vetter.compile_rulebook
_probes: dict[int, tuple[compliance.rulebook.Rulebook, list]] = {}  # id(book) -> (the book, kept alive; its probes)


def _compile(book):
    if id(book) not in _probes:
        _probes[id(book)] = (book, _real_compile(book))
    return _probes[id(book)][1]


_RealDurable = compliance.vetting.vetter.DurableEvaluator
_evaluators: dict[tuple, tuple[list, object]] = {}  # (pid, id(probes), record) -> (the probes, their evaluator)


def _durable(probes, name, record=True):
    key = (os.getpid(), id(probes), record)
    if key not in _evaluators:
        _evaluators[key] = (probes, _RealDurable(probes, name, record))
    return _evaluators[key][1]


compliance.rulebook.load = load  # what the test modules, imported next, and lazy imports get
compliance.vetting.vetter.compile_rulebook = _compile
compliance.vetting.vetter.DurableEvaluator = _durable


@pytest.fixture(scope="session", autouse=True)
def _load_remembered_by_the_cli_and_the_web():
    """Modules that imported `load` by name: patched once the tests' imports are done (importing them here would
    slow the pytest runs that tests start in a subprocess on tests/test_features.py, which use neither)."""
    for name in ("compliance.cli.common", "compliance.web.app"):
        if name in sys.modules:
            sys.modules[name].load = load



@pytest.fixture(scope="session")
def migrated_sqlite(tmp_path_factory) -> Path:
    """An empty store database, migrated once per test process by the store itself: a test's fresh SQLite
    database is a copy of it (migrating costs ~0.05 s a database; opening the copy still checks it is current)."""
    from compliance.store import Store

    path = tmp_path_factory.mktemp("migrated") / "store.db"
    Store(f"sqlite:///{path}").close()
    assert not path.with_name("store.db-wal").exists()  # all in the one file: a copy is the whole database
    return path

try:
    RULE_IDS = frozenset(known_ids(load()))
    RULEBOOK_ERROR: str | None = None
except RulebookError as exc:  # reported once, by test_rulebook_errors.py::test_bo_quy_tac_cua_du_an_doc_duoc
    RULE_IDS = frozenset()
    RULEBOOK_ERROR = str(exc)
BROKEN = "bộ quy tắc rules/ không hợp lệ — xem tests/test_rulebook_errors.py::test_bo_quy_tac_cua_du_an_doc_duoc"


def _the_broken_rulebook(exc: BaseException | None) -> bool:
    """The project's rulebook failed to load: every test that needs it would repeat the same error."""
    return RULEBOOK_ERROR is not None and isinstance(exc, RulebookError) and str(exc) == RULEBOOK_ERROR


def pytest_configure(config):
    for rule_id in sorted(RULE_IDS or _feature_tags()):
        config.addinivalue_line("markers", f"{rule_id}: các kịch bản của quy định {rule_id}")


def _feature_tags() -> set[str]:
    """The features' tags: registered as marks when the rulebook cannot say which are rule ids."""
    return {tag for sc in scan().scenarios() for tag in sc.tags}


def pytest_bdd_apply_tag(tag, function):
    if tag in RULE_IDS:
        return None  # the default: apply it as a (registered) mark
    return True


def _where(request, feature, step) -> str:
    path = Path(feature.filename).resolve()
    root = request.config.rootpath
    shown = path.relative_to(root) if path.is_relative_to(root) else path
    return f"{shown}:{step.line_number}: {step.keyword.strip()} {step.name}"


def pytest_bdd_before_scenario(request, feature, scenario):
    for step in scenario.steps:  # curly quotes “ ” typed by a word processor read as straight ones
        step.name = straight(step.name)


@functools.cache
def _known_steps() -> tuple[str, ...]:
    return tuple(text for sc in scan().scenarios() for text in sc.steps)


def pytest_bdd_step_error(request, feature, scenario, step, step_func, step_func_args, exception):
    request.node.user_properties.append(("bước lỗi", _where(request, feature, step)))


def pytest_bdd_step_func_lookup_error(request, feature, scenario, step, exception):
    request.node.user_properties.append(("bước lỗi", _where(request, feature, step)))
    near = nearest_step(step.name, _known_steps())
    if near:
        request.node.user_properties.append(("câu gần nhất", near))


def pytest_collection_modifyitems(config, items):
    if RULEBOOK_ERROR is not None:  # skipped before they run: formatting ~900 identical errors takes minutes
        for item in items:
            # a scenario asks for its fixtures step by step: only its module tells it needs the rulebook
            if item.path.name == "test_features.py" or "bo_quy_tac" in getattr(item, "fixturenames", ()):
                item.add_marker(pytest.mark.skip(reason=BROKEN))


@pytest.hookimpl(wrapper=True)
def pytest_make_collect_report(collector):
    report = yield
    if report.failed and RULEBOOK_ERROR is not None and RULEBOOK_ERROR in str(report.longrepr):
        report.outcome, report.longrepr = "skipped", (str(collector.path), 0, BROKEN)  # a module that loads it on import
    return report


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if call.excinfo is None or report.passed:
        return report
    where = dict(item.user_properties).get("bước lỗi")
    exc = call.excinfo.value
    if _the_broken_rulebook(exc):
        report.outcome, report.longrepr = "skipped", (str(item.path), item.location[1] or 0, BROKEN)
        return report
    if isinstance(exc, StepDefinitionNotFoundError):
        near = dict(item.user_properties).get("câu gần nhất")
        report.longrepr = (f"{where}\nKhông có câu nào trong bộ câu (tests/test_features.py) khớp với bước này."
                           + (f" Câu gần nhất: {near}" if near else "")
                           + "\nXem các câu được dùng trong features/HUONG_DAN.md.")
    elif type(exc).__name__ == "LoiKichBan":
        report.longrepr = f"{where}\n{exc}"
    return report
