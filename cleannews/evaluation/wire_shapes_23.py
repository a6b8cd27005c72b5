"""Round-twenty-three templates for the wire harness: whole pages of wire stories on the world's other outlets.

Written blind, before any round-twenty-three rule and without reading the rules or the earlier rounds'
templates, from how a whole news page looks when a user selects all and copies it in a browser (or a
scraper dumps its text) in 2024-2026, when the page holds one wire story run by a regional or
national outlet outside the agencies' own big clients (round twenty-two): Yonhap's copy on the Korea
Herald ("By Yonhap", "Published : ...", a closing "(Yonhap)"), the Korea JoongAng Daily ("Published:
05 Nov. 2026, 15:12", "YONHAP [english@joongang.co.kr]"), the Korea Times (a provider line over its
time) and a WordPress aggregator in the seed's shape ("Search" / "Close this search box." twice, a
tagged headline, "Source: Yonhap News Agency" under the story); Yonhap's Korean copy on Naver News (the
portal's menus, "입력" and "수정" time lines, "기사원문", the reading tools, the reporter's card,
the reaction buttons, the press's copyright line and the portal's own); AP copy on US local TV
stations and papers (Gray's "By The Associated Press" and "Published: ... |Updated: 2 hours ago",
Scripps' "Posted ..." over "and last updated ...", Sinclair's "by NAME, Associated Press", a paper's
time lines over "By NAME" and "The Associated Press"; "Copyright 2026 The Associated Press. All rights
reserved." under the story and the station's own notice in the footer); PA copy on Irish and Scottish
papers (the Irish Examiner, breakingnews.ie, the Belfast Telegraph, the Scotsman, the Irish Times'
"– PA"); the NZ Herald and Stuff with AP and Reuters, SBS ("Source: AAP") and 9News ("By Australian
Associated Press"); News24, IOL and TimesLIVE with AFP, Reuters and ANA; NAN on Premium Times
("By Agency Report") and Vanguard, KNA on the Star and Capital FM; Dawn, the Express Tribune, the
Daily Star and the Dhaka Tribune with Reuters, AFP, APP, BSS and UNB; PNA's own site, the Inquirer
with AFP, the Star and Malay Mail with Bernama; CNA with Reuters and AFP, ANTARA English, VietnamPlus
(VNA); Gulf News and Khaleej Times with WAM, Arab News with AFP and SPA, Daily Sabah with AA and AFP;
the Buenos Aires Times with AFP, EFE English, TASS English, Xinhua on CGTN and the Global Times. Some
pages are their mobile or AMP renderings (hamburger menus, "Advertisement", "Read next", "Continue
reading"). Every name, address and sentence here is made up; only the shapes are the pages'.

Contract (the harness' fields), following the choices rounds seventeen to twenty-two list as settled:
an agency in the byline's place fills the byline too ("By Yonhap" gives byline and source "Yonhap",
"By The Associated Press" gives "The Associated Press", "By Australian Associated Press" the same); a
provider line over a time names the source, not the byline ("Reuters", "AFP", "APP", "WAM",
"Associated Press" over a time line); an agency's desk or role after its name gives the agency ("By
NAME, PA Scottish Political Editor" gives "PA"); a dateline's bracketed region is no part of the
place; a colon after a capitalised place at the lede's start is a dateline with a place only
("ISLAMABAD:", "WASHINGTON:"); "Source: X" is the strongest source, CNA's "Source: Reuters/ec" gives
"Reuters" (the editor's initials no credit); a closing sign-off names the source as printed when
nothing stronger does ("— Bernama", "– Reuters", "– PA", a glued "(NAN)" or "(PNA)"); "-- BERNAMA"-like
sign-offs win over the dateline's agency; ANTARA's closing "Reporter: NAME" is the byline (no credit)
and "Editor: NAME" a credit as printed; Xinhua's and Global Times' one-line source record in the head is
a head line naming the source; page chrome is no field (round twenty-two): every line of the page
around the story -- menus, search boxes, section labels, share and font buttons, photo captions,
reading-time lines alone, "Advertisement" marks between paragraphs, keyword and topic lists, "Most
read", "Read next", "Related" and "Latest" lists, cookie and newsletter notices, the reporter's
profile card, reaction buttons, comment prompts and the site's footer -- is written outside the draft's
head, body and tail, so nothing is expected of it; the story's own copyright line under its closing
lines is the ``copyright`` and a trailer, and the site's footer notice fills ``copyright`` only when
the story prints none of its own (round twenty-two, reconciled with the README's contract). Choices
made before the blind run, for the shapes no earlier round had:

- Head lines (out of the text): the story's byline, provider and time lines between the headline and
  the lede, in the outlets' formats: "Published : Nov. 5, 2026 - 15:12", "Published: 05 Nov. 2026,
  15:12", "Updated: 05 Nov. 2026, 17:40", "2026-11-05 15:12", "입력2026.11.05. 오후 3:12",
  "수정2026.11.05. 오후 5:40", "Published: Nov. 5, 2026 at 8:12 PM UTC|Updated: 2 hours ago", "Posted
  3:12 PM, Nov 05, 2026", "and last updated 5:40 PM, Nov 05, 2026", "Thu, November 5th 2026 at 3:12 PM",
  "Nov. 5, 2026 at 3:12 pm", "Thu, 05 Nov, 2026 - 15:12", "Updated: Thu 5 Nov 2026, 15:12", "Thu 5 Nov
  2026 at 15:12", "Published 5th Nov 2026, 15:12 GMT", "Thu Nov 5 2026 - 15:12", "5 Nov, 2026 03:12 PM",
  "05:12, Nov 05 2026", "Published 5 November 2026 3:12pm", "3:12pm Nov 5, 2026", "05 Nov 2026 - 15:12",
  "Published Nov 5, 2026", "05 November 2026 - 15:12", "November 5, 2026", "Published on: Nov 5, 2026
  15:12 (EAT)", "Published November 5, 2026", "Updated about 2 hours ago", "November 05, 2026", "Thu Nov
  5, 2026 03:12 PM", "Last update on: Thu Nov 5, 2026 05:40 PM", "Publish : 05 Nov 2026, 03:12 PM",
  "Update : 05 Nov 2026, 05:40 PM", "November 5, 2026, 3:12 pm", "Agence France-Presse / 03:12 PM
  November 05, 2026", "Thursday, 05 Nov 2026", "3:12 PM MYT", "Thursday, 05 Nov 2026 3:12 PM MYT", "05 Nov
  2026 03:12PM", "(Updated: 05 Nov 2026 05:40PM)", "5th November 2026 15:12", "Thursday, November 5,
  2026 15:12", "Published: November 05, 2026 15:12", "Published: Thu 5 Nov 2026, 3:12 PM", "Last updated:
  Thu 5 Nov 2026, 5:40 PM", "NOV 05, 2026 - 3:12 PM GMT+3", "05-11-2026 15:12", "5 NOV, 15:12",
  "Updated 15:12, 05-Nov-2026", "Source: Xinhua Published: Nov 05, 2026 03:12 PM"; byline lines ("By
  Yonhap", "By The Associated Press", "By JANE DOE Associated Press", "by JANE DOE, Associated Press",
  "By JANE DOE" over "The Associated Press", "Jane Doe, PA", "By Jane Doe, PA Scottish Political
  Editor", "By Australian Associated Press", "By Reuters", "By Agency Report", "By KNA", "By AFP"); and
  provider lines ("Yonhap", "Associated Press", "Reuters", "AFP", "APP", "BSS, Dhaka", "UNB", "WAM",
  "SPA", "ANADOLU AGENCY" over its city "ISTANBUL", "DAILY SABAH WITH AFP"), SBS's "Source: AAP". The
  city line under Daily Sabah's provider line is a head line and no dateline (the story's dateline is
  the lede's, which these pages drop).
- ``byline``: the writer's name as printed ("JANE DOE and JOHN ROE" of "By JANE DOE and JOHN ROE
  Associated Press"); Premium Times' "By Agency Report" fills it as printed ("Agency Report", the byline
  slot's credit, as France 24's "By: NEWS WIRES"), naming no source; ANTARA's closing "Reporter: NAME"
  gives the name.
- ``source``: "Source: X" (the WordPress aggregator's "Source: Yonhap News Agency", SBS's "Source: AAP",
  CNA's "Source: Reuters/ec" gives "Reuters", CGTN's closing "Source(s): Xinhua" gives "Xinhua"), else the
  agency named in the head by the byline or a provider line as printed ("Yonhap", "The Associated
  Press", "Associated Press", "PA", "Reuters", "AFP", "Agence France-Presse", "KNA", "APP", "BSS", "UNB",
  "WAM", "SPA", "ANADOLU AGENCY", "Xinhua" of Global Times' record; "DAILY SABAH WITH AFP" gives "AFP":
  the paper's name is no source, the agency it credits is), else the dateline's agency ("Yonhap",
  "AP", "Reuters", "APP", "Bernama", "ANTARA", "VNA", "TASS", "Xinhua", "EFE", "연합뉴스"), else a
  closing sign-off as printed ("(Yonhap)" gives "Yonhap", JoongAng Daily's "YONHAP [english@...]" gives
  "YONHAP", "– Reuters", "– PA", "— Bernama", "(NAN)" and "(PNA)" give "NAN" and "PNA", "African News
  Agency (ANA)"). Pages that credit no agency anywhere in the story's lines have no source.
- ``place``, ``date``, ``agency`` as the dateline prints them: "SEOUL, Nov. 5 (Yonhap) --", "(서울=연합뉴스)
  NAME 기자 =" (place 서울, agency 연합뉴스, byline NAME), "WASHINGTON (AP) —", "LONDON, Nov 5 (Reuters) -",
  "PETALING JAYA (Bernama):" (place and agency), "KUALA LUMPUR, Nov 5 —", "MANILA –", "PARIS, France —"
  (the place with its country, as "MANILA, Philippines —"), "NYERI, Kenya, Nov 5 –", "Abu Dhabi:" (a
  colon after a place in mixed case, as Gulf News writes it), "Jakarta (ANTARA) -", "Hanoi (VNA) –",
  "MOSCOW, November 5. /TASS/.", "BEIJING, Nov. 5 (Xinhua) --", "Buenos Aires, Nov 5 (EFE).-".
- Trailers (out of the text): the story's closing lines, from its last paragraph down to the first
  line of chrome: "(Yonhap)", "YONHAP [english@joongang.co.kr]" (the desk's address, no credit: a
  desk is no writer; reconciled after the fit: the address is a credit, see the end), reporter
  e-mails (credits), "(END)", "Source: ...", "제보는 카카오톡 okjebo", the
  press's copyright line on Naver ("Copyright ⓒ 연합뉴스. All rights reserved. ...", the story's
  ``copyright``: it stands directly under the story, above the portal's reporter card), "___" with AP's
  contributors' line (credit), AP's notice (the ``copyright``), "– PA", "– Reuters", "— Bernama",
  "African News Agency (ANA)", "(NAN)" on its own line or glued to the last paragraph (a trailer cut
  from it), NAN's "Edited by NAME" (credit), a glued "(PNA)", the Inquirer's editor code ("/dl":
  credit), CNA's "Source: Reuters/ec", ANTARA's "Reporter:", "Editor:" (credit) and copyright lines,
  VietnamPlus' closing "VNA", CGTN's "Source(s): Xinhua", the Buenos Aires Times' "– TIMES/AFP" (no
  field: its byline named AFP already), EFE's desk code ("ab/cd": credit).
- Tags: Yonhap's bracketed tags ("LEAD", "2nd LD", "URGENT", ...) on the aggregator's and the Korea
  Times' headlines, Naver's "[속보]", "[2보]", "[종합]", "[단독]"; a tagged headline in a page's list
  is not the story's tag.
- Negatives (no agency, nothing is metadata but the footer's copyright, every paragraph stays): a
  site's staff story under a "Latest news" list of timed and place-headed teasers and over "Most read"
  with times; "By category" and topic menus with a footer naming AFP, Reuters, AP and Xinhua as
  partners; a story whose sentences quote Yonhap, Reuters, AFP, NAN, Bernama, WAM and "(LEAD)" reports
  and whose last paragraph opens "Source:" in prose; a mobile page with "Read next" and "Related"
  teasers that carry datelines ("SEOUL, Nov. 5 (Yonhap) -- ...") and tagged headlines ("(LEAD) ...",
  "UPDATE 2-..."). The footer's "© 2026 Site. All rights reserved." is the ``copyright`` when present
  (round twenty-two, reconciled).

Blind first run (``python -m cleannews.evaluation.wire --data ../shared/data --misses``, the
held-out-23 and negatives-23 columns of the table as printed; 480 and 160 articles)::

    | field | held-out-23 P | held-out-23 R | negatives-23 P | negatives-23 R |
    | tags | 1.000 | 0.531 | – | – |
    | dateline place | 1.000 | 0.967 | 0.000 | – |
    | dateline agency | 1.000 | 1.000 | 0.000 | – |
    | dateline date | 1.000 | 1.000 | 0.000 | – |
    | byline | 0.984 | 0.969 | – | – |
    | source | 1.000 | 0.898 | 0.000 | – |
    | credits | 0.880 | 1.000 | – | – |
    | copyright | 1.000 | 1.000 | 1.000 | 1.000 |
    | trailers | 1.000 | 0.979 | – | – |
    | head lines | 0.991 | 0.723 | – | – |

Body sentences lost: held-out-23 9/4151, negatives-23 0/1380. Every other set printed what it prints
on this branch's main (ground-truth texts 2/94270, 5 timestamp lines taken from the head).

One template bug, fixed after the blind run: ``_ads`` could put two marks in one gap ("Continue
reading" over "Advertisement" on a mobile page), which the harness' sentence splitter reads as one
three-word body sentence (3 of the 9 "lost" were that pair, which the chrome pass rightly took); a gap
now holds one mark (the same random draws, otherwise the same articles). The second run printed the
same table and body sentences lost held-out-23 4/4148 (two look-alike endings of oceania-23 and
oceania-28, lost in the first run, now stay: without the doubled mark the chrome pass reads those pages
otherwise), negatives-23 0/1380. No expected field was found wrong on review.

175 of the 480 held-out-23 articles missed something (naver-yonhap-ko 40, pakistan-bangladesh 21,
us-local-ap 19, philippines-malaysia 18, korea-papers 16, gulf-arab-turkey 14, latam-russia-china 12,
nigeria-kenya 12, south-africa 11, singapore-indonesia-vietnam 9, pa-ireland-scotland 7, oceania 0).
Two negatives-23 articles found something. The misses of the second run, by cause (articles):

- the story's head taken by the chrome pass (as "before the article body" or as the tail of the menu
  above it), so the wire pass never sees it and its fields are lost: Naver's "입력..." / "수정..." time
  lines in all 40 (60 lines), and with them the tagged headline in 23 ("[속보]", "[2보]", "[종합]", "[단독]":
  all of tags recall 0.531; the Yonhap dateline, byline, e-mail, copyright and tip line under the story
  all passed); the Korea Herald's "By Yonhap" and "Published : ..." (5, byline and source still read);
  Sinclair's "by NAME, Associated Press" over its time (4); PA papers' byline and time lines (7, and the
  Belfast Telegraph's name over "PA", so no source: 3); PNA's "By NAME" and time (7; in 2 of them the
  glued "(PNA)" went with the look-alike ending it was glued to, see the last cause); the Star's
  "Thursday, 05 Nov 2026" / "3:12 PM MYT" and Malay Mail's time (7); the Inquirer's "Agence
  France-Presse / TIME" (2, no source); CNA's, ANTARA's and VietnamPlus' time lines (9); TASS' "5 NOV,
  15:12" (4); Global Times' "Source: Xinhua Published: ..." record (3, source still read); EFE's bare
  date line (2); Premium Times' "By Agency Report" (3, no byline), Vanguard's "On DATE TIME" (1), KNA's
  "By KNA" with its time (4); IOL's bare name over "Published ..." (2, with the "Cape Town -" /
  "Pretoria -" dateline under it unread); TimesLIVE's "By Reuters" (1); Daily Sabah's "ANADOLU AGENCY"
  over its city and time (4, no source).
- head lines kept in the text (the wire pass did not know them): Gray's "Published: ... UTC|Updated: 2
  hours ago" (11), Scripps' second line "and last updated ..." (6), the Dhaka Tribune's "Publish : ..."
  with "UNB" between it and "Update : ..." (12, no source), the Daily Star's "BSS, Dhaka" (5, no
  source), Dawn's provider line with "Published ..." and "Updated about 2 hours ago" (4, no source).
- page chrome read as metadata: News24's audio player ("Listen to this article" over "0:00 / 3:10")
  between the head and the lede, its "0:00 / 3:10" taken as a head time line (6: head lines precision
  0.991); "DAILY SABAH WITH AFP" read as the byline "DAILY SABAH WITH" (3: all of byline precision
  0.984; the source "AFP" passed); in negatives-23 a "Related" teaser carrying a dateline ("LONDON, Aug
  30 (Reuters) - ...", "SEOUL, Oct. 7 (Yonhap) -- ...") under a short staff story read as the story's
  dateline and source (2: the negatives' place, agency, date and source precision 0.000).
- closing lines not known: the Buenos Aires Times' "– TIMES/AFP" (3).
- datelines not read: Gulf News' mixed-case colon datelines other than "Dubai:" ("Sharjah:", "Ras Al
  Khaimah:", "Abu Dhabi:": 7).
- body text lost (the 4 sentences): a harness look-alike ending ("AP and Reuters both carried the
  statement ...", "Associated Press writers have covered ...") with NAN's or PNA's sign-off glued to it,
  taken whole (3); a last paragraph of the benchmark's list-like prose ("Learn Accessibility - ...")
  under NAN copy, taken by the chrome pass (1).

Contract choices of this round that the rules answer differently (no docstring of rounds seventeen to
twenty-two settles them; not changed: this round is an estimate):

- the Korea JoongAng Daily's closing "YONHAP [english@joongang.co.kr]" names the source "YONHAP" and
  its address (the paper's English desk, not a writer) is no credit; the rules read the whole line as a
  credit and name no source (11: all of credits precision 0.880 and 11 of the source misses).
- "DAILY SABAH WITH AFP" names the source "AFP" and no byline (the rules agree on the source).

Reconciled after the fit: the JoongAng Daily's closing line now names the source "YONHAP" (an agency's
name over an address, ``_agency_with_address``), and its address is a credit
("english@joongang.co.kr"). A desk's mailbox cannot be told from a writer's by a rule of shape that
the earlier rounds keep: they read newsroom addresses ("editorial@", "tips@") as contacts and credits
(``service_addresses_only`` leaves out only the site's business mailboxes, "subs@", "info@"), so the
template now expects the address as a credit, not the whole line.

After fitting (the full harness on this branch, main merged in first; held-out-23 and negatives-23
columns; 480 and 160 articles; main's figures on the left of each arrow, with the template as
reconciled above for the right)::

    | field | held-out-23 P | held-out-23 R | negatives-23 P | negatives-23 R |
    | tags | 1.000 | 0.531 -> 1.000 | – | – |
    | dateline place | 1.000 | 0.967 -> 0.993 | 0.000 -> – | – |
    | dateline agency | 1.000 | 1.000 | 0.000 -> – | – |
    | dateline date | 1.000 | 1.000 | 0.000 -> – | – |
    | byline | 0.984 -> 1.000 | 0.984 | – | – |
    | source | 1.000 | 0.917 -> 0.977 | 0.000 -> – | – |
    | credits | 0.880 -> 1.000 | 1.000 | – | – |
    | copyright | 1.000 | 1.000 | 1.000 | 1.000 |
    | trailers | 1.000 | 0.979 -> 1.000 | – | – |
    | head lines | 0.990 -> 1.000 | 0.773 -> 0.934 | – | – |

Body sentences lost: held-out-23 4/4148 -> 0/4148, negatives-23 0/1380. Every other cell of the table
as on main (measured again after merging main with round twenty-four and the second real-page byline
pass: the same differences) but held-out-22 head lines R 0.982 -> 0.986; every body-loss figure as
on main (0, ground-truth texts 2/94270); the real-page tables (page heads, page datelines 30/0)
unchanged; chrome and titles tables unchanged; the seed unchanged. The causes fixed, by rule
(articles of the second blind run):

- a sign-off glued after the last sentence ("... withdrawn. (NAN)") left the paragraph no prose to the
  chrome pass, which took it with the "Related" list under it (3 of the 4 lost; the fourth, the
  list-like last paragraph, stays too now): ``is_sentence`` looks through a bracketed one-word sign-off;
- a teaser's dateline under "Read next" below a short story (negatives, 2): below a standfirst a line
  cut short with "..." is no lede (``_dateline``, ``_late_dateline``);
- News24's "0:00 / 3:10" (6): a media player's position is chrome, no time (``is_player_position``);
- "DAILY SABAH WITH AFP" (3): the connector in capitals, and a byline that names the page's copyright
  holder with an agency is the paper, no writer (``_publisher_with_agency``);
- Naver (40, all the tag misses): its reading tools ("기사원문", "본문 요약봇", "텍스트 음성 변환 서비스
  사용하기", "글자 크기 변경하기", "SNS 보내기", "인쇄하기") are Korean UI strings, so the chrome pass
  no longer starts the article below them and the tagged headline and time lines reach the wire pass;
- time lines: "Publish :" labels, "... UTC|Updated: 2 hours ago", "and last updated ...", "Updated
  about 2 hours ago" (Gray 11, Scripps 6, Dhaka Tribune 12, Dawn 2); "UNB" is an agency (12);
- "YONHAP [english@...]" (11, see above); "– TIMES/AFP" (3): a paper's desk in capitals with the
  agency signs off; Gulf News' "Sharjah:", "Abu Dhabi:", "Ras Al Khaimah:" (7): a city in mixed case
  before a colon is a dateline when the head named an agency (a guide's "Bordeaux: One of the ..." under
  a writer's byline is not: held-out-12 keeps place P 1.000) and a list or the gazetteer's rarity
  knows it; "KakaoStory" as a share button (3 Korea Herald heads);
- a time alone under a headline the menu run took in, over a lede whose dateline names its agency or
  date ("Hanoi (VNA) –", "JOHOR BARU, Aug 24 —"): the headline ends the menu (``_headline_ending_a_menu``;
  12 heads of VietnamPlus, ANTARA, TASS, the Star and Malay Mail).

Still missed (31 articles), all heads the chrome pass takes (as the menu's tail or "before the
article body") when no dated lede vouches for them, or lines no rule reads: "By NAME" over the time
with a photo credit between (PNA and the Philippine pages, 7); the Inquirer's "Agence France-Presse /
TIME" (2); CNA's time lines (3); Daily Sabah's "ANADOLU AGENCY" over its city and time (4); Global
Times' "Source: Xinhua Published: ..." record (3); IOL's bare name over "Published ..." with the "Cape
Town -" dateline under it unread (3); News24's provider line and time under the standfirst (2);
TimesLIVE's "By Reuters" (1); Dawn's provider line between two time lines (2); the Korea Herald's "By
Yonhap" among the font buttons "A" "A" (2); the Irish Times' and Vanguard's time lines (2).

Second fit (the same harness on this branch, measured again after merging main with rounds twenty-four
fitted and twenty-five blind: the same differences; main's figures on the left of each arrow)::

    | field | held-out-23 P | held-out-23 R | negatives-23 P | negatives-23 R |
    | tags | 1.000 | 1.000 | – | – |
    | dateline place | 1.000 | 0.993 -> 1.000 | – | – |
    | dateline agency | 1.000 | 1.000 | – | – |
    | dateline date | 1.000 | 1.000 | – | – |
    | byline | 1.000 | 0.984 -> 1.000 | – | – |
    | source | 1.000 | 0.977 -> 1.000 | – | – |
    | credits | 1.000 | 1.000 | – | – |
    | copyright | 1.000 | 1.000 | 1.000 | 1.000 |
    | trailers | 1.000 | 1.000 | – | – |
    | head lines | 1.000 | 0.934 -> 1.000 | – | – |

Body sentences lost: held-out-23 0/4148, negatives-23 0/1380. Every other cell of the table as on main
but held-out-22 head lines R 0.986 -> 0.990 (two more heads: "17 May, 2025 3:31 pm IST" over "ANI",
"All News 22:42 November 17, 2025"); every body-loss figure as on main (0, ground-truth texts
2/94270); the real-page tables (page heads, page datelines) unchanged; the chrome table (Zyte all
0.921, WCXB all 0.917, clean texts 1/0/1/1, seed 0) and the titles table (Zyte exact 131, WCXB 475,
wrong 27/99; every page's title the same as on main) unchanged; the seed unchanged. All 31 articles
fixed, by rule:

- a photo credit alone ("(PNA photo by NAME)": an agency's initials before "photo by" is page
  furniture) right under the story's head lines, with a line of a headline's shape over them, is the
  lead picture's, not a sign that the lines above belong to the page (``_credit_under_head``; a
  caption with its credit, over eight words, still is); the menu's tail walk steps over it too (PNA,
  7);
- a time line naming its agency ("Agence France-Presse / TIME") vouches for the headline the menu took
  in (``_timestamp_naming_source``; the Inquirer, 2), as Global Times' one-line record "Source: Xinhua
  Published: ..." does, which the wire pass now reads as a time naming its source
  (``source_beside_time``; 3);
- a share bar between the headline and the story's head lines vouches for them (CNA 3, the Irish
  Times and Vanguard 2; a share button right over the lede with no head line under it does not: a
  menu's "Contact Us" over a lede keeps WCXB's titles); the font buttons "A" "A" and "Comments" between
  two share buttons are part of the bar (the Korea Herald 2, Dawn 2);
- a labelled time ("Published Feb 5, 2025") over a lede whose dateline names its place only
  ("Pretoria -") vouches for the head (IOL, 1);
- "ANADOLU AGENCY" over its city over the time: the city line is the head's, no dateline
  (``_city_over_timestamp`` in the wire pass, ``_is_city_alone`` in the menu's tail walk; Daily Sabah 4);
- a standfirst of a paragraph's length (over sixty words, up to two hundred) under the headline: the
  head lines under it are the story's when they give a byline (or a provider line) and a time, not a
  labelled time alone (News24 2, IOL 2, TimesLIVE 1; the "Cape Town -" datelines under them are read).
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
    "Aoife Brennan",
    "Callum Fraser",
    "Thandiwe Mokoena",
    "Chinedu Okafor",
    "Wanjiru Kamau",
    "Ayesha Siddiqui",
    "Rafiqul Hasan",
    "Maria Santos",
    "Nur Aisyah Rahman",
    "Dewi Lestari",
    "Pablo Ferreyra",
    "Liam O'Driscoll",
    "Hannah McLeod",
]
KOREAN_NAMES = ["Kim Soo-yeon", "Lee Min-ji", "Park Jae-hoon", "Choi Yoon-ah", "Yoon Ha-neul"]
KOREAN_WRITERS = ["김수연", "이민지", "박재훈", "최윤아", "윤하늘"]
MONTHS = list(MONTH_NAMES)
AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
OTHER_HEADLINES = [
    "Heavy rain disrupts morning commute across the capital",
    "Central bank holds rates steady for third straight meeting",
    "Police arrest two after warehouse fire in industrial zone",
    "Ministry unveils plan to ease housing shortage",
    "Star striker ruled out for six weeks with knee injury",
    "Court adjourns corruption trial of former governor",
    "Exporters warn of slowdown as orders fall",
    "Health officials urge booster shots ahead of winter",
    "Opposition walks out of parliament over budget vote",
    "Airline adds direct flights to three new cities",
    "Farmers protest over fuel prices in several provinces",
    "University fees to rise by 8 percent next year",
]


# --- dates, times and little pieces ----------------------------------------------------------


def _when(rng: random.Random) -> datetime.datetime:
    start = datetime.datetime(2025, 1, 2, 6, 0)
    return start + datetime.timedelta(days=rng.randint(0, 720), minutes=rng.randint(0, 14 * 60))


def _hm12(t: datetime.datetime, upper: bool = True, dots: bool = False) -> str:
    """'3:12 PM', '3:12 pm' or '3:12 p.m.'."""
    half = "AM" if t.hour < 12 else "PM"
    if dots:
        half = "a.m." if t.hour < 12 else "p.m."
    elif not upper:
        half = half.lower()
    return f"{(t.hour - 1) % 12 + 1}:{t.minute:02d} {half}"


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _later(t: datetime.datetime, rng: random.Random) -> datetime.datetime:
    return t + datetime.timedelta(minutes=rng.randint(20, 300))


def _writer(rng: random.Random, people: Sequence[str] = WRITERS) -> str:
    return rng.choice(people)


def _others(rng: random.Random, k: int) -> list[str]:
    return rng.sample(OTHER_HEADLINES, k)


def _frame(d: Draft, c: Case, above: Sequence[str], below: Sequence[str], notice: str | None = None) -> None:
    """Put the page around the story; the footer's ``notice`` (a line of ``below``) is the copyright
    only when the story prints none of its own."""
    d.page_above = list(above)
    d.page_below = list(below)
    if notice is not None and c.copyright is None:
        c.copyright = notice


def _before_lede(d: Draft, lines: Sequence[str]) -> None:
    """Chrome between the story's head and its lede (share bars, a photo and its caption): it can
    only stand there when the lede has a dateline to carry it, else it goes under the headline."""
    block = "\n".join(lines)
    if d.dateline:
        d.dateline = f"{block}\n\n{d.dateline}"
    else:
        d.title = f"{d.title}\n\n{block}"


def _after_title(d: Draft, lines: Sequence[str]) -> None:
    d.title = f"{d.title}\n\n" + "\n".join(lines)


AD_MARKS = frozenset({"Advertisement", "ADVERTISEMENT", "Continue reading"})


def _ads(rng: random.Random, d: Draft, marks: Sequence[str], rate: float = 0.35) -> None:
    """Short marks (one or two words, so the harness never counts them as body sentences) between
    body paragraphs."""
    for i in range(len(d.body) - 1):
        if rng.random() < rate:
            mark = rng.choice(marks)
            # one mark a gap: two marks on adjacent lines read as one three-word "sentence" to the
            # harness (a template bug of the blind run, fixed with the same random draws)
            if d.body[i].rsplit("\n\n", 1)[-1] not in AD_MARKS:
                d.body[i] += "\n\n" + mark


def _glue_last(d: Draft, mark: str) -> None:
    if d.body:
        d.body[-1] += f" {mark}"
    else:
        d.lede += f" {mark}"


def _share(rng: random.Random, networks: Sequence[str]) -> list[str]:
    return rng.sample(list(networks), rng.randint(2, len(networks)))


def _dek(rng: random.Random, d: Draft, rate: float) -> None:
    if len(d.body) >= 2 and rng.random() < rate:
        d.dek.append(d.body.pop(0))


MOBILE_TOP = [["☰", "Menu"], ["Open Menu"], ["Toggle navigation"], ["Menu", "Close"]]


def _mobile(rng: random.Random, d: Draft, site: str) -> list[str]:
    """A mobile or AMP rendering's top lines; "Continue reading" and "Read next" marks in the body."""
    _ads(rng, d, ["Advertisement", "Continue reading", "ADVERTISEMENT"], 0.4)
    return [*rng.choice(MOBILE_TOP), site, "Search", "Advertisement"]


