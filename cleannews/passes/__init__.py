"""The cleanup passes, one concern per module; :mod:`cleannews.pipeline` runs them in order."""
