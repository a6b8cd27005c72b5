"""Round-twenty-two templates for the wire harness: whole-page copies of mainstream wire stories.

Written blind, before any round-twenty-two rule and without reading the rules or the earlier rounds'
templates, from how users copy a whole news page in 2024-2026 (select all and copy in a browser, or a
scraper's text dump) when the page holds one mainstream wire story: the seed's shape (a WordPress site
running Yonhap's story under "Search" / "Close this search box." twice, "(LEAD)" on the headline,
"Source: Yonhap News Agency" under it), Yonhap's own English and Korean pages (language switches,
menus, the section, the time line, share and font buttons, a photo's caption ending "(Yonhap)",
keywords, "Most Viewed", the address and copyright of the footer; 송고 lines, 제보 line, 관련 뉴스),
reuters.com (masthead menus, the glued time line, "Item 1 of 3 ..." / "[1/3] ... Purchase Licensing
Rights, opens new tab" captions, "Advertisement" marks, "Suggested Topics:", share
buttons, "Read Next", the "Site Index" footer with Reuters' own description and "© 2026 Reuters. All
rights reserved"), Reuters' clients (Yahoo with "UPDATE 2-" tags, U.S. News' "By Reuters" and
"Copyright 2026 Thomson Reuters." above the site's own copyright, Arab News' colon dateline), apnews.com
(menu, "By JANE DOE", "Updated ...", share buttons, "FILE - ... (AP Photo/..., File)" and "Read More",
"Advertisement" between paragraphs, "___" and the closing lines, "Most read", AP's self-description and
"Copyright 2026 The Associated Press. All Rights Reserved." in the footer), AP members (a BLOX paper and
a Nexstar station, AP's notice under the story over the site's own near-identical notice), AFP on
France 24, Barron's and Yahoo, Xinhua's site and China Daily's reprint, Kyodo's site and the Japan
Times, Bernama's site, PTI and ANI on ThePrint, The Week and Business Standard, dpa international on a
client's page, EFE English, ANSA English, Anadolu, PA on Newsquest regionals, AAP on The Canberra Times
and SBS, The Canadian Press on CTV and Global News. Every name, address and sentence here is made up;
only the shapes are the pages'.

Contract (the harness' fields), following the choices rounds seventeen to twenty-one list as settled:
an agency in the byline's place fills the byline too ("By Reuters" gives byline and source "Reuters");
a provider line over a time names the source, not the byline ("Reuters", "AFP", "ANI", "PTI", "dpa",
"Kyodo" over Yahoo's, ThePrint's and the others' time lines); a dateline's bracketed region and country
are no part of the place (ANI's "Bengaluru (Karnataka) [India]" gives "Bengaluru"); a closing sign-off
names the source as printed when nothing stronger does, and "-- BERNAMA" wins over the dateline's
"(Bernama)"; AP's funding note is an end mark with no field; a reading time glued to Yahoo's time line
is part of that head line; an agency's desk after its name gives the agency ("PA Political
Correspondent" gives "PA"); a "Source: X" line is the strongest source; Xinhua's head record is a head
line naming the source, its editor no credit; the settled forms of rounds seventeen and eighteen for
Yonhap, Reuters, AP, AFP, Xinhua, China Daily, Kyodo, the Japan Times, PTI, ANI, Anadolu, EFE, ANSA,
PA, AAP, SBS and The Canadian Press (head lines, credits, copyright lines as printed). Choices made
before the blind run, for what a whole page adds:

- Page chrome is no field. Every line of the page around the story -- menus, language switches,
  "Skip to content", search boxes ("Search", "Close this search box."), section labels, share, font
  and print buttons, photo captions with their credits ("(AP Photo/NAME, File)", "REUTERS/NAME",
  "© NAME / AFP", "(Yonhap)", "| KYODO", "| ANI"), video embeds ("Click to play video: '...'"),
  reading-time lines alone ("2 min Reading time"), "Advertisement" marks between paragraphs, keyword
  and topic lists, "Most read", "Read Next", "Related", "Latest" lists, newsletter and app promos,
  comment forms, post navigation, the site's footer with its links, address, self-description and its
  own copyright line -- is written outside the draft's head, body and tail (``_frame``,
  ``_before_lede``, ``_ads``), so the harness expects nothing of it: no head line, no trailer, no body
  sentence. A chrome line taken by the chrome pass counts for nothing; a chrome line the wire pass
  takes counts as a false head line or trailer (and a footer's copyright read as the story's as a false
  ``copyright``); a chrome line left in the text counts only through what it hides (a kept footer
  under the story can hide the story's closing lines from the wire pass). This is how the harness
  scores lines the chrome pass removes: they are not wire removals, so they can never be expected as
  head lines or trailers; round seventeen reconciled reading times and photo credits the same way.
- A site's footer copyright is chrome even on the agency's own site ("(C) 2026 Yonhap News Agency. All
  Rights Reserved.", "Copyright 2026 The Associated Press. All Rights Reserved." at the foot of
  apnews.com, "© 2026 Reuters. All rights reserved", "Copyright © 2000-2026 XINHUANET.com All rights
  reserved."): it is the page's notice, below menus and lists, not the story's closing line. The
  story's own copyright line, written directly under its last paragraph or closing lines, is the
  ``copyright`` and a trailer (AP's notice on a member's page, "Copyright 2026 Thomson Reuters." on
  U.S. News, "© 2026 AFP" on France 24, Yonhap's "<저작권자(c) 연합뉴스, ...>", "ALL RIGHTS RESERVED
  © Copyright ANSA", "© 2026 The Canadian Press" on Global News).
- Head lines: the story's own head above the lede, as settled: time lines in the sites' formats
  ("All News 11:17 November 30, 2026", "11:17 November 30, 2026", "National 11:17 November 30, 2026",
  "송고2026-11-05 15:12", "Issued on: 05/11/2026 - 15:12Modified: 05/11/2026 - 17:40", "Updated Nov 5,
  2026, 3:12 pm EST / Original Nov 5, 2026, 1:05 am EST", "Posted: Nov 5, 2026 / 3:12 PM EST",
  "Updated: ...", "05/11/2026 3:12 PM", "05.11.2026, 15:12", "Nov. 5, 2026 | 3:12 PM", "Last Updated :
  Nov 05 2026 | 3:12 PM IST", "20th March 2026", "Published 5 November 2026 3:12pm"), byline and
  provider lines, affiliation lines, Yonhap's "(ATTN: ...)", SBS's "Source: AAP", Business Standard's
  "Press Trust of India | New Delhi".
- ``byline``: the writer's name as printed; "By: NEWS WIRES" on France 24 fills it as printed ("NEWS
  WIRES": the byline slot's credit, as "By Reuters" fills it) and names no source (the dateline's AFP
  does); Barron's "By AFP - Agence France Presse" gives byline and source "AFP - Agence France Presse"
  as printed (as "By The Associated Press" gives "The Associated Press"); "By PA News Agency" gives
  byline and source "PA News Agency".
- ``source``: "Source: Yonhap News Agency" under the seed's story gives "Yonhap News Agency"; Yonhap's
  own page names no source but its dateline ("Yonhap"); "연합뉴스" on the Korean page; Business
  Standard's "Press Trust of India" as printed; "KYODO NEWS" of Kyodo's head line; "Anadolu Agency" of
  its closing note.
- Trailers: the story's closing lines only, from its last paragraph down to the first line of chrome:
  reporter e-mails (credits), "(END)", "Source: ...", "(Reporting by ...)" (credit), "Our Standards:
  ...", "___", AP's contributors' line (credit), "Follow AP's coverage ..." and the funding note, the
  story's copyright line, desk codes (credits: "burs-jm/dc", "PTI SKU ANB ANB", "ab/cd"), a glued
  "(ANI)" cut from the last paragraph, the portals' syndication notes ("This report is auto-generated
  from ANI news service. ...", "(This story has not been edited by THE WEEK ...)", "(Only the headline
  and picture of this report may have been reworked ...)"), "Enditem", "==Kyodo", "-- BERNAMA", a
  closing "AAP", The Canadian Press' first-published note (credit), Anadolu's subscription note,
  Yonhap's Korean tip line ("제보는 카카오톡 okjebo": no field) and "송고" line.
- Tags: Yonhap's bracketed tags ("LEAD", "2nd LD", "3rd LD", "URGENT", "News Focus", "Yonhap
  Interview", "Yonhap Feature"; "속보", "2보", "종합", "종합2보", "단독", "인터뷰"), Reuters' "UPDATE 2",
  "UPDATE 1", "EXCLUSIVE", "CORRECTED" on Yahoo, reuters.com's "Exclusive" and "Explainer" labels.
  A tagged headline in a page's list is not the story's tag.
- Negatives (no agency, nothing is metadata, every paragraph stays): a site's own story under a
  "Latest news" list of timed and place-headed items and over "Most read" with times, "By category"
  menus, a footer listing Reuters, AP and AFP as partners and "© 2026 Site. All rights reserved."; the
  seed's WordPress page around a blog's story whose sentences quote Yonhap, Reuters, AP, AFP, Xinhua,
  Kyodo and Bernama, "(LEAD)" and "(2nd LD)", and end on one naming an agency (or opening "Source: a
  statement ..."); a footer with the newsroom's e-mail address, a data box's "Source: ..." lines,
  "Reuters" and "AP" among links, and the site's rights lines; lists of other stories tagged "(LEAD)",
  "(2nd LD)", "UPDATE 2-", "EXCLUSIVE-" above and below a plain-headlined story.

Blind first run (``python -m cleannews.evaluation.wire --data ../shared/data --misses``, the
held-out-22 and negatives-22 columns of the table as printed; 480 and 160 articles)::

    | field | held-out-22 P | held-out-22 R | negatives-22 P | negatives-22 R |
    | tags | 1.000 | 0.640 | – | – |
    | dateline place | 1.000 | 0.983 | – | – |
    | dateline agency | 1.000 | 0.981 | – | – |
    | dateline date | 1.000 | 0.971 | – | – |
    | byline | 0.939 | 0.906 | – | – |
    | source | 0.914 | 0.838 | – | – |
    | credits | 1.000 | 0.945 | – | – |
    | copyright | 0.165 | 0.661 | 0.000 | – |
    | trailers | 1.000 | 0.621 | – | – |
    | head lines | 1.000 | 0.646 | – | – |

Body sentences lost: held-out-22 61/4269, negatives-22 0/1330. Every other set printed what it
prints on this branch's main (ground-truth texts 2/94270).

One template bug, fixed after the blind run: reuters.com's "Advertisement · Scroll to continue" mark
between paragraphs has five tokens, so the harness counted it as a body sentence (15 of the 61 "lost"
were that mark, which the chrome pass rightly took); it is now "ADVERTISEMENT" (the same random
draws, the same articles). The second run printed the same table and body sentences lost
held-out-22 46/4254, negatives-22 0/1330. No expected field was found wrong on review.

Every held-out-22 article missed something (40 of each template), mostly the footer's copyright; every
negatives-22 article found a copyright and nothing else. The misses, by cause (articles):

- the site's footer copyright read as the story's ``copyright`` (the chrome pass takes the notice
  and it fills the field; on AP members' pages the story's own notice above it won, 0 misses):
  negatives 160 of 160 ("© 2026 Site. All rights reserved." on a story with no agency), held-out 396
  (yonhap-english, yonhap-republished, reuters-com, apnews and india-papers 40 each, asia-agencies
  34, afp-pages 33, commonwealth 31, reuters-clients 29, europe-agencies 29), and on Yonhap's Korean
  page the footer's "Copyright ⓒ 2026 Yonhap News Agency ..." wins over the story's own "<저작권자(c)
  연합뉴스, ...>" (40): copyright precision 0.165 and negatives-22's 0.000 are this. A contract choice
  of this round (below).
- the story's own head and closing lines taken by the chrome pass before the wire pass sees them (out
  of the text, but no wire head line or trailer, and their fields lost): the headline with its tag
  as "before the article body" (yonhap-english "(2nd LD)" etc. 18, yonhap-page-ko 11); time and
  byline lines above the lede (France 24's "Issued on: ...Modified: ..." 40 and "By: NEWS WIRES" 18,
  so no byline; Yonhap's "송고..." 13; Yahoo's "Reuters" and time line 22; the Japan Times' "Kyodo"
  read as a menu item 11); closing lines taken as copyright notices or "after the article ended": AP's
  notice on members' pages (40: the ``copyright`` right, the trailer not), Yonhap Korean's copyright
  and "... 송고" line (40), reuters.com's "Our Standards: ..." (21), ANSA's "ALL RIGHTS RESERVED ©
  Copyright ANSA" (11), "© 2026 AFP" (7), Global News' "© 2026 The Canadian Press" (within the 7 below).
- story text lost to the chrome pass (the 46 sentences): France 24's standfirst taken with the
  headline above the head (10 articles, 14 sentences), a whole AP story made of results lines taken
  as "before the article body" (1 article, 31 sentences, with its dateline and closing lines), an Arab
  News story's last paragraph taken "after the article ended" (1).
- wire lines missed with the page around them: "Source: Yonhap News Agency" followed by the WordPress
  theme's chrome (the seed's shape: 15, no source), Yonhap's time line with a section name or alone
  ("National 10:16 October 20, 2025", "12:04 November 9, 2025": 24; "All News ..." passed),
  reuters.com's glued time line (19), Yahoo's "EXCLUSIVE-" on Reuters copy (11), Business Standard's
  "Press Trust of India | CITY" (20 head lines, 9 sources), The Week's "PTI ABC DEF" desk code and
  "(This story has not been edited by THE WEEK ...)" (14 credits, 31 trailers with ThePrint's),
  "-- BERNAMA" (14), ACM's closing "AAP" (17), China Daily's head record and the Xinhua dateline under
  it (6), Global News' "By NAME The Canadian Press" with its "Posted ..." line (7, source 5).
- page chrome read as metadata: the Japan Times' photo caption "... | KYODO" read as the agency after
  the headline, giving the source "KYODO" (16).
- contract choices: Barron's "By AFP - Agence France Presse" gives the source "Agence France Presse"
  for the rules, "AFP - Agence France Presse" as printed here (22; the byline as printed passed).
  "By: NEWS WIRES" fills the byline for the rules too, where the chrome pass leaves it to them.

Contract choices of this round that the rules answer differently (no docstring of rounds seventeen
to twenty-one settles them; not changed: this round is an estimate):

- a site's footer copyright is page chrome, not the story's ``copyright``, even on the agency's own
  site; the story's copyright line under its last paragraph is (the rules take a copyright notice
  wherever it stands on the page: 396 held-out and 160 negative articles);
- Barron's agency byline names the source as printed ("AFP - Agence France Presse", 22). Reconciled
  on review: a byline naming one agency twice, short and in full ("AFP - Agence France Presse"),
  names that agency, and byline and source are its full name, as the rules give it.
And one measurement choice: the chrome pass' removals are no wire head lines or trailers (the
harness counts only wire removals), so a story's line that the chrome pass takes counts as missed
although it leaves the text; that is the harness' settled scoring (round seventeen), kept here.

After fitting (branch fit22w, the wire pass's share; same articles, same draws: the page is now the
draft's ``page_above`` / ``page_below``). Reconciled with the contract README settles ("The page's
copyright line, which leaves the text, fills ``copyright``"): the footer's notice is the
``copyright`` when the story prints none of its own (``_frame``); the story's own notice wins over
it. The first choice above is superseded by this. Rules: the wire pass lets the story's own notice
(in its tail, or among the closing lines the chrome pass took right under its last line) win over
the page's; a "Source: X" line the chrome pass took with the footer still names the source; a
sign-off or source line above up to four lines of page chrome closes the story; Yonhap Korean's tip
line is an end mark; Kyodo's copyright pattern needs a mark or "All rights reserved" (a sentence
opening "Kyodo News, citing ..." is none)::

    | field | held-out-22 P | held-out-22 R | negatives-22 P | negatives-22 R |
    | tags | 1.000 | 0.640 | – | – |
    | dateline place | 1.000 | 0.983 | – | – |
    | dateline agency | 1.000 | 0.981 | – | – |
    | dateline date | 1.000 | 0.971 | – | – |
    | byline | 0.939 | 0.906 | – | – |
    | source | 0.944 | 0.883 | – | – |
    | credits | 1.000 | 0.945 | – | – |
    | copyright | 1.000 | 0.988 | 1.000 | 1.000 |
    | trailers | 1.000 | 0.641 | – | – |
    | head lines | 1.000 | 0.646 | – | – |

Body sentences lost unchanged (46/4254, 0/1330); held-out-21 source 0.873/0.805 -> 0.888/0.819,
trailers R 0.819 -> 0.822; every other figure as on main (ground-truth texts 2/94270).

Second wire fit (branch fit22w2). Rules: a photo caption's sentence before "| KYODO" (a full stop
before the credit) is no headline crediting an agency (16 false sources); "a day ago" after a time
glued to "Updated" (reuters.com, 14), "Issued on:" and "Original" as time labels (France 24,
Barron's), a zone before Yahoo's reading time ("... PM UTC 3 min read"), a section with a slash
("Sci/Tech 12:45 ...") read as time lines; an agency's name over the city it filed from ("Press Trust
of India | Hyderabad", 9) is a provider line naming the source; a first line that is a clocked time,
an editors' note or an agency's name over the time is the head's, not the headline (the page's
headline went with the chrome)::

    | field | held-out-22 P | held-out-22 R | negatives-22 P | negatives-22 R |
    | tags | 1.000 | 0.711 | – | – |
    | dateline place | 1.000 | 0.983 | – | – |
    | dateline agency | 1.000 | 0.981 | – | – |
    | dateline date | 1.000 | 0.971 | – | – |
    | byline | 1.000 | 0.961 | – | – |
    | source | 0.993 | 0.944 | – | – |
    | credits | 1.000 | 0.945 | – | – |
    | copyright | 1.000 | 0.988 | 1.000 | 1.000 |
    | trailers | 1.000 | 0.641 | – | – |
    | head lines | 1.000 | 0.763 | – | – |

Body sentences lost held-out-22 46 -> 41/4254 (the chrome pass now reads France 24's time line as
the head's and takes less of the standfirst), negatives-22 0/1330; byline R 0.965 -> 0.961 (the
same reading lets the chrome pass take "By: NEWS WIRES" under a standfirst: 1 article); every other
figure as on main (ground-truth texts 2/94270, 5 timestamp lines from the head; the real-page tables
unchanged). Left: ThePrint's "(ANI)" with its syndication note and The Week's desk code under its
note (17 and 14: no narrower rule found in time), China Daily's head record (6), the Canadian
Press's "By NAME The Canadian Press" under a page, Yahoo's "Reuters" and tags the chrome pass takes,
AP members' "AP" for "Associated Press" (3).

Chrome fit (branch fit22x; main had by then: tags 0.860, source 0.991/0.952, trailers 0.999/0.950,
head lines 0.822, dateline place/agency/date 0.985/0.983/0.971, byline 0.976, copyright 0.988; 90
articles missing something). Rules, all in the chrome pass: a Korean caption's bracketed credit
("회의 모습 [연합뉴스 자료사진]", "[EPA=연합뉴스]", "[... 제공]", "[촬영 ...]") and a sentence with its
credit in capitals after a bar ("Officials inspect the site on Thursday. | KYODO") are photo captions,
never the headline (Yonhap's Korean page 13: its tagged headline and "송고" line went with the page
above the caption; the Japan Times 2); a long footer notice that opens with its copyright and year
("Copyright 1995 - 2026 . All rights reserved. The content ... belongs to ...") is a sign of a page
(China Daily's reprint of Xinhua: the page was read as an article, so nothing was removed and the wire
pass never reached the dateline, 6); a headline that ends a menu over the agency's name and the time
("Kyodo" / "Aug 9, 2026") is found under a page <title> too (the Japan Times 1)::

    | field | held-out-22 P | held-out-22 R | negatives-22 P | negatives-22 R |
    | tags | 1.000 | 0.956 | – | – |
    | dateline place | 1.000 | 1.000 | – | – |
    | dateline agency | 1.000 | 1.000 | – | – |
    | dateline date | 1.000 | 1.000 | – | – |
    | byline | 1.000 | 1.000 | – | – |
    | source | 0.992 | 0.979 | – | – |
    | credits | 1.000 | 1.000 | – | – |
    | copyright | 1.000 | 1.000 | 1.000 | 1.000 |
    | trailers | 0.999 | 0.952 | – | – |
    | head lines | 1.000 | 0.892 | – | – |

Articles missing something 90 -> 54 (yonhap-page-ko 13 -> 0, asia-agencies 11 -> 2, afp-pages 6 -> 3,
reuters-com 4 -> 1, yonhap-english 7 -> 5, commonwealth 10 -> 8, india-papers 18 -> 17); body
sentences lost 0 everywhere; every other set, the real-page tables, chrome F1 (Zyte 0.921, WCXB
0.914, clean texts 1/0/1/1, seed 0) as on main. Left: ThePrint's "(ANI)" with its syndication note
(17), Yonhap English's head (tag and time line, 5), AP members' and apnews.com's bylines with "Updated
..." (11), Reuters' clients' "Reuters" beside the time (7), the Canadian Press' "By NAME The Canadian
Press" with "Posted ..." (5), "PA News Agency" as source (3).

Last fit (branch fit22z; main as the chrome fit left it). Rules, in the chrome pass unless named: a
section heading right under a wire story's closing line ("(END)", "___", "Follow AP's coverage ...",
a credit or source line) ends the article however short it was (apnews.com's footer "The Associated
Press" read as a sign-off: the false trailer and source, 1); "Subscribe to our channels on ..." and
"Support our journalism" are chrome (ThePrint's "(ANI)" and syndication note now reach the wire
pass, 17), and a caption that names itself ("Representational image | ANI") is a photo caption; a
share bar, a photo's caption, "Read More" or a bare short link between a menu's last line (the
headline) and the body leaves the byline and time above to the wire pass (apnews.com and AP
members, Arab News: 8); a video player ("Click to play video: '...'", the clip's length, its title)
and a finance portal's quote box ("In this article:" over its tickers) are set into the page
(Global News 5, Yahoo 3); a sentence closed by an agency's credit right above the dateline-opened
lede is a photo caption, and a lone word with a hyphen ("A-", a font button) wraps no sentence
(Yonhap English 4); the wire lexicon knows "PA News Agency" (3)::

    | field | held-out-22 P | held-out-22 R | negatives-22 P | negatives-22 R |
    | tags | 1.000 | 1.000 | – | – |
    | dateline place | 1.000 | 1.000 | – | – |
    | dateline agency | 1.000 | 1.000 | – | – |
    | dateline date | 1.000 | 1.000 | – | – |
    | byline | 1.000 | 1.000 | – | – |
    | source | 1.000 | 1.000 | – | – |
    | credits | 1.000 | 1.000 | – | – |
    | copyright | 1.000 | 1.000 | 1.000 | 1.000 |
    | trailers | 1.000 | 1.000 | – | – |
    | head lines | 1.000 | 0.982 | – | – |

Articles missing something 54 -> 9; body sentences lost 0 everywhere; every other set, the
real-page tables, chrome F1 (Zyte 0.921, WCXB 0.914, clean texts 1/0/1/1, seed 0) and titles (exact
131/466, wrong 27/110) as on main. Left (head lines only): Barron's "By AFP - Agence France Presse"
over a bar of "Share" / "Resize" / "Reprints" that reads as a menu (3), China Daily's Xinhua head
record (1), reuters.com's glued time line (1), U.S. News' "By Reuters" (1), a Yonhap time line
(1), a Bernama time (1), a ThePrint headline in title case read as a menu (1).
"""

