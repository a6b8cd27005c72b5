"""Round-twenty-six templates for the wire harness: Yonhap's copy in depth, and the Korean press around it.

Written blind, before any round-twenty-six rule and without reading the rules or the earlier rounds'
templates, from how Yonhap's copy reaches users in 2024-2026, as whole pages (select all and copy) or
scraper dumps with their chrome: Yonhap's English site (its tags "(LEAD)", "(2nd LD)", "(3rd LD)",
"(URGENT)", "(News Focus)", "(Yonhap Interview)", "(Yonhap Feature)", "(EDITORIAL from Korea Times on
Nov. 5)", "(Asiad)", "(World Cup)", "(LEAD) (Asiad)"; "(ATTN: ...)"; the N. Korea desk; photo captions
ending "(Yonhap)"; "By NAME"; "All News 10:41 November 05, 2026"; reporter e-mails; "(END)"; the footer's
"Copyright (c) YONHAP NEWS AGENCY"), its Korean site ("[속보]", "[1보]", "[2보]", "[종합]", "[종합2보]",
"[연합뉴스 인터뷰]", "[영상]"; "(서울=연합뉴스) NAME 기자 ="; "송고2026-11-05 10:41"; the e-mail; "제보는 카카오톡
okjebo"; "<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>"), Yonhap on Naver and Daum ("입력",
"수정", "기사원문", "구독"), on the Korea JoongAng Daily, the Korea Times and the Korea Herald, on MSN and
NewsBreak, on WordPress copies in the seed's shape ("Search" / "Close this search box." twice, "Source:
Yonhap News Agency", "Yonhap News Agency (All rights reserved)"), Newsis ("[서울=뉴시스]", "【서울=뉴시스】")
and News1 ("(서울=뉴스1)"), the broadcasters' web pages (YTN, KBS, SBS: "[앵커]", "[기자]", "YTN NAME입니다.",
"※ '당신의 제보가 뉴스가 됩니다'"), and the Korean press' own staff stories (Chosun, JoongAng, Hankyoreh:
"NAME 기자 name@chosun.com"). Every name, address and sentence here is made up; only the shapes are the
pages'. Korean pages take Korean bodies (the harness gives a template whose name ends in "-ko" Korean
paragraphs from the benchmark; the titles are this module's), English pages the harness' English ones.

Contract (the harness' fields), following the choices rounds seventeen to twenty-five list as settled:
an agency in the byline's place fills the byline too ("By Yonhap" gives byline and source "Yonhap"); a
provider line over a time names the source, not the byline ("Yonhap", "Yonhap News Agency"); "Source: X"
is the strongest source ("Source: Yonhap News Agency"); Yonhap's own page names no source but its
dateline ("Yonhap", "연합뉴스"); the Korea JoongAng Daily's closing "YONHAP [english@joongang.co.kr]" names
the source "YONHAP" and its address is a credit (round twenty-three, reconciled); a closing "(Yonhap)"
names "Yonhap" when nothing stronger does; "(서울=연합뉴스) NAME 기자 =" gives place 서울, agency 연합뉴스,
byline NAME; Yonhap's English dateline "SEOUL, Nov. 5 (Yonhap) --" gives place, date, agency; a place
with its country ("HANGZHOU, China") is the place as printed; reporter e-mails are credits; "(END)", the
tip line "제보는 카카오톡 okjebo" and a closing "송고" line are trailers with no field; the story's own
copyright line under its closing lines is the ``copyright`` and a trailer, the footer's notice fills
``copyright`` only when the story prints none of its own (round twenty-two, reconciled); page chrome
(menus, search boxes, language switches, section labels, share and font buttons, photo captions, the
portal's reading tools, keyword lists, "Most Viewed" / "많이 본 뉴스" lists, reporter cards, the footer)
is written outside the draft's head, body and tail (``page_above``, ``page_below``, a caption block
under the headline), so nothing is expected of it; head lines are the story's byline, provider, time
lines and "(ATTN: ...)" notes between the headline and the lede ("All News 10:41 November 05, 2026",
"송고2026-11-05 10:41", "입력2026.11.05. 오전 10:41", "수정2026.11.05. 오전 11:20", "Published : Nov. 5,
2026 - 10:41"). Choices made before the blind run, for the shapes no earlier round had:

- Tags: every bracketed label of the headline as printed: "(EDITORIAL from Korea Times on Nov. 5)" gives
  "EDITORIAL from Korea Times on Nov. 5" (the date is part of the label); "(LEAD) (Asiad)" gives "LEAD"
  and "Asiad"; Korean "[1보]", "[연합뉴스 인터뷰]", "[영상]" give "1보", "연합뉴스 인터뷰", "영상" (the last a
  format label, as round eighteen's "WATCH"). An editorial has no dateline and names no source.
- MSN's "Story by NAME • 3h" is a head line and gives the byline NAME; the provider line "Yonhap News
  Agency" above it names the source. NewsBreak's provider line over its date likewise.
- The Korea Times' "Posted : 2026-11-05 10:41 | Updated : 2026-11-05 11:20" is one head line; its
  provider line "Yonhap" names the source, no byline.
- The seed's WordPress page: "Yonhap News Agency (All rights reserved)" under "Source: Yonhap News
  Agency" is the story's ``copyright`` as printed and a trailer; the theme's footer ("Copyright © 2026
  SITE | Powered by Astra") is the ``copyright`` only when the story prints none.
- Newsis' "[서울=뉴시스]NAME 기자 =" (also "【서울=뉴시스】") and News1's "(서울=뉴스1) NAME 기자 =" are datelines
  as Yonhap's (place 서울, agency 뉴시스 / 뉴스1, byline NAME, source the agency). Their time line
  ("등록 2026.11.05 10:41:23수정 2026.11.05 11:20:05", glued as copied) is a head line. Newsis'
  "◎공감언론 뉴시스 name@newsis.com" is a trailer whose address is the credit; its "<저작권자ⓒ 공감언론
  뉴시스통신사. 무단전재-재배포, AI학습 및 활용 금지.>" and News1's "Copyright ⓒ 뉴스1. All rights reserved.
  무단 전재 및 재배포, AI학습 이용 금지." are the ``copyright`` as printed.
- Broadcasters: "[앵커]" and "[기자]" speaker labels and the spoken sign-off ("YTN 김수연입니다.", "SBS
  김수연입니다.") are the transcript's text: they stay (body). The closing reporter line ("YTN 김수연
  (kimsy@ytn.co.kr)", "김수연 기자 (kimsy@sbs.co.kr)") is a trailer giving the byline (the name) and the
  address as a credit; the broadcaster named in it ("YTN") or in the copyright is the source when it
  is named on the reporter line ("YTN"), else none. Credits lines for the crew ("영상편집 : 박민수",
  "영상취재 : 이재영") are trailers and credits as printed. "※ '당신의 제보가 뉴스가 됩니다'" and the tip
  channels under it are trailers with no field; the broadcaster's copyright line is the ``copyright``.
- The Korean press' staff stories (no agency, no dateline): a byline line "김수연 기자" above the lede is a
  head line and the byline; the closing "김수연 기자 kimsy@chosun.com" is a trailer, the address a
  credit, the name the byline; the paper's own copyright line under it is the ``copyright``. Their
  time line ("입력 2026.11.05. 10:41", "업데이트 2026.11.05. 11:20") is a head line.
- Negatives (no agency, nothing is metadata but the footer's copyright where the page prints one,
  every paragraph stays): an English staff story under a "Most Viewed" list of timed and tagged
  headlines ("(LEAD) ...", "(2nd LD) ...", "SEOUL, Nov. 5 (Yonhap) -- ..." teasers); a Korean staff
  story between "[포토]" gallery captions ("[포토] ... [연합뉴스 자료사진]") and a "많이 본 뉴스" list with
  "[속보]" and "[종합]" headlines; an English blog story whose sentences quote "(LEAD)", "(END)" and
  Yonhap; a Korean story whose sentences say "연합뉴스에 따르면" and quote "(서울=연합뉴스)" in prose.

Blind first run (``python -m cleannews.evaluation.wire --data ../shared/data --misses``, the
held-out-26 and negatives-26 columns of the table as printed; 480 and 160 articles)::

    | field | held-out-26 P | held-out-26 R | negatives-26 P | negatives-26 R |
    | tags | 1.000 | 0.839 | – | – |
    | dateline place | 1.000 | 0.954 | – | – |
    | dateline agency | 1.000 | 0.954 | – | – |
    | dateline date | 1.000 | 0.978 | – | – |
    | byline | 1.000 | 0.823 | – | – |
    | source | 1.000 | 0.924 | – | – |
    | credits | 0.892 | 0.571 | – | – |
    | copyright | 0.885 | 0.662 | 1.000 | 1.000 |
    | trailers | 0.986 | 0.737 | – | – |
    | head lines | 1.000 | 0.669 | 0.000 | – |

Body sentences lost: held-out-26 80/5457, negatives-26 0/2098. The misses, by cause (articles):

- broadcasters (40 of 40): the transcript's "[기자]" label (40) and spoken sign-off ("KBS NAME입니다.",
  40) taken out: all 80 lost sentences (a contract choice of this round: they are text here); the
  closing reporter line, crew credits, tip box and copyright kept (byline, credits, trailers 40), the
  time line "2026.11.05. 오후 3:12" kept (40).
- the Korean press (40 of 40): the byline line "NAME 기자" and "입력 ..." / "업데이트 ..." time lines kept
  (40); the closing "NAME 기자 name@paper" taken as a trailer but its address no credit (40); the
  paper's copyright line under it kept when it opens "Copyright ⓒ"/"ⓒ 한겨레신문사 :" (11 / 40).
- Newsis and News1 (40 of 40): the glued "등록 ...수정 ..." and "NAME 기자 | ... 송고" head lines kept (40);
  Newsis' "[서울=뉴시스]" / "【서울=뉴시스】" dateline not read (11: place, agency, byline, source), its tag
  missed with it (27 tag misses in all); "◎공감언론 뉴시스 name@newsis.com" read as a credit whole
  (contract: the address; 23), its "<저작권자ⓒ 공감언론 뉴시스통신사. ...>" not read as the copyright (23).
- Naver and Daum (19 of 40): Daum's glued "입력 2026. 11. 5. 10:41수정 ..." time line kept (19), the
  headline's "[속보]"/"[종합]"/"[2보]" tag missed with it (15).
- Yonhap English's footer "Copyright (c) YONHAP NEWS AGENCY" (no year) not read as the page's
  copyright (yna-english 24, yna-photo 21, yna-features 19, yna-north-korea 17); "(C) 2026 Yonhap News
  Agency. All Rights Reserved." passed. Everything else on Yonhap's English pages passed (tags with
  "EDITORIAL from ... on Nov. 5", "(LEAD) (Asiad)", "(ATTN: ...)", captions ending "(Yonhap)").
- The Korea Times: the provider line "Yonhap" over "Posted : ... | Updated : ..." kept (11), so the
  source (9), a tag (4) and the dateline under it (5) missed, and the footer "© koreatimes.co.kr. All
  rights reserved." taken as a trailer (9: the false trailers). The JoongAng Daily and Korea Herald
  passed.
- The seed's WordPress page: "Yonhap News Agency (All rights reserved)" under "Source: Yonhap News
  Agency" kept (9: the story's copyright missed); the theme footer "Copyright © 2026 SITE | Powered by
  Astra WordPress Theme" read as "Copyright © 2026 SITE" (20, a template bug, below).
- MSN: the footer "© 2026 Microsoft" read as the copyright (17, a template bug, below); one tag.
- Negatives: the "[포토]" gallery's "2026.11.05 10:41" under a caption taken as a head line (40: head
  lines precision 0.000); nothing else in the negatives was read as metadata, no sentence lost.

Template bugs fixed after the blind run (no rule changed): MSN's footer "© 2026 Microsoft" is the
page's copyright and fills ``copyright`` when the story prints none (round twenty-two, reconciled: the
template had left it empty, 17); the theme footer's copyright is "Copyright © 2026 Korea Today Wire",
not the theme's credit after the bar (20). The second run printed the same figures but copyright
(held-out-26 P 1.000, R 0.720). Contract choices of this round that the rules answer differently:
the broadcasters' "[기자]" label and spoken sign-off stay as text; Newsis' closing line gives its
address as the credit (as the JoongAng Daily's, round twenty-three reconciled).

After fitting (rules of shape, no template changed; same command, the round-26 columns; every other
column of the table, the body counts elsewhere (0), the ground-truth texts (2/94,270) and the real-page
tables as before)::

    | field | held-out-26 P | held-out-26 R | negatives-26 P | negatives-26 R |
    | tags | 1.000 | 0.904 | – | – |
    | dateline place | 1.000 | 0.968 | – | – |
    | dateline agency | 1.000 | 0.968 | – | – |
    | dateline date | 1.000 | 1.000 | – | – |
    | byline | 1.000 | 0.927 | – | – |
    | source | 1.000 | 0.947 | – | – |
    | credits | 1.000 | 0.640 | – | – |
    | copyright | 1.000 | 0.953 | 1.000 | 1.000 |
    | trailers | 1.000 | 0.807 | – | – |
    | head lines | 1.000 | 0.697 | – | – |

Body sentences lost: held-out-26 0/5457 (was 80), negatives-26 0/2098. Causes fixed:

- A broadcast transcript's speaker label alone on its line ("[앵커]", "[기자]", "[리포트]", "[녹취]") is
  never a UI string of the lexicon (chrome.py); a short Korean statement ("KBS 김수연입니다.": a word glued
  to its ending) may close an article as an English one of three words does (40 + 40 sentences kept; the
  closing reporter line now gives the byline of the SBS and KBS pages).
- A bare date and time between two photo captions is the gallery's (chrome.py: negatives-26 head lines
  40 false to 0); a run of three Hangul words or more is no name, nor a list of names with one
  ("북한, 동해상으로 탄도미사일 발사" under the gallery had turned into a byline once the time went).
- "Top 10 Stories" is a section heading that ends the article (lexicon): the Korea Times' footer no
  longer reads as the story's closing line (9 false trailers), and its page now shows its chrome, so
  the provider line "Yonhap", the time line, the tag and the dateline under them are read.
- Newsis' "◎공감언론 뉴시스 name@newsis.com" gives its address as the credit (an agency's name, after its
  motto, before the address: 23 false credits); "뉴시스통신사" is listed, so its "<저작권자ⓒ 공감언론
  뉴시스통신사. ...>" is the agency's notice (the copyright, 23).
- "Copyright (c) YONHAP NEWS AGENCY" (no year) is a copyright notice (81 pages' copyright).
- A Korean time line of posting and update glued as copied ("등록 2026.11.05 10:41:23수정 ...",
  "입력 2026. 11. 5. 10:41수정 ...") is one timestamp ("등록" a time label).
- The WordPress copy's "Yonhap News Agency (All rights reserved)" (the rights in brackets) is the
  agency's notice, a closing line of the story (9 trailers).

Still missed: the Korean menus (one Hangul word a line: no title case, so no menu) keep the head of
the Newsis, News1, Daum and Korean press pages unread (byline line "NAME 기자", "입력"/"업데이트", the
glued time line, "NAME 기자 | ... 송고"); the broadcasters' closing lines under the reporter's (crew
credits, YTN's tip box, the copyright) and YTN's "YTN NAME (address)"; the Hankyoreh's "ⓒ 한겨레신문사 :
..." notice. The Korean press' closing "NAME 기자 name@paper" gives no credit: round five's contract
("김동현 기자 dhkim@hani.co.kr", no credit; its korean-paper template and test) says otherwise, and a
rule giving the address (tried) took held-out-5 credits precision to 0.929: a contract to reconcile.

Second fit (branch komenu): in scripts without case, three or more link-shaped lines of one or two
words in a row are a menu, so the heads under Newsis', News1's, Daum's and the Korean papers' menus
are read. Held-out-26: tags 0.904 -> 0.997, place and agency 0.968 -> 1.000, byline 0.927 -> 0.965,
source 0.947 -> 0.975, head lines 0.697 -> 0.927; credits 0.640, copyright 0.953 and trailers 0.807
unchanged; precision 1.000 and no body sentence lost; every other set unchanged.

Third fit (branch fit26b): the Korean press' and the broadcasters' closing lines.
Contract (the lead's decision): the Korean press' closing "NAME 기자 name@paper" is a
reporter's e-mail line (issue 5), so its address is a credit; round five's korean-paper
and round six's korean-brackets templates and their tests were reconciled (they had
expected no credit: held-out-6 credits P fell to 0.728 until then, its 40
korean-brackets pages' addresses: the same clash, not false positives). Rules: a Korean
reporter's closing line (names, a listed role, the address; or a broadcaster's name, the
reporter's, the address: "YTN NAME (address)", which names the source) gives the address
as a credit (40 Korean-paper and 40 broadcaster pages); a broadcast crew's line ("촬영기자 :
NAME", "영상편집 : NAME") is a credit (lexicon, 40 broadcaster pages); YTN's tip box ("※
'당신의 제보가 뉴스가 됩니다'", "[카카오톡] ...", "[전화] NUMBER", "[메일] ADDRESS") is closing markers
(lexicon; a bracketed channel over a sentence stays) and "[저작권자(c) YTN ...]" the
copyright (10 YTN pages); "저작권자" comes first among the Korean legal phrases, so that
notice is the page's (its YTN pages had shown no chrome at all); the circled "ⓒ" is the
copyright sign ("ⓒ 한겨레신문사 : ...", 11: the copyright); EIN Presswire's unlabelled contact
block over "email us here" (a person's name alone on top, a company, a telephone number
last) is closing lines. Held-out-26 recall: byline 0.965 -> 1.000, source 0.975 ->
1.000, credits 0.640 -> 1.000, copyright 0.953 -> 1.000, trailers 0.807 -> 0.955, head
lines 0.927 -> 0.942; held-out-21 trailers 0.925 -> 0.946; precision 1.000 on every
field of every set, no body sentence lost, ground-truth texts 2/94,270, the real-page,
chrome and title tables unchanged. Still missed: the Korean papers' own notice under the
reporter's line ("Copyright © 조선일보. ...", "ⓒ 한겨레신문사 : ...") fills the copyright but
leaves as the page's chrome, not as a closing line (40 trailers: reading it as the
story's kept a real Korean page's footer, Zyte, so it stays the page's); Daum's glued
time line and Newsis' head lines; EIN's "Visit us on social media:" list and its "Legal
Disclaimer:" under the contact block.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cleannews.evaluation.wire import Case, Draft
    from cleannews.evaluation.wire_shapes import Template

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
MONTHS_AP = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
WRITERS = ("Kim Soo-yeon", "Lee Jae-young", "Park Min-su", "Choi Ji-eun", "Yoo Jee-ho", "Kang Yoon-seung")
KO_WRITERS = ("김수연", "이재영", "박민수", "최지은", "정하늘", "한지우")
MAILBOXES = ("kimsy", "jaeyoung", "mspark", "elly", "hague", "jwhan")
KO_TITLES = (
    "정부, 내년 예산안 국회 제출…복지 지출 역대 최대",
    "한미 국방장관 회담…연합훈련 확대 합의",
    "서울 아파트값 3주 연속 상승…강남권 주도",
    "북한, 동해상으로 탄도미사일 발사",
    "수출 14개월 연속 증가…반도체 호조",
    '기준금리 동결…한은 "물가 둔화 지켜볼 것"',
    "전국 곳곳 비…내일 아침 기온 뚝",
    "대법원, 노조법 개정 관련 첫 판결",
)
EN_OTHER = (
    "Yoon vows to boost defense exports",
    "BOK keeps key rate unchanged at 3.25 pct",
    "N. Korea fires ballistic missile into East Sea",
    "Exports rise for 14th straight month on chips",
    "Seoul stocks open higher on tech gains",
    "S. Korea, Japan agree to expand youth exchanges",
)
EN_MENU = ["Yonhap News Agency", "Search", "한국어", "中文", "日本語", "العربية", "Español", "Français"]
EN_SECTIONS = ["National", "North Korea", "Economy", "Market", "Sci/Tech", "Culture", "Sports", "Photos"]


def _when(rng: random.Random) -> tuple[int, int, int, int]:
    """Day, month (1-12), hour, minute."""
    return rng.randint(1, 28), rng.randint(1, 12), rng.randint(6, 22), rng.randint(0, 59)


def _ko_title(rng: random.Random, d: Draft) -> None:
    d.title = rng.choice(KO_TITLES)
    d.dek = []


def _caption(d: Draft, text: str) -> None:
    """A photo's caption under the headline (page chrome: nothing expected)."""
    d.title = f"{d.title}\n\n{text}"


