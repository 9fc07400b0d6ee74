"""Load and validate the rulebook under rules/; every error names its file and line."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import yaml
from pydantic import ValidationError

from . import conditions, errors, texts as law
from .place_names import LEVEL, surface
from ..models import Citation
from .fields import ALWAYS, key, value_error
from .schema import (FALLBACKS, Budget, Compared, ConditionCheck, Fallback, Instrument, Join, Payment, Grade, LocalValues,
                     Place, RateCheck, RateTable, RateValue, RefCheck, Rule, RulebookFile, Source, Together, Transition,
                     Uncovered, ValueCheck)
from .tables import Grades, KeyProblem, keyed, overlaps

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "rules"
_Identified = TypeVar("_Identified", Join, Budget, Fallback)  # the sections whose items share one id space with the rules


class RulebookError(Exception):
    """The rulebook is invalid. The message is Vietnamese and names file and line."""


@dataclass
class Rulebook:
    version: str
    digest: str
    instruments: dict[str, Instrument]
    rates: dict[str, RateTable]
    rules: list[Rule]
    joins: list[Join]
    budgets: list[Budget]
    origin: dict[str, str] = field(default_factory=dict)  # rule id -> "file:line"
    places: list[Place] = field(default_factory=list)  # rules/dia-danh: dated administrative units
    fallbacks: dict[str, Fallback] = field(default_factory=dict)  # rules/chung: findings when no rule says
    payment: Payment = field(default_factory=Payment)  # rules/chung: what a failure pays (none listed: nothing)
    transitions: list[Transition] = field(default_factory=list)  # already applied to the rules they change
    together: list[Together] = field(default_factory=list)  # for `rules check`
    uncovered: list[Uncovered] = field(default_factory=list)  # for `rules check`
    root: Path | None = None  # the folder it was loaded from
    texts: dict[tuple[str, int], law.ArticleText] = field(default_factory=dict)  # (instrument, article) -> dieu-N.md
    grades: Grades = field(default_factory=Grades)  # rules/tu-vung: the grades `payee.grade` keys name
    rate_origin: dict[str, str] = field(default_factory=dict)  # rate -> "file:line"; "rate#i" -> its value i

    def fallback(self, fallback_id: str) -> Fallback:
        try:
            return self.fallbacks[fallback_id]
        except KeyError:
            raise RulebookError(f"bộ quy tắc thiếu phát hiện chung '{fallback_id}' (mục fallbacks, rules/chung/)") from None

    def rule(self, rule_id: str) -> Rule:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)

    def article(self, source: Source) -> law.ArticleText | None:
        """The verbatim text of the cited article, when the rulebook holds it."""
        return self.texts.get((source.instrument, source.article)) if source.article is not None else None

    def pointer(self, source: Source) -> str | None:
        """Where the cited clause's text is: "tt55-2023/dieu-78.md#khoan-1" (None: no text held)."""
        article = self.article(source)
        return article.pointer(source.clause, source.point) if article else None

    def passage(self, pointer: str) -> tuple[law.ArticleText, law.Passage] | None:
        """The article and passage a pointer names (a decision's `citations[].text`)."""
        path, _, anchor = pointer.partition("#")
        for article in self.texts.values():
            if article.path == path and anchor in article.passages:
                return article, article.passages[anchor]
        return None

    def cited(self, citation: Citation) -> tuple[law.ArticleText, law.Passage] | None:
        """The text a decision's citation points to (older records without `text`: found from its numbers)."""
        pointer = citation.text or self.pointer(Source(instrument=citation.instrument, article=citation.article,
                                                       clause=citation.clause, point=citation.point))
        return self.passage(pointer) if pointer else None

    def citation(self, source: Source) -> Citation:
        """The citation a decision carries: the label, and the pointer to the clause's text when held."""
        return source.citation(self.instruments, self.pointer(source))


if TYPE_CHECKING:  # CSafeLoader has SafeLoader's interface
    _SafeLoader = yaml.SafeLoader
else:  # libyaml when PyYAML has it: ~5x faster
    _SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LineLoader(_SafeLoader):
    """A SafeLoader that remembers the line of every mapping under the key '__line__'."""


def _mapping_with_line(loader: _LineLoader, node: yaml.MappingNode) -> dict:
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    # each key's own line: an error about a field names the line the field is written on
    mapping["__keys__"] = {loader.construct_object(k): k.start_mark.line + 1 for k, _ in node.value}
    return mapping