# --- Yonhap on Korean English-language papers and an aggregator ------------------------------

YONHAP_TAGS: list[tuple[str, ...]] = [
    ("LEAD",),
    ("2nd LD",),
    ("URGENT",),
    ("News Focus",),
    ("LEAD", "Asiad"),
    ("Yonhap Interview",),
    (),
    (),
]
KOREA_PLACES = ["SEOUL", "SEJONG", "BUSAN", "INCHEON", "WASHINGTON", "BEIJING", "TOKYO"]


def _yonhap_dateline(rng: random.Random, t: datetime.datetime, d: Draft, c: Case) -> None:
    place = rng.choice(KOREA_PLACES)
    c.place, c.date, c.agency = place, f"{AP_MONTHS[t.month - 1]} {t.day}", "Yonhap"
    d.dateline = f"{place}, {c.date} (Yonhap) --"


def h23_korea_papers(rng: random.Random, d: Draft, c: Case) -> None:
    t = _when(rng)
    site = rng.choice(["herald", "joongang", "times", "wordpress"])
    d.head_joint = rng.choice(["\n", "\n\n"])
    if site == "herald":
        above = [
            "The Korea Herald",
            "Search",
            "Close",
            *rng.sample(["National", "Business", "Life&Culture", "Sports", "World", "Opinion", "K-pop"], 5),
            "Subscribe",
            "National",
            rng.choice(["Politics", "Defense", "North Korea", "Social Affairs"]),
        ]
        c.byline, c.source = "Yonhap", "Yonhap"
        stamp = f"Published : {AP_MONTHS[t.month - 1]} {t.day}, {t.year} - {t:%H:%M}"
        if rng.random() < 0.5:
            u = _later(t, rng)
            stamp += f" Updated : {AP_MONTHS[u.month - 1]} {u.day}, {u.year} - {u:%H:%M}"
        d.head += ["By Yonhap", stamp]
        _before_lede(d, [*_share(rng, ["facebook", "twitter", "kakaostory", "email", "URL Copy", "Print"]), "A", "A"])
        if rng.random() < 0.8:
            d.tail.append("(Yonhap)")
        notice = "Copyright Herald Corporation. All Rights Reserved."
        below = [
            "",
            "Most Popular",
            *_others(rng, 4),
            "The Korea Herald",
            "Address : 10 Sample-ro, Yongsan-gu, Seoul, Korea",
            "Tel : +82-2-000-0000",
            "Publisher. Editor : Jane Doe",
            notice,
        ]
        _ads(rng, d, ["Advertisement"], 0.3)
    elif site == "joongang":
        above = [
            "Korea JoongAng Daily",
            "Menu",
            "Search",
            *rng.sample(["National", "Business", "Culture", "Entertainment", "Sports", "Opinion"], 4),
            "Subscribe",
            rng.choice(["National", "Politics", "North Korea", "Business"]),
        ]
        d.head.append(f"Published: {t.day:02d} {AP_MONTHS[t.month - 1]} {t.year}, {t:%H:%M}")
        if rng.random() < 0.6:
            u = _later(t, rng)
            d.head.append(f"Updated: {u.day:02d} {AP_MONTHS[u.month - 1]} {u.year}, {u:%H:%M}")
        _before_lede(d, ["Facebook", "X", "Link", "Print", "Font size"])
        d.tail.append("YONHAP [english@joongang.co.kr]")
        c.source = "YONHAP"
        c.credits = ("english@joongang.co.kr",)  # (reconciled: a newsroom's address is a credit)
        notice = "Copyright © 2026 Korea JoongAng Daily. All Rights Reserved."
        below = ["", "Related Article", *_others(rng, 2), "Korea JoongAng Daily", "Privacy Policy", notice]
    elif site == "times":
        above = [
            "The Korea Times",
            *rng.sample(["All", "Politics", "Business", "Lifestyle", "Entertainment", "Sports", "Opinion"], 5),
            "Search",
            "Login",
            rng.choice(["North Korea", "Foreign Affairs", "Economy", "Society"]),
        ]
        c.tags = rng.choice(YONHAP_TAGS)
        d.title = " ".join(f"({tag})" for tag in c.tags) + (" " if c.tags else "") + d.title
        d.head += ["Yonhap", f"{t:%Y-%m-%d %H:%M}"]
        c.source = "Yonhap"
        if rng.random() < 0.5:
            _yonhap_dateline(rng, t, d, c)
        notice = "Copyright © The Korea Times. All rights reserved."
        below = ["", "Top News", *_others(rng, 3), "About Us", "Contact Us", notice]
    else:  # a WordPress aggregator, the seed's shape
        name = rng.choice(["Korea Wire Today", "Seoul Dispatch", "K-News Hub"])
        above = ["Search", "Close this search box.", "Search", "Close this search box."]
        if rng.random() < 0.5:
            above = ["Skip to content", name, "Home", "News", "About", *above]
        c.tags = rng.choice(YONHAP_TAGS[:6])
        d.title = " ".join(f"({tag})" for tag in c.tags) + " " + d.title
        if rng.random() < 0.4:
            d.head.append(f"{MONTHS[t.month - 1]} {t.day}, {t.year}")
        dated = rng.random() < 0.5
        if dated:
            _yonhap_dateline(rng, t, d, c)
            c.source = "Yonhap"
        if dated and rng.random() < 0.5:
            email = f"{rng.choice(['kimsy', 'mjlee', 'jhpark', 'yachoi'])}@yna.co.kr"
            d.tail.append(email)
            c.credits = (email,)
        if dated and rng.random() < 0.5:
            d.tail.append("(END)")
        if not dated or rng.random() < 0.8:
            d.tail.append("Source: Yonhap News Agency")
            c.source = "Yonhap News Agency"
        notice = f"Copyright © 2026 {name}"
        below = [
            "",
            "Share this:",
            *_share(rng, ["Facebook", "X", "LinkedIn", "WhatsApp"]),
            "Like this:",
            "Like Loading...",
            "Related",
            "Post navigation",
            "Previous Post",
            "Next Post",
            "Leave a Reply Cancel reply",
            "Search",
            "Close this search box.",
            notice,
            "Powered by Astra WordPress Theme",
        ]
    d.tail_blank = rng.random() < 0.5
    _frame(d, c, above, below, notice)


