"""CLI start-up: `accord --help`, `accord analyze --help` and one real command, as a user runs them.

Each command runs in a fresh process under ``/usr/bin/time -f "%e %U %S"`` (wall, user and
system seconds of the process); the figures are the best of the repeats (wall and CPU each).
``python -X importtime -c "import accord.cli"`` gives the import time of the command tree
(typer and rich included), best of the repeats.

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


def measure(trees: dict[str, str], repeat: int) -> dict[str, dict[str, tuple[float, ...]]]:
    """label -> command -> (best wall s, best CPU s); "import" -> (best ms of the tree, of all
    the run's imports)."""
    runs: dict[str, dict[str, list[tuple[float, ...]]]] = {label: {} for label in trees}
    with tempfile.TemporaryDirectory(prefix="accord-startup-") as tmp:
        for _ in range(repeat):
            for label, src in trees.items():  # alternately, under the same load
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
    return {
        label: {name: tuple(min(col) for col in zip(*rs, strict=True)) for name, rs in r.items()}
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
        '- Timed: each command in a fresh process under `/usr/bin/time -f "%e %U %S"`, best of '
        f"{repeat} (wall and CPU = user + system, each its best); imports: from "
        "`python -X importtime -m accord --help`, the cumulative time of `accord.cli` and the "
        "sum of all modules' own times, best of the same runs.",
        "",
        "| command | " + " | ".join(f"{label} wall s | {label} CPU s" for label in best) + " |",
        "| --- |" + " ---: | ---: |" * len(best),
    ]
    first = next(iter(best.values()))
    for name in first:
        if name != "import":
            cells = " | ".join(f"{b[name][0]:.2f} | {b[name][1]:.2f}" for b in best.values())
            lines.append(f"| `{name}` | {cells} |")
    imports = ", ".join(
        f"{label} {b['import'][0]:.0f} ms ({b['import'][1]:.0f} ms for all of `accord --help`'s)"
        for label, b in best.items()
    )
    lines += [
        "",
        f"Import time of `accord.cli` (the whole command tree): {imports}.",
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
        "loads pydantic: typer 0.29 builds a pydantic adapter for its own `--help` option of the "
        "root as soon as a command is named. A real command is not slower: it imports what it "
        "imported before, in its body instead of at start-up. The `accord` on the PATH of this "
        "machine is a pyenv shim (bash and `pyenv exec`, 0.1 to 0.4 s more wall clock per call "
        "depending on the load); the figures above run the installed script directly.",
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
