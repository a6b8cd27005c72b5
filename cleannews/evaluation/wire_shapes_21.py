"""Round-twenty-one templates for the wire harness: press releases, institutional feeds, monitoring, transcripts.

Written blind, before any round-twenty-one rule and without reading the rules or the earlier rounds'
templates, from how copy that is not an agency's news story reaches news corpora in 2024-2026, as
news sites and portals republish it: the press-release wires (PR Newswire on its own pages, Yahoo
Finance, MarketScreener and a local TV site's "press releases" section, with "News provided by",
"View original content ...", "Logo - URL" and "SOURCE Acme Corp"; Business Wire's glued
"SAN FRANCISCO--(BUSINESS WIRE)--", its "View source version on businesswire.com: URL" and
"Contacts" block; GlobeNewswire's "TORONTO, Nov. 05, 2026 (GLOBE NEWSWIRE) --" under "November 05,
2026 08:00 ET | Source: Acme Inc."; ACCESS Newswire's "NEW YORK, NY / ACCESS Newswire / November 5,
2026 /"; EIN Presswire's "AUSTIN, TX, UNITED STATES, November 5, 2026 /EINPresswire.com/ --" and its
legal disclaimer; Newsfile's "Vancouver, British Columbia--(Newsfile Corp. - November 5, 2026) -";
CNW's "/CNW/ -" with its one-line "For further information:"; JCN and ACN Newswire's "TOKYO, Nov 5,
2026 - (JCN Newswire) -" with "Topic:", "Source:", "Sectors:" and their copyright; Media OutReach's
"SINGAPORE - Media OutReach Newswire - 5 November 2026 -" with "Hashtag:" and "The issuer is solely
responsible ..."), institutional copy (government releases with "FOR IMMEDIATE RELEASE", "###" and
"- 30 -", the US Justice Department's page with its closing "Topic" and "Press Release Number:"
lines, UN News' date-and-topic line, ReliefWeb reposts with their "Source:", "Country:", "Format:"
fields and "Attachments", UNICEF's "NEW YORK/GENEVA, 5 November 2026 –" with its media contacts and
"About UNICEF"), state agencies' own English copy (KCNA's "Pyongyang, November 5 (KCNA) --" and
"www.kcna.kp (Juche115.11.5.)", SANA's "Damascus, SANA-", WAFA's "RAMALLAH, Thursday, November 5, 2026
(WAFA) –"), BBC Monitoring items ("Text of report by ..." over the text, "Source: IRNA news agency
website, Tehran, in English 0912 gmt 5 Nov 26", "BBC Mon ME1 MEPol ib/jm"), and broadcast transcripts
(NPR's "Heard on Morning Edition", speaker labels such as "JANE DOE, BYLINE:", its copyright and
transcript notes; CNN's "Aired November 5, 2026 - 10:00 ET" and "THIS IS A RUSH TRANSCRIPT ...").
Every company, name, figure and sentence here is made up; only the shapes are the formats'.

Contract (the harness' fields), following the choices rounds seventeen to twenty list as settled: an
agency in the byline's place fills the byline too ("By PR Newswire" gives byline and source "PR
Newswire"); a provider line over a time names the source, not the byline ("PR Newswire" over Yahoo's
time line); a dateline's bracketed region is no part of the place; a closing sign-off names the
source as printed when nothing stronger does; reading-time lines alone and photo credits under the
headline are the chrome pass's, so they are left out (a reading time glued to Yahoo's time line
stays, as round seventeen fitted); an editor's note above the lede stays in the text (round
eighteen, reconciled), while a note about the copy (Reuters' "(Updates ...)") is a head line (round
twenty); every field line above the lede is a head line (round fifteen); a closing "Read more:"
line is no trailer (none is written here). Choices made before the blind run, for shapes no
earlier round had:

- Head lines (out of the text): every time line in the sites' own formats ("Nov 05, 2026, 08:00
  ET", "Thu, November 5, 2026 at 8:00 AM EST 4 min read", "Published: Nov. 5, 2026 at 8:00 AM EST",
  "November 05, 2026 at 08:00 am EST", "November 05, 2026 08:00 AM Eastern Standard Time", "November
  05, 2026 08:00 ET | Source: Acme Inc.", "5 November 2026 Humanitarian Aid", "Aired November 5, 2026
  - 10:00 ET", "November 5, 2026 5:05 AM ET"), every provider or byline line ("PR Newswire",
  "Business Wire", "GlobeNewswire", "ACCESS Newswire", "By PR Newswire", an NPR reporter's bare name
  or "By NAME"), PR Newswire's "News provided by" over the company's name (two head lines), a
  government release's "FOR IMMEDIATE RELEASE", its date line and "Contact: ..." line, the Justice
  Department's "For Immediate Release" over "Office of Public Affairs", Newsfile's "NOT FOR
  DISTRIBUTION TO UNITED STATES NEWSWIRE SERVICES ..." legend, ReliefWeb's field lines ("Source:
  UNICEF", "Country: Sudan, Chad", "Format: News and Press Release", "Posted: 5 Nov 2026",
  "Originally published: 5 Nov 2026"), NPR's "Heard on Morning Edition", CNN's show name line ("CNN
  NEWSROOM"), its air time and its "THIS IS A RUSH TRANSCRIPT ..." note (a note about the copy).
  A head line names no field but ``byline`` and ``source``.
- Text that stays (body): a release's subheadline under the headline (a standfirst), BBC
  Monitoring's "Text of report by ..." / "Excerpt from report by ..." line (an editor's note about the
  text, which the settled contract keeps), a transcript's speaker-labelled paragraphs ("A MARTÍNEZ,
  HOST: ...", "JANE DOE, BYLINE: ...", "JIM SCIUTTO, CNN ANCHOR: ...", BBC Monitoring's "[Presenter]
  ..."): speech, never metadata, even when the label reads "BYLINE".
- ``byline``: only "By AGENCY" on a local TV site ("PR Newswire") and NPR's reporter line (the name as
  printed); no release, institutional item or CNN transcript names a writer.
- ``source``: the issuer named by a wire's own source line ("SOURCE Acme Corp" and "SOURCE: Acme Inc."
  give "Acme Corp" / "Acme Inc.", as a "Source: X" line; GlobeNewswire's "| Source: Acme Inc." in its
  time line, PR Newswire's "News provided by" over the company's name, ACN and JCN's closing "Source:
  Acme Corporation" the same), else the provider or byline in the head as printed ("PR Newswire",
  "Business Wire", "GlobeNewswire", "ACCESS Newswire"), else the dateline's agency as printed
  ("PRNewswire", "PRNewswire-PRWeb", "BUSINESS WIRE", "GLOBE NEWSWIRE", "EINPresswire.com", "Newsfile
  Corp.", "CNW", "JCN Newswire", "ACN Newswire", "Media OutReach Newswire", "KCNA", "SANA", "WAFA").
  ReliefWeb's "Source: UNICEF" gives "UNICEF". BBC Monitoring's closing "Source: X, PLACE, in LANGUAGE
  TIME" gives the outlet alone ("IRNA news agency website", "Rossiya 1 TV"; place, language and time
  cut, as CNA's "Source: Reuters/ec" gives "Reuters"). UN News' page, a government release, NPR and
  CNN transcripts name no source (a copyright line is no source).
- ``place``, ``date``, ``agency`` as the dateline prints them: "NEW YORK, Nov. 5, 2026 /PRNewswire/ --"
  gives NEW YORK, "Nov. 5, 2026", PRNewswire; "SAN FRANCISCO--(BUSINESS WIRE)--" (glued to the lede)
  SAN FRANCISCO and BUSINESS WIRE, no date; "SAN DIEGO, Calif., Nov. 05, 2026 (GLOBE NEWSWIRE) --"
  "SAN DIEGO, Calif."; "NEW YORK, NY / ACCESS Newswire / November 5, 2026 /" gives "NEW YORK, NY",
  "November 5, 2026", "ACCESS Newswire"; "AUSTIN, TX, UNITED STATES, November 5, 2026
  /EINPresswire.com/ --" the place as printed "AUSTIN, TX, UNITED STATES"; "Vancouver, British
  Columbia--(Newsfile Corp. - November 5, 2026) -" gives "Vancouver, British Columbia", "November 5,
  2026", "Newsfile Corp."; "TOKYO, Nov 5, 2026 - (JCN Newswire) -" TOKYO, "Nov 5, 2026", "JCN
  Newswire"; "SINGAPORE - Media OutReach Newswire - 5 November 2026 -" SINGAPORE, "5 November 2026",
  "Media OutReach Newswire"; "NEW YORK/GENEVA, 5 November 2026 –" a place and a date; "WASHINGTON –"
  a place only; "Pyongyang, November 5 (KCNA) --"; "Damascus, SANA-" a place and an agency;
  "RAMALLAH, Thursday, November 5, 2026 (WAFA) –" the date "Thursday, November 5, 2026".
- Trailers (out of the text): every closing block below the story, each line of it. With no field:
  "About Acme Corp" and the boilerplate paragraph under it (and "About UNICEF" with its "Follow
  UNICEF ..." line), "Forward-Looking Statements" (or "Cautionary Note Regarding Forward-Looking
  Statements") and its paragraph, every line of a contact block ("Media Contact:", "Contacts", "Media",
  names, titles, companies, telephone numbers and the e-mail addresses of press offices: a press
  office is not a writer, so its address is no credit, unlike a reporter's), CNW's one-line "For
  further information: ...", "Logo - URL" and "Photo - URL" (links to media, naming nobody: no
  credit), "View original content ...", "View source version on businesswire.com: URL", "View the
  original press release on ACCESS Newswire", Newsfile's "To view the source version ..." and the TSX
  Venture legend, EIN Presswire's "email us here", "Visit us on social media:" and the network names
  under it, its "Legal Disclaimer:" and paragraph, Media OutReach's "Hashtag: ..." and issuer note,
  "Topic:" and "Sectors:" lines, "Attachment(s)" with the attachment's name, ReliefWeb's "Download
  Report (PDF | 1.02 MB)", "###", "- 30 -", the Justice Department's "Updated November 5, 2026",
  "Topic", its topic, "Component", its office, "Press Release Number: 26-1234", KCNA's "www.kcna.kp
  (Juche115.11.5.)", NPR's transcript note. Naming the source: "SOURCE Acme Corp", "SOURCE: Acme
  Inc.", "Source: Acme Corporation", BBC Monitoring's "Source: ..." line. Credits, as printed: BBC
  Monitoring's desk line ("BBC Mon ME1 MEPol ib/jm", a desk code), SANA's closing editors ("Hala Zain /
  Mazen Eyon"). Copyright lines fill ``copyright`` as printed ("Copyright 2026 JCN Newswire. All
  rights reserved. www.jcnnewswire.com", "Copyright © 2026 NPR. All rights reserved. Visit our website
  terms of use ...", "(c) British Broadcasting Corporation 2026").
- Tags: none (none of these copies tags its headline); the field measures false finds.
- Negatives: a company's or a reporter's prose that mentions the wires ("... said in a statement
  distributed by PR Newswire ..."), sentences opening with "About" that are text ("About 1,200 workers
  ..."), datelines quoted inside sentences, forward-looking language and media contacts in the body,
  a sentence listing sources, transcript lines of speech whose words look like metadata ("DOE:
  Source? A friend at the ministry."): nothing is metadata, every paragraph stays.

Blind first run (``python -m cleannews.evaluation.wire --data ../shared/data --misses``, the
held-out-21 and negatives-21 columns of the table as printed; 440 and 160 articles)::

    | field | held-out-21 P | held-out-21 R | negatives-21 P | negatives-21 R |
    | tags | – | – | – | – |
    | dateline place | 1.000 | 0.963 | – | – |
    | dateline agency | 1.000 | 0.957 | – | – |
    | dateline date | 1.000 | 1.000 | – | – |
    | byline | 0.571 | 0.690 | – | – |
    | source | 0.748 | 0.587 | – | – |
    | credits | 0.000 | 0.000 | – | – |
    | copyright | 1.000 | 0.853 | – | – |
    | trailers | 1.000 | 0.400 | – | – |
    | head lines | 1.000 | 0.375 | – | – |

Body sentences lost: held-out-21 0/3570, negatives-21 0/1452 (negatives-21: nothing found, no miss;
transcripts' speech lines, "JANE DOE, BYLINE: ..." included, all stayed). Every other set printed what
it prints on this branch's main (ground-truth texts 2/94270).

409 of the 440 held-out-21 articles missed something (every article of prnewswire, globenewswire,
accesswire-ein, canada-wires, asia-wires, government, un-reliefweb, bbc-monitoring and transcripts;
businesswire 31, state-agencies 18). Every line missed stayed in the output text. What passed: every
dateline form but one ("/PRNewswire/", "/PRNewswire-PRWeb/", the glued "--(BUSINESS WIRE)--",
"(GLOBE NEWSWIRE)", "/ ACCESS Newswire /", "/EINPresswire.com/", "--(Newsfile Corp. - DATE) -",
"/CNW/", "- (JCN Newswire) -", "- Media OutReach Newswire -", KCNA, SANA, WAFA, UNICEF's
"NEW YORK/GENEVA, 5 November 2026 –"); PR Newswire's and GlobeNewswire's contact blocks, "Logo -" and
"Photo -" lines, "View original content ...", "SOURCE X" (the source, also under "News provided by"),
Business Wire's "View source version ..." and "Contacts" block, the local TV site's "By PR Newswire"
(byline and head lines), Yahoo's provider and time lines, "###" and "- 30 -", the JCN/ACN copyright
when it is the last line. The misses, by cause (articles):

- the "About X" block (label and boilerplate paragraph) kept as text: prnewswire 40, globenewswire 40,
  asia-wires 38, businesswire 21, un-reliefweb 11 (UNICEF's), canada-wires 6; in 4 the boilerplate
  ("X is a family-owned producer of ...") was read as a columnist's bio, a credit (all of credits
  precision 0.000); the "Forward-Looking Statements" label and paragraph kept (prnewswire 14,
  globenewswire 15). A contract choice of this round (below).
- closing lines not known, which hide every closing line above them: EIN Presswire's contact block
  ("email us here", "Visit us on social media:", the network names) and "Legal Disclaimer:" block, ACCESS
  Newswire's "View the original press release on ACCESS Newswire" / "View source version on
  accesswire.com:" over its address, so "SOURCE: X" and the "Contact Information" block above them
  stay (accesswire-ein 40; the source read as the dateline's "ACCESS Newswire"/"ACCESSWIRE", 18); JCN
  and ACN's "Topic:", "Source:", "Sectors:" lines (30, the source read as "JCN Newswire"/"ACN
  Newswire"), Media OutReach's "Hashtag:" line and "The issuer is solely responsible ..." (10); CNW's
  one-line "For further information: ..." under "SOURCE X" (14: the source read as "CNW"), Newsfile's
  "To view the source version ..." and the TSX Venture legend with the contact block above (26);
  the Justice Department's "Updated DATE", "Topic", "Component" and "Press Release Number:" lines (16);
  ReliefWeb's "Attachments" and "Download Report (PDF | ...)" (7) and UNICEF's media contacts (7);
  KCNA's "www.kcna.kp (Juche115.11.5.)" (9); SANA's closing "NAME / NAME" editors (9: trailer and credit);
  BBC Monitoring's "Source: X, PLACE, in LANGUAGE TIME" and "BBC Mon ..." desk line (40: no source, no
  credit); NPR's copyright line when the transcript note follows it (10: copyright and both trailers).
- head lines not known: a government release's "FOR IMMEDIATE RELEASE" / "For Immediate Release" (40),
  its date line (15) and "Contact: NAME, PHONE" (24), the Justice Department's "Office of Public Affairs"
  (16); ReliefWeb's field lines "Source:", "Country:", "Format:", "Posted:", "Originally published:"
  (29, so no source: 28), UN News' "5 November 2026 Humanitarian Aid" (11); NPR's "Heard on Morning
  Edition" (17) and a reporter's bare name line under it (9: no byline); CNN's "Aired DATE - 10:00 ET"
  and "THIS IS A RUSH TRANSCRIPT ..." (23), its show name (13); Business Wire's "November 05, 2026
  08:00 AM Eastern Standard Time" (11); Newsfile's "NOT FOR DISTRIBUTION ..." legend (14); PR
  Newswire's "News provided by" over the company (3) and its own "Nov 05, 2026, 08:00 ET" (3);
  ACCESS Newswire's provider line on a portal (5).
- bylines and sources: GlobeNewswire's provider line over Yahoo's time read as the byline (15: byline
  precision 0.571 is this); PR Newswire's provider line on Yahoo wins over the closing "SOURCE X" (7);
  "BOSTON & LONDON--(BUSINESS WIRE)--" not read (12: place, agency, and the source in 7).

Contract choices of this round that the rules answer differently (no docstring of rounds fifteen to
twenty settles them; not changed: this round is an estimate):

- the "About X" block and the "Forward-Looking Statements" block are trailers here (the company's
  boilerplate, repeated in every release, is no part of the news); the rules keep both as text, and
  read a boilerplate sentence shaped like a bio ("X is a ... producer of ...") as a credit (4);
- the issuer named by a wire's "SOURCE X" / "Source: X" line is the source, over a portal's provider
  line ("PR Newswire" on Yahoo, 7) and a dateline's wire; the rules agree where they read the line;
- BBC Monitoring's closing "Source:" line gives the outlet alone, place, language and time cut (40).

No template bug was found in the misses: the figures above are the first and only blind run.

Reconciled after the blind run (branch fit21): the "About X" block (UNICEF's too) and the
"Forward-Looking Statements" block are text, closing the body above the closing lines, as round
eleven settled and as the ground truth of ../shared/data keeps them (a university's release keeps
"About Georgetown University Medical Center" and its paragraph; a page keeps "About the Author"): several
paragraphs of prose leaving the text is the biggest precision risk on real pages. Media OutReach prints
its "About" block below "Hashtag:" and the issuer note; here it moved above them (still weak: on a
real page the two lines above a kept "About" block stay in the text). The issuer named by "SOURCE X" /
"Source: X" stays the source over a portal's provider line, and contact blocks stay trailers with no
field (round eleven's choices, unchanged).

After fitting (same command, same seed; held-out-21 articles 440, body sentences now 4371 as the
"About" paragraphs count as text)::

    | field | held-out-21 P | held-out-21 R | negatives-21 P | negatives-21 R |
    | tags | – | – | – | – |
    | dateline place | 1.000 | 0.963 | – | – |
    | dateline agency | 1.000 | 0.957 | – | – |
    | dateline date | 1.000 | 1.000 | – | – |
    | byline | 0.659 | 1.000 | – | – |
    | source | 0.873 | 0.805 | – | – |
    | credits | 1.000 | 0.816 | – | – |
    | copyright | 1.000 | 1.000 | – | – |
    | trailers | 1.000 | 0.819 | – | – |
    | head lines | 1.000 | 0.845 | – | – |

Body sentences lost: held-out-21 0/4371, negatives-21 0/1452; every other set as on main (ground-truth
texts 2/94270). Fixed by shape: a release's or a transcript's legend above the lede ("FOR IMMEDIATE
RELEASE", "NOT FOR DISTRIBUTION ...", "THIS IS A RUSH TRANSCRIPT ...", "Heard on SHOW", "Aired DATE -
TIME ET", a show name in capitals over it) and, under a legend only, the issuing office, a "Contact:"
line with a number, a reporter's bare name; closing fields printed as a label over its value ("Topic"
over "Violent Crime"); a pointer to the release's original with or without its address, the address on
the next line too; an exchange's "accepts responsibility for the adequacy or accuracy of this release"
and an issuer's "solely responsible for the content of this announcement"; a distributor's "as is"
disclaimer under "Legal Disclaimer:"; "email us here" and "Visit us on social media:" over network
names; a broadcaster's rush-transcript note; "Attachments" and "Download X (PDF | size)"; a web address
with a bracketed date (KCNA); a monitoring service's "Source: OUTLET, PLACE, in LANGUAGE TIME" (the
outlet) and its desk line (a credit); a company's "About X LLC" over "X LLC is a producer of ..." is no
author's card (credits precision 0.000 -> 1.000). By lexicon (labels, which are data): the tail fields
"Topic(s)", "Sector(s)", "Component(s)", "(Press) Release Number" and the head fields "Country",
"Countries", "Format", "Posted", "Originally published", "Theme(s)", "Disaster type". Tried and
dropped: a "Follow X on N1, N2 and N3" footer and a bare "Disclaimer" line (the ground truth keeps
both as text: "Follow NBC Latino on Facebook, Twitter and Instagram.").

Still weak: the chrome pass ends JCN/ACN copy at "Contact:" and takes the closing block itself, so the
issuer's "Source: X" there is not read (the source stays the dateline's wire) and those lines do not
count as the wire pass's trailers; GlobeNewswire's provider line over Yahoo's time is still read as the
byline (15); EIN Presswire's unlabelled contact block; "BOSTON & LONDON--(BUSINESS WIRE)--"; ReliefWeb's
"Source: X" field among the others; UN News' date-and-topic line; Business Wire's "Eastern Standard
Time" line; "Follow UNICEF on ..."; SANA's "NAME / NAME" editors; CNW's one-line "For further
information: ..." and the "SOURCE X" above it.

Second fit (branch fit21z, same command, same seed; main before it printed byline P 0.659, source P 0.888
R 0.819, place 0.963, agency 0.957, credits R 0.816, trailers R 0.822, head lines R 0.845)::

    | field | held-out-21 P | held-out-21 R | negatives-21 P | negatives-21 R |
    | tags | – | – | – | – |
    | dateline place | 1.000 | 1.000 | – | – |
    | dateline agency | 1.000 | 1.000 | – | – |
    | dateline date | 1.000 | 1.000 | – | – |
    | byline | 1.000 | 1.000 | – | – |
    | source | 1.000 | 1.000 | – | – |
    | credits | 1.000 | 0.816 | – | – |
    | copyright | 1.000 | 1.000 | – | – |
    | trailers | 1.000 | 0.836 | – | – |
    | head lines | 1.000 | 0.976 | – | – |

Body sentences lost: held-out-21 0/4371, negatives-21 0/1452; every other figure of the table, the
ground-truth texts (2/94270, 5 timestamp lines) and the real-page tables as on main. Fixed by shape: an
agency's name alone over the time is the provider, never a writer read by the page-head byline rules
(GlobeNewswire, 15); a provider line over a portal's time ranks under a "SOURCE X" / "Source: X" line
naming the issuer (PR Newswire 7, ACCESSWIRE 3); one labelled contact line with a telephone number is
a press office's contact, a trailer with no field (CNW's "For further information: ...", 14, which also
frees "SOURCE X" above it: source 9); places joined by " & " in capitals before a wire's label
("BOSTON & LONDON--(BUSINESS WIRE)--", 12; "Procter & Gamble (PG) -" stays text); a zone spelled out
after the clock ("07:30 AM Eastern Standard Time", 11); a "Source: X" line among a repost's fields
(ReliefWeb, 20); a full date over a topic with no mark between ("14 March 2026 Peace and Security", 11);
a contact block among the closing lines chrome took is read past, so the issuer's "Source: X" under it
names the source (JCN/ACN, 17).

Still weak: the chrome pass still takes JCN/ACN's closing block, so those lines do not count as the
wire pass's trailers (trailers R); EIN Presswire's unlabelled contact block (name, company, number over
"email us here"); SANA's "NAME / NAME" editors (credits R); "Follow UNICEF on ...";
ACCESS Newswire's portal provider line ("ACCESS Newswire" over Yahoo's time, 5 head lines); PR Newswire's own
"News provided by" head over its time (3).

Third fit (branch fit21c, same command, same seed; main before it printed credits R 0.816, trailers R
0.836, every other figure as in the second fit's table): credits R 0.816 -> 1.000, trailers R 0.836 ->
0.925; every precision 1.000, head lines R 0.976, body sentences lost 0/4371 and 0/1452; every other
figure of the table (all rounds), the ground-truth texts (2/94270, 5 timestamp lines), the real-page
tables, chrome F1 (Zyte 0.925, WCXB 0.920; clean texts 1/0/1/1, seed 0) and titles (Zyte exact 131,
WCXB 475, wrong 27/99) as on main. Fixed by shape: on a page, a release's contact block (a label, a UI
string too, over names, addresses and numbers) followed by the wire's own closing lines is read as the
article's closing lines, so chrome leaves it and the lines under it to the wire pass (JCN/ACN, 17
articles, 8 lines each); a closing line of two to four people's names between slashes is the writer's
and editors' credit ("Hala Zain / Mazen Eyon", SANA, 9; a site's path "Markets / World News" is none).

Still weak: EIN Presswire's unlabelled contact block (name, company, number over "email us here", 22
articles); "Follow UNICEF on ..." (7, the ground truth keeps such a line as text); ACCESS Newswire's
portal provider line (5 head lines); PR Newswire's own "News provided by" head (3).
"""

