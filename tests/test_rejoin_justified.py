"""Justified columns (pdftotext ``-layout`` of an e-paper page): every full line is padded to the
column's width with runs of spaces, so the breaks fall a constant interval apart, as a chunker's
would; the pass must read them as wraps between words, and take out a page's folio between two
lines of a sentence (synthetic text, written for these tests)."""

from __future__ import annotations

from wire_articles import checked

from cleannews import clean

STORY = (
    "Officials said on Tuesday that families who can afford it should fill their tanks before the "
    "weekend, because the refinery will close for repairs and prices are expected to climb sharply. "
    "The mayor urged residents to share rides where possible and to check on elderly neighbours. "
    "Bus services will run every ten minutes during the closure, the transit authority said, and "
    "extra trains will stop at the airport. Drivers should expect long queues at the stations that "
    "stay open, the motoring association warned in a statement. The U.S.-led consortium that owns "
    "the plant said the work would take about three weeks."
)


def justify(text: str, width: int, breaks: dict[str, int] | None = None) -> list[str]:
    """Greedy lines of ``width`` characters, every line but the last padded to the width with
    spaces between its words; a word of ``breaks`` is hyphenated at its offset when it ends a line."""
    words = text.split()
    lines: list[list[str]] = []
    current: list[str] = []
    breaks = breaks or {}
    i = 0
    while i < len(words):
        word = words[i]
        if not current or len(" ".join([*current, word])) <= width:
            current.append(word)
            i += 1
            continue
        cut = breaks.get(word.rstrip(".,"))
        if cut and len(" ".join([*current, word[:cut] + "-"])) <= width:
            current.append(word[:cut] + "-")
            words[i] = word[cut:]
        lines.append(current)
        current = []
    lines.append(current)
    out = []
    for line in lines[:-1]:
        gaps, spare = len(line) - 1, width - len("".join(line))
        if not gaps:
            out.append(line[0])
            continue
        spaces = [spare // gaps + (1 if g < spare % gaps else 0) for g in range(gaps)]
        out.append("".join(w + " " * s for w, s in zip(line, [*spaces, 0], strict=True)))
    out.append(" ".join(lines[-1]))
    return out


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_a_justified_column_is_rejoined_between_words() -> None:
    column = justify(STORY, 34, {"possible": 3, "association": 5})
    assert len({len(line) for line in column[:-1]}) == 1  # every full line as wide as the others
    text = "Refinery to close for repairs\n\n" + "\n".join(column) + "\n"
    result = checked(text)
    assert _flat(STORY) in _flat(result.text)
    assert not any(e.kind == "split-word" for e in result.edits), [e for e in result.edits if e.kind == "split-word"]


def test_a_justified_column_keeps_real_hyphens() -> None:
    column = justify(STORY, 36)
    result = clean("Refinery to close for repairs\n\n" + "\n".join(column) + "\n")
    assert "The U.S.-led consortium" in _flat(result.text)


def test_a_folio_between_two_lines_of_a_sentence_is_chrome() -> None:
    column = justify(STORY, 34)
    cut = len(column) // 2
    folio = "\f7 THE DAILY HARBOUR Saturday, October 18, 2025"
    text = "Refinery to close for repairs\n\n" + "\n".join(column[:cut]) + f"\n\n{folio}\n\n" + "\n".join(column[cut:])
    result = checked(text + "\n")
    assert _flat(STORY) in _flat(result.text)
    assert "THE DAILY HARBOUR" not in result.text
    assert any("folio" in r.reason for r in result.removed)


def test_a_body_line_opening_with_a_number_and_a_date_stays() -> None:
    line = "7 people died on Saturday, October 18, 2025 when the bridge over the river gave way."
    text = "Bridge collapse\n\n" + line + "\n\nRescuers searched the water for hours, officials said.\n"
    result = clean(text)
    assert line in result.text
    assert not result.removed
