"""Round-eighteen templates for the wire harness: wire copy as the other outlets that run it print it.

Written blind, before any round-eighteen rule and without reading the rules or the earlier rounds'
templates, from how mainstream English-language agency copy reaches readers through the papers,
apps, feeds and newsletters that run it in 2024-2026 (round seventeen had the agencies' own sites and
the big portals): US regional papers running AP copy (Gannett's "NAME, Associated Press" over
"Published 3:12 p.m. ET Nov. 5, 2026", McClatchy's "By NAME" over "Associated Press" and "Updated
November 05, 2026 3:12 PM", Hearst's "By NAME, AP Business Writer"), Canadian sites running The
Canadian Press (CTV's name over "The Canadian Press" and "Published Thursday, November 5, 2026
3:12PM EST", Global News' "By NAME The Canadian Press", "Posted ..."/"Updated ...", the "This report
by The Canadian Press was first published ..." and "With files from ..." closing lines), British and
Irish sites running PA copy ("By NAME, PA Political Correspondent", a name over "PA", "By NAME" over
"PA News Agency", "NAME, PA"; the Independent's, Newsquest's and breakingnews.ie's time lines),
Australian sites running AAP ("NAME | AAP", SBS's "Source: AAP", ACM's "Updated November 5 2026 -
3:12pm, first published 1:05pm", a closing "AAP"), New Zealand sites running RNZ and Local Democracy
Reporting copy (a name over "RNZ", the republication note, the LDR funding note), South African,
Nigerian and Kenyan papers (IOL's "Cape Town -" with "African News Agency (ANA)" at the end, News24's
"NAME, News24", NAN copy with "(NAN)" and "Edited by NAME", Capital FM's "NAIROBI, Kenya, Nov 5 –"),
Singapore (The Straits Times' "WASHINGTON –" with a closing "REUTERS", CNA's "SINGAPORE:" and "Source:
Reuters/ec"), Malaysia (The Star's and NST's colon datelines "KUALA LUMPUR:", NST's "By Bernama -
November 5, 2026 @ 3:12pm", Malay Mail's "KUALA LUMPUR, Nov 5 —" with "— Bernama"), the Philippines
(Inquirer's "Agence France-Presse / 03:12 PM November 05, 2026" and editors' "/cb" codes, Philstar's
"NAME - Philstar.com", PNA copy with a glued "(PNA)"), wire and partner stories republished with an
editor's note on top or an "originally published by" note below, syndicated columns (Bloomberg
Opinion's bio and disclaimer, Tribune Content Agency's and Creators' closing lines), and copies that
left a page: an RSS full-text item (RFC 822 date, "The post ... appeared first on ..."), an e-mail
newsletter quoting agency copy ("Want more? Sign up ...", "Forwarded this email? ..."), a news app's
shared text (the story's address and "Shared from the ... app"). Every name and sentence here is made
up; only the shapes are the formats'.

Contract (the harness' fields), following the choices round seventeen's docstring lists as settled
(an agency in the byline's place fills the byline too; a closing "-- BERNAMA" names the source as
printed; a funding note is an end mark with no field; reading-time lines and photo credits under the
headline are the chrome pass's, so they are left out of these articles). Choices made before the
blind run:

- Head lines (out of the text): every byline line ("By NAME", "NAME, Associated Press", "NAME | AAP",
  "By: NAME - Reporter / @handle", "NAME - Philstar.com", "By Bernama - November 5, 2026 @ 3:12pm"),
  the affiliation line under a byline ("Associated Press", "The Canadian Press", "PA", "PA News
  Agency", "RNZ"), every time line in the outlets' own formats ("Published 3:12 p.m. ET Nov. 5, 2026",
  "Last Updated Thursday, November 5, 2026 5:40PM EST", "Posted November 5, 2026 3:12 pm", "Thursday 05
  November 2026 15:12 GMT", "5th November 2026", "Updated November 5 2026 - 3:12pm, first published
  1:05pm", "05 Nov 2026 03:12PM", "(Updated: 05 Nov 2026 05:40PM)", "Thu, 05 Nov 2026 15:12:00 +0000",
  "Philippine Daily Inquirer / 05:12 AM November 05, 2026"), SBS's "Source: AAP" under the time, and an
  editor's note above the lede ("Editor's note: This story has been updated to ..."): a note about the
  copy, not its text. A head line names no field but ``byline`` and ``source``.
- ``byline``: the writer's name as printed, roles, outlets and handles cut ("By JANE DOE, AP Business
  Writer" gives "JANE DOE", "By NAME The Canadian Press" gives the name, "By: Jane Doe - Reporter /
  @janedoeINQ" gives "Jane Doe"). An agency in the byline's place is the byline too ("By Bernama"
  gives "Bernama"; Inquirer's "Agence France-Presse / TIME" gives "Agence France-Presse").
- ``source``: a "Source: X" line ("Source: AAP" gives "AAP"; CNA's "Source: Reuters/ec" gives
  "Reuters", the editor's initials after the slash being no part of the name, and no credit), else
  the agency or outlet named in the head by the byline or its affiliation line, as printed
  ("Associated Press", "The Canadian Press", "PA", "PA News Agency", "AAP", "RNZ", "News24",
  "Philstar.com", "Bloomberg Opinion", "Tribune News Service"; "AP" of "AP Business Writer"), else
  the dateline's agency, else a closing sign-off as printed ("REUTERS", "AAP", "Bernama" of "—
  Bernama", "African News Agency (ANA)", a glued "(NAN)" or "(PNA)" gives "NAN" or "PNA"); a
  republication note names no source. These articles never put two different credits in competition
  except where the list above orders them.
- ``place``, ``date``, ``agency`` as the dateline prints them: "KUALA LUMPUR:" and "SINGAPORE:" (a
  colon after a capitalised place at the lede's start) are datelines with a place only; "KUALA LUMPUR,
  Nov 5 —" and "NAIROBI, Kenya, Nov 5 –" give place and date ("NAIROBI, Kenya", "Nov 5"); IOL's "Cape
  Town -" gives "Cape Town"; "MANILA, Philippines —" gives "MANILA, Philippines"; "OTTAWA —" gives
  "OTTAWA"; "COLUMBUS, Ohio (AP) —" gives the place and "AP".
- Trailers (out of the text): every closing line below the story. Credits among them, as printed
  without brackets or leading dashes: AP's and CP's contributors' lines ("Associated Press writer NAME
  in CITY contributed to this report.", "With files from NAME in CITY"), "This report by The Canadian
  Press was first published Nov. 5, 2026.", republication notes ("This story was originally published
  by RNZ and is republished with permission.", "This story was originally published by The Texas
  Tribune and distributed through a partnership with The Associated Press.", "The post HEADLINE
  appeared first on SITE."), NAN's "Edited by NAME", the Inquirer's editor code as printed ("/cb"),
  a syndicated columnist's bio line ("Jane Doe is a Bloomberg Opinion columnist covering energy."),
  a distribution note ("Distributed by Tribune Content Agency, LLC."). Trailers with no field: "___",
  sign-offs ("REUTERS", "AAP", "— Bernama", "African News Agency (ANA)", a glued "(NAN)" or "(PNA)",
  cut from the last paragraph), CNA's "Source: Reuters/ec" (it names the source), the LDR funding
  note, Bloomberg Opinion's disclaimer and "More stories like this ...", Creators' "To find out more
  about ..." note, newsletter promos ("Want more? Sign up ...", "Forwarded this email? Subscribe
  here."), a shared copy's bare address line and "Shared from the ... app", a closing image credit
  ("Image: AAP Image/NAME"). Copyright lines fill ``copyright`` as printed.
- Tags: none of these outlets tags its headlines, but the sites that keep the agency's update marker:
  "UPDATE 1-" on an RSS item of Reuters copy ("UPDATE 1"), and "LIVE:" / "WATCH:" labels on
  Australian and Canadian sites ("LIVE", "WATCH").
- Negatives: body sentences that quote or credit agencies ("The Canadian Press has learned ...",
  "AAP understands ...", "told Reuters"), datelines inside quotes, ledes opening with a city and a
  date ("Ottawa on Nov. 5 set ..."), credit-like sentences in prose ("Reporting by the paper found
  ...", "Additional reporting requirements ..."), e-mail addresses in quotes, a closing sentence that
  opens like an editor's note but is the story's text: nothing is metadata, every paragraph stays.

Blind first run (``python -m cleannews.evaluation.wire --data ../shared/data --misses``, the
held-out-18 and negatives-18 columns of the table as printed; 480 and 160 articles)::

    | field | held-out-18 P | held-out-18 R | negatives-18 P | negatives-18 R |
    | tags | 1.000 | 0.947 | – | – |
    | dateline place | 1.000 | 0.965 | – | – |
    | dateline agency | 1.000 | 1.000 | – | – |
    | dateline date | 1.000 | 1.000 | – | – |
    | byline | 0.896 | 0.855 | – | – |
    | source | 0.914 | 0.736 | – | – |
    | credits | 0.915 | 0.721 | – | – |
    | copyright | 1.000 | 1.000 | – | – |
    | trailers | 1.000 | 0.627 | – | – |
    | head lines | 1.000 | 0.954 | – | – |

Body sentences lost: held-out-18 0/3898, negatives-18 0/1424 (negatives-18: nothing found, no miss).
Every other set printed what it prints on main (ground-truth texts 2/94270). An earlier attempt
stopped before printing anything (the ``eval`` extra's html-text was not installed in this worktree);
the figures above are the first printed run.

240 of the 480 held-out-18 articles missed something (syndicated-column 40, feeds-and-shares 40,
republished 37, aap-australia 24, africa-papers 24, singapore 21, nz-rnz 19, canadian-press 13,
malaysia 10, philippines 7, pa-uk-ireland 5, us-paper-ap 0). Every line missed stayed in the output
text: no other pass took it. The misses, by cause (articles):

- bylines with the outlet or role not cut: Global News' "By NAME The Canadian Press" (no comma) read
  as the byline "NAME The Canadian Press", and no source (13); "By NAME, PA Home Affairs
  Correspondent" read as "NAME, PA Home Affairs", no source (5: the Political Correspondent and Chief
  Reporter roles passed); "By NAME, Local Democracy Reporter" read as "NAME, Local Democracy", and the
  LDR funding note under the story kept (19): byline precision 0.896;
- an agency in the byline's place not read: NST's "By Bernama - November 5, 2026 @ 3:12pm" kept, so no
  byline or source, and the colon dateline under it ("PETALING JAYA:") not read either (10, place 9);
  the Inquirer's "Agence France-Presse / 03:12 PM November 05, 2026" taken as a head line and the
  source found, but the byline left empty (7; the settled contract fills it);
- a time line not known: ACM's "Updated November 5 2026 - 3:12pm, first published 1:05pm" (13);
- sources not found: "NAME, News24" (8); a partner outlet named after "By NAME," when it is a bare
  name ("CalMatters", "Stateline": 24; "The Texas Tribune" and "Ohio Capital Journal" passed);
  "NAME | Bloomberg Opinion" read as "Bloomberg" (7: the contract takes the name as printed, as round
  seventeen's "Bloomberg News");
- closing sign-offs not known: IOL's "African News Agency (ANA)" (8, the source with it, and once
  IOL's "Durban -" dateline), NAN's "(NAN)" on its own line or glued to the last paragraph (8, the
  source with it; the "Edited by NAME" line under it passed), ACM's closing "AAP" (2; the image credit
  under it kept with it); PNA's glued "(PNA)" and "— Bernama", "REUTERS"/"AFP"/"BLOOMBERG" passed;
- closing notes not known: AP's partner note "This story was originally published by X and
  distributed through a partnership with The Associated Press." (18; "This article was originally
  published by X." passed), WordPress' RSS footer "The post TITLE appeared first on SITE." (8),
  Bloomberg Opinion's disclaimer, the columnist's bio and "More stories like this are available on
  bloomberg.com/opinion" (7: only "©2026 Bloomberg L.P." taken), a Tribune columnist's bio line (17;
  "Distributed by Tribune Content Agency, LLC." and the copyright passed), Creators' "To find out
  more about ..." note (16), newsletter promos "Want more? Sign up for ..." (11) and "Forwarded this
  email? Subscribe here." (6), a shared copy's address line and "Shared from the ... app" (21);
- an editor's note above the lede kept ("Editor's note: This story has been updated to ...",
  "EDITOR'S NOTE: This story contains descriptions of violence.": 17);
- a Reuters "UPDATE 1-" tag missed once, on a title in lower case (1 of 11).

Contract choices of this round that the rules answer differently, and which earlier rounds may have
settled otherwise (not changed: this round is an estimate):

- the closing "Image: AAP Image/NAME" line: a trailer with no field here, a credit for the rules (12
  articles; in 4 more the line was kept, 2 of them under the kept closing "AAP") -- credits
  precision 0.915 is all this;
- CNA's "Source: Reuters/ec": here the source is "Reuters" (the editor's initials cut), the rules
  give "Reuters/ec", the "Source: X" line as printed (21) -- source precision 0.914 is this and
  "Bloomberg" for "Bloomberg Opinion";
- an editor's note above the lede is a head line here; no earlier round's docstring names one (17).

Template bugs fixed after the blind run (no expected field changed; the second run printed the same
figures, the same 240 misses): "Shared from the The Irish Times app" (now "the Irish Times app"), a
shared copy's address kept punctuation of the title ("best-practices-&-strategies"), and ACM's
"first published" time could be later than the update ("12:38pm, first published 10:38pm").

After the blind run (the rules read, and fitted in two steps). Three contract choices above turned
out to differ from what earlier rounds had settled, and the templates now follow the earlier contract
(each change marked "Reconciled" in the code; the articles keep their random draws):

- the closing image credit ("Image: AAP Image/NAME") is a credit, as round seven has a closing
  "Photo: Reuters" and "(Photo by NAME/AFP)";
- an editor's note above the lede stays in the text, as rounds two and fourteen hold (and as the
  ground truth of ../shared/data keeps such notes: "Editor's Note, December 19, 2025: ...");
  the note now stands as a standfirst above the byline;
- the Inquirer's "Agence France-Presse / TIME" is a provider line (the source, no byline), as
  rounds fourteen and seventeen have "KYODO NEWS - Nov 5, 2026 - 15:12" and "AFP" over the time;
  only "By AGENCY" fills the byline.

And one the ground truth settles: WordPress' "The post TITLE appeared first on SITE." is a credit
only under agency copy (a source already found: the feed carried the agency's story); on a site's
own page the ground truth keeps it as text (page 4845), so the rule reads it nowhere else.

The rest were rules, each general: a partner's one-word brand in the byline's outlet slot
("By NAME, CalMatters", "NAME, News24": a coined word, with an inner capital, a digit, or too rare
in English to be a title, and no place, person or role) names the source; a second labelled time
after a comma ("..., first published 1:05pm"); "@" as a time word ("By Bernama - November 5, 2026
@ 3:12pm" is an agency byline over a time, and the colon dateline under it is read); an agency's
initials in brackets ("(NAN)": News Agency of Nigeria, the initials of any agency listed by its
full name) sign off a story on their own line or glued to the last paragraph; a photo credit's
name may carry an initial ("AAP Image/Rachel D. Kim", which let the closing "AAP" above it be
read); a shared copy's note ("Shared from the X app") and the bare address above it; a numbered
take ("UPDATE 1-") before a headline in lower case; Durban among the listed places. Before that,
the lead had fitted the CNA source, the LDR role and note, The Canadian Press, newsletter and
syndicate notes, the partnership note, columnists' lines, "African News Agency (ANA)", Bloomberg
Opinion and PA's beat correspondents.

After fitting (the same command, the held-out-18 and negatives-18 columns)::

    | field | held-out-18 P | held-out-18 R | negatives-18 P | negatives-18 R |
    | tags | 1.000 | 1.000 | – | – |
    | dateline place | 1.000 | 1.000 | – | – |
    | dateline agency | 1.000 | 1.000 | – | – |
    | dateline date | 1.000 | 1.000 | – | – |
    | byline | 1.000 | 1.000 | – | – |
    | source | 1.000 | 1.000 | – | – |
    | credits | 1.000 | 1.000 | – | – |
    | copyright | 1.000 | 1.000 | – | – |
    | trailers | 1.000 | 1.000 | – | – |
    | head lines | 1.000 | 1.000 | – | – |

Body sentences lost: held-out-18 0/3915 (the editors' notes now count as text), negatives-18
0/1424. Every other set, the ground-truth texts (2/94270) and the real-page tables print what they
printed before.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import TYPE_CHECKING

from cleannews.evaluation.wire_shapes import MONTH_NAMES

if TYPE_CHECKING:
    from cleannews.evaluation.wire import Case, Draft
    from cleannews.evaluation.wire_shapes import Template

WRITERS = [
    "Jane Doe",
    "John Roe",
    "Aoife Byrne",
    "Liam MacDonald",
    "Chidi Okafor",
    "Wanjiru Kamau",
    "Tan Wei Ling",
    "Nurul Aisyah Ahmad",
    "Maria Santos-Reyes",
    "Thandiwe Nkosi",
    "Hemi Walker",
    "Siobhán O'Connor",
    "Rachel D. Kim",
]
CITIES_US = ["COLUMBUS, Ohio", "SACRAMENTO, Calif.", "AUSTIN, Texas", "DES MOINES, Iowa", "TALLAHASSEE, Fla."]
CITIES_CA = ["OTTAWA", "TORONTO", "HALIFAX", "REGINA", "VANCOUVER", "ST. JOHN'S, N.L."]
CITIES_WORLD = ["WASHINGTON", "LONDON", "BEIJING", "JAKARTA", "BRUSSELS", "TOKYO"]
MONTHS = list(MONTH_NAMES)
AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
AP_COPYRIGHT = (
    "Copyright 2026 The Associated Press. All rights reserved. This material may not be published, "
    "broadcast, rewritten or redistributed without permission."
)


def _day(rng: random.Random) -> date:
    return date(2026, 1, 1) + timedelta(days=rng.randrange(365))


def _clock(rng: random.Random) -> tuple[int, int]:
    return rng.randint(1, 12), rng.randint(0, 59)


def _writer(rng: random.Random) -> str:
    return rng.choice(WRITERS)


def _names(rng: random.Random) -> str:
    return " and ".join(rng.sample(WRITERS, rng.choice([1, 1, 2])))


def _earlier(hour: int, minute: int) -> str:
    """The time two hours before ``hour``:``minute`` p.m., on a 12-hour clock.

    >>> _earlier(5, 7), _earlier(2, 30), _earlier(1, 0), _earlier(12, 15)
    ('3:07pm', '12:30pm', '11:00am', '10:15am')
    """
    before = (hour % 12 + 12 - 2) % 24
    return f"{(before - 1) % 12 + 1}:{minute:02d}{'pm' if before >= 12 else 'am'}"


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def us_paper_ap(rng: random.Random, d: Draft, c: Case) -> None:
    """AP copy on US regional papers: Gannett, McClatchy and Hearst heads, AP's closing lines."""
    c.place, c.agency = rng.choice(CITIES_US), "AP"
    d.dateline = f"{c.place} (AP) —"
    day = _day(rng)
    h, m = _clock(rng)
    ap_date = f"{AP_MONTHS[day.month - 1]} {day.day}, {day.year}"
    style = rng.randrange(3)
    if style == 0:  # Gannett (USA TODAY Network)
        c.byline = _names(rng)
        c.source = "Associated Press"
        d.head.append(f"{c.byline}, Associated Press")
        d.head.append(f"Published {h}:{m:02d} p.m. ET {ap_date}")
        if rng.random() < 0.5:
            d.head.append(f"Updated {min(h + 2, 11)}:{m:02d} p.m. ET {ap_date}")
    elif style == 1:  # McClatchy
        c.byline = _names(rng)
        c.source = "Associated Press"
        d.head += [f"By {c.byline}", "Associated Press"]
        d.head.append(f"Updated {MONTHS[day.month - 1]} {day.day:02d}, {day.year} {h}:{m:02d} PM")
    else:  # Hearst: AP's own role after the name
        c.byline = _writer(rng).upper()
        c.source = "AP"
        role = rng.choice(["AP Business Writer", "AP Political Writer", "AP Science Writer"])
        d.head.append(f"By {c.byline}, {role}")
        d.head.append(f"{day.strftime('%b')} {day.day}, {day.year} {h}:{m:02d} p.m.")
    d.head_joint = rng.choice(["\n", "\n\n"])
    if rng.random() < 0.6:
        d.tail.append("___")
        who = _writer(rng)
        city = rng.choice(["Chicago", "Atlanta", "Denver"])
        credit = f"Associated Press writer {who} in {city} contributed to this report."
        d.tail.append(credit)
        c.credits = (credit,)
    if rng.random() < 0.5:
        c.copyright = AP_COPYRIGHT
        d.tail.append(c.copyright)