from __future__ import annotations

import datetime
import random
import unicodedata
from typing import TYPE_CHECKING

from cleannews.evaluation.wire_shapes import MONTH_NAMES

if TYPE_CHECKING:
    from cleannews.evaluation.wire import Case, Draft
    from cleannews.evaluation.wire_shapes import Template

# Companies: (short name, legal name, ticker note, what it does, home page)
COMPANIES = [
    (
        "Northwind Analytics",
        "Northwind Analytics, Inc.",
        "NASDAQ: NWND",
        "a provider of supply-chain software",
        "northwindanalytics.com",
    ),
    (
        "Halvorsen Biotherapeutics",
        "Halvorsen Biotherapeutics Corp.",
        "NYSE: HLVB",
        "a clinical-stage biotechnology company",
        "halvorsenbio.com",
    ),
    (
        "Tidewater Solar",
        "Tidewater Solar Holdings Ltd.",
        "TSX: TWS",
        "a developer of utility-scale solar projects",
        "tidewatersolar.ca",
    ),
    (
        "Quillfeather",
        "Quillfeather Technologies",
        "OTCQB: QFTH",
        "a maker of handwriting-recognition tools",
        "quillfeather.io",
    ),
    ("Bramblecrest Foods", "Bramblecrest Foods LLC", "", "a family-owned producer of frozen meals", "bramblecrest.com"),
    (
        "Kestrel Mining",
        "Kestrel Mining Corp.",
        "TSXV: KSM",
        "a mineral exploration company focused on copper",
        "kestrelmining.com",
    ),
    (
        "Orchard Lane Health",
        "Orchard Lane Health Systems",
        "",
        "a nonprofit network of community clinics",
        "orchardlanehealth.org",
    ),
    (
        "Sakuragawa Electric",
        "Sakuragawa Electric Co., Ltd.",
        "TSE: 6789",
        "a manufacturer of power semiconductors",
        "sakuragawa-electric.co.jp",
    ),
]
PEOPLE = [
    "Dana Whitcombe",
    "Rohan Mehta",
    "Ingrid Solberg",
    "Tomasz Wójcik",
    "Aiko Tanabe",
    "Marisol Echeverría",
    "Kwame Asante",
    "Beatrice Lindqvist",
    "Farid Haddad",
    "Colleen O'Driscoll",
]
MONTHS_AP = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
MONTHS_SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS_FULL = list(MONTH_NAMES)
US_PLACES = [
    "NEW YORK",
    "SAN FRANCISCO",
    "CHICAGO",
    "BOSTON",
    "AUSTIN, Texas",
    "SAN DIEGO, Calif.",
    "DENVER",
    "ATLANTA",
]
PHONES = ["+1 (415) 555-0134", "212-555-0187", "+1 617 555 0142", "(303) 555-0119", "416-555-0176"]


