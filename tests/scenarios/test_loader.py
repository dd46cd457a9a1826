"""Scenario files: the built-ins load, and every broken file is rejected with
``file:line: field: message`` lines, never a traceback.

Broken scenarios are made by editing the text of the flagship built-in, so the
expected line number is computed from where the edit was made.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accord.cli import app
from accord.errors import NotFoundError, ScenarioError
from accord.scenarios import builtin_paths, check_spans, load_scenario, parse_scenario

FILE = "flagship.yaml"
BUILTINS = ("gaza-2023-12", "gaza-2024-04", "gaza-2025-03", "labour-2026-03")


def edit(text: str, old: str, new: str) -> tuple[str, int]:
    """Replace the first ``old`` with ``new``; return the text and the 1-based line of the edit."""
    assert old in text, f"the built-in no longer contains {old!r}; update the test"
    line = text[: text.index(old)].count("\n") + 1
    return text.replace(old, new, 1), line


def problems_of(text: str, filename: str = FILE) -> list[str]:
    with pytest.raises(ScenarioError) as info:
        parse_scenario(text, filename)
    problems = info.value.problems
    assert problems, "a ScenarioError must list at least one problem"
    for p in problems:
        assert p.startswith(f"{filename}:"), p
        assert re.match(rf"^{re.escape(filename)}:\d+: ", p), p
    return problems


# --------------------------------------------------------------------------- built-ins


def test_the_three_snapshots_and_the_labour_example_ship_as_builtins():
    assert tuple(builtin_paths()) == BUILTINS


@pytest.mark.parametrize("sid", BUILTINS)
def test_every_builtin_loads_and_its_id_is_its_file_name(sid):
    s = load_scenario(sid)
    assert s.id == sid
    assert len(s.belligerents) >= 2
    assert s.problems() == []


@pytest.mark.parametrize("sid", BUILTINS)
def test_a_builtin_loads_the_same_from_its_path(sid):
    assert load_scenario(builtin_paths()[sid]) == load_scenario(sid)


def test_the_flagship_snapshot_is_dated_from_its_article():
    assert load_scenario("gaza-2025-03").date == dt.date(2025, 3, 6)


def test_an_unknown_scenario_name_lists_the_builtins():
    with pytest.raises(NotFoundError, match="gaza-2025-03"):
        load_scenario("gaza-2099-01")


def test_a_missing_yaml_file_is_a_clear_error(tmp_path):
    with pytest.raises(NotFoundError, match="does not exist"):
        load_scenario(tmp_path / "nope.yaml")


# --------------------------------------------------------------------------- contradictions


def test_a_red_line_outside_the_issues_levels_names_file_line_and_field(flagship_text):
    # hamas's red line on withdrawal (levels none, partial, full)
    text, line = edit(flagship_text, "    red_line: full\n", "    red_line: total\n")
    problems = problems_of(text)
    assert problems == [
        f"{FILE}:{line}: positions.13.red_line: 'total' is not a level of issue 'withdrawal' "
        "(levels: none, partial, full)"
    ]


def test_a_count_red_line_above_the_number_available_is_rejected():
    text = builtin_paths()["gaza-2024-04"].read_text(encoding="utf-8")
    text, line = edit(text, "red_line: {life_sentences: 30}", "red_line: {life_sentences: 3000}")
    (problem,) = problems_of(text, "april.yaml")
    assert problem.startswith(f"april.yaml:{line}: positions.")
    assert re.search(r"\.red_line: 3000(\.0)? is outside \[0, 100\] ", problem), problem
    assert "for category 'life_sentences'" in problem


def test_weights_that_do_not_sum_to_one_name_the_party_and_the_sum(flagship_text):
    # israel's first weight, 0.30 -> 0.35 (still inside its assumption range)
    text, line = edit(flagship_text, "    weight: {value: 0.30,", "    weight: {value: 0.35,")
    assert problems_of(text) == [
        f"{FILE}:{line}: positions.0.weight: the weights of 'israel' sum to 1.0500; they must sum to 1"
    ]


def test_an_unknown_party_is_named_with_the_known_parties(flagship_text):
    text, line = edit(flagship_text, "tabled_by: [united_states]", "tabled_by: [united_sates]")
    assert problems_of(text) == [
        f"{FILE}:{line}: proposals.1.tabled_by.0: unknown party 'united_sates' "
        "(parties: israel, hamas, qatar, egypt, united_states, hostage_families)"
    ]


def test_a_position_of_an_unknown_party_is_reported_on_its_line(flagship_text):
    old = "  - party: hamas\n    issue: bodies_return"
    text, line = edit(flagship_text, old, old.replace("hamas", "hamsa"))
    problems = problems_of(text)
    assert any(
        p.startswith(f"{FILE}:{line}: positions.10.party: unknown party 'hamsa'") for p in problems
    ), problems


def test_an_unknown_issue_in_the_status_quo_is_rejected(flagship_text):
    text, line = edit(flagship_text, '  reconstruction: "no"\n', '  rebuilding: "no"\n')
    problems = problems_of(text)
    assert f"{FILE}:{line}: status_quo.rebuilding: unknown issue 'rebuilding'" in "\n".join(
        problems
    )
    assert any("missing the status quo of issue 'reconstruction'" in p for p in problems)


def test_a_value_outside_its_assumption_range_is_reported_on_its_line(flagship_text):
    text, line = edit(flagship_text, "    weight: {value: 0.30,", "    weight: {value: 0.90,")
    problems = problems_of(text)
    assert any(
        p.startswith(
            f"{FILE}:{line}: positions.0.weight: value 0.9 lies outside its assumption range"
        )
        for p in problems
    ), problems


# --------------------------------------------------------------------------- malformed files


def test_a_misspelt_key_is_an_unknown_field_on_its_line(flagship_text):
    text, line = edit(flagship_text, "    reversible: true\n", "    reversable: true\n")
    (problem,) = problems_of(text)
    assert problem.startswith(
        f"{FILE}:{line}: issues.3.reversable: unknown field (check its spelling and indentation); "
        "fields allowed here: id, name, kind,"
    )


def test_a_missing_required_field_is_named(flagship_text):
    text, _ = edit(
        flagship_text,
        "title: Hostage and ceasefire talks after phase 1 of the January 2025 agreement\n",
        "",
    )
    assert (
        f"{FILE}:1: title: required field is missing; add it, e.g. title: Port wage talks before the strike vote"
        in problems_of(text)
    )


@pytest.mark.parametrize(
    ("old", "new", "field", "words"),
    [
        ("    steps: 7\n", "    steps: seven\n", "issues.0.steps", "expected a whole number"),
        ("date: 2025-03-06\n", "date: soon\n", "date", "expected a date written YYYY-MM-DD"),
        (
            "    reversible: true\n",
            "    reversible: perhaps\n",
            "issues.3.reversible",
            "expected true or false",
        ),
        (
            "    role: belligerent\n",
            "    role: bystander\n",
            "parties.0.role",
            "expected one of: belligerent, mediator, constituency",
        ),
    ],
)
def test_a_value_of_the_wrong_type_names_line_field_and_expected_type(
    flagship_text, old, new, field, words
):
    text, line = edit(flagship_text, old, new)
    (problem,) = problems_of(text)
    assert problem.startswith(f"{FILE}:{line}: {field}: ")
    assert words in problem


@pytest.mark.parametrize(
    ("old", "new", "words"),
    [
        (
            "title: Hostage and ceasefire",
            "title: Hostage: and ceasefire",
            "mapping values are not allowed",
        ),
        ("    steps: 7\n", "\tsteps: 7\n", "cannot start any token"),
        ("    steps: 7\n", "   steps: 7\n", "expected <block end>"),
    ],
)
def test_bad_yaml_syntax_names_the_line(flagship_text, old, new, words):
    text, line = edit(flagship_text, old, new)
    (problem,) = problems_of(text)
    assert problem.startswith(f"{FILE}:{line}: not valid YAML: ")
    assert words in problem


def test_a_duplicated_key_is_rejected_on_the_line_of_the_duplicate(flagship_text):
    text, line = edit(flagship_text, "    steps: 7\n", "    steps: 7\n    steps: 8\n")
    (problem,) = problems_of(text)
    assert problem.startswith(f'{FILE}:{line + 1}: not valid YAML: found duplicate key "steps"')


@pytest.mark.parametrize("text", ["", "just a string\n", "- a\n- list\n"])
def test_a_file_that_is_not_a_mapping_is_rejected(text):
    assert problems_of(text) == [
        f"{FILE}:1: a scenario file is a mapping of fields (id, title, date, ...)"
    ]


def test_a_file_that_is_not_utf8_is_rejected(tmp_path):
    f = tmp_path / "latin1.yaml"
    f.write_bytes("title: Négociation\n".encode("latin-1"))
    with pytest.raises(ScenarioError, match="not UTF-8"):
        load_scenario(f)


@pytest.mark.parametrize(
    "tagged",
    [
        "!!python/object/apply:os.system ['touch {marker}']",
        "!!python/object/apply:os.system\n  args: ['touch {marker}']",
        "!!python/object/new:os.system ['touch {marker}']",
        "!!python/name:os.system",
        "!!python/object/apply:subprocess.check_call [['touch', '{marker}']]",
        "!python/object/apply:os.system ['touch {marker}']",
    ],
)
def test_python_tags_are_never_executed(flagship_text, tmp_path, tagged):
    marker = tmp_path / "executed"
    text, line = edit(
        flagship_text,
        "title: Hostage and ceasefire talks after phase 1 of the January 2025 agreement",
        "title: " + tagged.format(marker=marker),
    )
    try:
        scenario = parse_scenario(text, FILE)
    except ScenarioError as exc:
        assert all(p.startswith(f"{FILE}:") for p in exc.problems)
    else:  # a tag read as plain text is harmless, but it must be text
        assert isinstance(scenario.title, str)
    assert not marker.exists(), "a YAML tag ran code while loading a scenario"


# --------------------------------------------------------------------------- spans


def test_a_span_past_the_end_of_its_document_is_reported_by_check_spans(flagship_text, corpus):
    old = "start: 1609, end: 1645"
    text, _ = edit(flagship_text, old, "start: 99999, end: 100035")
    scenario = parse_scenario(text, FILE)  # well-formed: only the corpus can tell
    bad = check_spans(scenario, corpus)
    assert len(bad) == 1
    path, message = bad[0]
    assert path == ("issues", 0, "categories", 0, "max", "sources", 0)
    size = len((corpus / "004_4e0664ac42c67242.txt").read_text(encoding="utf-8"))
    assert message == (
        f"span 99999-100035 runs past the end of '004_4e0664ac42c67242.txt' ({size} characters)"
    )


def test_a_shifted_span_says_where_the_quote_really_is(flagship_text, corpus):
    text, _ = edit(flagship_text, "start: 1609, end: 1645", "start: 1610, end: 1646")
    [(_, message)] = check_spans(parse_scenario(text, FILE), corpus)
    assert message.endswith("; the quote is at 1609-1645")


def test_a_citation_of_a_missing_document_is_reported(flagship_text, corpus):
    text, _ = edit(
        flagship_text,
        "{doc: 004_4e0664ac42c67242.txt, start: 1609",
        "{doc: 999_missing.txt, start: 1609",
    )
    [(_, message)] = check_spans(parse_scenario(text, FILE), corpus)
    assert message.startswith("document '999_missing.txt' is not in ")


def _validate(tmp_path: Path, text: str, *args: str):
    (tmp_path / "broken.yaml").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["validate", str(tmp_path / "broken.yaml"), *args])
    assert "Traceback" not in result.output + result.stderr
    return result


def test_validate_reports_a_span_past_the_end_with_file_and_line(flagship_text, corpus, tmp_path):
    text, line = edit(flagship_text, "start: 1609, end: 1645", "start: 99999, end: 100035")
    result = _validate(tmp_path, text, "--corpus", str(corpus))
    assert result.exit_code == 2
    stderr = " ".join(result.stderr.split())  # the console may wrap long lines
    assert (
        f"broken.yaml:{line}: issues.0.categories.0.max.sources.0: span 99999-100035 runs past the end"
        in stderr
    )


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("    red_line: full\n", "    red_line: total\n"),
        ("    reversible: true\n", "    reversable: true\n"),
        ("title: Hostage and ceasefire", "title: Hostage: and ceasefire"),
        ("title: Hostage and ceasefire", "title: !!python/object/apply:os.system ['true']"),
    ],
)
def test_validate_rejects_broken_files_with_exit_2_and_a_line(flagship_text, tmp_path, old, new):
    text, line = edit(flagship_text, old, new)
    result = _validate(tmp_path, text)
    assert result.exit_code == 2
    assert f"broken.yaml:{line}:" in result.stderr
    assert result.stdout == ""


def test_validate_accepts_every_builtin_against_the_corpus(corpus):
    for sid in BUILTINS:
        result = CliRunner().invoke(app, ["validate", sid, "--corpus", str(corpus)])
        assert result.exit_code == 0, result.output
        assert f"ok {sid}" in result.stdout


def test_a_text_read_again_gives_a_new_scenario_and_the_same_errors_in_each_file() -> None:
    """The loader keeps the parsed tree of recent texts: what it hands out stays fresh."""
    text = builtin_paths()["gaza-2025-03"].read_text("utf-8")
    first, second = parse_scenario(text, "a.yaml"), parse_scenario(text, "b.yaml")
    assert first == second and first is not second
    first.positions.clear()  # the models are frozen, their lists are not
    again = parse_scenario(text, "c.yaml")
    assert again == second and again.positions
    broken, line = edit(text, "date: 2025-03-06", "date: 2025-13-06")
    for name in ("one.yaml", "two.yaml"):
        with pytest.raises(ScenarioError) as info:
            parse_scenario(broken, name)
        assert str(info.value).startswith(f"{name}:{line}:"), str(info.value)
    bad_field, line = edit(text, "title:", "titel:")
    for name in ("one.yaml", "two.yaml"):
        problems = problems_of(bad_field, name)
        assert any(p.startswith(f"{name}:{line}: ") for p in problems), problems
