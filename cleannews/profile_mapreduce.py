"""A site profile learnt on an executor: line hashes counted per chunk of files, summed, thresholded.

The steps are those of :mod:`cleannews.profile` (``count_lines`` per document, ``merge``,
``build_profile``); this module only decides where they run. Each chunk of files is read and
counted where the executor puts it (a worker process, a cluster node that reads the files
from the store itself); the partial counts are summed (on a cluster, by a tree of tasks next to
the data, so only the total travels back); the total is thresholded here. Counting is a sum,
so the profile is the same byte for byte whatever the chunks and whichever worker counted what.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from cleannews.profile import MIN_DOCS, MIN_SHARE, SiteProfile, build_profile, count_lines, text_files
from cleannews.storage import is_url


class LineCounts(NamedTuple):
    """A partial result: documents per line hash, documents counted, files that could not be read."""

    counts: Counter[str]
    documents: int
    failures: tuple[str, ...] = ()


def add(a: LineCounts, b: LineCounts) -> LineCounts:
    """Combine two partial results (associative; ``a`` comes first in input order).

    >>> add(LineCounts(Counter(x=1), 1, ("a: no such file",)), LineCounts(Counter(x=1, y=1), 1))
    LineCounts(counts=Counter({'x': 2, 'y': 1}), documents=2, failures=('a: no such file',))
    """
    counts = Counter(a.counts)
    counts.update(b.counts)
    return LineCounts(counts, a.documents + b.documents, a.failures + b.failures)


def count_files(encoding: str | None, names: Sequence[str]) -> LineCounts:
    """Map step over a chunk of files (local paths or URLs), run wherever the executor puts it."""
    from cleannews.errors import CleannewsError
    from cleannews.work import read_input

    counts: Counter[str] = Counter()
    documents = 0
    failures = []
    for name in names:
        try:
            text = read_input(name, encoding)
        except CleannewsError as exc:
            failures.append(exc.message)
            continue
        counts.update(count_lines(text))
        documents += 1
    return LineCounts(counts, documents, tuple(failures))


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
        total = LineCounts(Counter(), 0)
    return build_profile(total.counts, total.documents, min_docs, min_share), list(total.failures)
