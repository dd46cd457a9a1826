"""Hostile scenarios built at test time from the flagship's structure (no article text)."""

from __future__ import annotations

import copy
import io
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from accord.scenarios import builtin_paths

_TREE: dict[str, Any] | None = None


def flagship_tree() -> dict[str, Any]:
    """The flagship scenario as plain data (a fresh copy each call)."""
    global _TREE
    if _TREE is None:
        _TREE = YAML(typ="safe").load(builtin_paths()["gaza-2025-03"].read_text(encoding="utf-8"))
    return copy.deepcopy(_TREE)


def dump(tree: dict[str, Any]) -> str:
    buf = io.StringIO()
    YAML(typ="safe").dump(tree, buf)
    return buf.getvalue()


def write(tree: dict[str, Any], path: Path) -> Path:
    path.write_text(dump(tree), encoding="utf-8")
    return path


def with_extra_issues(n: int, kind: str = "ordinal", levels: int = 3) -> dict[str, Any]:
    """The flagship plus ``n`` issues of ``kind`` (nobody holds a position on them)."""
    tree = flagship_tree()
    for k in range(n):
        issue: dict[str, Any] = {"id": f"extra_{k}", "kind": kind}
        if kind == "ordinal":
            issue["levels"] = [f"l{v}" for v in range(levels)]
        tree["issues"].append(issue)
        tree["status_quo"][f"extra_{k}"] = "l0" if kind == "ordinal" else "no"
    return tree


def alias_bomb(levels: int = 8) -> str:
    """A few hundred bytes of YAML whose aliases expand to 9**levels strings."""
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for k in range(1, levels):
        refs = ", ".join([f"*a{k - 1}"] * 9)
        lines.append(f"a{k}: &a{k} [{refs}]")
    return "\n".join(lines) + "\n"


def genius_domain(folder: Path, issues: int, values: int) -> Path:
    """A GENIUS domain of ``issues`` discrete issues with ``values`` items each, two profiles."""
    folder.mkdir(parents=True, exist_ok=True)
    items = "".join(f'<item index="{v + 1}" value="v{v}"/>' for v in range(values))
    body = "".join(
        f'<issue index="{i + 1}" etype="discrete" type="discrete" vtype="discrete" '
        f'name="issue{i}">{items}</issue>'
        for i in range(issues)
    )
    (folder / "big-domain.xml").write_text(
        '<negotiation_template><utility_space number_of_issues="0"><objective index="0" '
        f'etype="objective" type="objective" name="Big">{body}</objective></utility_space>'
        "</negotiation_template>",
        encoding="utf-8",
    )
    for p, sign in (("prof1", 1), ("prof2", -1)):
        parts = []
        for i in range(issues):
            evals = "".join(
                f'<item index="{v + 1}" value="v{v}" evaluation="{(v if sign > 0 else values - v) + 1}"/>'
                for v in range(values)
            )
            parts.append(
                f'<issue index="{i + 1}" etype="discrete" type="discrete" '
                f'vtype="discrete" name="issue{i}">{evals}</issue>'
            )
        weights = "".join(f'<weight index="{i + 1}" value="{1 / issues}"/>' for i in range(issues))
        (folder / f"big-{p}.xml").write_text(
            '<utility_space><objective index="0" etype="objective" type="objective" name="Big">'
            f"{''.join(parts)}{weights}</objective></utility_space>",
            encoding="utf-8",
        )
    return folder
