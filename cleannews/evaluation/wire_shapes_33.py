"""Round-thirty-three templates for the wire harness: Yonhap and the main agencies' Korea copy, fresh.

Written blind, before any round-thirty-three rule and without reading the rules or the earlier rounds'
templates (round twenty-six wrote Yonhap once; its template was not read), from the seed
(``../shared/seed/000_2d0b4bed61e9544a.txt``: a "(LEAD)" Yonhap story on a WordPress aggregator under
"Search" / "Close this search box." twice, closing on "Source: Yonhap News Agency") and from how ONE
mainstream Korea story (North Korea, the economy, politics, K-pop and culture, sports, defence) reaches
users in 2024-2026: Yonhap's English site (en.yna.co.kr) copied whole with a browser's select-all, its
article view as BeautifulSoup's ``get_text("\\n")`` prints it (one line per element, no blank lines,
names and links of the paragraphs on lines of their own), an extractor's output; Yonhap's Korean page
("[속보]", "(서울=연합뉴스) NAME 기자 =", "송고" lines, "제보는 카카오톡 okjebo", "<저작권자(c) 연합뉴스, ...>");
the sites that reprint Yonhap (the Korea Herald's "By Yonhap" and a closing "(Yonhap)", the Korea Times'
provider line over "Posted : ... | Updated : ...", the Korea JoongAng Daily's "YONHAP
[english@joongang.co.kr]", Korea Bizwire, MSN's "Story by NAME", the seed's WordPress aggregator); and
Reuters, AP, AFP, Kyodo and Xinhua stories datelined SEOUL or PYONGYANG on their own pages. Every name,
address and sentence here is made up; only the shapes are the pages'. The one Korean page takes Korean
bodies (its template's name ends in "-ko").

Contract (the harness' fields), following the choices rounds seventeen to thirty-two list as settled:

- Tags: every bracketed label of the headline as printed, several in a row in order ("(LEAD) (Asiad)"
  gives "LEAD", "Asiad"); "(EDITORIAL from Korea JoongAng Daily on Nov. 30)" gives "EDITORIAL from
  Korea JoongAng Daily on Nov. 30" (the date is part of the label; an editorial has no dateline and
  names no source); Korean "[속보]", "[2보]", "[종합]", "[종합2보]", "[인터뷰]" give the label inside the
  brackets. A tagged headline in a page's list ("Most Viewed", "Articles with the same keyword",
  "Latest News") is not the story's tag.
- ``place``, ``date``, ``agency`` as the dateline prints them: "SEOUL, Nov. 30 (Yonhap) --" (place
  SEOUL, date "Nov. 30", agency Yonhap), "(서울=연합뉴스) 김수연 기자 =" (place 서울, agency 연합뉴스, byline
  김수연, no date), "SEOUL, South Korea (AP) —" (the place with its country as printed), "Seoul (AFP) -",
  "PYONGYANG, Nov. 30 (Xinhua) --", "SEOUL, Nov 30 (Reuters) -", Kyodo's "SEOUL -" (place only).
- ``byline``: the writer's name as printed ("By Kang Yoo-jin" gives "Kang Yoo-jin", "By PARK MIN-JI"
  gives "PARK MIN-JI", two writers joined by "and" as printed); an agency in the byline's place fills
  it too ("By Yonhap" gives byline and source "Yonhap"); France 24's "By: NEWS WIRES" fills it as
  printed and names no source; MSN's "Story by NAME • 3h" gives NAME (a head line).
- ``source``: "Source: X" is the strongest ("Source: Yonhap News Agency"); then an agency named in the
  head by the byline or a provider line as printed ("Yonhap" of the Korea Times, "Yonhap News Agency"
  of MSN, "KYODO NEWS" of Kyodo's head line, "Xinhua" of Xinhua's one-line source record); then the
  dateline's agency (Yonhap's own page: "Yonhap"; "연합뉴스"; "Reuters", "AP", "AFP"); then a closing
  sign-off as printed ("(Yonhap)" gives "Yonhap", the JoongAng Daily's "YONHAP [english@...]" gives
  "YONHAP" and its address is a credit).
- Head lines (out of the text): the story's byline, provider and time lines between the headline and
  the lede, as printed: "11:20 November 30, 2026", "All News 11:20 November 30, 2026", "North Korea
  09:05 November 30, 2026" (section and time on one line), "2026-11-30 11:20", "Updated : 2026-11-30
  14:02", "Posted : 2026-11-30 11:20 | Updated : 2026-11-30 14:02", "Published : Nov. 30, 2026 -
  11:20", "Published: 30 Nov. 2026, 11:20", "송고2026-11-30 11:20", "By NAME", "By Yonhap",
  "Yonhap", "Yonhap News Agency", "Story by NAME • 3h", Yonhap's "(ATTN: ...)" note, reuters.com's glued
  "November 30, 20262:14 PM GMT+9Updated 2 hours ago", AP's "Updated 3:12 AM GMT+9, November 30, 2026",
  France 24's "Issued on: 30/11/2026 - 11:20", Kyodo's "KYODO NEWS - Nov 30, 2026 - 11:20 | All,
  World", Xinhua's "Source: Xinhua| 2026-11-30 11:20:15|Editor: NAME" (its editor no credit).
- Trailers (out of the text): the story's closing lines from its last paragraph down to the first line
  of chrome: reporter e-mails (credits), "(END)", "Source: Yonhap News Agency", "Yonhap News Agency
  (All rights reserved)" (the story's ``copyright`` as printed), a closing "(Yonhap)", "YONHAP
  [english@joongang.co.kr]" (the address a credit), "제보는 카카오톡 okjebo", the closing "2026/11/30
  11:20 송고" line, "<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>" (the ``copyright``),
  Reuters' "Reporting by ...; Editing by ..." (a credit as printed without brackets) and "Our
  Standards: The Thomson Reuters Trust Principles., opens new tab", AP's "___" and contributors' line
  (a credit), AFP's desk code ("kjs/ssy", a credit) and "© 2026 AFP" (the ``copyright``), Xinhua's
  "Enditem".
- Page chrome is no field (round twenty-two): menus, search boxes, the section label alone on its line
  ("All News", "North Korea", "K-pop"), photo captions ending "(Yonhap)", "Yonhap photo" or
  "(Copyright)" (a caption block under the headline), font and share buttons, keyword lists ("#North
  Korea"), "Articles with the same keyword", "Most Viewed" and "Latest News" lists with "(LEAD)"
  headlines and times, the footer -- written outside the draft's head, body and tail (``page_above``,
  ``page_below``, the caption block), so nothing is expected of it; the footer's copyright notice
  fills ``copyright`` only when the story prints none of its own (round twenty-two, reconciled).

Choices made before the blind run, for the details of this round:

- BeautifulSoup's one-line-per-element text of Yonhap's page: head lines on adjacent lines, the
  closing lines on adjacent lines, and a paragraph broken into lines where its inline links and names
  were (at word boundaries: "talks with\\nGen. Christopher Reyes\\nin Seoul"): those paragraphs are
  body, and every sentence of them must reach the output (with a space where the line broke). Words
  broken inside (the seed's "bolste\\nr") are not written: the harness compares sentences as the
  template wrote them, so a correctly rejoined word would count as lost.
- The Korea Herald prints Yonhap's story under "By Yonhap" and "Published : ..." without the
  dateline and closes it with "(Yonhap)": byline and source "Yonhap", no place. Its footer notice
  ("Copyright Herald Corporation. All Rights Reserved.") fills ``copyright`` when written.
- Korea Bizwire prints Yonhap's dateline and a closing "(Yonhap)" under a date line ("November 30,
  2026"): source "Yonhap" (the dateline's and the sign-off's agree).
- Kyodo's Korea story on its own site opens "SEOUL -" under its "KYODO NEWS - ..." head line: place
  SEOUL, no dateline agency, source "KYODO NEWS".
- "(Olympics)" and "(Paris Olympics)"-like event labels are tags as "(Asiad)" is.
- Negatives (no agency, nothing is metadata but the footer's copyright where the page prints one,
  every paragraph stays): a Korean paper's staff story whose sentences say "Yonhap reported", quote
  "(LEAD)" and "SEOUL, Nov. 30 (Yonhap) --" and "(END)" in prose; a staff column on a page whose
  "Most Viewed" and "Articles with the same keyword" lists carry "(LEAD)" and "(2nd LD)" headlines with
  times and a dateline teaser; a Korean paper's own story that says "연합뉴스에 따르면" and quotes
  "(서울=연합뉴스)" in prose; an explainer whose paragraphs open on "Source:" and "By" in prose and end
  on one that credits Yonhap.

Blind first run (``python -m cleannews.evaluation.wire --data ../shared/data --misses``, the
held-out-33 and negatives-33 columns of the table as printed; 480 and 160 articles)::

    | field | held-out-33 P | held-out-33 R | negatives-33 P | negatives-33 R |
    | tags | 1.000 | 0.948 | – | – |
    | dateline place | 1.000 | 0.933 | 0.000 | – |
    | dateline agency | 1.000 | 0.931 | 0.000 | – |
    | dateline date | 1.000 | 0.913 | 0.000 | – |
    | byline | 1.000 | 1.000 | – | – |
    | source | 1.000 | 0.891 | 0.000 | – |
    | credits | 1.000 | 0.868 | – | – |
    | copyright | 1.000 | 1.000 | 1.000 | 1.000 |
    | trailers | 1.000 | 0.894 | – | – |
    | head lines | 1.000 | 0.848 | – | – |

Body sentences lost: held-out-33 4/4296, negatives-33 0/1915. The other sets are untouched by this
round (each group draws from its own generator); the same run printed ground-truth texts 2/94270 (5
timestamp lines taken from the head), held-out-30 1/3904 (as in the README), held-out-31 94/3902 and
negatives-31 26/1602 (round thirty-one's pdftotext losses), 0 lost in every other set.

92 of the 480 held-out-33 articles missed something (korea-times-33 40, yna-get-text 40,
foreign-agencies-seoul 8, joongang-daily-33 3, yna-page 1; yna-features, yna-editorial,
yonhap-page-ko, korea-herald-33, wordpress-seed-33, aggregators-33 and extractor-33 came through
whole; Reuters', AP's, AFP's and Xinhua's Seoul and Pyongyang copy too), and 40 negatives-33
articles. The misses, by cause (articles):

- The Korea Times' whole page (40 of 40): under its menu ("The Korea Times", "Opinion", "Economy",
  "Foreign Affairs", "Sports", "Lifestyle") cleannews does nothing at all: no chrome taken, and the
  provider line "Yonhap" and its time line ("Posted : ... | Updated : ...", "Updated : ...") stay
  (80 head lines), so the source is missed (40), the headline's tag (14: "(LEAD)", "(2nd LD)",
  "(News Focus)") and the Yonhap dateline under the head (21: place, agency, date) with it.
- Kyodo's own page (8 of 8 Kyodo articles): the same under its menu ("KYODO NEWS", "Japan", "World",
  "Business"): the "KYODO NEWS - Sep 16, 2026 - 21:59 | All, World" head line stays, no source.
- BeautifulSoup's one-line-per-element text (40 of 40): "(END)" and the reporter's e-mail on adjacent
  lines over the page's "Keywords" / "#Korea" / "Articles with the same keyword" lines are never read
  as closing lines (40 articles: 40 "(END)" and 29 e-mails, the credits); and a paragraph broken at a
  word boundary where an inline element was is rejoined WITHOUT the space ("If\nthere\nare" gives
  "Ifthereare", "as\nthe" gives "asthe", "taste\nbuds" gives "tastebuds", "a\ndistributed" gives
  "adistributed"): the 4 lost sentences. The head (time line), tags and dateline were all read.
- The Korea JoongAng Daily (3 of 40): the headline and its "Published: ..." / "Updated: ..." lines
  taken by the chrome pass with the menu above them (scored as missed head lines by the settled
  rule; the closing "YONHAP [english@joongang.co.kr]" and its credit were read in all 40).
- Yonhap's page (1 of 40): a caption under the headline ending "Yonhap photo" (not "(Yonhap)") is
  taken as the title, so the headline's "(World Cup)" tag is lost.
- negatives-33 (40 of 40 teaser-lists-33, no other negative): a list teaser right above the headline
  that carries a dateline ("SEOUL, Oct. 1 (Yonhap) -- Exports rose ...", under "All News" and two
  "(LEAD)"/"(2nd LD)" teasers with times) is read as the story's dateline (place, agency, date and
  source, 40 each: precision 0.000 with no true value in the set); the "(LEAD)" teasers gave no tag,
  the "Most Viewed" and keyword lists nothing. The staff story quoting "Yonhap reported", "(LEAD)",
  "SEOUL, Nov. 30 (Yonhap) --" and "(END)" in prose, the Korean story citing 연합뉴스 and the
  explainer's "Source:" and "By" paragraphs were all left alone.

No template bug was found in the misses (each expected field above is what the settled contract
asks for), so the figures above are the first and only blind run. Contract choices of this round
that differ from the settled contract: none found. The Korea Times' provider line naming the source
and its time line as a head line are round twenty-six's settled choices; Kyodo's head line naming
"KYODO NEWS" is round seventeen's; the teaser dateline as no dateline is the settled "a tagged
headline in a page's list is not the story's" (rounds twenty-two, twenty-three). Seen, not scored:
a paragraph's word broken inside (the seed's "bolste\nr") is not written, the harness would count a
correct rejoin as a loss.

After fitting (branch ``fit33``; the same articles), the held-out-33 and negatives-33 columns as
printed::

    | field | held-out-33 P | held-out-33 R | negatives-33 P | negatives-33 R |
    | tags | 1.000 | 0.997 | – | – |
    | dateline place | 1.000 | 1.000 | – | – |
    | dateline agency | 1.000 | 1.000 | – | – |
    | dateline date | 1.000 | 1.000 | – | – |
    | byline | 1.000 | 1.000 | – | – |
    | source | 1.000 | 1.000 | – | – |
    | credits | 1.000 | 1.000 | – | – |
    | copyright | 1.000 | 1.000 | 1.000 | 1.000 |
    | trailers | 1.000 | 1.000 | – | – |
    | head lines | 1.000 | 0.993 | – | – |

Body sentences lost: held-out-33 4/4296 (the get_text rejoin losses, "If\nthere" -> "Ifthere", left
for the rejoin work of round thirty-one), negatives-33 0/1915. Every other set printed what it printed
before (held-out-30 1/3904, held-out-31 94/3902, negatives-31 26/1602, held-out-32 0/3933, 0 elsewhere;
ground-truth texts 2/94270; real page heads wcxb 0.847 / 0.750, zyte 0.917 / 0.881; chrome Zyte all
0.929, WCXB all 0.922, clean texts losing lines 1/0/1/1, seed 0; titles Zyte 132 exact / 27 wrong,
WCXB 478 / 97).

What was fixed, by cause: a dateline teaser in a list right above the headline (an entry of a block of
lines, a headline alone under it over the story's paragraphs) is no lede (negatives-33: 40 false
datelines and sources, precision back to no value); a menu that opens the text over a story's head --
a headline, then within four short lines (a provider's name, a caption closed by its credit: "(Yonhap)",
"Yonhap photo") a publication time -- shows a page (the Korea Times' 40 and Kyodo's 8: menu taken,
provider and time lines, tag, dateline and source read), and a "Posted : ... | Updated : ..." field in
the head counts as the story's time (its provider line read under a caption); "Articles with the same
keyword" is a section heading that ends the article (the get_text page's 40 "(END)" and 29 e-mails read
as closing lines), and the body's last paragraph broken into lines at its links (adjacent lines, an
open sentence that a lower-case line or one after a comma closes) stays the body's, so no line of it
goes with the list (0 lost; one wcxb page keeps three more lines of its truth).

Still missed here, fixed by branch ``fit32`` on the same shapes (a trial merge of the two branches,
checked template by template on these articles' scored fields, misses none): the JoongAng Daily's
headline with its "Published:" lines taken with the menu (3 articles' head lines), and Yonhap's caption
ending "Yonhap photo" taken as the title (1 tag).
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cleannews.evaluation.wire import Case, Draft, Template

WRITERS = ["Kang Yoo-jin", "Shin Ha-eun", "Oh Se-jin", "Baek Min-ho", "Yoon Ga-ram", "Nam Hye-rin", "Seo Jun-pyo"]
KOREAN_WRITERS = ["강유진", "신하은", "오세진", "백민호", "윤가람"]
EMAIL_USERS = ["yoojin", "haeun", "sejin", "mhbaek", "garam", "hyerin", "jpseo"]
MONTHS_AP = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
MONTHS_FULL = [
    *["January", "February", "March", "April", "May", "June"],
    *["July", "August", "September", "October", "November", "December"],
]
MONTHS_REUTERS = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]
MONTHS_SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
YONHAP_TAGS: list[tuple[str, ...]] = [
    *[("LEAD",), ("LEAD",), ("2nd LD",), ("3rd LD",), ("URGENT",), ("News Focus",)],
    *[("Yonhap Interview",), ("Yonhap Feature",), ("LEAD", "Asiad"), ("World Cup",), ("2nd LD", "World Cup")],
    *[("Olympics",), ("LEAD", "Olympics"), (), (), ()],
]
SECTIONS = ["All News", "North Korea", "National", "Economy", "Politics", "K-pop", "Sports", "Culture"]
KOREAN_TAGS: list[tuple[str, ...]] = [("속보",), ("2보",), ("종합",), ("종합2보",), ("인터뷰",), (), ()]


class Stamp:
    """One made-up publication moment and its renderings in the sites' formats."""

    def __init__(self, rng: random.Random) -> None:
        self.month = rng.randint(1, 12)
        self.day = rng.randint(1, 28)
        self.hour = rng.randint(6, 22)
        self.minute = rng.randint(0, 59)
        self.later = min(self.hour + rng.randint(1, 3), 23)

    @property
    def ap_date(self) -> str:  # "Nov. 30", Yonhap's and Xinhua's dateline
        return f"{MONTHS_AP[self.month - 1]} {self.day}"

    @property
    def reuters_date(self) -> str:  # "Nov 30", "March 5"
        return f"{MONTHS_REUTERS[self.month - 1]} {self.day}"

    @property
    def clock(self) -> str:
        return f"{self.hour:02d}:{self.minute:02d}"

    @property
    def yna(self) -> str:  # "11:20 November 30, 2026"
        return f"{self.clock} {MONTHS_FULL[self.month - 1]} {self.day:02d}, 2026"

    @property
    def iso(self) -> str:  # "2026-11-30 11:20"
        return f"2026-{self.month:02d}-{self.day:02d} {self.clock}"

    @property
    def iso_later(self) -> str:
        return f"2026-{self.month:02d}-{self.day:02d} {self.later:02d}:{self.minute:02d}"