def h23_naver_yonhap_ko(rng: random.Random, d: Draft, c: Case) -> None:
    t = _when(rng)
    c.tags = rng.choice([("속보",), ("2보",), ("종합",), ("단독",), (), ()])
    d.title = "".join(f"[{tag}] " for tag in c.tags) + d.title
    city = rng.choice(["서울", "세종", "부산", "워싱턴", "베이징", "도쿄"])
    reporter = rng.choice(KOREAN_WRITERS)
    c.place, c.agency, c.byline, c.source = city, "연합뉴스", reporter, "연합뉴스"

    def stamp(label: str, when: datetime.datetime) -> str:
        half = "오전" if when.hour < 12 else "오후"
        return f"{label}{when:%Y.%m.%d}. {half} {(when.hour - 1) % 12 + 1}:{when.minute:02d}"

    d.head.append(stamp("입력", t))
    if rng.random() < 0.6:
        d.head.append(stamp("수정", _later(t, rng)))
    d.head_joint = "\n"
    d.dateline = f"({city}=연합뉴스) {reporter} 기자 ="
    tools = ["기사원문", "추천", "댓글", "본문 요약봇", "텍스트 음성 변환 서비스 사용하기", "글자 크기 변경하기"]
    _before_lede(d, [*tools, "SNS 보내기", "인쇄하기"])
    email = f"{rng.choice(['kimsy', 'mjlee', 'jhpark', 'yachoi'])}@yna.co.kr"
    d.tail.append(email)
    c.credits = (email,)
    if rng.random() < 0.5:
        d.tail.append("제보는 카카오톡 okjebo")
    c.copyright = "Copyright ⓒ 연합뉴스. All rights reserved. 무단 전재-재배포, AI 학습 및 활용 금지."
    d.tail.append(c.copyright)
    d.tail_blank = rng.random() < 0.3
    above = [
        "NAVER",
        "뉴스",
        *rng.sample(
            ["언론사별", "정치", "경제", "사회", "생활/문화", "IT/과학", "세계", "랭킹", "신문보기", "오피니언"], 7
        ),
        "검색",
        "연합뉴스",
        "구독",
    ]
    below = [
        "",
        "기자 프로필",
        "연합뉴스",
        f"{reporter} 기자",
        "구독",
        f"구독자 {rng.randint(1000, 9999):,}",
        f"응원수 {rng.randint(10, 999):,}",
        "이 기사를 추천합니다",
        *[
            x
            for label in ["쏠쏠정보", "흥미진진", "공감백배", "분석탁월", "후속강추"]
            for x in (label, str(rng.randint(0, 9)))
        ],
        "댓글",
        "연합뉴스 헤드라인",
        "더보기",
        "이용약관",
        "개인정보처리방침",
        "© NAVER Corp.",
    ]
    _frame(d, c, above, below, "© NAVER Corp.")


