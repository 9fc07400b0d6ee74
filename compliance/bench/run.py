"""`compliance bench`: how fast, how big, how reliable — measured side by side in one run.

Throughput (line items per second) on one seeded batch derived from the sample (bench/data.py):
  vet          the whole path as `compliance vet batch.jsonl --format json --out …` runs it:
               read the file, validate, evaluate on durable-rules, build every decision record
               (passing findings included), write the JSON document;
  durable_raw  durable-rules alone on the same compiled rulebook and the same engine facts
               (same sessions): the adapter's own engine calls (encode, assert, take each
               action the engine hands back without reading it, delete the session) with
               nothing around them: the ceiling the wrapper is measured against;
  reference    the same path as `vet` with `--engine reference` (the pure-Python evaluator);
  zen          GoRules zen-engine (optional: pip install 'compliance[bench]') evaluating the
               rulebook's ceiling rules (every rule with a rate table) as one decision table,
               one call per claim, on the same facts; null when zen-engine is not installed.
Modes: --memory (peak RSS of `compliance vet` at N/10 and N lines), --check (durable-rules and
the reference agree on every adversarial claim; decision invariants), --soak (N lines in, one
record per claim out, nothing lost), --jobs J (J processes against one: same output, speed-up),
--latency (POST /api/vet on a live server on loopback, p50/p99 for a 50-line claim).
"""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

LINES = 50_000


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# ---- throughput ------------------------------------------------------------------------------


def _vet_path(book, engine: str, source: Path, out: Path, session: int | None = None) -> tuple[float, int]:
    from ..vetting.batch import vet_to_json
    from ..vetting.document import OUTPUT_BUFFER
    from ..readers import stream
    from ..vetting.vetter import SESSION_CLAIMS, Vetter

    vetter = Vetter(book, engine, session_claims=session or SESSION_CLAIMS)
    gc.collect()
    start = time.process_time()
    with out.open("w", encoding="utf-8", buffering=OUTPUT_BUFFER) as handle:
        claims = vet_to_json(vetter, stream([source]), handle)
    return time.process_time() - start, claims


def _durable_raw(book, source: Path, session: int | None = None) -> float:
    """Seconds durable-rules spends on the vet path's sessions with no-op actions.

    The sessions (the same facts, grouped and joined as `vet` groups them) are rebuilt by a
    reference-engine pass; only the engine calls are timed."""
    from ..engine.durable_adapter import DurableEvaluator, engine_facts
    from ..vetting.document import quiet_gc
    from ..readers import stream
    from ..vetting.vetter import SESSION_CLAIMS, Vetter

    builder = Vetter(book, "reference", session_claims=session or SESSION_CLAIMS)
    raw = DurableEvaluator(builder.probes, f"raw_{os.getpid()}_{time.monotonic_ns()}", record=False)
    pending: list[list[dict]] = []
    spent = [0.0]
    counter = [0]

    def flush() -> None:
        batches = []
        for session in pending:
            counter[0] += 1
            sid = f"r{counter[0]}"
            batches.append((engine_facts(session, raw.keys, sid), sid))
        pending.clear()
        with quiet_gc():  # as vet_to_json runs the engine
            start = time.process_time()
            for batch, sid in batches:
                raw.run(batch, sid)
            spent[0] += time.process_time() - start

    def keep(session: list[dict]) -> None:
        pending.append(session)
        if len(pending) >= 200:
            flush()

    builder.on_session = keep
    gc.collect()
    for _ in builder.stream(stream([source])):
        pass
    flush()
    return spent[0]


# ---- zen-engine: the ceiling rules as a decision table ------------------------------------------