def _yna_frame(rng: random.Random, d: Draft, section: str) -> str:
    """Yonhap English's page around a story; returns the footer's copyright line."""
    footer = rng.choice(["Copyright (c) YONHAP NEWS AGENCY", "(C) 2026 Yonhap News Agency. All Rights Reserved."])
    d.page_above = [*EN_MENU[: rng.randint(2, len(EN_MENU))], *EN_SECTIONS, "", section, ""]
    d.page_below = [
        "",
        "Keywords",
        "#defense",
        "#Seoul",
        "",
        "Most Viewed",
        *(f"{i}. {rng.choice(EN_OTHER)}" for i in range(1, 4)),
        "",
        "About Us",
        "Contact Us",
        "Privacy Policy",
        footer,
    ]
    return footer


def _yonhap_dateline(rng: random.Random, d: Draft, c: Case, place: str = "SEOUL") -> None:
    day, month, _, _ = _when(rng)
    c.place, c.date, c.agency = place, f"{MONTHS_AP[month - 1]} {day}", "Yonhap"
    d.dateline = f"{place}, {c.date} (Yonhap) --"


def _time_line(rng: random.Random) -> str:
    day, month, hour, minute = _when(rng)
    return (
        f"{rng.choice(['All News', 'National', 'Economy'])} {hour:02d}:{minute:02d} {MONTHS[month - 1]} {day:02d}, 2026"
    )