def _day(rng: random.Random) -> datetime.date:
    return datetime.date(2026, rng.randint(1, 12), rng.randint(1, 28))


def _clock(rng: random.Random) -> tuple[int, int]:
    return rng.choice([6, 7, 8, 9, 10, 16]), rng.choice([0, 0, 0, 15, 30, 45])


def _ampm(hour: int, minute: int, style: str = "AM") -> str:
    suffix = ("AM" if hour < 12 else "PM") if style == "AM" else ("am" if hour < 12 else "pm")
    return f"{(hour - 1) % 12 + 1}:{minute:02d} {suffix}"


def _company(rng: random.Random) -> tuple[str, str, str, str, str]:
    return rng.choice(COMPANIES)


def _about(rng: random.Random, d: Draft, company: tuple[str, str, str, str, str]) -> None:
    """The closing "About X" block: its label and the boilerplate paragraph. Reconciled: text, not
    trailers (round eleven's contract and the ground truth of ../shared/data keep a release's "About"
    section in the body), so it closes the body, above the closing lines."""
    short, legal, ticker, what, site = company
    listed = f" ({ticker})" if ticker else ""
    paragraph = (
        f"{legal}{listed} is {what} based in {rng.choice(['Seattle', 'Toronto', 'Austin', 'Osaka', 'Denver'])}. "
        f"Founded in {rng.randint(1952, 2019)}, the company serves customers in more than "
        f"{rng.randint(12, 90)} countries. For more information, visit www.{site}."
    )
    if rng.random() < 0.5:
        d.body += [f"About {short}", paragraph]
    else:
        d.body.append(f"About {legal}\n{paragraph}")