def _zen_literal(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"
    return repr(value)


_ZEN_OPS = {"eq": "==", "ne": "!=", "lt": "<", "le": "<=", "gt": ">", "ge": ">="}


def zen_expression(node) -> str:
    """A condition in ZEN's expression language, with the same missing-field-is-false meaning."""
    from ..rulebook import conditions as c

    if isinstance(node, c.Cmp):
        if node.op == "eq":
            return f"{node.key} == {_zen_literal(node.value)}"
        return f"({node.key} != null and {node.key} {_ZEN_OPS[node.op]} {_zen_literal(node.value)})"
    if isinstance(node, c.CmpRef):
        scaled = node.ref if node.factor == 1 else f"{node.ref} * {node.factor!r}"
        return f"({node.key} != null and {node.ref} != null and {node.key} {_ZEN_OPS[node.op]} {scaled})"
    if isinstance(node, c.Exists):
        return f"{node.key} {'!=' if node.present else '=='} null"
    if not node.items:
        return "true" if isinstance(node, c.All) else "false"
    joiner = " and " if isinstance(node, c.All) else " or "
    return "(" + joiner.join(zen_expression(n) for n in node.items) + ")"


def _zen_categories(node) -> str:
    """The category column's cell: the categories the condition requires, as a ZEN unary list."""
    from ..rulebook import conditions as c

    for item in node.items if isinstance(node, c.All) else (node,):
        if isinstance(item, c.Cmp) and item.key == "category" and item.op == "eq":
            return _zen_literal(item.value)
        if isinstance(item, c.Any_) and item.items and all(
                isinstance(n, c.Cmp) and n.key == "category" and n.op == "eq" for n in item.items):
            return ", ".join(_zen_literal(n.value) for n in item.items if isinstance(n, c.Cmp))  # all (above)
    return ""


def zen_table(book) -> tuple[dict, list[tuple[int, int | None]]]:
    """The ceiling rules (every line rule with a rate table) as one JDM decision table, written as
    a user of zen-engine would: a row per rule and rate row (in force, conditions of the row), its
    limit and whether the line is within it; and a last row per rule (the rule applies) for "no rate
    in force". Hit policy collect, looping over the claim's lines. Returns the graph and, per row,
    (rule number, rate row or None). The three-valued outcomes (a row or an `applies` hanging on a blank
    field: `missing`, `open`) are not in the table: zen does less work than durable-rules here."""
    from ..rulebook import conditions as c
    from ..engine.compile import in_period, rate_limit
    from ..rulebook.fields import key
    from ..rulebook.schema import RateCheck

    rules: list[dict[str, str]] = []
    meaning: list[tuple[int, int | None]] = []
    for n, rule in enumerate(book.rules):
        check = rule.check
        if not isinstance(check, RateCheck) or rule.level != "line":
            continue
        base = c.conj(c.Cmp("t", "eq", "line"), *in_period(rule.valid), c.parse(rule.applies, "line"))
        field = key(check.field)
        for i, row in enumerate(book.rates[check.rate].values):
            condition = c.conj(base, *in_period(row), c.parse(row.when, "line"))
            limit = rate_limit(rule, row.amount)
            rules.append({"_id": f"r{len(rules)}", "category": _zen_categories(condition),
                          "condition": zen_expression(condition), "rule": str(n), "row": str(i),
                          "within": f"{field} != null and {field} {_ZEN_OPS[check.op]} {limit!r}"})
            meaning.append((n, i))
        rules.append({"_id": f"r{len(rules)}", "category": _zen_categories(base), "condition": zen_expression(base),
                      "rule": str(n), "row": "null", "within": "false"})
        meaning.append((n, None))
    table = {"hitPolicy": "collect",
             "inputs": [{"id": "category", "name": "Loại khoản chi", "field": "category"},
                        {"id": "condition", "name": "Điều kiện"}],
             "outputs": [{"id": "rule", "name": "Quy định", "field": "rule"},
                         {"id": "row", "name": "Dòng mức", "field": "row"},
                         {"id": "within", "name": "Trong mức", "field": "within"}],
             "rules": rules, "passThrough": False, "inputField": "lines", "outputPath": "results",
             "executionMode": "loop"}
    graph = {"contentType": "application/vnd.gorules.decision", "nodes": [
        {"id": "in", "type": "inputNode", "name": "request", "position": {"x": 0, "y": 0}},
        {"id": "ceilings", "type": "decisionTableNode", "name": "Mức chi tối đa", "content": table,
         "position": {"x": 300, "y": 0}},
        {"id": "out", "type": "outputNode", "name": "response", "position": {"x": 600, "y": 0}}],
        "edges": [{"id": "e1", "sourceId": "in", "targetId": "ceilings"},
                  {"id": "e2", "sourceId": "ceilings", "targetId": "out"}]}
    return graph, meaning


def _zen_outcomes(book, results: list[dict]) -> set[str]:
    """The outcome names (as the compiled probes name them) of one line's zen results."""
    rows: dict[int, list] = {}
    for hit in results:
        rows.setdefault(int(hit["rule"]), []).append((hit["row"], hit["within"]))
    out = set()
    for n, found in rows.items():
        numbered = sorted((row, within) for row, within in found if row is not None)
        rule_id = book.rules[n].id
        if numbered:
            row, within = numbered[0]
            out.add(f"{rule_id}|{'pass' if within else 'fail'}|{row}")
        else:
            out.add(f"{rule_id}|norate")
    return out


def _zen(book, source: Path) -> dict:
    try:
        import zen
    except ImportError:
        return {"lines_per_s": None, "note": "zen-engine chưa được cài (pip install 'compliance[bench]')"}
    from ..engine.compile import compile_rulebook
    from ..engine.durable_adapter import engine_keys
    from ..engine.facts import facts_for
    from ..engine.reference import ReferenceEvaluator
    from ..readers import stream

    probes = compile_rulebook(book)
    graph, meaning = zen_table(book)
    decision = zen.ZenEngine().create_decision(json.dumps(graph, ensure_ascii=False))
    keys = engine_keys(probes)
    ceilings = {n for n, _ in meaning}
    mine = [p for p in probes if p.kind == "rule" and p.item in ceilings]
    reference = ReferenceEvaluator(mine)
    spent, lines, checked, disagree = 0.0, 0, 0, 0
    pending: list[tuple[dict, list[dict]]] = []

    def flush() -> None:
        nonlocal spent, checked, disagree
        start = time.process_time()
        results = [decision.evaluate(payload) for payload, _ in pending]
        spent += time.process_time() - start
        for result, (_, facts) in zip(results, pending):
            if checked < 5000:  # zen finds the outcomes the compiled rulebook finds
                checked += 1
                found = reference.hits(facts)
                for i, hits in enumerate(result["result"]["results"]):
                    # the table holds the rate rows' outcomes, not the questions for blank fields
                    expected = {name for name in (mine[n].name.split("#")[0] for n in found.of.get(i, ()))
                                if not name.endswith(("|missing", "|open"))}
                    if _zen_outcomes(book, hits) != expected:
                        disagree += 1
        pending.clear()

    for claim in stream([source]):
        facts = facts_for(claim)[1:]
        lines += len(facts)
        small = [{k: f[k] for k in keys if k in f} for f in facts]
        pending.append(({"lines": small}, facts))
        if len(pending) >= 500:
            flush()
    flush()
    return {"lines_per_s": lines / spent, "rows": len(meaning), "claims_checked_against_reference": checked,
            "lines_that_disagree": disagree}


# ---- the run -----------------------------------------------------------------------------------


def throughput(lines: int, seed: int, rules: Path | None = None, session: int | None = None) -> dict:
    from .data import write_jsonl
    from ..engine.compile import compile_rulebook
    from ..engine.durable_adapter import ruleset
    from ..rulebook import load

    start = time.perf_counter()
    book = load(rules)
    loaded = time.perf_counter()
    probes = compile_rulebook(book)
    compiled = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="compliance-bench-") as folder:
        source, out = Path(folder) / "batch.jsonl", Path(folder) / "result.json"
        claims = write_jsonl(source, lines, seed)
        vet_s, _ = _vet_path(book, "durable", source, out, session)
        output_mb = out.stat().st_size / 1e6
        raw_s = _durable_raw(book, source, session)
        reference_s, _ = _vet_path(book, "reference", source, out, session)
        zen = _zen(book, source)
    vet, raw, reference = lines / vet_s, lines / raw_s, lines / reference_s
    from ..vetting.vetter import SESSION_CLAIMS

    return {
        "lines": lines, "claims": claims, "seed": seed, "session_claims": session or SESSION_CLAIMS,
        "timing": "line items per CPU-second of this process (time.process_time), so that other load on the "
                  "machine does not count; zen-engine evaluates on the calling thread",
        "vet": round(vet), "durable_raw": round(raw), "reference": round(reference),
        "zen": round(zen["lines_per_s"]) if zen["lines_per_s"] else None,
        "ratio_vs_durable_raw": round(vet / raw, 3),
        "ratio_vs_zen": round(vet / zen["lines_per_s"], 3) if zen["lines_per_s"] else None,
        # what durable-rules itself can reach against zen-engine: vet can only be slower than its engine
        "ratio_durable_raw_vs_zen": round(raw / zen["lines_per_s"], 3) if zen["lines_per_s"] else None,
        "rulebook": {"version": book.version, "rules": len(book.rules), "joins": len(book.joins),
                     "budgets": len(book.budgets), "rate_rows": sum(len(t.values) for t in book.rates.values()),
                     "probes": len(probes), "durable_rules": len(ruleset(probes)),
                     "load_s": round(loaded - start, 3), "compile_s": round(compiled - loaded, 3)},
        "zen_detail": {k: v for k, v in zen.items() if k != "lines_per_s"},
        "output_mb": round(output_mb, 1),
        "peak_rss_mb": round(_rss_mb(), 1),
    }


