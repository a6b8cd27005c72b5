"""Regular expressions compiled once per installation, not once per process.

cleannews is started once per file in shell loops, and Python's :mod:`re` compiles every pattern
anew in every process. For cleannews that was about a third of a cold start: character classes
over CJK, Hangul and Thai ranges are built code point by code point, and the wire patterns are
long alternations. :func:`compile` keeps what re's compiler produces for a pattern (its opcode
words and group names) in one file in the user's cache, and on later starts hands that straight to
the regular expression engine, which checks it before use. The pattern objects are the same as
:func:`re.compile` makes (they compare equal to them); the file is only a memo of its work.

The file is named after the exact Python version and regex engine, so an upgrade starts a new
one. Anything unexpected (no cache folder, a damaged file, a Python whose compiler works
differently) falls back to :func:`re.compile`.
"""

from __future__ import annotations

import atexit
import importlib
import marshal
import re
import sys
from array import array
from pathlib import Path
from typing import Any

from cleannews.usercache import cache_dir, write_atomically

try:  # re's own compiler (the part of re.compile that the memo saves) and its engine
    _sre: Any = importlib.import_module("_sre")
    _compiler: Any = importlib.import_module("re._compiler")
    _parser: Any = importlib.import_module("re._parser")
    _ENGINE = "{}-{}.{}.{}-{}".format(sys.implementation.cache_tag, *sys.version_info[:3], _sre.MAGIC)
    _USABLE = array("I").itemsize == _sre.CODESIZE
except (ImportError, AttributeError):  # pragma: no cover - another Python implementation
    _ENGINE, _USABLE = "", False

#: Memo entries: (flags, opcode words as bytes, groups, group index, index group).
_Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
#: Past this many memo entries (old patterns pile up as cleannews changes), keep only those in use.
MAX_ENTRIES = 2000

_memo: dict[tuple[str, int], _Entry] | None = None
_used: set[tuple[str, int]] = set()
_compiled: dict[tuple[str, int], re.Pattern[str]] = {}
_dirty = False


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """:func:`re.compile`, without compiling again what an earlier cleannews process compiled.

    >>> compile(r"(?P<word>\\w+)-\\n(?P=word)").search("so-\\nso").group("word")
    'so'
    >>> compile("[\\uac00-\\ud7a3]+") == re.compile("[\\uac00-\\ud7a3]+")
    True
    """
    key = (pattern, int(flags))
    found = _compiled.get(key)
    if found is None:
        found = _compiled[key] = _from_memo(key) if _USABLE else re.compile(pattern, flags)
    return found


def _from_memo(key: tuple[str, int]) -> re.Pattern[str]:
    global _dirty
    memo = _load()
    _used.add(key)
    entry = memo.get(key)
    if entry is not None:
        try:
            return _engine_pattern(key[0], entry)
        except Exception:  # a damaged entry: compile it afresh below
            pass
    try:
        entry = _compile_fresh(*key)
        pattern = _engine_pattern(key[0], entry)
    except re.error:  # a bad pattern: the same error as re.compile's
        raise
    except Exception:  # pragma: no cover - a Python whose compiler works differently
        return re.compile(*key)
    if not _dirty:
        atexit.register(save)
    memo[key], _dirty = entry, True
    return pattern


def _compile_fresh(pattern: str, flags: int) -> _Entry:
    """What re.compile computes before it calls the engine."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    words = array("I", [int(word) for word in code]).tobytes()
    return int(flags | parsed.state.flags), words, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def _engine_pattern(pattern: str, entry: _Entry) -> re.Pattern[str]:
    flags, words, groups, groupindex, indexgroup = entry
    compiled: Any = _sre.compile(pattern, flags, array("I", words).tolist(), groups, groupindex, indexgroup)
    return compiled  # type: ignore[no-any-return]


def memo_path() -> Path:
    """The memo file of this Python and regex engine."""
    return cache_dir() / f"regex-{_ENGINE}.marshal"


def _load() -> dict[tuple[str, int], _Entry]:
    global _memo
    if _memo is None:
        try:
            loaded = marshal.loads(memo_path().read_bytes())
            _memo = loaded if isinstance(loaded, dict) else {}
        except (OSError, ValueError, EOFError, TypeError):
            _memo = {}
    return _memo


def save() -> None:
    """Write the memo if this process compiled a pattern it did not hold (run at exit)."""
    global _dirty
    if not _dirty or _memo is None:
        return
    kept = _memo if len(_memo) <= MAX_ENTRIES else {key: _memo[key] for key in _used if key in _memo}
    write_atomically(memo_path(), marshal.dumps(kept))
    _dirty = False