from __future__ import annotations

import datetime
import random
from collections.abc import Sequence
from typing import TYPE_CHECKING

from cleannews.evaluation.wire_shapes import MONTH_NAMES

if TYPE_CHECKING:
    from cleannews.evaluation.wire import Case, Draft
    from cleannews.evaluation.wire_shapes import Template

WRITERS = [
    "Jane Doe",
    "John Roe",
    "Maria Lopez",
    "Tom Wilkins",
    "Aditi Sharma",
    "Elif Kaya",
    "Hans Becker",
    "Chloé Martin",
    "Sarah O'Connor",
    "David Nguyen",
    "Peter Van Dyke",
    "Grace Okafor",
]
KOREAN_NAMES = ["Kim Soo-yeon", "Lee Hyo-jin", "Park Min-jae", "Choi Ji-won", "Yi Wonju", "Kang Yoon-seung"]
KOREAN_WRITERS = ["김수연", "이재영", "박민수", "최지은", "정하늘", "오승현"]
MONTHS = list(MONTH_NAMES)
AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
REUTERS_MONTHS = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# Headlines of other stories, for the pages' lists ("Most read", "Latest", "Related").
OTHER_HEADLINES = [
    "Parliament passes budget after late-night session",
    "Central bank holds rates steady, signals caution",
    "Storm cuts power to thousands along the coast",
    "Court upholds ban on single-use plastics",
    "Exports rise for third straight month",
    "Police arrest two over museum theft",
    "Rail strike called off after pay deal",
    "Heat wave breaks records across the south",
    "Opposition leader calls for early election",
    "Tech giant unveils new chip for data centers",
    "Ministers meet to discuss fishing quotas",
    "Airline cancels flights as pilots walk out",
    "Inflation eases to lowest level in two years",
    "Floods force evacuations in river towns",
    "New rules for ride-hailing apps take effect",
    "Striker's late goal seals title for champions",
    "Wildfire smoke prompts health warnings",
    "Government unveils plan to cut housing costs",
]
YONHAP_TAGS: list[tuple[str, ...]] = [
    ("LEAD",),
    ("LEAD",),
    ("2nd LD",),
    ("3rd LD",),
    ("URGENT",),
    ("News Focus",),
    ("Yonhap Interview",),
    ("Yonhap Feature",),
    (),
    (),
    (),
]


