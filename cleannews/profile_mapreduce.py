"""A site profile learnt on an executor: line hashes counted per chunk of files, summed, thresholded.

The steps are those of :mod:`cleannews.profile` (``LineTally.add_text`` per document, ``update``,
``build_profile``); this module only decides where they run. Each chunk of files is read and
counted where the executor puts it (a worker process, a cluster node that reads the files
from the store itself); the partial counts are summed (on a cluster, by a tree of tasks next to
the data, so only the total travels back); the total is thresholded here. Counting is a sum,
so the profile is the same byte for byte whatever the chunks and whichever worker counted what.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from cleannews.profile import MIN_DOCS, MIN_SHARE, LineTally, SiteProfile, build_profile, text_files
from cleannews.storage import is_url


class LineCounts(NamedTuple):
    """A partial result: the tally of the documents read, and the files that could not be read."""

    tally: LineTally
    failures: tuple[str, ...] = ()


def add(a: LineCounts, b: LineCounts) -> LineCounts:
    """Combine two partial results (associative; ``a`` comes first in input order).

    >>> first, second = LineTally(), LineTally()
    >>> first.add_text("Home\\nOne story.")
    >>> second.add_text("Home\\nAnother story.")
    >>> total = add(LineCounts(first, ("a: no such file",)), LineCounts(second))
    >>> total.tally.documents, total.tally.n_stories, total.failures
    (2, 2, ('a: no such file',))
    """
    tally = LineTally()
    tally.update(a.tally)
    tally.update(b.tally)
    return LineCounts(tally, a.failures + b.failures)


def count_files(encoding: str | None, names: Sequence[str]) -> LineCounts:
    """Map step over a chunk of files (local paths or URLs), run wherever the executor puts it."""
    from cleannews.errors import CleannewsError
    from cleannews.work import read_input

    tally = LineTally()
    failures = []
    for name in names:
        try:
            text = read_input(name, encoding)
        except CleannewsError as exc:
            failures.append(exc.message)
            continue
        tally.add_text(text)
    return LineCounts(tally, tuple(failures))


def input_files(names: Iterable[str], pattern: str = "*.txt") -> list[str]:
    """The files of a ``profile build``: as :func:`cleannews.profile.text_files` for paths, walked for URLs."""
    from cleannews.storage import discover

    local = [name for name in names if not is_url(name)]
    found = [str(path) for path in text_files(local, pattern)] if local else []
    urls = [name for name in names if is_url(name)]
    if urls:
        sources, _ = discover(urls, (pattern,), ())
        found.extend(s.path for s in sources if s.path is not None)
    return found


def learn_profile(
    files: Sequence[str | Path],
    min_docs: int = MIN_DOCS,
    min_share: float = MIN_SHARE,
    encoding: str | None = None,
    engine: str = "local",
    jobs: int = 1,
    scheduler: str | None = None,
    chunk_size: int | None = None,
) -> tuple[SiteProfile, list[str]]:
    """The profile of ``files`` built on a new executor of kind ``engine``, and one message per unreadable file."""
    from cleannews.executors import make_executor

    options = {"scheduler": scheduler} if scheduler is not None else {}
    with make_executor(engine, jobs=jobs, **options) as executor:
        return learn_profile_on(executor, files, min_docs, min_share, encoding, chunk_size)


def learn_profile_on(
    executor: Any,
    files: Sequence[str | Path],
    min_docs: int = MIN_DOCS,
    min_share: float = MIN_SHARE,
    encoding: str | None = None,
    chunk_size: int | None = None,
) -> tuple[SiteProfile, list[str]]:
    """The same on an executor already running (a batch learns its profile, then cleans on it)."""
    from functools import partial

    from cleannews.executors import map_reduce

    names = [str(f) for f in files]
    if chunk_size is None:
        chunk_size = max(1, min(64, len(names) // (max(1, executor.jobs) * 4)))
    total = map_reduce(executor, partial(count_files, encoding), add, names, chunk_size)
    if total is None:
        total = LineCounts(LineTally())
    return build_profile(total.tally.support(), total.tally.n_stories, min_docs, min_share), list(total.failures)