def canadian_press(rng: random.Random, d: Draft, c: Case) -> None:
    """The Canadian Press on CTV, Global News and papers: name lines, time lines, CP's closing note."""
    c.place = rng.choice(CITIES_CA)
    d.dateline = f"{c.place} —"
    c.byline = _writer(rng)
    c.source = "The Canadian Press"
    day = _day(rng)
    h, m = _clock(rng)
    long_date = f"{DAYS[day.weekday()]}, {MONTHS[day.month - 1]} {day.day}, {day.year}"
    style = rng.randrange(3)
    if style == 0:  # CTV News
        d.head += [
            c.byline,
            "The Canadian Press",
            f"Published {long_date} {h}:{m:02d}PM EST",
        ]
        if rng.random() < 0.6:
            d.head.append(f"Last Updated {long_date} {min(h + 2, 11)}:{m:02d}PM EST")
        d.head_joint = "\n"
    elif style == 1:  # Global News
        d.head += [
            f"By {c.byline} The Canadian Press",
            f"Posted {MONTHS[day.month - 1]} {day.day}, {day.year} {h}:{m:02d} pm",
        ]
        if rng.random() < 0.5:
            d.head.append(f"Updated {MONTHS[day.month - 1]} {day.day}, {day.year} {min(h + 1, 11)}:{m:02d} pm")
        d.head_joint = rng.choice(["\n", "\n\n"])
    else:
        d.head.append(f"By {c.byline}, The Canadian Press")
    credits: list[str] = []
    if rng.random() < 0.3:
        who = _writer(rng)
        line = f"With files from {who} in {rng.choice(['Toronto', 'Montreal', 'Edmonton'])}"
        d.tail.append(f"— {line}")
        credits.append(line)
    if rng.random() < 0.8:
        line = (
            f"This report by The Canadian Press was first published {AP_MONTHS[day.month - 1]} {day.day}, {day.year}."
        )
        d.tail.append(line)
        credits.append(line)
    c.credits = tuple(credits)
    if rng.random() < 0.15:
        c.tags = ("WATCH",)
        d.title = f"WATCH: {d.title}"