def _forward_looking(rng: random.Random, d: Draft, company: tuple[str, str, str, str, str]) -> None:
    """Reconciled: the "Forward-Looking Statements" block is text, as the "About" block (see :func:`_about`)."""
    label = rng.choice(["Forward-Looking Statements", "Cautionary Note Regarding Forward-Looking Statements"])
    d.body += [
        label,
        "This press release contains forward-looking statements within the meaning of the Private "
        'Securities Litigation Reform Act of 1995. Words such as "expects," "anticipates," "intends" '
        "and similar expressions identify forward-looking statements. Actual results may differ "
        f"materially from those expressed in these statements, and {company[0]} undertakes no obligation "
        "to update any forward-looking statement, except as required by law.",
    ]


def _contact(rng: random.Random, d: Draft, company: tuple[str, str, str, str, str], label: str) -> None:
    """A contact block, one line each: trailers with no field (a press office is no writer)."""
    person = rng.choice(PEOPLE)
    user = _handle(person)
    lines = [label, person]
    if rng.random() < 0.5:
        lines.append(company[0])
    lines += [f"{user}@{company[4]}", rng.choice(PHONES)]
    d.tail.append("\n".join(lines))


def _handle(person: str, part: int = 0) -> str:
    """An e-mail user name from a person's name: "Tomasz Wójcik" gives "tomasz" (or "wojcik")."""
    folded = unicodedata.normalize("NFKD", person.split()[part]).encode("ascii", "ignore").decode()
    return "".join(ch for ch in folded.lower() if ch.isalnum())


