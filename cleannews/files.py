"""Reading text from bytes and paths, and writing outputs atomically."""

from __future__ import annotations

import codecs
import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from cleannews.errors import CleannewsError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE, whose BOM is its prefix
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes, name: str, encoding: str | None = None) -> str:
    """Decode ``data`` read from ``name``: the given encoding, a BOM, UTF-8, or a detected one.

    >>> decode("caf\\u00e9".encode("utf-8"), "x")
    'café'
    >>> decode(codecs.BOM_UTF16_LE + "hi".encode("utf-16-le"), "x")
    'hi'
    """
    if encoding:
        try:
            return data.decode(encoding)
        except LookupError:
            raise CleannewsError(f"unknown encoding {encoding!r}; use a name such as utf-8 or cp1252") from None
        except UnicodeDecodeError as exc:
            raise CleannewsError(f"{name}: not valid {encoding} at byte {exc.start}; try another --encoding") from None
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    if b"\x00" in data:
        raise CleannewsError(f"{name}: looks binary, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return _detect(data, name, exc.start)


def _detect(data: bytes, name: str, offset: int) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.chaos > 0.2:
        raise CleannewsError(
            f"{name}: not valid UTF-8 at byte {offset} and the encoding could not be detected; give it with --encoding"
        )
    return str(best)


def read_path(path: str, encoding: str | None = None) -> str:
    """Read and decode a file, with errors a user can act on."""
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise CleannewsError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise CleannewsError(f"{path}: is a directory; give a file, or a directory with -o OUTDIR") from None
    except PermissionError:
        raise CleannewsError(f"{path}: permission denied") from None
    except OSError as exc:
        raise CleannewsError(f"{path}: cannot read ({exc.strerror})") from None
    return decode(data, path, encoding)


def write_atomic(path: Path, text: str, mode: int | None = None) -> None:
    """Write ``text`` to ``path`` through a temporary file and a rename: never half-written."""
    data = text.encode("utf-8")
    fd, tmp = _temporary_beside(path, mode)
    try:
        with memoryview(data) as view:
            while view:
                view = view[os.write(fd, view) :]
        os.close(fd)
        fd = -1
        os.replace(tmp, path)
    except BaseException:
        if fd >= 0:
            os.close(fd)
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


@contextlib.contextmanager
def open_atomic(path: Path, mode: int | None = None) -> Iterator[TextIO]:
    """A text stream whose content replaces ``path`` only when the block ends without an error.

    ``mode`` sets the permissions (default: what a new file gets under the umask, not the
    owner-only mode of a temporary file); an error or Ctrl-C leaves ``path`` as it was.
    """
    fd, tmp = _temporary_beside(path, mode)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            yield handle
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _temporary_beside(path: Path, mode: int | None) -> tuple[int, str]:
    """A new hidden temporary file in ``path``'s directory (made if missing).

    Created with ``O_EXCL`` under a random name, like ``tempfile.mkstemp``, but with the mode a
    new file gets (0o666 less the umask) rather than 0o600, or with ``mode`` when given.
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOFOLLOW", 0)
    for attempt in range(100):
        tmp = os.path.join(path.parent, f".{path.name}.{os.urandom(5).hex()}.tmp")
        try:
            fd = os.open(tmp, flags, 0o666)
        except FileExistsError:
            continue
        except FileNotFoundError:
            if attempt:
                raise
            path.parent.mkdir(parents=True, exist_ok=True)
            continue
        if mode is not None:
            try:
                os.fchmod(fd, mode)
            except BaseException:
                os.close(fd)
                os.unlink(tmp)
                raise
        return fd, tmp
    raise FileExistsError(f"no free temporary name beside {path}")