def _date(loader: _LineLoader, node: yaml.ScalarNode) -> Any:
    try:
        return yaml.constructor.SafeConstructor.construct_yaml_timestamp(loader, node)
    except ValueError:
        raise errors.date_problem(node, "không có trong lịch: kiểm tra ngày và tháng (viết dạng 2027-03-01)") from None


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_with_line)
_LineLoader.add_constructor("tag:yaml.org,2002:timestamp", _date)


def _strip(obj: Any, path: tuple = (), lines: dict | None = None) -> Any:
    """Remove '__line__' keys, recording the line of each path."""
    if isinstance(obj, dict):
        if lines is not None and "__line__" in obj:
            lines[path] = obj["__line__"]
        out = {k: _strip(v, path + (k,), lines) for k, v in obj.items() if k not in ("__line__", "__keys__")}
        if lines is not None:
            lines.update(((*path, k), line) for k, line in obj.get("__keys__", {}).items())
        return out
    if isinstance(obj, list):
        return [_strip(v, path + (i,), lines) for i, v in enumerate(obj)]
    return obj


def _line_of(lines: dict, loc: tuple) -> int:
    for n in range(len(loc), -1, -1):
        if tuple(loc[:n]) in lines:
            return lines[tuple(loc[:n])]
    return 1


def _read(path: Path, root: Path) -> tuple[RulebookFile, dict]:
    name = path.relative_to(root.parent)
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=_LineLoader) or {}
    except yaml.YAMLError as exc:
        line, message = errors.yaml_error(exc)
        raise RulebookError(f"{name}{f', dòng {line}' if line else ''}: {message}") from None
    lines: dict = {}
    data = _strip(raw, (), lines)
    if not isinstance(data, dict):
        raise RulebookError(f"{name}, dòng 1: tệp phải là các mục 'tên: giá trị' (version, rules, rates …)")
    try:
        return RulebookFile.model_validate(data), lines
    except ValidationError as exc:
        # the first error in the file's order (pydantic lists them in the schema's order); a field written but
        # unknown first, as a misspelt name (`reasn`) is also a missing one (`reason`) and the first says more
        err = min(exc.errors(), key=lambda e: (e["type"] != "extra_forbidden", _line_of(lines, tuple(e["loc"]))))
        raise RulebookError(f"{name}, dòng {_line_of(lines, tuple(err['loc']))}: {errors.schema_error(err)}") from None


LOCAL = "dia-phuong"  # rules/dia-phuong/<mã tỉnh>/: a province's own tables and rules
PROVINCE = "unit.province"


def scope_of(rel: str) -> str | None:
    """The province code a rulebook file is scoped to (its folder under rules/dia-phuong/), or None (national)."""
    parts = rel.split("/")
    return parts[1] if len(parts) >= 3 and parts[0] == LOCAL else None