def _tagged(tags: tuple[str, ...], title: str, square: bool = False) -> str:
    marks = " ".join(f"[{t}]" if square else f"({t})" for t in tags)
    return f"{marks} {title}" if marks else title


def _email(rng: random.Random) -> str:
    return f"{rng.choice(EMAIL_USERS)}@yna.co.kr"


def _caption(rng: random.Random) -> str:
    return rng.choice(
        [
            "Officials inspect the site in Seoul on Monday, in this photo provided by the ministry. (PHOTO NOT FOR "
            "SALE) (Yonhap)",
            "This file photo shows the presidential office in Seoul. (Yonhap)",
            "Fans gather outside the venue ahead of the concert. (Yonhap)",
            "Players celebrate after the match at the stadium. Yonhap photo",
            "Troops take part in a joint drill near the border. (Copyright)",
            "This photo, released by the North's state media, shows the launch. (For Use Only in the Republic of "
            "Korea. No Redistribution) (Yonhap)",
        ]
    )


def _yna_menu() -> list[str]:
    return [
        "Yonhap News Agency",
        "Skip to content",
        "한국어",
        "中文",
        "日本語",
        "Français",
        "Español",
        "",
        "National",
        "North Korea",
        "Economy",
        "Market",
        "Culture",
        "Sports",
        "Photos",
        "Videos",
        "",
    ]


