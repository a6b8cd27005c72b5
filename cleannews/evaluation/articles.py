"""Article-like text damaged the way scraped pages are: a hypothesis strategy for tests and fuzzing.

Headlines with wire tags, paragraphs hard-wrapped, cut by chunk breaks or hyphenated at a line
end, page chrome between them, a repeated block, a source trailer, entities, odd spaces and
invisible characters, and any of the three line endings.
"""

from __future__ import annotations

import re

from hypothesis import strategies as st

WORDS = re.findall(
    r"\S+",
    "the minister said that talks would resume next week in Geneva after months of tension between "
    "both governments defense cooperation agreement expand bolster ammunition production capacity "
    "officials confirmed on Thursday storm flooded several districts residents were evacuated while "
    "rescue teams searched collapsed buildings prices rose percent inflation central bank decision "
    "Seoul Washington NATO's U.S.-led alliance COVID-19 well-known président économie Straße 서울 東京",
)
CHROME = (
    "Share",
    "Menu",
    "Search",
    "Close this search box.",
    "Follow us on Twitter",
    "Read more",
    "Advertisement",
    "Subscribe",
    "Log in",
    "Related articles",
)
TAGS = ("(LEAD) ", "(2nd LD) ", "(URGENT) ", "(News Focus) ", "")
ODDITIES = ("\u00a0", "\u00ad", "\u200b", "&amp;", "&nbsp;", "’", "“", "\t", "  ", "\u200d", "e\u0301")


@st.composite
def sentences(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(WORDS), min_size=3, max_size=18))
    words[0] = words[0].capitalize()
    if draw(st.booleans()):
        position = draw(st.integers(0, len(words) - 1))
        words[position] += draw(st.sampled_from(ODDITIES))
    return " ".join(words) + draw(st.sampled_from([".", ".", "?", "!", ".”", ""]))


def damage(paragraph: str, how: str, width: int, cut: int) -> str:
    """Break a one-line paragraph the way scrapers do."""
    if how == "wrap":
        lines, line = [], ""
        for word in paragraph.split(" "):
            if line and len(line) + 1 + len(word) > width:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}" if line else word
        return "\n".join([*lines, line])
    if how in ("chunk", "hyphen") and len(paragraph) > 2:
        at = 1 + cut % (len(paragraph) - 1)
        return paragraph[:at] + ("-" if how == "hyphen" else "") + "\n" + paragraph[at:]
    return paragraph


@st.composite
def articles(draw: st.DrawFn) -> str:
    """Article-like text: a headline, paragraphs with breaks, chrome, a trailer, odd line endings."""
    blocks: list[str] = []
    if draw(st.booleans()):
        blocks.extend(draw(st.lists(st.sampled_from(CHROME), max_size=4)))
    if draw(st.booleans()):
        words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=10))
        blocks.append(draw(st.sampled_from(TAGS)) + " ".join(words))
    for _ in range(draw(st.integers(1, 6))):
        paragraph = " ".join(draw(st.lists(sentences(), min_size=1, max_size=4)))
        how = draw(st.sampled_from(["none", "wrap", "chunk", "hyphen"]))
        blocks.append(damage(paragraph, how, draw(st.integers(20, 90)), draw(st.integers(0, 10_000))))
        if draw(st.integers(0, 4)) == 0:
            blocks.append(draw(st.sampled_from(CHROME)))
    if draw(st.booleans()) and len(blocks) > 2:
        blocks.append(blocks[draw(st.integers(0, len(blocks) - 1))])  # a repeated block
    if draw(st.booleans()):
        blocks.append("Source: " + draw(st.sampled_from(["Yonhap News Agency", "AP", "Reuters"])))
    separator = draw(st.sampled_from(["\n\n", "\n", "\n\n\n", "\n \n"]))
    text = separator.join(blocks) + draw(st.sampled_from(["\n", "", "\n\n"]))
    return text.replace("\n", draw(st.sampled_from(["\n", "\r\n", "\r"])))