def pa_uk_ireland(rng: random.Random, d: Draft, c: Case) -> None:
    """PA Media copy on British and Irish sites: correspondents' bylines, the sites' time lines."""
    c.byline = _writer(rng)
    day = _day(rng)
    h, m = rng.randint(6, 22), rng.randint(0, 59)
    style = rng.randrange(4)
    if style == 0:  # The Independent, the Standard
        role = rng.choice(["PA Political Correspondent", "PA Home Affairs Correspondent", "PA Chief Reporter"])
        c.source = "PA"
        d.head += [
            f"By {c.byline}, {role}",
            f"{DAYS[day.weekday()]} {day.day:02d} {MONTHS[day.month - 1]} {day.year} {h:02d}:{m:02d} GMT",
        ]
    elif style == 1:  # Belfast Telegraph, Irish Independent
        c.source = "PA"
        d.head += [c.byline, "PA", f"{day.strftime('%a')} {day.day} {day.strftime('%b')} {day.year} at {h:02d}:{m:02d}"]
    elif style == 2:  # Newsquest's local titles
        c.source = "PA News Agency"
        d.head += [f"By {c.byline}", "PA News Agency", f"{_ordinal(day.day)} {MONTHS[day.month - 1]} {day.year}"]
    else:  # breakingnews.ie
        c.source = "PA"
        d.head += [
            f"{c.byline}, PA",
            f"{day.strftime('%a')}, {day.day:02d} {day.strftime('%b')}, {day.year} - {h:02d}:{m:02d}",
        ]
    d.head_joint = rng.choice(["\n", "\n\n"])