def _yna_below(rng: random.Random, s: Stamp) -> tuple[list[str], str | None]:
    """Keywords, related and most-viewed lists and maybe the footer; the footer's notice or None."""
    lines = [
        "",
        "Keywords",
        "#North Korea #missile #JCS",
        "",
        "Articles with the same keyword",
        f"(LEAD) N. Korea slams allies' drills as rehearsal for invasion {s.clock}",
        f"(2nd LD) Yoon, allies vow stronger deterrence {s.iso}",
        "",
        "Most Viewed",
        "1 (LEAD) BTS' Jin to release solo album next month",
        "2 (URGENT) S. Korea's exports rise for 14th month",
        "3 Hyundai Motor to build new EV plant in Ulsan",
    ]
    notice = None
    if rng.random() < 0.6:
        notice = rng.choice(
            [
                "(C) 2026 Yonhap News Agency. All Rights Reserved.",
                "Copyright (c) 2026 Yonhap News Agency. All rights reserved.",
            ]
        )
        lines += ["", "About Us", "Contact Us", "Terms of Use", "Privacy Policy", notice]
    return lines, notice


def _yna_head(rng: random.Random, s: Stamp) -> str:
    return rng.choice([s.yna, f"All News {s.yna}", f"North Korea {s.yna}", s.iso, f"Economy {s.yna}"])


