"""Replaying provenance: the input, its removals and its edits give back the text output."""

from __future__ import annotations

from collections.abc import Iterable

from cleannews.document import Edit, Removal, split_lines


class ReplayError(ValueError):
    """An edit that does not apply where it says it does: the provenance is incomplete."""


def replay(text: str, removed: Iterable[Removal], edits: Iterable[Edit]) -> str:
    """Rebuild the cleaned text from the input by dropping ``removed`` and applying ``edits``.

    Only layout is left out of the record: line-end spaces, blank-line runs and line endings.
    A test checks ``replay(input, result.removed, result.edits) == result.text`` on every
    golden case, so no pass can change the text without saying so.

    >>> from cleannews import clean
    >>> source = "Menu\\nMenu\\n\\nGood to bolste\\nr ties.\\n"
    >>> result = clean(source)
    >>> replay(source, result.removed, result.edits) == result.text
    True
    """
    texts: list[str] = []
    origins: list[list[int]] = []  # the input lines that each working line is made of
    for n, line in enumerate(split_lines(text), start=1):
        texts.append(line)
        origins.append([n])
    # Replay pass by pass, as the pipeline ran: a line edited by one pass may be removed by a later one.
    removed, edits = list(removed), list(edits)
    for name in _pass_order(removed, edits):
        for removal in (r for r in removed if r.pass_name == name):
            k = _line_index(origins, removal.line, removal)
            del texts[k], origins[k]
        for edit in (e for e in edits if e.pass_name == name):
            _apply(edit, texts, origins)
    return layout(texts)


def _pass_order(removed: list[Removal], edits: list[Edit]) -> list[str]:
    from cleannews.pipeline import PASS_NAMES

    seen = {r.pass_name for r in removed} | {e.pass_name for e in edits}
    return [*PASS_NAMES, *sorted(seen - set(PASS_NAMES))]


def _line_index(origins: list[list[int]], line: int, record: Edit | Removal) -> int:
    for k, made_of in enumerate(origins):
        if line in made_of:
            return k
    raise ReplayError(f"line {line} is already gone: {record}")


def _apply(edit: Edit, texts: list[str], origins: list[list[int]]) -> None:
    k = _line_index(origins, edit.line, edit)
    breaks = edit.before.count("\n")
    if breaks:
        # A join: the first line break of ``before`` sits at the end of line k.
        joined = "\n".join(texts[k : k + breaks + 1])
        start = len(texts[k]) - edit.before.index("\n")
        if start < 0 or joined[start : start + len(edit.before)] != edit.before:
            raise ReplayError(f"edit does not match the text at line {edit.line}: {edit}")
        texts[k] = joined[:start] + edit.after + joined[start + len(edit.before) :]
        origins[k] = [n for o in origins[k : k + breaks + 1] for n in o]
        del texts[k + 1 : k + breaks + 1], origins[k + 1 : k + breaks + 1]
    else:
        if edit.before not in texts[k]:
            raise ReplayError(f"edit does not match the text at line {edit.line}: {edit}")
        texts[k] = texts[k].replace(edit.before, edit.after, 1)


def layout(lines: Iterable[str]) -> str:
    """Trimmed lines, paragraphs separated by one blank line, one final newline."""
    blocks: list[list[str]] = [[]]
    for line in lines:
        stripped = line.strip()
        if stripped:
            blocks[-1].append(stripped)
        elif blocks[-1]:
            blocks.append([])
    paragraphs = ["\n".join(b) for b in blocks if b]
    return "\n\n".join(paragraphs) + "\n" if paragraphs else ""
