"""Round-thirty templates for the wire harness: wire stories as crawlers hand them over in markdown.

Written blind, before any round-thirty rule and without reading the rules or the earlier rounds'
templates, from how the 2025-2026 crawling tools of LLM and corpus pipelines hand a mainstream
English-language agency story over in MARKDOWN: Jina Reader (``r.jina.ai``: a "Title:", "URL
Source:", "Published Time:" and "Markdown Content:" header over the page, images as "![Image 1:
ALT](URL)", the headline as "# ..." or underlined with "="), Firecrawl and crawl4ai (whole pages:
"[Skip to main content](...)", "* [World](...)" menus, link-only lines, "## Read Next" lists with
ages), trafilatura's markdown output with its YAML metadata block, html2text (lines wrapped at 78
columns, "\\_\\_\\_" and "\\--" escaped at a line's start, "* * *" rules), pandoc (headings with
"{#id .class}" attributes, "::: {.class}" fenced divs, lines wrapped at 72 columns) and the
Obsidian web clipper (YAML front matter with title, source, author, published, created, tags).
Agencies: Yonhap, Reuters, AP, AFP on France 24, Bernama, PTI on Business Standard, Bloomberg, PA
Media, Kyodo, Xinhua, dpa and EFE. Every name and sentence here is made up; only the shapes are the
formats'.

Contract (the harness' fields), following the choices rounds seventeen to twenty-nine list as
settled: an agency in the byline's place fills the byline too; a byline's outlet or an affiliation
line names the source as printed ("Associated Press" of "By JANE DOE Associated Press"), an agency's
desk after its name gives the agency ("PA Political Correspondent" gives "PA"); "Source: X" is the
strongest source, Xinhua's one-line head record ("Source: Xinhua| ...|Editor: NAME") a head line
naming "Xinhua" (its editor no credit); "-- BERNAMA"-like sign-offs win over the dateline's agency;
Kyodo's "KYODO NEWS - Nov 5, 2026 - 15:12 | All, World" is a head line naming "KYODO NEWS";
Business Standard's "Press Trust of India | New Delhi" is a head line naming "Press Trust of India";
"New Delhi, Nov 5 (PTI)" with no dash is a dateline; reuters.com's "Exclusive:" label gives the tag
"Exclusive"; reporter e-mails, desk codes ("burs-jm/dc", "PTI ABC DEF"), Reuters' "Reporting by
...; Editing by ...", AP's contributors' line and Bloomberg's "With assistance from NAME." are
credits as printed without brackets or dashes; "___", "(END)", "Enditem", "Our Standards: ...",
"(Updates with ...)", "More stories like this are available on bloomberg.com", "==Kyodo",
Kyodo's "Related coverage:" block and the portals' syndication notes are trailers with no field;
the story's own copyright line under its closing lines is the ``copyright`` and a trailer, and a
site's footer notice fills ``copyright`` only when the story prints none of its own (round
twenty-two, reconciled); page chrome (menus, link-only lines, captions, "Read Next" / "Most read"
lists, footers) and leftovers between paragraphs are written outside the draft's head, body and
tail, so nothing is expected of them (one the wire pass takes counts as a false head line, trailer
or field). Choices made before the blind run, for what markdown adds:

- The text keeps markdown syntax as printed in every line that stays: cleannews is no markdown
  renderer, and provenance replays the input. A body sentence is expected in the output exactly as
  printed, its "**bold**", "[text](URL)" and "> " marks included; the bodies of the held-out
  templates carry none (the ground truth's paragraphs, wrapped by html2text and pandoc at 78 and
  72 columns, which the harness' whitespace-normalised match allows), the negatives' inserted
  paragraphs do, as the copy prints them.
- Head lines and trailers are whole lines as printed, markup included ("**By Jane Doe**",
  "By [Jane Doe](https://...) and [John Roe](https://...)", "_Updated 3:12 PM EST, November 5, 2026_",
  "[kimsy@yna.co.kr](mailto:kimsy@yna.co.kr)", "\\_\\_\\_", "\\-- BERNAMA",
  "_(Updates with analyst comment)_"). The fields are read without the markup: "**By Jane Doe**"
  gives the byline "Jane Doe", a linked name gives the name, "[kimsy@yna.co.kr](mailto:...)" the
  credit "kimsy@yna.co.kr", "_Associated Press writer NAME contributed to this report._" the credit
  without the underscores, "\\-- BERNAMA" the source "BERNAMA", "**Related coverage:**" is Kyodo's
  label.
- Tags come from the headline with its heading marks: "# (LEAD) HEADLINE", "# Exclusive: HEADLINE",
  a Setext headline ("(LEAD) HEADLINE" over "===="), and the same title repeated in Jina's
  "Title:" line above (one tag per label, not two).
- A bold dateline is a dateline: "**SEOUL, Nov. 5 (Yonhap)** --" and "**HAYWARD, Calif. (AP)** —"
  give place, date and agency as the plain ones; the bold marks are no part of the place.
- The tools' own records are chrome, not the story's metadata: Jina's header ("Title:", "URL
  Source:", "Published Time: 2026-11-05T10:41:00+09:00", "Markdown Content:"), trafilatura's and
  the Obsidian clipper's YAML blocks between "---" lines (their "author:" and "date:" keys
  included): nothing is expected of them; the story's own byline and time lines below the headline
  are the head lines and give the byline. Images ("![Image 1: CAPTION (AP Photo/NAME)](URL)"), "* * *"
  and "---" rules, pandoc's ":::" fence lines and link-only lines are chrome as well.

Blind first run (``python -m cleannews.evaluation.wire --data ../shared/data --misses``, the
held-out-30 and negatives-30 columns of the table as printed; 480 and 160 articles)::

    | field | held-out-30 P | held-out-30 R | negatives-30 P | negatives-30 R |
    | tags | 1.000 | 0.681 | – | – |
    | dateline place | 1.000 | 0.588 | – | – |
    | dateline agency | 0.872 | 0.682 | – | – |
    | dateline date | 1.000 | 0.617 | – | – |
    | byline | 1.000 | 0.200 | – | – |
    | source | 0.890 | 0.654 | – | – |
    | credits | 1.000 | 0.205 | – | – |
    | copyright | 1.000 | 0.628 | – | – |
    | trailers | 0.780 | 0.158 | – | – |
    | head lines | 0.554 | 0.219 | 0.000 | – |

Body sentences lost: held-out-30 14/3904, negatives-30 0/1503. Every other set printed what it prints
on main (ground-truth texts 2/94270).

440 of the 480 held-out-30 articles missed something; only ``pandoc-pa`` (heading attributes, fenced
divs, 72-column lines) came through whole. The misses, by cause (articles):

- markdown marks hide shapes the rules know in plain text. Bold datelines are not read
  ("**SEOUL, Nov. 5 (Yonhap)** --" 20 of jina-yonhap, "**BEIJING, Nov. 5 (Xinhua) --**" 24 of
  jina-xinhua, "**HAYWARD, Calif. (AP)** —" all 40 of html2text-ap-member: place, date, agency and
  the source with them); linked bylines "By [Jane Doe](URL) and [John Roe](URL)" are not read
  (firecrawl-reuters 40, jina-ap 40: no byline, the line stays), nor a bold "**By JANE DOE
  Associated Press**" and an italic "_Nov 5, 2026 Updated 3 hrs ago_" (html2text-ap-member 40);
  html2text's escapes hide sign-offs ("\\-- BERNAMA" 40: the source falls back to the dateline's
  "Bernama", Bernama's closing boilerplate stays with it; "\\_\\_\\_" 40); closing lines in italics
  or inside links are no credits or trailers ("_Associated Press writer NAME ... contributed ..._",
  "_--With assistance from NAME._", "_(Updates with ...)_", "*(Only the headline ... syndicated
  feed.)*", "[kimsy@yna.co.kr](mailto:...)" 40, "[Our Standards: ..., opens new tab](URL)" 40,
  Kyodo's "**Related coverage:**" block of link lines 40).
- the headline as a markdown heading under a page's chrome is not found as the title: no title on
  the Firecrawl, crawl4ai and trafilatura pages, so reuters.com's "# Exclusive: ..." gives no tag (15
  of 15: all of tags recall 0.681); under Jina's header the "Title: HEADLINE" line is taken as the
  title, prefix and all.
- the tools' own records: Jina's "Published Time: 2026-11-05T10:41:00+09:00" is taken as the head's
  timestamp line (120 held-out articles and all 40 of negatives-30's blog-subheads: head lines
  precision 0.554 and 0.000), while the story's own time line under the headline ("All News ...",
  "Updated ...") and Xinhua's "Source: Xinhua| ...|Editor: NAME" record stay (120); a YAML block at
  the top of the text hides the story from the wire pass: trafilatura's markdown with its metadata
  finds nothing (trafilatura-pti 40: dateline, source, head lines, credits, trailers), and the
  Obsidian clipper's front matter leaves its byline and time lines in (40), its "tags:" key read by
  the chrome pass as a "Tags" section heading (in 2 articles the whole story under it taken: 13 of
  the 14 sentences lost).
- chrome below the story hides or takes the closing lines: markdown menus ("* [Home](URL)") and
  "## Read more ..." lists under the story leave Yonhap's e-mail and "(END)" (40) and AFP's desk code
  and "© 2026 AFP" (40: no credit, no copyright) in the text; the chrome pass reads "©2026 Bloomberg
  L.P." as a section heading and takes the Bloomberg closing lines above it as chrome (40), and
  apnews' footer menu ("* [Terms of Use](URL)") takes AP's contributors' line as chrome (40): no wire
  trailer, no credit.
- false finds: Kyodo's "KYODO NEWS - Nov 5, 2026 - 15:12 | All, World" read as a dateline (agency
  "KYODO NEWS", no place), so the lede's "BEIJING -" is missed and the head line stays (40: all of
  agency precision 0.872); a "---" rule under the story taken as a trailer (dpa-efe 40: trailers
  precision 0.780).
- one html2text dateline wrapped over two lines not read (html2text-bernama-26); one sentence lost
  to rejoining, not to the wire pass: html2text wrapped a ground-truth "drinks in it- you'll pass"
  after "it-", and the line break was joined as a hyphenated word (html2text-ap-member-20).

negatives-30 kept every body sentence (0/1503): bold dispatches in block quotes, linked agency
credits, "**By the numbers:**", "**Related:** [Reuters: ...](URL)" leftovers, a "## Most read" list
of tagged, timed headlines, a table of datelines and "## " subheads naming agencies were all left
alone; its one miss is Jina's "Published Time:" line (above).

No template bug was found in the misses, so the figures above are the first and only blind run. The
settled contract of rounds seventeen to twenty-nine names no markdown shape, so no choice above
contradicts it; the choices the rules answer differently are this round's own: Jina's header and the
YAML blocks as the tools' records (the rules take "Published Time:" as the story's time line) and
markup kept in the text (no body sentence was lost to it).

After fitting (branch ``fit30``; the same articles), the held-out-30 and negatives-30 columns as
printed::

    | field | held-out-30 P | held-out-30 R | negatives-30 P | negatives-30 R |
    | tags | 1.000 | 0.894 | – | – |
    | dateline place | 1.000 | 1.000 | – | – |
    | dateline agency | 1.000 | 1.000 | – | – |
    | dateline date | 1.000 | 1.000 | – | – |
    | byline | 1.000 | 1.000 | – | – |
    | source | 1.000 | 1.000 | – | – |
    | credits | 1.000 | 1.000 | – | – |
    | copyright | 1.000 | 1.000 | – | – |
    | trailers | 1.000 | 0.980 | – | – |
    | head lines | 1.000 | 0.976 | – | – |

Body sentences lost: held-out-30 1/3904 (the html2text hyphen break "it-" joined by the rejoin pass's
known hyphen rule, left as it is), negatives-30 0/1503. Every other set printed what it printed
before (ground-truth texts 2/94270; real page heads wcxb 0.847 / 0.750, zyte 0.917 / 0.881).

What was fixed, by cause: the wire rules read each line through a markdown-free view
(``cleannews/wire/markdown.py``: emphasis around the line or a leading part of it, a heading's "#"s,
links as their text, html2text's escapes; a line with no mark costs one regex search), and what they
take is the line as printed, a cut recording its exact text with the marks around it (bold and
plain datelines, linked and bold bylines, italic time and closing lines, "\\-- BERNAMA",
"\\_\\_\\_", e-mails in links, "**Related coverage:**", "# (LEAD) ..." and Setext headlines);
chrome's closing-line reader and the wire's reading of lines chrome took (head and closing) use the
same view (AP's italic contributors' line above apnews' footer menu, reuters.com's linked byline
under a head chrome took); Jina's header and YAML front matter are chrome (the 13 + 1 sentences
under Obsidian's "tags:" and Jina's "Published Time:" line, 160 false head lines, trafilatura's
metadata hiding the story); a "---" or "* * *" rule and a menu of links under the story are passed
over, never trailers (dpa-efe 40); a provider over its time with year and clock ("KYODO NEWS - Nov
5, 2026 - 15:12 | All, World") is no dateline (40: agency precision 1.000); the head's walk passes a
page's menu of links over the story, and a markdown heading under it is the headline (Kyodo's
provider line, Bernama's time line).

Still missed: reuters.com's head when the chrome pass starts the article at the image below it (5
"Exclusive" tags, 3 articles' head lines, taken by chrome, the byline still read).

Reconciled after the fit (the lead): Bernama's promotional note under its sign-off is a closing line
with no field (the agency appends it to every story, as other agencies' promotions under their
credits are), here and in round twenty-two, whose template had it as the page's. With the note in
the lexicon (asia.toml): held-out-30 trailers 0.980 -> 1.000, held-out-22 trailers precision 1.000.
"""

