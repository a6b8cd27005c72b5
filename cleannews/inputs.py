"""Finding the documents a command names: files as given, directories walked, stdin; and where each goes.

A directory is walked recursively in a fixed order (names sorted, a directory's files before its
subdirectories). The walk picks up files matching ``include`` and not ``exclude``, skips hidden
names (``.git``, temporary files), never follows a link to a directory (so it cannot loop), and
skips links that lead outside the directory given, saying so.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from fnmatch import fnmatchcase
from pathlib import Path, PurePosixPath
from typing import NamedTuple

from cleannews.errors import CleannewsError, ExitCode

STDIN = "-"


class Source(NamedTuple):
    """One input: its name as shown to the user, its path (``None`` for stdin), its place in a tree."""

    name: str
    path: str | None
    #: Where it goes under an output directory (POSIX, relative).
    rel: str
    size: int = 0
    #: Found by walking a directory (rather than named on the command line).
    walked: bool = False


class Skipped(NamedTuple):
    """Something a walk saw and left alone, and why (shown as a warning)."""

    name: str
    reason: str


def matches(patterns: Sequence[str], name: str, rel: str) -> bool:
    """Whether a glob matches: one with a ``/`` matches the relative path, others the name.

    >>> matches(["*.txt"], "a.txt", "news/a.txt"), matches(["news/*.txt"], "a.txt", "news/a.txt")
    (True, True)
    >>> matches(["*.txt"], "a.md", "a.md")
    False
    """
    return any(fnmatchcase(rel if "/" in pattern else name, pattern) for pattern in patterns)


def _within(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def walk(
    root: str, include: Sequence[str], exclude: Sequence[str], prune: Iterable[str] = ()
) -> Iterator[Source | Skipped]:
    """The files under directory ``root`` to clean, in a fixed order, and what was skipped.

    ``prune`` holds real paths of directories not to enter (an output directory inside the tree).
    """
    root_real = os.path.realpath(root)
    pruned = {os.path.realpath(p) for p in prune}
    stack: list[tuple[str, str, str]] = [(root, root_real, "")]
    while stack:
        directory, real, prefix = stack.pop()
        try:
            with os.scandir(directory) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError as exc:
            yield Skipped(directory, f"cannot list ({exc.strerror})")
            continue
        subdirs: list[tuple[str, str, str]] = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            rel = prefix + entry.name
            shown = os.path.join(root, rel)
            if entry.is_symlink():
                target = os.path.realpath(entry.path)
                if not _within(target, root_real):
                    yield Skipped(shown, f"it links to {target}, outside {root}")
                    continue
                if os.path.isdir(target):
                    continue  # its files are reached directly; links to directories are never followed
                if not os.path.isfile(target):
                    yield Skipped(shown, "a broken link")
                    continue
            try:
                if entry.is_dir(follow_symlinks=False):
                    entry_real = os.path.join(real, entry.name)
                    if entry_real not in pruned and not matches(exclude, entry.name, rel):
                        subdirs.append((entry.path, entry_real, rel + "/"))
                elif entry.is_file() and matches(include, entry.name, rel) and not matches(exclude, entry.name, rel):
                    yield Source(shown, entry.path, rel, entry.stat().st_size, walked=True)
            except OSError as exc:
                yield Skipped(shown, f"cannot read ({exc.strerror})")
        stack.extend(reversed(subdirs))


def discover(
    names: Sequence[str], include: Sequence[str], exclude: Sequence[str], prune: Iterable[str] = ()
) -> tuple[list[Source], list[Skipped]]:
    """Every document the command line names, in order: files, stdin, and the files of directories.

    A name that does not exist stays in the list; reading it fails with a clear message later,
    and the other inputs are still cleaned.
    """
    if sum(name == STDIN for name in names) > 1:
        raise CleannewsError("stdin ('-') can be read only once", ExitCode.USAGE)
    sources: list[Source] = []
    skipped: list[Skipped] = []
    prune = list(prune)
    for name in names:
        if name == STDIN:
            sources.append(Source(STDIN, None, "stdin"))
        elif os.path.isdir(name):
            for found in walk(name, include, exclude, prune):
                (sources if isinstance(found, Source) else skipped).append(found)  # type: ignore[arg-type]
        else:
            try:
                size = os.stat(name).st_size
            except OSError:
                size = 0
            sources.append(Source(name, name, Path(name).name, size))
    return sources, skipped


def target_for(source: Source, output: Path, into_directory: bool, suffix: str | None) -> Path:
    """Where ``source`` is written under ``-o output``: the file itself, or the mirrored path.

    ``suffix`` replaces the file's suffix (``.txt`` or ``.json``); ``None`` keeps it.

    >>> target_for(Source("in/a/b.txt", "in/a/b.txt", "a/b.txt"), Path("out"), True, ".json").as_posix()
    'out/a/b.json'
    """
    if not into_directory:
        return output
    rel = PurePosixPath(source.rel)
    if suffix is not None:
        rel = rel.with_suffix(suffix) if rel.suffix else rel.with_name(rel.name + suffix)
    return output.joinpath(*rel.parts)


def plan_targets(sources: Sequence[Source], output: Path, many: bool, suffix: str | None) -> list[Path]:
    """The output path of every source, refusing collisions and overwriting an input."""
    into_directory = many or output.is_dir() or any(s.walked for s in sources)
    if into_directory and output.exists() and not output.is_dir():
        raise CleannewsError(f"{output}: several inputs need -o to be a directory", ExitCode.USAGE)
    targets = [target_for(s, output, into_directory, suffix) for s in sources]
    seen: dict[str, str] = {}
    real = _RealPaths()
    inputs = {real(s.path): s.name for s in sources if s.path is not None}
    for source, target in zip(sources, targets, strict=True):
        key = real(str(target))
        if key in inputs:
            raise CleannewsError(f"{inputs[key]}: output would overwrite the input; choose another -o", ExitCode.USAGE)
        if key in seen:
            raise CleannewsError(
                f"{source.name} and {seen[key]} would both be written to {target}; clean them separately",
                ExitCode.USAGE,
            )
        seen[key] = source.name
    return targets


class _RealPaths:
    """``os.path.realpath`` for many files in few directories: each directory is resolved once."""

    def __init__(self) -> None:
        self._directories: dict[str, str] = {}

    def __call__(self, path: str) -> str:
        if os.path.islink(path):
            return os.path.realpath(path)
        directory, name = os.path.split(os.path.abspath(path))
        real = self._directories.get(directory)
        if real is None:
            real = self._directories[directory] = os.path.realpath(directory)
        return os.path.join(real, name)
