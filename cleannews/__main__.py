"""``python -m cleannews``: the same as the ``cleannews`` command."""

from cleannews.cli import entry_point

entry_point()