def _sha256(path: Path) -> str:
    """Read in pieces: a child started while this process holds a big file would report this
    process's memory as its own peak (the pages are shared between fork and exec)."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "compliance", *args]


def _run_measured(command: list[str], stdout=subprocess.DEVNULL) -> tuple[float, float, int]:
    """(seconds, peak RSS in MB, exit code) of a child process."""
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=stdout, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        assert child.stderr is not None  # stderr=PIPE
        raise RuntimeError(f"{' '.join(command)} → {child.returncode}: {child.stderr.read().decode()[-2000:]}")
    return seconds, usage.ru_maxrss / 1024, child.returncode


def memory(lines: int, seed: int) -> dict:
    """Peak RSS of `compliance vet big.jsonl --format json --out r.json` at lines/10 and lines."""
    from .data import write_jsonl

    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="compliance-bench-") as folder:
        for n in (lines // 10, lines):
            source, result = Path(folder) / f"batch-{n}.jsonl", Path(folder) / "result.json"
            write_jsonl(source, n, seed)
            seconds, rss, _ = _run_measured(_cli("vet", str(source), "--format", "json", "--out", str(result)))
            out[f"{n}"] = {"rss_mb": round(rss, 1), "seconds": round(seconds, 1), "lines_per_s": round(n / seconds)}
            source.unlink()
            result.unlink()
    small, large = out[f"{lines // 10}"]["rss_mb"], out[f"{lines}"]["rss_mb"]
    return {"command": f"compliance vet batch.jsonl --format json --out result.json ({lines // 10} and {lines} lines)",
            "runs": out, "rss_ratio": round(large / small, 3)}


def jobs(lines: int, seed: int, count: int) -> dict:
    """`compliance vet --jobs count` against one job on the same file: same bytes, and the speed-up."""
    from .data import write_jsonl

    with tempfile.TemporaryDirectory(prefix="compliance-bench-") as folder:
        source = Path(folder) / "batch.jsonl"
        write_jsonl(source, lines, seed)
        results: dict[int, dict[str, Any]] = {}
        for n in (1, count):
            out = Path(folder) / f"result-{n}.json"
            seconds, rss, _ = _run_measured(_cli("vet", str(source), "--format", "json", "--out", str(out),
                                                 "--jobs", str(n)))
            digest = _sha256(out)
            results[n] = {"seconds": round(seconds, 2), "lines_per_s": round(lines / seconds), "rss_mb": round(rss, 1),
                          "sha256": digest}
    return {"command": f"compliance vet batch.jsonl --format json --out r.json --jobs {count} (and --jobs 1)",
            "lines": lines, "runs": {str(k): v for k, v in results.items()},
            "same_output": results[1]["sha256"] == results[count]["sha256"],
            "speedup": round(results[1]["seconds"] / results[count]["seconds"], 2)}


def check(claims: int, seed: int, rules: Path | None = None) -> dict:
    """durable-rules and the reference evaluator on `claims` adversarial claims: identical records;
    and the invariants of every record."""
    from .data import adversarial, generate
    from ..models import Claim
    from ..rulebook import load
    from ..vetting.vetter import Vetter

    book = load(rules)
    start = time.perf_counter()
    durable, reference = Vetter(book, "durable"), Vetter(book, "reference")
    batch: list[Claim] = []
    size = 500
    counts = {"claims": 0, "lines": 0, "disagreements": 0, "invariant_violations": 0, "flagged_lines": 0}
    examples: list[str] = []

    def compare() -> None:
        for a, b in zip(durable.stream(batch), reference.stream(batch), strict=True):
            counts["claims"] += 1
            counts["lines"] += len(a.lines)
            if a != b:
                counts["disagreements"] += 1
                if len(examples) < 10:
                    examples.append(a.claim_id)
            problems = invariants(a)
            counts["invariant_violations"] += len(problems)
            counts["flagged_lines"] += sum(line.decision == "flag" for line in a.lines)
            if problems and len(examples) < 10:
                examples.append(f"{a.claim_id}: {problems[0]}")
        batch.clear()

    # half the claims from the sample's mix (most lines approved), half made to hit the rulebook's edges
    realistic = generate(claims * 4, seed)
    for n, data in enumerate(adversarial(claims - claims // 2, book, seed)):
        batch.append(Claim.model_validate(data))
        if n < claims // 2:
            batch.append(Claim.model_validate(next(realistic)))
        if len(batch) >= size:
            compare()
    compare()
    return {**counts, "examples": examples, "seconds": round(time.perf_counter() - start, 1),
            "command": f"compliance bench --check --lines {claims} --seed {seed}"}


def invariants(record) -> list[str]:
    out = []
    if not 0 <= record.eligible_amount <= record.claimed_amount:
        out.append("eligible > claimed (claim)")
    for line in record.lines:
        failed = [f for f in line.findings if f.outcome == "fail"]
        if not 0 <= line.eligible_amount <= line.claimed_amount:
            out.append(f"eligible > claimed (line {line.line_id})")
        if line.decision == "approve" and failed:
            out.append(f"approved line {line.line_id} has a failing finding")
        if not line.findings:
            out.append(f"line {line.line_id} has no finding")
    if record.decision == "approve" and (any(f.outcome == "fail" for f in record.findings)
                                         or any(line.decision == "flag" for line in record.lines)):
        out.append("approved claim with a failure")
    return out


def soak(lines: int, seed: int) -> dict:
    """`compliance vet` over `lines` lines; then the output is read back: one record per claim, in
    input order, with every line item."""
    from .data import write_jsonl

    with tempfile.TemporaryDirectory(prefix="compliance-bench-") as folder:
        source, out = Path(folder) / "batch.jsonl", Path(folder) / "result.json"
        claims = write_jsonl(source, lines, seed)
        seconds, rss, _ = _run_measured(_cli("vet", str(source), "--format", "json", "--out", str(out)))
        expected = hashlib.sha256()
        with source.open(encoding="utf-8") as handle:
            for row in handle:
                data = json.loads(row)
                expected.update(f"{data['claim_id']}:{len(data['line_items'])};".encode())
        got, records, record_lines = hashlib.sha256(), 0, 0
        with out.open(encoding="utf-8") as handle:  # the document has one record per line
            next(handle)  # {"rulebook":…,"claims":[
            for row in handle:
                if row.startswith("]"):
                    break
                data = json.loads(row.rstrip().removesuffix(","))
                records += 1
                record_lines += len(data["lines"])
                got.update(f"{data['claim_id']}:{len(data['lines'])};".encode())
        output_gb = out.stat().st_size / 1e9
    return {"command": f"compliance vet batch.jsonl --format json --out result.json ({lines} lines)",
            "lines_in": lines, "claims_in": claims, "records_out": records, "lines_out": record_lines,
            "same_claims_in_order": got.hexdigest() == expected.hexdigest(), "lost": claims - records,
            "seconds": round(seconds, 1), "lines_per_s": round(lines / seconds), "peak_rss_mb": round(rss, 1),
            "output_gb": round(output_gb, 2)}


def bench(
    lines: Annotated[int, typer.Option("--lines", "-n", help="Số khoản chi của lô thử (--check: số hồ sơ).")] = LINES,
    seed: Annotated[int, typer.Option("--seed", help="Hạt giống sinh dữ liệu.")] = 1,
    fmt: Annotated[str, typer.Option("--format", "-f", help="json (một đối tượng JSON) hoặc table.")] = "json",
    repeat: Annotated[int, typer.Option("--repeat", help="Đo thông lượng nhiều lần, báo trung vị.")] = 1,
    memory_mode: Annotated[bool, typer.Option("--memory", help="RSS đỉnh của `compliance vet` ở N/10 và N khoản chi.")] = False,
    check_mode: Annotated[bool, typer.Option("--check", help="durable-rules và bộ đánh giá đối chứng phải trùng khớp trên N hồ sơ.")] = False,
    soak_mode: Annotated[bool, typer.Option("--soak", help="Chạy N khoản chi: mỗi hồ sơ vào có đúng một kết luận ra.")] = False,
    jobs_count: Annotated[Optional[int], typer.Option("--jobs", help="So sánh `vet --jobs J` với một tiến trình.")] = None,
    latency_mode: Annotated[bool, typer.Option("--latency", help="p50/p99 của POST /api/vet (50 khoản chi) trên máy chủ chạy thật.")] = False,
    store_mode: Annotated[bool, typer.Option("--store", help="Kho ở quy mô lớn: lưu N/10 và N khoản chi (thời gian, RSS đỉnh), rồi thời gian trả lời của hàng đợi, bộ lọc, trang hồ sơ, trang lô.")] = False,
    db: Annotated[Optional[str], typer.Option("--db", help="Với --store: cơ sở dữ liệu trống để đo (mặc định: tệp SQLite tạm).")] = None,
    rules: Annotated[Optional[Path], typer.Option("--rules", help="Thư mục bộ quy tắc.")] = None,
    session: Annotated[Optional[int], typer.Option("--session-claims", help="Số hồ sơ mỗi phiên durable-rules (mặc định 64, như vet; 1: một phiên mỗi hồ sơ), cho vet, durable_raw và reference.")] = None,
) -> None:
    """Đo tốc độ và độ tin cậy: vet, durable-rules thuần, bộ đánh giá đối chứng và zen-engine trên cùng một lô."""
    report: dict[str, Any] = {"machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                                          "load_avg": [round(x, 2) for x in os.getloadavg()],
                                          "at": dt.datetime.now().isoformat(timespec="seconds")}}
    if store_mode:  # a report of its own (store.py)
        from .store import store_bench, table

        result = store_bench(lines, db, rules)
        sys.stdout.write((json.dumps(result, ensure_ascii=False, indent=2) if fmt == "json" else table(result)) + "\n")
        return
    modes = memory_mode or check_mode or soak_mode or jobs_count or latency_mode
    if memory_mode:
        report["memory"] = memory(lines, seed)
    if check_mode:
        report["check"] = check(lines, seed, rules)
    if soak_mode:
        report["soak"] = soak(lines, seed)
    if jobs_count:
        report["jobs"] = jobs(lines, seed, jobs_count)
    if latency_mode:
        from .latency import latency

        report["latency"] = latency(rules)
    if not modes:
        runs = [throughput(lines, seed, rules, session) for _ in range(repeat)]
        if repeat == 1:
            report.update(runs[0])
        else:
            report.update(runs[-1])
            for name in ("vet", "durable_raw", "reference", "zen", "ratio_vs_durable_raw", "ratio_vs_zen",
                         "ratio_durable_raw_vs_zen"):
                values = [r[name] for r in runs if r[name] is not None]
                report[name] = statistics.median(values) if values else None
            report["runs"] = [{k: r[k] for k in ("vet", "durable_raw", "reference", "zen", "ratio_vs_durable_raw",
                                                 "ratio_vs_zen")} for r in runs]
        report["targets"] = {"vet >= 0.5 x durable_raw": report["ratio_vs_durable_raw"] >= 0.5,
                             "vet >= 2 x zen": None if report["ratio_vs_zen"] is None else report["ratio_vs_zen"] >= 2}
    report["peak_rss_mb"] = round(_rss_mb(), 1)
    if fmt == "json":
        sys.stdout.write(json.dumps(report, ensure_ascii=False, indent=2) + "\n")
    else:
        from rich.console import Console
        from rich.pretty import Pretty

        Console().print(Pretty(report))
    failed = (report.get("check", {}).get("disagreements") or report.get("check", {}).get("invariant_violations")
              or report.get("soak", {}).get("lost") or (report.get("jobs") and not report["jobs"]["same_output"]))
    if failed:
        raise typer.Exit(1)