def _when(rng: random.Random) -> datetime.datetime:
    """A time in 2025 or 2026."""
    return datetime.datetime(
        rng.choice([2025, 2026]), rng.randint(1, 12), rng.randint(1, 28), rng.randint(6, 22), rng.randint(0, 59)
    )


def _clock(t: datetime.datetime, dots: bool = False, upper: bool = True) -> str:
    """3:12 PM, 3:12 p.m. or 3:12 pm."""
    hour = t.hour % 12 or 12
    half = ("AM" if t.hour < 12 else "PM") if upper else ("am" if t.hour < 12 else "pm")
    if dots:
        half = "a.m." if t.hour < 12 else "p.m."
    return f"{hour}:{t.minute:02d} {half}"


def _names(rng: random.Random, people: Sequence[str] = WRITERS) -> str:
    return " and ".join(rng.sample(list(people), rng.choice([1, 1, 1, 2])))


def _others(rng: random.Random, k: int) -> list[str]:
    return rng.sample(OTHER_HEADLINES, k)


def _frame(d: Draft, c: Case, above: Sequence[str], below: Sequence[str]) -> None:
    """Put the page around the story: ``above`` over the headline, ``below`` under its last line.

    The harness builds the expected head lines, trailers and body from the draft's own fields, so
    these lines are none of them: the page's chrome, which no field of the case names. ("" is a
    blank line.)

    Reconciled after the blind run with the contract README settles ("The page's copyright line,
    which leaves the text, fills ``copyright``"): the footer's notice fills ``copyright`` when the
    story prints no notice of its own (the story's own, under its last line, wins over it).
    """
    d.page_above = list(above)
    d.page_below = list(below)
    if c.copyright is None:
        c.copyright = _footer_notice(below)


# How a footer's copyright line opens: "©", "ⓒ", "(C)", "Copyright".
_NOTICE_OPENINGS = ("©", "ⓒ", "(c)", "copyright")


def _footer_notice(below: Sequence[str]) -> str | None:
    """The page's copyright line under the story, as printed, without the footer's links beside it
    (" | Powered by ... WordPress Theme", " | Terms of Use | Privacy Policy"); None without one."""
    for line in below:
        if line.strip().lower().startswith(_NOTICE_OPENINGS):
            return line.split(" | ")[0].strip()
    return None


def _before_lede(d: Draft, lines: Sequence[str]) -> None:
    """Chrome between the head and the lede (share buttons, a photo's caption): written in front of
    the dateline, so that it is no head line and no body text of the case. Only with a dateline."""
    if lines and d.dateline:
        d.dateline = "\n".join(lines) + "\n\n" + d.dateline


def _ads(rng: random.Random, d: Draft, marks: Sequence[str], rate: float = 0.3) -> None:
    """Short chrome between body paragraphs ("Advertisement"): one or two words, which the
    harness' sentence count ignores, after the lede and the paragraphs but the last."""
    if rng.random() < rate:
        d.lede += "\n\n" + rng.choice(marks)
    for i in range(len(d.body) - 1):
        if rng.random() < rate:
            d.body[i] += "\n\n" + rng.choice(marks)


def _share(rng: random.Random, networks: Sequence[str]) -> list[str]:
    return [n for n in networks if rng.random() < 0.8]


# --- Yonhap --------------------------------------------------------------------------------------


def h22_yonhap_english(rng: random.Random, d: Draft, c: Case) -> None:
    """en.yna.co.kr copied whole: menus, the section, the headline with its tags, the time line, the
    story, the e-mail and "(END)", then keywords, "Most Viewed" and the footer."""
    t = _when(rng)
    c.tags = rng.choice(YONHAP_TAGS)
    d.title = " ".join(f"({tag})" for tag in c.tags) + (" " if c.tags else "") + d.title
    section = rng.choice(["National", "N. Korea", "Politics", "Economy", "Market", "Culture", "Sports", "Sci/Tech"])
    above = [
        *(["Skip to content"] if rng.random() < 0.4 else []),
        "Yonhap News Agency",
        *rng.sample(["KOREAN", "CHINESE", "JAPANESE", "ARABIC", "SPANISH", "FRENCH"], rng.randint(0, 6)),
        "Latest",
        "Top News",
        "N. Korea",
        "National",
        "Economy",
        "Market",
        "Sci/Tech",
        "Culture",
        "K-pop",
        "Sports",
        "Opinion",
        "Photos",
        "Search",
        *(["Close", ""] if rng.random() < 0.5 else [""]),
        section,
    ]
    clock = f"{t.hour:02d}:{t.minute:02d} {MONTHS[t.month - 1]} {t.day}, {t.year}"
    d.head.append(rng.choice([f"All News {clock}", clock, f"{section} {clock}"]))
    if c.tags and c.tags[0] in ("LEAD", "2nd LD", "3rd LD") and rng.random() < 0.5:
        d.head.append(rng.choice(["(ATTN: UPDATES with details in paras 4-6)", "(ATTN: ADDS comments in para 3)"]))
    if rng.random() < 0.3:
        c.byline = rng.choice(KOREAN_NAMES)
        d.head.append(f"By {c.byline}")
    d.head_joint = "\n" if rng.random() < 0.5 else "\n\n"
    place = rng.choice(["SEOUL", "SEOUL", "SEOUL", "SEJONG", "WASHINGTON", "TOKYO", "BUSAN", "INCHEON"])
    c.place, c.date, c.agency = place, f"{AP_MONTHS[t.month - 1]} {t.day}", "Yonhap"
    d.dateline = f"{place}, {c.date} (Yonhap) --"
    c.source = "Yonhap"
    middle = []
    if rng.random() < 0.5:
        middle += [*_share(rng, ["facebook", "twitter", "URL", "Print"]), "A+", "A-"]
    if rng.random() < 0.4:
        middle.append(
            rng.choice(
                [
                    f"This file photo shows the ministry building in Sejong. (Yonhap) {_clock(t)}",
                    f"This photo provided by the ministry shows the meeting in Seoul on {AP_MONTHS[t.month - 1]}"
                    f" {t.day}. (PHOTO NOT FOR SALE) (Yonhap)",
                    "An official speaks during a press briefing in Seoul. (Yonhap)",
                ]
            )
        )
    _before_lede(d, middle)
    if rng.random() < 0.8:
        email = f"{rng.choice(['kimsy', 'hjlee', 'mjpark', 'jwchoi', 'yiwonju', 'yoonkang'])}@yna.co.kr"
        d.tail.append(email)
        c.credits = (email,)
    d.tail.append("(END)")
    d.tail_blank = rng.random() < 0.5
    below = [
        "",
        *(
            ["Keywords", *rng.sample(["#North Korea", "#missile", "#economy", "#exports", "#BOK", "#Yoon"], 2)]
            if rng.random() < 0.6
            else []
        ),
        *(["Articles with issue keywords"] if rng.random() < 0.3 else []),
        "",
        rng.choice(["Most Viewed", "Most Liked", "Latest News"]),
        *[f"{i}. {h}" if rng.random() < 0.5 else h for i, h in enumerate(_others(rng, 5), start=1)],
        "",
        "Contact Us",
        "Privacy Policy",
        "Terms of Use",
        "Yonhap News Agency",
        "Address: 25 Yulgok-ro 2-gil, Jongno-gu, Seoul, Korea",
        "Tel: +82-2-398-3114",
        rng.choice(
            [
                "Copyright(C) Yonhap News Agency. All Rights Reserved.",
                f"(C) {t.year} Yonhap News Agency. All Rights Reserved.",
                "ⓒ Yonhap News Agency. All Rights Reserved",
            ]
        ),
    ]
    _ads(rng, d, ["Advertisement", "AD"], 0.15)
    _frame(d, c, above, below)


def h22_yonhap_republished(rng: random.Random, d: Draft, c: Case) -> None:
    """The seed's shape: a WordPress site running Yonhap's story, "Search" / "Close this search box."
    over the headline, the story, "Source: Yonhap News Agency", and the theme's footer."""
    t = _when(rng)
    c.tags = rng.choice(YONHAP_TAGS)
    d.title = " ".join(f"({tag})" for tag in c.tags) + (" " if c.tags else "") + d.title
    site = rng.choice(["Korea Daily Brief", "Seoul Insider", "K-Politics Watch", "Peninsula Post"])
    above = []
    if rng.random() < 0.3:
        above += ["Skip to content", site]
    if rng.random() < 0.4:
        above += ["Home", "News", "Politics", "Business", "Entertainment", "Sports", "About Us", "Contact"]
    above += ["Search", "Close this search box."] * rng.choice([1, 2, 2])
    if rng.random() < 0.3:
        above += ["", rng.choice(["Politics", "North Korea", "Economy", "World"])]
    if rng.random() < 0.5:
        place = rng.choice(["SEOUL", "SEOUL", "WASHINGTON", "TOKYO"])
        c.place, c.date, c.agency = place, f"{AP_MONTHS[t.month - 1]} {t.day}", "Yonhap"
        d.dateline = f"{place}, {c.date} (Yonhap) --"
    if rng.random() < 0.3:
        email = f"{rng.choice(['kimsy', 'hjlee', 'mjpark'])}@yna.co.kr"
        d.tail.append(email)
        c.credits = (email,)
    if rng.random() < 0.3:
        d.tail.append("(END)")
    d.tail.append("Source: Yonhap News Agency")
    c.source = "Yonhap News Agency"
    d.tail_blank = rng.random() < 0.5
    d.head_joint = "\n\n"
    below = ["", "Share this:"] if rng.random() < 0.6 else [""]
    below += _share(rng, ["Facebook", "X", "WhatsApp", "Telegram", "Email", "Print"])
    if rng.random() < 0.4:
        below += ["Like this:", "Like Loading..."]
    if rng.random() < 0.5:
        below += ["", "Related", *_others(rng, 3)]
    below += ["", "Post navigation", "Previous Post", _others(rng, 1)[0], "Next Post", _others(rng, 1)[0]]
    if rng.random() < 0.5:
        below += [
            "",
            "Leave a Reply Cancel reply",
            "Your email address will not be published. Required fields are marked *",
            "Comment *",
            "Name *",
            "Email *",
            "Website",
            "Save my name, email, and website in this browser for the next time I comment.",
            "Post Comment",
        ]
    below += ["", "Recent Posts", *_others(rng, 4)]
    below += [
        "",
        f"Copyright © {t.year} {site} | Powered by {rng.choice(['Astra', 'Newsup', 'ColorMag'])} WordPress Theme",
    ]
    _frame(d, c, above, below)


