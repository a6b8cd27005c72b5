"""Exit codes and the one error type the CLI turns into a one-line message."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Every exit status of the ``cleannews`` command (listed in the README)."""

    OK = 0
    #: ``--check`` found documents that cleaning would change.
    WOULD_CHANGE = 1
    #: The command line was wrong: an unknown option, a bad value, a missing argument.
    USAGE = 2
    #: Some inputs could not be read, cleaned or written; the others were done.
    INPUT_FAILED = 3
    #: Interrupted (Ctrl-C); no partial output file is left behind.
    INTERRUPTED = 130


class CleannewsError(Exception):
    """A problem the user can fix: shown as ``cleannews: error: <message>``, never a traceback."""

    def __init__(self, message: str, code: ExitCode = ExitCode.INPUT_FAILED) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
