"""News-wire metadata: the data-driven detectors behind the ``wire`` pass.

``rules`` loads the patterns (packaged TOML files in ``cleannews/lexicon/wire/`` plus a user's own);
``tags``, ``dateline``, ``byline`` and ``trailer`` each recognise one kind of metadata in one line
and say what it means. None of them changes a document: ``cleannews.passes.wire`` decides where
to look (only the headline, the head and the tail of an article) and records what it moves.
"""