def h22_yonhap_page_ko(rng: random.Random, d: Draft, c: Case) -> None:
    """yna.co.kr copied whole: menus, the section, "[2보]"-style tags, the "송고" time line, the share
    buttons, the story with its e-mail, tip line and copyright, then related and popular lists."""
    t = _when(rng)
    c.tags = rng.choice([("속보",), ("2보",), ("종합",), ("종합2보",), ("단독",), ("인터뷰",), (), ()])
    d.title = "".join(f"[{tag}] " for tag in c.tags) + d.title
    above = [
        *(["본문 바로가기"] if rng.random() < 0.6 else []),
        "연합뉴스",
        "최신기사",
        *rng.sample(["정치", "북한", "경제", "마켓+", "산업", "사회", "전국", "세계", "문화", "연예", "스포츠"], 8),
        "오피니언",
        "사람들",
        "검색",
        "",
        rng.choice(["사회", "정치", "경제", "세계", "산업"]),
    ]
    d.head.append(f"송고{t:%Y-%m-%d %H:%M}")
    d.head_joint = "\n"
    city = rng.choice(["서울", "서울", "세종", "부산", "워싱턴", "베이징", "도쿄"])
    reporter = rng.choice(KOREAN_WRITERS)
    c.place, c.agency, c.byline, c.source = city, "연합뉴스", reporter, "연합뉴스"
    d.dateline = f"({city}=연합뉴스) {reporter} 기자 ="
    middle = _share(rng, ["공유", "댓글", "글자크기 조정", "인쇄"]) if rng.random() < 0.7 else []
    if rng.random() < 0.3:
        middle += ["", "회의 모습 [연합뉴스 자료사진]"]
    _before_lede(d, middle)
    email = f"{rng.choice(['kimsy', 'jylee', 'mspark', 'jechoi'])}@yna.co.kr"
    d.tail.append(email)
    c.credits = (email,)
    if rng.random() < 0.4:
        d.tail.append("제보는 카카오톡 okjebo")
    c.copyright = rng.choice(
        [
            "<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>",
            "<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>",
        ]
    )
    d.tail.append(c.copyright)
    if rng.random() < 0.6:
        d.tail.append(f"{t:%Y/%m/%d %H:%M} 송고")
    d.tail_blank = False
    below = [""]
    if rng.random() < 0.6:
        below += ["좋아요", "후속기사원해요", "슬퍼요", "화나요"]
    below += ["", "관련 뉴스", "많이 본 뉴스", "", "이 시각 헤드라인"]
    below += [
        "",
        "회사소개",
        "제휴문의",
        "이용약관",
        "개인정보처리방침",
        "(주)연합뉴스 서울특별시 종로구 율곡로2길 25 대표전화 02-398-3114",
        f"Copyright ⓒ {t.year} Yonhap News Agency. All rights reserved.",
    ]
    _frame(d, c, above, below)


# --- Reuters -------------------------------------------------------------------------------------


def _reuters_credit(rng: random.Random, place: str) -> str:
    who = rng.sample(WRITERS, 3)
    credit = f"Reporting by {who[0]} in {place.title()}; Editing by {who[1]}"
    if rng.random() < 0.4:
        credit = f"Reporting by {who[0]}; Additional reporting by {who[2]}; Editing by {who[1]}"
    return credit


def h22_reuters_com(rng: random.Random, d: Draft, c: Case) -> None:
    """reuters.com copied whole: the masthead's menus, the section, the headline, "By ...", the
    glued time line, a photo's caption with "Purchase Licensing Rights", the story, the credit
    line, "Our Standards", then topics, share buttons, "Read Next" and the footer."""
    t = _when(rng)
    label = rng.choice(["Exclusive", "Explainer", "", "", "", ""])
    if label:
        c.tags = (label,)
        d.title = f"{label}: {d.title}"
    above = [
        "Skip to main content",
        *(
            ["Exclusive news, data and analytics for financial market professionals", "Learn more about", "LSEG"]
            if rng.random() < 0.4
            else []
        ),
        "Reuters home",
        "World",
        "Business",
        "Markets",
        "Sustainability",
        "Legal",
        "Commentary",
        "Technology",
        "Investigations",
        "Sports",
        "Science",
        "Lifestyle",
        "More",
        "My News",
        "Sign In",
        rng.choice(["Register", "Subscribe"]),
        "",
        *rng.choice(
            [
                ["World", "Asia Pacific"],
                ["Business", "Autos & Transportation"],
                ["Markets"],
                ["World", "Europe"],
                ["Technology"],
                ["Sustainability", "Climate & Energy"],
            ]
        ),
    ]
    if rng.random() < 0.9:
        people = rng.sample(WRITERS, rng.choice([1, 1, 2, 3]))
        c.byline = " and ".join(people) if len(people) < 3 else f"{people[0]}, {people[1]} and {people[2]}"
        d.head.append(f"By {c.byline}")
    stamp = f"{MONTHS[t.month - 1]} {t.day}, {t.year}{_clock(t)} GMT"
    d.head.append(stamp + rng.choice(["Updated 2 hours ago", "Updated 5 mins ago", "Updated a day ago", ""]))
    d.head_joint = "\n"
    place = rng.choice(["LONDON", "WASHINGTON", "SEOUL", "TOKYO", "BEIJING", "BRUSSELS", "NEW YORK", "SINGAPORE"])
    c.place, c.date, c.agency, c.source = place, f"{REUTERS_MONTHS[t.month - 1]} {t.day}", "Reuters", "Reuters"
    d.dateline = f"{place}, {c.date} (Reuters) -"
    if rng.random() < 0.6:
        n = rng.choice([2, 3, 4])
        _before_lede(
            d,
            [
                f"Item 1 of {n} A view of the city's skyline, {MONTHS[t.month - 1]} {t.day}, {t.year}. "
                f"REUTERS/{rng.choice(WRITERS)}/File Photo",
                f"[1/{n}]A view of the city's skyline, {MONTHS[t.month - 1]} {t.day}, {t.year}. "
                f"REUTERS/{rng.choice(WRITERS)}/File Photo Purchase Licensing Rights, opens new tab",
            ],
        )
    credit = _reuters_credit(rng, place)
    c.credits = (credit,)
    d.tail.append(credit)
    d.tail.append(
        rng.choice(
            [
                "Our Standards: The Thomson Reuters Trust Principles., opens new tab",
                "Our Standards: The Thomson Reuters Trust Principles.",
            ]
        )
    )
    d.tail_blank = rng.random() < 0.7
    _ads(rng, d, ["Advertisement", "ADVERTISEMENT"], 0.3)
    below = [""]
    if rng.random() < 0.7:
        below += ["Suggested Topics:", *rng.sample(["Asia Pacific", "Markets", "Autos", "Climate", "Europe"], 2)]
    below += ["", "Share", "X", "Facebook", "Linkedin", "Email", "Link", "Purchase Licensing Rights"]
    if rng.random() < 0.6:
        below += ["", "Read Next"]
        for h in _others(rng, 3):
            below += [rng.choice(["World", "Business", "Markets"]), h, rng.choice(["2 hours ago", "5 mins ago"])]
    below += [
        "",
        "Site Index",
        "Browse",
        "World",
        "Business",
        "Markets",
        "About Reuters",
        "About Reuters, opens new tab",
        "Careers, opens new tab",
        "Reuters News Agency, opens new tab",
        "Brand Attribution Guidelines, opens new tab",
        "Stay Informed",
        "Download the App (iOS), opens new tab",
        "Newsletters, opens new tab",
        "Information you can trust",
        "Reuters, the news and media division of Thomson Reuters, is the world’s largest multimedia news provider, "
        "reaching billions of people worldwide every day. Reuters provides business, financial, national and "
        "international news to professionals via desktop terminals, the world's media organizations, industry "
        "events and directly to consumers.",
        "Follow Us",
        "All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.",
        f"© {t.year} Reuters. All rights reserved",
    ]
    _frame(d, c, above, below)


def h22_reuters_clients(rng: random.Random, d: Draft, c: Case) -> None:
    """Reuters copy on a client's page: Yahoo (the "Reuters" provider line over its time line, the
    wire's "UPDATE 2-" tags kept), U.S. News ("By Reuters", "Copyright 2026 Thomson Reuters." over the
    site's own copyright), and Arab News (provider line, a colon dateline)."""
    t = _when(rng)
    place = rng.choice(["LONDON", "WASHINGTON", "FRANKFURT", "NEW YORK", "SYDNEY", "CAIRO", "DUBAI"])
    c.source = "Reuters"
    credit = _reuters_credit(rng, place)
    kind = rng.choice(["yahoo", "usnews", "arabnews"])
    if kind == "yahoo":
        c.tags = rng.choice([("UPDATE 2",), ("UPDATE 1",), ("EXCLUSIVE",), ("CORRECTED",), (), ()])
        d.title = "".join(f"{tag}-" for tag in c.tags) + d.title
        above = [
            rng.choice(["Yahoo Finance", "Yahoo News"]),
            "Search query",
            "Sign in",
            "Mail",
            *rng.sample(["News", "Finance", "Sports", "Entertainment", "Life", "Shopping", "More"], 5),
            "",
        ]
        d.head.append("Reuters")
        d.head.append(
            f"{DAYS[t.weekday()][:3]}, {MONTHS[t.month - 1]} {t.day}, {t.year} at {_clock(t)} UTC"
            + rng.choice([" 2 min read", " 3 min read", " 4 min read"])
        )
        if rng.random() < 0.4:
            c.byline = _names(rng)
            d.head.append(f"By {c.byline}")
        c.place, c.date, c.agency = place, f"{REUTERS_MONTHS[t.month - 1]} {t.day}", "Reuters"
        d.dateline = f"{place}, {c.date} (Reuters) -"
        if rng.random() < 0.5:
            _before_lede(d, ["In this article:", rng.choice(["AAPL", "TSLA", "^GSPC", "BA"])])
        c.credits = (credit,)
        d.tail.append(f"({credit})")
        below = [
            "",
            "View comments",
            "",
            "Terms and Privacy Policy",
            "Privacy Dashboard",
            "",
            "Recommended Stories",
            *_others(rng, 4),
            "",
            f"Copyright © {t.year} Yahoo. All rights reserved.",
        ]
    elif kind == "usnews":
        above = [
            "U.S. News & World Report",
            "News",
            "Rankings & Consumer Advice",
            "Sign In",
            "",
            rng.choice(["World News", "Business News", "Technology News"]),
        ]
        c.byline = "Reuters"
        d.head += ["By Reuters", f"{AP_MONTHS[t.month - 1]} {t.day}, {t.year}, at {_clock(t, dots=True)}"]
        c.place, c.date, c.agency = place, f"{REUTERS_MONTHS[t.month - 1]} {t.day}", "Reuters"
        d.dateline = f"{place}, {c.date} (Reuters) -"
        _before_lede(d, ["More", "Save"] if rng.random() < 0.5 else [])
        c.credits = (credit,)
        d.tail.append(f"({credit})")
        c.copyright = f"Copyright {t.year} Thomson Reuters."
        d.tail.append(c.copyright)
        below = ["", "Tags: " + ", ".join(rng.sample(["Ukraine", "Russia", "Europe", "China", "Israel"], 3))]
        below = [] if rng.random() < 0.5 else below
        below += [
            "",
            "Recommended",
            *_others(rng, 3),
            "",
            "Best Countries",
            "Best States",
            f"Copyright {t.year} © U.S. News & World Report L.P.",
            "Terms and Conditions / Privacy Policy / Cookie Policy",
        ]
    else:
        above = [
            "Arab News",
            "Saudi Arabia",
            "Middle-East",
            "World",
            "Business & Economy",
            "Sport",
            "Opinion",
            "Lifestyle",
            "",
            rng.choice(["World", "Middle-East", "Business & Economy"]),
        ]
        d.head += ["Reuters", f"{MONTHS[t.month - 1]} {t.day:02d}, {t.year} {t.hour:02d}:{t.minute:02d}"]
        if rng.random() < 0.5:
            d.head.append(f"Updated {MONTHS[t.month - 1]} {t.day:02d}, {t.year}")
        c.place = place
        d.dateline = f"{place}:"
        _before_lede(d, _share(rng, ["Follow", "Short Url", "https://arab.news/abc12"]))
        if rng.random() < 0.5:
            c.credits = (credit,)
            d.tail.append(credit)
        below = [
            "",
            "Topics:",
            *rng.sample(["Egypt", "Oil", "OPEC", "Gaza", "Iran"], 2),
            "",
            "Latest updates",
            *_others(rng, 4),
            "",
            f"© {t.year} SAUDI RESEARCH & PUBLISHING COMPANY, All Rights Reserved And subject to Terms of Use "
            "Agreement.",
        ]
    d.head_joint = "\n"
    _frame(d, c, above, below)


