"""The lazy packages (``accord.analysis``, ``accord.scenarios``) keep their entry points.

Both load their exported names on first use (PEP 562 ``__getattr__``). Importing a submodule
``pkg.name`` sets the package attribute ``name`` to that module, so a submodule named like an
exported function would shadow it as soon as anything imported the submodule (the web API once
failed with "'module' object is not callable" that way). A fresh interpreter imports every
submodule of each package and then checks each exported name is what its module defines.
"""

from __future__ import annotations

import json
import subprocess
import sys

_SCRIPT = """
import importlib, inspect, json, pkgutil, sys
out = {}
for name in sys.argv[1:]:
    package = importlib.import_module(name)
    subs = sorted(m.name for m in pkgutil.iter_modules(package.__path__))
    for sub in subs:
        importlib.import_module(f"{name}.{sub}")
    listed = set(dir(package))
    out[name] = {
        "submodules": subs,
        "dir": sorted(set(package.__all__) - listed),
        "modules": sorted(n for n in package.__all__ if inspect.ismodule(getattr(package, n))),
        "analyze": callable(getattr(package, "analyze", print)),
    }
print(json.dumps(out))
"""


def test_no_submodule_shadows_an_entry_point() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT, "accord.analysis", "accord.scenarios"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert "run" in found["accord.analysis"]["submodules"], "the scan imported nothing"
    for package, seen in found.items():
        assert seen["modules"] == [], f"{package}: submodules shadow {seen['modules']}"
        assert seen["dir"] == [], f"{package}: dir() misses {seen['dir']}"
    assert found["accord.analysis"]["analyze"], "accord.analysis.analyze is not callable"


def test_entry_points_are_the_functions_of_their_modules() -> None:
    import accord.analysis
    from accord.analysis import analyze, compile_scenario, run

    assert analyze is run.analyze and callable(accord.analysis.analyze)
    assert compile_scenario is accord.analysis.compile.compile_scenario
    try:
        accord.analysis.no_such_name  # noqa: B018
    except AttributeError as exc:
        assert "no_such_name" in str(exc)
    else:
        raise AssertionError("an unknown name was found")
