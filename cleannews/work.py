"""The unit of batch work: one file or one chunk of JSON Lines records, read, cleaned, written.

These functions run wherever an executor puts them (this process, a worker process, a cluster
node): they take only picklable values, keep no state between calls, and report what they did
in an :class:`Outcome` instead of printing. The order of outputs is the executor's concern.
"""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path
from typing import Any, NamedTuple

from cleannews import clean
from cleannews.config import Config
from cleannews.errors import CleannewsError
from cleannews.files import decode, read_path, write_atomic
from cleannews.result import Result
from cleannews.storage import is_url

#: What a run does with each cleaned document.
PRINT, WRITE, IN_PLACE, CHECK = "print", "write", "in-place", "check"
REJOIN = "rejoin"


class Job(NamedTuple):
    """What every document of a run shares: how to clean it and what to do with the result."""

    config: Config
    action: str = PRINT
    format: str = "text"
    encoding: str | None = None
    diff: bool = False
    backup: str | None = None
    #: JSON Lines: the field to clean and the key for the metadata.
    field: str = "text"
    meta_key: str = "cleannews"


class FileTask(NamedTuple):
    """One document: a file (or stdin's text, read by the parent) and where its result goes."""

    name: str
    path: str | None
    target: str | None = None
    text: str | None = None
    size: int = 0


class RecordChunk(NamedTuple):
    """Consecutive records of one JSON Lines input: (line number, raw line) pairs."""

    source: int
    name: str
    records: list[tuple[int, bytes]]
    error: str | None = None

    @property
    def size(self) -> int:
        return sum(len(raw) for _, raw in self.records)


class Stats:
    """What a run did, summed over documents (datatrove-style per-pass statistics)."""

    __slots__ = ("bytes", "changed", "documents", "edits", "failed", "removed", "words_rejoined")

    def __init__(
        self,
        documents: int = 0,
        changed: int = 0,
        failed: int = 0,
        bytes: int = 0,
        removed: Counter[str] | None = None,
        edits: Counter[tuple[str, str]] | None = None,
        words_rejoined: int = 0,
    ) -> None:
        self.documents = documents
        self.changed = changed
        self.failed = failed
        self.bytes = bytes
        #: Input lines removed, by pass.
        self.removed: Counter[str] = removed if removed is not None else Counter()
        #: In-line edits, by (pass, kind).
        self.edits: Counter[tuple[str, str]] = edits if edits is not None else Counter()
        #: Words mended across a line break (rejoin edits that leave no space behind).
        self.words_rejoined = words_rejoined

    def add(self, result: Result, changed: bool) -> None:
        self.documents += 1
        self.changed += changed
        self.removed.update(r.pass_name for r in result.removed)
        self.edits.update((e.pass_name, e.kind) for e in result.edits)
        self.words_rejoined += sum(
            e.pass_name == REJOIN and not any(c.isspace() for c in e.after) for e in result.edits
        )

    def merge(self, other: Stats) -> None:
        self.documents += other.documents
        self.changed += other.changed
        self.failed += other.failed
        self.bytes += other.bytes
        self.removed.update(other.removed)
        self.edits.update(other.edits)
        self.words_rejoined += other.words_rejoined


class Outcome(NamedTuple):
    """What one unit of work did: statistics, output for stdout, a diff, error messages."""

    name: str
    stats: Stats
    #: Text for stdout, in input order: the document, or JSON Lines.
    output: str = ""
    diff: str = ""
    errors: tuple[str, ...] = ()
    #: Per-document lines for ``-v``.
    notes: tuple[str, ...] = ()
    #: Names of documents that cleaning changed (``--check`` lists them).
    changed: tuple[str, ...] = ()
    #: JSON Lines: which input the records came from, and whether it could be opened at all.
    source: int = 0
    readable: bool = True


class Fingerprint:
    """Stands for a text in an equality test: the text itself, or a digest of a very long one."""

    __slots__ = ("value",)
    LONG = 1 << 20

    def __init__(self, text: str) -> None:
        if len(text) < self.LONG:
            self.value: object = text
        else:
            import hashlib

            self.value = (len(text), hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest())

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Fingerprint) and self.value == other.value

    def __hash__(self) -> int:
        return hash(self.value)


def clean_owned(holder: list[str], config: Config, path: str | None) -> Result:
    """:func:`cleannews.clean` for a text passed in ``holder``, which it empties: nothing else keeps
    the input alive while it is cleaned (a 50 MB input decodes to up to 200 MB of text)."""
    from cleannews.document import Document
    from cleannews.pipeline import run_passes

    doc = Document.from_text(holder.pop())
    return Result.from_document(run_passes(doc, config), path=path)


def render(result: Result, output_format: str) -> str:
    """A result as the CLI prints it: the text, one JSON line, or the text under a YAML header."""
    if output_format == "front-matter":
        from cleannews.frontmatter import front_matter

        return front_matter(result) + result.text
    return result.to_json_line() + "\n" if output_format == "json" else result.text


def unified_diff(before: str, after: str, name: str) -> str:
    """A unified diff from the input to the cleaned text, as ``patch`` reads it.

    >>> unified_diff("a\\nb\\n", "a\\n", "x.txt").splitlines()
    ['--- x.txt\\t(original)', '+++ x.txt\\t(cleaned)', '@@ -1,2 +1 @@', ' a', '-b']
    """
    import difflib

    out = []
    lines = difflib.unified_diff(
        before.splitlines(keepends=True), after.splitlines(keepends=True), f"{name}\t(original)", f"{name}\t(cleaned)"
    )
    for line in lines:
        if line.endswith("\n"):
            out.append(line)
        else:
            out.append(line + "\n\\ No newline at end of file\n")
    return "".join(out)