# --- AP on US local TV stations and papers ---------------------------------------------------

AP_PLACES = ["WASHINGTON", "NEW YORK", "CHICAGO", "ATLANTA", "MEXICO CITY", "LONDON"]
AP_PLACES_STATE = ["TOPEKA, Kan.", "BOISE, Idaho", "DES MOINES, Iowa", "MONTGOMERY, Ala.", "ALBANY, N.Y."]
AP_NOTICE = "Copyright 2026 The Associated Press. All rights reserved."
AP_NOTICE_LONG = (
    "Copyright 2026 The Associated Press. All rights reserved. This material may not be published, "
    "broadcast, rewritten or redistributed."
)
STATIONS = ["WTVX", "KQRN", "WDMA", "KSBT", "WLKE"]


def h23_us_local_ap(rng: random.Random, d: Draft, c: Case) -> None:
    t = _when(rng)
    station = rng.choice(STATIONS)
    kind = rng.choice(["gray", "scripps", "sinclair", "paper"])
    place = rng.choice(AP_PLACES + AP_PLACES_STATE)
    c.place, c.agency = place, "AP"
    d.dateline = f"{place} (AP) —"
    c.source = "AP"
    d.head_joint = rng.choice(["\n", "\n\n"])
    writers = " and ".join(n.upper() for n in rng.sample(WRITERS, rng.choice([1, 1, 2])))
    mobile = rng.random() < 0.25
    site = f"{station} {rng.randint(2, 13)}" if kind != "paper" else "The Lakeside Tribune"
    top = _mobile(rng, d, site) if mobile else ["Skip to content", site]
    if kind == "gray":
        above = [*top, "News", "Weather", "Sports", "First Alert Weather", "Watch Live", "Contests", "National"]
        if rng.random() < 0.5:
            d.head.append("By The Associated Press")
            c.byline = c.source = "The Associated Press"
        else:
            d.head.append(f"By {writers} Associated Press")
            c.byline, c.source = writers, "Associated Press"
        u = t + datetime.timedelta(hours=5)
        d.head.append(f"Published: {AP_MONTHS[u.month - 1]} {u.day}, {u.year} at {_hm12(u)} UTC|Updated: 2 hours ago")
        _before_lede(d, _share(rng, ["Facebook", "Email", "X", "Reddit", "LinkedIn"]))
        notice = f"Copyright 2026 {station}. All rights reserved."
    elif kind == "scripps":
        above = [*top, "Watch Now", "News", "Local News", "Weather", "Traffic", "Sports", "National"]
        d.head.append("Associated Press")
        c.source = "Associated Press"
        d.head.append(f"Posted {_hm12(t)}, {SHORT_MONTHS[t.month - 1]} {t.day:02d}, {t.year}")
        if rng.random() < 0.7:
            u = _later(t, rng)
            d.head.append(f"and last updated {_hm12(u)}, {SHORT_MONTHS[u.month - 1]} {u.day:02d}, {u.year}")
        _before_lede(d, ["Share", "Facebook", "Email", "Twitter"])
        notice = f"Copyright {t.year} Scripps Media, Inc. All rights reserved."
    elif kind == "sinclair":
        above = [*top, "News", "Weather", "Sports", "Community", "Contests", "Watch", "Nation & World"]
        d.head.append(f"by {writers}, Associated Press")
        c.byline, c.source = writers, "Associated Press"
        d.head.append(f"{DAYS[t.weekday()][:3]}, {MONTHS[t.month - 1]} {_ordinal(t.day)} {t.year} at {_hm12(t)}")
        _before_lede(d, ["Facebook Share", "Twitter Share", "Email Share", "Print"])
        notice = f"© {t.year} Sinclair, Inc."
    else:
        above = [*top, "Subscribe", "Log In", "News", "Sports", "Business", "Opinion", "Obituaries", "Nation & World"]
        d.head.append(f"{AP_MONTHS[t.month - 1]} {t.day}, {t.year} at {_hm12(t, upper=False)}")
        if rng.random() < 0.5:
            u = _later(t, rng)
            d.head.append(f"Updated {AP_MONTHS[u.month - 1]} {u.day}, {u.year} at {_hm12(u, upper=False)}")
        d.head += [f"By {writers}", "The Associated Press"]
        c.byline, c.source = writers, "The Associated Press"
        notice = f"© {t.year} The Lakeside Tribune Company"
    _ads(rng, d, ["Advertisement", "ADVERTISEMENT"], 0.3)
    if rng.random() < 0.3:
        helper = rng.choice(WRITERS)
        city = rng.choice(["Chicago", "Denver", "Miami"])
        line = f"Associated Press writer {helper} in {city} contributed to this report."
        d.tail += ["___", line]
        c.credits = (line,)
    if rng.random() < 0.85:
        c.copyright = rng.choice([AP_NOTICE, AP_NOTICE_LONG])
        d.tail.append(c.copyright)
    below = ["", "Most Read", *_others(rng, 4), "Latest News", *_others(rng, 2)]
    below += ["About Us", "Contact Us", "FCC Public Inspection File", notice]
    _frame(d, c, above, below, notice)