from __future__ import annotations

import random
import textwrap
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cleannews.evaluation.wire import Case, Draft, Template

WRITERS = [
    "Jane Doe",
    "John Roe",
    "Hana Okafor",
    "Pedro Almeida",
    "Lena Fischer",
    "Arjun Mehta",
    "Siobhan Kelly",
    "Tomasz Nowak",
    "Grace Liang",
    "Omar Haddad",
]
KYODO = "https://english.kyodonews.net/news"
CAPS_WRITERS = ["JANE DOE", "JOHN ROE", "HANA OKAFOR", "PEDRO ALMEIDA", "GRACE LIANG"]


def _md(d: Draft, wrap: int = 0) -> Draft:
    """Turn the harness' draft into a markdown draft: leftovers between the head and the lede and
    between paragraphs, paragraphs wrapped at ``wrap`` columns, an optional missing headline."""
    from cleannews.evaluation.wire import Draft as Base

    class MarkdownDraft(Base):
        between: list[str]
        leftovers: dict[int, list[str]]
        wrap: int

        def _fill(self, text: str) -> str:
            if not self.wrap:
                return text
            return textwrap.fill(text, self.wrap, break_long_words=False, break_on_hyphens=False)

        def text(self) -> str:
            head = [self.head_joint.join(self.head)] if self.head else []
            top = [t for t in (self.title, *self.dek) if t]
            blocks = [*top, *head, *self.between, self._fill(f"{self.dateline} {self.lede}".strip())]
            for i, paragraph in enumerate(self.body):
                blocks += self.leftovers.get(i, [])
                blocks.append(self._fill(paragraph))
            out = "\n\n".join(blocks)
            if self.tail:
                out += "\n\n" + ("\n\n" if self.tail_blank else "\n").join(self.tail)
            out += "\n"
            if above := "\n".join(self.page_above):
                out = f"{above}\n\n{out}"
            if below := "\n".join(self.page_below):
                out = f"{out}\n{below}\n"
            return out

    d.__class__ = MarkdownDraft
    md: MarkdownDraft = d  # type: ignore[assignment]
    md.between, md.leftovers, md.wrap = [], {}, wrap
    return md


