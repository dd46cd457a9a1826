"""Bad GENIUS input gives an InteropError naming the file, line and element."""

from __future__ import annotations

from pathlib import Path

import pytest

from accord.errors import InteropError
from accord.interop import import_genius, read_domain, read_profile, utilities

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


def test_weights_not_summing_to_one_are_used_as_genius_does_with_a_warning(tmp_path):
    domain = read_domain(write(tmp_path, "d.xml", DOMAIN))
    prof = read_profile(profile(tmp_path, w1="0.5"), domain)
    assert prof.weights.tolist() == [0.5, 0.4]  # as written: GENIUS does not rescale
    assert any("weights sum to 0.9, not 1; GENIUS uses them as written" in w for w in prof.warnings)
    U = utilities(domain, [prof, prof])
    assert U[:, 0].max() == pytest.approx(0.9)
    # the scenario keeps GENIUS's utilities: weights / 0.9 and values x 0.9
    scenario = import_genius(
        domain_path(tmp_path), [profile(tmp_path, w1="0.5"), profile(tmp_path, "q.xml")]
    )
    pos = [p for p in scenario.positions if p.party == "p"]
    assert sum(p.weight.value for p in pos) == pytest.approx(1.0)
    assert max(pos[0].values.values()) == pytest.approx(0.9)
    assert "weights / 0.9" in scenario.description


def test_weights_above_one_cap_utilities_at_one(tmp_path):
    domain = read_domain(write(tmp_path, "d.xml", DOMAIN))
    prof = read_profile(profile(tmp_path, w1="0.8"), domain)
    assert any("capping utilities above 1 at 1" in w for w in prof.warnings)
    U = utilities(domain, [prof, prof])
    assert U.max() == 1.0
    assert utilities(domain, [prof, prof], cap=False).max() == pytest.approx(1.2)


def test_document_type_declarations_are_refused(tmp_path):
    evil = '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">]>\n<utility_space/>'
    with pytest.raises(
        InteropError, match="document type declarations and entities are not allowed"
    ):
        read_domain(write(tmp_path, "evil.xml", evil))


def test_discount_factors_are_read_and_invalid_ones_mean_one(tmp_path):
    domain = read_domain(write(tmp_path, "d.xml", DOMAIN))
    assert read_profile(profile(tmp_path, discount="0.9"), domain).discount == 0.9
    prof = read_profile(profile(tmp_path, discount="0.9"), domain, ignore_discount=True)
    assert prof.discount_factor == 1.0
    assert any("discount factor 0.9 ignored" in n for n in prof.notes)
    for text in ("0", "1.5", "s"):
        prof = read_profile(profile(tmp_path, discount=text), domain)
        assert prof.discount_factor == 1.0
        assert any("discount" in w for w in prof.warnings), text


def test_genius_discrete_rule_rounds_and_divides_by_the_rounded_maximum(tmp_path):
    domain = read_domain(write(tmp_path, "d.xml", DOMAIN))
    prof = read_profile(profile(tmp_path, red="2.4"), domain)  # 2.4 -> 2, max 4
    assert prof.values[0].tolist() == [0.5, 1.0]
    assert any("rounded to integers" in w for w in prof.warnings)
    small = profile(tmp_path, "s.xml").read_text().replace('evaluation="4"', 'evaluation="0.8"')
    prof = read_profile(
        write(tmp_path, "s.xml", small.replace('evaluation="2"', 'evaluation="0.4"')), domain
    )
    assert prof.values[0].tolist() == [0.4, 0.8]  # maximum rounds to 1: used as written


def test_missing_evaluations_are_worth_zero_with_a_warning(tmp_path):
    domain = read_domain(write(tmp_path, "d.xml", DOMAIN))
    text = profile(tmp_path).read_text().replace(' evaluation="2"', "")
    prof = read_profile(write(tmp_path, "m.xml", text), domain)
    assert prof.values[0].tolist() == [0.0, 1.0]
    assert any("have no evaluation; worth 0" in w for w in prof.warnings)


def test_integer_evaluators_count_from_the_lower_bound_and_clip(tmp_path):
    shifted = DOMAIN.replace('lowerbound="0" upperbound="3"', 'lowerbound="2" upperbound="5"')
    domain = read_domain(write(tmp_path, "d.xml", shifted))
    text = (
        profile(tmp_path)
        .read_text()
        .replace(
            '<issue index="2" etype="integer" name="Days">',
            '<issue index="2" etype="integer" name="Days" lowerbound="2" upperbound="5">',
        )
    )
    prof = read_profile(write(tmp_path, "i.xml", text), domain)
    assert prof.values[1].tolist() == [1.0, 0.75, 0.5, 0.25]  # offset + slope * (x - 2)
    steep = text.replace('offset="1.0" slope="-0.25"', 'offset="2.0" slope="-0.25"')
    prof = read_profile(write(tmp_path, "j.xml", steep), domain)
    assert prof.values[1].tolist() == [1.0, 1.0, 1.0, 1.0]
    assert any("clipped to [0, 1] as GENIUS does" in w for w in prof.warnings)


def test_lenient_xml_as_genius_parses_it(tmp_path):
    domain_text = DOMAIN.replace('value="red"', 'value="R & D"').replace(
        'type="discrete" vtype="discrete"', 'type="discrete"vtype="discrete"'
    )
    path = tmp_path / "lat.xml"
    path.write_bytes(
        (
            "<!-- a comment -->\n<?xml version='1.0'?>\n"
            + domain_text.replace("Colour", "Couleur\u00e9")
        ).encode("latin-1")
    )
    domain = read_domain(path)
    assert domain.issues[0].labels == ("R & D", "blue")
    assert domain.issues[0].name == "Couleur\u00e9"
    text = " ".join(domain.notes)
    assert "decoded as cp1252" in text and "bare '&'" in text and "not separated by a space" in text
    assert "XML declaration not at the start" in text


def test_entities_are_still_never_expanded(tmp_path):
    evil = '<utility_space><objective name="&lol;" index="0"/></utility_space>'
    doc_name = read_domain_error(tmp_path, evil)
    assert "no <issue>" in doc_name
    ext = '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><utility_space/>'
    with pytest.raises(InteropError, match="refused for safety"):
        read_domain(write(tmp_path, "ext.xml", ext))


def read_domain_error(tmp_path, text):
    with pytest.raises(InteropError) as info:
        read_domain(write(tmp_path, "e.xml", text))
    return str(info.value)


def domain_path(tmp_path):
    return write(tmp_path, "d.xml", DOMAIN)


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (
            ('ftype="linear" offset="1.0"', 'ftype="triangular" offset="1.0"'),
            "evaluator type 'triangular'",
        ),
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


def test_the_cost_based_price_issue_of_2nd_hand_car_is_not_an_additive_scenario(domains_dir):
    folder = domains_dir / "2nd_hand_car"
    with pytest.raises(
        InteropError,
        match=r"car_dealer\.xml: a non-additive profile .*analyse it in GENIUS's terms",
    ):
        import_genius(
            folder / "car_domain.xml", [folder / "car_buyer.xml", folder / "car_dealer.xml"]
        )