def load(root: Path | str | None = None, overlays: bool = True) -> Rulebook:
    """The rulebook under `root`; `overlays=False` leaves out every province's folder (the national rulebook)."""
    root = Path(root or os.environ.get("COMPLIANCE_RULES") or DEFAULT_DIR)
    if not root.is_dir():
        raise RulebookError(f"không tìm thấy thư mục quy định {root}")
    paths = [p for p in sorted(root.rglob("*.yaml")) if overlays or scope_of(p.relative_to(root).as_posix()) is None]
    digest = hashlib.sha256()
    version = None
    instruments: dict[str, Instrument] = {}
    rates: dict[str, RateTable] = {}
    rules: list[Rule] = []
    joins: list[Join] = []
    budgets: list[Budget] = []
    origin: dict[str, str] = {}
    where: dict[str, tuple[str, dict, tuple]] = {}
    places: list[tuple[Place, str]] = []  # with "file, dòng n" for errors
    fallbacks: list[Fallback] = []
    payment: Payment | None = None
    transitions: list[tuple[Transition, str]] = []
    together: list[tuple[Together, str]] = []
    uncovered: list[tuple[Uncovered, str]] = []
    declared: dict[str, Path] = {}  # instrument -> the folder declaring it (where its article texts live)
    grades: list[tuple[Grade, str]] = []
    rate_origin: dict[str, str] = {}
    local: list[tuple[LocalValues, str, str, dict, int]] = []  # values for a table declared elsewhere

    def identified(name: str, lines: dict, section: str, items: list[_Identified], target: list[_Identified]) -> None:
        for i, item in enumerate(items):
            if item.id in origin:
                raise RulebookError(f"{name}, dòng {_line_of(lines, (section, i))}: mã {item.id} trùng với {origin[item.id]}")
            target.append(item)
            origin[item.id] = f"{name}:{_line_of(lines, (section, i))}"
            where[item.id] = (name, lines, (section, i))

    for path in paths:
        rel = path.relative_to(root).as_posix()
        digest.update(rel.encode() + b"\0" + path.read_bytes() + b"\0")
        part, lines = _read(path, root)
        name = f"{root.name}/{rel}"
        scope = scope_of(rel)
        if scope is not None:
            part = _scoped(part, scope, name, lines)
        elif part.local_values:
            raise RulebookError(f"{name}, dòng {_line_of(lines, ('local_values', 0))}: 'local_values' chỉ dùng trong "
                                f"rules/{LOCAL}/<mã tỉnh>/ (giá trị của một tỉnh)")
        local.extend((values, scope or "", name, lines, i) for i, values in enumerate(part.local_values))
        version = part.version or version
        for i, inst in enumerate(part.instruments):
            if inst.number in instruments:
                raise RulebookError(f"{name}, dòng {_line_of(lines, ('instruments', i))}: văn bản {inst.number} khai báo hai lần")
            instruments[inst.number] = inst
            declared[inst.number] = path.parent
        for i, table in enumerate(part.rates):
            if table.rate in rates:
                raise RulebookError(f"{name}, dòng {_line_of(lines, ('rates', i))}: bảng mức {table.rate} khai báo hai lần")
            rates[table.rate] = table
            where[table.rate] = (name, lines, ("rates", i))
            rate_origin[table.rate] = f"{name}:{_line_of(lines, ('rates', i))}"
            for j in range(len(table.values)):
                rate_origin[f"{table.rate}#{j}"] = f"{name}:{_line_of(lines, ('rates', i, 'values', j))}"
                rate_origin[f"{table.rate}#{j}.key"] = f"{name}:{_line_of(lines, ('rates', i, 'values', j, 'key'))}"
        for i, rule in enumerate(part.rules):
            if rule.id in origin:
                raise RulebookError(f"{name}, dòng {_line_of(lines, ('rules', i))}: mã quy định {rule.id} trùng với {origin[rule.id]}")
            rules.append(rule)
            origin[rule.id] = f"{name}:{_line_of(lines, ('rules', i))}"
            where[rule.id] = (name, lines, ("rules", i))
        identified(name, lines, "joins", part.joins, joins)
        identified(name, lines, "budgets", part.budgets, budgets)
        places.extend((place, f"{name}, dòng {_line_of(lines, ('places', i))}") for i, place in enumerate(part.places))
        identified(name, lines, "fallbacks", part.fallbacks, fallbacks)
        if part.payment is not None:
            if payment is not None:
                raise RulebookError(f"{name}, dòng {_line_of(lines, ('payment',))}: mục payment khai báo hai lần")
            payment = part.payment
        transitions += [(t, f"{name}, dòng {_line_of(lines, ('transitions', i))}") for i, t in enumerate(part.transitions)]
        together += [(t, f"{name}, dòng {_line_of(lines, ('together', i))}") for i, t in enumerate(part.together)]
        uncovered += [(u, f"{name}, dòng {_line_of(lines, ('uncovered', i))}") for i, u in enumerate(part.uncovered)]
        grades.extend((grade, f"{name}, dòng {_line_of(lines, ('grades', i))}") for i, grade in enumerate(part.grades))

    for values, scope, name, lines, i in local:
        if values.rate not in rates:
            raise RulebookError(f"{name}, dòng {_line_of(lines, ('local_values', i))}: bảng mức '{values.rate}' không "
                                f"tồn tại (khai báo bảng trong bộ quy tắc chung, ví dụ rules/{LOCAL}/)")
        table = rates[values.rate]
        for j in range(len(values.values)):
            at = _line_of(lines, ("local_values", i, "values", j))
            rate_origin[f"{table.rate}#{len(table.values) + j}"] = f"{name}:{at}"
        keys = [*table.keys, *(k for k in [PROVINCE, *values.keys] if k not in table.keys)]
        rates[values.rate] = table.model_copy(update={"keys": keys, "values": [*table.values, *values.values]})
    if version is None:
        raise RulebookError(f"{root.name}: thiếu 'version' (khai báo trong rules/rulebook.yaml)")
    _check_places(places)
    rules = _transit(rules, transitions, instruments)
    articles = _read_texts(root, instruments, declared, digest)
    vocabulary = _grades(grades)
    rates = {rate: _keyed(table, vocabulary, rate_origin) for rate, table in rates.items()}
    book = Rulebook(version, "sha256:" + digest.hexdigest(), instruments, rates, rules, joins, budgets, origin,
                    [place for place, _ in places], {f.id: f for f in fallbacks}, payment or Payment(), [t for t, _ in transitions],
                    [t for t, _ in together], [u for u, _ in uncovered], root, articles, vocabulary, rate_origin)
    _cross_check(book, where)
    _check_statements(book, together, uncovered)
    missing = [i for i in FALLBACKS if i not in book.fallbacks]
    if rules and missing:
        raise RulebookError(f"{root.name}: thiếu phát hiện chung {', '.join(missing)} (mục fallbacks, xem rules/chung/)")
    for fallback_id, reasons in FALLBACKS.items():  # the messages the vetting writes, checked before any claim
        lacking = [r for r in reasons if fallback_id in book.fallbacks and r not in book.fallbacks[fallback_id].messages]
        if lacking:
            fail_at = origin[fallback_id].replace(":", ", dòng ")
            raise RulebookError(f"{fail_at}: phát hiện chung {fallback_id} thiếu thông báo {', '.join(lacking)} (messages)")
    return book


