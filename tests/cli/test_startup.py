"""The command line starts light: building the command tree and printing its help load no
model, pydantic, NumPy, DuckDB, spaCy or web stack; each command imports those when it runs.

Structural, not timed: a fresh interpreter builds the app as ``accord`` does, prints the help
of the root and of every command group, and reports the modules it loaded. A heavy import
added back at the top of a CLI module (or of a module the CLI reads a default from) fails here.
"""

from __future__ import annotations

import ast
import json
import os
import re
import subprocess
import sys
from pathlib import Path

CLI = Path(__file__).resolve().parents[2] / "src/accord/cli"

# modules no `--help` may load: the engine and the heavy libraries under it (pydantic only for
# `accord --help`: typer 0.2x loads it to check its own --help option once a command is named)
HEAVY = (
    "accord.model",
    "accord.scenarios.loader",
    "accord.analysis",
    "accord.simulate",
    "accord.store",
    "accord.services",
    "accord.evidence.types",
    "accord.evidence.extract",
    "accord.report",
    "accord.web",
    "accord.interop",
    "numpy",
    "numba",
    "duckdb",
    "ruamel",
    "yaml",
    "spacy",
    "fastapi",
    "uvicorn",
    "plotly",
    "ray",
    "negmas",
)

# build the app, print the help of the root and then of each group and command, and write the
# modules loaded after the root's help (first line) and after all of them (second line)
_SCRIPT = """
import json, sys
from accord.cli import app
for args in json.loads(sys.argv[1]):
    print("=====", *args)
    try:
        app([*args, "--help"], prog_name="accord")
    except SystemExit as exc:
        assert exc.code == 0, (args, exc.code)
    if not args:
        sys.stderr.write(json.dumps(sorted(sys.modules)) + "\\n")
sys.stderr.write(json.dumps(sorted(sys.modules)) + "\\n")
"""


def declared_commands() -> dict[str, set[str]]:
    """Commands as the CLI modules declare them (read from the source, not the imported app):
    "" -> the root's commands and groups, each group's name -> its commands."""
    groups: dict[str, str] = {"app": ""}  # typer variable -> group name
    commands: list[tuple[str, str]] = []  # (typer variable, command name)
    for path in sorted(CLI.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                owner = node.func.value
                if node.func.attr == "add_typer" and isinstance(owner, ast.Name):
                    name = next(k.value for k in node.keywords if k.arg == "name")
                    assert isinstance(name, ast.Constant) and isinstance(node.args[0], ast.Name)
                    groups[node.args[0].id] = name.value
                    commands.append((owner.id, name.value))
            if isinstance(node, ast.FunctionDef):
                for deco in node.decorator_list:
                    if (
                        isinstance(deco, ast.Call)
                        and isinstance(deco.func, ast.Attribute)
                        and deco.func.attr == "command"
                        and isinstance(deco.func.value, ast.Name)
                    ):
                        given = deco.args[0] if deco.args else None
                        name = (
                            given.value
                            if isinstance(given, ast.Constant)
                            else node.name.replace("_", "-")
                        )
                        commands.append((deco.func.value.id, name))
    out: dict[str, set[str]] = {}
    for var, name in commands:
        out.setdefault(groups[var], set()).add(name)
    return out


def test_help_lists_every_command_and_loads_nothing_heavy() -> None:
    declared = declared_commands()
    assert {"analyze", "forecast", "ingest", "store"} <= declared[""], "the source scan is broken"
    paths: list[list[str]] = [[]] + [
        [*([group] if group else []), name]
        for group in sorted(declared)
        for name in sorted(declared[group])
    ]
    env = {**os.environ, "COLUMNS": "200"}
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT, json.dumps(paths)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    root, every = (set(json.loads(line)) for line in done.stderr.splitlines())
    assert "accord.cli.forecast_cmds" in root, "the app was not built"
    heavy = sorted(m for m in every if any(m == h or m.startswith(f"{h}.") for h in HEAVY))
    assert not heavy, f"`accord COMMAND --help` loaded {heavy}; import them inside the command"
    assert "pydantic" not in root, "`accord --help` loaded pydantic"

    parts = re.split(r"^=====(.*)$", done.stdout, flags=re.MULTILINE)[1:]
    helps = {args.strip(): text for args, text in zip(parts[::2], parts[1::2], strict=True)}
    for group, names in declared.items():  # each group's help lists its commands, no more
        text = helps[group]
        listed = set(re.findall(r"^│ ([a-z][\w-]*) ", text, flags=re.MULTILINE))
        assert listed == names, f"`accord {group} --help`: {sorted(listed ^ names)}"


def _complete(words: str) -> list[str]:
    """What bash completion offers for ``words`` (the last one being typed), asked of the
    installed ``accord`` the way the script ``accord --install-completion`` writes asks it."""
    parts = words.split(" ")
    env = {
        **os.environ,
        "_ACCORD_COMPLETE": "complete_bash",
        "COMP_WORDS": words,
        "COMP_CWORD": str(len(parts) - 1),
    }
    done = subprocess.run(
        [sys.executable, "-m", "accord"], capture_output=True, text=True, env=env, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


def test_the_shell_completes_commands_and_options() -> None:
    assert _complete("accord an") == ["analyze"]
    assert "--protocol" in _complete("accord forecast --pro")
    assert set(_complete("accord evidence ")) >= {"check"}


def test_checking_a_scenario_loads_no_numba_or_numpy() -> None:
    """`accord validate` reads the budget checks of `accord.analysis` (``budget.py``) and
    nothing of its arrays: no NumPy, no compiled Pareto search, no Numba; and without a
    store (each test has an empty ACCORD_HOME) it does not load DuckDB to look for one."""
    script = (
        "import sys\n"
        "from accord.cli.app import app\n"
        "try:\n"
        "    app(['validate', sys.argv[1]], prog_name='accord')\n"
        "except SystemExit as exc:\n"
        "    assert exc.code == 0, exc.code\n"
        "print(sorted(m for m in sys.modules if m in ('numba', 'numpy', 'duckdb', 'accord.simulate')"
        " or m.startswith('accord.analysis')))\n"
    )
    from accord.scenarios import FLAGSHIP

    done = subprocess.run(
        [sys.executable, "-c", script, FLAGSHIP],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "ok " in done.stdout, done.stdout
    loaded = done.stdout.strip().splitlines()[-1]
    assert loaded == "['accord.analysis', 'accord.analysis.budget']", loaded
