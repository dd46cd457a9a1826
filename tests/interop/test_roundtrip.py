"""Import -> export -> import keeps every outcome's utility; scenario YAML reads back."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from interop_reference import folder_params

from accord.analysis.compile import compile_scenario
from accord.analysis.space import outer_sum
from accord.errors import InteropError
from accord.interop import (
    export_genius,
    find_genius_files,
    import_genius,
    read_genius,
    scenario_yaml,
    utilities,
)
from accord.scenarios import load_scenario, parse_scenario

DAY = dt.date(2024, 1, 1)


# shared domains accord refuses to import, with the reason it gives (checked below, not skipped)
UNSUPPORTED = {"2nd_hand_car": "non-additive profile .*cost-based price issue"}
SUPPORTED = [p for p in folder_params() if p.id not in UNSUPPORTED]


def imported(folder):
    domain, profiles = find_genius_files(folder)
    return domain, profiles, import_genius(domain, profiles, date=DAY)


@pytest.mark.parametrize("name", sorted(UNSUPPORTED))
def test_unsupported_domains_are_refused_with_the_reason(domains_dir, name):
    domain, profiles = find_genius_files(domains_dir / name)
    with pytest.raises(InteropError, match=UNSUPPORTED[name]):
        import_genius(domain, profiles, date=DAY)


@pytest.mark.parametrize("folder", SUPPORTED)
def test_import_export_import_keeps_every_utility(folder, tmp_path):
    domain, profiles, scenario = imported(folder)
    result = export_genius(scenario, tmp_path)
    U0 = utilities(*read_genius(domain, profiles))
    U1 = utilities(*read_genius(result.domain, result.profiles))
    np.testing.assert_array_equal(U0, U1)
    again = import_genius(result.domain, result.profiles, date=DAY, scenario_id=scenario.id)
    assert [i.levels for i in again.issues] == [i.levels for i in scenario.issues]
    assert [p.values for p in again.positions] == [p.values for p in scenario.positions]
    assert [f.utility.value for f in again.fallbacks] == [
        f.utility.value for f in scenario.fallbacks
    ]


@pytest.mark.parametrize("folder", SUPPORTED)
def test_imported_scenario_compiles_to_the_genius_utilities(folder):
    domain, profiles, scenario = imported(folder)
    c = compile_scenario(scenario)
    U = np.stack([outer_sum(c.weighted_value[p]) for p in range(len(c.parties))], axis=1)
    # the additive model cannot cap at 1 as GENIUS does (Laptop: weights sum to 1.00005)
    np.testing.assert_array_equal(U, utilities(*read_genius(domain, profiles), cap=False))


@pytest.mark.parametrize("folder", SUPPORTED)
def test_scenario_yaml_reads_back_identical(folder):
    _, _, scenario = imported(folder)
    assert parse_scenario(scenario_yaml(scenario), "imported.yaml") == scenario


def test_every_number_of_an_import_names_its_xml_file(domains_dir):
    _, _, scenario = imported(domains_dir / "Laptop")
    for pos in scenario.positions:
        assert "Laptop-C-prof" in pos.weight.assumption.reason
        assert "Laptop-C-prof" in pos.assumption
    assert all("Laptop-C-prof" in f.utility.assumption.reason for f in scenario.fallbacks)


def test_negative_reservation_value_becomes_zero_with_a_note(domains_dir):
    _, _, scenario = imported(domains_dir / "ItexvsCypress")
    assert [f.utility.value for f in scenario.fallbacks] == [0.0, 0.0]
    assert "-0.0355" in scenario.fallbacks[0].utility.assumption.reason
    assert "imported as 0" in scenario.description


def test_flagship_export_reads_back_with_accords_final_term_utilities(tmp_path):
    scenario = load_scenario("gaza-2025-03")
    result = export_genius(scenario, tmp_path)
    c = compile_scenario(scenario)
    U = np.stack([outer_sum(c.weighted_value[p]) for p in range(len(c.parties))], axis=1)
    np.testing.assert_array_equal(utilities(*read_genius(result.domain, result.profiles)), U)
    notes = result.notes_file.read_text()
    assert "Single-phase projection" in notes and "red lines are not enforced" in notes
    assert "Red lines: israel on hamas_rule" in notes
    assert [p.name for p in result.profiles] == ["israel.xml", "hamas.xml"]


def test_a_real_issue_is_searched_on_a_grid_and_round_trips(domains_dir, tmp_path):
    folder = domains_dir / "2nd_hand_car"
    profiles = [folder / "car_buyer.xml", folder / "car_buyer.xml"]
    scenario = import_genius(folder / "car_domain.xml", profiles, date=DAY, real_levels=5)
    price = scenario.issue("price")
    assert price.levels == ["13000", "15416.5", "17833", "20249.5", "22666"]
    # GENIUS clips the linear evaluator 3.4 - 0.00015 x to [0, 1]
    values = scenario.position("car_buyer", "price").values
    assert values["13000"] == 1.0 and values["22666"] == pytest.approx(1e-4)
    assert "differs from the domain's" in scenario.description
    result = export_genius(scenario, tmp_path)
    np.testing.assert_array_equal(
        utilities(*read_genius(result.domain, result.profiles)),
        utilities(*read_genius(folder / "car_domain.xml", profiles, real_levels=5)),
    )