def _merged(applies: dict | None, extra: dict) -> dict:
    """`applies` and `extra` both required; a key both name goes under `all`."""
    out = dict(applies or {})
    for name, value in extra.items():
        if name in out:
            out["all"] = [*out.get("all", []), {name: value}]
        else:
            out[name] = value
    return out


def _transit(rules: list[Rule], transitions: list[tuple[Transition, str]], instruments: dict) -> list[Rule]:
    """Each transition written once, applied to the rules it changes: a rule of a kept instrument in force
    on the transition's first day applies after it only when `when` holds; a rule of the replacing
    instrument starting on or after that day, only when it does not."""
    for transition, at in transitions:
        for number in [*transition.keeps, transition.replaced_by]:
            if number not in instruments:
                raise RulebookError(f"{at}: văn bản '{number}' chưa được khai báo trong instruments")
        known = {rule.id for rule in rules}
        for rule_id in transition.keeps_rules:
            if rule_id not in known:
                raise RulebookError(f"{at}: quy định '{rule_id}' không tồn tại")
        for name in transition.when:
            try:
                conditions.parse({name: True}, "claim")
            except conditions.ConditionError as exc:
                raise RulebookError(f"{at}: {exc}") from None
            if key(name) not in ALWAYS["claim"]:
                raise RulebookError(f"{at}: trường '{name}' có thể để trống; điều kiện chuyển tiếp chỉ dùng trường "
                                    f"có/không luôn có giá trị của hồ sơ")
        before = {"law_date": {"lt": transition.from_}}
        otherwise = {name: not value for name, value in transition.when.items()}
        changed = []
        for rule in rules:
            cites = {c.instrument for c in rule.citations}
            if rule.id in transition.keeps_rules or (cites & set(transition.keeps) and rule.valid.covers(transition.from_)):
                rule = rule.model_copy(update={"applies": _merged(rule.applies, {"any": [before, dict(transition.when)]})})
            elif transition.replaced_by in cites and rule.valid.from_ and rule.valid.from_ >= transition.from_:
                rule = rule.model_copy(update={"applies": _merged(rule.applies, otherwise)})
            changed.append(rule)
        rules = changed
    return rules


def _check_statements(book: Rulebook, together: list[tuple[Together, str]],
                      uncovered: list[tuple[Uncovered, str]]) -> None:
    """`together` names coverage rules; `uncovered` names categories and a line condition."""
    coverage = {rule.id for rule in book.rules if rule.role == "coverage"}
    for group, at in together:
        for rule_id in group.rules:
            if rule_id not in coverage:
                raise RulebookError(f"{at}: '{rule_id}' không phải một quy định coverage của bộ quy tắc")
    for item, at in uncovered:
        for category in item.categories:
            if problem := value_error("category", category):
                raise RulebookError(f"{at}: {problem}")
        try:
            conditions.parse(item.applies, "line")
        except conditions.ConditionError as exc:
            raise RulebookError(f"{at}: {exc}") from None


