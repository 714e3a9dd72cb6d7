"""Dataclass methods compile once per machine, and the classes are the same as without it."""

from __future__ import annotations

import atexit
import dataclasses
import json
import marshal
import os
import stat
import subprocess
import sys
from importlib.util import MAGIC_NUMBER
from pathlib import Path

import pytest

from planner import dataclass_code

SOURCE = """
from dataclasses import dataclass, field, FrozenInstanceError

@dataclass(frozen=True, order=True)
class Item:
    id: str
    level: int = 1
    tags: tuple[str, ...] = ()
    notes: list[str] = field(default_factory=list, compare=False)

@dataclass(kw_only=True)
class Plain:
    name: str
    hours: float = 0.0
"""


def _define() -> dict:
    namespace: dict = {}
    exec(compile(SOURCE, "<test>", "exec"), namespace)
    return namespace


def _behaviour(ns: dict) -> dict:
    item, plain = ns["Item"]("a", 2, ("x",), ["n"]), ns["Plain"](name="p")
    try:
        item.level = 3  # type: ignore[misc]
        frozen = False
    except dataclasses.FrozenInstanceError:
        frozen = True
    return {
        "repr": (repr(item), repr(plain)),
        "eq": item == ns["Item"]("a", 2, ("x",), ["other"]),
        "order": ns["Item"]("a") < ns["Item"]("b"),
        "hash": hash(item) == hash(ns["Item"]("a", 2, ("x",))),
        "frozen": frozen,
        "fields": [f.name for f in dataclasses.fields(item)],
        "default": ns["Item"]("z").notes == [] and plain.hours == 0.0,
        "kw_only": str(__import__("inspect").signature(ns["Plain"])),
    }


def test_classes_made_through_the_cache_behave_as_without_it(tmp_path):
    was_installed = getattr(dataclasses, "exec", None) is dataclass_code._exec
    dataclass_code.install(tmp_path)  # already installed by `import planner` in a test run
    through_cache = _behaviour(_define())
    again = _behaviour(_define())  # now from the compiled texts
    dataclass_code.uninstall()
    try:
        plain = _behaviour(_define())  # the builtin exec compiles each text
    finally:
        if was_installed:
            dataclasses.exec = dataclass_code._exec  # type: ignore[attr-defined]
            atexit.register(dataclass_code.save)
    assert through_cache == again == plain
    assert plain["frozen"] and plain["eq"] and plain["order"] and plain["hash"]


def test_a_text_is_compiled_once(monkeypatch):
    compiled = []
    real = compile
    monkeypatch.setattr(
        "builtins.compile", lambda *a, **k: compiled.append(a[0]) or real(*a, **k), raising=True
    )
    source = "def __create_fn__():\n def f(self):\n  return 41\n return f\n"
    for _ in range(3):
        namespace: dict = {}
        dataclass_code._exec(source, {}, namespace)
        assert namespace["__create_fn__"]()(None) == 41
    assert compiled.count(source) <= 1


def _run(folder: Path, code: str) -> str:
    env = {**os.environ, "CAREER_PLANNER_CACHE_DIR": str(folder)}
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    return result.stdout.strip()


PROBE = (
    "import planner, planner.domain.catalog_model as m, planner.dataclass_code as d, json; "
    "print(json.dumps([d._state['added'], len(d._codes), m.Fee.__init__.__code__.co_varnames]))"
)


def test_the_second_process_compiles_nothing(tmp_path):
    folder = tmp_path / "cache"
    added, known, names = json.loads(_run(folder, PROBE))
    assert added > 0 and known == added
    path = dataclass_code.cache_file(folder)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    added_again, known_again, names_again = json.loads(_run(folder, PROBE))
    assert added_again == 0 and known_again >= known and names_again == names


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],
        lambda data: b"",
        lambda data: b"\0\0\0\0" + data[4:],  # another Python's bytecode
        lambda data: MAGIC_NUMBER + marshal.dumps({"text": 1}),
        lambda data: MAGIC_NUMBER + marshal.dumps([1, 2]),
    ],
)
def test_a_damaged_file_is_ignored_and_replaced(tmp_path, damage):
    folder = tmp_path / "cache"
    _run(folder, PROBE)
    path = dataclass_code.cache_file(folder)
    path.write_bytes(damage(path.read_bytes()))
    assert dataclass_code.read(path) == {}
    added, _known, _names = json.loads(_run(folder, PROBE))
    assert added > 0
    assert dataclass_code.read(path)  # written again, whole


def test_no_folder_leaves_dataclasses_alone(tmp_path):
    code = "import planner, dataclasses; print(hasattr(dataclasses, 'exec'))"
    assert _run(tmp_path / "cache", code) == "True"
    env = {**os.environ, "CAREER_PLANNER_CACHE_DIR": ""}
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "False"
    assert not dataclass_code.install(None)