# --- PA on Irish and Scottish papers ---------------------------------------------------------


def h23_pa_ireland_scotland(rng: random.Random, d: Draft, c: Case) -> None:
    t = _when(rng)
    who = _writer(rng)
    kind = rng.choice(["examiner", "breaking", "belfast", "scotsman", "irishtimes"])
    d.head_joint = rng.choice(["\n", "\n\n"])
    cookie = ["We use cookies to improve your experience on our site.", "Accept All Cookies", "Cookie Settings"]
    if kind == "examiner":
        above = ["Irish Examiner", "Subscribe", "Sign In", "Menu", "News", "Sport", "Business", "Opinion", "World"]
        d.head += [
            f"{DAYS[t.weekday()][:3]}, {t.day:02d} {SHORT_MONTHS[t.month - 1]}, {t.year} - {t:%H:%M}",
            f"{who}, PA",
        ]
        c.byline, c.source = who, "PA"
        notice = "© Irish Examiner Ltd"
    elif kind == "breaking":
        above = ["BreakingNews.ie", "Menu", "Ireland", "World", "Business", "Sport", "Entertainment", "Showbiz"]
        d.head += [
            f"{who}, PA",
            f"Updated: {DAYS[t.weekday()][:3]} {t.day} {SHORT_MONTHS[t.month - 1]} {t.year}, {t:%H:%M}",
        ]
        c.byline, c.source = who, "PA"
        notice = "© Examiner Echo Group Limited"
    elif kind == "belfast":
        above = ["Belfast Telegraph", "Subscribe", "News", "Northern Ireland", "UK", "Sport", "Business", "UK"]
        d.head += [who, "PA", f"{DAYS[t.weekday()][:3]} {t.day} {SHORT_MONTHS[t.month - 1]} {t.year} at {t:%H:%M}"]
        c.byline, c.source = who, "PA"
        notice = "© Belfast Telegraph"
    elif kind == "scotsman":
        above = [
            "The Scotsman",
            "Menu",
            "News",
            "Politics",
            "Sport",
            "Arts and Culture",
            "Business",
            "Scottish Politics",
        ]
        role = rng.choice(["PA Scottish Political Editor", "PA Scotland", "PA Scotland Reporter"])
        d.head.append(f"By {who}, {role}")
        c.byline, c.source = who, "PA"
        d.head.append(f"Published {_ordinal(t.day)} {SHORT_MONTHS[t.month - 1]} {t.year}, {t:%H:%M} GMT")
        if rng.random() < 0.5:
            u = _later(t, rng)
            d.head.append(f"Updated {_ordinal(u.day)} {SHORT_MONTHS[u.month - 1]} {u.year}, {u:%H:%M} GMT")
        notice = "©National World Publishing Ltd. All rights reserved."
    else:
        above = ["The Irish Times", "Subscribe", "Sign In", "News", "Ireland", "World", "UK", "Business", "Sport"]
        d.head.append(f"{DAYS[t.weekday()][:3]} {SHORT_MONTHS[t.month - 1]} {t.day} {t.year} - {t:%H:%M}")
        d.tail.append("– PA")
        c.source = "PA"
        notice = f"© {t.year} The Irish Times DAC"
    if rng.random() < 0.4:
        above = [*cookie, *above]
    if rng.random() < 0.3:
        place = rng.choice(["DUBLIN", "BELFAST", "EDINBURGH", "GLASGOW", "LONDON"])
        d.dateline = f"{place} —"
        c.place = place
    _before_lede(d, _share(rng, ["Facebook", "X", "Email", "WhatsApp", "Copy link"]))
    _ads(rng, d, ["Advertisement"], 0.3)
    below = ["", "Read More", *_others(rng, 3), "Newsletter", "Sign up to our daily news bulletin.", "Sign up", notice]
    _frame(d, c, above, below, notice)


# --- New Zealand and Australia ---------------------------------------------------------------


def h23_oceania(rng: random.Random, d: Draft, c: Case) -> None:
    t = _when(rng)
    kind = rng.choice(["nzherald", "stuff", "sbs", "nine"])
    d.head_joint = rng.choice(["\n", "\n\n"])
    mobile = rng.random() < 0.3
    if kind == "nzherald":
        top = _mobile(rng, d, "NZ Herald") if mobile else ["NZ Herald", "Menu", "Search", "Subscribe", "Sign In"]
        above = [*top, "Latest news", "New Zealand", "World", "Business", "Sport", "World"]
        agency = rng.choice(["Associated Press", "Reuters"])
        _after_title(d, [f"{rng.randint(2, 6)} mins to read", "Share"])
        d.head += [agency, f"{t.day} {SHORT_MONTHS[t.month - 1]}, {t.year} {_hm12(t)}"]
        c.source = agency
        if rng.random() < 0.5:
            place = rng.choice(AP_PLACES)
            c.place = place
            if agency == "Reuters":
                c.date, c.agency = f"{SHORT_MONTHS[t.month - 1]} {t.day}", "Reuters"
                d.dateline = f"{place}, {c.date} (Reuters) -"
            else:
                c.agency = "AP"
                d.dateline = f"{place} (AP) —"
        notice = "© Copyright 2026 NZME Publishing Limited"
    elif kind == "stuff":
        top = _mobile(rng, d, "Stuff") if mobile else ["Stuff", "Menu", "Search", "Log in"]
        above = [*top, "Home", "National", "World", "Climate change", "Business", "Sport", "World"]
        d.head += ["Reuters", f"{t:%H:%M}, {SHORT_MONTHS[t.month - 1]} {t.day:02d} {t.year}"]
        c.source = "Reuters"
        if rng.random() < 0.4:
            d.tail.append("– Reuters")
        notice = "© 2026 Stuff Limited"
    elif kind == "sbs":
        top = _mobile(rng, d, "SBS News") if mobile else ["SBS News", "Menu", "Search", "Live TV"]
        above = [*top, "Latest", "Australia", "World", "Politics", "Watch", "Listen", "Australia"]
        stamp = f"Published {t.day} {MONTHS[t.month - 1]} {t.year} {_hm12(t, upper=False).replace(' ', '')}"
        d.head += [stamp, "Source: AAP"]
        c.source = "AAP"
        _after_title(
            d, [f"{rng.choice(['Emergency crews', 'Residents', 'Officials'])} at the scene. Source: AAP / Jane Doe"]
        )
        notice = "© 2026 SBS"
    else:
        top = _mobile(rng, d, "9News") if mobile else ["9News", "Menu", "Search"]
        above = [*top, "Latest", "National", "World", "Politics", "Weather", "Video", "National"]
        d.head += [
            "By Australian Associated Press",
            f"{_hm12(t, upper=False).replace(' ', '')} {SHORT_MONTHS[t.month - 1]} {t.day}, {t.year}",
        ]
        c.byline = c.source = "Australian Associated Press"
        notice = "© 2026 Nine Entertainment Co."
    _ads(rng, d, ["Advertisement"], 0.3)
    below = [
        "",
        "Read next",
        *_others(rng, 3),
        "Most popular",
        *_others(rng, 2),
        "Contact us",
        "Privacy Policy",
        notice,
    ]
    _frame(d, c, above, below, notice)