def _slug(d: Draft) -> str:
    words = "".join(ch if ch.isalnum() else " " for ch in d.title.lower()).split()
    return "-".join(words[:9])


def _yahoo_time(day: datetime.date, hour: int, minute: int, rng: random.Random) -> str:
    zone = "EDT" if 4 <= day.month <= 10 else "EST"
    line = f"{day:%a}, {MONTHS_FULL[day.month - 1]} {day.day}, 2026 at {_ampm(hour, minute)} {zone}"
    if rng.random() < 0.4:
        line += f" {rng.randint(2, 7)} min read"
    return line


# --- the press-release wires -----------------------------------------------------------------


def r_prnewswire(rng: random.Random, d: Draft, c: Case) -> None:
    """PR Newswire on its own page, on Yahoo Finance, on a local TV site and on MarketScreener."""
    company = _company(rng)
    day = _day(rng)
    hour, minute = _clock(rng)
    site = rng.choice(["prnewswire", "yahoo", "local-tv", "marketscreener"])
    if rng.random() < 0.35:
        d.dek.append(
            rng.choice(["New platform cuts onboarding time by 40%", "Agreement expands footprint to 14 states"])
        )
    if site == "prnewswire":
        if rng.random() < 0.5:
            d.head += ["News provided by", company[1]]
        d.head.append(f"{MONTHS_SHORT[day.month - 1]} {day.day:02d}, 2026, {hour:02d}:{minute:02d} ET")
    elif site == "yahoo":
        d.head += ["PR Newswire", _yahoo_time(day, hour, minute, rng)]
    elif site == "local-tv":
        d.head += [
            "By PR Newswire",
            f"Published: {MONTHS_AP[day.month - 1]} {day.day}, 2026 at {_ampm(hour, minute)} EST",
        ]
        c.byline = "PR Newswire"
    else:
        d.head.append(f"{MONTHS_FULL[day.month - 1]} {day.day:02d}, 2026 at {_ampm(hour, minute, 'am')} EST")
    d.head_joint = rng.choice(["\n", "\n\n"])
    c.place = rng.choice(US_PLACES)
    c.date = f"{MONTHS_AP[day.month - 1]} {day.day}, 2026"
    c.agency = rng.choice(["PRNewswire", "PRNewswire", "PRNewswire-PRWeb"])
    d.dateline = f"{c.place}, {c.date} /{c.agency}/ --"
    _about(rng, d, company)
    if rng.random() < 0.3:
        _forward_looking(rng, d, company)
    _contact(rng, d, company, rng.choice(["Media Contact:", "Media Contact", "Contact:"]))
    if rng.random() < 0.4:
        kind = rng.choice(["Logo", "Photo"])
        d.tail.append(
            f"{kind} - https://mma.prnewswire.com/media/{rng.randint(1000000, 2600000)}/"
            f"{company[0].replace(' ', '_')}_{kind}.jpg"
        )
    if site != "prnewswire":
        d.tail.append(
            f"View original content{' to download multimedia' if rng.random() < 0.5 else ''}:"
            f"https://www.prnewswire.com/news-releases/{_slug(d)}-30{rng.randint(2000000, 2999999)}.html"
        )
    d.tail.append(f"SOURCE {company[1]}")
    c.source = company[1]  # the wire's own source line names the issuer: the strongest credit


def r_businesswire(rng: random.Random, d: Draft, c: Case) -> None:
    """Business Wire: the glued "PLACE--(BUSINESS WIRE)--", its time line, its closing contacts."""
    company = _company(rng)
    day = _day(rng)
    hour, minute = _clock(rng)
    site = rng.choice(["businesswire", "yahoo", "marketscreener"])
    c.agency = "BUSINESS WIRE"
    c.source = c.agency
    if site == "businesswire":
        if rng.random() < 0.5:
            d.dek.append("Company raises full-year outlook on strong demand")
        d.head.append(
            f"{MONTHS_FULL[day.month - 1]} {day.day:02d}, 2026 {hour:02d}:{minute:02d} "
            f"{'AM' if hour < 12 else 'PM'} Eastern {'Daylight' if 4 <= day.month <= 10 else 'Standard'} Time"
        )
    elif site == "yahoo":
        d.head += ["Business Wire", _yahoo_time(day, hour, minute, rng)]
        c.source = "Business Wire"
    else:
        d.head.append(f"{MONTHS_FULL[day.month - 1]} {day.day:02d}, 2026 at {_ampm(hour, minute, 'am')} EST")
    c.place = rng.choice(["SAN FRANCISCO", "BOSTON & LONDON", "AUSTIN, Texas", "NEW YORK", "SEATTLE"])
    d.lede = f"{c.place}--(BUSINESS WIRE)--{d.lede}"
    if rng.random() < 0.5:
        _about(rng, d, company)
    if site != "businesswire":
        d.tail.append(
            f"View source version on businesswire.com: https://www.businesswire.com/news/home/"
            f"2026{day.month:02d}{day.day:02d}{rng.randint(100000, 999999)}/en/"
        )
    person = rng.choice(PEOPLE)
    d.tail.append("Contacts")
    d.tail.append("\n".join(["Media", person, rng.choice(PHONES), f"{_handle(person, 1)}@{company[4]}"]))


