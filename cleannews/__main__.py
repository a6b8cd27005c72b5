"""``python -m cleannews``: the same as the ``cleannews`` command."""

from cleannews.launch import entry_point

entry_point()