# --- South Africa ----------------------------------------------------------------------------


def h23_south_africa(rng: random.Random, d: Draft, c: Case) -> None:
    t = _when(rng)
    kind = rng.choice(["news24", "iol", "iol-ana", "timeslive"])
    d.head_joint = rng.choice(["\n", "\n\n"])
    _dek(rng, d, 0.6 if kind == "news24" else 0.2)
    if kind == "news24":
        above = ["News24", "Menu", "Search", "Subscribe", "Sign In", "News", "World", "Africa", "Opinion", "Business"]
        agency = rng.choice(["AFP", "Reuters"])
        d.head += [agency, f"{t.day:02d} {SHORT_MONTHS[t.month - 1]} {t.year} - {t:%H:%M}"]
        c.source = agency
        _before_lede(d, ["Listen to this article", f"0:00 / {rng.randint(2, 6)}:{rng.randint(10, 59)}"])
        notice = "©2026 News24"
    elif kind == "iol":
        above = ["IOL", "Menu", "News", "South Africa", "World", "Business", "Sport", "Entertainment", "World"]
        d.head += ["Reuters", f"Published {SHORT_MONTHS[t.month - 1]} {t.day}, {t.year}"]
        c.source = "Reuters"
        if rng.random() < 0.5:
            place = rng.choice(["JOHANNESBURG", "LONDON", "NAIROBI", "WASHINGTON"])
            c.place, c.date, c.agency = place, f"{SHORT_MONTHS[t.month - 1]} {t.day}", "Reuters"
            d.dateline = f"{place}, {c.date} (Reuters) -"
        notice = "© 2026 Independent Online and affiliated companies. All rights strictly reserved."
    elif kind == "iol-ana":
        above = ["IOL", "Menu", "News", "South Africa", "Politics", "Business", "Sport", "South Africa"]
        who = _writer(rng)
        d.head += [who, f"Published {SHORT_MONTHS[t.month - 1]} {t.day}, {t.year}"]
        c.byline = who
        place = rng.choice(["Cape Town", "Durban", "Pretoria", "Johannesburg"])
        c.place = place
        d.dateline = f"{place} -"
        d.tail.append("African News Agency (ANA)")
        c.source = "African News Agency (ANA)"
        notice = "© 2026 Independent Online and affiliated companies. All rights strictly reserved."
    else:
        above = ["TimesLIVE", "Menu", "News", "Politics", "Sport", "Business", "Lifestyle", "World"]
        d.head += ["By Reuters", f"{t.day:02d} {MONTHS[t.month - 1]} {t.year} - {t:%H:%M}"]
        c.byline = c.source = "Reuters"
        notice = "© 2026 Arena Holdings. All rights reserved."
    _ads(rng, d, ["Advertisement"], 0.3)
    below = ["", "Related Articles", *_others(rng, 3), "Subscribe to our newsletter", "Sign up", notice]
    _frame(d, c, above, below, notice)


# --- Nigeria and Kenya -----------------------------------------------------------------------


def h23_nigeria_kenya(rng: random.Random, d: Draft, c: Case) -> None:
    t = _when(rng)
    kind = rng.choice(["premium", "vanguard", "star-ke", "capital"])
    d.head_joint = rng.choice(["\n", "\n\n"])
    if kind in ("premium", "vanguard"):
        if kind == "premium":
            above = ["Premium Times", "Menu", "News", "Top News", "More News", "Business", "Health", "Agriculture"]
            d.head += ["By Agency Report", f"{MONTHS[t.month - 1]} {t.day}, {t.year}"]
            c.byline = "Agency Report"
            notice = "© 2026 Premium Times Services Limited. All rights reserved."
        else:
            above = ["Vanguard News", "Menu", "News", "Politics", "Business", "Sports", "Entertainment", "News"]
            d.head.append(f"On {MONTHS[t.month - 1]} {t.day}, {t.year} {_hm12(t, upper=False)}")
            notice = "© 2026 Vanguard Media Limited"
        c.source = "NAN"
        shape = rng.choice(["glued", "line", "edited"])
        if shape == "glued":
            _glue_last(d, "(NAN)")
            c.trailers = ("(NAN)",)
        else:
            d.tail.append("(NAN)")
            if shape == "edited":
                editor = f"Edited by {_writer(rng)}"
                d.tail.append(editor)
                c.credits = (editor,)
        d.tail_blank = rng.random() < 0.5
    else:
        if kind == "star-ke":
            above = ["The Star", "Menu", "News", "Counties", "Business", "Sports", "Opinion", "Kenya"]
            d.head += ["By KNA", f"{t.day:02d} {MONTHS[t.month - 1]} {t.year} - {t:%H:%M}"]
            notice = "© The Star 2026"
        else:
            above = ["Capital FM", "Menu", "Kenya", "World", "Business", "Sports", "Lifestyle", "Kenya"]
            d.head += ["By KNA", f"Published on: {SHORT_MONTHS[t.month - 1]} {t.day}, {t.year} {t:%H:%M} (EAT)"]
            place = rng.choice(["NYERI", "KISUMU", "MOMBASA", "NAKURU"])
            c.place, c.date = f"{place}, Kenya", f"{SHORT_MONTHS[t.month - 1]} {t.day}"
            d.dateline = f"{place}, Kenya, {c.date} –"
            notice = "© 2026 Capital FM"
        c.byline = c.source = "KNA"
    _before_lede(d, _share(rng, ["Facebook", "X", "WhatsApp", "Telegram", "Email"]))
    _ads(rng, d, ["Advertisement"], 0.35)
    below = ["", "Related", *_others(rng, 3), "Leave a Reply", "Your email address will not be published.", notice]
    _frame(d, c, above, below, notice)


# --- Pakistan and Bangladesh -----------------------------------------------------------------


def h23_pakistan_bangladesh(rng: random.Random, d: Draft, c: Case) -> None:
    t = _when(rng)
    kind = rng.choice(["dawn", "tribune", "app", "dailystar", "dhakatribune"])
    d.head_joint = rng.choice(["\n", "\n\n"])
    if kind == "dawn":
        above = ["DAWN.COM", "Home", "Latest", "Pakistan", "World", "Business", "Sport", "Opinion", "E-Paper"]
        agency = rng.choice(["Reuters", "AFP"])
        d.head += [agency, f"Published {MONTHS[t.month - 1]} {t.day}, {t.year}"]
        if rng.random() < 0.5:
            d.head.append("Updated about 2 hours ago")
        c.source = agency
        _before_lede(d, ["Facebook", "X", "WhatsApp", "Comments", "Email"])
        notice = "Copyright © 2026, Dawn"
    elif kind in ("tribune", "app"):
        above = ["The Express Tribune", "Menu", "Home", "Pakistan", "Business", "World", "Sports", "Pakistan"]
        d.head += ["APP", f"{MONTHS[t.month - 1]} {t.day:02d}, {t.year}"]
        c.source = "APP"
        place = rng.choice(["ISLAMABAD", "LAHORE", "KARACHI", "PESHAWAR", "QUETTA"])
        c.place = place
        if kind == "app":
            c.date, c.agency = f"{SHORT_MONTHS[t.month - 1]} {t.day}", "APP"
            d.dateline = f"{place}, {c.date} (APP):"
        else:
            d.dateline = f"{place}:"
        notice = "© 2026 The Express Tribune."
    elif kind == "dailystar":
        above = [
            "The Daily Star",
            "Menu",
            "Search",
            "News",
            "Bangladesh",
            "Business",
            "Sports",
            "Opinion",
            "Bangladesh",
        ]
        d.head += ["BSS, Dhaka", f"{DAYS[t.weekday()][:3]} {SHORT_MONTHS[t.month - 1]} {t.day}, {t.year} {t:%I:%M %p}"]
        if rng.random() < 0.5:
            u = _later(t, rng)
            d.head.append(
                f"Last update on: {DAYS[u.weekday()][:3]} {SHORT_MONTHS[u.month - 1]} {u.day}, {u.year} {u:%I:%M %p}"
            )
        c.source = "BSS"
        notice = "© 2026 thedailystar.net"
    else:
        above = ["Dhaka Tribune", "Menu", "Bangladesh", "World", "Business", "Sport", "Opinion", "Bangladesh"]
        d.head += ["UNB", f"Publish : {t.day:02d} {SHORT_MONTHS[t.month - 1]} {t.year}, {t:%I:%M %p}"]
        if rng.random() < 0.6:
            u = _later(t, rng)
            d.head.append(f"Update : {u.day:02d} {SHORT_MONTHS[u.month - 1]} {u.year}, {u:%I:%M %p}")
        c.source = "UNB"
        notice = "© 2026 Dhaka Tribune"
    if rng.random() < 0.3:
        above = [*_mobile(rng, d, above[0]), *above[1:]]
    _ads(rng, d, ["Advertisement"], 0.3)
    below = ["", "Read more", *_others(rng, 3), "Comments", "Most Popular", *_others(rng, 2), notice]
    _frame(d, c, above, below, notice)


# --- the Philippines and Malaysia ------------------------------------------------------------


