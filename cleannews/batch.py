"""Running ``cleannews clean`` over its inputs: plan the work, run it on an executor, emit in order.

The plan: find the documents (:mod:`cleannews.inputs`), decide what happens to each result
(print, write under ``-o``, rewrite ``--in-place``, or only ``--check``/``--diff``), then hand
picklable work units (:mod:`cleannews.work`) to an executor (:mod:`cleannews.executors`).
Results come back in input order, so stdout is the same whatever ``--jobs`` is.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, TextIO

from cleannews.errors import CleannewsError, ExitCode
from cleannews.inputs import STDIN, Source, discover, plan_targets
from cleannews.report import NORMAL, Reporter
from cleannews.settings import COMMAND_LINE, DEFAULT, Settings
from cleannews.storage import is_url
from cleannews.work import (
    CHECK,
    IN_PLACE,
    PRINT,
    WRITE,
    FileTask,
    Job,
    RecordChunk,
    Stats,
    file_failed,
    keep_backup,
    process_file,
    process_records,
    records_failed,
)

if TYPE_CHECKING:
    from cleannews.executors import Executor
    from cleannews.profile import SiteProfile
    from cleannews.work import Outcome

# JSON Lines records travel to workers in chunks of about this many records or bytes.
RECORDS_PER_CHUNK = 64
BYTES_PER_CHUNK = 1 << 18
# A batch learns its boilerplate from at most this many of its documents: a line in a tenth of
# them is seen in about fifty, and learning costs the same for a thousand files as for a million.
PROFILE_SAMPLE = 500
# Below this much input, starting worker processes costs more than it saves.
MIN_PARALLEL_BYTES = 1 << 18


class Request(NamedTuple):
    """One ``cleannews clean`` call: what to read, what to do with the results, how to report."""

    inputs: tuple[str, ...]
    settings: Settings
    #: A local path, or a URL (``s3://bucket/clean/``) kept as a string.
    output: Path | str | None = None
    in_place: bool = False
    check: bool = False
    diff: bool = False
    verbosity: int = NORMAL


def action_of(request: Request) -> str:
    """What happens to each cleaned document; contradictory options are a usage error."""
    run = request.settings.run
    if request.in_place and request.output is not None:
        raise CleannewsError("--in-place rewrites the inputs; it cannot be combined with -o", ExitCode.USAGE)
    if (request.check or request.diff) and (request.in_place or request.output is not None):
        raise CleannewsError("--check and --diff write nothing; drop -o and --in-place", ExitCode.USAGE)
    if request.in_place and run.format == "json" and not run.jsonl:
        raise CleannewsError("--in-place writes cleaned text; it cannot be combined with --format json", ExitCode.USAGE)
    if request.in_place and STDIN in request.inputs:
        raise CleannewsError("stdin ('-') cannot be rewritten in place", ExitCode.USAGE)
    if request.in_place and any(is_url(name) for name in request.inputs):
        raise CleannewsError("--in-place rewrites local files; write URL inputs elsewhere with -o", ExitCode.USAGE)
    if run.backup is not None and not request.in_place and request.settings.source("backup") == COMMAND_LINE:
        raise CleannewsError(
            "--backup keeps originals of files rewritten with --in-place; add --in-place", ExitCode.USAGE
        )
    if request.check or request.diff:
        return CHECK
    if request.in_place:
        return IN_PLACE
    return WRITE if request.output is not None else PRINT


def run(request: Request) -> ExitCode:
    """Clean every input; one that fails is reported and the others still run.

    Ctrl-C lets the work in flight finish (each output is written whole or not at all), drops
    the rest and ends with :attr:`ExitCode.INTERRUPTED`.
    """
    try:
        return _run(request)
    except KeyboardInterrupt:
        raise CleannewsError("interrupted", ExitCode.INTERRUPTED) from None


def _run(request: Request) -> ExitCode:
    settings = request.settings
    options = settings.run
    action = action_of(request)
    include = options.include
    if options.jsonl and settings.source("include") == DEFAULT:
        include = ("*.jsonl",)
    prune = [str(request.output)] if request.output is not None and not is_url(request.output) else []
    names = request.inputs or (STDIN,)
    if any(is_url(name) for name in request.inputs):
        from cleannews.storage import discover as discover_urls

        sources, skipped = discover_urls(request.inputs, include, options.exclude, prune)
    else:
        sources, skipped = discover(names, include, options.exclude, prune)
    reporter = Reporter(request.verbosity)
    for skip in skipped:
        reporter.warn(f"{skip.name}: skipped: {skip.reason}")
    walked = any(s.walked for s in sources)
    if not sources:
        reporter.warn(f"no files matching {' or '.join(include)} in {', '.join(request.inputs)}")
        return ExitCode.OK
    targets: list[str | None] = [None] * len(sources)
    if action == WRITE and request.output is not None:
        suffix = None if options.jsonl else (".json" if options.format == "json" else ".txt")
        if isinstance(request.output, str):
            from cleannews.storage import plan_targets as plan_url_targets

            targets = list(plan_url_targets(sources, request.output, len(sources) > 1, suffix))
        else:
            targets = [str(t) for t in plan_targets(sources, request.output, len(sources) > 1, suffix)]
    job = Job(
        settings.config,
        action,
        "front-matter" if options.front_matter else options.format,
        options.encoding,
        request.diff,
        options.backup if action == IN_PLACE else None,
        options.field,
        options.meta_key,
    )
    batch = len(sources) > 1 or walked or options.jsonl
    total = sum(s.size for s in sources)
    from cleannews.executors import available_cores, make_executor

    jobs = options.jobs or available_cores()
    if not options.jsonl:
        jobs = min(jobs, len(sources))
    if not options.jobs and total < MIN_PARALLEL_BYTES and STDIN not in names:
        jobs = 1  # a few small files: starting workers would cost more than it saves
    stats = Stats()
    unit = "records" if options.jsonl else "files"
    engine_options = {"scheduler": options.scheduler} if options.scheduler is not None else {}
    with make_executor(options.engine, jobs=jobs, **engine_options) as executor:
        if options.learn_profile and walked and not options.jsonl and job.config.profile is None:
            job = job._replace(config=job.config.replace(profile=learn_batch_profile(executor, sources, job, reporter)))
        reporter.start(None if options.jsonl else len(sources), total or None, unit)
        try:
            if options.jsonl:
                finished = _run_records(executor, job, sources, targets, action, stats, reporter)
            else:
                finished = _run_files(executor, job, sources, targets, stats, reporter)
        finally:
            reporter.stop()
    if not finished:
        return ExitCode.OK  # the reader of stdout went away (`| head`): stop quietly
    if batch:
        reporter.summary(stats, unit, action == CHECK)
    if stats.failed:
        return ExitCode.INPUT_FAILED
    if request.check and stats.changed:
        return ExitCode.WOULD_CHANGE
    return ExitCode.OK


def sample_for_profile(sources: Sequence[Source], size: int = PROFILE_SAMPLE) -> list[str]:
    """The paths of at most ``size`` of ``sources``, chosen by a hash of each one's place in its
    tree: the same whatever their order, and wherever the tree lies.

    >>> tree = [Source(f"/tmp/{n}", f"/tmp/{n}", n) for n in "cab"]
    >>> moved = [Source(f"/srv/{n}", f"/srv/{n}", n) for n in "bca"]
    >>> [p[-1] for p in sample_for_profile(tree, 2)] == [p[-1] for p in sample_for_profile(moved, 2)]
    True
    """
    import hashlib

    chosen = [source for source in sources if source.path is not None]
    if len(chosen) > size:
        chosen.sort(key=lambda s: (hashlib.sha1(s.rel.encode("utf-8", "surrogateescape")).digest(), s.rel, s.path))
    return [source.path for source in chosen[:size] if source.path is not None]


def learn_batch_profile(
    executor: Executor, sources: Sequence[Source], job: Job, reporter: Reporter
) -> SiteProfile | None:
    """The lines a directory's documents share (its site's boilerplate), learnt on ``executor``
    before cleaning; None when too few documents or lines qualify. A file that cannot be read is
    skipped here and reported when it is cleaned."""
    from cleannews.profile import MIN_DOCS, threshold
    from cleannews.profile_mapreduce import learn_profile_on

    paths = sample_for_profile(sources)
    if len(paths) < MIN_DOCS:
        return None
    site, _ = learn_profile_on(executor, paths, encoding=job.encoding)
    if not len(site):
        return None
    least = threshold(site.n_docs, site.min_docs, site.min_share)
    reporter.verbose(
        f"learnt the batch's boilerplate: {len(site)} lines, each in {least}+ of {site.n_docs} documents"
        " (copies of one article counted once)"
    )
    return site


def _handle(outcome: Outcome, stats: Stats, reporter: Reporter, check_listing: bool) -> bool:
    """Report one outcome and pass its stdout on; False once stdout is closed."""
    stats.merge(outcome.stats)
    for message in outcome.errors:
        reporter.error(message)
    for note in outcome.notes:
        reporter.verbose(note)
    if check_listing:
        for name in outcome.changed:
            reporter.info(f"would change: {name}")
    reporter.advance(outcome)
    return (not outcome.output or write_stdout(outcome.output)) and (not outcome.diff or write_stdout(outcome.diff))


def _run_files(
    executor: Executor,
    job: Job,
    sources: Sequence[Source],
    targets: Sequence[str | None],
    stats: Stats,
    reporter: Reporter,
) -> bool:
    tasks = []
    for source, target in zip(sources, targets, strict=True):
        text = None
        if source.path is None:
            text = read_stdin_text(job.encoding)
        tasks.append(FileTask(source.name, source.path, target, text, source.size))
    # Enough chunks to balance the workers' load, few enough to keep round trips cheap.
    chunk = max(1, min(32, len(tasks) // (executor.jobs * 8)))
    listing = job.action == CHECK and not job.diff
    for outcome in executor.map_ordered(partial(process_file, job), tasks, chunk, on_error=file_failed):
        if not _handle(outcome, stats, reporter, listing):
            return False
    return True


def read_stdin_text(encoding: str | None) -> str:
    from cleannews.work import decode_stdin

    return decode_stdin(sys.stdin.buffer.read(), encoding)


def record_chunks(sources: Sequence[Source]) -> Iterator[RecordChunk]:
    """The records of every JSON Lines source, in order, in chunks; at least one chunk per source."""
    for index, source in enumerate(sources):
        try:
            if source.path is not None and is_url(source.path):
                from cleannews.storage import open_input

                stream = open_input(source.path)
            else:
                stream = open(source.path, "rb") if source.path is not None else sys.stdin.buffer  # noqa: SIM115
        except OSError as exc:
            reason = "no such file" if isinstance(exc, FileNotFoundError) else f"cannot read ({exc.strerror})"
            yield RecordChunk(index, source.name, [], f"{source.name}: {reason}")
            continue
        with stream if source.path is not None else contextlib.nullcontext(stream):
            records: list[tuple[int, bytes]] = []
            size = 0
            sent = False
            for lineno, raw in enumerate(stream, start=1):
                if not raw.strip():
                    continue
                records.append((lineno, raw))
                size += len(raw)
                if len(records) >= RECORDS_PER_CHUNK or size >= BYTES_PER_CHUNK:
                    yield RecordChunk(index, source.name, records)
                    records, size, sent = [], 0, True
            if records or not sent:
                yield RecordChunk(index, source.name, records)


class _Sinks:
    """The output stream of each JSON Lines source in turn: stdout, or a file written atomically."""

    def __init__(self, targets: Sequence[str | None], action: str, sources: Sequence[Source], backup: str | None):
        self.targets, self.action, self.sources, self.backup = targets, action, sources, backup
        self.current = -1
        self.stack: contextlib.ExitStack | None = None
        self.handle: TextIO | None = None

    def switch(self, index: int) -> None:
        if index == self.current:
            return
        self.commit()
        self.current = index
        target = self.targets[index]
        if self.action == IN_PLACE:
            target = os.path.realpath(self.sources[index].path or "")
        if target is not None and is_url(target):
            from cleannews.storage import open_output

            self.stack = contextlib.ExitStack()
            self.handle = self.stack.enter_context(open_output(target))
        elif target is not None:
            from cleannews.files import open_atomic

            self.stack = contextlib.ExitStack()
            mode = os.stat(target).st_mode & 0o7777 if self.action == IN_PLACE else None
            self.handle = self.stack.enter_context(open_atomic(Path(target), mode))

    def commit(self) -> None:
        if self.stack is not None:
            if self.action == IN_PLACE and self.backup:
                keep_backup(os.path.realpath(self.sources[self.current].path or ""), self.backup)
            self.stack.close()
        self.stack, self.handle = None, None

    def abandon(self, exc: BaseException) -> None:
        if self.stack is not None:
            self.stack.__exit__(type(exc), exc, exc.__traceback__)
        self.stack, self.handle = None, None


def _run_records(
    executor: Executor,
    job: Job,
    sources: Sequence[Source],
    targets: Sequence[str | None],
    action: str,
    stats: Stats,
    reporter: Reporter,
) -> bool:
    sinks = _Sinks(targets, action, sources, job.backup)
    listing = action == CHECK and not job.diff
    try:
        work = partial(process_records, job)
        for outcome in executor.map_ordered(work, record_chunks(sources), on_error=records_failed):
            if outcome.readable:
                sinks.switch(outcome.source)
            if sinks.handle is not None:
                sinks.handle.write(outcome.output)
                outcome = _without_output(outcome)
            if not _handle(outcome, stats, reporter, listing):
                sinks.abandon(BrokenPipeError())
                return False
        sinks.commit()
    except BaseException as exc:
        sinks.abandon(exc)
        raise
    return True


def _without_output(outcome: Outcome) -> Outcome:
    return outcome._replace(output="")


def write_stdout(text: str) -> bool:
    """Write to stdout; False when the reader has gone away (a closed pipe)."""
    try:
        sys.stdout.buffer.write(text.encode("utf-8", errors="surrogateescape"))
        sys.stdout.buffer.flush()
    except BrokenPipeError:
        # Point stdout at /dev/null so that the flush at exit does not complain again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return False
    return True
