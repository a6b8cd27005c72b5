"""Executors: where per-document work runs (this process, a process pool, later a cluster).

The batch code hands an executor a picklable function and the items to apply it to; the
executor returns the results in the order of the items, whatever order they finished in. The
work never knows where it runs (datatrove keeps pipeline steps apart from executors the same way).

A new executor is a class with ``map_ordered`` and ``close`` registered under a name::

    register("dask", DaskExecutor)      # then: make_executor("dask", jobs=..., **options)

An executor that lives in a module of its own with optional dependencies (Dask) is named in
``ENGINE_MODULES`` and imported only when chosen; the module registers itself.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import islice
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor
    from types import TracebackType

T = TypeVar("T")
R = TypeVar("R")


class Executor(Protocol):
    """Runs ``fn`` over ``items`` and yields the results in item order."""

    #: How many items run at once (1: one after the other in this process).
    jobs: int

    def map_ordered(
        self,
        fn: Callable[[T], R],
        items: Iterable[T],
        chunk_size: int = 1,
        on_error: Callable[[T, BaseException], R] | None = None,
    ) -> Iterator[R]:
        """Results of ``fn(item)`` in the order of ``items``; ``items`` is read as work is needed.

        ``fn`` and the items must be picklable when the executor runs them elsewhere; ``chunk_size``
        items travel together (fewer round trips for small items). Stopping the iteration early
        cancels the work not yet started. An executor that can lose an item's work for good (a
        cluster whose retries are spent) calls ``on_error(item, exception)`` and yields what it
        returns instead of ending the run; without ``on_error``, or on this machine, the
        exception propagates.
        """
        ...

    def close(self) -> None:
        """Finish the work in flight, drop the rest and release the workers."""
        ...

    def __enter__(self) -> Executor: ...

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None: ...


def available_cores() -> int:
    """The processors this process may run on (not just the machine's count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def _apply_to_chunk(fn: Callable[[T], R], chunk: Sequence[T]) -> list[R]:
    return [fn(item) for item in chunk]


def _ignore_interrupts() -> None:
    # Workers leave Ctrl-C to the parent, which lets running work finish (outputs are written
    # whole or not at all) and drops the rest; otherwise every worker would print a traceback.
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


class LocalExecutor:
    """This machine: in this process for one job, else a pool of worker processes.

    At most ``window`` chunks per worker are in flight, so memory stays bounded however many
    items a stream has.
    """

    def __init__(self, jobs: int = 0, window: int = 4) -> None:
        self.jobs = jobs if jobs > 0 else available_cores()
        self.window = window
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> LocalExecutor:
        if self.jobs > 1:
            self._start_pool()
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def _start_pool(self) -> None:
        import multiprocessing
        import threading
        from concurrent.futures import ProcessPoolExecutor, wait

        # fork is the cheapest start (workers inherit what is imported) but is only safe while
        # this process has a single thread; the workers are started now, before any progress
        # display starts its thread.
        methods = multiprocessing.get_all_start_methods()
        method = "fork" if "fork" in methods and threading.active_count() == 1 else methods[0]
        self._pool = ProcessPoolExecutor(
            max_workers=self.jobs, mp_context=multiprocessing.get_context(method), initializer=_ignore_interrupts
        )
        wait([self._pool.submit(os.getpid) for _ in range(self.jobs)])

    def map_ordered(
        self,
        fn: Callable[[T], R],
        items: Iterable[T],
        chunk_size: int = 1,
        on_error: Callable[[T, BaseException], R] | None = None,
    ) -> Iterator[R]:
        if self._pool is None:
            for item in items:
                yield fn(item)
            return
        pending: deque[Future[list[R]]] = deque()
        chunks = _chunked(items, max(1, chunk_size))
        try:
            for chunk in islice(chunks, self.jobs * self.window):
                pending.append(self._pool.submit(_apply_to_chunk, fn, chunk))
            while pending:
                done = pending.popleft().result()
                for chunk in islice(chunks, 1):
                    pending.append(self._pool.submit(_apply_to_chunk, fn, chunk))
                yield from done
        finally:
            for future in pending:
                future.cancel()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


def _chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def map_reduce(
    executor: Executor,
    fn: Callable[[Sequence[T]], R],
    combine: Callable[[R, R], R],
    items: Iterable[T],
    chunk_size: int = 1,
) -> R | None:
    """``fn`` over chunks of ``items``, the partial results combined left to right (None: no items).

    An executor with its own ``map_reduce`` (a cluster) combines where the partials are, and
    only the total comes back; otherwise they are combined here as they arrive. ``combine``
    must be associative, so the grouping never changes the result.

    >>> with make_executor("local", jobs=1) as ex:
    ...     map_reduce(ex, sum, lambda a, b: a + b, range(10), chunk_size=3)
    45
    """
    own = getattr(executor, "map_reduce", None)
    if own is not None:
        result: R | None = own(fn, combine, items, chunk_size)
        return result
    total: R | None = None
    for part in executor.map_ordered(fn, _chunked(items, max(1, chunk_size))):
        total = part if total is None else combine(total, part)
    return total


def describe_failure(exc: BaseException) -> str:
    """What to tell the user about an item whose work was lost for good (see ``on_error``)."""
    if type(exc).__name__ == "KilledWorker":
        return "every worker that cleaned it died (out of memory?); Dask's retries are spent"
    return f"internal error: {type(exc).__name__}: {exc}; please report it"


ExecutorFactory = Callable[..., Executor]
EXECUTORS: dict[str, ExecutorFactory] = {"local": LocalExecutor}
#: Executors in modules of their own, imported (and so registered) only when chosen.
ENGINE_MODULES = {"dask": "cleannews.executors_dask"}


def register(name: str, factory: ExecutorFactory) -> None:
    """Make an executor available under ``name`` (for ``make_executor`` and the command line)."""
    EXECUTORS[name] = factory


def make_executor(name: str = "local", jobs: int = 0, **options: Any) -> Executor:
    """A new executor of the registered kind ``name``.

    >>> with make_executor("local", jobs=1) as ex:
    ...     list(ex.map_ordered(abs, [-2, 1, -3]))
    [2, 1, 3]
    """
    from cleannews.errors import CleannewsError, ExitCode

    if name not in EXECUTORS and name in ENGINE_MODULES:
        import importlib

        importlib.import_module(ENGINE_MODULES[name])
    try:
        factory = EXECUTORS[name]
    except KeyError:
        known = ", ".join(dict.fromkeys([*EXECUTORS, *ENGINE_MODULES]))
        raise CleannewsError(f"unknown engine {name!r}; choose from {known}", ExitCode.USAGE) from None
    return factory(jobs=jobs, **options)
