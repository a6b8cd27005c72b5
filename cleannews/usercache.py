"""The user's cache folder, and files written there whole or not at all.

cleannews keeps two kinds of derived data there, each rebuilt when missing or stale: word tables
(:mod:`cleannews.words`) and compiled regular expressions (:mod:`cleannews.regexes`). Nothing in it
is needed: where no cache can be written (a read-only home), the same data is built in memory.
"""

from __future__ import annotations

import contextlib
import marshal
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")


def cache_dir() -> Path:
    """Where derived data is cached: $CLEANNEWS_CACHE, else $XDG_CACHE_HOME/cleannews, else ~/.cache/cleannews."""
    if os.environ.get("CLEANNEWS_CACHE"):
        return Path(os.environ["CLEANNEWS_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "cleannews"


def write_atomically(path: Path, data: bytes) -> bool:
    """Write ``data`` to ``path`` through a temporary file and a rename; False if that is impossible."""
    import tempfile  # only when writing: it costs a few milliseconds to import

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    except OSError:
        return False
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        return False
    return True


def memoised(name: str, sources: Sequence[Path], build: Callable[[], T]) -> T:
    """``build()``, kept in the cache (as :mod:`marshal` data) while the ``sources`` it was built
    from keep their sizes and modification times; built afresh, and kept, when any changes.

    ``build`` must return plain data: numbers, strings, bytes, tuples, lists, sets and dicts.
    """
    try:
        stamp = tuple((str(path), stat.st_mtime_ns, stat.st_size) for path in sources for stat in [path.stat()])
    except OSError:
        return build()
    path = cache_dir() / f"{name}.marshal"
    try:
        kept_stamp, value = marshal.loads(path.read_bytes())
        if kept_stamp == stamp:
            return value  # type: ignore[no-any-return]
    except (OSError, ValueError, EOFError, TypeError):
        pass
    value = build()
    kept: Any = (stamp, value)
    write_atomically(path, marshal.dumps(kept))
    return value
