"""The scenarios a running workbench knows, and what it has computed for them.

Built-in scenarios are loaded on first use; scenarios a user uploads are
validated with the same loader as files on disk and kept in the store
folder (``$ACCORD_HOME/workbench/scenarios``), so they are on offer again
after a restart. Anything expensive derived from a scenario (its analysis,
its compiled form for the deal explorer) is cached per scenario so that a
slider move costs one evaluation, not a recompilation.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from accord.errors import AccordError, InputError, NotFoundError
from accord.model import Scenario
from accord.scenarios import builtin_paths, load_scenario, parse_scenario
from accord.web.keep import keep_scenario, kept_scenarios

T = TypeVar("T")

MAX_UPLOADS = 50
MAX_CACHED = 32  # results kept per scenario (analyses under different relaxations, figures, ...)


@dataclass
class Entry:
    scenario: Scenario
    origin: str  # "builtin" or "uploaded"
    filename: str
    cache: OrderedDict[str, Any] = field(default_factory=OrderedDict)
    locks: dict[str, threading.Lock] = field(default_factory=dict)


class ResultCache:
    """A bounded LRU of serialized results, keyed by scenario and canonical request.

    Moving a slider back and forth, switching phases or starting points revisits
    packages; their evaluations are answered from here. An uploaded scenario that
    replaces another drops that scenario's entries.
    """

    def __init__(self, size: int = 4096) -> None:
        self.size = size
        self._lock = threading.Lock()
        self._data: OrderedDict[tuple[str, str], bytes] = OrderedDict()

    def get(self, scenario_id: str, key: str) -> bytes | None:
        with self._lock:
            hit = self._data.get((scenario_id, key))
            if hit is not None:
                self._data.move_to_end((scenario_id, key))
            return hit

    def put(self, scenario_id: str, key: str, value: bytes) -> None:
        with self._lock:
            self._data[(scenario_id, key)] = value
            while len(self._data) > self.size:
                self._data.popitem(last=False)

    def drop(self, scenario_id: str) -> None:
        with self._lock:
            for k in [k for k in self._data if k[0] == scenario_id]:
                del self._data[k]


class Registry:
    """Scenario id -> scenario, origin and per-scenario cache (thread-safe)."""

    def __init__(self, default: str | None = None, persist: bool = False) -> None:
        self.default = default
        self._lock = threading.RLock()
        self._entries: dict[str, Entry] = {}
        self._builtins: dict[str, Path] = builtin_paths()
        self.evaluations = ResultCache()
        self.persist = persist
        if persist:
            for path, text in kept_scenarios():
                try:
                    sc = parse_scenario(text, path.name)
                except AccordError:
                    continue  # a kept file that no longer validates is skipped, not fatal
                if sc.id not in self._builtins:
                    self._entries[sc.id] = Entry(sc, "uploaded", path.name)

    def ids(self) -> list[dict[str, Any]]:
        """Every scenario on offer: built-ins first, then uploads in upload order."""
        out = []
        for sid in self._builtins:
            sc = self.get(sid)
            out.append(
                {
                    "id": sid,
                    "title": sc.title,
                    "date": sc.date.isoformat(),
                    "origin": "builtin",
                    "default": sid == self.default,
                }
            )
        with self._lock:
            uploads = [e for e in self._entries.values() if e.origin == "uploaded"]
        for e in uploads:
            sc = e.scenario
            out.append(
                {
                    "id": sc.id,
                    "title": sc.title,
                    "date": sc.date.isoformat(),
                    "origin": "uploaded",
                    "filename": e.filename,
                    "default": False,
                }
            )
        return out

    def entry(self, scenario_id: str) -> Entry:
        with self._lock:
            found = self._entries.get(scenario_id)
            if found is not None:
                return found
            if scenario_id not in self._builtins:
                known = ", ".join(dict.fromkeys([*self._builtins, *self._entries])) or "none"
                raise NotFoundError(
                    f"no scenario '{scenario_id}' (known: {known}); upload one first"
                )
            e = Entry(
                load_scenario(self._builtins[scenario_id]),
                "builtin",
                self._builtins[scenario_id].name,
            )
            self._entries[scenario_id] = e
            return e

    def get(self, scenario_id: str) -> Scenario:
        return self.entry(scenario_id).scenario

    def upload(
        self, text: str, filename: str, parse: Callable[[str, str], Scenario] = parse_scenario
    ) -> Scenario:
        """Validate YAML ``text`` with ``parse`` and offer it; an upload with the same id replaces the
        last one. (The server passes a ``parse`` that runs in a worker process with limits.)"""
        scenario = parse(text, filename)
        with self._lock:
            if scenario.id in self._builtins:
                raise InputError(
                    f"{filename}: id '{scenario.id}' is a built-in scenario's; give the uploaded "
                    "scenario another id"
                )
            uploads = [k for k, e in self._entries.items() if e.origin == "uploaded"]
            if scenario.id not in uploads and len(uploads) >= MAX_UPLOADS:
                raise InputError(
                    f"at most {MAX_UPLOADS} uploaded scenarios; delete some from "
                    "$ACCORD_HOME/workbench/scenarios and restart the server"
                )
            self._entries[scenario.id] = Entry(scenario, "uploaded", filename)
        self.evaluations.drop(scenario.id)
        if self.persist:
            keep_scenario(scenario.id, text)
        return scenario

    def cached(self, scenario_id: str, key: str, build: Callable[[Scenario], T]) -> T:
        """``build(scenario)`` once per scenario and key; later calls return the same object.

        The fast path is one dict look-up (the deal explorer calls it per slider
        move); concurrent first calls for one key wait for a single build. The
        least recently built results beyond :data:`MAX_CACHED` are dropped.
        """
        e = self.entry(scenario_id)
        hit = e.cache.get(key)
        if hit is not None:
            return hit  # type: ignore[no-any-return]
        with self._lock:
            lock = e.locks.setdefault(key, threading.Lock())
        with lock:
            hit = e.cache.get(key)
            if hit is None:
                hit = build(e.scenario)
                with self._lock:
                    e.cache[key] = hit
                    while len(e.cache) > MAX_CACHED:
                        old, _ = e.cache.popitem(last=False)
                        e.locks.pop(old, None)
        return hit  # type: ignore[no-any-return]
