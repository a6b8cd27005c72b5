"""Running the pipeline over the inputs a command names, and writing each result out."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from cleannews import clean
from cleannews.config import Config
from cleannews.errors import CleannewsError, ExitCode
from cleannews.files import decode, read_path, write_atomic
from cleannews.result import Result

STDIN = "-"


def render(result: Result, output_format: str) -> str:
    """A result as the CLI prints it: the text, one JSON line, or the text under a YAML header."""
    if output_format == "front-matter":
        from cleannews.frontmatter import front_matter

        return front_matter(result) + result.text
    return result.to_json_line() + "\n" if output_format == "json" else result.text


def write_stdout(text: str) -> bool:
    """Write to stdout; False when the reader has gone away (a closed pipe)."""
    try:
        sys.stdout.buffer.write(text.encode("utf-8"))
        sys.stdout.buffer.flush()
    except BrokenPipeError:
        # Point stdout at /dev/null so that the flush at exit does not complain again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return False
    return True


def clean_input(name: str, cfg: Config, encoding: str | None) -> Result:
    """Read one input (a path, or ``-`` for stdin) and clean it."""
    if name == STDIN:
        text = decode(sys.stdin.buffer.read(), "<stdin>", encoding)
        return clean(text, cfg, path=None)
    return clean(read_path(name, encoding), cfg, path=name)


def output_path_for(name: str, output: Path, many: bool, output_format: str) -> Path:
    """Where the result of input ``name`` goes when ``-o OUTPUT`` is given."""
    if not many and not output.is_dir():
        return output
    stem = "stdin" if name == STDIN else Path(name).stem
    return output / f"{stem}.{'json' if output_format == 'json' else 'txt'}"


def _same_file(a: Path, b: str) -> bool:
    try:
        return b != STDIN and a.exists() and a.samefile(b)
    except OSError:
        return False


def run_clean(names: list[str], output: Path | None, output_format: str, cfg: Config, encoding: str | None) -> ExitCode:
    """Clean every input in order; one that fails is reported and the others still run."""
    many = len(names) > 1
    if many and output is not None and output.exists() and not output.is_dir():
        raise CleannewsError(f"{output}: several inputs need -o to be a directory", ExitCode.USAGE)
    if names.count(STDIN) > 1:
        raise CleannewsError("stdin ('-') can be read only once", ExitCode.USAGE)
    failed = 0
    for name in names:
        try:
            result = clean_input(name, cfg, encoding)
            rendered = render(result, output_format)
            if output is None:
                if not write_stdout(rendered):
                    return ExitCode.OK  # the reader went away (`| head`): stop quietly
                continue
            target = output_path_for(name, output, many, output_format)
            if _same_file(target, name):
                raise CleannewsError(f"{name}: output would overwrite the input; choose another -o")
            write_atomic(target, rendered)
        except CleannewsError as exc:
            if not many:
                raise
            sys.stderr.write(f"cleannews: error: {exc.message}\n")
            failed += 1
    return ExitCode.INPUT_FAILED if failed else ExitCode.OK