def _yna_story(rng: random.Random, d: Draft, c: Case, s: Stamp) -> None:
    """Yonhap's own story: tagged headline, dateline, e-mail and "(END)" (no source but the dateline)."""
    c.tags = rng.choice(YONHAP_TAGS)
    d.title = _tagged(c.tags, d.title)
    c.place, c.date, c.agency, c.source = "SEOUL", s.ap_date, "Yonhap", "Yonhap"
    d.dateline = f"SEOUL, {s.ap_date} (Yonhap) --"
    if rng.random() < 0.7:
        email = _email(rng)
        d.tail.append(email)
        c.credits = (email,)
    d.tail.append("(END)")


def t_yna_page(rng: random.Random, d: Draft, c: Case) -> None:
    """en.yna.co.kr copied whole: menu, section label, headline, caption, time, story, lists, footer."""
    s = Stamp(rng)
    _yna_story(rng, d, c, s)
    d.page_above = [*_yna_menu(), rng.choice(SECTIONS)]
    if rng.random() < 0.5:
        d.title += "\n\n" + _caption(rng)
    d.head.append(_yna_head(rng, s))
    if c.tags and c.tags[0] in ("LEAD", "2nd LD", "3rd LD") and rng.random() < 0.4:
        d.head.append(rng.choice(["(ATTN: UPDATES with details in paras 3-5)", "(ATTN: ADDS more info throughout)"]))
    d.head_joint = rng.choice(["\n", "\n\n"])
    d.tail_blank = rng.random() < 0.5
    d.page_below, notice = _yna_below(rng, s)
    c.copyright = notice