# --- AP ------------------------------------------------------------------------------------------

AP_PLACES = ["WASHINGTON", "NEW YORK", "LOS ANGELES", "CHICAGO", "PHOENIX", "ATLANTA", "LONDON", "MEXICO CITY"]
AP_PLACES_STATE = ["COLUMBUS, Ohio", "SPRINGFIELD, Ill.", "SACRAMENTO, Calif.", "AUSTIN, Texas", "RALEIGH, N.C."]


def _ap_closing(rng: random.Random, d: Draft, c: Case) -> None:
    kind = rng.random()
    if kind < 0.5:
        d.tail.append("___")
        who = rng.choice(WRITERS)
        city = rng.choice(["Washington", "New York", "Chicago"])
        credit = f"Associated Press writer {who} in {city} contributed to this report."
        d.tail.append(credit)
        c.credits = (credit,)
    elif kind < 0.75:
        d.tail.append("___")
        topic = rng.choice(["the 2026 midterm elections", "climate change", "the economy"])
        hub = rng.choice(["election-2026", "climate-change", "economy"])
        d.tail.append(f"Follow AP's coverage of {topic} at https://apnews.com/hub/{hub}.")
    elif kind < 0.9:
        d.tail.append(
            "The Associated Press’ climate and environmental coverage receives financial support from multiple "
            "private foundations. AP is solely responsible for all content. Find AP’s standards for working with "
            "philanthropies, a list of supporters and funded coverage areas at AP.org."
        )


def h22_apnews(rng: random.Random, d: Draft, c: Case) -> None:
    """apnews.com copied whole: the menu, the headline, the byline in capitals, "Updated ...", the
    share buttons and a photo's caption, the story with "Advertisement" between paragraphs, "___"
    and the closing lines, then "Most read" and AP's footer with its copyright."""
    t = _when(rng)
    above = [
        *(["Skip to main content"] if rng.random() < 0.5 else []),
        "Menu",
        "World",
        "U.S.",
        "Politics",
        "Sports",
        "Entertainment",
        "Business",
        "Science",
        "Fact Check",
        "Oddities",
        "Be Well",
        "Newsletters",
        *(["Photography", "Video"] if rng.random() < 0.5 else []),
        "Search Query",
        "Submit Search",
        "Show Search",
        "",
    ]
    if rng.random() < 0.5:
        above += [rng.choice(["Donate", "Sign in"]), ""]
    people = rng.sample(WRITERS, rng.choice([1, 1, 2]))
    c.byline = " and ".join(p.upper() for p in people)
    d.head.append(f"By {c.byline}" if rng.random() < 0.7 else f"By  {c.byline}")
    d.head.append(f"Updated {_clock(t)} {rng.choice(['EST', 'EDT', 'GMT'])}, {MONTHS[t.month - 1]} {t.day}, {t.year}")
    d.head_joint = "\n" if rng.random() < 0.6 else "\n\n"
    place = rng.choice(AP_PLACES + AP_PLACES_STATE)
    c.place, c.agency, c.source = place, "AP", "AP"
    d.dateline = f"{place} (AP) —"
    middle = []
    if rng.random() < 0.7:
        middle += [
            "Share",
            "Copy",
            "Link copied",
            "Email",
            "Facebook",
            "X",
            "Reddit",
            "Bluesky",
            "Flipboard",
            "Pinterest",
        ]
    if rng.random() < 0.6:
        middle += [
            "",
            f"FILE - People walk past the building, {AP_MONTHS[t.month - 1]} {t.day}, {t.year - 1}, "
            f"in {rng.choice(['Washington', 'New York', 'Chicago'])}. (AP Photo/{rng.choice(WRITERS)}, File)",
            "Read More",
        ]
    _before_lede(d, middle)
    _ads(rng, d, ["Advertisement", "ADVERTISEMENT"], 0.35)
    _ap_closing(rng, d, c)
    d.tail_blank = rng.random() < 0.5
    below = [""]
    if rng.random() < 0.5:
        below += ["Copy", "Link copied", "Email", "Facebook", "X", "Reddit", ""]
    below += ["Most read", *_others(rng, 5), ""]
    below += [
        "The Associated Press is an independent global news organization dedicated to factual reporting. Founded "
        "in 1846, AP today remains the most trusted source of fast, accurate, unbiased news in all formats and the "
        "essential provider of the technology and services vital to the news business. More than half the world’s "
        "population sees AP journalism every day.",
        "The Associated Press",
        "ap.org",
        "Careers",
        "Advertise with us",
        "Contact Us",
        "Accessibility Statement",
        "Terms of Use",
        "Privacy Policy",
        "Cookie Settings",
        "Do Not Sell or Share My Personal Information",
        "Limit Use and Disclosure of Sensitive Personal Information",
        "CA Notice of Collection",
        "More From AP News",
        "About",
        "AP News Values and Principles",
        "AP’s Role in Elections",
        "AP Leads",
        "AP Definitive Source Blog",
        "AP Images Spotlight",
        "AP Stylebook",
        f"Copyright {t.year} The Associated Press. All Rights Reserved.",
    ]
    _frame(d, c, above, below)


def h22_ap_members(rng: random.Random, d: Draft, c: Case) -> None:
    """AP copy on a member's page: a BLOX local paper ("JANE DOE Associated Press", "Nov 5, 2026
    Updated 2 hrs ago", share buttons, AP's copyright notice, tags, "Most Popular", the paper's
    footer and "Powered by BLOX ...") or a local TV site ("By JANE DOE, Associated Press", "Posted:"
    and "Updated:" lines, AP's notice over the station group's own)."""
    t = _when(rng)
    people = rng.sample(WRITERS, rng.choice([1, 1, 2]))
    c.byline = " and ".join(p.upper() for p in people)
    place = rng.choice(AP_PLACES + AP_PLACES_STATE)
    c.place, c.agency = place, "AP"
    d.dateline = f"{place} (AP) —"
    paper = rng.choice(["The Daily Herald", "Lakeside Tribune", "The Valley Courier", "Northfield News-Gazette"])
    if rng.random() < 0.55:
        above = [
            *(["Skip to main content"] if rng.random() < 0.4 else []),
            paper,
            "Subscribe",
            "Log In",
            "E-Edition",
            "News",
            "Sports",
            "Obituaries",
            "Opinion",
            "Business",
            "Weather",
            "Classifieds",
            "",
            rng.choice(["AP", "National", "AP Nation & World", "Nation & World"]),
        ]
        if rng.random() < 0.5:
            d.head.append(f"{c.byline} Associated Press")
        else:
            d.head += [f"By {c.byline}", "Associated Press"]
        c.source = "Associated Press"
        d.head.append(
            f"{AP_MONTHS[t.month - 1].rstrip('.')[:3]} {t.day}, {t.year}"
            + rng.choice([" Updated 2 hrs ago", " Updated 43 min ago", ""])
        )
        _before_lede(
            d,
            [
                *(_share(rng, ["Facebook", "Twitter", "WhatsApp", "SMS", "Email"]) if rng.random() < 0.7 else []),
                *(["Print", "Copy article link", "Save"] if rng.random() < 0.5 else []),
                *(
                    [f"FILE - The building in {place.split(',')[0].title()}. (AP Photo/{rng.choice(WRITERS)}, File)"]
                    if rng.random() < 0.4
                    else []
                ),
            ],
        )
        _ap_closing(rng, d, c)
        c.copyright = (
            f"Copyright {t.year} The Associated Press. All rights reserved. This material may not be published, "
            "broadcast, rewritten or redistributed without permission."
        )
        d.tail.append(c.copyright)
        below = [""]
        if rng.random() < 0.6:
            below += ["Tags", *rng.sample(["Politics", "Congress", "Government", "Economy", "Courts"], 3), ""]
        below += ["Most Popular", *_others(rng, 5), "", "Latest News", *_others(rng, 3), ""]
        below += [
            f"© Copyright {t.year} {paper}, 123 Main St., Springfield | Terms of Use | Privacy Policy",
            "Powered by BLOX Content Management System from TownNews.com.",
        ]
    else:
        station = rng.choice(["WXYZ", "KTVB", "WKRN", "KFOR"])
        above = [
            f"{station} News",
            "Skip to content",
            "News",
            "Weather",
            "Sports",
            "Watch Live",
            "Contests",
            "",
            rng.choice(["National", "Politics", "U.S. & World"]),
        ]
        d.head.append(f"by {c.byline}, Associated Press" if rng.random() < 0.3 else f"By {c.byline}, Associated Press")
        c.source = "Associated Press"
        d.head.append(f"Posted: {REUTERS_MONTHS[t.month - 1][:3]} {t.day}, {t.year} / {_clock(t)} EST")
        if rng.random() < 0.6:
            d.head.append(f"Updated: {REUTERS_MONTHS[t.month - 1][:3]} {t.day}, {t.year} / {_clock(t)} EST")
        _before_lede(d, ["SHARE"] if rng.random() < 0.5 else [])
        _ap_closing(rng, d, c)
        c.copyright = (
            f"Copyright {t.year} The Associated Press. All rights reserved. This material may not be published, "
            "broadcast, rewritten or redistributed."
        )
        d.tail.append(c.copyright)
        below = ["", "Trending Stories", *_others(rng, 4), "", "Don't Miss", *_others(rng, 2), ""]
        below += [
            f"Copyright {t.year} Nexstar Media, Inc. All rights reserved. This material may not be published, "
            "broadcast, rewritten, or redistributed.",
        ]
    d.head_joint = "\n"
    d.tail_blank = rng.random() < 0.5
    _ads(rng, d, ["Advertisement", "ADVERTISEMENT"], 0.25)
    _frame(d, c, above, below)


# --- AFP -----------------------------------------------------------------------------------------