def h26_yna_english(rng: random.Random, d: Draft, c: Case) -> None:
    """en.yna.co.kr: tagged headline, caption, time line, ATTN note, byline, dateline, e-mail, (END)."""
    c.tags = rng.choice([("LEAD",), ("2nd LD",), ("3rd LD",), ("URGENT",), ("News Focus",), ()])
    d.title = "".join(f"({t}) " for t in c.tags) + d.title
    c.copyright = _yna_frame(rng, d, rng.choice(EN_SECTIONS))
    if rng.random() < 0.5:
        _caption(d, "This file photo shows the defense ministry building in Seoul. (Yonhap)")
    d.head.append(_time_line(rng))
    if c.tags and c.tags[0].endswith("LD") and rng.random() < 0.6:
        d.head.append("(ATTN: ADDS more info in paras 4-6; CHANGES headline)")
    if rng.random() < 0.6:
        c.byline = rng.choice(WRITERS)
        d.head.append(f"By {c.byline}")
    _yonhap_dateline(rng, d, c)
    c.source = "Yonhap"
    if rng.random() < 0.7:
        email = f"{rng.choice(MAILBOXES)}@yna.co.kr"
        d.tail.append(email)
        c.credits = (email,)
    d.tail.append("(END)")
    d.tail_blank = rng.random() < 0.5
    d.head_joint = rng.choice(["\n\n", "\n"])