def h23_philippines_malaysia(rng: random.Random, d: Draft, c: Case) -> None:
    t = _when(rng)
    kind = rng.choice(["pna", "inquirer", "thestar", "malaymail"])
    d.head_joint = rng.choice(["\n", "\n\n"])
    notice: str | None
    if kind == "pna":
        above = [
            "Philippine News Agency",
            "Home",
            "National",
            "Provincial",
            "Business",
            "Foreign",
            "Sports",
            "Features",
        ]
        who = _writer(rng)
        d.head += [f"By {who}", f"{MONTHS[t.month - 1]} {t.day}, {t.year}, {_hm12(t, upper=False)}"]
        c.byline = who
        place = rng.choice(["MANILA", "CEBU CITY", "DAVAO CITY", "ILOILO CITY"])
        c.place = place
        d.dateline = f"{place} –"
        _before_lede(d, [f"(PNA photo by {_writer(rng)})"])
        _glue_last(d, "(PNA)")
        c.trailers = ("(PNA)",)
        c.source = "PNA"
        notice = None  # PNA's copy is in the public domain: no footer notice
        below = [
            "",
            "Related Stories",
            *_others(rng, 3),
            "All content is in the public domain unless otherwise stated.",
        ]
    elif kind == "inquirer":
        above = ["INQUIRER.NET", "Menu", "NEWSINFO", "GLOBALNATION", "BUSINESS", "LIFESTYLE", "SPORTS", "OPINION"]
        d.head.append(f"Agence France-Presse / {t:%I:%M %p} {MONTHS[t.month - 1]} {t.day:02d}, {t.year}")
        c.source = "Agence France-Presse"
        place = rng.choice(["PARIS, France", "GENEVA, Switzerland", "BANGKOK, Thailand", "JAKARTA, Indonesia"])
        c.place = place
        d.dateline = f"{place} —"
        if rng.random() < 0.4:
            code = f"/{rng.choice(['dl', 'cb', 'mr', 'abc'])}"
            d.tail.append(code)
            c.credits = (code,)
        notice = "© Copyright 1997-2026 INQUIRER.net | All Rights Reserved"
        below = [
            "",
            "Read Next",
            *_others(rng, 2),
            "Disclaimer: Comments do not represent the views of INQUIRER.net.",
            notice,
        ]
    elif kind == "thestar":
        above = ["The Star", "Menu", "News", "Nation", "World", "Business", "Sport", "Subscribe", "Nation"]
        d.head += [f"{DAYS[t.weekday()]}, {t.day:02d} {SHORT_MONTHS[t.month - 1]} {t.year}", f"{_hm12(t)} MYT"]
        place = rng.choice(["PETALING JAYA", "KUALA LUMPUR", "PUTRAJAYA", "GEORGE TOWN"])
        c.place, c.agency, c.source = place, "Bernama", "Bernama"
        d.dateline = f"{place} (Bernama):"
        notice = "Copyright © 1995-2026 Star Media Group Berhad"
        below = ["", "Related News", *_others(rng, 3), "Report it to us.", notice]
    else:
        top = _mobile(rng, d, "Malay Mail") if rng.random() < 0.6 else ["Malay Mail", "Menu"]
        above = [*top, "Malaysia", "World", "Money", "Life", "Sports", "Malaysia"]
        d.head.append(f"{DAYS[t.weekday()]}, {t.day:02d} {SHORT_MONTHS[t.month - 1]} {t.year} {_hm12(t)} MYT")
        place = rng.choice(["KUALA LUMPUR", "SHAH ALAM", "JOHOR BARU", "KOTA KINABALU"])
        c.place, c.date = place, f"{SHORT_MONTHS[t.month - 1]} {t.day}"
        d.dateline = f"{place}, {c.date} —"
        d.tail.append("— Bernama")
        c.source = "Bernama"
        notice = "Copyright © 2026 Malay Mail. All rights reserved."
        below = ["", "Read next", *_others(rng, 3), "Related Articles", *_others(rng, 2), notice]
    _ads(rng, d, ["Advertisement", "ADVERTISEMENT"], 0.3)
    _frame(d, c, above, below, notice)


# --- Singapore, Indonesia, Vietnam -----------------------------------------------------------


def h23_singapore_indonesia_vietnam(rng: random.Random, d: Draft, c: Case) -> None:
    t = _when(rng)
    kind = rng.choice(["cna", "antara", "vietnamplus"])
    d.head_joint = rng.choice(["\n", "\n\n"])
    if kind == "cna":
        above = ["CNA", "Menu", "Search", "Singapore", "Asia", "World", "Business", "Sport", "Watch", "Listen", "World"]
        d.head.append(f"{t.day:02d} {SHORT_MONTHS[t.month - 1]} {t.year} {t:%I:%M%p}")
        if rng.random() < 0.6:
            u = _later(t, rng)
            d.head.append(f"(Updated: {u.day:02d} {SHORT_MONTHS[u.month - 1]} {u.year} {u:%I:%M%p})")
        _before_lede(d, ["Bookmark", "Share", "WhatsApp", "Telegram", "Facebook", "Twitter", "Email"])
        place = rng.choice(["WASHINGTON", "BEIJING", "BANGKOK", "GENEVA", "TOKYO"])
        c.place = place
        d.dateline = f"{place}:"
        agency = rng.choice(["Reuters", "AFP"])
        d.tail.append(f"Source: {agency}/{rng.choice(['ec', 'fs', 'ja', 'zl'])}")
        c.source = agency
        notice = "Copyright© Mediacorp 2026. Mediacorp Pte Ltd. All rights reserved."
        below = ["", "Advertisement", "Also worth reading", *_others(rng, 3), "Get the CNA app", notice]
        _ads(rng, d, ["Advertisement", "ADVERTISEMENT"], 0.35)
    elif kind == "antara":
        above = ["ANTARA", "Indonesian News Agency", "Home", "Top News", "Indonesia", "Business", "World", "Sports"]
        above.append("Bahasa Indonesia")
        d.head.append(f"{_ordinal(t.day)} {MONTHS[t.month - 1]} {t.year} {t:%H:%M}")
        place = rng.choice(["Jakarta", "Surabaya", "Denpasar", "Medan", "Makassar"])
        c.place, c.agency, c.source = place, "ANTARA", "ANTARA"
        d.dateline = f"{place} (ANTARA) -"
        reporter, editor = rng.sample(WRITERS, 2)
        d.tail += [f"Reporter: {reporter}", f"Editor: {editor}"]
        c.byline = reporter
        c.credits = (f"Editor: {editor}",)
        c.copyright = f"Copyright © ANTARA {t.year}"
        d.tail.append(c.copyright)
        d.tail_blank = False
        notice = c.copyright
        below = ["", "Related News", *_others(rng, 3), "Most Viewed", *_others(rng, 2), notice]
    else:
        above = ["VietnamPlus", "Menu", "Politics", "Business", "Society", "World", "Culture", "Sports", "Business"]
        d.head.append(f"{DAYS[t.weekday()]}, {MONTHS[t.month - 1]} {t.day}, {t.year} {t:%H:%M}")
        place = rng.choice(["Hanoi", "Ho Chi Minh City", "Da Nang", "Can Tho"])
        c.place, c.agency, c.source = place, "VNA", "VNA"
        d.dateline = f"{place} (VNA) –"
        if rng.random() < 0.7:
            d.tail.append("VNA")
        notice = "© Copyright 2008 - 2026 VietnamPlus, Vietnam News Agency. All rights reserved."
        below = ["", "Tags", *_others(rng, 2), "See more", notice]
    if rng.random() < 0.25:
        above = [*_mobile(rng, d, above[0]), *above[1:]]
    _frame(d, c, above, below, notice)


# --- the Gulf, Saudi Arabia, Turkey ----------------------------------------------------------


def h23_gulf_arab_turkey(rng: random.Random, d: Draft, c: Case) -> None:
    t = _when(rng)
    kind = rng.choice(["gulfnews", "khaleej", "arabnews", "sabah"])
    d.head_joint = rng.choice(["\n", "\n\n"])
    if kind == "gulfnews":
        above = ["Gulf News", "Menu", "UAE", "Gulf", "World", "Business", "Sport", "Opinion", "Subscribe", "UAE"]
        d.head += ["WAM", f"Published: {MONTHS[t.month - 1]} {t.day:02d}, {t.year} {t:%H:%M}"]
        c.source = "WAM"
        place = rng.choice(["Abu Dhabi", "Dubai", "Sharjah", "Ras Al Khaimah"])
        c.place = place
        d.dateline = f"{place}:"
        notice = f"© Al Nisr Publishing LLC {t.year}. All rights reserved."
    elif kind == "khaleej":
        above = ["Khaleej Times", "Menu", "UAE", "World", "Business", "Sports", "Lifestyle", "UAE"]
        d.head += [
            "WAM",
            f"Published: {DAYS[t.weekday()][:3]} {t.day} {SHORT_MONTHS[t.month - 1]} {t.year}, {_hm12(t)}",
        ]
        if rng.random() < 0.6:
            u = _later(t, rng)
            d.head.append(
                f"Last updated: {DAYS[u.weekday()][:3]} {u.day} {SHORT_MONTHS[u.month - 1]} {u.year}, {_hm12(u)}"
            )
        c.source = "WAM"
        notice = "Copyright © 2026 Khaleej Times. All Rights Reserved."
    elif kind == "arabnews":
        above = ["Arab News", "Menu", "Saudi Arabia", "Middle East", "World", "Business", "Sport", "Opinion"]
        agency = rng.choice(["AFP", "SPA"])
        d.head += [agency, f"{MONTHS[t.month - 1]} {t.day:02d}, {t.year} {t:%H:%M}"]
        c.source = agency
        place = "RIYADH" if agency == "SPA" else rng.choice(["PARIS", "BEIRUT", "CAIRO", "GENEVA"])
        c.place = place
        d.dateline = f"{place}:"
        _before_lede(d, ["Follow", "Short Url"])
        notice = (
            "© 2026 SAUDI RESEARCH & PUBLISHING COMPANY, All Rights Reserved And subject to Terms of Use Agreement."
        )
    else:
        above = ["DAILY SABAH", "Menu", "Türkiye", "Politics", "Business", "World", "Sports", "Opinion", "Türkiye"]
        if rng.random() < 0.5:
            d.head += ["ANADOLU AGENCY", rng.choice(["ISTANBUL", "ANKARA", "IZMIR"])]
            c.source = "ANADOLU AGENCY"
        else:
            d.head.append("DAILY SABAH WITH AFP")
            c.source = "AFP"
        d.head.append(f"{SHORT_MONTHS[t.month - 1].upper()} {t.day:02d}, {t.year} - {_hm12(t)} GMT+3")
        notice = "© Copyright 2026 Daily Sabah"
    if rng.random() < 0.3:
        above = [*_mobile(rng, d, above[0]), *above[1:]]
    _ads(rng, d, ["Advertisement"], 0.3)
    below = ["", "Most Read", *_others(rng, 3), "Subscribe to our newsletter", notice]
    _frame(d, c, above, below, notice)