def h22_afp_pages(rng: random.Random, d: Draft, c: Case) -> None:
    """AFP copy on France 24 ("Issued on: ... Modified: ...", "By: NEWS WIRES", "© 2026 AFP", the
    newsletter box and France 24's footer), Barron's ("By AFP - Agence France Presse", its
    "Updated ... / Original ..." line, the desk code, Dow Jones' footer) and Yahoo (the "AFP"
    provider line over the time)."""
    t = _when(rng)
    place = rng.choice(["Paris", "Brussels", "Geneva", "Nairobi", "Bangkok", "Buenos Aires", "Beirut"])
    desk = rng.choice(["burs-jm/dc", "jm/dc", "kms/jm", "ab/lth", "bur-sw/pbt"])
    kind = rng.choice(["france24", "barrons", "yahoo"])
    if kind == "france24":
        above = [
            "Skip to main content",
            "Live",
            "Programmes",
            "Sections",
            *rng.sample(
                [
                    "France",
                    "Africa",
                    "Middle East",
                    "Americas",
                    "Europe",
                    "Asia-Pacific",
                    "Business / Tech",
                    "Sport",
                    "Culture",
                    "Environment",
                ],
                6,
            ),
            "Newsletters",
            "",
            rng.choice(["Asia-Pacific", "Europe", "Africa", "Americas", "Middle East"]),
        ]
        if d.body and rng.random() < 0.5:
            d.dek.append(d.body.pop())
        stamp = f"{t:%d/%m/%Y - %H:%M}"
        later = t + datetime.timedelta(hours=rng.randint(1, 5))
        d.head.append(f"Issued on: {stamp}" + (f"Modified: {later:%d/%m/%Y - %H:%M}" if rng.random() < 0.6 else ""))
        if rng.random() < 0.6:
            c.byline = "NEWS WIRES"
            d.head.append("By: NEWS WIRES")
        c.place, c.agency, c.source = place, "AFP", "AFP"
        d.dateline = f"{place} (AFP) –"
        _before_lede(
            d,
            [
                *(["2 min Reading time"] if rng.random() < 0.5 else []),
                *(["Advertising"] if rng.random() < 0.4 else []),
                f"Protesters gather in the city centre on {MONTHS[t.month - 1]} {t.day}, {t.year}. "
                f"© {rng.choice(WRITERS).split()[0]} {rng.choice(WRITERS).split()[1].upper()} / AFP",
            ],
        )
        if rng.random() < 0.7:
            c.copyright = f"© {t.year} AFP"
            d.tail.append(c.copyright)
        below = [
            "",
            "Daily newsletter",
            "Receive essential international news every morning",
            "Subscribe",
            "",
            "Take international news everywhere with you! Download the France 24 app",
            "",
            "Read next",
            *_others(rng, 3),
            "",
            f"© {t.year} Copyright France 24 - All rights reserved. France 24 is not responsible for the content "
            "of external websites. Audience ratings certified by ACPM/OJD.",
        ]
    elif kind == "barrons":
        above = [
            "Barron's",
            "Search",
            "Latest",
            "Markets",
            "Investing",
            "Tech",
            "Retirement",
            "Economy",
            "Magazine",
            "Subscribe",
            "Sign In",
            "",
        ]
        # Reconciled after the blind run (the lead's call; no earlier round settled it): a byline that
        # names one agency twice, short and in full, names that agency, as its full name.
        c.byline = c.source = "Agence France Presse"
        d.head.append("By AFP - Agence France Presse")
        later = t + datetime.timedelta(hours=rng.randint(1, 9))
        d.head.append(
            f"Updated {REUTERS_MONTHS[later.month - 1][:3]} {later.day}, {later.year}, "
            f"{_clock(later, upper=False)} EST / Original {REUTERS_MONTHS[t.month - 1][:3]} {t.day}, "
            f"{t.year}, {_clock(t, upper=False)} EST"
        )
        if rng.random() < 0.5:
            c.place, c.agency = place, "AFP"
            d.dateline = f"{place} (AFP) -"
            _before_lede(d, ["Share", "Resize", "Reprints"])
        c.credits = (desk,)
        d.tail.append(desk)
        below = [
            "",
            "Copyright © 2026 Dow Jones & Company, Inc. All Rights Reserved",
            "This copy is for your personal, non-commercial use only.",
            "",
            "Barron's",
            "Customer Center",
            "Subscriber Agreement & Terms of Use",
            "Privacy Notice",
            "Cookie Notice",
        ]
    else:
        above = ["Yahoo News", "Search query", "Sign in", "Mail", "News", "Finance", "Sports", "More", ""]
        d.head.append("AFP")
        d.head.append(
            f"{DAYS[t.weekday()][:3]}, {MONTHS[t.month - 1]} {t.day}, {t.year} at {_clock(t)} UTC"
            + rng.choice([" 2 min read", " 3 min read"])
        )
        c.source = "AFP"
        if rng.random() < 0.5:
            c.place, c.agency = place, "AFP"
            d.dateline = f"{place} (AFP) -"
        c.credits = (desk,)
        d.tail.append(desk)
        below = [
            "",
            "View comments",
            "",
            "Terms and Privacy Policy",
            "Privacy Dashboard",
            "",
            "Recommended Stories",
            *_others(rng, 4),
            "",
            f"Copyright © {t.year} Yahoo. All rights reserved.",
        ]
    d.head_joint = "\n"
    d.tail_blank = rng.random() < 0.5
    _frame(d, c, above, below)


# --- Asia: Xinhua, Kyodo, Bernama ----------------------------------------------------------------


def h22_asia_agencies(rng: random.Random, d: Draft, c: Case) -> None:
    """Xinhua's English site (its "Source: Xinhua| ...|Editor: ..." record, "Enditem", its footer),
    China Daily's reprint ("By Xinhua | chinadaily.com.cn | Updated: ..." and CDIC's footer notice),
    Kyodo's own page ("KYODO NEWS - ..." and "==Kyodo"), the Japan Times' Kyodo copy ("Kyodo" over
    the date, "OSAKA –"), and Bernama's site ("-- BERNAMA" and Bernama's footer)."""
    t = _when(rng)
    kind = rng.choice(["xinhua", "chinadaily", "kyodo", "japantimes", "bernama"])
    if kind in ("xinhua", "chinadaily"):
        place = rng.choice(["BEIJING", "BEIJING", "SHANGHAI", "URUMQI", "NAIROBI", "WASHINGTON"])
        c.place, c.date, c.agency = place, f"{AP_MONTHS[t.month - 1]} {t.day}", "Xinhua"
        d.dateline = f"{place}, {c.date} (Xinhua) --"
        c.source = "Xinhua"
        if kind == "xinhua":
            above = [
                "Xinhua",
                "Home",
                "China",
                "World",
                "Business",
                "Sci-Tech",
                "Culture",
                "Sports",
                "Photos",
                "Video",
                "Special Reports",
                "",
            ]
            d.head.append(
                f"Source: Xinhua| {t:%Y-%m-%d %H:%M:%S}|Editor: {rng.choice(['Huaxia', 'Liu Jun', 'Zhang Ming'])}"
            )
            below = [
                "",
                "Back to Top",
                "Close",
                "",
                f"Copyright © 2000-{t.year} XINHUANET.com All rights reserved.",
                "Registration Number: 0100000000000",
            ]
        else:
            above = [
                "China Daily",
                "Global Edition",
                "China",
                "World",
                "Business",
                "Lifestyle",
                "Culture",
                "Travel",
                "Sports",
                "Opinion",
                "Regional",
                "Forum",
                "",
                rng.choice(["China", "World", "Business"]),
            ]
            c.byline = "Xinhua"
            d.head.append(f"By Xinhua | chinadaily.com.cn | Updated: {t:%Y-%m-%d %H:%M}")
            below = [
                "",
                "Most Viewed in 24 Hours",
                *_others(rng, 4),
                "",
                "Top News",
                *_others(rng, 3),
                "",
                f"Copyright 1995 - {t.year} . All rights reserved. The content (including but not limited to "
                "text, photo, multimedia information, etc) published in this site belongs to China Daily "
                "Information Co (CDIC). Without written authorization from CDIC, such content shall not be "
                "republished or used in any form. Note: Browsers with 1024*768 or higher resolution are "
                "suggested for this site.",
                "License for publishing multimedia online 0108263",
            ]
        if rng.random() < 0.4:
            d.tail.append("Enditem")
    elif kind == "kyodo":
        above = [
            "KYODO NEWS",
            "Japan",
            "World",
            "Business",
            "Sports",
            "Features",
            "Videos",
            "Photos",
            "Newsletter",
            "Subscribe",
            "Login",
            "",
        ]
        c.source = "KYODO NEWS"
        d.head.append(
            f"KYODO NEWS - {REUTERS_MONTHS[t.month - 1][:3]} {t.day}, {t.year} - "
            f"{t.hour:02d}:{t.minute:02d} | {rng.choice(['All, World', 'All, Japan', 'All, Business'])}"
        )
        if rng.random() < 0.5:
            c.place = rng.choice(["BEIJING", "WASHINGTON", "SEOUL", "BANGKOK"])
            d.dateline = f"{c.place} -"
        if rng.random() < 0.5:
            d.tail.append("==Kyodo")
        below = [
            "",
            *(_share(rng, ["Facebook", "X", "LINE"])),
            "",
            "Latest News",
            *_others(rng, 4),
            "",
            "About Us",
            "Privacy Policy",
            "Terms of Use",
            f"Copyright © {t.year} Kyodo News All Rights Reserved.",
        ]
    elif kind == "japantimes":
        above = [
            "The Japan Times",
            "Subscribe",
            "Login",
            "Japan",
            "World",
            "Business",
            "Sports",
            "Opinion",
            "Life",
            "Community",
            "Culture",
            "Podcasts",
            "Deep Dive",
            "",
            rng.choice(["JAPAN", "BUSINESS", "ASIA PACIFIC"]),
        ]
        c.source = "Kyodo"
        d.head += ["Kyodo", f"{REUTERS_MONTHS[t.month - 1][:3]} {t.day}, {t.year}"]
        c.place = rng.choice(["OSAKA", "NAGOYA", "SAPPORO", "FUKUOKA", "WASHINGTON"])
        d.dateline = f"{c.place} –"
        if rng.random() < 0.4:
            _before_lede(d, ["SHARE", "", "Officials inspect the site on Thursday. | KYODO"])
        below = [
            "",
            "KEYWORDS",
            *rng.sample(["Diplomacy", "Economy", "Crime", "Kansai", "Trade"], 2),
            "",
            "Latest Japan stories",
            *_others(rng, 3),
            "",
            "© The Japan Times Ltd. All rights reserved.",
        ]
    else:
        above = [
            "BERNAMA",
            "Home",
            "General",
            "Business",
            "Politics",
            "World",
            "Sports",
            "Features",
            "Bernama TV",
            "",
            rng.choice(["GENERAL", "WORLD", "BUSINESS"]),
        ]
        d.head.append(f"{t:%d/%m/%Y} {_clock(t)}")
        place = rng.choice(["KUALA LUMPUR", "PUTRAJAYA", "GEORGE TOWN", "KOTA KINABALU", "JAKARTA"])
        c.place, c.date, c.agency = place, f"{REUTERS_MONTHS[t.month - 1]} {t.day}", "Bernama"
        d.dateline = f"{place}, {c.date} (Bernama) --"
        d.tail.append("-- BERNAMA")
        # The agency's note under its sign-off closes every story it sends: a closing line with no
        # field, like the other agencies' promotions under their credits (reconciled in round thirty,
        # which found it under the sign-off of Bernama's own page).
        d.tail.append(
            "BERNAMA provides up-to-date authentic and comprehensive news and information which are "
            "disseminated via BERNAMA Wires; www.bernama.com; BERNAMA TV on Astro 502, unifi TV 631 and "
            "MYTV 121 channels and BERNAMA Radio on FM93.9 (Klang Valley), FM107.5 (Johor Bahru), FM107.9 "
            "(Kota Kinabalu) and FM100.9 (Kuching) frequencies."
        )
        c.source = "BERNAMA"
        below = [
            "",
            "Follow us on social media :",
            "Facebook : @bernamaofficial",
            "",
            f"© {t.year} BERNAMA. All Rights Reserved.",
        ]
    d.head_joint = "\n"
    d.tail_blank = rng.random() < 0.5
    _ads(rng, d, ["Advertisement", "ADVERTISEMENT"], 0.2)
    _frame(d, c, above, below)


# --- India: PTI and ANI on the papers' pages ------------------------------------------------------