def aap_australia(rng: random.Random, d: Draft, c: Case) -> None:
    """AAP copy on SBS, Seven's sites and ACM's papers."""
    day = _day(rng)
    h, m = _clock(rng)
    style = rng.randrange(3)
    if style == 0:  # SBS News: time, then "Source: AAP"
        c.source = "AAP"
        d.head += [f"Published {day.day} {MONTHS[day.month - 1]} {day.year} {h}:{m:02d}pm", "Source: AAP"]
        if rng.random() < 0.5:
            d.head.insert(1, f"Updated {day.day} {MONTHS[day.month - 1]} {day.year} {min(h + 2, 11)}:{m:02d}pm")
    elif style == 1:  # 7NEWS, PerthNow
        c.byline, c.source = _writer(rng), "AAP"
        d.head += [
            f"{c.byline} | AAP",
            f"{day.strftime('%a')}, {day.day} {MONTHS[day.month - 1]} {day.year} {h}:{m:02d}PM",
        ]
    else:  # ACM papers: "By NAME", the time line, a closing "AAP"
        c.byline = _writer(rng)
        d.head += [
            f"By {c.byline}",
            f"Updated {MONTHS[day.month - 1]} {day.day} {day.year} - {h}:{m:02d}pm, first published {_earlier(h, m)}",
        ]
        d.tail.append("AAP")
        c.source = "AAP"
    d.head_joint = rng.choice(["\n", "\n\n"])
    if rng.random() < 0.3:
        line = f"Image: AAP Image/{_writer(rng)}"
        d.tail.append(line)
        # Reconciled after the blind run with the contract of round seven: a closing photo or image
        # credit ("Photo: Reuters", "(Photo by NAME/AFP)") is a credit.
        c.credits += (line,)
    if rng.random() < 0.15:
        c.tags = ("LIVE",)
        d.title = f"LIVE: {d.title}"


