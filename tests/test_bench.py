"""`compliance bench` runs end to end on small batches (its figures are measured by hand, not here)."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from compliance.cli import app

runner = CliRunner()


def bench(*args: str) -> tuple[int, dict]:
    result = runner.invoke(app, ["bench", *args, "--format", "json"])
    return result.exit_code, json.loads(result.stdout)


def test_throughput_reports_the_four_figures_and_their_ratios():
    code, report = bench("--lines", "400")
    assert code == 0
    assert report["lines"] == 400 and report["session_claims"] == 64
    for name in ("vet", "durable_raw", "reference"):
        assert report[name] > 0
    assert abs(report["ratio_vs_durable_raw"] - report["vet"] / report["durable_raw"]) < 0.01
    if report["zen"] is None:  # zen-engine is an optional bench dependency
        assert report["ratio_vs_zen"] is None and "zen-engine" in report["zen_detail"]["note"]
    else:
        assert report["zen_detail"]["lines_that_disagree"] == 0
    assert set(report["targets"]) == {"vet >= 0.5 x durable_raw", "vet >= 2 x zen"}
    assert report["rulebook"]["durable_rules"] == report["rulebook"]["probes"] + 1  # and the catch-all


def test_check_soak_and_jobs_modes_find_nothing_wrong():
    code, report = bench("--check", "--lines", "300")
    assert code == 0 and report["check"]["claims"] == 300
    assert report["check"]["disagreements"] == 0 and report["check"]["invariant_violations"] == 0
    code, report = bench("--soak", "--jobs", "2", "--lines", "1500")
    assert code == 0
    soak = report["soak"]
    assert soak["lost"] == 0 and soak["records_out"] == soak["claims_in"] and soak["lines_out"] == 1500
    assert soak["same_claims_in_order"]
    assert report["jobs"]["same_output"]
