"""Odd but valid constructs of GENIUS 10.4's own templates (small synthetic copies).

Each fixture mimics one template shipped with GENIUS: integer issues with
negative bounds and ``slope``/``offset`` (``linear/IntegerDomain``), real issues
whose evaluator carries its own ``etype`` and similarity functions (``SON``),
items numbered from 0 with every evaluation ``0.000`` (``pie_0.00x``), weights
before the issues, a zero weight and a tab between attributes (``gratch``), and
an unordered ``pareto.xml`` starting with a blank line (``nonlinear/S-1NAGUNL``).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from accord.interop import analyse_genius, find_genius_sets, read_domain, read_profile, utilities


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder / name


INTEGER_DOMAIN = """<negotiation_template number_of_sessions="1">
<agent utility_space="" name="" class=""></agent>
<utility_space number_of_issues="0">
<objective index="0" description="" name="root" type="objective" etype="objective">
<issue index="1" name="price" vtype="integer" type="integer" etype="integer">
<range lowerbound="-5" upperbound="5"></range></issue>
<issue index="2" name="otherprice" vtype="integer" type="integer" etype="integer">
<range lowerbound="-5" upperbound="5"></range></issue>
</objective></utility_space></negotiation_template>
"""
INTEGER_PROFILE = """<utility_space>
<objective index="0" description="" name="root" type="objective" etype="objective">
<issue index="1" name="price" vtype="integer" type="integer" etype="integer">
<range lowerbound="-5" upperbound="5"></range>
<evaluator slope="{s}" offset="{o}" ftype="linear"></evaluator></issue>
<issue index="2" name="otherprice" vtype="integer" type="integer" etype="integer">
<range lowerbound="-5" upperbound="5"></range>
<evaluator slope="{s}" offset="{o}" ftype="linear"></evaluator></issue>
<weight index="1" value="0.75"></weight><weight index="2" value="0.25"></weight>
</objective></utility_space>
"""


def test_integer_issues_with_negative_bounds(tmp_path):
    d = read_domain(write(tmp_path, "IntegerDomain.xml", INTEGER_DOMAIN))
    assert d.issues[0].labels[0] == "-5" and d.issues[0].size == 11
    up = read_profile(write(tmp_path, "p1.xml", INTEGER_PROFILE.format(s=0.1, o=0.0)), d)
    down = read_profile(write(tmp_path, "p2.xml", INTEGER_PROFILE.format(s=-0.1, o=1.0)), d)
    U = utilities(d, [up, down]).reshape(11, 11, 2)
    # EvaluatorInteger: offset + slope * (x - lowerbound), x - lowerbound = 0 .. 10
    assert U[0, 0].tolist() == pytest.approx([0.0, 1.0])
    assert U[10, 0].tolist() == pytest.approx([0.75, 0.25])
    assert U[5, 5].tolist() == pytest.approx([0.5, 0.5])


SON_ISSUE = """<issue index="{i}" etype="real" vtype="real" type="real" name="{n}">
<range lowerbound="0" upperbound="1" />
<evaluator etype="real" ftype="linear" parameter1="{p1}"
\tparameter0="{p0}" />
<similarity_function weight="0.25"><criteria_function type="faratin" weight="1"
\tparameter1="0.1" parameter0="1" /></similarity_function>
</issue>"""


def son(p1: float, p0: float) -> str:
    issues = "".join(
        SON_ISSUE.format(i=i, n=n, p1=p1, p0=p0) for i, n in ((2, "Price"), (3, "Time"))
    )
    return (
        '<utility_space number_of_issues="2"><objective index="1" etype="objective" '
        'type="objective" description="" name="SON"><weight index="2" value="0.5" />'
        f'<weight index="3" value="0.5" />{issues}</objective></utility_space>'
    )


def test_real_issues_with_an_evaluator_etype_and_similarity_functions(tmp_path):
    dom = son(1, 0).replace("<utility_space", "<negotiation_template><utility_space", 1)
    dom = dom.replace("</utility_space>", "</utility_space></negotiation_template>")
    dom = dom.replace('<weight index="2" value="0.5" /><weight index="3" value="0.5" />', "")
    d = read_domain(write(tmp_path, "son_domain.xml", dom), real_levels=5)
    center = read_profile(write(tmp_path, "center.xml", son(-1, 1)), d)
    seller = read_profile(write(tmp_path, "seller.xml", son(1, 0)), d)
    U = utilities(d, [center, seller]).reshape(5, 5, 2)
    assert U[0, 0].tolist() == [1.0, 0.0] and U[4, 4].tolist() == [0.0, 1.0]
    assert U[1, 3].tolist() == pytest.approx([0.5, 0.5])  # (0.75 + 0.25) / 2


def test_items_from_zero_all_zero_evaluations_and_weights_first(tmp_path):
    items = "".join(
        f'\t <item index="{k}" value="a{k}"  cost="0"  evaluation="{{e{k}}}" '
        f'description="a{k}"></item>\n'
        for k in range(3)
    )
    profile = (
        '<utility_space>\n <objective index="0" etype="objective" type="objective" '
        'description="agent : A" name="PieDomain">\n <weight index="1" value="1.0"/>\n'
        ' <weight index="2" value="0.00"/>\n <issue index="1" etype="discrete" '
        f'type="discrete" vtype="discrete"\tname="Pie">\n{items} </issue>\n'
        ' <issue index="2" etype="discrete" name="Spare"><item index="0" value="x" '
        'evaluation="0"/><item index="1" value="y" evaluation="0"/></issue>\n'
        " </objective>\n</utility_space>\n"
    )
    domain = (
        '<negotiation_template><utility_space><objective index="0" name="PieDomain">'
        '<issue index="1" etype="discrete" name="Pie">'
        + "".join(f'<item index="{k}" value="a{k}"/>' for k in range(3))
        + '</issue><issue index="2" etype="discrete" name="Spare"><item index="0" value="x"/>'
        '<item index="1" value="y"/></issue></objective></utility_space></negotiation_template>'
    )
    folder = tmp_path / "pie"
    write(folder, "pie_domain.xml", domain)
    write(folder, "pie_A_0.000.xml", profile.format(e0="0.000", e1="0.000", e2="0.000"))
    write(folder, "pie_B.xml", profile.format(e0="0.000", e1="0.500", e2="1.000"))
    (s,) = find_genius_sets(folder)
    a = analyse_genius(s.domain, s.profiles)
    U = utilities(a.domain, a.profiles)
    # all evaluations 0: EvaluatorDiscrete's maximum is below 1e-5, every value is 0
    assert (U[:, 0] == 0).all()
    np.testing.assert_allclose(U[::2, 1], [0.0, 0.5, 1.0])


def test_an_unordered_pareto_file_with_a_leading_blank_line(tmp_path):
    from accord.interop import read_pareto

    path = write(
        tmp_path,
        "pareto.xml",
        "\n0.9620061, 0.86598987\n1.0, 0.85989845\n0.9445289, 0.99390865\n0.90653497, 1.0",
    )
    ref, why = read_pareto(path)
    assert why is None and ref is not None and ref.shape == (4, 2)
