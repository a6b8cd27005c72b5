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
    gone = {r.line for r in removed}
    kept = [(n, line) for n, line in enumerate(split_lines(text), start=1) if n not in gone]
    # Working lines, each keyed by the first input line it is made of, in a linked list (a join
    # absorbs the lines after it) and as pieces joined only at the end: replay stays linear.
    pieces: dict[int, list[str]] = {n: [line] for n, line in kept}
    numbers = [n for n, _ in kept]
    following: dict[int, int | None] = dict(zip(numbers, [*numbers[1:], None], strict=True))
    parent = {n: n for n in numbers}  # input line -> the working line it is part of (union-find)

    def working_line(n: int) -> int:
        root = n
        while parent[root] != root:
            root = parent[root]
        while parent[n] != root:
            parent[n], n = root, parent[n]
        return root

    for edit in edits:
        if edit.line not in parent:
            raise ReplayError(f"edit on line {edit.line} refers to a line that is gone: {edit}")
        k = working_line(edit.line)
        if "\n" not in edit.before:
            whole = "".join(pieces[k])
            if edit.before not in whole:
                raise ReplayError(f"edit does not match the text at line {edit.line}: {edit}")
            pieces[k] = [whole.replace(edit.before, edit.after, 1)]
            continue
        # A join: the first line break of ``before`` sits at the end of working line k.
        first, *middle, last = edit.before.split("\n")
        absorbed: list[int] = []
        nxt = following[k]
        for _ in range(len(middle) + 1):
            if nxt is None:
                raise ReplayError(f"edit joins past the last line at line {edit.line}: {edit}")
            absorbed.append(nxt)
            nxt = following[nxt]
        texts = ["".join(pieces[g]) for g in absorbed]
        end = _collapse_tail(pieces[k], len(first))
        if not end.endswith(first) or texts[:-1] != middle or not texts[-1].startswith(last):
            raise ReplayError(f"edit does not match the text at line {edit.line}: {edit}")
        pieces[k][-1] = end[: len(end) - len(first)]
        pieces[k] += [edit.after, texts[-1][len(last) :]]
        following[k] = nxt
        for g in absorbed:
            parent[g] = k
            del pieces[g]
    return layout("".join(pieces[n]) for n in pieces)


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
