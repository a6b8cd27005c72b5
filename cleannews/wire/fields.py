"""The fields of a news database's record around a story: "Length: 523 words", "Byline: Jane Doe",
"Load-Date: February 13, 2026", Factiva's "523 words" and "Document LBA0000020261105ekb5001xx".

Which labels are fields, above and below a story, is data (``lexicon/wire/databases.toml``).
"""

from __future__ import annotations

from dataclasses import dataclass

from cleannews import regexes
from cleannews.wire.rules import WireRules

# A field's value runs to a few words (a ProQuest document address, a list of subjects).
MAX_FIELD_WORDS = 30
# A publication's place after its name: "The Guardian (London)", "Daily Courier (IL)".
_TRAILING_PLACE = regexes.compile(r"\s*\([^()]{2,30}\)$")
_SENTENCE_END = regexes.compile(r"(?:^|\s)[a-z]{2,}[.?!]$")  # "... what would you recommend?", not "Ill."
_LABELLED = regexes.compile(r"(?P<label>[^\W\d_][\w/ .-]{0,40}?)\s*:\s*(?P<value>.*)")
# The fields whose value is metadata, by label (casefolded).
_BYLINE_LABELS = frozenset(["byline", "author", "authors", "author/byline"])
_SOURCE_LABELS = frozenset(["publication", "publication info"])
# Fields whose value is a sentence: AP's note to the editors ("Eds: This story is part of a series.").
_NOTE_LABELS = frozenset(["eds"])


@dataclass(frozen=True, slots=True)
class RecordField:
    """A field line: its label (casefolded; empty for a line with no label) and its value."""

    label: str
    value: str

    @property
    def fills(self) -> str | None:
        """The metadata the field's value goes to: "byline", "dateline", "copyright", "source"."""
        if self.label in _BYLINE_LABELS:
            return "byline"
        if self.label in _SOURCE_LABELS:
            return "source"
        return self.label if self.label in ("dateline", "copyright") else None


def record_field(line: str, rules: WireRules, below: bool = False, any_label: bool = False) -> RecordField | None:
    """The database field a line is, above the story (or ``below`` it), or None. ``any_label``: a
    line "Label: value" with any label (among other fields, where every such line is one).

    >>> from cleannews.wire.rules import wire_rules
    >>> record_field("Length: 1,042 words", wire_rules())
    RecordField(label='length', value='1,042 words')
    >>> record_field("Byline: Hana Kobayashi; Staff Writer", wire_rules()).fills
    'byline'
    >>> record_field("Load-Date: February 13, 2026", wire_rules(), below=True).label
    'load-date'
    >>> record_field("448 words", wire_rules()), record_field("Subject: the council voted", wire_rules())
    (RecordField(label='', value='448 words'), None)
    """
    text = line.strip()
    if not text or len(text) > 300:
        return None
    if rules.field_line.fullmatch(text):
        return RecordField("", text)
    labelled = _LABELLED.fullmatch(text)
    if labelled is None:
        return None
    label = labelled.group("label").strip().casefold()
    if not any_label and label not in (rules.tail_fields if below else rules.head_fields):
        return None
    if (any_label and len(label) < 3) or (label not in _NOTE_LABELS and _SENTENCE_END.search(labelled.group("value"))):
        return None  # "Q: ...", "Pro tip: learn more.", "Subject: the vote, which passed.": a sentence
    if len(labelled.group("value").split()) > MAX_FIELD_WORDS:
        return None  # a sentence after a word and a colon, not a field
    return RecordField(label, labelled.group("value").strip())


# Factiva's code of the source under the publication's name: "LBA", "CPR", "KYODO".
_SOURCE_CODE = regexes.compile(r"[A-Z]{2,6}")


def is_source_code(text: str) -> bool:
    """Whether a line is a database's code of a source ("AFPR", "CPR"), as among a record's fields.

    >>> is_source_code("AFPR"), is_source_code("English"), is_source_code("AFP REPORT")
    (True, False, False)
    """
    return _SOURCE_CODE.fullmatch(text.strip()) is not None


def publication_name(text: str) -> str:
    """A publication's name without the place a database prints after it.

    >>> publication_name("The Guardian (London)"), publication_name("Reuters News")
    ('The Guardian', 'Reuters News')
    """
    return _TRAILING_PLACE.sub("", text.strip())
