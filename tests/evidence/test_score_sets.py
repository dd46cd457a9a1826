"""The invented evaluation sets kept with the benchmarks, and the script that scores them."""

from __future__ import annotations

import importlib.util
import json
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "benchmarks" / "score_sets.py"
# gold claims / counts / events per set, as benchmarks/evidence_sets/README.md lists them
LISTED = {
    "synth273": (102, 53, 60),
    "synth274": (91, 42, 57),
    "synth275": (79, 38, 64),
    "synth276": (93, 57, 68),
    "synth277": (151, 33, 64),
    "synth278": (104, 35, 58),
    "synth279": (93, 92, 76),
    "synth280": (104, 49, 75),
    "synth281": (227, 81, 134),
    "synth282": (213, 59, 131),
    "synth283": (150, 58, 100),
    "synth284": (254, 70, 135),
    "synth285": (278, 54, 118),
    "synth286": (289, 50, 126),
    "synth287": (156, 91, 188),
    "synth288": (201, 114, 145),
    "synth289": (204, 77, 135),
    "synth290": (191, 55, 103),
    "synth291": (187, 79, 148),
    "synth292": (222, 59, 121),
    "synth293": (331, 56, 126),
    "synth294": (269, 46, 121),
    "synth295": (166, 80, 164),
    "synth296": (202, 97, 126),
    "synth297": (190, 87, 135),
    "synth298": (192, 61, 142),
    "synth299": (166, 60, 115),
    "synth300": (224, 80, 145),
    "synth301": (274, 54, 109),
    "synth302": (230, 58, 138),
    "synth303": (226, 86, 182),
    "synth304": (172, 212, 144),
    "synth305": (179, 80, 129),
    "synth306": (187, 54, 125),
    "synth307": (183, 63, 125),
    "synth308": (215, 75, 120),
    "synth309": (288, 79, 128),
    "synth310": (215, 42, 132),
    "synth311": (207, 72, 118),
    "synth312": (192, 93, 164),
    "synth313": (191, 78, 106),
    "synth314": (237, 44, 133),
    "synth315": (174, 65, 135),
    "synth316": (208, 68, 137),
    "synth317": (341, 47, 123),
    "synth318": (221, 68, 134),
    "synth319": (209, 83, 189),
    "synth320": (145, 184, 141),
    "synth321": (226, 94, 161),
    "synth322": (234, 59, 162),
    "synth323": (190, 72, 131),
    "synth324": (266, 74, 127),
    "synth325": (305, 61, 144),
    "synth326": (291, 93, 148),
    "synth327": (195, 76, 158),
    "synth328": (222, 66, 126),
}


def _script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("score_sets", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _totals(golds: list[dict]) -> tuple[int, int, int]:
    return tuple(sum(len(g[k]) for g in golds) for k in ("claims", "counts", "events"))  # type: ignore[return-value]


def test_every_set_holds_the_gold_its_readme_lists() -> None:
    sets = ROOT / "benchmarks" / "evidence_sets"
    for folder in sorted((sets / "read").iterdir()):
        golds = [json.loads(p.read_text()) for p in (folder / "gold").glob("*.json")]
        assert _totals(golds) == LISTED[folder.name]
    archives = sorted(sets.glob("blind-*.tar.gz"))
    assert [a.name for a in archives] == [
        "blind-stop61.tar.gz",
        "blind-stop62.tar.gz",
        "blind-stop63.tar.gz",
        "blind-stop64.tar.gz",
        "blind-stop65.tar.gz",
        "blind-stop66.tar.gz",
        "blind-stop67.tar.gz",
    ]
    for archive in archives:
        with tarfile.open(archive) as tar:
            names = [m.name for m in tar.getmembers() if m.name.endswith(".json")]
            for name in sorted({n.split("/")[0] for n in names}):
                golds = [
                    json.load(tar.extractfile(n))  # type: ignore[arg-type]
                    for n in names
                    if n.startswith(name + "/")
                ]
                assert _totals(golds) == LISTED[name]


def test_the_script_scores_a_read_set_against_all_its_gold() -> None:
    result = _script().score([ROOT / "benchmarks/evidence_sets/read/synth278"], False)
    support = result["support"]
    assert (support["claims"]["gold"], support["counts"]["gold"], support["events"]["gold"]) == (
        LISTED["synth278"]
    )
    assert 0 < support["counts"]["matched"] <= support["counts"]["gold"]


def test_without_their_dates_the_lines_say_how_many_dates_the_text_gave() -> None:
    script = _script()
    result = script.score([ROOT / "benchmarks/evidence_sets/read/synth278"], True)
    line = script._line("read synth278", result, dates=True)
    dates = result["support"]["dates"]
    assert f"dates {dates['matched']}/{dates['gold']} right" in line
    assert "dates" not in script._line("read synth278", result)
