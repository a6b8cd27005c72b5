"""A small wire article around the lines a test puts at its head or tail, cleaned with its provenance checked."""

from __future__ import annotations

from typing import Any

from cleannews import clean
from cleannews.provenance import replay
from cleannews.result import Result

BODY = "Officials said the measure would take effect next month. Critics called it rushed."
MORE = "The vote is expected on Thursday, and both parties say they have the numbers to win it."
# The first two paragraphs of the page heads' tests: a lede and a second paragraph of prose.
LEDE = (
    "The city council voted on Tuesday to expand the night bus network, adding six routes that will "
    "connect the outer districts with the hospital campus and the university."
)
SECOND = (
    "Transport officials said the new routes would start in March and would be paid for by a levy "
    "on parking permits, which rose for the first time in a decade."
)


# Three paragraphs of a port story, for the pages of the later rounds' tests.
PORT_PARAGRAPHS = (
    "The harbour authority said on Thursday that the new container terminal would open in the spring.",
    "Shipping lines have booked most of the berths for the first year, a spokeswoman told reporters.",
    "The project, delayed twice by flooding, cost about twice its first estimate, officials said.",
)


def page(*blocks: str) -> str:
    """A page of blocks (lines, or lines already joined) with a blank line between them."""
    return "\n\n".join(blocks) + "\n"


def checked(text: str, **options: Any) -> Result:
    """:func:`cleannews.clean`, asserting that the removals and edits replay to the text and that
    no line is recorded as removed twice."""
    result = clean(text, **options)
    assert replay(text, result.removed, result.edits) == result.text
    origins = [removal.line for removal in result.removed]
    assert len(origins) == len(set(origins)), result.removed
    return result


def article(head: str = "", lede: str = BODY, tail: str = "", title: str = "Council passes budget") -> str:
    """A title, ``head`` lines, the lede, a second paragraph and ``tail`` lines."""
    blocks = [title, head, lede, MORE, tail]
    return "\n\n".join(block for block in blocks if block) + "\n"


def port_story(dateline: str = "") -> tuple[str, ...]:
    """The harbour story's paragraphs, the first one opening on ``dateline``."""
    return (dateline + PORT_PARAGRAPHS[0], *PORT_PARAGRAPHS[1:])


def assert_body_stays(text: str, paragraphs: tuple[str, ...] = PORT_PARAGRAPHS) -> None:
    """Every one of ``paragraphs`` reached the output ``text`` whole."""
    for paragraph in paragraphs:
        assert paragraph in text


def took(result: Result, line: str, pass_name: str = "wire") -> bool:
    """Whether the pass ``pass_name`` (the wire pass, not the chrome pass, by default) took ``line`` out whole."""
    return any(r.pass_name == pass_name and r.text.strip() == line for r in result.removed)