def nz_rnz(rng: random.Random, d: Draft, c: Case) -> None:
    """RNZ and Local Democracy Reporting copy on the NZ Herald and Stuff."""
    c.byline = _writer(rng)
    day = _day(rng)
    h, m = _clock(rng)
    if rng.random() < 0.6:  # RNZ copy
        c.source = "RNZ"
        if rng.random() < 0.5:
            stamp = f"{day.day} {day.strftime('%b')}, {day.year} {h:02d}:{m:02d} {rng.choice(['AM', 'PM'])}"
        else:
            stamp = f"{rng.randint(13, 23)}:{m:02d}, {day.strftime('%b')} {day.day:02d} {day.year}"
        d.head += [c.byline, "RNZ", stamp]
        d.head_joint = "\n"
        if rng.random() < 0.6:
            note = "This story was originally published by RNZ and is republished with permission."
            d.tail.append(note)
            c.credits = (note,)
    else:  # Local Democracy Reporting: a role, the funding note below
        c.source = None
        d.head += [
            f"By {c.byline}, Local Democracy Reporter",
            f"{day.day} {day.strftime('%b')}, {day.year} {h:02d}:{m:02d} PM",
        ]
        d.head_joint = rng.choice(["\n", "\n\n"])
        d.tail.append("Local Democracy Reporting is Public Interest Journalism funded through NZ On Air.")