def _leftover(d: Draft, text: str, rng: random.Random) -> None:
    if d.body:
        d.leftovers.setdefault(rng.randrange(len(d.body)), []).append(text)  # type: ignore[attr-defined]


def _between(d: Draft, text: str) -> None:
    d.between.append(text)  # type: ignore[attr-defined]


def _slug(title: str) -> str:
    return "-".join("".join(ch for ch in w.lower() if ch.isalnum()) for w in title.split()[:8])


def _when(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(2, 27), rng.randint(1, 11), rng.randint(10, 59)


def _jina(d: Draft, title: str, url: str, published: str) -> None:
    d.page_above = [
        f"Title: {title}",
        "",
        f"URL Source: {url}",
        "",
        f"Published Time: {published}",
        "",
        "Markdown Content:",
    ]


def _headline(rng: random.Random, title: str) -> str:
    if rng.random() < 0.5:
        return f"{title}\n{'=' * len(title)}"
    return f"# {title}"


def _front_matter(fields: list[tuple[str, str]]) -> list[str]:
    lines = ["---"]
    for key, value in fields:
        lines.append(f"{key} {value}" if key.endswith("-") else f"{key}: {value}" if value else f"{key}:")
    return [*lines, "---"]


# --- held-out -------------------------------------------------------------------------------------


def h_jina_yonhap(rng: random.Random, d: Draft, c: Case) -> None:
    """Yonhap English through Jina Reader: its header, the headline, the time line, a bold dateline."""
    d = _md(d)
    c.tags = rng.choice([("LEAD",), ("2nd LD",), ("URGENT",), ("News Focus",), ()])
    title = " ".join(f"({t})" for t in c.tags) + (" " if c.tags else "") + d.title
    day, hour, minute = _when(rng)
    url = f"https://en.yna.co.kr/view/AEN202611{day:02d}00{rng.randint(1000, 9999)}315"
    _jina(d, title, url, f"2026-11-{day:02d}T{hour:02d}:{minute:02d}:00+09:00")
    d.title = _headline(rng, title)
    d.head.append(f"All News {hour:02d}:{minute:02d} November {day:02d}, 2026")
    if rng.random() < 0.5:
        _between(d, f"![Image 1: This file photo shows officials at a meeting in Seoul. (Yonhap)]({url}.jpg)")
    c.place, c.date, c.agency, c.source = "SEOUL", f"Nov. {day}", "Yonhap", "Yonhap"
    d.dateline = f"**SEOUL, Nov. {day} (Yonhap)** --" if rng.random() < 0.6 else f"SEOUL, Nov. {day} (Yonhap) --"
    email = f"{rng.choice(['kimsy', 'hague', 'elly', 'jaeyoung'])}@yna.co.kr"
    c.credits = (email,)
    d.tail = [f"[{email}](mailto:{email})" if rng.random() < 0.6 else email, "(END)"]
    d.tail_blank = rng.random() < 0.5
    d.page_below = [
        "",
        "* [Home](https://en.yna.co.kr/)",
        "* [National](https://en.yna.co.kr/nk/index)",
        "* [North Korea](https://en.yna.co.kr/nk/index)",
    ]


def h_firecrawl_reuters(rng: random.Random, d: Draft, c: Case) -> None:
    """reuters.com through Firecrawl: skip link and menu, linked bylines, the glued time line."""
    d = _md(d)
    exclusive = rng.random() < 0.4
    c.tags = ("Exclusive",) if exclusive else ()
    url = f"https://www.reuters.com/world/{_slug(d.title)}-2026-11-05/"
    d.page_above = [
        f"[Skip to main content]({url}#main-content)",
        "",
        "[Exclusive news, data and analytics for financial market professionals Learn more about"
        " Refinitiv](https://www.reuters.com/differentiator/)",
        "",
        "* [World](https://www.reuters.com/world/)",
        "* [Business](https://www.reuters.com/business/)",
        "* [Markets](https://www.reuters.com/markets/)",
    ]
    d.title = "# " + ("Exclusive: " if exclusive else "") + d.title
    writers = rng.sample(WRITERS, rng.choice([1, 2]))
    c.byline = " and ".join(writers)
    linked = [f"[{w}](https://www.reuters.com/authors/{_slug(w)}/)" for w in writers]
    d.head.append("By " + " and ".join(linked))
    day, hour, minute = _when(rng)
    d.head.append(f"November {day}, 2026{hour}:{minute:02d} PM GMTUpdated {rng.randint(2, 9)} hours ago")
    if rng.random() < 0.5:
        _between(
            d,
            f"![A man walks past a sign in the city, November {day}, 2026. REUTERS/{rng.choice(WRITERS)}]"
            f"(https://www.reuters.com/resizer/v2/ABC{rng.randint(100, 999)}.jpg?auth=x&width=1200)",
        )
    city = rng.choice(["LONDON", "WASHINGTON", "BRUSSELS", "SINGAPORE"])
    c.place, c.date, c.agency, c.source = city, f"Nov {day}", "Reuters", "Reuters"
    d.dateline = f"{city}, Nov {day} (Reuters) -"
    who = rng.sample(WRITERS, 2)
    credit = f"Reporting by {who[0]}; Editing by {who[1]}"
    c.credits = (credit,)
    d.tail = [
        credit,
        "[Our Standards: The Thomson Reuters Trust Principles., opens new tab]"
        "(https://www.thomsonreuters.com/en/about-us/trust-principles.html)",
    ]
    d.page_below = [
        "",
        "## Read Next",
        "",
        f"* [Oil prices slip as supply outlook dims](https://www.reuters.com/markets/oil-{day}/) {hour} hours ago",
        "* [Central bank holds rates steady](https://www.reuters.com/markets/rates/) 5 hours ago",
    ]
    if rng.random() < 0.5:
        c.copyright = "© 2026 Reuters. All rights reserved"
        d.page_below += ["", "* [Contact Us](https://www.reuters.com/contact/)", "", c.copyright]


def h_jina_ap(rng: random.Random, d: Draft, c: Case) -> None:
    """apnews.com through Jina Reader: a linked byline in capitals, the time line, Jina's image lines."""
    d = _md(d)
    day, hour, minute = _when(rng)
    url = f"https://apnews.com/article/{_slug(d.title)}-{rng.randint(10**9, 10**10 - 1):x}"
    _jina(d, d.title, url, f"2026-11-{day:02d}T{hour + 12:02d}:{minute:02d}:00Z")
    d.title = _headline(rng, d.title)
    writer = rng.choice(CAPS_WRITERS)
    c.byline = writer
    d.head.append(f"By [{writer}](https://apnews.com/author/{_slug(writer)})")
    d.head.append(f"Updated {hour}:{minute:02d} PM EST, November {day}, 2026")
    if rng.random() < 0.6:
        _between(
            d,
            f"![Image 1: Officials speak to reporters, Nov. {day}, 2026. (AP Photo/{rng.choice(WRITERS)})]"
            f"(https://dims.apnews.com/dims4/default/{rng.randint(1000, 9999)}/2147483647/strip/true/a.jpg)",
        )
    place = rng.choice(["WASHINGTON", "NEW YORK", "HAYWARD, Calif.", "ST. LOUIS"])
    c.place, c.agency, c.source = place, "AP", "AP"
    d.dateline = f"{place} (AP) —"
    contributor = rng.choice(WRITERS)
    credit = f"Associated Press writer {contributor} in Washington contributed to this report."
    c.credits = (credit,)
    d.tail = ["___", f"_{credit}_"]
    c.copyright = "Copyright 2026 The Associated Press. All Rights Reserved."
    d.page_below = [
        "",
        "* [Contact Us](https://apnews.com/hub/contact-us)",
        "* [Terms of Use](https://apnews.com/termsofservice)",
        "",
        c.copyright,
    ]


def h_crawl4ai_afp(rng: random.Random, d: Draft, c: Case) -> None:
    """AFP on France 24 through crawl4ai: glued issue and modified stamps, desk code, AFP's notice."""
    d = _md(d)
    d.page_above = [
        "[Skip to main content](https://www.france24.com/en/#main)",
        "",
        "* [Live](https://www.france24.com/en/live)",
        "* [Europe](https://www.france24.com/en/europe/)",
    ]
    d.title = "# " + d.title
    day, hour, minute = _when(rng)
    d.head.append(
        f"Issued on: {day:02d}/11/2026 - {hour + 8:02d}:{minute:02d}"
        f"Modified: {day:02d}/11/2026 - {hour + 10:02d}:{minute:02d}"
    )
    if rng.random() < 0.5:
        _between(
            d,
            f"![Protesters gather in the capital on November {day}, 2026. © Jane Doe, AFP]"
            "(https://s.france24.com/media/display/abc/w:1280/p:16x9/photo.webp)",
        )
    place = rng.choice(["Paris", "Geneva", "Nairobi", "Bangkok"])
    c.place, c.agency, c.source = place, "AFP", "AFP"
    d.dateline = f"{place} (AFP) –"
    code = f"{rng.choice(['burs', 'bur'])}-{rng.choice(['jm', 'sst', 'tw'])}/{rng.choice(['dc', 'gv', 'rox'])}"
    c.credits = (code,)
    c.copyright = "© 2026 AFP"
    d.tail = [code, c.copyright]
    d.tail_blank = rng.random() < 0.5
    d.page_below = [
        "",
        "## Read more on the same topic",
        "",
        "* [EU leaders meet in Brussels](https://www.france24.com/en/europe/x)",
    ]


def h_html2text_bernama(rng: random.Random, d: Draft, c: Case) -> None:
    """Bernama's own page through html2text: wrapped at 78 columns, the sign-off escaped "\\-- BERNAMA"."""
    d = _md(d, wrap=78)
    d.page_above = [
        "[ ![BERNAMA](https://www.bernama.com/en/images/logo.png) ](https://www.bernama.com/en/)",
        "",
        "  * [General](https://www.bernama.com/en/general/)",
        "  * [Business](https://www.bernama.com/en/business/)",
    ]
    d.title = "# " + d.title.upper() if rng.random() < 0.3 else "# " + d.title
    day, hour, minute = _when(rng)
    d.head.append(f"{day:02d}/11/2026 {hour:02d}:{minute:02d} PM")
    place = rng.choice(["KUALA LUMPUR", "PUTRAJAYA", "GEORGE TOWN"])
    c.place, c.date, c.agency = place, f"Nov {day}", "Bernama"
    d.dateline = f"{place}, Nov {day} (Bernama) --"
    c.source = "BERNAMA"
    d.tail = ["\\-- BERNAMA"]
    if rng.random() < 0.5:
        note = (
            "BERNAMA provides up-to-date authentic and comprehensive news and information which are"
            " disseminated via BERNAMA Wires; www.bernama.com; BERNAMA TV on Astro 502, unifi TV 631"
            " and MYTV 121 channels and BERNAMA Radio on FM93.9 (Klang Valley), FM107.5 (Johor Bahru),"
            " FM107.9 (Kota Kinabalu) and FM100.9 (Kuching) frequencies."
        )
        d.tail.append(note)
    d.page_below = ["", "* * *", "", "  * [Terms of Use](https://www.bernama.com/en/terms.php)"]


def h_trafilatura_pti(rng: random.Random, d: Draft, c: Case) -> None:
    """PTI on Business Standard through trafilatura's markdown with its metadata block."""
    d = _md(d)
    day, hour, minute = _when(rng)
    d.page_above = _front_matter(
        [
            ("title", d.title),
            ("author", "Press Trust of India"),
            ("url", f"https://www.business-standard.com/india-news/{_slug(d.title)}-1261105{day:02d}.html"),
            ("hostname", "business-standard.com"),
            ("sitename", "Business Standard"),
            ("date", f"2026-11-{day:02d}"),
        ]
    )
    d.title = "# " + d.title
    c.source = "PTI"
    if rng.random() < 0.5:
        d.head.append("Press Trust of India | New Delhi")
        c.source = "Press Trust of India"
    d.head.append(f"Last Updated : Nov {day:02d} 2026 | {hour}:{minute:02d} PM IST")
    c.place, c.date, c.agency = "New Delhi", f"Nov {day}", "PTI"
    d.dateline = f"New Delhi, Nov {day} (PTI)"
    code = "PTI " + " ".join(rng.sample(["ABC", "SKU", "ANB", "RT", "KVK", "DV"], 3))
    c.credits = (code,)
    d.tail = [
        code,
        "*(Only the headline and picture of this report may have been reworked by the Business Standard"
        " staff; the rest of the content is auto-generated from a syndicated feed.)*",
    ]


def h_obsidian_bloomberg(rng: random.Random, d: Draft, c: Case) -> None:
    """Bloomberg clipped with the Obsidian web clipper: front matter, no headline, bloomberg.com's
    byline and time lines, "(Bloomberg) --", the closing notes in italics."""
    d = _md(d)
    writers = rng.sample(WRITERS, rng.choice([1, 2]))
    day, hour, minute = _when(rng)
    d.page_above = _front_matter(
        [
            ("title", f'"{d.title}"'),
            ("source", f'"https://www.bloomberg.com/news/articles/2026-11-{day:02d}/{_slug(d.title)}"'),
            ("author", ""),
            *[("  -", f'"[[{w}]]"') for w in writers],
            ("published", f"2026-11-{day:02d}"),
            ("created", "2026-11-30"),
            ("description", '"Markets and policy news."'),
            ("tags", ""),
            ("  -", '"clippings"'),
        ]
    )
    d.title = ""
    c.byline = " and ".join(writers)
    d.head.append(f"By {c.byline}")
    d.head.append(f"November {day}, 2026 at {hour}:{minute:02d} AM EST")
    c.agency, c.source = "Bloomberg", "Bloomberg"
    d.dateline = "(Bloomberg) --"
    helper = rng.choice(WRITERS)
    c.credits = (f"With assistance from {helper}.",)
    d.tail = [f"_--With assistance from {helper}._"]
    if rng.random() < 0.5:
        d.tail.append("_(Updates with analyst comment in fifth paragraph.)_")
    d.tail.append("_More stories like this are available on [bloomberg.com](https://www.bloomberg.com/)_")
    c.copyright = "©2026 Bloomberg L.P."
    d.tail.append(c.copyright)


def h_pandoc_pa(rng: random.Random, d: Draft, c: Case) -> None:
    """PA Media copy converted with pandoc: heading attributes, fenced divs, 72-column lines."""
    d = _md(d, wrap=72)
    d.page_above = ["::: {.site-header}", "[Home](/) [UK](/uk) [Politics](/politics)", ":::", "", "::: {.article}"]
    d.title = f"# {d.title} {{#headline .article-title}}"
    writer = rng.choice(WRITERS)
    c.byline = writer
    c.source = "PA"
    d.head.append(f"By {writer}, PA {rng.choice(['Political', 'Home Affairs', 'Westminster'])} Correspondent")
    day, hour, minute = _when(rng)
    d.head.append(f"Published {day} November 2026 {hour}:{minute:02d}pm")
    d.page_below = [":::", "", "::: {.footer}", "[Contact us](/contact) [Privacy](/privacy)", ":::"]


def h_firecrawl_kyodo(rng: random.Random, d: Draft, c: Case) -> None:
    """Kyodo News' English page through Firecrawl: the provider and time line, "Related coverage:"."""
    d = _md(d)
    d.page_above = [
        "* [Latest](https://english.kyodonews.net/news/)",
        "* [Japan](https://english.kyodonews.net/news/japan/)",
    ]
    d.title = "## " + d.title if rng.random() < 0.3 else "# " + d.title
    day, hour, minute = _when(rng)
    d.head.append(f"KYODO NEWS - Nov {day}, 2026 - {hour + 10:02d}:{minute:02d} | All, World")
    c.source = "KYODO NEWS"
    c.place = rng.choice(["TOKYO", "BEIJING", "WASHINGTON"])
    d.dateline = f"{c.place} -"
    d.tail = [
        "**Related coverage:**",
        f"[Japan, China agree to resume high-level talks]({KYODO}/2026/11/{rng.randint(1000, 9999)}.html)",
        f"[Japan's exports rise for third month]({KYODO}/2026/10/{rng.randint(1000, 9999)}.html)",
    ]
    d.tail_blank = rng.random() < 0.5


def h_jina_xinhua(rng: random.Random, d: Draft, c: Case) -> None:
    """Xinhua English through Jina Reader: the one-line head record, a bold dateline, "Enditem"."""
    d = _md(d)
    day, hour, minute = _when(rng)
    url = f"https://english.news.cn/20261105/{rng.randint(10**8, 10**9):x}/c.html"
    _jina(d, d.title + "-Xinhua", url, f"2026-11-{day:02d}T{hour:02d}:{minute:02d}:00+08:00")
    d.title = _headline(rng, d.title)
    d.head.append(
        f"Source: Xinhua| 2026-11-{day:02d} {hour + 10:02d}:{minute:02d}:30|"
        f"Editor: {rng.choice(['Li Ming', 'Wang Jie', 'Zhang Yu'])}"
    )
    place = rng.choice(["BEIJING", "SHANGHAI", "UNITED NATIONS"])
    c.place, c.date, c.agency, c.source = place, f"Nov. {day}", "Xinhua", "Xinhua"
    d.dateline = f"**{place}, Nov. {day} (Xinhua) --**" if rng.random() < 0.5 else f"{place}, Nov. {day} (Xinhua) --"
    d.tail = ["Enditem"]
    c.copyright = "Copyright © 2000-2026 XINHUANET.com All rights reserved."
    d.page_below = ["", "* [Back to Top](#)", "* [Close](javascript:window.close())", "", c.copyright]


def h_html2text_ap_member(rng: random.Random, d: Draft, c: Case) -> None:
    """AP copy on a member paper through html2text: bold byline with the affiliation, bold dateline,
    "\\_\\_\\_" escaped, the contributors' line and the full notice under the story."""
    d = _md(d, wrap=78)
    d.title = "# " + d.title
    writer = rng.choice(CAPS_WRITERS)
    c.byline, c.source = writer, "Associated Press"
    d.head.append(f"**By {writer} Associated Press**")
    day = rng.randint(2, 27)
    d.head.append(f"_Nov {day}, 2026 Updated {rng.randint(2, 9)} hrs ago_")
    place = rng.choice(["HAYWARD, Calif.", "WINSTON-SALEM, N.C.", "WASHINGTON"])
    c.place, c.agency = place, "AP"
    d.dateline = f"**{place} (AP)** —"
    contributor = rng.choice(WRITERS)
    credit = f"Associated Press writer {contributor} in New York contributed to this report."
    c.credits = (credit,)
    c.copyright = (
        "Copyright 2026 The Associated Press. All rights reserved. This material may not be published,"
        " broadcast, rewritten or redistributed without permission."
    )
    d.tail = ["\\_\\_\\_", f"_{credit}_", c.copyright]
    d.page_below = ["", "* * *", "", "  * [Sign up for our newsletter](https://example-gazette.com/newsletters/)"]


def h_dpa_efe(rng: random.Random, d: Draft, c: Case) -> None:
    """dpa and EFE English through Firecrawl: a provider line in bold over the time, the bare datelines."""
    d = _md(d)
    d.title = "# " + d.title
    day, hour, minute = _when(rng)
    if rng.random() < 0.5:
        c.place, c.agency, c.source = rng.choice(["Berlin", "Hamburg", "Brussels"]), "dpa", "dpa"
        d.head.append(f"{day:02d}.11.2026, {hour + 10:02d}:{minute:02d}")
        d.dateline = f"{c.place} (dpa) -"
    else:
        c.place, c.date, c.agency, c.source = rng.choice(["Madrid", "Bogota", "Lima"]), f"Nov {day}", "EFE", "EFE"
        d.dateline = f"{c.place}, {c.date} (EFE).-"
        code = f"{rng.choice(['ab', 'jgb', 'mcm'])}/{rng.choice(['cd', 'pddp', 'ads'])}"
        c.credits = (code,)
        d.tail = [code]
    d.page_below = ["", "---", "", "[Back to top](#top)"]


# --- negatives ------------------------------------------------------------------------------------


def n_staff_quotes(rng: random.Random, d: Draft, c: Case) -> None:
    """A staff story through Firecrawl whose paragraphs quote an agency dispatch in bold, a block
    quote with a dateline and a linked credit; "**By the numbers:**" opens a paragraph."""
    d = _md(d)
    d.title = "# " + d.title
    day = rng.randint(2, 27)
    quotes = [
        f"> **SEOUL, Nov. {day} (Yonhap) --** North Korea fired a ballistic missile toward the East Sea on"
        " Thursday, the first dispatch said.",
        f"The figures were first reported by [Reuters](https://www.reuters.com/world/x-2026-11-{day:02d}/)"
        " on Monday, citing two people familiar with the matter.",
        "**By the numbers:** Exports rose 4.2% in October from a year earlier, the third monthly gain in a row.",
    ]
    for paragraph in rng.sample(quotes, 2):
        d.body.insert(rng.randint(0, len(d.body)), paragraph)


def n_related_chrome(rng: random.Random, d: Draft, c: Case) -> None:
    """A staff page through crawl4ai: "**Related:** [Reuters ...](...)" lines between paragraphs and a
    "## Most read" list of tagged, timed headlines under the story."""
    d = _md(d)
    d.title = "# " + d.title
    _leftover(
        d, "**Related:** [Reuters: Oil prices fall as demand worries grow](https://example-news.com/related/oil)", rng
    )
    _leftover(
        d, "**Read more:** [AP: Storm forces evacuations on the coast](https://example-news.com/related/storm)", rng
    )
    d.page_below = [
        "",
        "## Most read",
        "",
        "1. [(LEAD) N. Korea fires ballistic missile into East Sea](https://example-news.com/a) 2 hours ago",
        "2. [UPDATE 2-Stocks slide as bond yields climb](https://example-news.com/b) 3 hours ago",
        "3. [By Jane Doe: Why the talks stalled](https://example-news.com/c) 5 hours ago",
    ]


def n_blog_subheads(rng: random.Random, d: Draft, c: Case) -> None:
    """A blog post through Jina Reader with "## " subheads naming agencies and a last paragraph that
    quotes "(END)" and credits in prose."""
    d = _md(d)
    title = d.title
    _jina(d, title, f"https://example-blog.net/2026/11/{_slug(title)}/", "2026-11-05T08:00:00Z")
    d.title = "# " + title
    d.body.insert(min(1, len(d.body)), "## What Yonhap and Reuters reported")
    d.body.append(
        "Wire stories end with a short code such as **(END)** or a line like _Reporting by ...; Editing by"
        " ..._, which tells editors who worked on the copy."
    )


def n_table_datelines(rng: random.Random, d: Draft, c: Case) -> None:
    """A staff explainer through trafilatura with a markdown table of agency datelines in its body."""
    d = _md(d)
    d.title = "# " + d.title
    day = rng.randint(2, 27)
    table = "\n".join(
        [
            "| Time | Agency | First line |",
            "| --- | --- | --- |",
            f"| 10:41 | Yonhap | SEOUL, Nov. {day} (Yonhap) -- North Korea fired a missile |",
            f"| 10:58 | Reuters | SEOUL, Nov {day} (Reuters) - North Korea fired a ballistic missile |",
            "| 11:05 | AP | SEOUL, South Korea (AP) — North Korea fired a missile |",
        ]
    )
    d.body.insert(min(2, len(d.body)), table)


HELD_OUT_30: dict[str, Template] = {
    "jina-yonhap": h_jina_yonhap,
    "firecrawl-reuters": h_firecrawl_reuters,
    "jina-ap": h_jina_ap,
    "crawl4ai-afp": h_crawl4ai_afp,
    "html2text-bernama": h_html2text_bernama,
    "trafilatura-pti": h_trafilatura_pti,
    "obsidian-bloomberg": h_obsidian_bloomberg,
    "pandoc-pa": h_pandoc_pa,
    "firecrawl-kyodo": h_firecrawl_kyodo,
    "jina-xinhua": h_jina_xinhua,
    "html2text-ap-member": h_html2text_ap_member,
    "dpa-efe": h_dpa_efe,
}

NEGATIVES_30: dict[str, Template] = {
    "staff-quotes": n_staff_quotes,
    "related-chrome": n_related_chrome,
    "blog-subheads": n_blog_subheads,
    "table-datelines": n_table_datelines,
}