# --- Latin America, Russia, China ------------------------------------------------------------


def h23_latam_russia_china(rng: random.Random, d: Draft, c: Case) -> None:
    t = _when(rng)
    kind = rng.choice(["batimes", "efe", "tass", "cgtn", "globaltimes"])
    d.head_joint = rng.choice(["\n", "\n\n"])
    if kind == "batimes":
        above = ["Buenos Aires Times", "Menu", "Argentina", "Economy", "Politics", "Latin America", "World", "Sports"]
        d.head += ["By AFP", f"{t:%d-%m-%Y %H:%M}"]
        c.byline = c.source = "AFP"
        if rng.random() < 0.4:
            d.tail.append("– TIMES/AFP")
        notice = "© 2026 Perfil Network"
    elif kind == "efe":
        above = ["EFE", "English Edition", "Menu", "Americas", "World", "Economy", "Sports", "Culture", "Americas"]
        d.head.append(f"{MONTHS[t.month - 1]} {t.day}, {t.year}")
        place = rng.choice(["Buenos Aires", "Montevideo", "Santiago", "Lima", "Bogota"])
        c.place, c.date, c.agency, c.source = place, f"{SHORT_MONTHS[t.month - 1]} {t.day}", "EFE", "EFE"
        d.dateline = f"{place}, {c.date} (EFE).-"
        code = f"{rng.choice(['ab', 'mv', 'jrg'])}/{rng.choice(['cd', 'pa', 'fgg'])}"
        d.tail.append(code)
        c.credits = (code,)
        notice = f"© EFE {t.year}. All rights reserved."
    elif kind == "tass":
        above = ["TASS", "Russian News Agency", "Russian Politics & Diplomacy", "World", "Business & Economy"]
        above += ["Military & Defense", "Emergencies", "Society & Culture", "Sports", "RU", "EN"]
        d.head.append(f"{t.day} {SHORT_MONTHS[t.month - 1].upper()}, {t:%H:%M}")
        place = rng.choice(["MOSCOW", "ST. PETERSBURG", "KAZAN", "MINSK"])
        c.place, c.date, c.agency, c.source = place, f"{MONTHS[t.month - 1]} {t.day}", "TASS", "TASS"
        d.dateline = f"{place}, {c.date}. /TASS/."
        _before_lede(d, ["Share"])
        notice = "© TASS 1999-2026"
        below = ["", "Tags", rng.choice(["Russia", "Economy", "Energy"]), rng.choice(["Ukraine", "World", "Finance"])]
    elif kind == "cgtn":
        above = ["CGTN", "Menu", "China", "World", "Business", "Tech & Sci", "Sports", "Opinions", "Video", "Live"]
        d.head.append(f"Updated {t:%H:%M}, {t.day:02d}-{SHORT_MONTHS[t.month - 1]}-{t.year}")
        _after_title(d, ["Share", "Copied"])
        if rng.random() < 0.4:
            place = rng.choice(["BEIJING", "SHANGHAI", "URUMQI", "GUANGZHOU"])
            c.place, c.date, c.agency = place, f"{AP_MONTHS[t.month - 1]} {t.day}", "Xinhua"
            d.dateline = f"{place}, {c.date} (Xinhua) --"
        d.tail.append("Source(s): Xinhua")
        c.source = "Xinhua"
        notice = "Copyright © 2026 CGTN."
    else:
        above = ["GLOBAL TIMES", "CHINA", "SOURCE", "OPINION", "IN-DEPTH", "WORLD", "LIFE", "ARTS", "SPORT", "CHINA"]
        d.head.append(f"Source: Xinhua Published: {SHORT_MONTHS[t.month - 1]} {t.day:02d}, {t.year} {t:%I:%M %p}")
        c.source = "Xinhua"
        if rng.random() < 0.7:
            place = rng.choice(["BEIJING", "SHANGHAI", "HANGZHOU", "CHENGDU"])
            c.place, c.date, c.agency = place, f"{AP_MONTHS[t.month - 1]} {t.day}", "Xinhua"
            d.dateline = f"{place}, {c.date} (Xinhua) --"
        notice = "Copyright ©2026 Global Times All rights reserved."
    if kind != "tass":
        below = ["", "Related", *_others(rng, 3), "About Us", "Contact Us"]
    below = [*below, notice]
    if rng.random() < 0.25:
        above = [*_mobile(rng, d, above[0]), *above[1:]]
    _frame(d, c, above, below, notice)


HELD_OUT_23: dict[str, Template] = {
    "korea-papers": h23_korea_papers,
    "naver-yonhap-ko": h23_naver_yonhap_ko,
    "us-local-ap": h23_us_local_ap,
    "pa-ireland-scotland": h23_pa_ireland_scotland,
    "oceania": h23_oceania,
    "south-africa": h23_south_africa,
    "nigeria-kenya": h23_nigeria_kenya,
    "pakistan-bangladesh": h23_pakistan_bangladesh,
    "philippines-malaysia": h23_philippines_malaysia,
    "singapore-indonesia-vietnam": h23_singapore_indonesia_vietnam,
    "gulf-arab-turkey": h23_gulf_arab_turkey,
    "latam-russia-china": h23_latam_russia_china,
}


# --- negatives: pages whose chrome looks like metadata, around stories with no agency ---------

SITES = ["The Harbour Gazette", "Lakeside Courier", "Metro Herald Online", "The Delta Times", "Hill Country Post"]


def _site_footer(rng: random.Random, site: str) -> tuple[list[str], str | None]:
    if rng.random() < 0.75:
        notice = f"© 2026 {site}. All rights reserved."
        return ["About Us", "Contact", "Privacy Policy", "Terms of Use", notice], notice
    return ["About Us", "Contact", "Privacy Policy"], None


def n23_latest_lists(rng: random.Random, d: Draft, c: Case) -> None:
    t = _when(rng)
    site = rng.choice(SITES)
    latest = ["Latest news"]
    for headline in _others(rng, 4):
        item = _later(t, rng)
        place = rng.choice(["NAIROBI", "KARACHI", "MANILA", "SEOUL", "LAGOS", "DUBLIN"])
        latest += [f"{_hm12(item)}", rng.choice([f"{place}: {headline}", f"{place} — {headline}", headline])]
    above = [site, "Menu", "Search", "Home", "News", "Business", "Sport", "Opinion", *latest, "News"]
    most = ["Most read"]
    for headline in _others(rng, 3):
        most += [headline, f"{rng.randint(1, 11)} hours ago"]
    footer, notice = _site_footer(rng, site)
    _ads(rng, d, ["Advertisement"], 0.3)
    _frame(d, c, above, ["", *most, *footer], notice)


def n23_category_partners(rng: random.Random, d: Draft, c: Case) -> None:
    site = rng.choice(SITES)
    categories = ["Browse by category", "Politics", "Business", "World", "Science", "Health", "Sport"]
    above = [site, "Menu", *categories, "By region", "Africa", "Asia", "Europe", "Americas", "Politics"]
    partners = ["Our partners", "AFP", "Reuters", "AP", "Xinhua"]
    if rng.random() < 0.5:
        partners.append("Content from our partner agencies is used under licence.")
    footer, notice = _site_footer(rng, site)
    below = ["", "Topics", "Elections", "Economy", "Climate", "", *partners, *footer]
    _frame(d, c, above, below, notice)


AGENCY_PROSE = [
    "Yonhap reported on Thursday, citing an unnamed government official, that the talks had stalled.",
    "An earlier (LEAD) version of the Yonhap report had put the number of injured at twelve.",
    "Reuters could not independently verify the figures, which were released late on Wednesday.",
    "According to AFP, at least three other countries have made similar requests this year.",
    "The News Agency of Nigeria (NAN) reports that the minister will visit the site next week.",
    "Bernama quoted the deputy minister as saying the project would be finished by March.",
    "The state news agency WAM said the agreement covers trade, energy and transport.",
    "A Xinhua commentary on Tuesday described the proposal as a step in the right direction.",
]
AGENCY_ENDINGS = [
    "Source: a ministry statement released on Thursday said the review would take six months.",
    "The agency, which was founded in 1980, said it would publish its full findings in May.",
    "Reuters and AFP both carried the minister's remarks, which were later confirmed by his office.",
]


def n23_agency_prose(rng: random.Random, d: Draft, c: Case) -> None:
    site = rng.choice(SITES)
    prose = rng.sample(AGENCY_PROSE, rng.randint(2, 3))
    for sentence in prose:
        d.body.insert(rng.randint(0, len(d.body)), sentence)
    if rng.random() < 0.6:
        d.body.append(rng.choice(AGENCY_ENDINGS))
    above = ["Search", "Close this search box.", site, "Home", "World", "Asia", "Africa", "World"]
    footer, notice = _site_footer(rng, site)
    below = ["", "Share this:", "Facebook", "X", "Related", *_others(rng, 2), *footer]
    _frame(d, c, above, below, notice)


def n23_mobile_teasers(rng: random.Random, d: Draft, c: Case) -> None:
    t = _when(rng)
    site = rng.choice(SITES)
    top = _mobile(rng, d, site)
    teasers = [
        f"(LEAD) {rng.choice(OTHER_HEADLINES)}",
        f"UPDATE 2-{rng.choice(OTHER_HEADLINES)}",
        f"SEOUL, {AP_MONTHS[t.month - 1]} {t.day} (Yonhap) -- {rng.choice(OTHER_HEADLINES)} ...",
        f"LONDON, {SHORT_MONTHS[t.month - 1]} {t.day} (Reuters) - {rng.choice(OTHER_HEADLINES)} ...",
        f"{rng.choice(OTHER_HEADLINES)} - Reuters",
    ]
    rng.shuffle(teasers)
    footer, notice = _site_footer(rng, site)
    below = ["", "Read next", *teasers[:3], "Related", *teasers[3:], "Back to top", *footer]
    _frame(d, c, [*top, "News"], below, notice)


NEGATIVES_23: dict[str, Template] = {
    "latest-lists": n23_latest_lists,
    "category-partners": n23_category_partners,
    "agency-prose": n23_agency_prose,
    "mobile-teasers": n23_mobile_teasers,
}
