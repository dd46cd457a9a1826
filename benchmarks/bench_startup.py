"""CLI start-up: `accord --help`, `accord analyze --help` and one real command, as a user runs them.

Each command runs in a fresh process under ``/usr/bin/time -f "%e %U %S"`` (wall, user and
system seconds of the process); the figures are the medians of the repeats (wall and CPU each).
``python -X importtime -m accord --help`` gives the import time of the command tree (typer and
rich included), median of the repeats. A fresh process also loads the flagship scenario's file
from its text (YAML parse and validation, the parse cache emptied before each load) and reports
the median CPU of a load.

    python benchmarks/bench_startup.py [--repeat N] [--before SRC] [--write]

``--before SRC`` also times the code of another checkout's ``src`` folder (put first on
``PYTHONPATH``), e.g. the commit before the start-up work; its runs alternate with this
tree's, so both see the same load.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from _common import machine, write_section

from accord.scenarios import FLAGSHIP

SRC = str(Path(__file__).resolve().parents[1] / "src")
# the `accord` script beside this interpreter (what a user runs), else `python -m accord`
_SCRIPT = shutil.which("accord", path=str(Path(sys.executable).parent))
ACCORD = [_SCRIPT] if _SCRIPT else [sys.executable, "-m", "accord"]


def timed(args: list[str], src: str, home: Path) -> tuple[float, float]:
    """Wall and CPU (user + system) seconds of one process, from /usr/bin/time."""
    env = {**os.environ, "PYTHONPATH": src, "ACCORD_HOME": str(home), "COLUMNS": "100"}
    done = subprocess.run(
        ["/usr/bin/time", "-f", "%e %U %S", *args], env=env, capture_output=True, text=True
    )
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed:\n{done.stderr}")
    wall, user, system = map(float, done.stderr.strip().splitlines()[-1].split())
    return wall, user + system


def import_ms(src: str) -> tuple[float, float]:
    """Import times (ms) in ``python -X importtime -m accord --help``: the command tree
    (``accord.cli`` with typer and rich, cumulative) and every import of the run (the sum of
    the modules' own times: the help renderer's imports included)."""
    env = {**os.environ, "PYTHONPATH": src}
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "accord", "--help"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )

    def cumulative(module: str) -> float:
        found = re.search(rf"\|\s*(\d+) \|\s+{re.escape(module)}$", done.stderr, re.M)
        assert found, f"no {module} line in the -X importtime output"
        return int(found.group(1)) / 1000

    own = re.findall(r"^import time:\s*(\d+) \|", done.stderr, re.M)
    return cumulative("accord.cli"), sum(map(int, own)) / 1000


_LOAD = """
import statistics, sys, time
from accord.scenarios import FLAGSHIP
from accord.scenarios import loader
text = loader.resolve(FLAGSHIP).read_text(encoding="utf-8")
loader.parse_scenario(text, "f.yaml")  # imports and pydantic's first validation
cpu = []
for _ in range(int(sys.argv[1])):
    loader._TREES.clear()
    t = time.process_time()
    loader.parse_scenario(text, "f.yaml")
    cpu.append(time.process_time() - t)
