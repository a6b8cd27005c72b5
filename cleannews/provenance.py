"""Replaying provenance: the input, its removals and its edits give back the text output."""

from __future__ import annotations

from collections.abc import Iterable

from cleannews.document import Edit, Removal, split_lines


class ReplayError(ValueError):
    """An edit or removal that does not apply where it says it does: the provenance is incomplete."""


def replay(text: str, removed: Iterable[Removal], edits: Iterable[Edit]) -> str:
    """Rebuild the cleaned text from the input by dropping ``removed`` and applying ``edits``.

    Only layout is left out of the record: line-end spaces, blank-line runs and line endings.
    A test checks ``replay(input, result.removed, result.edits) == result.text`` on every
    golden case and on generated text, so no pass can change the text without saying so.

    The record is replayed pass by pass, in pipeline order (each pass's edits, then its
    removals), so that a line edited and later removed, a word joined across a line that an
    earlier pass removed, and a removed line that a join had made of several input lines all
    replay as they happened.

    >>> from cleannews import clean
    >>> source = "Menu\\nMenu\\n\\nGood to bolste\\nr ties.\\n"
    >>> result = clean(source)
    >>> replay(source, result.removed, result.edits) == result.text
    True
    """
    from cleannews.pipeline import PASS_NAMES

    removed, edits = list(removed), list(edits)
    order = list(dict.fromkeys([*PASS_NAMES, *(e.pass_name for e in edits), *(r.pass_name for r in removed)]))
    working = _WorkingLines(split_lines(text))
    for name in order:
        for edit in edits:
            if edit.pass_name == name:
                working.apply(edit)
        for removal in removed:
            if removal.pass_name == name:
                working.remove(removal)
    return layout(working.texts())


class _WorkingLines:
    """The input's lines as replay changes them: joined as pieces, linked both ways, in linear time.

    Each working line is keyed by the first input line it is made of; a union-find maps every
    input line to the working line it is now part of.
    """

    def __init__(self, lines: list[str]) -> None:
        numbers = list(range(1, len(lines) + 1))
        self.pieces: dict[int, list[str]] = {n: [line] for n, line in zip(numbers, lines, strict=True)}
        self.following: dict[int, int | None] = {n: n + 1 if n < len(lines) else None for n in numbers}
        self.preceding: dict[int, int | None] = {n: n - 1 if n > 1 else None for n in numbers}
        self.parent = {n: n for n in numbers}

    def find(self, line: int, what: object) -> int:
        if line not in self.parent:
            raise ReplayError(f"no input line {line}: {what}")
        root = line
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[line] != root:
            self.parent[line], line = root, self.parent[line]
        if root not in self.pieces:
            raise ReplayError(f"line {line} is gone already: {what}")
        return root

    def remove(self, removal: Removal) -> None:
        k = self.find(removal.line, removal)
        before, after = self.preceding[k], self.following[k]
        if before is not None:
            self.following[before] = after
        if after is not None:
            self.preceding[after] = before
        del self.pieces[k]

    def apply(self, edit: Edit) -> None:
        k = self.find(edit.line, edit)
        if "\n" not in edit.before:
            whole = "".join(self.pieces[k])
            if edit.before not in whole:
                raise ReplayError(f"edit does not match the text at line {edit.line}: {edit}")
            self.pieces[k] = [whole.replace(edit.before, edit.after, 1)]
            return
        # A join: the first line break of ``before`` sits at the end of working line k.
        first, *middle, last = edit.before.split("\n")
        absorbed: list[int] = []
        nxt = self.following[k]
        for _ in range(len(middle) + 1):
            if nxt is None:
                raise ReplayError(f"edit joins past the last line at line {edit.line}: {edit}")
            absorbed.append(nxt)
            nxt = self.following[nxt]
        texts = ["".join(self.pieces[g]) for g in absorbed]
        end = _collapse_tail(self.pieces[k], len(first))
        if not end.endswith(first) or texts[:-1] != middle or not texts[-1].startswith(last):
            raise ReplayError(f"edit does not match the text at line {edit.line}: {edit}")
        self.pieces[k][-1] = end[: len(end) - len(first)]
        self.pieces[k] += [edit.after, texts[-1][len(last) :]]
        self.following[k] = nxt
        if nxt is not None:
            self.preceding[nxt] = k
        for g in absorbed:
            self.parent[g] = k
            del self.pieces[g]

    def texts(self) -> list[str]:
        return ["".join(p) for p in self.pieces.values()]


def _collapse_tail(pieces: list[str], size: int) -> str:
    """Merge the last pieces into one of at least ``size`` characters (or all of them); return it."""
    taken = [pieces.pop()]
    length = len(taken[0])
    while pieces and length < size:
        taken.append(pieces.pop())
        length += len(taken[-1])
    pieces.append("".join(reversed(taken)))
    return pieces[-1]


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