def _read_texts(root: Path, instruments: dict[str, Instrument], declared: dict[str, Path],
                digest) -> dict[tuple[str, int], law.ArticleText]:
    """The article texts (`<văn bản>/dieu-N.md`), each in the folder that declares its instrument."""
    found: dict[tuple[str, int], law.ArticleText] = {}
    for path in sorted(root.rglob("dieu-*.md")):
        rel = path.relative_to(root).as_posix()
        digest.update(rel.encode() + b"\0" + path.read_bytes() + b"\0")
        name = f"{root.name}/{rel}"
        try:
            article = law.parse(path.read_text(encoding="utf-8"), rel)
        except law.TextError as exc:
            raise RulebookError(f"{name}, {exc}") from None
        number = article.header.instrument
        if number not in instruments:
            raise RulebookError(f"{name}, dòng 2: văn bản '{number}' chưa được khai báo trong instruments")
        if declared[number] != path.parent:
            raise RulebookError(f"{name}, dòng 2: văn bản {number} khai báo ở thư mục "
                                f"{declared[number].relative_to(root).as_posix()}/ — đặt tệp Điều vào thư mục đó")
        found[(number, article.header.article)] = article
    return found


def _cross_check(book: Rulebook, where: dict) -> None:
    """References between files: instruments cited, rates used, fields tested."""

    def fail(item: str, loc: tuple, message: str) -> None:
        name, lines, base = where[item]
        raise RulebookError(f"{name}, dòng {_line_of(lines, base + loc)}: {message}")

    def cited(item: str, loc: tuple, source: Source) -> None:
        if source.instrument not in book.instruments:
            fail(item, loc, f"văn bản '{source.instrument}' chưa được khai báo trong instruments")
        article = book.article(source)
        if article and source.clause is not None:
            if law.anchor(article.header.article, source.clause, source.point) not in article.passages:
                what = (f"điểm {source.point} " if source.point else "") + f"khoản {source.clause}"
                fail(item, loc, f"Điều {source.article} {source.instrument} ({article.path}) không có {what} — "
                                "sửa trích dẫn hoặc tệp văn bản của Điều")

    def parses(item: str, loc: tuple, spec, level: str) -> None:
        try:
            conditions.parse(spec, level)
        except conditions.ConditionError as exc:
            fail(item, loc + exc.path, str(exc))

    for table in book.rates.values():
        for i, value in enumerate(table.values):
            cited(table.rate, ("values", i), value.source)
    for rule in book.rules:
        check = rule.check
        for i, source in enumerate(rule.citations):
            cited(rule.id, ("citations", i), source)
        parses(rule.id, ("applies",), rule.applies, rule.level)
        if isinstance(check, ConditionCheck):
            parses(rule.id, ("check", "condition"), check.condition, rule.level)
        if isinstance(check, Compared):
            for name in (check.field, check.ref if isinstance(check, RefCheck) else None):
                if name is not None:
                    parses(rule.id, ("check",), {name: {"exists": True}}, rule.level)
        if isinstance(check, ValueCheck):
            parses(rule.id, ("check",), {check.field: check.value}, rule.level)
        if isinstance(check, RateCheck):
            if check.rate not in book.rates:
                fail(rule.id, ("check",), f"bảng mức '{check.rate}' không tồn tại")
            for i, value in enumerate(book.rates[check.rate].values):
                parses(check.rate, ("values", i, "when"), value.when, rule.level)
    used = {rule.check.rate for rule in book.rules if isinstance(rule.check, RateCheck)}
    for table in book.rates.values():  # a table no rule uses yet: its values are still checked
        if table.rate not in used:
            for i, value in enumerate(table.values):
                parses(table.rate, ("values", i, "when"), value.when, "line")
    for join in book.joins:
        for i, source in enumerate(join.citations):
            cited(join.id, ("citations", i), source)
        parses(join.id, ("when",), join.when, join.of)
        for name in join.same + join.different:
            parses(join.id, ("same",), {name: {"exists": True}}, join.of)
    for budget in book.budgets:
        for i, source in enumerate(budget.citations):
            cited(budget.id, ("citations", i), source)