def h26_yna_north_korea(rng: random.Random, d: Draft, c: Case) -> None:
    """The N. Korea desk: urgent and lead items, often no byline, KCNA quoted in the body."""
    c.tags = rng.choice([("URGENT",), ("LEAD",), ("2nd LD",), ()])
    d.title = "".join(f"({t}) " for t in c.tags) + "N. Korea " + d.title[0].lower() + d.title[1:]
    c.copyright = _yna_frame(rng, d, "North Korea")
    d.head.append(_time_line(rng).replace("All News", "N. Korea").replace("National", "N. Korea"))
    if c.tags == ("2nd LD",):
        d.head.append("(ATTN: UPDATES with details in paras 3-5)")
    if rng.random() < 0.3:
        c.byline = rng.choice(WRITERS)
        d.head.append(f"By {c.byline}")
    _yonhap_dateline(rng, d, c)
    c.source = "Yonhap"
    d.body.insert(0, "The North's official Korean Central News Agency (KCNA) said the test was carried out as planned.")
    if rng.random() < 0.5:
        email = f"{rng.choice(MAILBOXES)}@yna.co.kr"
        d.tail.append(email)
        c.credits = (email,)
    d.tail.append("(END)")


def h26_yna_features(rng: random.Random, d: Draft, c: Case) -> None:
    """Interviews, features, editorials and sports with their event tags."""
    kind = rng.choice(["interview", "feature", "editorial", "sports"])
    c.copyright = _yna_frame(rng, d, "Culture" if kind != "sports" else "Sports")
    d.head.append(_time_line(rng))
    if kind == "editorial":
        day, month, _, _ = _when(rng)
        paper = rng.choice(["Korea Times", "Korea JoongAng Daily", "Korea Herald"])
        c.tags = (f"EDITORIAL from {paper} on {MONTHS_AP[month - 1]} {day}",)
        d.title = f"({c.tags[0]}) {d.title}"
        d.tail.append("(END)")
        return
    if kind == "sports":
        c.tags = rng.choice([("Asiad",), ("World Cup",), ("LEAD", "Asiad"), ("2nd LD", "World Cup")])
        place = rng.choice(["HANGZHOU, China", "DOHA", "NAGOYA, Japan"])
    else:
        c.tags = ("Yonhap Interview",) if kind == "interview" else ("Yonhap Feature",)
        place = "SEOUL"
    d.title = "".join(f"({t}) " for t in c.tags) + d.title
    c.byline = rng.choice(WRITERS)
    d.head.append(f"By {c.byline}")
    _yonhap_dateline(rng, d, c, place)
    c.source = "Yonhap"
    email = f"{rng.choice(MAILBOXES)}@yna.co.kr"
    d.tail += [email, "(END)"]
    c.credits = (email,)


