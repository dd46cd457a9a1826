"""Hostile scenario files: each is refused with a one-line error, fast and in bounded memory."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from hostile_run import SHARED, accord, assert_refused, needs_corpus
from hostile_shapes import alias_bomb, flagship_tree, genius_domain, with_extra_issues, write

from accord.errors import ScenarioError
from accord.scenarios import check_spans, parse_scenario
from accord.scenarios.loader import MAX_SCENARIO_BYTES, check_yaml_budget
from accord.scenarios.spans import corpus_path


def test_an_alias_bomb_is_refused_before_it_expands(home: Path, tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.yaml"
    bomb.write_text(alias_bomb(8))
    assert bomb.stat().st_size < 600
    assert_refused(accord(home, "validate", str(bomb), timeout=60), "MAX_NODES", "bomb.yaml:")


def test_a_small_alias_is_still_allowed() -> None:
    check_yaml_budget("a: &x [1, 2, 3]\nb: *x\nc: *x\n")


def test_aliases_that_refer_to_themselves_are_refused() -> None:
    with pytest.raises(ScenarioError):
        parse_scenario("a: &x [1, *x]\n", "self.yaml")


@pytest.mark.parametrize("text", ["{{a: {b: 1}}: 2}", "{[1, [2]]: 3}", "? [a, {b: c}]\n: 1\n"])
def test_complex_mapping_keys_are_refused_not_crashed(text: str) -> None:
    # found by the fuzzer: ruamel raised TypeError (unhashable key) past the YAML error handling
    with pytest.raises(ScenarioError):
        parse_scenario(text, "keys.yaml")


def test_deep_nesting_is_refused_without_recursion(home: Path, tmp_path: Path) -> None:
    deep = tmp_path / "deep.yaml"
    deep.write_text("a: " + "[" * 100_000 + "]" * 100_000 + "\n")
    assert_refused(accord(home, "validate", str(deep)), "MAX_DEPTH")
    block = "".join("  " * k + f"k{k}:\n" for k in range(60)) + "  " * 60 + "leaf: 1\n"
    with pytest.raises(ScenarioError, match="MAX_DEPTH"):
        parse_scenario(block, "block.yaml")
    with pytest.raises(ScenarioError, match="MAX_DEPTH"):  # JSON is YAML: same limits
        nested: object = 0
        for _ in range(45):
            nested = [nested]
        parse_scenario(json.dumps({"id": nested}), "deep.json")


def test_an_oversized_scenario_file_is_refused_unread(home: Path, tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    with big.open("w") as fh:
        fh.write("description: |\n")
        line = "  " + "x" * 98 + "\n"
        for _ in range(MAX_SCENARIO_BYTES // len(line) + 10):
            fh.write(line)
    assert_refused(accord(home, "validate", str(big)), "scenario size")


@pytest.mark.parametrize(
    "number", [".inf", "-.inf", ".nan", "1e308", "100000000000000000000000000000"]
)
def test_numbers_must_be_finite_and_bounded(tmp_path: Path, number: str) -> None:
    tree = flagship_tree()
    tree["issues"][0]["categories"][0]["max"]["value"] = "NUMBER"
    text = write(tree, tmp_path / "n.yaml").read_text().replace("NUMBER", number)
    with pytest.raises(ScenarioError, match=r"max\.value: .* MAX_NUMBER"):
        parse_scenario(text, "n.yaml")


def test_an_infinite_maximum_stops_forecast_with_one_line(home: Path, tmp_path: Path) -> None:
    tree = flagship_tree()
    tree["issues"][0]["categories"][0]["max"]["value"] = "NUMBER"
    path = tmp_path / "inf.yaml"
    path.write_text(write(tree, path).read_text().replace("NUMBER", ".inf"))
    assert_refused(accord(home, "forecast", str(path), "--runs", "50", "--no-store"), "MAX_NUMBER")


DOCS_OUTSIDE = [
    "/etc/passwd",
    "../../../../../../etc/passwd",
    "escape.txt",
    "sub/../../secret.txt",
    "C:\\Windows\\win.ini",
    "..",
    "",
    "wires/../../secret.txt",
]


@needs_corpus
def test_cited_documents_never_leave_the_corpus(home: Path, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(SHARED / "corpus", corpus)
    secret = tmp_path / "secret.txt"
    # the guessed quote sits in the outside file at another offset: an oracle would say where
    secret.write_text("x" * 50 + "SECRET-CONTENT-1234567890-SECRET-CONTENT-1234567890")
    os.symlink(secret, corpus / "escape.txt")
    for doc in DOCS_OUTSIDE:
        assert corpus_path(corpus, doc) is None, doc
        tree = flagship_tree()
        ref = tree["issues"][0]["categories"][0]["max"]["sources"][0]
        ref.update(doc=doc or "x", start=0, end=10, quote="SECRET-CON")
        [(_, message)] = check_spans(parse_scenario(json.dumps(tree, default=str)), corpus)
        assert "is not in" in message and "the quote is at" not in message, message
        assert "CONTENT" not in message and "root:" not in message
    tree = flagship_tree()
    tree["issues"][0]["categories"][0]["max"]["sources"][0].update(
        doc="/etc/passwd", start=0, end=4, quote="root"
    )
    result = accord(
        home, "validate", str(write(tree, tmp_path / "s.yaml")), "--corpus", str(corpus)
    )
    assert_refused(result, "'/etc/passwd' is not in")
    assert "the quote is at" not in result.output


@needs_corpus
def test_documents_in_sub_folders_of_the_corpus_still_resolve(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "wires").mkdir(parents=True)
    (corpus / "wires" / "a.txt").write_text("hello")
    assert corpus_path(corpus, "wires/a.txt") == (corpus / "wires" / "a.txt").resolve()
    tree = flagship_tree()
    ref = tree["issues"][0]["categories"][0]["max"]["sources"][0]
    ref.update(doc="wires/a.txt", start=0, end=5, quote="hello")
    assert not [
        m
        for p, m in check_spans(parse_scenario(json.dumps(tree, default=str)), corpus)
        if "wires" in m
    ]


def test_a_huge_grid_is_refused_before_allocation(home: Path, tmp_path: Path) -> None:
    path = write(with_extra_issues(20, "ordinal"), tmp_path / "grid.yaml")
    for args in (["analyze", str(path)], ["forecast", str(path), "--runs", "50", "--no-store"]):
        assert_refused(accord(home, *args), "MAX_VALUED_PACKAGES", "packages", "steps")
    booleans = write(with_extra_issues(64, "boolean"), tmp_path / "booleans.yaml")
    assert_refused(accord(home, "validate", str(booleans)), "MAX_VALUED_PACKAGES", "about 10^")


def test_too_many_options_in_one_count_issue_are_refused(home: Path, tmp_path: Path) -> None:
    tree = flagship_tree()
    issue = tree["issues"][0]
    issue["steps"] = 200
    for c in issue["categories"]:
        c["max"] = {
            "value": 1000,
            "assumption": {"low": 1000, "high": 1000, "reason": "hostile test"},
        }
    issue["categories"] = issue["categories"] + [
        {
            "id": f"extra_{k}",
            "max": {"value": 1000, "assumption": {"low": 0, "high": 1000, "reason": "test"}},
        }
        for k in range(2)
    ]
    path = write(tree, tmp_path / "options.yaml")
    assert_refused(accord(home, "analyze", str(path)), "MAX_OPTIONS_PER_ISSUE", "steps")


def test_an_imported_domain_of_10_to_the_24_outcomes_is_refused(home: Path, tmp_path: Path) -> None:
    folder = genius_domain(tmp_path / "big", issues=24, values=10)
    out = tmp_path / "big.yaml"
    result = accord(home, "import", "genius", str(folder), "-o", str(out), "--date", "2025-01-01")
    if result.code == 0:  # the importer may write the file; analysing it must stop at the budget
        result = accord(home, "analyze", str(out))
    assert_refused(result, "MAX_VALUED_PACKAGES", "10^24")


def test_event_rates_are_physical(home: Path, tmp_path: Path) -> None:
    tree = flagship_tree()
    tree["dynamics"]["events"][0]["rate_per_day"] = {
        "value": 1e6,
        "assumption": {"low": 0, "high": 1e6, "reason": "hostile"},
    }
    path = write(tree, tmp_path / "rate.yaml")
    assert_refused(
        accord(home, "forecast", str(path), "--runs", "50", "--no-store"), "MAX_EVENT_RATE"
    )


@pytest.mark.parametrize("date", ["1850-01-01", "2999-12-31"])
def test_dates_lie_between_1900_and_a_year_from_today(
    home: Path, tmp_path: Path, date: str
) -> None:
    tree = flagship_tree()
    tree["date"] = date
    path = write(tree, tmp_path / "date.yaml")
    text = path.read_text()
    assert date in text
    assert_refused(accord(home, "validate", str(path)), "outside 1900-01-01")


def test_an_unreadable_scenario_gives_one_line(home: Path, tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    path = write(flagship_tree(), folder / "s.yaml")
    if os.geteuid() == 0:
        # root reads every file whatever its mode (CI runs as root): the same OS error path is
        # shown with a folder that is a file (ENOTDIR instead of EACCES)
        (tmp_path / "not-a-folder").write_text("x")
        path = tmp_path / "not-a-folder" / "s.yaml"
        result = accord(home, "validate", str(path))
    else:
        folder.chmod(0)
        try:
            result = accord(home, "validate", str(path))
        finally:
            folder.chmod(0o755)
    assert result.code == 2 and "Traceback" not in result.output
