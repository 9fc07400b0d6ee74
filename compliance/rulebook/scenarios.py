"""What the Vietnamese features under features/ prove: scenarios per rule, approving and flagging.

Data only (no pytest). The official Gherkin parser compiles each `.feature` into pickles: concrete
scenarios, one per scenario and one per example row of an outline (`Khung kịch bản` + `Dữ liệu`),
with placeholders filled in and tags inherited from the feature, `Quy tắc` and `Dữ liệu` block.

A scenario counts for every rule id it is tagged with (`@tt40.d6.k1`). Its outcome for rule X is read
from its own steps: `quy định "X" "đạt"` / `"không đạt"` when it has such steps for X; otherwise every
`… được "duyệt"` / `… được "gắn cờ"` step — except that a scenario saying `quy định "X" không áp dụng`
never counts as flagging for X (what it flags is some other rule's doing). A scenario asserting both
outcomes counts on both sides.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gherkin.errors import CompositeParserException, ParserError
from gherkin.parser import Parser
from gherkin.pickles.compiler import Compiler


if TYPE_CHECKING:
    from gherkin.parser_types import Feature, Scenario as GherkinScenario

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "features"

APPROVE, FLAG = "approve", "flag"

_DECIDED = re.compile(r'được "([^"]*)"\s*$')
_RULE_CHECK = re.compile(r'quy định "([^"]+)" "([^"]*)"\s*$')
_NOT_APPLIED = re.compile(r'quy định "([^"]+)" không áp dụng\s*$')
_DECIDED_WORDS = {"duyệt": APPROVE, "approve": APPROVE, "gắn cờ": FLAG, "flag": FLAG}
_CHECK_WORDS = {"đạt": APPROVE, "pass": APPROVE, "không đạt": FLAG, "fail": FLAG}
_LANGUAGE = re.compile(r"^\s*#\s*language\s*:\s*(\S+)", re.MULTILINE)


@dataclass(frozen=True)
class Scenario:
    """One concrete scenario (an outline contributes one per example row)."""

    file: str
    line: int
    name: str
    tags: tuple[str, ...]
    outcomes: tuple[tuple[str, frozenset[str]], ...]  # (rule id, {approve, flag}) per tag
    steps: tuple[str, ...] = ()  # the steps' texts, keywords left out

    def outcome(self, rule_id: str) -> frozenset[str]:
        return dict(self.outcomes).get(rule_id, frozenset())


@dataclass
class FeatureFile:
    path: str
    language: str | None
    name: str
    scenarios: list[Scenario] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


@dataclass
class Coverage:
    approve: int = 0
    flag: int = 0


@dataclass
class Scan:
    root: Path
    files: list[FeatureFile]

    def scenarios(self) -> Iterator[Scenario]:
        for f in self.files:
            yield from f.scenarios

    def by_rule(self) -> dict[str, Coverage]:
        counts: dict[str, Coverage] = {}
        for sc in self.scenarios():
            for rule_id, outcome in sc.outcomes:
                cov = counts.setdefault(rule_id, Coverage())
                cov.approve += APPROVE in outcome
                cov.flag += FLAG in outcome
        return counts

    def for_rule(self, rule_id: str) -> list[Scenario]:
        return [sc for sc in self.scenarios() if rule_id in sc.tags]


_CURLY = str.maketrans({"“": '"', "”": '"', "„": '"'})


def straight(text: str) -> str:
    """A step as the phrasebook reads it: curly quotes “ ” (which word processors put in) made straight."""
    return text.translate(_CURLY)


KEYWORDS = "Tính năng, Bối cảnh, Quy tắc, Kịch bản, Khung kịch bản, Dữ liệu, Cho, Khi, Thì, Và, Nhưng"


def gherkin_error(text: str, exc: Exception) -> tuple[int, str]:
    """(line, Vietnamese message) for the first error the Gherkin parser found in a feature's text."""
    errors = getattr(exc, "errors", None) or [exc]
    location = getattr(errors[0], "location", None) or {}
    line = int(location.get("line") or 1)
    lines = text.splitlines()
    shown = lines[line - 1].strip() if 0 < line <= len(lines) else ""
    before = next((lines[i].strip() for i in range(line - 2, -1, -1) if lines[i].strip()), "")
    if not shown:
        return line, f"tệp kết thúc khi kịch bản chưa xong (thiếu bước hoặc dòng dữ liệu); các từ khóa: {KEYWORDS}"
    if before.startswith("@"):
        return line, (f"sau dòng thẻ '{before[:40]}' phải là 'Kịch bản:', 'Khung kịch bản:', 'Quy tắc:' hoặc 'Dữ liệu:', "
                      f"không phải '{shown[:60]}'")
    return line, f"không hiểu dòng '{shown[:60]}': dòng phải bắt đầu bằng một từ khóa ({KEYWORDS})"