def h22_india_papers(rng: random.Random, d: Draft, c: Case) -> None:
    """PTI and ANI copy on Indian papers' pages: ThePrint (the "ANI" provider line and time, "Text
    Size: A- A+", a glued "(ANI)", the auto-generated note, "Support Our Journalism" and the
    footer), The Week ("PTI" over "Updated: ...", the desk code, the "not been edited" note),
    Business Standard ("Press Trust of India | New Delhi", its time, the syndicated-feed note)."""
    t = _when(rng)
    city = rng.choice(["New Delhi", "Mumbai", "Kolkata", "Chennai", "Bengaluru", "Hyderabad"])
    kind = rng.choice(["theprint", "theweek", "bs"])
    if kind == "theprint":
        above = [
            "ThePrint",
            "Politics",
            "Governance",
            "Economy",
            "Defence",
            "India",
            "World",
            "Opinion",
            "Features",
            "Videos",
            "Subscribe",
            "",
        ]
        d.head += ["ANI", f"{t.day} {MONTHS[t.month - 1]}, {t.year} {_clock(t, upper=False)} IST"]
        c.source = "ANI"
        region = {
            "New Delhi": "",
            "Mumbai": " (Maharashtra)",
            "Kolkata": " (West Bengal)",
            "Chennai": " (Tamil Nadu)",
            "Bengaluru": " (Karnataka)",
            "Hyderabad": " (Telangana)",
        }[city]
        c.place, c.date, c.agency = city, f"{MONTHS[t.month - 1]} {t.day}", "ANI"
        d.dateline = f"{city}{region} [India], {c.date} (ANI):"
        _before_lede(
            d, ["Text Size:", "A-", "A+", *(["", "Representational image | ANI"] if rng.random() < 0.5 else [])]
        )
        d.body[-1] += " (ANI)"
        c.trailers = ("(ANI)",)
        d.tail.append(
            "This report is auto-generated from ANI news service. ThePrint holds no responsibility for its content."
        )
        below = [
            "",
            "Subscribe to our channels on YouTube, Telegram & WhatsApp",
            "",
            "Support Our Journalism",
            "India needs fair, non-hyphenated and questioning journalism, packed with on-ground reporting. "
            "ThePrint – with exceptional reporters, columnists and editors – is doing just that.",
            "Support Our Journalism",
            "",
            "Leave a Reply Cancel reply",
            "",
            "Most Popular",
            *_others(rng, 3),
            "",
            f"Copyright © {t.year} Printline Media Pvt. Ltd. All rights reserved.",
        ]
    elif kind == "theweek":
        above = [
            "THE WEEK",
            "News",
            "India",
            "World",
            "Business",
            "Sports",
            "Health",
            "Leisure",
            "Magazine",
            "",
            "Wire Updates",
        ]
        d.head.append("PTI")
        d.head.append(f"Updated: {MONTHS[t.month - 1]} {t.day:02d}, {t.year} {t.hour:02d}:{t.minute:02d} IST")
        c.source = "PTI"
        c.place, c.date, c.agency = city, f"{REUTERS_MONTHS[t.month - 1]} {t.day}", "PTI"
        d.dateline = f"{city}, {c.date} (PTI)"
        code = "PTI " + " ".join(rng.sample(["SKU", "ANB", "RT", "KVK", "NSD", "DV", "MNK"], 3))
        d.tail.append(code)
        c.credits = (code,)
        d.tail.append("(This story has not been edited by THE WEEK and is auto-generated from PTI)")
        below = [
            "",
            "Topics :",
            *rng.sample(["india", "politics", "economy", "court"], 2),
            "",
            "Related Content" if rng.random() < 0.3 else "More from THE WEEK",
            *_others(rng, 3),
            "",
            f"© {t.year} THE WEEK. All rights reserved. Designed & Developed by THE WEEK",
        ]
    else:
        above = [
            "Business Standard",
            "Home",
            "Markets",
            "Companies",
            "Opinion",
            "Technology",
            "Economy",
            "Politics",
            "Latest News",
            "Subscribe",
            "",
            rng.choice(["Economy", "Politics", "India News"]),
        ]
        d.head.append(f"Press Trust of India | {city}")
        d.head.append(f"Last Updated : {REUTERS_MONTHS[t.month - 1][:3]} {t.day:02d} {t.year} | {_clock(t)} IST")
        c.source = "Press Trust of India"
        if rng.random() < 0.6:
            c.place, c.date, c.agency = city, f"{REUTERS_MONTHS[t.month - 1]} {t.day}", "PTI"
            d.dateline = f"{city}, {c.date} (PTI)"
        _before_lede(d, ["Listen to This Article"] if rng.random() < 0.5 else [])
        d.tail.append(
            "(Only the headline and picture of this report may have been reworked by the Business Standard staff; "
            "the rest of the content is auto-generated from a syndicated feed.)"
        )
        below = [
            "",
            "Topics :",
            *rng.sample(["Indian Economy", "RBI", "GDP", "Inflation"], 2),
            "",
            "Don't miss the most important news and views of the day. Get them on our Telegram channel",
            "",
            f"First Published: {REUTERS_MONTHS[t.month - 1][:3]} {t.day:02d} {t.year} | {_clock(t)} IST",
            "",
            f"Copyright © {t.year} Business Standard Private Ltd. All rights reserved",
        ]
    d.head_joint = "\n"
    d.tail_blank = rng.random() < 0.5
    _ads(rng, d, ["Advertisement", "ADVERTISEMENT"], 0.3)
    _frame(d, c, above, below)


# --- European agencies' English services ---------------------------------------------------------


def h22_europe_agencies(rng: random.Random, d: Draft, c: Case) -> None:
    """dpa international on a client's page ("dpa" over the time, "Berlin (dpa) -"), EFE English
    ("Madrid, Nov 5 (EFE).-", the desk code, EFE's footer notice), ANSA English ("(ANSA) - ROME, NOV
    5 -", "ALL RIGHTS RESERVED © Copyright ANSA" under the story, ANSA's footer), and Anadolu
    ("NAME |05.11.2026 - Update : 05.11.2026", the subscription note)."""
    t = _when(rng)
    kind = rng.choice(["dpa", "efe", "ansa", "anadolu"])
    if kind == "dpa":
        above = [
            rng.choice(["The Brussels Times", "Berlin Today", "Euro Weekly"]),
            "News",
            "Politics",
            "Business",
            "World",
            "Sport",
            "Culture",
            "Subscribe",
            "",
            rng.choice(["World", "Europe", "Germany"]),
        ]
        d.head += ["dpa", f"{t:%d.%m.%Y}, {t.hour:02d}:{t.minute:02d}"]
        c.source = "dpa"
        c.place = rng.choice(["Berlin", "Hamburg", "Munich", "Vienna", "Brussels"])
        c.agency = "dpa"
        d.dateline = f"{c.place} (dpa) -"
        below = [
            "",
            "Share this article",
            "Facebook",
            "X",
            "Email",
            "",
            "Latest",
            *_others(rng, 4),
            "",
            "Imprint",
            "Privacy",
            f"© {t.year} {above[0]}. All rights reserved.",
        ]
    elif kind == "efe":
        above = [
            "EFE Noticias",
            "English Edition",
            "World",
            "Latin America",
            "Spain",
            "Business",
            "Sports",
            "Culture",
            "Science",
            "Health",
            "",
        ]
        d.head.append(f"{REUTERS_MONTHS[t.month - 1][:3]}. {t.day}, {t.year} | {_clock(t)}")
        c.place = rng.choice(["Madrid", "Bogota", "Mexico City", "Lima", "Caracas", "Havana"])
        c.date, c.agency, c.source = f"{REUTERS_MONTHS[t.month - 1][:3]} {t.day}", "EFE", "EFE"
        d.dateline = f"{c.place}, {c.date} (EFE).-"
        code = rng.choice(["ab/cd", "mcs/jgc", "lss/ics", "ar/fjo"])
        d.tail.append(code)
        c.credits = (code,)
        below = [
            "",
            "Tags",
            *rng.sample(["Spain", "Migration", "Economy", "Elections"], 2),
            "",
            f"© EFE {t.year}. Queda expresamente prohibida la redistribución y la redifusión de todo o parte de "
            "los contenidos de los servicios de Efe, sin previo y expreso consentimiento de la Agencia EFE S.A.",
        ]
    elif kind == "ansa":
        above = [
            "ANSA.it",
            "English",
            "News",
            "Politics",
            "Business",
            "Culture",
            "Sports",
            "Food & Wine",
            "",
            rng.choice(["Politics", "News", "Business"]),
        ]
        d.head.append(f"{t.day:02d} {MONTHS[t.month - 1]} {t.year} {t.hour:02d}:{t.minute:02d}")
        c.place = rng.choice(["ROME", "MILAN", "NAPLES", "BRUSSELS", "VATICAN CITY"])
        c.date, c.agency, c.source = f"{MONTHS[t.month - 1][:3].upper()} {t.day}", "ANSA", "ANSA"
        d.dateline = f"(ANSA) - {c.place}, {c.date} -"
        c.copyright = "ALL RIGHTS RESERVED © Copyright ANSA"
        d.tail.append(c.copyright)
        below = [
            "",
            "Share",
            "",
            "Related articles",
            *_others(rng, 3),
            "",
            "ANSA - Agenzia Nazionale Stampa Associata, Via della Dataria 94 - 00187 Roma - P.IVA 00876481003",
            "Privacy Policy",
            "Cookie Settings",
        ]
    else:
        above = [
            "Anadolu Ajansı",
            "Türkiye",
            "World",
            "Politics",
            "Economy",
            "Energy",
            "Sports",
            "Analysis",
            "Culture",
            "",
            rng.choice(["WORLD", "EUROPE", "MIDDLE EAST", "ECONOMY"]),
        ]
        name = rng.choice(WRITERS)
        c.byline = name
        d.head.append(f"{name}  |{t:%d.%m.%Y} - Update : {t:%d.%m.%Y}")
        c.source = "Anadolu Agency"
        d.tail.append(
            "Anadolu Agency website contains only a portion of the news stories offered to subscribers in the AA "
            "News Broadcasting System (HAS), and in summarized form. Please contact us for subscription options."
        )
        below = [
            "",
            "Related topics",
            *rng.sample(["Türkiye", "Gaza", "Ukraine", "NATO"], 2),
            "",
            "Bu haberi paylaşın",
            "",
            f"© Anadolu Ajansı {t.year}",
        ]
    d.head_joint = "\n"
    d.tail_blank = rng.random() < 0.5
    _ads(rng, d, ["Advertisement"], 0.2)
    _frame(d, c, above, below)


# --- PA, AAP, The Canadian Press -----------------------------------------------------------------