def t_yna_features(rng: random.Random, d: Draft, c: Case) -> None:
    """Yonhap's interviews, features and analyses: a byline over the time line, a caption."""
    s = Stamp(rng)
    title = d.title
    _yna_story(rng, d, c, s)
    c.tags = rng.choice([("Yonhap Interview",), ("Yonhap Feature",), ("News Focus",), ("Yonhap Feature", "Asiad")])
    d.title = _tagged(c.tags, title)
    c.byline = rng.choice(WRITERS)
    d.head += [f"By {c.byline}", _yna_head(rng, s)]
    d.head_joint = rng.choice(["\n", "\n\n"])
    if rng.random() < 0.6:
        d.title += "\n\n" + _caption(rng)
    d.page_above = [*_yna_menu(), rng.choice(SECTIONS)]
    if rng.random() < 0.5:
        d.page_below, notice = _yna_below(rng, s)
        c.copyright = notice


def t_yna_get_text(rng: random.Random, d: Draft, c: Case) -> None:
    """BeautifulSoup ``get_text("\\n")`` of Yonhap's article view: one line per element."""
    s = Stamp(rng)
    _yna_story(rng, d, c, s)
    d.page_above = ["Yonhap News Agency", "Search", "Menu", rng.choice(SECTIONS)]
    d.head.append(rng.choice([s.yna, s.iso]))
    d.head_joint = "\n"
    d.tail_blank = False
    # inline links and names on lines of their own, at word boundaries
    for i, paragraph in enumerate(d.body):
        words = paragraph.split(" ")
        if len(words) > 12 and rng.random() < 0.6:
            a = rng.randint(3, len(words) - 6)
            b = a + rng.randint(1, 3)
            d.body[i] = " ".join(words[:a]) + "\n" + " ".join(words[a:b]) + "\n" + " ".join(words[b:])
    d.page_below = [
        "Keywords",
        "#Korea",
        "Articles with the same keyword",
        f"(LEAD) Seoul stocks open higher {s.clock}",
    ]


def t_yna_editorial(rng: random.Random, d: Draft, c: Case) -> None:
    """Yonhap's editorial round-up: "(EDITORIAL from PAPER on Nov. 30)", no dateline, "(END)"."""
    s = Stamp(rng)
    paper = rng.choice(["Korea JoongAng Daily", "Korea Herald", "Korea Times"])
    c.tags = (f"EDITORIAL from {paper} on {s.ap_date}",)
    d.title = _tagged(c.tags, d.title)
    d.head.append(_yna_head(rng, s))
    d.tail.append("(END)")
    d.tail_blank = rng.random() < 0.5
    d.page_above = [*_yna_menu(), "Editorials"]
    if rng.random() < 0.5:
        d.page_below, notice = _yna_below(rng, s)
        c.copyright = notice