print(statistics.median(cpu) * 1000)
"""


def load_ms(src: str, loads: int = 7) -> float:
    """Median CPU ms of loading the flagship scenario from its text (parse + validate)."""
    env = {**os.environ, "PYTHONPATH": src}
    done = subprocess.run(
        [sys.executable, "-c", _LOAD, str(loads)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return float(done.stdout.strip())


def measure(trees: dict[str, str], repeat: int) -> dict[str, dict[str, tuple[float, ...]]]:
    """label -> command -> (median wall s, median CPU s); "import" -> (median ms of the tree, of
    all the run's imports); "load" -> (median CPU ms of a scenario load,)."""
    runs: dict[str, dict[str, list[tuple[float, ...]]]] = {label: {} for label in trees}
    with tempfile.TemporaryDirectory(prefix="accord-startup-") as tmp:
        for r in range(repeat):
            order = list(trees.items())
            for label, src in order if r % 2 == 0 else order[::-1]:  # alternately, same load
                commands = {
                    "accord --help": ["--help"],
                    "accord analyze --help": ["analyze", "--help"],
                    f"accord validate {FLAGSHIP}": ["validate", FLAGSHIP],
                }
                for name, args in commands.items():
                    runs[label].setdefault(name, []).append(
                        timed([*ACCORD, *args], src, Path(tmp) / label)
                    )
                runs[label].setdefault("import", []).append(import_ms(src))
                runs[label].setdefault("load", []).append((load_ms(src),))
    return {
        label: {
            name: tuple(statistics.median(col) for col in zip(*rs, strict=True))
            for name, rs in r.items()
        }
        for label, r in runs.items()
    }


def report(
    best: dict[str, dict[str, tuple[float, ...]]],
    repeat: int,
    load: tuple[float, float],
    before: str | None,
    before_name: str | None = None,
) -> str:
    lines = [
        "## CLI start-up: `accord --help` and a command's first fraction of a second",
        "",
        f"- Machine: {machine()}; load average {load[0]:.1f} at the start, {load[1]:.1f} at the "
        "end (a shared machine: the wall clock includes waiting for a core, CPU time does not).",
        f"- Command: `python benchmarks/bench_startup.py --repeat {repeat}"
        + (f" --before {before}" if before else "")
        + (f' --before-name "{before_name}"' if before_name else "")
        + " --write`",
        '- Timed: each command in a fresh process under `/usr/bin/time -f "%e %U %S"`, median of '
        f"{repeat} runs, the trees alternating (wall and CPU = user + system, each its median); "
        "imports: from `python -X importtime -m accord --help`, the cumulative time of "
        "`accord.cli` and the sum of all modules' own times, median of the same runs; scenario "
        "load: CPU of `parse_scenario` on the flagship's text in a warm process, parse cache "
        "emptied, median of 7 loads, median over the runs.",
        "",
        "| command | " + " | ".join(f"{label} wall s | {label} CPU s" for label in best) + " |",
        "| --- |" + " ---: | ---: |" * len(best),
    ]
    first = next(iter(best.values()))
    for name in first:
        if name not in ("import", "load"):
            cells = " | ".join(f"{b[name][0]:.2f} | {b[name][1]:.2f}" for b in best.values())
            lines.append(f"| `{name}` | {cells} |")
    imports = ", ".join(
        f"{label} {b['import'][0]:.0f} ms ({b['import'][1]:.0f} ms for all of `accord --help`'s)"
        for label, b in best.items()
    )
    loads = ", ".join(f"{label} {b['load'][0]:.0f} ms" for label, b in best.items())
    lines += [
        "",
        f"Import time of `accord.cli` (the whole command tree): {imports}.",
        "",
        f"CPU of one load of the flagship scenario from its text (YAML + validation): {loads}.",
        "",
        "`accord --help` (and a command's `--help`, and every command before it starts its work) "
        "used to import the scenario model with pydantic and ruamel.yaml, though it needs none of "
        "them: two option defaults pulled them in (the flagship scenario's id: `accord.scenarios` "
        "imported its loader; the shortest statement: `accord.evidence.tables` imported the "
        "evidence records for its annotations), and so did a helper imported at the top of the "
        "forecast commands (`accord.report.fmt`). "
        "`accord.scenarios` now loads its loader's names on first use, the tables module imports "
        "the records for type checking only, and each command imports the library it calls in "
        "its body (`tests/cli/test_startup.py` checks that the help of the root, of every group "
        "and every command loads no model, NumPy, DuckDB, spaCy or web stack). What is left of "
        "`accord --help` is Python with its site packages, typer and rich (most of the command "
        "tree's import time above) and typer's help renderer, which loads rich's Markdown and "
        "traceback modules (the help is written in Markdown mode). A command's own `--help` also "
        "loads pydantic, from typer itself: typer 0.29 coerces every parameter through a pydantic "
        "`TypeAdapter`, and once a command is named it parses the root's own flags (`--help`, "
        "`--install-completion`, `--show-completion`, not given, so not yet booleans) and builds "
        "their adapters; no module of accord is behind it, and avoiding it would mean patching "
        "typer or dropping the completion options. A real command is not slower: it imports "
        "what it imported before, in its body instead of at start-up. The `accord` on the PATH "
        "of this machine is a pyenv shim (bash and `pyenv exec`, 0.1 to 0.4 s more wall clock "
        "per call depending on the load); the figures above run the installed script directly.",
        "",
        "`accord validate` (stop 27) checks a scenario's budget with `accord.analysis.budget` "
        "and used to load the whole analysis package with it: NumPy, the compiled Pareto search "
        "and Numba (about a third of its CPU). `accord.analysis` now loads its entry points on "
        "first use (PEP 562), after its whole-analysis module was renamed `analysis/run.py`: a "
        "submodule named like the function `analyze` replaced that function on the package once "
        "imported (the first attempt's failure; `tests/analysis/test_package.py` imports every "
        "submodule of the lazy packages and checks no exported name became a module). DuckDB "
        "loads when the store is opened, not when its path is asked, so `validate` without a "
        "store does not load it; `tests/cli/test_startup.py` checks that `accord validate` on the "
        "flagship loads no NumPy, Numba or DuckDB. A scenario file is parsed once: its YAML "
        "budget (nesting, alias expansion) is counted on the events the round-trip parser makes "
        "as the tree is composed from them, where the scanner and parser ran twice before (a "
        "third of a load's CPU; the scenario-load line above). Every message is unchanged.",
    ]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--before", metavar="SRC", help="also time this src folder (older code)")
    parser.add_argument("--before-name", metavar="TEXT", help="what --before is, for the report")
    parser.add_argument(
        "--write", action="store_true", help="write the startup section of BENCHMARKS.md"
    )
    opts = parser.parse_args()
    load0 = os.getloadavg()[0]
    trees = {"before": opts.before, "after": SRC} if opts.before else {"this tree": SRC}
    best = measure(trees, opts.repeat)
    load = (load0, os.getloadavg()[0])
    text = report(best, opts.repeat, load, opts.before, opts.before_name)
    print(text)
    if opts.write:
        write_section("startup", text)


if __name__ == "__main__":
    main()