def _ko_yna_tail(rng: random.Random, d: Draft, c: Case, copyright: str) -> None:
    email = f"{rng.choice(MAILBOXES)}@yna.co.kr"
    d.tail.append(email)
    c.credits = (email,)
    if rng.random() < 0.6:
        d.tail.append("제보는 카카오톡 okjebo")
    c.copyright = copyright
    d.tail.append(copyright)
    d.tail_blank = False


def _ko_dateline(
    rng: random.Random, d: Draft, c: Case, agency: str = "연합뉴스", form: str = "({}={}) {} 기자 ="
) -> None:
    city = rng.choice(["서울", "세종", "부산", "수원", "워싱턴", "도쿄"])
    reporter = rng.choice(KO_WRITERS)
    c.place, c.agency, c.byline, c.source = city, agency, reporter, agency
    d.dateline = form.format(city, agency, reporter)


YNA_KO_COPYRIGHT = "<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>"


def h26_yna_korean_ko(rng: random.Random, d: Draft, c: Case) -> None:
    """www.yna.co.kr: bracket tags, 송고 line, the dateline, e-mail, tip line, copyright."""
    _ko_title(rng, d)
    c.tags = rng.choice([("속보",), ("1보",), ("2보",), ("종합",), ("종합2보",), ("연합뉴스 인터뷰",), ("영상",), ()])
    d.title = "".join(f"[{t}] " for t in c.tags) + d.title
    d.page_above = [
        "연합뉴스",
        "전체메뉴",
        "검색",
        "English",
        "中文",
        "",
        "정치",
        "북한",
        "경제",
        "산업",
        "사회",
        "전국",
        "",
    ]
    day, month, hour, minute = _when(rng)
    d.head.append(f"송고2026-{month:02d}-{day:02d} {hour:02d}:{minute:02d}")
    if rng.random() < 0.5:
        _caption(d, "회의 주재하는 장관 [연합뉴스 자료사진]")
    _ko_dateline(rng, d, c)
    _ko_yna_tail(rng, d, c, YNA_KO_COPYRIGHT)
    if rng.random() < 0.4:
        d.tail.append(f"2026/{month:02d}/{day:02d} {hour:02d}:{minute:02d} 송고")
    d.page_below = ["", "관련 뉴스", f"[종합] {rng.choice(KO_TITLES)}", "", "많이 본 뉴스", "1", rng.choice(KO_TITLES)]
    d.page_below += ["", "Copyright (c) Yonhap News Agency. All rights reserved."]


