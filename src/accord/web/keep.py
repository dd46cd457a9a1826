"""What the workbench keeps across restarts: uploaded scenarios and saved packages.

Both live beside the accord store, in ``$ACCORD_HOME/workbench``: an uploaded
scenario as the YAML text it was uploaded with (validated again on load), a
saved package as JSON. Writes go to a temporary file first and are renamed
into place, so a crash never leaves half a file.

>>> import os, tempfile
>>> old = os.environ.get("ACCORD_HOME")
>>> os.environ["ACCORD_HOME"] = tempfile.mkdtemp()
>>> save_package("demo", {"name": "my deal", "phases": [{"name": "p1", "terms": {}}]})["name"]
'my deal'
>>> [p["name"] for p in list_packages("demo")]
['my deal']
>>> _ = os.environ.pop("ACCORD_HOME") if old is None else os.environ.update(ACCORD_HOME=old)
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path
from typing import Any

from accord.errors import InputError, NotFoundError
from accord.store.db import accord_home

SAFE = re.compile(r"[^a-z0-9_-]+")
MAX_PACKAGES = 200


def folder(*parts: str) -> Path:
    path = accord_home().joinpath("workbench", *parts)
    path.mkdir(parents=True, exist_ok=True)
    return path


def _slug(name: str) -> str:
    slug = SAFE.sub("-", name.lower()).strip("-")[:80]
    if not slug:
        raise InputError(f"{name!r} cannot be a name: use letters or digits")
    return slug


def _write(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, path)


def keep_scenario(scenario_id: str, text: str) -> Path:
    path = folder("scenarios") / f"{_slug(scenario_id)}.yaml"
    _write(path, text)
    return path


def kept_scenarios() -> list[tuple[Path, str]]:
    try:
        base = folder("scenarios")
    except OSError:
        return []
    return [(p, p.read_text("utf-8")) for p in sorted(base.glob("*.yaml"))]


def save_package(scenario_id: str, package: dict[str, Any]) -> dict[str, Any]:
    """Keep ``package`` (``name``, ``phases``, ``guarantor_penalty``) under its name for a scenario."""
    base = folder("packages", _slug(scenario_id))
    path = base / f"{_slug(package['name'])}.json"
    if not path.exists() and len(list(base.glob("*.json"))) >= MAX_PACKAGES:
        raise InputError(f"at most {MAX_PACKAGES} saved packages per scenario; delete one first")
    _write(path, json.dumps(package, ensure_ascii=False, indent=1))
    return {**package, "id": path.stem}


def list_packages(scenario_id: str) -> list[dict[str, Any]]:
    base = folder("packages", _slug(scenario_id))
    out = []
    for p in sorted(base.glob("*.json")):
        try:
            out.append({**json.loads(p.read_text("utf-8")), "id": p.stem})
        except (OSError, ValueError):
            continue
    return out


def get_package(scenario_id: str, package_id: str) -> dict[str, Any]:
    path = folder("packages", _slug(scenario_id)) / f"{_slug(package_id)}.json"
    if not path.is_file():
        raise NotFoundError(f"no saved package '{package_id}' for scenario '{scenario_id}'")
    return {**json.loads(path.read_text("utf-8")), "id": path.stem}


def delete_package(scenario_id: str, package_id: str) -> None:
    path = folder("packages", _slug(scenario_id)) / f"{_slug(package_id)}.json"
    if not path.is_file():
        raise NotFoundError(f"no saved package '{package_id}' for scenario '{scenario_id}'")
    path.unlink()