def t_yonhap_page_ko(rng: random.Random, d: Draft, c: Case) -> None:
    """Yonhap's Korean page: [속보] headline, 송고 line, (서울=연합뉴스) NAME 기자 =, closing lines."""
    s = Stamp(rng)
    c.tags = rng.choice(KOREAN_TAGS)
    d.title = _tagged(c.tags, d.title, square=True)
    d.page_above = [
        "연합뉴스",
        "전체메뉴",
        "검색",
        "정치",
        "북한",
        "경제",
        "사회",
        "전국",
        "세계",
        "문화",
        "스포츠",
        "",
    ]
    if rng.random() < 0.7:
        d.head.append(f"송고{s.iso}")
    if rng.random() < 0.4:
        d.title += "\n\n" + rng.choice(["청와대 전경 [연합뉴스 자료사진]", "[국방부 제공. 재판매 및 DB 금지]"])
    city = rng.choice(["서울", "서울", "부산", "세종"])
    c.byline = rng.choice(KOREAN_WRITERS)
    c.place, c.agency, c.source = city, "연합뉴스", "연합뉴스"
    d.dateline = f"({city}=연합뉴스) {c.byline} 기자 ="
    email = _email(rng)
    d.tail.append(email)
    c.credits = (email,)
    if rng.random() < 0.6:
        d.tail.append("제보는 카카오톡 okjebo")
    notice = "<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>"
    d.tail.append(notice)
    c.copyright = notice
    if rng.random() < 0.5:
        d.tail.append(f"2026/{s.month:02d}/{s.day:02d} {s.clock} 송고")
    d.tail_blank = rng.random() < 0.5
    d.page_below = ["", "관련 뉴스", "북한, 동해상으로 탄도미사일 발사", "많이 본 뉴스", "[속보] 코스피 2,700 회복"]


def t_korea_herald(rng: random.Random, d: Draft, c: Case) -> None:
    """The Korea Herald: "By Yonhap", "Published : ...", no dateline, a closing "(Yonhap)"."""
    s = Stamp(rng)
    d.page_above = ["The Korea Herald", "National", "Politics", "Social Affairs", "North Korea", "Business", ""]
    d.head.append("By Yonhap")
    published = f"Published : {MONTHS_AP[s.month - 1]} {s.day}, 2026 - {s.clock}"
    d.head.append(published)
    d.head_joint = rng.choice(["\n", "\n\n"])
    c.byline = c.source = "Yonhap"
    if rng.random() < 0.5:
        d.title += "\n\n" + _caption(rng)
    d.tail.append("(Yonhap)")
    d.page_below = ["", "Most Popular", "1 (LEAD) Hanwha to supply howitzers to Poland", "Subscribe"]
    if rng.random() < 0.5:
        notice = "Copyright Herald Corporation. All Rights Reserved."
        d.page_below += ["", "Terms of Service", "Privacy Policy", notice]
        c.copyright = notice


def t_korea_times(rng: random.Random, d: Draft, c: Case) -> None:
    """The Korea Times: a provider line over "Posted : ... | Updated : ...", Yonhap's dateline kept."""
    s = Stamp(rng)
    d.page_above = ["The Korea Times", "Opinion", "Economy", "Foreign Affairs", "Sports", "Lifestyle", ""]
    if rng.random() < 0.4:
        c.tags = rng.choice([("LEAD",), ("2nd LD",), ("News Focus",)])
        d.title = _tagged(c.tags, d.title)
    d.head.append("Yonhap")
    d.head.append(
        rng.choice([f"Posted : {s.iso} | Updated : {s.iso_later}", f"Updated : {s.iso_later}", f"Posted : {s.iso}"])
    )
    d.head_joint = rng.choice(["\n", "\n\n"])
    c.source = "Yonhap"
    if rng.random() < 0.6:
        c.place, c.date, c.agency = "SEOUL", s.ap_date, "Yonhap"
        d.dateline = f"SEOUL, {s.ap_date} (Yonhap) --"
    if rng.random() < 0.4:
        d.title += "\n\n" + _caption(rng)
    d.page_below = ["", "Top 10 Stories", "1 (LEAD) Seoul shares close higher", "2 K-pop agency to list"]


def t_joongang_daily(rng: random.Random, d: Draft, c: Case) -> None:
    """The Korea JoongAng Daily: "Published: 30 Nov. 2026, 11:20", "YONHAP [english@joongang.co.kr]"."""
    s = Stamp(rng)
    d.page_above = ["Korea JoongAng Daily", "National", "Business", "Entertainment", "Sports", "Opinion", ""]
    stamp = f"{s.day:02d} {MONTHS_AP[s.month - 1]} 2026, {s.clock}"
    d.head.append(f"Published: {stamp}")
    if rng.random() < 0.5:
        d.head.append(f"Updated: {s.day:02d} {MONTHS_AP[s.month - 1]} 2026, {s.later:02d}:{s.minute:02d}")
    d.head_joint = rng.choice(["\n", "\n\n"])
    if rng.random() < 0.5:
        d.title += "\n\n" + _caption(rng)
    d.tail.append("YONHAP [english@joongang.co.kr]")
    c.source = "YONHAP"
    c.credits = ("english@joongang.co.kr",)
    d.page_below = ["", "Related Article", "More in North Korea", "Kim Jong-un inspects new destroyer"]


