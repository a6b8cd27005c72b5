"""``python -m cleannews``: the same as the ``cleannews`` command."""

from cleannews.launch import entry_point

if __name__ == "__main__":  # worker processes started by spawning (Dask's) import this module again
    entry_point()
