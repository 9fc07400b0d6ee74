"""pytest-bdd glue for the Vietnamese features: rule-id tags as markers, readable failures.

- Every rule and budget id of the rulebook is registered as a marker, so `@tt40.d6.k1` on a scenario
  becomes a mark without warnings and `pytest -m tt40.d6.k1` runs the scenarios of one rule.
  Any other tag is not applied as a mark (tests/test_feature_lint.py reports it).
- A failing step is reported as the feature file, line and step followed by the Vietnamese message,
  without a Python traceback; an unknown step says so in Vietnamese and points to HUONG_DAN.md.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytest_bdd.exceptions import StepDefinitionNotFoundError

from compliance.rulebook.scenarios import known_ids
from compliance.rulebook import RulebookError, load

try:
    RULE_IDS = frozenset(known_ids(load()))
except RulebookError:  # an invalid rulebook is reported by the tests that load it
    RULE_IDS = frozenset()


def pytest_configure(config):
    for rule_id in sorted(RULE_IDS):
        config.addinivalue_line("markers", f"{rule_id}: các kịch bản của quy định {rule_id}")


def pytest_bdd_apply_tag(tag, function):
    if tag in RULE_IDS:
        return None  # the default: apply it as a (registered) mark
    return True


def _where(request, feature, step) -> str:
    path = Path(feature.filename).resolve()
    root = request.config.rootpath
    shown = path.relative_to(root) if path.is_relative_to(root) else path
    return f"{shown}:{step.line_number}: {step.keyword.strip()} {step.name}"


def pytest_bdd_step_error(request, feature, scenario, step, step_func, step_func_args, exception):
    request.node.user_properties.append(("bước lỗi", _where(request, feature, step)))


def pytest_bdd_step_func_lookup_error(request, feature, scenario, step, exception):
    request.node.user_properties.append(("bước lỗi", _where(request, feature, step)))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if call.excinfo is None or report.passed:
        return report
    where = dict(item.user_properties).get("bước lỗi")
    exc = call.excinfo.value
    if isinstance(exc, StepDefinitionNotFoundError):
        report.longrepr = (f"{where}\nKhông có câu nào trong bộ câu (tests/test_features.py) khớp với bước này. "
                           "Xem các câu được dùng trong features/HUONG_DAN.md.")
    elif type(exc).__name__ == "LoiKichBan":
        report.longrepr = f"{where}\n{exc}"
    return report
