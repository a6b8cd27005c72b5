"""The ``cleannews`` command's entry point, and the one place errors become a line and an exit code.

``cleannews clean FILE...`` with no options (the shell-loop case) skips building the Typer
command: Typer's option parsing costs about 0.1 s per start, more than cleaning a file. Anything
else (an option, another command, ``--help``) goes to :mod:`cleannews.cli`. Both ways end in the
same call, :func:`cleannews.batch.run`, with the same settings.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence

from cleannews.errors import CleannewsError, ExitCode


def fail(message: str, code: ExitCode = ExitCode.INPUT_FAILED) -> int:
    """Print ``cleannews: error: MESSAGE`` on stderr and return the exit code."""
    sys.stderr.write(f"cleannews: error: {message}\n")
    return int(code)


def guarded(call: Callable[[], int], debug: bool = False) -> int:
    """Run ``call``; a known error, Ctrl-C or a bug becomes one line on stderr, never a traceback."""
    try:
        return call()
    except CleannewsError as exc:
        return fail(exc.message, exc.code)
    except KeyboardInterrupt:
        return fail("interrupted", ExitCode.INTERRUPTED)
    except BrokenPipeError:  # stdout closed early (`cleannews passes | head -1`): stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return int(ExitCode.OK)
    except Exception as exc:  # a bug: say so in one line, with the traceback only on request
        if debug:
            raise
        return fail(f"internal error: {type(exc).__name__}: {exc}; rerun with --debug and report it")


def is_plain_clean(args: Sequence[str]) -> bool:
    """``clean`` followed only by paths (``-`` is stdin); no option, no other command.

    >>> is_plain_clean(["clean", "a.txt", "-"]), is_plain_clean(["clean", "-o", "x", "a.txt"])
    (True, False)
    """
    return bool(args) and args[0] == "clean" and all(a == "-" or not a.startswith("-") for a in args[1:])


def plain_clean(paths: Sequence[str]) -> int:
    from cleannews.batch import Request, run
    from cleannews.settings import resolve

    return int(run(Request(tuple(paths), resolve())))


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if is_plain_clean(args):
        return guarded(lambda: plain_clean(args[1:]))
    from cleannews.cli import main as cli_main

    return cli_main(args)


def entry_point() -> None:
    sys.exit(main())