def h26_portals_ko(rng: random.Random, d: Draft, c: Case) -> None:
    """Yonhap's Korean copy on Naver and Daum: portal menus, 입력 / 수정 lines, 기사원문, 구독."""
    _ko_title(rng, d)
    c.tags = rng.choice([("속보",), ("2보",), ("종합",), ()])
    d.title = "".join(f"[{t}] " for t in c.tags) + d.title
    day, month, hour, minute = _when(rng)
    half = "오전" if hour < 12 else "오후"
    h12 = hour if hour <= 12 else hour - 12
    if rng.random() < 0.5:
        d.page_above = ["NAVER", "뉴스", "연예", "스포츠", "날씨", "프리미엄", "", "연합뉴스", "구독", ""]
        d.head += [
            f"입력2026.{month:02d}.{day:02d}. {half} {h12}:{minute:02d}",
            f"수정2026.{month:02d}.{day:02d}. {half} {h12}:{minute:02d}",
        ]
        _caption(d, "기사원문\n본문 요약봇\n텍스트 음성 변환 서비스 사용하기\n글자 크기 변경하기\nSNS 보내기\n인쇄하기")
        copyright = "Copyright ⓒ 연합뉴스. All rights reserved. 무단 전재-재배포, AI 학습 및 활용 금지."
        d.page_below = [
            "",
            "구독",
            "메인에서 바로 보는 언론사 편집 뉴스",
            "",
            "Copyright ⓒ NAVER Corp. All Rights Reserved.",
        ]
    else:
        d.page_above = ["Daum", "뉴스", "홈", "사회", "정치", "경제", "국제", "", "연합뉴스", ""]
        d.head.append(
            f"입력 2026. {month}. {day}. {hour:02d}:{minute:02d}수정 2026. {month}. {day}. {hour:02d}:{minute:02d}"
        )
        _caption(d, "번역 설정\n글씨크기 조절하기\n인쇄하기")
        copyright = YNA_KO_COPYRIGHT
        d.page_below = ["", "구독", "연합뉴스 구독하기", "", "Copyright © Kakao Corp. All rights reserved."]
    _ko_dateline(rng, d, c)
    _ko_yna_tail(rng, d, c, copyright)


def h26_korean_english_papers(rng: random.Random, d: Draft, c: Case) -> None:
    """Yonhap on the Korea JoongAng Daily, the Korea Times and the Korea Herald."""
    day, month, hour, minute = _when(rng)
    paper = rng.choice(["joongang", "times", "herald"])
    keep_dateline = rng.random() < 0.5
    if keep_dateline:
        _yonhap_dateline(rng, d, c)
    if paper == "joongang":
        d.page_above = ["Korea JoongAng Daily", "National", "Business", "Entertainment", "Sports", "Opinion", ""]
        d.head.append(f"Published: {day:02d} {MONTHS_AP[month - 1].rstrip('.')[:3]}. 2026, {hour:02d}:{minute:02d}")
        d.tail.append("YONHAP [english@joongang.co.kr]")
        c.source, c.credits = "YONHAP", ("english@joongang.co.kr",)
        d.page_below = [
            "",
            "Related Article",
            rng.choice(EN_OTHER),
            "",
            "Copyright © 2026 JoongAng Daily. All Rights Reserved.",
        ]
        c.copyright = d.page_below[-1]
    elif paper == "times":
        c.tags = rng.choice([("LEAD",), ("2nd LD",), ()])
        d.title = "".join(f"({t}) " for t in c.tags) + d.title
        d.page_above = ["The Korea Times", "North Korea", "Politics", "Foreign Affairs", "Defense", ""]
        d.head += [
            "Yonhap",
            f"Posted : 2026-{month:02d}-{day:02d} {hour:02d}:{minute:02d}"
            f" | Updated : 2026-{month:02d}-{day:02d} {hour + 1:02d}:{minute:02d}",
        ]
        c.source = "Yonhap"
        d.page_below = ["", "Top 10 Stories", rng.choice(EN_OTHER), "", "© koreatimes.co.kr. All rights reserved."]
        c.copyright = d.page_below[-1]
    else:
        d.page_above = ["The Korea Herald", "Search", "National", "Politics", "Social Affairs", "Foreign Affairs", ""]
        d.head += ["By Yonhap", f"Published : {MONTHS_AP[month - 1]} {day}, 2026 - {hour:02d}:{minute:02d}"]
        c.byline = c.source = "Yonhap"
        d.tail.append("(Yonhap)")
        d.page_below = [
            "",
            "Most Popular",
            rng.choice(EN_OTHER),
            "",
            "Copyright Herald Corporation. All Rights Reserved.",
        ]
        c.copyright = d.page_below[-1]


def h26_aggregators(rng: random.Random, d: Draft, c: Case) -> None:
    """Yonhap on MSN and NewsBreak: the provider line, MSN's "Story by", the dateline, (END)."""
    c.tags = rng.choice([("LEAD",), ("URGENT",), ()])
    d.title = "".join(f"({t}) " for t in c.tags) + d.title
    _yonhap_dateline(rng, d, c)
    c.source = "Yonhap News Agency"
    if rng.random() < 0.5:
        d.page_above = ["Skip to content", "MSN", "Search", "Discover", "Following", "News", ""]
        d.head.append("Yonhap News Agency")
        c.byline = rng.choice(WRITERS)
        d.head.append(f"Story by {c.byline} • {rng.randint(1, 11)}h")
        d.page_below = ["", "Continue reading", "More for You", rng.choice(EN_OTHER), "© 2026 Microsoft"]
        c.copyright = "© 2026 Microsoft"
    else:
        day, month, _, _ = _when(rng)
        d.page_above = ["NewsBreak", "Open in App", "Home", "For you", "Local", ""]
        d.head += ["Yonhap News Agency", f"{MONTHS_AP[month - 1]} {day}, 2026"]
        d.page_below = ["", "Comments", "Add a comment", "", "Related", rng.choice(EN_OTHER)]
    if rng.random() < 0.5:
        d.tail.append("(END)")


