"""Inputs and outputs named by URL (``s3://bucket/news/``, ``file:///data``), through fsspec.

Plain paths never come here: :mod:`cleannews.files` and :mod:`cleannews.inputs` handle them as
before. A URL is read and listed with the fsspec filesystem of its scheme (``s3fs`` for
``s3://``, ``gcsfs`` for ``gs://``...; the user installs the one they need), so a cluster's
workers read their documents straight from the store instead of through this process.

Outputs are never half-written: on a local disk through a temporary file and a rename (as
:func:`cleannews.files.write_atomic`), on an object store with a single put (a reader sees the
whole object or none), elsewhere through a temporary name and a move.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator, Sequence
from pathlib import Path, PurePosixPath
from typing import IO, TYPE_CHECKING, Any, TextIO

from cleannews import regexes
from cleannews.errors import CleannewsError, ExitCode

if TYPE_CHECKING:
    from cleannews.inputs import Skipped, Source

_URL = regexes.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*(?:://|::)")
#: Stores where one put is atomic: a reader sees the old object or the new one, never a part.
OBJECT_STORES = frozenset({"s3", "s3a", "gs", "gcs", "az", "abfs", "abfss", "adl", "oss", "r2", "memory"})


def is_url(name: str | os.PathLike[str] | None) -> bool:
    """Whether an input or output name is a URL (fsspec's ``scheme://``), not a local path.

    >>> is_url("s3://bucket/news/"), is_url("file:///tmp/a.txt"), is_url("news/a.txt"), is_url("-")
    (True, True, False, False)
    """
    return isinstance(name, str) and _URL.match(name) is not None


def filesystem(url: str) -> tuple[Any, str]:
    """The fsspec filesystem of ``url`` and the path within it; a missing package is a usage error."""
    try:
        from fsspec.core import url_to_fs
    except ImportError:
        raise CleannewsError(
            f"{url}: reading URLs needs fsspec; pip install 'cleannews[dask]' (or fsspec)", ExitCode.USAGE
        ) from None
    try:
        fs, path = url_to_fs(url)
    except ImportError as exc:  # fsspec knows the scheme but its package is missing: "Install s3fs to access S3"
        raise CleannewsError(f"{url}: {exc}", ExitCode.USAGE) from None
    except ValueError as exc:  # an unknown scheme
        raise CleannewsError(f"{url}: {exc}", ExitCode.USAGE) from None
    return fs, str(path)


def _is_local(fs: Any) -> bool:
    from fsspec.implementations.local import LocalFileSystem

    return isinstance(fs, LocalFileSystem)


def _protocols(fs: Any) -> set[str]:
    protocol = fs.protocol
    return {protocol} if isinstance(protocol, str) else set(protocol)


def read_url(url: str, encoding: str | None = None) -> str:
    """Read and decode the document at ``url``, with errors a user can act on."""
    from cleannews.files import decode

    fs, path = filesystem(url)
    try:
        data = fs.cat_file(path)
    except FileNotFoundError:
        raise CleannewsError(f"{url}: no such file") from None
    except IsADirectoryError:
        raise CleannewsError(f"{url}: is a directory; give a file, or a directory with -o OUTDIR") from None
    except PermissionError:
        raise CleannewsError(f"{url}: permission denied") from None
    except OSError as exc:
        raise CleannewsError(f"{url}: cannot read ({exc.strerror or exc})") from None
    return decode(bytes(data), url, encoding)


def write_url(url: str, text: str) -> None:
    """Write ``text`` (UTF-8) to ``url`` whole or not at all."""
    fs, path = filesystem(url)
    if _is_local(fs):
        from cleannews.files import write_atomic

        write_atomic(Path(path), text)
        return
    try:
        _put_whole(fs, path, text.encode("utf-8"))
    except CleannewsError:
        raise
    except Exception as exc:  # each store raises its own errors; say which output and why
        raise CleannewsError(f"{url}: cannot write ({exc})") from None


def _put_whole(fs: Any, path: str, data: bytes) -> None:
    if _protocols(fs) & OBJECT_STORES:
        fs.pipe_file(path, data)
        return
    parent = path.rsplit("/", 1)[0]
    if parent and parent != path:
        fs.makedirs(parent, exist_ok=True)
    name = path.rsplit("/", 1)[-1]
    temporary = f"{parent}/.{name}.{os.getpid()}.{os.urandom(4).hex()}.tmp"
    try:
        fs.pipe_file(temporary, data)
        fs.mv(temporary, path)
    except BaseException:
        with contextlib.suppress(Exception):
            fs.rm_file(temporary)
        raise


def open_input(url: str) -> IO[bytes]:
    """A binary stream of the document at ``url`` (JSON Lines are read line by line from it)."""
    fs, path = filesystem(url)
    stream: IO[bytes] = fs.open(path, "rb")
    return stream


@contextlib.contextmanager
def open_output(url: str) -> Iterator[TextIO]:
    """A text stream whose content becomes ``url`` only when the block ends without an error.

    What is written is spooled (in memory, then a temporary file) and put in one piece.
    """
    import io
    import tempfile

    fs, path = filesystem(url)
    if _is_local(fs):
        from cleannews.files import open_atomic

        with open_atomic(Path(path)) as handle:
            yield handle
        return
    with tempfile.SpooledTemporaryFile(max_size=1 << 24) as spool:
        handle = io.TextIOWrapper(spool, encoding="utf-8", newline="")
        yield handle
        handle.flush()
        spool.seek(0)
        try:
            _put_whole(fs, path, spool.read())
        except Exception as exc:
            raise CleannewsError(f"{url}: cannot write ({exc})") from None
        handle.detach()


def _walk_key(rel: str) -> tuple[tuple[int, str], ...]:
    """Sort key giving the order of a local walk: a directory's files (by name), then its subdirectories.

    >>> sorted(["b/x.txt", "a.txt", "a/y.txt", "c.txt"], key=_walk_key)
    ['a.txt', 'c.txt', 'a/y.txt', 'b/x.txt']
    """
    *folders, name = rel.split("/")
    return (*((1, folder) for folder in folders), (0, name))


def walk_url(url: str, include: Sequence[str], exclude: Sequence[str]) -> Iterator[Source | Skipped]:
    """The documents under the directory ``url``, in the order a local walk gives, as :class:`Source`.

    Hidden names are skipped and ``include``/``exclude`` match as for a local directory.
    """
    from cleannews.inputs import Skipped, Source, matches

    fs, root = filesystem(url)
    root = root.rstrip("/")
    try:
        found = fs.find(root, detail=True)
    except OSError as exc:
        yield Skipped(url, f"cannot list ({exc.strerror or exc})")
        return
    entries = []
    for path, info in found.items():
        rel = path[len(root) :].lstrip("/") if path.startswith(root) else PurePosixPath(path).name
        if not rel or info.get("type") == "directory":
            continue
        parts = rel.split("/")
        if any(part.startswith(".") for part in parts):
            continue
        folders = ["/".join(parts[: i + 1]) for i in range(len(parts) - 1)]
        if any(matches(exclude, folder.rsplit("/", 1)[-1], folder) for folder in folders):
            continue
        if matches(include, parts[-1], rel) and not matches(exclude, parts[-1], rel):
            entries.append((rel, path, int(info.get("size") or 0)))
    base = url.rstrip("/")
    for rel, _path, size in sorted(entries, key=lambda entry: _walk_key(entry[0])):
        name = f"{base}/{rel}"
        yield Source(name, name, rel, size, walked=True)


def discover(
    names: Sequence[str], include: Sequence[str], exclude: Sequence[str], prune: Sequence[str] = ()
) -> tuple[list[Source], list[Skipped]]:
    """Like :func:`cleannews.inputs.discover`, for a list that names URLs too (in the order given)."""
    from cleannews.inputs import STDIN, Source
    from cleannews.inputs import discover as discover_paths

    if sum(name == STDIN for name in names) > 1:
        raise CleannewsError("stdin ('-') can be read only once", ExitCode.USAGE)
    sources: list[Source] = []
    skipped: list[Skipped] = []
    for name in names:
        if not is_url(name):
            found, skips = discover_paths([name], include, exclude, prune)
            sources.extend(found)
            skipped.extend(skips)
            continue
        fs, path = filesystem(name)
        if fs.isdir(path):
            for item in walk_url(name, include, exclude):
                (sources if isinstance(item, Source) else skipped).append(item)  # type: ignore[arg-type]
        else:
            try:
                size = int(fs.size(path) or 0)
            except OSError:
                size = 0
            sources.append(Source(name, name, PurePosixPath(path).name, size))
    return sources, skipped


def plan_targets(sources: Sequence[Source], output: str, many: bool, suffix: str | None) -> list[str]:
    """The output URL of every source under ``-o URL``, refusing collisions and overwriting an input."""
    from cleannews.inputs import target_for

    fs, path = filesystem(output)
    into_directory = many or output.endswith("/") or any(s.walked for s in sources) or fs.isdir(path)
    if into_directory and fs.isfile(path):
        raise CleannewsError(f"{output}: several inputs need -o to be a directory", ExitCode.USAGE)
    base = output.rstrip("/")
    targets = [
        f"{base}/{target_for(s, Path('.'), True, suffix).as_posix()}" if into_directory else output for s in sources
    ]
    seen: dict[str, str] = {}
    inputs = {s.path: s.name for s in sources if s.path is not None}
    for source, target in zip(sources, targets, strict=True):
        if target in inputs:
            raise CleannewsError(
                f"{inputs[target]}: output would overwrite the input; choose another -o", ExitCode.USAGE
            )
        if target in seen:
            raise CleannewsError(
                f"{source.name} and {seen[target]} would both be written to {target}; clean them separately",
                ExitCode.USAGE,
            )
        seen[target] = source.name
    return targets