def _outcomes(texts: Iterable[str], tags: Iterable[str]) -> tuple[tuple[str, frozenset[str]], ...]:
    checks: dict[str, set[str]] = {}
    decided: set[str] = set()
    not_applied: set[str] = set()
    for text in map(straight, texts):
        if m := _NOT_APPLIED.search(text):
            not_applied.add(m.group(1))
        elif m := _RULE_CHECK.search(text):
            if m.group(2).strip().lower() in _CHECK_WORDS:
                checks.setdefault(m.group(1), set()).add(_CHECK_WORDS[m.group(2).strip().lower()])
        elif m := _DECIDED.search(text):
            if m.group(1).strip().lower() in _DECIDED_WORDS:
                decided.add(_DECIDED_WORDS[m.group(1).strip().lower()])
    return tuple((tag, frozenset(checks.get(tag) or (decided - {FLAG} if tag in not_applied else decided)))
                 for tag in tags)


def _scenarios(feature: Feature) -> Iterator[GherkinScenario]:
    """The scenario nodes of a feature's AST, inside `Quy tắc` blocks or not."""
    # gherkin types each child as an empty Envelope; its one key (rule, scenario, background) says what it is
    children: Iterable[Mapping[str, Any]] = feature.get("children", [])
    for child in children:
        inner_children: Iterable[Mapping[str, Any]] = child["rule"]["children"] if "rule" in child else [child]
        for inner in inner_children:
            if "scenario" in inner:
                yield inner["scenario"]


def scan_file(path: Path, root: Path | None = None) -> FeatureFile:
    text = path.read_text(encoding="utf-8")
    rel = path.relative_to(root).as_posix() if root else str(path)
    header = _LANGUAGE.search(text)
    result = FeatureFile(path=rel, language=header.group(1) if header else None, name="")
    try:
        document = Parser().parse(text)
    except (CompositeParserException, ParserError) as exc:
        line, message = gherkin_error(text, exc)
        result.errors.append(f"{rel}:{line}: {message}")
        return result
    feature = document.get("feature")
    if not feature:
        return result
    result.language = feature["language"] if header else None
    result.name = feature["name"]
    seen: dict[str, int] = {}
    lines: dict[str, int] = {}  # AST node id -> line: scenarios and example rows
    for node in _scenarios(feature):
        name, line = node["name"], node["location"]["line"]
        if name in seen:
            # pytest-bdd keys scenarios by name: the second one would silently never run.
            result.errors.append(f"{rel}:{line}: tên kịch bản \"{name}\" trùng với dòng {seen[name]}")
        seen.setdefault(name, line)
        lines[node["id"]] = line
        lines.update((row["id"], row["location"]["line"]) for ex in node.get("examples", [])
                     for row in ex.get("tableBody", []))
    for pickle in Compiler().compile({**document, "uri": rel}):
        tags = tuple(dict.fromkeys(t["name"].lstrip("@") for t in pickle["tags"]))
        result.scenarios.append(Scenario(
            file=rel, line=lines[pickle["astNodeIds"][-1]], name=pickle["name"], tags=tags,
            outcomes=_outcomes((s["text"] for s in pickle["steps"]), tags),
            steps=tuple(s["text"] for s in pickle["steps"])))
    return result


def scan(root: Path | str | None = None) -> Scan:
    root = Path(root or DEFAULT_DIR)
    return Scan(root, [scan_file(p, root) for p in sorted(root.rglob("*.feature"))])


def _shape(step: str) -> str:
    """A step with its quoted words and numbers blanked: what a phrase of the phrasebook fixes."""
    return re.sub(r"\d[\d.,/]*", "0", re.sub(r'"[^"]*"', '"…"', straight(step)))


def nearest_step(step: str, known: Iterable[str]) -> str | None:
    """The known step closest in wording to one the phrasebook does not read (difflib on their shapes)."""
    shapes: dict[str, str] = {}
    for text in known:
        shapes.setdefault(_shape(text), text)
    shapes.pop(_shape(step), None)  # the step itself, scanned with the others
    found = difflib.get_close_matches(_shape(step), list(shapes), n=1, cutoff=0.5)
    return shapes[found[0]] if found else None


def rule_ids(book) -> list[str]:
    """Every check the rulebook defines: its rules, cross-claim joins (where the rulebook has them), budgets."""
    return [r.id for r in book.rules] + [j.id for j in getattr(book, "joins", [])] + [b.id for b in book.budgets]


def known_ids(book) -> set[str]:
    """Ids a scenario may be tagged with: the rulebook's and the engine's own findings."""
    return set(rule_ids(book)) | set(getattr(book, "fallbacks", {}))
