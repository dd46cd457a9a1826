"""The forecasting commands, run as a user would (typer's runner)."""

from __future__ import annotations

import json

from png_checks import assert_chart_png
from typer.testing import CliRunner

from accord.cli import app

runner = CliRunner()


def test_forecast_json_is_machine_readable_and_stored() -> None:
    r = runner.invoke(
        app,
        [
            "forecast",
            "--runs",
            "300",
            "--horizon",
            "30",
            "--seed",
            "1",
            "--workers",
            "1",
            "--format",
            "json",
        ],
    )
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    assert data["summary"]["runs"] == 300 and data["run_id"]
    listed = runner.invoke(app, ["runs", "--format", "json"])
    assert json.loads(listed.stdout)[0]["id"] == data["run_id"]
    shown = runner.invoke(app, ["runs", "show", data["run_id"]])
    assert shown.exit_code == 0 and "Chance of a first deal" in shown.stdout


def test_forecast_table_and_plot(tmp_path) -> None:
    png = tmp_path / "f.png"
    r = runner.invoke(
        app, ["forecast", "--runs", "200", "--horizon", "30", "--workers", "1", "--plot", str(png)]
    )
    assert r.exit_code == 0, r.output
    assert (
        "Chance of a first deal by date" in r.stdout
        and "the three assumptions that move" in r.stdout
    )
    assert (
        "effective sample size 200 of 200 runs" in r.stdout
        and "values fixed with --set: none" in r.stdout
    )
    width, height = assert_chart_png(png)
    assert width == 2000 and height > 2 * 1000  # three charts, one above the other, at scale 2


def test_every_forecast_shows_its_interval_ess_tornado_and_set_values() -> None:
    r = runner.invoke(
        app,
        [
            "forecast",
            "--runs",
            "300",
            "--horizon",
            "60",
            "--workers",
            "1",
            "--no-store",
            "--set",
            "commitment.temperature=0.08",
        ],
    )
    assert r.exit_code == 0, r.output
    lines = r.stdout.splitlines()
    start = next(i for i, line in enumerate(lines) if "the three assumptions that move" in line)
    bars = [line for line in lines[start:] if " → " in line][:3]
    assert len(bars) == 3 and all(len(line) <= 80 for line in bars)
    assert (
        "95% interval" in r.stdout
        and "values fixed with --set: commitment.temperature=0.08" in r.stdout
    )
    data = json.loads(
        runner.invoke(
            app,
            [
                "forecast",
                "--runs",
                "300",
                "--horizon",
                "60",
                "--workers",
                "1",
                "--no-store",
                "--format",
                "json",
            ],
        ).stdout
    )["summary"]
    assert (
        data["effective_sample_size"] == 300
        and data["set_values"] == {}
        and len(data["p_deal_band"]) == 2
    )


def test_impossible_parameters_are_clear_errors_without_traceback() -> None:
    cases = [
        (["forecast", "--runs", "0"], "--runs must be at least 1"),
        (["forecast", "--horizon", "0"], "--horizon must be at least 1"),
        (["forecast", "--protocol", "auction"], "--protocol must be one of"),
        (
            ["forecast", "--runs", "10", "--set", "event.rescue_operation.rate=-0.1"],
            "cannot be negative",
        ),
        (["forecast", "--runs", "10", "--set", "nonsense=1"], "unknown parameter"),
        (
            ["forecast", "--runs", "10", "--set", "commitment.temperature=nan"],
            "not a finite number",
        ),
        (["forecast", "--runs", "10", "--set", "fallback.hamas=inf"], "not a finite number"),
        (
            ["forecast", "--protocol", "alternating", "--deadline", "0"],
            "--deadline must be at least 1",
        ),
        (["forecast", "--runs", "10", "--backend", "spark"], "--backend must be one of"),
        (["forecast", "--runs", "10", "--workers", "0"], "--workers must be at least 1"),
        (["forecast", "--protocol", "alternating", "--strategy", "greedy"], "unknown strategy"),
        (["forecast", "no-such-scenario"], "no built-in scenario"),
        (["runs", "show", "missing"], "no run 'missing'"),
        (
            ["forecast", "--runs", "10", "--address", "127.0.0.1:6379"],
            "--address applies to --backend ray",
        ),
        (
            ["forecast", "--runs", "10", "--backend", "ray", "--address", "127.0.0.1:1"],
            "cannot reach a Ray cluster",
        ),
    ]
    for args, message in cases:
        r = runner.invoke(app, args)
        assert r.exit_code == 2, (args, r.output)
        assert message in r.output, (args, r.output)
        assert "Traceback" not in r.output
    assert (
        json.loads(runner.invoke(app, ["runs", "--format", "json"]).stdout) == []
    )  # no half-made runs


def test_negotiate_prints_a_transcript_round_by_round() -> None:
    r = runner.invoke(app, ["negotiate", "--horizon", "200", "--seed", "1"])
    assert r.exit_code == 0, r.output
    assert "mediators" in r.stdout and ("tabled" in r.stdout or "no text" in r.stdout)
    r = runner.invoke(
        app,
        [
            "negotiate",
            "--protocol",
            "alternating",
            "--strategy",
            "conceder",
            "--horizon",
            "120",
            "--format",
            "json",
        ],
    )
    steps = json.loads(r.stdout)["steps"]
    offers = [s for s in steps if s["action"] == "offer"]
    assert {s["actor"] for s in offers} == {"israel", "hamas"}
    assert all(s["why"] for s in steps)


def test_backtest_replays_every_builtin_snapshot_oldest_first() -> None:
    from accord.scenarios import builtin_paths

    r = runner.invoke(
        app, ["backtest", "--runs", "200", "--horizon", "60", "--workers", "1", "--format", "json"]
    )
    assert r.exit_code == 0, r.output
    rows = json.loads(r.stdout)
    assert sorted(x["scenario"] for x in rows) == sorted(builtin_paths())
    assert [x["date"] for x in rows] == sorted(x["date"] for x in rows)
    for x in rows:
        assert "error" not in x, x
        assert 0.0 <= x["p_deal_by_horizon"] <= 1.0


def test_runs_table_keeps_its_numbers_whole_at_80_columns(monkeypatch) -> None:
    r = runner.invoke(app, ["forecast", "--runs", "12345", "--horizon", "5", "--workers", "1"])
    assert r.exit_code == 0, r.output
    monkeypatch.setenv("COLUMNS", "80")
    listed = runner.invoke(app, ["runs"], env={"COLUMNS": "80"})
    assert listed.exit_code == 0
    assert "12,345" in listed.stdout and "gaza-2025-03" in listed.stdout
    assert max(len(line) for line in listed.stdout.splitlines()) <= 80


def test_a_deal_within_one_day_is_said_in_the_singular(tmp_path) -> None:
    from ruamel.yaml import YAML
    from sim_scenarios import labour_dispute

    path = tmp_path / "dispute.yaml"
    YAML(typ="safe", pure=True).dump(labour_dispute().model_dump(mode="json"), path)
    r = runner.invoke(
        app,
        ["forecast", str(path), "--runs", "200", "--horizon", "30", "--workers", "1", "--no-store"],
    )
    assert r.exit_code == 0, r.output
    assert "half of the runs reach a deal within 1 day\n" in r.stdout


def test_resume_refuses_flags_that_define_a_run() -> None:
    r = runner.invoke(
        app,
        [
            "forecast",
            "--resume",
            "0123456789ab",
            "--calibrate",
            "--replay",
            "still",
            "--red-line-clock",
            "snapshot",
        ],
    )
    assert r.exit_code != 0
    assert "drop --calibrate, --replay, --red-line-clock" in r.output
