"""Bad GENIUS input gives an InteropError naming the file, line and element."""

from __future__ import annotations

from pathlib import Path

import pytest

from accord.errors import InteropError
from accord.interop import import_genius, read_domain, read_profile

DOMAIN = """<negotiation_template>
<utility_space number_of_issues="2">
<objective index="0" etype="objective" type="objective" name="toy">
<issue index="1" etype="discrete" type="discrete" vtype="discrete" name="Colour">
<item index="1" value="red"/><item index="2" value="blue"/>
</issue>
<issue index="2" etype="integer" type="integer" vtype="integer" lowerbound="0" upperbound="3" name="Days"/>
</objective>
</utility_space>
</negotiation_template>
"""

PROFILE = """<utility_space>
<objective index="0" etype="objective" type="objective" name="toy">
<issue index="1" etype="discrete" name="Colour">
<item index="1" value="red" evaluation="{red}"/><item index="2" value="blue" evaluation="4"/>
</issue>
<issue index="2" etype="integer" name="Days"><evaluator ftype="linear" offset="1.0" slope="-0.25"/></issue>
<weight index="1" value="{w1}"/>
<weight index="2" value="0.4"/>
</objective>
<discount_factor value="{discount}"/>
<reservation value="0.2"/>
</utility_space>
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def profile(tmp_path: Path, name="p.xml", red="2", w1="0.6", discount="1.0") -> Path:
    return write(tmp_path, name, PROFILE.format(red=red, w1=w1, discount=discount))


def test_a_valid_toy_domain_reads_with_genius_scaling(tmp_path):
    domain = read_domain(write(tmp_path, "d.xml", DOMAIN))
    assert [i.kind for i in domain.issues] == ["discrete", "integer"]
    assert domain.issues[1].labels == ("0", "1", "2", "3")
    prof = read_profile(profile(tmp_path), domain)
    assert prof.values[0].tolist() == [0.5, 1.0]  # 2 and 4, divided by the largest
    assert prof.values[1].tolist() == [1.0, 0.75, 0.5, 0.25]
    assert prof.reservation == 0.2


def test_malformed_xml_names_file_and_line(tmp_path):
    bad = write(tmp_path, "bad.xml", DOMAIN.replace("</issue>\n<issue", "<issue", 1))
    with pytest.raises(InteropError, match=r"bad\.xml:\d+:\d+: malformed XML: mismatched tag"):
        read_domain(bad)


def test_a_profile_that_does_not_match_its_domain_is_refused(tmp_path):
    domain = read_domain(write(tmp_path, "d.xml", DOMAIN))
    other = profile(tmp_path, "other.xml").read_text().replace('value="blue"', 'value="green"')
    with pytest.raises(
        InteropError, match=r"other\.xml:4: <item 'green'> value 'green' is not a value"
    ):
        read_profile(write(tmp_path, "other.xml", other), domain)
    renamed = profile(tmp_path).read_text().replace('name="Days"', 'name="Weeks"')
    with pytest.raises(InteropError, match="issue 'Weeks' is not in the domain d.xml"):
        read_profile(write(tmp_path, "renamed.xml", renamed), domain)


def test_weights_not_summing_to_one_are_refused(tmp_path):
    domain = read_domain(write(tmp_path, "d.xml", DOMAIN))
    with pytest.raises(
        InteropError, match=r"p\.xml:2: <objective 'toy'> weights sum to 0\.9, not 1"
    ):
        read_profile(profile(tmp_path, w1="0.5"), domain)


def test_document_type_declarations_are_refused(tmp_path):
    evil = '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">]>\n<utility_space/>'
    with pytest.raises(
        InteropError, match="document type declarations and entities are not allowed"
    ):
        read_domain(write(tmp_path, "evil.xml", evil))


def test_discounting_is_refused_unless_ignored(tmp_path):
    domain = read_domain(write(tmp_path, "d.xml", DOMAIN))
    path = profile(tmp_path, discount="0.9")
    with pytest.raises(
        InteropError, match="discount factor 0.9: accord does not model time discounting"
    ):
        read_profile(path, domain)
    prof = read_profile(path, domain, ignore_discount=True)
    assert any("discount factor 0.9 ignored" in n for n in prof.notes)


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (
            ('ftype="linear" offset="1.0"', 'ftype="triangular" offset="1.0"'),
            "evaluator type 'triangular'",
        ),
        (('offset="1.0" slope="-0.25"', 'offset="2.0" slope="-0.25"'), r"range over \[1.25, 2\]"),
        (
            ('<weight index="2"', '<utility_function><ufun/></utility_function><weight index="2"'),
            "hyper-rectangle",
        ),
        (('evaluation="4"', 'evaluation="-4"'), "evaluation -4 is negative"),
        (('<weight index="2" value="0.4"/>', ""), r"no <weight> for issues \['Days'\]"),
    ],
)
def test_unsupported_or_wrong_profile_constructs_are_named(tmp_path, edit, message):
    domain = read_domain(write(tmp_path, "d.xml", DOMAIN))
    text = profile(tmp_path).read_text().replace(*edit)
    with pytest.raises(InteropError, match=message):
        read_profile(write(tmp_path, "q.xml", text), domain)


def test_nested_objectives_and_unknown_issue_types_are_named(tmp_path):
    nested = DOMAIN.replace('<issue index="1"', '<objective name="sub"/><issue index="1"', 1)
    with pytest.raises(InteropError, match="nested objectives are not supported"):
        read_domain(write(tmp_path, "n.xml", nested))
    odd = DOMAIN.replace('etype="integer" type="integer" vtype="integer"', 'type="price"')
    with pytest.raises(InteropError, match="issue type 'price' is not supported"):
        read_domain(write(tmp_path, "o.xml", odd))


def test_missing_files_and_too_few_profiles(tmp_path):
    with pytest.raises(InteropError, match="no such file"):
        read_domain(tmp_path / "absent.xml")
    d = write(tmp_path, "d.xml", DOMAIN)
    with pytest.raises(InteropError, match="at least two utility profiles"):
        import_genius(d, [profile(tmp_path)])


def test_the_cost_based_price_issue_of_2nd_hand_car_is_named(domains_dir):
    folder = domains_dir / "2nd_hand_car"
    with pytest.raises(
        InteropError, match=r"car_dealer\.xml:88: <issue 'Price'> issue type 'price'"
    ):
        import_genius(
            folder / "car_domain.xml", [folder / "car_buyer.xml", folder / "car_dealer.xml"]
        )