def r_globenewswire(rng: random.Random, d: Draft, c: Case) -> None:
    """GlobeNewswire on its own page (time line with "| Source: X") and on Yahoo Finance."""
    company = _company(rng)
    day = _day(rng)
    hour, minute = _clock(rng)
    if rng.random() < 0.5:
        d.head.append(
            f"{MONTHS_FULL[day.month - 1]} {day.day:02d}, 2026 {hour:02d}:{minute:02d} ET | Source: {company[1]}"
        )
        c.source = company[1]
    else:
        d.head += ["GlobeNewswire", _yahoo_time(day, hour, minute, rng)]
        c.source = "GlobeNewswire"
    d.head_joint = rng.choice(["\n", "\n\n"])
    c.place = rng.choice(["TORONTO", "SAN DIEGO, Calif.", "NEW YORK", "MONTREAL", "MIAMI"])
    c.date = f"{MONTHS_AP[day.month - 1]} {day.day:02d}, 2026"
    c.agency = "GLOBE NEWSWIRE"
    d.dateline = f"{c.place}, {c.date} ({c.agency}) --"
    _about(rng, d, company)
    if rng.random() < 0.4:
        _forward_looking(rng, d, company)
    _contact(rng, d, company, rng.choice(["Contact:", "Media Contact:", "Investor Relations Contact:"]))
    if rng.random() < 0.4:
        d.tail += [rng.choice(["Attachment", "Attachments"]), f"{company[0]} Logo"]


def r_accesswire_ein(rng: random.Random, d: Draft, c: Case) -> None:
    """ACCESS Newswire (formerly ACCESSWIRE) and EIN Presswire."""
    company = _company(rng)
    day = _day(rng)
    c.date = f"{MONTHS_FULL[day.month - 1]} {day.day}, 2026"
    if rng.random() < 0.5:
        c.agency = rng.choice(["ACCESS Newswire", "ACCESSWIRE"])
        c.place = rng.choice(["NEW YORK, NY", "MIAMI, FL", "VANCOUVER, BC", "HOUSTON, TX"])
        c.source = c.agency
        if rng.random() < 0.4:
            hour, minute = _clock(rng)
            d.head += [c.agency, _yahoo_time(day, hour, minute, rng)]
        d.dateline = f"{c.place} / {c.agency} / {c.date} /"
        _contact(rng, d, company, "Contact Information")
        d.tail.append(f"SOURCE: {company[1]}")
        c.source = company[1]
        if c.agency == "ACCESS Newswire":
            d.tail.append("View the original press release on ACCESS Newswire")
        else:
            d.tail.append(
                "View source version on accesswire.com:\n"
                f"https://www.accesswire.com/{rng.randint(700000, 999999)}/{_slug(d)}"
            )
    else:
        c.agency = c.source = "EINPresswire.com"
        c.place = rng.choice(["AUSTIN, TX, UNITED STATES", "LONDON, UNITED KINGDOM", "DUBAI, UNITED ARAB EMIRATES"])
        d.dateline = f"{c.place}, {c.date} /{c.agency}/ --"
        person = rng.choice(PEOPLE)
        block = [person, company[1], rng.choice(PHONES), "email us here"]
        if rng.random() < 0.6:
            block += [
                "Visit us on social media:",
                *rng.sample(["LinkedIn", "Facebook", "X", "Instagram", "YouTube"], 3),
            ]
        d.tail.append("\n".join(block))
        if rng.random() < 0.7:
            d.tail += [
                "Legal Disclaimer:",
                'EIN Presswire provides this news content "as is" without warranty of any kind. We do not '
                "accept any responsibility or liability for the accuracy, content, images, videos, licenses, "
                "completeness, legality, or reliability of the information contained in this article. If you "
                "have any complaints or copyright issues related to this article, kindly contact the author above.",
            ]


def r_canada_wires(rng: random.Random, d: Draft, c: Case) -> None:
    """Newsfile and CNW (Canada Newswire) copy, a junior miner's legends and all."""
    company = _company(rng)
    day = _day(rng)
    if rng.random() < 0.5:
        if rng.random() < 0.4:
            d.head.append(
                "NOT FOR DISTRIBUTION TO UNITED STATES NEWSWIRE SERVICES OR FOR DISSEMINATION IN THE UNITED STATES"
            )
        c.place = rng.choice(["Vancouver, British Columbia", "Toronto, Ontario", "Calgary, Alberta"])
        c.date = f"{MONTHS_FULL[day.month - 1]} {day.day}, 2026"
        c.agency = c.source = "Newsfile Corp."
        d.lede = f"{c.place}--(Newsfile Corp. - {c.date}) - {d.lede}"
        d.dateline = ""
        _contact(rng, d, company, "For further information, please contact:")
        if rng.random() < 0.6:
            d.tail.append(
                "Neither the TSX Venture Exchange nor its Regulation Services Provider (as that term is "
                "defined in the policies of the TSX Venture Exchange) accepts responsibility for the "
                "adequacy or accuracy of this release."
            )
        d.tail.append(
            "To view the source version of this press release, please visit "
            f"https://www.newsfilecorp.com/release/{rng.randint(200000, 299999)}"
        )
    else:
        c.place = rng.choice(["TORONTO", "MONTREAL", "OTTAWA", "VANCOUVER, BC"])
        c.date = f"{MONTHS_AP[day.month - 1]} {day.day}, 2026"
        c.agency = "CNW"
        d.dateline = f"{c.place}, {c.date} /CNW/ -"
        if rng.random() < 0.5:
            _about(rng, d, company)
        d.tail.append(f"SOURCE {company[1]}")
        c.source = company[1]
        person = rng.choice(PEOPLE)
        d.tail.append(
            f"For further information: Media: {person}, {company[0]}, {rng.choice(PHONES)}, "
            f"{_handle(person)}@{company[4]}"
        )
        if rng.random() < 0.6:
            d.tail.append(
                "View original content to download multimedia:https://www.newswire.ca/en/releases/archive/"
                f"{MONTHS_FULL[day.month - 1]}2026/{day.day:02d}/c{rng.randint(1000, 9999)}.html"
            )


def r_asia_wires(rng: random.Random, d: Draft, c: Case) -> None:
    """JCN and ACN Newswire, and Media OutReach Newswire."""
    company = _company(rng)
    day = _day(rng)
    if rng.random() < 0.6:
        wire = rng.choice(["JCN Newswire", "ACN Newswire"])
        c.place = "TOKYO" if wire == "JCN Newswire" else rng.choice(["HONG KONG", "SINGAPORE", "KUALA LUMPUR"])
        c.date = f"{MONTHS_SHORT[day.month - 1]} {day.day}, 2026"
        c.agency = wire
        d.dateline = f"{c.place}, {c.date} - ({wire}) -"
        _about(rng, d, company)
        if rng.random() < 0.5:
            _contact(rng, d, company, "Contact:")
        d.tail += [
            "Topic: Press release summary",
            f"Source: {company[1]}",
            f"Sectors: {rng.choice(['Electronics, Semiconductors', 'Daily Finance, Banking', 'Enterprise IT, AI'])}",
        ]
        c.source = company[1]
        c.copyright = f"Copyright 2026 {wire}. All rights reserved. www.{wire.split()[0].lower()}newswire.com"
        d.tail.append(c.copyright)
    else:
        c.place = rng.choice(["SINGAPORE", "HONG KONG", "KUALA LUMPUR", "BANGKOK"])
        c.date = f"{day.day} {MONTHS_FULL[day.month - 1]} 2026"
        c.agency = c.source = "Media OutReach Newswire"
        d.dateline = f"{c.place} - Media OutReach Newswire - {c.date} -"
        d.tail.append(f"Hashtag: #{company[0].replace(' ', '')}" + (" #Sustainability" if rng.random() < 0.5 else ""))
        d.tail.append("The issuer is solely responsible for the content of this announcement.")
        _about(rng, d, company)