def africa_papers(rng: random.Random, d: Draft, c: Case) -> None:
    """South African, Nigerian and Kenyan papers: IOL with ANA, News24, NAN copy, Capital FM."""
    day = _day(rng)
    style = rng.randrange(4)
    if style == 0:  # IOL running ANA copy
        c.byline = _writer(rng)
        c.place = rng.choice(["Cape Town", "Johannesburg", "Durban", "Pretoria"])
        d.dateline = f"{c.place} -"
        d.head += [f"By {c.byline}", f"Published {day.strftime('%b')} {day.day}, {day.year}"]
        d.tail.append("African News Agency (ANA)")
        c.source = "African News Agency (ANA)"
    elif style == 1:  # News24
        c.byline, c.source = _writer(rng), "News24"
        d.head += [f"{c.byline}, News24", f"{day.day:02d} {day.strftime('%b')} {day.year}"]
    elif style == 2:  # NAN copy in a Nigerian paper
        c.byline, c.source = _writer(rng), "NAN"
        d.head += [f"By {c.byline}", f"{MONTHS[day.month - 1]} {day.day}, {day.year}"]
        if rng.random() < 0.5:
            d.body[-1] += " (NAN)"
            c.trailers += ("(NAN)",)
        else:
            d.tail.append("(NAN)")
        if rng.random() < 0.6:
            editor = f"Edited by {_writer(rng)}"
            d.tail.append(editor)
            c.credits = (editor,)
    else:  # Capital FM, Kenya
        c.byline = _writer(rng).upper()
        c.place, c.date = "NAIROBI, Kenya", f"{day.strftime('%b')} {day.day}"
        d.dateline = f"{c.place}, {c.date} –"
        d.head += [f"By {c.byline}", f"Published {MONTHS[day.month - 1]} {day.day}, {day.year}"]
    d.head_joint = rng.choice(["\n", "\n\n"])


def singapore(rng: random.Random, d: Draft, c: Case) -> None:
    """Wire copy in The Straits Times (closing agency line) and on CNA ("Source: Reuters/ec")."""
    day = _day(rng)
    h, m = _clock(rng)
    c.place = rng.choice(CITIES_WORLD)
    if rng.random() < 0.5:  # The Straits Times
        d.dateline = f"{c.place} –"
        stamp = f"{day.strftime('%b')} {day.day}, {day.year}, {h:02d}:{m:02d} PM"
        d.head.append(f"Published {stamp}")
        if rng.random() < 0.6:
            d.head.append(f"Updated {day.strftime('%b')} {day.day}, {day.year}, {min(h + 2, 11):02d}:{m:02d} PM")
        c.source = rng.choice(["REUTERS", "AFP", "BLOOMBERG"])
        d.tail.append(c.source)
    else:  # CNA: "PLACE:", "Source: AGENCY/xx"
        d.dateline = f"{c.place}:"
        d.head.append(f"{day.day:02d} {day.strftime('%b')} {day.year} {h:02d}:{m:02d}PM")
        if rng.random() < 0.5:
            d.head.append(f"(Updated: {day.day:02d} {day.strftime('%b')} {day.year} {min(h + 2, 11):02d}:{m:02d}PM)")
        c.source = rng.choice(["Reuters", "AFP", "Bloomberg"])
        d.tail.append(f"Source: {c.source}/{rng.choice(['ec', 'fh', 'dc', 'rj'])}")
    d.head_joint = rng.choice(["\n", "\n\n"])


def malaysia(rng: random.Random, d: Draft, c: Case) -> None:
    """Bernama and staff copy in The Star, the New Straits Times and Malay Mail."""
    day = _day(rng)
    h, m = _clock(rng)
    c.place = rng.choice(["KUALA LUMPUR", "PUTRAJAYA", "GEORGE TOWN", "PETALING JAYA", "KOTA KINABALU"])
    style = rng.randrange(3)
    if style == 0:  # The Star
        d.dateline = f"{c.place}:"
        c.byline = _writer(rng).upper()
        d.head += [
            f"By {c.byline}",
            f"{DAYS[day.weekday()]}, {day.day:02d} {day.strftime('%b')} {day.year} {h}:{m:02d} PM MYT",
        ]
    elif style == 1:  # New Straits Times: the agency in the byline's place, time glued
        d.dateline = f"{c.place}:"
        c.byline = c.source = "Bernama"
        d.head.append(f"By Bernama - {MONTHS[day.month - 1]} {day.day}, {day.year} @ {h}:{m:02d}pm")
    else:  # Malay Mail: dated dateline, closing "— Bernama"
        c.date = f"{day.strftime('%b')} {day.day}"
        d.dateline = f"{c.place}, {c.date} —"
        d.head.append(f"{DAYS[day.weekday()]}, {day.day:02d} {day.strftime('%b')} {day.year} {h}:{m:02d} PM MYT")
        d.tail.append("— Bernama")
        c.source = "Bernama"
    d.head_joint = rng.choice(["\n", "\n\n"])