def h26_wordpress_seed(rng: random.Random, d: Draft, c: Case) -> None:
    """The seed's page: the theme's search box twice, a tagged headline, "Source: Yonhap News Agency"."""
    c.tags = rng.choice([("LEAD",), ("2nd LD",), ("News Focus",), ("LEAD", "Asiad"), ()])
    d.title = "".join(f"({t}) " for t in c.tags) + d.title
    d.page_above = ["Search", "Close this search box.", "Search", "Close this search box."]
    if rng.random() < 0.4:
        _yonhap_dateline(rng, d, c)
    d.tail.append("Source: Yonhap News Agency")
    c.source = "Yonhap News Agency"
    if rng.random() < 0.3:
        c.copyright = "Yonhap News Agency (All rights reserved)"
        d.tail.append(c.copyright)
    d.tail_blank = rng.random() < 0.5
    if rng.random() < 0.5:
        footer = "Copyright © 2026 Korea Today Wire"
        d.page_below = ["", "Share this:", "Facebook", "X", "", "Post navigation", rng.choice(EN_OTHER), ""]
        d.page_below.append(f"{footer} | Powered by Astra WordPress Theme")
        c.copyright = c.copyright or footer


def h26_korean_agencies_ko(rng: random.Random, d: Draft, c: Case) -> None:
    """Newsis and News1: their datelines, glued time lines, closing lines and copyright."""
    _ko_title(rng, d)
    c.tags = rng.choice([("속보",), ("종합",), ()])
    d.title = "".join(f"[{t}] " for t in c.tags) + d.title
    day, month, hour, minute = _when(rng)
    box = rng.choice(MAILBOXES)
    if rng.random() < 0.5:
        d.page_above = ["뉴시스", "전체기사", "정치", "경제", "사회", "국제", ""]
        d.head.append(
            f"등록 2026.{month:02d}.{day:02d} {hour:02d}:{minute:02d}:12"
            f"수정 2026.{month:02d}.{day:02d} {hour:02d}:{minute:02d}:45"
        )
        _ko_dateline(rng, d, c, "뉴시스", rng.choice(["[{}={}]{} 기자 =", "【{}={}】{} 기자 ="]))
        d.tail.append(f"◎공감언론 뉴시스 {box}@newsis.com")
        c.credits = (f"{box}@newsis.com",)
        c.copyright = "<저작권자ⓒ 공감언론 뉴시스통신사. 무단전재-재배포, AI학습 및 활용 금지.>"
    else:
        d.page_above = ["뉴스1", "정치", "경제", "사회", "국제", ""]
        d.head.append(f"{rng.choice(KO_WRITERS)} 기자  |  2026-{month:02d}-{day:02d} {hour:02d}:{minute:02d} 송고")
        _ko_dateline(rng, d, c, "뉴스1")
        d.head[-1] = f"{c.byline} 기자  |  2026-{month:02d}-{day:02d} {hour:02d}:{minute:02d} 송고"
        d.tail.append(f"{box}@news1.kr")
        c.credits = (f"{box}@news1.kr",)
        c.copyright = "Copyright ⓒ 뉴스1. All rights reserved. 무단 전재 및 재배포, AI학습 이용 금지."
    d.tail.append(c.copyright)
    d.tail_blank = False
    d.page_below = ["", "많이 본 뉴스", rng.choice(KO_TITLES), rng.choice(KO_TITLES)]


def h26_broadcasters_ko(rng: random.Random, d: Draft, c: Case) -> None:
    """YTN, KBS and SBS web pages of a broadcast item: [앵커] / [기자] transcript, sign-off, tip box."""
    _ko_title(rng, d)
    day, month, _, minute = _when(rng)
    reporter, box = rng.choice(KO_WRITERS), rng.choice(MAILBOXES)
    station = rng.choice(["YTN", "KBS", "SBS"])
    d.page_above = [station, "뉴스", "정치", "경제", "사회", "전국", "국제", ""]
    d.head.append(f"2026.{month:02d}.{day:02d}. 오후 {rng.randint(1, 11)}:{minute:02d}")
    first = d.lede
    d.lede = "[앵커]"
    d.body = [first, "[기자]", *d.body, f"{station} {reporter}입니다."]
    c.byline = reporter
    if station == "YTN":
        d.tail.append(f"YTN {reporter} ({box}@ytn.co.kr)")
        c.source = "YTN"
        crew = f"촬영기자 : {rng.choice(KO_WRITERS)}"
        d.tail.append(crew)
        d.tail += [
            "※ '당신의 제보가 뉴스가 됩니다'",
            "[카카오톡] YTN 검색해 채널 추가",
            "[전화] 02-398-8585",
            "[메일] social@ytn.co.kr",
        ]
        c.copyright = "[저작권자(c) YTN 무단전재, 재배포 및 AI 데이터 활용 금지]"
    else:
        d.tail.append(f"{reporter} 기자 ({box}@{station.lower()}.co.kr)")
        crew = f"영상편집 : {rng.choice(KO_WRITERS)}"
        d.tail.append(crew)
        c.copyright = f"Copyright ⓒ {station}. All rights reserved. 무단 전재, 재배포 및 AI 학습 이용 금지"
    c.credits = (f"{box}@{station.lower()}.co.kr", crew)
    d.tail.append(c.copyright)
    d.tail_blank = False
    d.page_below = ["", "많이 본 뉴스", rng.choice(KO_TITLES)]