def t_wordpress_seed(rng: random.Random, d: Draft, c: Case) -> None:
    """The seed's aggregator: "Search" / "Close this search box." twice, "(LEAD)", "Source: ..."."""
    d.page_above = ["Search", "Close this search box.", "Search", "Close this search box."]
    c.tags = rng.choice(YONHAP_TAGS)
    d.title = _tagged(c.tags, d.title)
    if rng.random() < 0.3:
        s = Stamp(rng)
        c.place, c.date, c.agency = "SEOUL", s.ap_date, "Yonhap"
        d.dateline = f"SEOUL, {s.ap_date} (Yonhap) --"
    d.tail.append("Source: Yonhap News Agency")
    c.source = "Yonhap News Agency"
    if rng.random() < 0.3:
        d.tail.append("Yonhap News Agency (All rights reserved)")
        c.copyright = "Yonhap News Agency (All rights reserved)"
    d.tail_blank = rng.random() < 0.5
    if rng.random() < 0.5:
        d.page_below = ["", "Related Posts", "Korean won hits two-week high", "Leave a Reply Cancel reply"]


def t_aggregators(rng: random.Random, d: Draft, c: Case) -> None:
    """MSN's and Korea Bizwire's Yonhap copy: provider and "Story by" lines, or a date line and "(Yonhap)"."""
    s = Stamp(rng)
    c.place, c.date, c.agency = "SEOUL", s.ap_date, "Yonhap"
    d.dateline = f"SEOUL, {s.ap_date} (Yonhap) --"
    if rng.random() < 0.5:  # MSN
        d.page_above = ["Microsoft Start", "News", "Sign in", ""]
        c.byline = rng.choice(WRITERS)
        d.head += ["Yonhap News Agency", f"Story by {c.byline} • {rng.randint(1, 11)}h"]
        c.source = "Yonhap News Agency"
        if rng.random() < 0.5:
            d.tail.append("(END)")
        d.page_below = ["", "More for You", "Feedback", "© 2026 Microsoft"]
        c.copyright = "© 2026 Microsoft"
    else:  # Korea Bizwire
        d.page_above = ["Korea Bizwire", "Home", "Business", "Culture", "Society", ""]
        d.head.append(f"{MONTHS_FULL[s.month - 1]} {s.day}, 2026")
        d.tail.append("(Yonhap)")
        c.source = "Yonhap"
        d.page_below = ["", "Related Posts", "Samsung unveils new foldable", "Leave a Reply"]
    d.head_joint = rng.choice(["\n", "\n\n"])


def t_extractor(rng: random.Random, d: Draft, c: Case) -> None:
    """An extractor's output of Yonhap's page (trafilatura, newspaper4k): no chrome."""
    s = Stamp(rng)
    _yna_story(rng, d, c, s)
    if rng.random() < 0.4:
        d.head.append(rng.choice([s.yna, s.iso]))
    if rng.random() < 0.3:
        c.byline = rng.choice(WRITERS)
        d.head.insert(0, f"By {c.byline}")
    d.tail_blank = rng.random() < 0.5


def t_foreign_agencies(rng: random.Random, d: Draft, c: Case) -> None:
    """Reuters, AP, AFP, Kyodo, Xinhua stories datelined SEOUL or PYONGYANG on their own pages."""
    s = Stamp(rng)
    shape = rng.choice(["reuters", "ap", "afp", "kyodo", "xinhua"])
    if shape == "reuters":
        names = rng.sample(WRITERS, rng.choice([1, 2]))
        c.byline = " and ".join(names)
        d.head += [
            f"By {c.byline}",
            f"{MONTHS_FULL[s.month - 1]} {s.day}, 2026{s.hour % 12 or 12}:{s.minute:02d} "
            f"{'AM' if s.hour < 12 else 'PM'} GMT+9Updated {rng.randint(1, 9)} hours ago",
        ]
        c.place, c.date, c.agency, c.source = "SEOUL", s.reuters_date, "Reuters", "Reuters"
        d.dateline = f"SEOUL, {s.reuters_date} (Reuters) -"
        credit = f"Reporting by {names[0]}; Editing by Jane Doe"
        d.tail += [f"{credit}", "Our Standards: The Thomson Reuters Trust Principles., opens new tab"]
        c.credits = (credit,)
    elif shape == "ap":
        c.byline = rng.choice(WRITERS).upper()
        d.head += [
            f"By {c.byline}",
            f"Updated {s.hour % 12 or 12}:{s.minute:02d} {'AM' if s.hour < 12 else 'PM'} "
            f"GMT+9, {MONTHS_FULL[s.month - 1]} {s.day}, 2026",
        ]
        c.place, c.agency, c.source = "SEOUL, South Korea", "AP", "AP"
        d.dateline = "SEOUL, South Korea (AP) —"
        credit = "Associated Press writer Mari Tanaka in Tokyo contributed to this report."
        d.tail += ["___", credit]
        c.credits = (credit,)
    elif shape == "afp":
        d.page_above = ["FRANCE 24", "Live", "Asia-Pacific", ""]
        c.byline = "NEWS WIRES"
        d.head += ["By: NEWS WIRES", f"Issued on: {s.day:02d}/{s.month:02d}/2026 - {s.clock}"]
        c.place, c.agency, c.source = "Seoul", "AFP", "AFP"
        d.dateline = "Seoul (AFP) -"
        code = rng.choice(["kjs/ssy", "cdl/dhc", "jhb/tc"])
        d.tail += [code, "© 2026 AFP"]
        c.credits, c.copyright = (code,), "© 2026 AFP"
    elif shape == "kyodo":
        d.page_above = ["KYODO NEWS", "Japan", "World", "Business", ""]
        d.head.append(f"KYODO NEWS - {MONTHS_SHORT[s.month - 1]} {s.day}, 2026 - {s.clock} | All, World")
        c.place, c.source = "SEOUL", "KYODO NEWS"
        d.dateline = "SEOUL -"
    else:
        d.head.append(f"Source: Xinhua| {s.iso}:{rng.randint(10, 59)}|Editor: Liu Ming")
        c.place, c.date, c.agency, c.source = "PYONGYANG", s.ap_date, "Xinhua", "Xinhua"
        d.dateline = f"PYONGYANG, {s.ap_date} (Xinhua) --"
        d.tail.append("Enditem")
    d.head_joint = rng.choice(["\n", "\n\n"])
    d.tail_blank = rng.random() < 0.5