# --- institutional copy ----------------------------------------------------------------------


def r_government(rng: random.Random, d: Draft, c: Case) -> None:
    """Government releases: a state agency's "FOR IMMEDIATE RELEASE" and the Justice Department's page."""
    day = _day(rng)
    if rng.random() < 0.5:
        d.head += [
            rng.choice(["FOR IMMEDIATE RELEASE", "For Immediate Release"]),
            f"{MONTHS_FULL[day.month - 1]} {day.day}, 2026",
            f"Contact: {rng.choice(PEOPLE)}, {rng.choice(PHONES)}",
        ]
        c.place = rng.choice(["WASHINGTON", "ALBANY, N.Y.", "SACRAMENTO", "HARRISBURG, Pa."])
        d.dateline = f"{c.place} {rng.choice(['—', '–', '-'])}"
        d.tail.append(rng.choice(["###", "# # #", "- 30 -", "-30-"]))
    else:
        d.head += ["For Immediate Release", "Office of Public Affairs"]
        if rng.random() < 0.5:
            c.place = "WASHINGTON"
            d.dateline = "WASHINGTON –"
        d.tail += [
            f"Updated {MONTHS_FULL[day.month - 1]} {day.day}, 2026",
            "Topic",
            rng.choice(["Violent Crime", "Financial Fraud", "Civil Rights", "Cybercrime"]),
            "Component",
            rng.choice(["Criminal Division", "Civil Division", "Office of the Attorney General"]),
            f"Press Release Number: 26-{rng.randint(100, 1400)}",
        ]
    d.head_joint = rng.choice(["\n", "\n\n"])


def r_un_reliefweb(rng: random.Random, d: Draft, c: Case) -> None:
    """UN News' own page, and ReliefWeb reposts of UN News and UNICEF releases."""
    day = _day(rng)
    stamp = f"{day.day} {MONTHS_FULL[day.month - 1]} 2026"
    if rng.random() < 0.35:
        d.head.append(
            f"{stamp} {rng.choice(['Humanitarian Aid', 'Peace and Security', 'Health', 'Climate and Environment'])}"
        )
        return
    publisher = rng.choice(["UNICEF", "UN News", "OCHA"])
    fields = [
        f"Source: {publisher}",
        f"Country: {rng.choice(['Sudan, Chad', 'Haiti', 'Myanmar', 'occupied Palestinian territory'])}",
        "Format: News and Press Release",
        f"Posted: {day.day} {MONTHS_SHORT[day.month - 1]} 2026",
        f"Originally published: {day.day} {MONTHS_SHORT[day.month - 1]} 2026",
    ]
    rng.shuffle(fields)
    d.head += fields
    d.head_joint = "\n"
    c.source = publisher
    if publisher == "UNICEF":
        c.place = rng.choice(["NEW YORK/GENEVA", "NEW YORK", "AMMAN/NEW YORK", "PORT SUDAN"])
        c.date = stamp
        d.dateline = f"{c.place}, {c.date} –"
        d.body.append(  # Reconciled: "About UNICEF" is text (see _about)
            "About UNICEF\nUNICEF works in some of the world's toughest places to reach the world's most "
            "disadvantaged children. For more information about UNICEF and its work for children, visit "
            "www.unicef.org."
        )
        if rng.random() < 0.5:
            d.tail.append("Follow UNICEF on Twitter, Facebook, Instagram and YouTube")
        person = rng.choice(PEOPLE)
        d.tail.append(
            "\n".join(
                [
                    "Media contacts",
                    person,
                    "UNICEF New York",
                    f"Tel: {rng.choice(PHONES)}",
                    f"Email: {_handle(person)}@unicef.org",
                ]
            )
        )
    if rng.random() < 0.4:
        d.tail += ["Attachments", f"Download Report (PDF | {rng.randint(1, 9)}.{rng.randint(10, 99)} MB)"]


def r_state_agencies(rng: random.Random, d: Draft, c: Case) -> None:
    """State agencies' own English copy: KCNA, SANA, WAFA."""
    day = _day(rng)
    kind = rng.choice(["kcna", "sana", "wafa"])
    if kind == "kcna":
        c.place, c.agency = "Pyongyang", "KCNA"
        c.date = f"{MONTHS_FULL[day.month - 1]} {day.day}"
        d.dateline = f"Pyongyang, {c.date} (KCNA) --"
        if rng.random() < 0.6:
            d.tail.append(f"www.kcna.kp (Juche115.{day.month}.{day.day}.)")
    elif kind == "sana":
        c.place, c.agency = rng.choice(["Damascus", "Homs", "Aleppo", "Latakia"]), "SANA"
        d.dateline = f"{c.place}, SANA{rng.choice(['-', ' –', '–'])}"
        if rng.random() < 0.6:
            editors = rng.sample(["Hala Zain", "Mazen Eyon", "Ruaa al-Jazaeri", "Bashar Mousa"], 2)
            credit = " / ".join(editors)
            d.tail.append(credit)
            c.credits = (credit,)
    else:
        c.place, c.agency = rng.choice(["RAMALLAH", "GAZA", "BETHLEHEM"]), "WAFA"
        c.date = f"{day:%A}, {MONTHS_FULL[day.month - 1]} {day.day}, 2026"
        d.dateline = f"{c.place}, {c.date} (WAFA) –"
    c.source = c.agency


def r_bbc_monitoring(rng: random.Random, d: Draft, c: Case) -> None:
    """BBC Monitoring items: the intro line over the text, the closing "Source:" and desk lines."""
    day = _day(rng)
    outlet, place, language, intro = rng.choice(
        [
            (
                "IRNA news agency website",
                "Tehran",
                "English",
                "Text of report by Iranian state news agency IRNA website",
            ),
            ("Xinhua news agency", "Beijing", "English", "Text of report by Chinese state news agency Xinhua"),
            ("Rossiya 1 TV", "Moscow", "Russian", "Excerpt from report by Russian state-owned TV channel Rossiya 1"),
            ("Al-Arabiya TV", "Dubai", "Arabic", "Excerpt from report by Saudi-funded Al-Arabiya TV"),
        ]
    )
    d.dek.append(f"{intro} on {day.day} {MONTHS_FULL[day.month - 1]}")
    if language != "English" and rng.random() < 0.6:
        d.lede = f"[Presenter] {d.lede}"
    hour, minute = rng.randint(5, 21), rng.choice([0, 12, 30, 45])
    when = f"{hour:02d}{minute:02d} gmt {day.day} {MONTHS_SHORT[day.month - 1]} 26"
    line = f"Source: {outlet}, {place}, in {language} {when}"
    d.tail.append(line)
    c.source = outlet
    unit = rng.choice(["ME1 MEPol", "AS1 AsPol", "FS1 FsuPol", "EU1 EuroPol"])
    desk = f"BBC Mon {unit} {rng.choice(['ib', 'jm', 'sk'])}/{rng.choice(['ab', 'dc', 'pr'])}"
    d.tail.append(desk)
    c.credits = (desk,)
    if rng.random() < 0.5:
        c.copyright = "(c) British Broadcasting Corporation 2026"
        d.tail.append(c.copyright)
    d.tail_blank = rng.random() < 0.5


