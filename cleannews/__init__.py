"""cleannews: clean text scraped or copied from news pages into article text plus metadata."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Config", "Result", "__version__", "clean"]

if TYPE_CHECKING:
    from cleannews.config import Config
    from cleannews.result import Result


def clean(text: str, config: Config | None = None, *, path: str | None = None, **options: Any) -> Result:
    """Clean one document and return its text, metadata and provenance.

    ``options`` override fields of ``config`` (see :class:`cleannews.config.Config`).

    >>> result = clean("(LEAD) Rain floods Seoul\\n\\nHeavy rain hit the capi\\ntal on Monday.\\n")
    >>> print(result.text, end="")
    Rain floods Seoul
    <BLANKLINE>
    Heavy rain hit the capital on Monday.
    >>> result.tags
    ('LEAD',)
    """
    from cleannews.config import Config
    from cleannews.document import Document
    from cleannews.pipeline import run_passes
    from cleannews.result import Result

    cfg = config or Config()
    if options:
        cfg = cfg.replace(**options)
    return Result.from_document(run_passes(Document.from_text(text), cfg), path=path)


def __getattr__(name: str) -> Any:
    if name == "Config":
        from cleannews.config import Config

        return Config
    if name == "Result":
        from cleannews.result import Result

        return Result
    raise AttributeError(name)