# --- negatives: nothing is metadata -----------------------------------------------------------


def n_staff_quotes_yonhap(rng: random.Random, d: Draft, c: Case) -> None:
    """A Korean paper's staff story whose sentences quote Yonhap, its tags and its dateline."""
    d.page_above = ["The Korea Herald", "National", "Politics", ""]
    quotes = [
        "The ministry's statement was first carried by Yonhap, which reported that talks would resume next week.",
        'An early report, headlined "(LEAD) Talks to resume," was later updated with the minister\'s remarks.',
        'The wire story that opened "SEOUL, Nov. 30 (Yonhap) --" ran to nine paragraphs before its "(END)" mark.',
        "Yonhap reported on Tuesday that the two sides had agreed to meet again in the spring.",
    ]
    d.body.insert(rng.randint(0, len(d.body)), rng.choice(quotes))
    d.body.append(rng.choice(quotes[:2] + quotes[3:]))


def n_teaser_lists(rng: random.Random, d: Draft, c: Case) -> None:
    """A staff column on a page with "Most Viewed" and keyword lists of tagged, timed headlines."""
    s = Stamp(rng)
    d.page_above = [
        "All News",
        f"(LEAD) S. Korea, U.S. hold nuclear talks {s.yna}",
        f"(2nd LD) N. Korea fires cruise missiles {s.iso}",
        f"SEOUL, {s.ap_date} (Yonhap) -- Exports rose for a third month, data showed.",
        "",
    ]
    d.page_below = [
        "",
        "Articles with the same keyword",
        f"(LEAD) Yoon urges unity ahead of budget vote {s.clock}",
        f"(URGENT) BOK holds key rate at 3.25 pct {s.iso}",
        "",
        "Most Viewed",
        "1 (3rd LD) Heavy snow grounds flights at Incheon",
        "2 (Yonhap Interview) Envoy sees room for dialogue",
    ]
    if rng.random() < 0.5:
        notice = "Copyright (c) 2026 Seoul Evening Post. All rights reserved."
        d.page_below += ["", notice]
        c.copyright = notice


def n_korean_press_ko(rng: random.Random, d: Draft, c: Case) -> None:
    """A Korean paper's own story that cites 연합뉴스 and quotes its dateline in prose."""
    d.page_above = ["뉴스", "정치", "경제", "사회", ""]
    d.body.insert(
        rng.randint(0, len(d.body)),
        rng.choice(
            [
                "연합뉴스에 따르면 정부는 다음 주 관계 부처 회의를 열어 대책을 논의할 예정이다.",
                "해당 기사는 '(서울=연합뉴스)'로 시작하는 통신 기사를 인용해 작성됐다고 신문은 밝혔다.",
            ]
        ),
    )


def n_explainer(rng: random.Random, d: Draft, c: Case) -> None:
    """An explainer whose paragraphs open on "Source:" and "By" in prose and end crediting Yonhap."""
    d.body.insert(
        rng.randint(0, len(d.body)),
        rng.choice(
            [
                "Source: a government official who spoke on condition of anonymity said the plan was final.",
                "By the end of the week, the ministry had received more than 300 complaints about the plan.",
            ]
        ),
    )
    d.body.append(
        rng.choice(
            [
                "The figures were first published by Yonhap News Agency on Monday.",
                "Wire services including Yonhap, Reuters and AFP carried the ministry's statement in full.",
            ]
        )
    )


HELD_OUT_33: dict[str, Template] = {
    "yna-page": t_yna_page,
    "yna-features": t_yna_features,
    "yna-get-text": t_yna_get_text,
    "yna-editorial": t_yna_editorial,
    "yonhap-page-ko": t_yonhap_page_ko,
    "korea-herald-33": t_korea_herald,
    "korea-times-33": t_korea_times,
    "joongang-daily-33": t_joongang_daily,
    "wordpress-seed-33": t_wordpress_seed,
    "aggregators-33": t_aggregators,
    "extractor-33": t_extractor,
    "foreign-agencies-seoul": t_foreign_agencies,
}
NEGATIVES_33: dict[str, Template] = {
    "staff-quotes-yonhap": n_staff_quotes_yonhap,
    "teaser-lists-33": n_teaser_lists,
    "korean-press-ko": n_korean_press_ko,
    "explainer-33": n_explainer,
}