def r_transcripts(rng: random.Random, d: Draft, c: Case) -> None:
    """Broadcast transcripts: NPR's page and CNN's rush transcripts."""
    day = _day(rng)
    if rng.random() < 0.55:
        hour = rng.choice([5, 6, 16, 17])
        show = "Morning Edition" if hour < 12 else "All Things Considered"
        host = rng.choice(["A MARTÍNEZ", "STEVE INSKEEP", "MARY LOUISE KELLY", "AILSA CHANG"])
        reporter = rng.choice(PEOPLE)
        clock = f"{(hour - 1) % 12 + 1}:{rng.choice(['00', '05', '12', '47'])} {'AM' if hour < 12 else 'PM'}"
        d.head += [f"{MONTHS_FULL[day.month - 1]} {day.day}, 2026 {clock} ET", f"Heard on {show}"]
        if rng.random() < 0.5:
            d.head.append(f"By {reporter}")
        else:
            d.head.append(reporter)
        c.byline = reporter
        d.head_joint = rng.choice(["\n", "\n\n"])
        d.lede = f"{host}, HOST: {d.lede}"
        labels = [
            f"{reporter.upper()}, BYLINE",
            host.split()[-1],
            f"{reporter.upper().split()[-1]}",
            "UNIDENTIFIED PERSON",
        ]
        d.body = [f"{labels[i % len(labels)]}: {p}" for i, p in enumerate(d.body)]
        c.copyright = (
            "Copyright © 2026 NPR. All rights reserved. Visit our website terms of use and permissions pages "
            "at www.npr.org for further information."
        )
        d.tail.append(c.copyright)
        if rng.random() < 0.7:
            d.tail.append(
                "NPR transcripts are created on a rush deadline by an NPR contractor. This text may not be in "
                "its final form and may be updated or revised in the future. Accuracy and availability may "
                "vary. The authoritative record of NPR’s programming is the audio record."
            )
    else:
        d.title = f"{d.title}. Aired {rng.choice(['10-11a', '1-2p', '8-9p'])} ET"
        if rng.random() < 0.5:
            d.head.append(rng.choice(["CNN NEWSROOM", "CNN THIS MORNING", "THE SITUATION ROOM"]))
        d.head += [
            f"Aired {MONTHS_FULL[day.month - 1]} {day.day}, 2026 - {rng.choice(['10:00', '13:00', '20:00'])} ET",
            "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.",
        ]
        anchor = rng.choice(["JIM SCIUTTO, CNN ANCHOR", "KASIE HUNT, CNN ANCHOR", "WOLF BLITZER, CNN ANCHOR"])
        d.lede = f"{anchor}: {d.lede}"
        guests = [f"{rng.choice(PEOPLE).upper()}, CNN CORRESPONDENT", anchor.split(",")[0], "UNIDENTIFIED MALE"]
        d.body = [f"{guests[i % len(guests)]}: {p}" for i, p in enumerate(d.body)]


HELD_OUT_21: dict[str, Template] = {
    "prnewswire": r_prnewswire,
    "businesswire": r_businesswire,
    "globenewswire": r_globenewswire,
    "accesswire-ein": r_accesswire_ein,
    "canada-wires": r_canada_wires,
    "asia-wires": r_asia_wires,
    "government": r_government,
    "un-reliefweb": r_un_reliefweb,
    "state-agencies": r_state_agencies,
    "bbc-monitoring": r_bbc_monitoring,
    "transcripts": r_transcripts,
}


# --- negatives: look-alikes that are the story's text ----------------------------------------

WIRE_PROSE = [
    "Northwind said in a statement distributed by PR Newswire on Thursday that the recall covered about 40,000 units.",
    "The company announced the deal in a release on Business Wire, and its shares rose 4% in early trading.",
    "Kestrel disclosed the results through GlobeNewswire after the market closed, two days later than planned.",
    "The ministry's statement, carried by the official KCNA news agency, did not mention the talks.",
]
ABOUT_PROSE = [
    "About 1,200 workers will move to the new plant by the end of next year, the company said.",
    "About half of the clinics in the region have already closed their evening hours.",
    'About Quillfeather\'s future, the chief executive was blunt: "We are not for sale."',
]
FORWARD_PROSE = [
    "The company cautioned that its forward-looking statements were subject to risks, including tariffs and "
    "weaker demand.",
    "Media contacts at the ministry did not respond to several requests for comment on Thursday.",
    "The figures come from three sources: customs records, company filings and interviews with traders.",
    "Sources familiar with the matter said the board would meet again on Friday to vote on the offer.",
]
QUOTED_DATELINES = [
    'The release, datelined "TORONTO, Nov. 5, 2026 (GLOBE NEWSWIRE)", was withdrawn within the hour.',
    '"Pyongyang, November 5 (KCNA) --" opens every one of the agency\'s reports, said Lee, who has read them '
    "for 20 years.",
    'A second notice, headed "SAN FRANCISCO--(BUSINESS WIRE)--", repeated the figures word for word.',
]
SPEECH = [
    "DOE: Source? A friend at the ministry. That's all I can tell you.",
    "MARTÍNEZ: All rights reserved, that's what the sign on the gate says, and nobody reads it.",
    "UNIDENTIFIED PERSON: For immediate release, they told us, and then nothing happened for a week.",
    "KELLY: About the forward-looking part, what do investors actually hear in that language?",
]


def n_wire_prose(rng: random.Random, d: Draft, c: Case) -> None:
    """Prose naming the wires, and sentences opening with "About", at the end or in the middle."""
    line = rng.choice(WIRE_PROSE + ABOUT_PROSE)
    if rng.random() < 0.5:
        d.body.append(line)
    else:
        d.body.insert(rng.randint(0, len(d.body)), line)
    if rng.random() < 0.4:
        d.body.append(rng.choice(ABOUT_PROSE))


def n_forward_sources(rng: random.Random, d: Draft, c: Case) -> None:
    """Forward-looking language, media contacts and lists of sources written into the story."""
    last, middle = rng.sample(FORWARD_PROSE, 2)
    d.body.append(last)
    if rng.random() < 0.5:
        d.body.insert(0, middle)


def n_quoted_datelines(rng: random.Random, d: Draft, c: Case) -> None:
    """Datelines quoted inside sentences, in the middle of the story or as its last paragraph."""
    line = rng.choice(QUOTED_DATELINES)
    if rng.random() < 0.5:
        d.body.append(line)
    else:
        d.body.insert(rng.randint(0, len(d.body)), line)


def n_transcript_speech(rng: random.Random, d: Draft, c: Case) -> None:
    """A transcript whose speech lines use the words of metadata."""
    d.lede = f"KELLY: {d.lede}"
    d.body = [f"{rng.choice(['DOE', 'MARTÍNEZ', 'KELLY'])}: {p}" for p in d.body]
    d.body.append(rng.choice(SPEECH))


NEGATIVES_21: dict[str, Template] = {
    "wire-prose": n_wire_prose,
    "forward-sources": n_forward_sources,
    "quoted-datelines": n_quoted_datelines,
    "transcript-speech": n_transcript_speech,
}