def _scoped(part: RulebookFile, scope: str, name: str, lines: dict) -> RulebookFile:
    """A province's file: every value and rule it holds applies only to claims of that province (unit.province)."""
    def value(v: RateValue, loc: tuple) -> RateValue:
        if v.key.get(PROVINCE, scope) != scope:
            raise RulebookError(f"{name}, dòng {_line_of(lines, loc)}: giá trị của thư mục {LOCAL}/{scope}/ chỉ áp "
                                f"dụng cho {PROVINCE} = {scope}")
        return v.model_copy(update={"key": {PROVINCE: scope, **v.key}})

    def values(section: str, i: int, items: list[RateValue]) -> list[RateValue]:
        return [value(v, (section, i, "values", j)) for j, v in enumerate(items)]

    rates = [t.model_copy(update={"keys": [PROVINCE, *(k for k in t.keys if k != PROVINCE)],
                                  "values": values("rates", i, t.values)}) for i, t in enumerate(part.rates)]
    local = [lv.model_copy(update={"values": values("local_values", i, lv.values)})
             for i, lv in enumerate(part.local_values)]
    rules = [r.model_copy(update={"applies": {"all": [{PROVINCE: scope}, r.applies]} if r.applies else {PROVINCE: scope}})
             for r in part.rules]
    return part.model_copy(update={"rates": rates, "local_values": local, "rules": rules})


def _grades(grades: list[tuple[Grade, str]]) -> Grades:
    vocabulary = Grades()
    for grade, at in grades:  # the first grade that clashes with an earlier one names the line
        try:
            vocabulary.add(grade)
        except KeyProblem as exc:
            raise RulebookError(f"{at}: {exc}") from None
    return vocabulary


def _keyed(table: RateTable, grades: Grades, rate_origin: dict[str, str]) -> RateTable:
    """The table with each value's condition from its key; two values that can both apply are refused."""
    def at(i: int) -> str:
        return rate_origin[f"{table.rate}#{i}"].replace(":", ", dòng ")

    for i, value in enumerate(table.values):
        try:
            keyed(table.model_copy(update={"values": [value]}), grades)
        except KeyProblem as exc:
            where = rate_origin.get(f"{table.rate}#{i}.key", rate_origin[f"{table.rate}#{i}"])
            raise RulebookError(f"{where.replace(':', ', dòng ')}: bảng mức {table.rate}: {exc}") from None
    for i, j in overlaps(table, grades):
        raise RulebookError(f"{at(j)}: bảng mức {table.rate}: mức này và mức ở {at(i)} cùng áp dụng cho một "
                            f"trường hợp trong cùng thời gian — sửa 'key' hoặc ngày để chỉ một mức áp dụng")
    return keyed(table, grades)


def _check_places(places: list[tuple[Place, str]]) -> None:
    """A name or alias names one unit per parent at a time; `in` and `after.in` name a unit of the table
    one level up (a name shared by units under different parents is a real homonym, told apart by the parent)."""
    seen: dict[tuple[tuple[str, ...], tuple[str, ...]], list[tuple[Place, str]]] = {}
    levels: dict[tuple[str, ...], set[int]] = {}
    for place, at in places:
        levels.setdefault(surface(place.name), set()).add(LEVEL[place.kind])
    for place, at in places:
        parent = surface(place.in_) if place.in_ else ()
        for form in dict.fromkeys([place.name, *place.aliases]):
            key = surface(form)
            if not key:
                raise RulebookError(f"{at}: tên '{form}' rỗng sau khi chuẩn hóa")
            for other, other_at in seen.get((key, parent), []):
                if other is not place and _overlap(place, other):
                    raise RulebookError(f"{at}: tên '{form}' trùng với {other.kind} {other.name} ({other_at}) "
                                        f"trong cùng đơn vị cấp trên và cùng thời kỳ")
            seen.setdefault((key, parent), []).append((place, at))
        if place.in_ and not any(level < LEVEL[place.kind] for level in levels.get(surface(place.in_), ())):
            raise RulebookError(f"{at}: 'in: {place.in_}' không phải đơn vị cấp trên nào trong bảng địa danh")
        if place.after and surface(place.after.in_) not in levels:
            raise RulebookError(f"{at}: 'after.in: {place.after.in_}' không có trong bảng địa danh")


def _overlap(a: Place, b: Place) -> bool:
    return ((a.from_ is None or b.to is None or a.from_ <= b.to)
            and (b.from_ is None or a.to is None or b.from_ <= a.to))
