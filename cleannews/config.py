"""Settings for one cleaning run: one field per pass option, like ftfy's TextFixerConfig."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cleannews.profile import SiteProfile


@dataclass(frozen=True, slots=True)
class Config:
    """Every knob of the pipeline. The defaults are what ``cleannews clean`` does."""

    #: Passes to skip, by name (see ``cleannews passes``).
    disable: frozenset[str] = frozenset()
    #: Language of the text for word frequencies ("en", "de", ...), or "auto" to guess.
    lang: str = "auto"
    #: Keep typographic quotes and apostrophes (they are not errors).
    keep_curly_quotes: bool = True
    #: Minimum confidence for the rejoin pass to join a broken line (0..1).
    rejoin_threshold: float = 0.5
    #: Leave headline tags, bylines and trailers in the text (they are still reported).
    keep_meta: bool = False
    #: Remove the dateline from the first paragraph (it is kept by default).
    strip_dateline: bool = False
    #: Extra UI strings to treat as page chrome, on top of the packaged lexicon.
    ui_strings: tuple[str, ...] = field(default_factory=tuple)
    #: Extra wire patterns as ``(kind, pattern)`` pairs, on top of ``cleannews/lexicon/wire/``;
    #: a config file's ``[wire]`` table gives them (``cleannews.wire.rules.entries_from_toml``).
    wire_patterns: tuple[tuple[str, str], ...] = ()
    #: A site's boilerplate learnt across a batch (``cleannews profile build``; see cleannews.profile).
    profile: SiteProfile | None = None

    def replace(self, **changes: Any) -> Config:
        return dataclasses.replace(self, **changes)

    def enabled(self, pass_name: str) -> bool:
        return pass_name not in self.disable