def h26_korean_press_ko(rng: random.Random, d: Draft, c: Case) -> None:
    """Chosun, JoongAng and Hankyoreh staff stories: byline and time lines, the closing name and address."""
    _ko_title(rng, d)
    day, month, hour, minute = _when(rng)
    reporter, box = rng.choice(KO_WRITERS), rng.choice(MAILBOXES)
    paper, domain, copyright = rng.choice(
        [
            (
                "조선일보",
                "chosun.com",
                "Copyright © 조선일보. All rights reserved. 무단 전재, 재배포 및 AI 학습 이용 금지",
            ),
            (
                "중앙일보",
                "joongang.co.kr",
                "Copyright ⓒ 중앙일보 All Rights Reserved. 무단전재, 재배포 및 AI학습 이용 금지",
            ),
            ("한겨레", "hani.co.kr", "ⓒ 한겨레신문사 : 무단 전재 및 재배포, AI 학습 이용 금지"),
        ]
    )
    d.page_above = [paper, "정치", "사회", "국제", "경제", "오피니언", ""]
    c.byline = reporter
    d.head += [f"{reporter} 기자", f"입력 2026.{month:02d}.{day:02d}. {hour:02d}:{minute:02d}"]
    if rng.random() < 0.5:
        d.head.append(f"업데이트 2026.{month:02d}.{day:02d}. {hour:02d}:{minute:02d}")
    d.tail.append(f"{reporter} 기자 {box}@{domain}")
    c.credits = (f"{box}@{domain}",)
    c.copyright = copyright
    d.tail.append(copyright)
    d.tail_blank = False
    d.page_below = ["", "많이 본 뉴스", rng.choice(KO_TITLES), "", f"{paper} 회사소개", "개인정보처리방침"]


def h26_yna_photo(rng: random.Random, d: Draft, c: Case) -> None:
    """A Yonhap story under a run of "(Yonhap)" photo captions and a "(PHOTO NOT FOR SALE)" note."""
    c.tags = rng.choice([("LEAD",), ()])
    d.title = "".join(f"({t}) " for t in c.tags) + d.title
    c.copyright = _yna_frame(rng, d, "Photos")
    _caption(
        d,
        "Officials attend a ceremony in Seoul on Nov. 5, 2026, in this photo provided by the ministry. "
        "(PHOTO NOT FOR SALE) (Yonhap)",
    )
    d.head.append(_time_line(rng))
    _yonhap_dateline(rng, d, c)
    c.source = "Yonhap"
    d.tail.append("(END)")


HELD_OUT_26: dict[str, Template] = {
    "yna-english-26": h26_yna_english,
    "yna-north-korea-26": h26_yna_north_korea,
    "yna-features-26": h26_yna_features,
    "yna-photo-26": h26_yna_photo,
    "yna-korean-26-ko": h26_yna_korean_ko,
    "portals-26-ko": h26_portals_ko,
    "korean-english-papers-26": h26_korean_english_papers,
    "aggregators-26": h26_aggregators,
    "wordpress-seed-26": h26_wordpress_seed,
    "korean-agencies-26-ko": h26_korean_agencies_ko,
    "broadcasters-26-ko": h26_broadcasters_ko,
    "korean-press-26-ko": h26_korean_press_ko,
}


# --- negatives: look-alikes, nothing is metadata but a footer's copyright ----------------------


def n26_most_viewed(rng: random.Random, d: Draft, c: Case) -> None:
    """An English staff story under a "Most Viewed" list of timed, tagged and datelined headlines."""
    d.page_above = [
        "Korea Daily Review",
        "Search",
        "",
        "Most Viewed",
        f"(LEAD) {EN_OTHER[0]}",
        "10:41 November 05, 2026",
        f"(2nd LD) {EN_OTHER[1]}",
        "09:12 November 05, 2026",
        f"SEOUL, Nov. 5 (Yonhap) -- {EN_OTHER[2]} ...",
        "",
    ]
    c.copyright = "Copyright © 2026 Korea Daily Review. All rights reserved."
    d.page_below = ["", "Latest", f"(URGENT) {rng.choice(EN_OTHER)}", "", c.copyright]


def n26_photo_gallery_ko(rng: random.Random, d: Draft, c: Case) -> None:
    """A Korean staff story between "[포토]" gallery captions and a "많이 본 뉴스" list."""
    _ko_title(rng, d)
    d.page_above = [
        "지역일보",
        "",
        "[포토] 가을 단풍 절정 맞은 설악산 [연합뉴스 자료사진]",
        "2026.11.05 10:41",
        "[포토] 수능 앞둔 수험생들 [촬영 김수연]",
        "",
    ]
    d.page_below = ["", "많이 본 뉴스", f"[속보] {rng.choice(KO_TITLES)}", f"[종합] {rng.choice(KO_TITLES)}"]
    if rng.random() < 0.5:
        c.copyright = "Copyright © 지역일보. All rights reserved."
        d.page_below += ["", c.copyright]


def n26_quoting(rng: random.Random, d: Draft, c: Case) -> None:
    """An English blog story whose sentences quote "(LEAD)", "(END)" and Yonhap."""
    d.page_above = ["Search", "Close this search box.", ""]
    d.body.insert(
        0, 'Yonhap marks an updated story with "(LEAD)" in its headline and closes each dispatch with "(END)".'
    )
    d.body.append("The figures were first reported by Yonhap News Agency, which cited officials at the ministry.")


def n26_quoting_ko(rng: random.Random, d: Draft, c: Case) -> None:
    """A Korean story whose sentences say "연합뉴스에 따르면" and quote a dateline in prose."""
    _ko_title(rng, d)
    d.page_above = ["주간 경제", "전체기사", ""]
    d.body.insert(0, "연합뉴스에 따르면 정부는 이번 주 안에 관련 대책을 발표할 예정이다.")
    d.body.append("통신사 기사는 보통 '(서울=연합뉴스)'로 시작하며 기자 이름과 이메일로 끝난다고 설명했다.")


NEGATIVES_26: dict[str, Template] = {
    "most-viewed-26": n26_most_viewed,
    "photo-gallery-26-ko": n26_photo_gallery_ko,
    "quoting-26": n26_quoting,
    "quoting-26-ko": n26_quoting_ko,
}