def philippines(rng: random.Random, d: Draft, c: Case) -> None:
    """The Inquirer (agency as byline, editors' codes), Philstar, and PNA copy."""
    day = _day(rng)
    h, m = _clock(rng)
    style = rng.randrange(3)
    if style == 0:  # Inquirer
        c.place = "MANILA, Philippines"
        d.dateline = f"{c.place} —"
        stamp = f"{h:02d}:{m:02d} {rng.choice(['AM', 'PM'])} {MONTHS[day.month - 1]} {day.day:02d}, {day.year}"
        if rng.random() < 0.5:
            # Reconciled after the blind run with rounds fourteen and seventeen: an agency's name leading
            # a time line ("KYODO NEWS - Nov 5, 2026 - 15:12", "AFP" over the time) is a provider line,
            # the source and no byline; only "By AGENCY" fills the byline.
            c.source = "Agence France-Presse"
            d.head.append(f"Agence France-Presse / {stamp}")
        else:
            c.byline = _writer(rng)
            handle = "@" + c.byline.split()[0].lower() + "INQ"
            d.head += [f"By: {c.byline} - Reporter / {handle}", f"Philippine Daily Inquirer / {stamp}"]
            code = rng.choice(["/cb", "/atm", "/abc", "/jpv"])
            d.tail.append(code)
            c.credits = (code,)
    elif style == 1:  # Philstar
        c.place = "MANILA, Philippines"
        d.dateline = f"{c.place} —"
        c.byline, c.source = _writer(rng), "Philstar.com"
        d.head += [f"{c.byline} - Philstar.com", f"{MONTHS[day.month - 1]} {day.day}, {day.year} | {h}:{m:02d}pm"]
    else:  # PNA copy: "MANILA –", a glued "(PNA)"
        c.place = rng.choice(["MANILA", "DAVAO CITY", "CEBU CITY", "BAGUIO CITY"])
        d.dateline = f"{c.place} –"
        c.byline, c.source = _writer(rng), "PNA"
        d.head += [f"By {c.byline}", f"{MONTHS[day.month - 1]} {day.day}, {day.year}, {h}:{m:02d} pm"]
        d.body[-1] += " (PNA)"
        c.trailers += ("(PNA)",)
    d.head_joint = rng.choice(["\n", "\n\n"])


def republished(rng: random.Random, d: Draft, c: Case) -> None:
    """Partner and wire stories republished: an editor's note on top, an "originally published" note below."""
    day = _day(rng)
    if rng.random() < 0.5:
        note = rng.choice(
            [
                "Editor's note: This story has been updated to include a statement from the "
                f"{rng.choice(['governor', 'mayor', 'ministry'])}.",
                "EDITOR'S NOTE: This story contains descriptions of violence.",
                f"Editor’s note: This story was updated on {MONTHS[day.month - 1]} {day.day} "
                "to correct the spelling of a name.",
            ]
        )
        # Reconciled after the blind run with rounds two and fourteen (and the ground truth of
        # ../shared/data, which keeps such notes as article text): an editor's note stays in the text.
        d.dek.append(note)
    partner = rng.choice(["The Texas Tribune", "Ohio Capital Journal", "CalMatters", "Stateline"])
    c.byline = _writer(rng)
    c.source = partner
    d.head.insert(0, f"By {c.byline}, {partner}")
    if rng.random() < 0.5:
        c.place = rng.choice(CITIES_US)
        d.dateline = f"{c.place} —"
    if rng.random() < 0.5:
        credit = (
            f"This story was originally published by {partner} and distributed through a partnership "
            "with The Associated Press."
        )
    else:
        credit = f"This article was originally published by {partner}."
    d.tail.append(credit)
    c.credits = (credit,)
    d.head_joint = rng.choice(["\n", "\n\n"])


def syndicated_column(rng: random.Random, d: Draft, c: Case) -> None:
    """Syndicated columns: Bloomberg Opinion, Tribune Content Agency, Creators."""
    c.byline = _writer(rng)
    style = rng.randrange(3)
    if style == 0:  # Bloomberg Opinion
        c.source = "Bloomberg Opinion"
        d.head.append(f"{c.byline} | Bloomberg Opinion")
        disclaimer = (
            "This column does not necessarily reflect the opinion of the editorial board or Bloomberg LP "
            "and its owners."
        )
        beat = rng.choice(["energy", "banking", "Asian markets"])
        bio = f"{c.byline} is a Bloomberg Opinion columnist covering {beat}."
        d.tail += [disclaimer, bio]
        c.credits = (bio,)
        if rng.random() < 0.5:
            d.tail.append("More stories like this are available on bloomberg.com/opinion")
        c.copyright = "©2026 Bloomberg L.P."
        d.tail.append(c.copyright)
    elif style == 1:  # Tribune Content Agency
        c.source = "Tribune News Service"
        d.head += [f"By {c.byline}", "Tribune News Service"]
        d.head_joint = "\n"
        bio = (
            f"{c.byline} is a columnist for the {rng.choice(['Chicago Tribune', 'Orlando Sentinel', 'Baltimore Sun'])}."
        )
        distributed = "Distributed by Tribune Content Agency, LLC."
        d.tail += [bio, distributed]
        c.credits = (bio, distributed)
        if rng.random() < 0.5:
            c.copyright = "©2026 Tribune Content Agency, LLC."
            d.tail.append(c.copyright)
    else:  # Creators
        d.head.append(f"By {c.byline}")
        first = c.byline.split()[0]
        d.tail.append(
            f"To find out more about {first} and read features by other Creators Syndicate writers and "
            "cartoonists, visit the Creators Syndicate website at www.creators.com."
        )
        c.copyright = "Copyright 2026 Creators.com"
        d.tail.append(c.copyright)