def h22_commonwealth(rng: random.Random, d: Draft, c: Case) -> None:
    """PA copy on a Newsquest regional ("By NAME, PA Political Correspondent" or "By PA News
    Agency", "Share", IPSO's and Newsquest's footer), AAP on The Canberra Times ("NAME | AAP", ACM's
    time line, a closing "AAP") and SBS ("Source: AAP"), The Canadian Press on CTV (name, "The
    Canadian Press", "Published ...", the first-published note) and Global News ("By NAME The
    Canadian Press", "Posted ...", "Click to play video: ...")."""
    t = _when(rng)
    kind = rng.choice(["pa", "aap", "sbs", "ctv", "global"])
    if kind == "pa":
        paper = rng.choice(["The Northern Echo", "Bournemouth Echo", "Oxford Mail", "The Herald"])
        above = [
            paper,
            "Subscribe",
            "Sign in",
            "News",
            "Sport",
            "What's On",
            "Jobs",
            "Announcements",
            "Puzzles",
            "",
            "National news",
        ]
        if rng.random() < 0.6:
            c.byline = rng.choice(WRITERS)
            role = rng.choice(
                [
                    "PA Political Correspondent",
                    "PA Chief Reporter",
                    "PA Home Affairs Correspondent",
                    "PA Health Correspondent",
                ]
            )
            d.head.append(f"By {c.byline}, {role}")
            c.source = "PA"
        else:
            c.byline = c.source = "PA News Agency"
            d.head.append("By PA News Agency")
        d.head.append(
            rng.choice(
                [
                    f"{t.day}th {MONTHS[t.month - 1]} {t.year}" if 4 <= t.day <= 20 else f"{t:%d %B %Y}",
                    f"Published: {t:%d %B %Y}",
                ]
            )
        )
        below = [
            "",
            "Share",
            "",
            "Comments",
            "Our rules",
            "",
            "Most Read",
            *_others(rng, 5),
            "",
            "This website and associated newspapers adhere to the Independent Press Standards Organisation's "
            "Editors' Code of Practice. If you have a complaint about the editorial content which relates to "
            "inaccuracy or intrusion, then please contact the editor here. If you are dissatisfied with the "
            "response provided you can contact IPSO here",
            f"© 2001-{t.year}. This site is part of Newsquest's audited local newspaper network. A Gannett "
            "Company. Newsquest Media Group Ltd, Loudwater Mill, Station Road, High Wycombe HP10 9TY. "
            "Registered in England & Wales | 01676637 |",
        ]
    elif kind == "aap":
        above = [
            "The Canberra Times",
            "Subscribe",
            "Log in",
            "News",
            "Sport",
            "Business",
            "Opinion",
            "Lifestyle",
            "",
            rng.choice(["National", "Politics", "Business"]),
        ]
        c.byline = rng.choice(WRITERS)
        d.head.append(f"{c.byline} | AAP" if rng.random() < 0.6 else f"By {c.byline}, AAP")
        c.source = "AAP"
        first = t - datetime.timedelta(hours=2)
        d.head.append(
            f"Updated {MONTHS[t.month - 1]} {t.day} {t.year} - {_clock(t, upper=False).replace(' ', '')}, "
            f"first published {_clock(first, upper=False).replace(' ', '')}"
        )
        d.tail.append("AAP")
        below = [
            "",
            "Get the latest news delivered to your inbox.",
            "Sign up",
            "",
            "Related",
            *_others(rng, 3),
            "",
            f"Copyright © {t.year} Australian Community Media. All rights reserved.",
        ]
    elif kind == "sbs":
        above = [
            "SBS News",
            "Skip to main content",
            "Australia",
            "World",
            "Politics",
            "Sport",
            "Podcasts",
            "Watch",
            "",
            rng.choice(["Australia", "World"]),
        ]
        d.head.append(f"Published {t.day} {MONTHS[t.month - 1]} {t.year} {_clock(t, upper=False).replace(' ', '')}")
        d.head.append("Source: AAP")
        c.source = "AAP"
        below = [
            "",
            "Share this with family and friends",
            "Copy the link",
            "Facebook",
            "X",
            "Email",
            "",
            "Recommended",
            *_others(rng, 3),
            "",
            f"© SBS {t.year}. All rights reserved.",
        ]
    elif kind == "ctv":
        above = [
            "CTV News",
            "Skip to main content",
            "Canada",
            "Politics",
            "World",
            "Business",
            "Health",
            "Climate",
            "Watch",
            "",
            rng.choice(["Canada", "Politics", "Business"]),
        ]
        c.byline = rng.choice(WRITERS)
        d.head += [c.byline, "The Canadian Press"]
        c.source = "The Canadian Press"
        d.head.append(
            f"Published {DAYS[t.weekday()]}, {MONTHS[t.month - 1]} {t.day}, {t.year} {_clock(t).replace(' ', '')} EST"
        )
        c.place = rng.choice(["OTTAWA", "TORONTO", "MONTREAL", "VANCOUVER", "EDMONTON"])
        d.dateline = f"{c.place} —"
        note = f"This report by The Canadian Press was first published {AP_MONTHS[t.month - 1]} {t.day}, {t.year}."
        d.tail.append(note)
        c.credits = (note,)
        below = [
            "",
            "Share",
            "",
            "Related Stories",
            *_others(rng, 3),
            "",
            f"© {t.year} All rights reserved. CTVNews.ca Terms & Conditions",
        ]
    else:
        above = [
            "Global News",
            "Skip to main content",
            "Watch",
            "Canada",
            "World",
            "Politics",
            "Money",
            "Health",
            "Entertainment",
            "",
            rng.choice(["Canada", "Politics"]),
        ]
        c.byline = rng.choice(WRITERS)
        d.head.append(f"By {c.byline} The Canadian Press")
        c.source = "The Canadian Press"
        d.head.append(f"Posted {MONTHS[t.month - 1]} {t.day}, {t.year} {_clock(t, upper=False)}")
        c.place = rng.choice(["OTTAWA", "TORONTO", "HALIFAX", "WINNIPEG"])
        d.dateline = f"{c.place} —"
        _before_lede(
            d,
            [f"Click to play video: '{_others(rng, 1)[0]}'", "2:15", _others(rng, 1)[0]] if rng.random() < 0.6 else [],
        )
        note = f"This report by The Canadian Press was first published {AP_MONTHS[t.month - 1]} {t.day}, {t.year}."
        d.tail.append(note)
        c.credits = (note,)
        c.copyright = f"© {t.year} The Canadian Press"
        d.tail.append(c.copyright)
        below = [
            "",
            "Trending Now",
            *_others(rng, 4),
            "",
            f"© {t.year} Global News, a division of Corus Entertainment Inc.",
        ]
    d.head_joint = "\n"
    d.tail_blank = rng.random() < 0.5
    _ads(rng, d, ["Advertisement", "ADVERTISEMENT"], 0.2)
    _frame(d, c, above, below)


HELD_OUT_22: dict[str, Template] = {
    "yonhap-english": h22_yonhap_english,
    "yonhap-republished": h22_yonhap_republished,
    "yonhap-page-ko": h22_yonhap_page_ko,
    "reuters-com": h22_reuters_com,
    "reuters-clients": h22_reuters_clients,
    "apnews": h22_apnews,
    "ap-members": h22_ap_members,
    "afp-pages": h22_afp_pages,
    "asia-agencies": h22_asia_agencies,
    "india-papers": h22_india_papers,
    "europe-agencies": h22_europe_agencies,
    "commonwealth": h22_commonwealth,
}


# --- negatives: pages whose chrome looks like metadata, around a site's own story ----------------

SITES = ["The Harbour Times", "Riverside Ledger", "Metro Daily", "The Coastal Post", "Valley Voice"]


def _site_nav(rng: random.Random, site: str) -> list[str]:
    return [
        *(["Skip to content"] if rng.random() < 0.5 else []),
        site,
        *rng.sample(["News", "Local", "Politics", "Business", "Sport", "Opinion", "Culture", "Weather", "Podcasts"], 6),
        "Subscribe",
        "Sign in",
        "",
    ]


def _latest_list(rng: random.Random, t: datetime.datetime) -> list[str]:
    """A "Latest news" list: times, and items opening with a place in capitals, as datelines do."""
    items = []
    for h in _others(rng, rng.randint(3, 5)):
        hour, minute = rng.randint(6, 22), rng.randint(0, 59)
        items.append(
            rng.choice(
                [
                    f"{hour:02d}:{minute:02d} {h}",
                    f"{rng.choice(['LONDON', 'SEOUL', 'WASHINGTON', 'PARIS'])} — {h}",
                    f"{h} {rng.randint(2, 50)} mins ago",
                    f"{AP_MONTHS[t.month - 1]} {t.day}, {t.year} {h}",
                ]
            )
        )
    return [rng.choice(["Latest news", "Latest", "Just in"]), *items]


def n22_latest_lists(rng: random.Random, d: Draft, c: Case) -> None:
    """A site's own story with no agency, under a "Latest news" list of timed and place-headed items
    and over "Most read" with times, "By category" menus, a footer naming Reuters and AP as partners
    and the site's copyright."""
    t = _when(rng)
    site = rng.choice(SITES)
    above = [*_site_nav(rng, site), *_latest_list(rng, t), "", rng.choice(["Local", "Business", "Politics"])]
    below = ["", "Most read"]
    below += [f"{h} {rng.choice(['2 hours ago', '35 minutes ago', 'Yesterday'])}" for h in _others(rng, 4)]
    below += ["", "By category", "Politics", "Business", "World", "Sport", ""]
    if rng.random() < 0.6:
        below += ["Our partners", "Reuters", "Associated Press", "AFP", ""]
    else:
        below += ["Wire copy from Reuters | AP | AFP", ""]
    below += ["About us", "Contact", "Advertise", f"© {t.year} {site}. All rights reserved."]
    _ads(rng, d, ["Advertisement"], 0.3)
    _frame(d, c, above, below)


AGENCY_PROSE = [
    "Yonhap News Agency reported the figures on Thursday, citing officials at the finance ministry.",
    "According to Reuters, the company plans to cut about 500 jobs by the end of March.",
    "The Associated Press first reported the deal last week, citing two people familiar with the talks.",
    "An AFP tally based on official figures shows the toll has more than doubled since June.",
    "Xinhua, the state news agency, said the talks had been held in a frank atmosphere.",
    "Kyodo News, citing government sources, said the cabinet would approve the plan next week.",
    "Bernama quoted the minister as saying the border would reopen in stages.",
    "The agency later moved a (LEAD) version of the story with comments from the minister.",
    "Editors at the paper marked the update as (2nd LD) after the second round of talks ended.",
    "Reporting by local outlets suggested the figure could be higher than officials admit.",
]
AGENCY_ENDINGS = [
    "Reuters could not independently verify the reports.",
    "The ministry did not respond to a request for comment from AFP.",
    "AP and Reuters both carried the statement, which was later withdrawn.",
    "Talks are expected to resume in Seoul next month, Yonhap said.",
    "Source: a statement from the ministry, which did not give further details, was posted online on Friday.",
]


def n22_agency_prose(rng: random.Random, d: Draft, c: Case) -> None:
    """The seed's WordPress page ("Search" / "Close this search box." twice) around a blog's own story
    whose sentences quote the agencies, "(LEAD)" and "(2nd LD)", and end on one that names them."""
    t = _when(rng)
    site = rng.choice(["Korea Daily Brief", "Seoul Insider", "Asia Markets Blog"])
    above = ["Search", "Close this search box."] * rng.choice([1, 2])
    if rng.random() < 0.4:
        above = ["Skip to content", site, "Home", "News", "About", "Contact", *above]
    for line in rng.sample(AGENCY_PROSE, 2):
        d.body.insert(rng.randint(0, len(d.body)), line)
    d.body.append(rng.choice(AGENCY_ENDINGS))
    below = [
        "",
        "Share this:",
        "Facebook",
        "X",
        "",
        "Related",
        *_others(rng, 3),
        "",
        "Leave a Reply Cancel reply",
        "Your email address will not be published. Required fields are marked *",
        "",
        "Recent Posts",
        *_others(rng, 3),
        "",
        f"Copyright © {t.year} {site} | Powered by Astra WordPress Theme",
    ]
    _frame(d, c, above, below)


def n22_footer_lookalikes(rng: random.Random, d: Draft, c: Case) -> None:
    """A site's own story with a footer that looks like closing lines: the newsroom's e-mail address,
    "Source: ..." of a data box, "Reuters" and "AP" in a list of links, "(END)" of a ticker, and the
    site's copyright and rights line."""
    t = _when(rng)
    site = rng.choice(SITES)
    above = [*_site_nav(rng, site), "Home", ">", rng.choice(["News", "Business"]), ">", "Local", ""]
    domain = site.lower().replace("the ", "").replace(" ", "")
    below = [""]
    if rng.random() < 0.5:
        below += ["Fuel prices this week", "Unleaded 1.62", "Diesel 1.71", "Source: Fuel Watch", ""]
    below += ["Share", "Facebook", "X", "Email", ""]
    below += ["Contact the newsroom", f"newsdesk@{domain}.com", "Tel: 555-0100", ""]
    below += ["Markets", "FTSE 100 +0.4%", "Dow +0.2%", "Data delayed 15 minutes. Source: Reuters", ""]
    below += ["Useful links", "About us", "Reuters", "AP", "Weather", "Jobs", ""]
    below += [
        f"© {t.year} {site}. All rights reserved.",
        rng.choice(
            [
                "No part of this site may be reproduced without our written permission.",
                f"Copyright {t.year} {site}. All Rights Reserved.",
                "Registered in England and Wales. Company number 01234567.",
            ]
        ),
    ]
    _ads(rng, d, ["Advertisement", "ADVERTISEMENT"], 0.3)
    _frame(d, c, above, below)


def n22_tagged_sidebars(rng: random.Random, d: Draft, c: Case) -> None:
    """A site's own story among lists of other stories whose headlines carry wire tags ("(LEAD)",
    "(2nd LD)", "UPDATE 2-", "EXCLUSIVE-"), with times, above the headline and below the story: the
    tags belong to the list, not to this story."""
    t = _when(rng)
    site = rng.choice(SITES)
    tagged = [
        f"(LEAD) {h}" if i % 3 == 0 else f"(2nd LD) {h}" if i % 3 == 1 else f"UPDATE 2-{h}"
        for i, h in enumerate(_others(rng, 4))
    ]
    above = [*_site_nav(rng, site), rng.choice(["Top Stories", "Breaking", "Wire feed"])]
    above += [
        f"{item} {rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}" if rng.random() < 0.5 else item
        for item in tagged[:2]
    ]
    above += ["", rng.choice(["World", "Business"])]
    below = [
        "",
        "More stories",
        *tagged[2:],
        f"EXCLUSIVE-{_others(rng, 1)[0]}",
        "",
        f"{AP_MONTHS[t.month - 1]} {t.day}, {t.year}",
        "",
        "About",
        "Contact",
        f"© {t.year} {site}. All rights reserved.",
    ]
    _frame(d, c, above, below)


NEGATIVES_22: dict[str, Template] = {
    "latest-lists": n22_latest_lists,
    "agency-prose": n22_agency_prose,
    "footer-lookalikes": n22_footer_lookalikes,
    "tagged-sidebars": n22_tagged_sidebars,
}
