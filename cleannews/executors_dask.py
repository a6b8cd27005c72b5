"""The ``dask`` engine: batch work on a Dask cluster (``dask.distributed``), same results as local.

Imported only when ``--engine dask`` is chosen (Dask is an optional extra); importing it
registers :class:`DaskExecutor` under ``"dask"``. With a scheduler address it joins that
cluster (started by ``dask scheduler``/``dask worker``, dask-kubernetes, dask-jobqueue...);
without one it starts a ``LocalCluster`` of ``jobs`` worker processes on this machine.

How it keeps the overhead small and the results identical:

- items travel in chunks (one Dask task cleans many files), so the scheduler's per-task cost
  (about a millisecond and a round trip) is spread over many documents;
- the function shared by every item (the batch's job: its config and site profile) is sent
  to the cluster once, as a task of its own that the chunks depend on, not once per task;
- results come back in item order whatever order the tasks finish in, with a bounded number
  of chunks in flight, so memory stays flat and stopping early cancels the rest;
- a worker lost mid-run is Dask's to handle: its tasks are run again elsewhere; a task that
  raises is retried ``retries`` times; a chunk that still fails is split and its items run one
  by one, so the batch's ``on_error`` names exactly the document that failed.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import islice
from typing import TYPE_CHECKING, Any, TypeVar

from cleannews.errors import CleannewsError, ExitCode
from cleannews.executors import _apply_to_chunk, _chunked, available_cores, register

try:
    import distributed
except ImportError:  # pragma: no cover - exercised in a subprocess without dask
    raise CleannewsError("the dask engine needs Dask; pip install 'cleannews[dask]'", ExitCode.USAGE) from None

if TYPE_CHECKING:
    from types import TracebackType

T = TypeVar("T")
R = TypeVar("R")

#: Partial results combined per reduction task (the fan-in of the tree).
SPLIT_EVERY = 8
#: Chunks in flight per worker thread: enough to keep every worker busy between round trips.
WINDOW = 4


def _identity(value: Any) -> Any:
    return value


def _call(fn: Callable[[Any], R], item: Any) -> R:
    return fn(item)


def _fold(combine: Callable[[R, R], R], *parts: R) -> R:
    total = parts[0]
    for part in parts[1:]:
        total = combine(total, part)
    return total


def _versions() -> dict[str, str | None]:
    """Versions that decide how a document is cleaned (the workers must match this process)."""
    from importlib.metadata import PackageNotFoundError, version

    found: dict[str, str | None] = {}
    for name in ("cleannews", "ftfy", "wordfreq"):
        try:
            found[name] = version(name)
        except PackageNotFoundError:
            found[name] = None
    return found


class DaskExecutor:
    """Runs batch work on a Dask cluster: an existing one (``scheduler``, ``client``) or a local one.

    ``jobs`` is the number of worker processes of a local cluster (0: one per core); on an
    existing cluster the workers are the cluster's, and ``jobs`` becomes their thread count.
    """

    def __init__(
        self,
        jobs: int = 0,
        scheduler: str | None = None,
        client: distributed.Client | None = None,
        retries: int = 2,
        window: int = WINDOW,
        timeout: str = "10s",
    ) -> None:
        self.workers = jobs if jobs > 0 else available_cores()
        self.jobs = self.workers
        self.scheduler = scheduler
        self.retries = retries
        self.window = window
        self.timeout = timeout
        self._client: distributed.Client | None = client
        self._own_client = client is None
        self._cluster: distributed.LocalCluster | None = None

    def __enter__(self) -> DaskExecutor:
        self.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    @property
    def client(self) -> distributed.Client:
        if self._client is None:
            self.start()
        assert self._client is not None
        return self._client

    def start(self) -> None:
        """Connect to the scheduler, or start a local cluster; then count the workers' threads."""
        if self._client is None:
            if self.scheduler is not None:
                self._client = self._connect(self.scheduler)
                self._check_workers()
            else:
                import dask.config

                # Nobody looks at the workers' statistical profiler here (no dashboard): it would
                # only take CPU time from the cleaning.
                with dask.config.set({"distributed.worker.profile.enabled": False}):
                    self._cluster = self._local_cluster()
                self._client = distributed.Client(self._cluster)
        threads = sum(self._client.nthreads().values())
        self.jobs = max(1, threads or self.workers)

    def _local_cluster(self) -> distributed.LocalCluster:
        return distributed.LocalCluster(
            n_workers=self.workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            # No dashboard, and the scheduler's HTTP routes on a free port rather than
            # 8787, which another cluster on this machine may hold (Dask then warns).
            scheduler_kwargs={"dashboard_address": ":0"},
            silence_logs=logging.ERROR,
        )

    def _connect(self, address: str) -> distributed.Client:
        try:
            return distributed.Client(address, timeout=self.timeout)
        except (OSError, TimeoutError, ValueError) as exc:
            raise CleannewsError(
                f"cannot reach the Dask scheduler at {address} ({exc}); check the address and that it is running",
                ExitCode.USAGE,
            ) from None

    def _check_workers(self) -> None:
        """Workers must clean as this process does: the same cleannews, ftfy and wordfreq."""
        assert self._client is not None
        if not self._client.nthreads():
            return  # no workers yet: they may join later; nothing to compare with
        here = _versions()
        try:
            there = self._client.run(_versions)
        except ImportError:
            raise CleannewsError(
                "the Dask workers cannot import cleannews; install the same cleannews in their environment",
                ExitCode.USAGE,
            ) from None
        for worker, versions in there.items():
            if versions != here:
                raise CleannewsError(
                    f"the Dask worker {worker} has {_show(versions)} but this machine {_show(here)}; "
                    "install the same versions on the workers (results would differ)",
                    ExitCode.USAGE,
                )

    def _share(self, value: Any) -> distributed.Future[Any]:
        # A task of its own rather than scatter(): the scheduler can compute it again if every
        # worker holding it is lost, and the chunks that need it fetch it once per worker.
        return self.client.submit(_identity, value, pure=False)

    def map_ordered(
        self,
        fn: Callable[[T], R],
        items: Iterable[T],
        chunk_size: int = 1,
        on_error: Callable[[T, BaseException], R] | None = None,
    ) -> Iterator[R]:
        client = self.client
        shared = self._share(fn)
        pending: deque[tuple[list[T], distributed.Future[list[R]]]] = deque()
        chunks = _chunked(items, max(1, chunk_size))

        def submit(chunk: list[T]) -> tuple[list[T], distributed.Future[list[R]]]:
            return chunk, client.submit(_apply_to_chunk, shared, chunk, retries=self.retries, pure=False)

        try:
            for chunk in islice(chunks, self.jobs * self.window):
                pending.append(submit(chunk))
            while pending:
                chunk, future = pending.popleft()
                try:
                    done: list[R] = future.result()
                except Exception as exc:
                    self._check_connected()
                    if on_error is None:
                        raise
                    done = self._one_by_one(shared, chunk, on_error, exc)
                for following in islice(chunks, 1):
                    pending.append(submit(following))
                yield from done
        finally:
            if pending:  # stopped early, or failed: drop the work not yet done
                client.cancel([future for _, future in pending])

    def _check_connected(self) -> None:
        """A failure because the scheduler went away ends the run: no document could be cleaned."""
        if self.client.status not in ("running", "connecting"):
            where = self.scheduler or "the local cluster"
            raise CleannewsError(f"lost the connection to the Dask scheduler ({where}); the run was stopped")

    def _one_by_one(
        self,
        shared: distributed.Future[Any],
        chunk: Sequence[T],
        on_error: Callable[[T, BaseException], R],
        first: BaseException,
    ) -> list[R]:
        """A chunk that failed for good, item by item: only the items that fail again are errors."""
        if len(chunk) == 1:
            return [on_error(chunk[0], first)]
        futures = [self.client.submit(_call, shared, item, retries=self.retries, pure=False) for item in chunk]
        results: list[R] = []
        for item, future in zip(chunk, futures, strict=True):
            try:
                results.append(future.result())
            except Exception as exc:
                results.append(on_error(item, exc))
        return results

    def map_reduce(
        self,
        fn: Callable[[Sequence[T]], R],
        combine: Callable[[R, R], R],
        items: Iterable[T],
        chunk_size: int = 1,
    ) -> R | None:
        """``fn`` per chunk on the cluster, then a tree of ``combine`` tasks there; only the total comes back.

        Neighbours are combined in order, so the total equals a left-to-right fold.
        """
        client = self.client
        shared = self._share(fn)
        level = [
            client.submit(_call, shared, chunk, retries=self.retries, pure=False)
            for chunk in _chunked(items, max(1, chunk_size))
        ]
        if not level:
            return None
        while len(level) > 1:
            level = [
                client.submit(_fold, combine, *level[i : i + SPLIT_EVERY], retries=self.retries, pure=False)
                for i in range(0, len(level), SPLIT_EVERY)
            ]
        try:
            total: R = level[0].result()
        except BaseException:
            client.cancel(level)
            raise
        return total

    def close(self) -> None:
        if self._client is not None and self._own_client:
            self._client.close()
            self._client = None
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None


def _show(versions: dict[str, str | None]) -> str:
    return ", ".join(f"{name} {version or 'missing'}" for name, version in versions.items())


register("dask", DaskExecutor)
