"""The compiled-regex memo gives the very patterns re.compile gives, from a fresh or damaged cache."""

from __future__ import annotations

import dataclasses
import importlib
import marshal
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from cleannews import regexes
from cleannews.pipeline import PASSES
from cleannews.wire.rules import wire_rules

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "yonhap-nato-lead.txt"


@pytest.fixture
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[ModuleType]:
    """A new copy of the module (no memo loaded, nothing compiled) caching into ``tmp_path``."""
    monkeypatch.setenv("CLEANNEWS_CACHE", str(tmp_path))
    module = importlib.reload(regexes)
    yield module
    module._dirty = False  # nothing left for the exit hook to write
    importlib.reload(regexes)


def package_patterns() -> list[tuple[str, int]]:
    """The patterns of every loaded cleannews module and of the packaged wire rules."""
    assert PASSES
    found: list[re.Pattern[str]] = []
    for name, module in list(sys.modules.items()):
        if name.startswith("cleannews.") and "evaluation" not in name:
            found.extend(value for value in vars(module).values() if isinstance(value, re.Pattern))
    for field in dataclasses.fields(wire_rules()):
        value = getattr(wire_rules(), field.name)
        found.extend(v for v in (value if isinstance(value, tuple) else (value,)) if isinstance(v, re.Pattern))
    keys = list(dict.fromkeys((p.pattern, p.flags) for p in found if isinstance(p.pattern, str)))
    assert len(keys) > 100
    return keys


def test_every_packaged_pattern_equals_re_compile() -> None:
    # re.Pattern equality compares the pattern, the flags and the compiled code word for word.
    for pattern, flags in package_patterns():
        assert regexes.compile(pattern, flags) == re.compile(pattern, flags), pattern


def test_a_second_process_reads_the_memo_and_gets_equal_patterns(fresh: ModuleType, tmp_path: Path) -> None:
    keys = package_patterns()
    for pattern, flags in keys:
        fresh.compile(pattern, flags)
    fresh.save()
    assert fresh.memo_path().parent == tmp_path and fresh.memo_path().exists()
    again = importlib.reload(fresh)
    for pattern, flags in keys:
        assert again.compile(pattern, flags) == re.compile(pattern, flags), pattern
    assert again._dirty is False  # every pattern came from the memo: nothing new to write
    assert again._memo is not None and set(keys) <= set(again._memo)


def test_group_names_and_flags_survive_the_memo(fresh: ModuleType) -> None:
    source = r"(?P<place>[A-Z]+)(?i:, (?P<agency>ap|reuters))?"
    fresh.compile(source)
    fresh.save()
    again = importlib.reload(fresh)
    pattern = again.compile(source)
    assert pattern.groupindex == {"place": 1, "agency": 2} and pattern.groups == 2
    match = pattern.match("SEOUL, Reuters")
    assert match is not None and match["agency"] == "Reuters"
    assert again.compile("a.b", re.DOTALL | re.IGNORECASE).fullmatch("A\nB")


@pytest.mark.parametrize(
    "damage",
    [
        b"not marshal data at all",
        b"",
        marshal.dumps(["a list, not a dict"]),
        marshal.dumps({("x+", 0): (0, b"\x01\x02\x03", 0, {}, ())}),  # code the engine refuses
        marshal.dumps({("x+", 0): ("wrong", "shape")}),
    ],
)
def test_a_damaged_memo_is_ignored(fresh: ModuleType, damage: bytes) -> None:
    fresh.memo_path().write_bytes(damage)
    assert fresh.compile("x+") == re.compile("x+")
    assert fresh.compile("x+").fullmatch("xxx")


def test_an_unwritable_cache_still_compiles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("CLEANNEWS_CACHE", str(blocker / "cache"))
    module = importlib.reload(regexes)
    try:
        assert module.compile("[가-힣]+").search("서울=연합뉴스")
        module.save()  # fails quietly: the cache is optional
        assert not (blocker / "cache").exists()
    finally:
        module._dirty = False
        importlib.reload(regexes)


def test_a_bad_pattern_raises_re_error(fresh: ModuleType) -> None:
    with pytest.raises(re.error):
        fresh.compile("(unclosed")


def test_an_overgrown_memo_keeps_only_the_patterns_in_use(fresh: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fresh, "MAX_ENTRIES", 3)
    for n in range(5):
        fresh.compile(f"old{n}")
    fresh.save()
    again = importlib.reload(fresh)
    monkeypatch.setattr(again, "MAX_ENTRIES", 3)
    again.compile("old4")
    again.compile("new")
    again.save()
    kept = marshal.loads(again.memo_path().read_bytes())
    assert set(kept) == {("old4", 0), ("new", 0)}


def test_the_command_writes_the_memo_once_and_reads_it_after(tmp_path: Path) -> None:
    env = {"CLEANNEWS_CACHE": str(tmp_path), "PATH": "", "PYTHONDONTWRITEBYTECODE": "1"}
    command = [sys.executable, "-m", "cleannews", "clean", str(SAMPLE)]
    first = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
    (memo,) = tmp_path.glob("regex-*.marshal")
    written = memo.stat().st_mtime_ns
    second = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
    assert first.stdout == second.stdout == SAMPLE.with_suffix(".expected.txt").read_text(encoding="utf-8")
    assert memo.stat().st_mtime_ns == written  # nothing new compiled: not rewritten