def feeds_and_shares(rng: random.Random, d: Draft, c: Case) -> None:
    """Copies that left the page: an RSS full-text item, a newsletter's quoted story, an app's share."""
    day = _day(rng)
    h, m = rng.randint(0, 23), rng.randint(0, 59)
    style = rng.randrange(3)
    if style == 0:  # RSS item of Reuters copy via a WordPress site
        stamp = f"{day.strftime('%a')}, {day.day:02d} {day.strftime('%b')} {day.year} {h:02d}:{m:02d}:00 +0000"
        d.head.append(stamp)
        c.place, c.agency, c.source = rng.choice(CITIES_WORLD), "Reuters", "Reuters"
        c.date = f"{day.strftime('%b')} {day.day}"
        d.dateline = f"{c.place}, {c.date} (Reuters) -"
        site = rng.choice(["Asia Markets Daily", "The Energy Ledger", "Harbour Business Wire"])
        if rng.random() < 0.3:
            c.tags = ("UPDATE 1",)
            d.title = f"UPDATE 1-{d.title}"
        note = f"The post {d.title} appeared first on {site}."
        d.tail.append(note)
        c.credits = (note,)
    elif style == 1:  # e-mail newsletter quoting AP copy
        c.place, c.agency, c.source = rng.choice(CITIES_US), "AP", "AP"
        d.dateline = f"{c.place} (AP) —"
        d.tail.append(
            f"Want more? Sign up for {rng.choice(['The Morning Brief', 'Politics Today', 'Capitol Report'])}, "
            "our free daily newsletter."
        )
        if rng.random() < 0.5:
            d.tail.append("Forwarded this email? Subscribe here.")
    else:  # a news app's shared text
        c.place, c.agency, c.source = rng.choice(CITIES_WORLD), "AFP", "AFP"
        d.dateline = f"{c.place} (AFP) -"
        app = rng.choice(["RTÉ News", "Irish Times", "NZ Herald", "ABC NEWS"])
        slug = "-".join("".join(ch for ch in word if ch.isalnum()) for word in d.title.lower().split()[:6])
        d.tail.append(f"https://www.example-news.com/{day.year}/{day.month:02d}{day.day:02d}/{slug}")
        d.tail.append(f"Shared from the {app} app")
    d.head_joint = rng.choice(["\n", "\n\n"])


HELD_OUT_18: dict[str, Template] = {
    "us-paper-ap": us_paper_ap,
    "canadian-press": canadian_press,
    "pa-uk-ireland": pa_uk_ireland,
    "aap-australia": aap_australia,
    "nz-rnz": nz_rnz,
    "africa-papers": africa_papers,
    "singapore": singapore,
    "malaysia": malaysia,
    "philippines": philippines,
    "republished": republished,
    "syndicated-column": syndicated_column,
    "feeds-and-shares": feeds_and_shares,
}


# --- negatives: look-alikes in the story's own text -----------------------------------------------

AGENCY_SENTENCES = [
    "The Canadian Press has learned that the deal was signed late on Tuesday.",
    "AAP understands the minister will announce the changes before Christmas.",
    "A spokesperson told Reuters the company would not comment on the talks.",
    "The ministry told the Philippine News Agency the flights would resume on Friday.",
    "PA Media has contacted the Home Office for comment.",
    "Bernama reported that the state assembly would sit again in March.",
]
QUOTED_DATELINES = [
    '"LONDON, Nov. 5 — that was how every cable began in those days," the former correspondent said.',
    "Ottawa on Nov. 5 set a deadline for the provinces to reply, officials said.",
    '"Sydney, 5 November, 3pm" was all the note said, according to the family\'s lawyer.',
    "KUALA LUMPUR was the last stop on the tour, the organisers said on Monday.",
    "Nairobi, Kenya, has grown by more than a million people since the last census.",
]
CREDIT_SENTENCES = [
    "Reporting by the paper found that waiting times had doubled since 2019.",
    "Additional reporting requirements will take effect in January, the regulator said.",
    "Edited by volunteers, the newsletter reaches about 4,000 homes each week.",
    "Published in 1998, the report was the first to name the problem.",
    "Source: the ministry's own figures, which have not been audited, the committee said.",
    "With files from three agencies, the inquiry took more than two years to finish.",
]
EMAIL_SENTENCES = [
    '"Anyone who saw the crash can write to tips@example.org," the officer said.',
    'The council said residents could send objections to "planning@example.gov.au" until Friday.',
    'In a post on its website the club wrote: "Contact media@example.co.nz for accreditation."',
]
EDITOR_SENTENCES = [
    "Editor's notes were added to 14 stories last year, the ombudsman found in her report.",
    "An editor's note published on Sunday said the paper had failed to check the figures.",
    "The paper's editor noted that the correction had been made within an hour.",
]


def neg_agency_prose(rng: random.Random, d: Draft, c: Case) -> None:
    """Body sentences that name or quote agencies, first and last."""
    d.lede = rng.choice(AGENCY_SENTENCES[:3]) + " " + d.lede
    d.body.append(rng.choice(AGENCY_SENTENCES[3:]))


def neg_quoted_datelines(rng: random.Random, d: Draft, c: Case) -> None:
    """Ledes that open with a city and a date, datelines inside quotes."""
    picks = rng.sample(QUOTED_DATELINES, 2)
    d.lede = picks[0]
    d.body.insert(0, picks[1])


def neg_credit_prose(rng: random.Random, d: Draft, c: Case) -> None:
    """Closing sentences that open like credit, source or time lines."""
    d.body += rng.sample(CREDIT_SENTENCES, 2)


def neg_notes_and_emails(rng: random.Random, d: Draft, c: Case) -> None:
    """E-mail addresses in quotes and editors' notes that are the story's text."""
    d.lede = rng.choice(EDITOR_SENTENCES)
    d.body.append(rng.choice(EMAIL_SENTENCES))


NEGATIVES_18: dict[str, Template] = {
    "agency-prose": neg_agency_prose,
    "quoted-datelines": neg_quoted_datelines,
    "credit-prose": neg_credit_prose,
    "notes-and-emails": neg_notes_and_emails,
}