def describe(result: Result, changed: bool) -> str:
    """One ``-v`` line about a document: what was removed and edited."""
    if not changed:
        return "unchanged"
    return f"changed: {len(result.removed)} lines removed, {len(result.edits)} edits"


def keep_backup(path: str, suffix: str) -> None:
    """Keep the file at ``path`` as ``path + suffix`` before it is replaced (a hard link if possible)."""
    backup = path + suffix
    try:
        if os.path.lexists(backup):
            os.unlink(backup)
        os.link(path, backup)
    except OSError:
        import shutil

        shutil.copy2(path, backup)


def read_input(path: str, encoding: str | None) -> str:
    """A document's text: a local path as :func:`read_path` reads it, a URL through fsspec."""
    if is_url(path):
        from cleannews.storage import read_url

        return read_url(path, encoding)
    return read_path(path, encoding)


def write_output(target: str, text: str) -> None:
    """Write an output whole or not at all: a local path, or a URL through fsspec."""
    if is_url(target):
        from cleannews.storage import write_url

        write_url(target, text)
    else:
        write_atomic(Path(target), text)


def process_file(job: Job, task: FileTask) -> Outcome:
    """Read, clean and dispose of one document as ``job`` says; failures become messages."""
    stats = Stats(bytes=task.size)
    try:
        text = task.text if task.text is not None else read_input(task.path or "", job.encoding)
        original = text if job.diff else None
        before = Fingerprint(text)
        holder = [text]
        del text  # a big input's text is freed as soon as it is split into lines
        result = clean_owned(holder, job.config, task.path)
        changed = Fingerprint(result.text) != before
        output = ""
        if job.action == PRINT:
            output = render(result, job.format)
        elif job.action == WRITE:
            write_output(task.target or "", render(result, job.format))
        elif job.action == IN_PLACE and changed:
            real = os.path.realpath(task.path or "")
            mode = os.stat(real).st_mode & 0o7777
            if job.backup:
                keep_backup(real, job.backup)
            write_atomic(Path(real), result.text, mode)
        stats.add(result, changed)
        diff = unified_diff(original, result.text, task.name) if original is not None and changed else ""
        note = describe(result, changed) + (f" -> {task.target}" if job.action == WRITE else "")
        return Outcome(task.name, stats, output, diff, (), (f"{task.name}: {note}",), (task.name,) if changed else ())
    except CleannewsError as exc:
        stats.failed += 1
        return Outcome(task.name, stats, errors=(exc.message,))
    except OSError as exc:  # writing: a full disk, a read-only directory
        stats.failed += 1
        where = exc.filename or task.target or task.name
        return Outcome(task.name, stats, errors=(f"{where}: cannot write ({exc.strerror})",))


def file_failed(task: FileTask, exc: BaseException) -> Outcome:
    """The outcome of a document whose work was lost for good (on a cluster: its retries spent)."""
    from cleannews.executors import describe_failure

    return Outcome(task.name, Stats(bytes=task.size, failed=1), errors=(f"{task.name}: {describe_failure(exc)}",))


def records_failed(chunk: RecordChunk, exc: BaseException) -> Outcome:
    """The outcome of a chunk of JSON Lines records whose work was lost for good."""
    from cleannews.executors import describe_failure

    first = chunk.records[0][0] if chunk.records else 0
    where = f"{chunk.name}:{first}" + (f"-{chunk.records[-1][0]}" if len(chunk.records) > 1 else "")
    stats = Stats(bytes=chunk.size, failed=max(1, len(chunk.records)))
    return Outcome(chunk.name, stats, errors=(f"{where}: {describe_failure(exc)}",), source=chunk.source)


def process_records(job: Job, chunk: RecordChunk) -> Outcome:
    """Clean the text field of each JSON Lines record; other fields are kept as they are.

    The cleaned text replaces the field; the rest of the JSON record (metadata, ``removed``,
    ``edits``; ``path`` is ``NAME:LINE``) goes under ``job.meta_key``. A record that is not a
    JSON object with a string field is reported and left out.
    """
    import json

    stats = Stats(bytes=chunk.size)
    if chunk.error is not None:
        stats.failed += 1
        return Outcome(chunk.name, stats, errors=(chunk.error,), source=chunk.source, readable=False)
    lines: list[str] = []
    diffs: list[str] = []
    errors: list[str] = []
    notes: list[str] = []
    changed_names: list[str] = []
    for lineno, raw in chunk.records:
        where = f"{chunk.name}:{lineno}"
        try:
            record: Any = json.loads(raw)
        except ValueError as exc:
            errors.append(f"{where}: not valid JSON ({exc})")
            stats.failed += 1
            continue
        if not isinstance(record, dict):
            errors.append(f"{where}: not a JSON object")
            stats.failed += 1
            continue
        text = record.get(job.field)
        if not isinstance(text, str):
            errors.append(f"{where}: no string field {job.field!r}; name the text field with --field")
            stats.failed += 1
            continue
        result = clean(text, job.config, path=where)
        changed = result.text != text
        stats.add(result, changed)
        if changed:
            changed_names.append(where)
        notes.append(f"{where}: {describe(result, changed)}")
        if job.diff and changed:
            diffs.append(unified_diff(text, result.text, where))
        if job.action != CHECK:
            meta = result.to_json()
            del meta["text"], meta["paragraphs"]
            record[job.field] = result.text
            record[job.meta_key] = meta
            lines.append(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n")
    return Outcome(
        chunk.name,
        stats,
        "".join(lines),
        "".join(diffs),
        tuple(errors),
        tuple(notes),
        tuple(changed_names),
        chunk.source,
    )


def decode_stdin(data: bytes, encoding: str | None) -> str:
    """Standard input's bytes as text, decoded like a file."""
    return decode(data, "<stdin>", encoding)
