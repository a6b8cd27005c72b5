"""Round-twenty templates for the wire harness: wire copy by desk and service.

Written blind, before any round-twenty rule and without reading the rules or the earlier rounds'
templates, from how the agencies' desks and specialised services print their copy in 2024-2026 and
how users copy it from the agencies' and their clients' pages: sports (AP game stories with "AP Sports
Writer", "UP NEXT" and the hub link under "___", Reuters' "SOCCER-" slugs with results lines, PA
Sport, Australian Associated Press on a client's page, AFP, EFE and PTI sport), business and markets
(Reuters markets wraps with "(Updates prices, adds ...)" under the headline and "NEW YORK/LONDON"
datelines, MarketWatch and Dow Jones Newswires, Bloomberg with its terminal contact blocks, Nikkei
Asia, earnings copy: AP's automated stories, Reuters' "BRIEF-" items, Bernama and Xinhua results with
a table), politics and elections (AP's election copy with the VoteCast note and "Follow AP's
coverage ..." under "___", a live page's entry), corrections and updates (Reuters' "CORRECTED-" with
"(Corrects ...)" under the headline, reuters.com's "(This Nov 5 story has been corrected ...)",
Yonhap's "(ATTN: ...)", AFP's "CORRECTS ...", AP's closing "This story has been corrected to show
..."), obituaries, weather and disaster copy (AP obituaries, Xinhua's alerts, Kyodo's "==Kyodo", Yonhap's
"(URGENT)", PTI, Bernama, dpa), fact checks (AFP Fact Check, Reuters Fact Check's "VERDICT", AP's
"FACT FOCUS:") and the specialised services (Reuters Breakingviews' "CONTEXT NEWS" block and "Follow @X
on Twitter", Yonhap's North Korea desk, Kyodo News' own pages, AP explainers with the funding note).
Every name, figure and sentence here is made up; only the shapes are the formats'.

Contract (the harness' fields), following the choices rounds seventeen, eighteen and nineteen list
as settled: an agency in the byline's place fills the byline too ("By Reuters Fact Check" gives
byline and source "Reuters Fact Check", "By The Associated Press" gives "The Associated Press"); a
closing sign-off names the source as printed when nothing stronger does, and "-- BERNAMA" wins over
the dateline's "(Bernama)"; AP's funding note is an end mark with no field; reading-time lines and
photo credits under the headline are the chrome pass's, so they are left out; a closing "Read more:"
line is no trailer (so none is written here); an editor's note above the lede is a head line.
Choices made before the blind run, for the shapes no earlier round had:

- Head lines (out of the text): every byline line ("By JANE DOE", "By JANE DOE AP Sports Writer",
  "By Jane Doe, PA Sport", "Australian Associated Press", "JANE DOE, Nikkei Asia staff writer",
  "Jane Doe, Bloomberg News", "Jane Doe, AFP USA"), an affiliation line under it ("AP Sports Writer",
  "PA Sport", "Associated Press"), every time line ("Updated 10:41 PM EST, November 5, 2026", "Last
  Updated: Nov. 5, 2026 at 3:12 p.m. ET", "First Published: ...", "November 5, 2026 15:12 JST",
  "Published on November 5, 2026 at 21:12", "Sat 7 Nov 2026 17.45 AEDT", "KYODO NEWS - Nov 5, 2026 -
  15:12 | All, World", a live entry's "9:41 PM EST"), and every note about the copy above the lede:
  Reuters' update and correction lines ("(Adds details, analyst comment)", "(Updates prices)",
  "(Corrects paragraph 3 to show ...)", "(For a Reuters live blog on ... click LIVE/ ...)", "(This Nov 5
  story has been corrected to ...)"), Yonhap's "(ATTN: ...)", AFP's "CORRECTS spelling of ..." and
  "UPDATES with ..." advisories, and a "Follow live updates ..." line. A head line names no field but
  ``byline`` and ``source``.
- ``byline``: the writer's name as printed (capitals kept: "By JANE DOE AP Sports Writer" gives "JANE
  DOE"), roles and outlets cut; two writers give "NAME and NAME" as printed.
- ``source``: a "Source: X" line, else the agency or outlet named in the head by the byline or its
  affiliation line, as printed ("AP" of "AP Sports Writer", "PA Sport", "Australian Associated Press",
  "Associated Press", "Bloomberg News", "Nikkei Asia", "AFP USA", "KYODO NEWS", "Reuters Fact
  Check"), else the dateline's agency ("AP", "Reuters", "Reuters Breakingviews", "AFP", "EFE", "PTI",
  "Xinhua", "Kyodo", "Yonhap", "dpa"), else a closing sign-off as printed ("BERNAMA" of "-- BERNAMA",
  also over "(Bernama)"; "Dow Jones Newswires" of "(END) Dow Jones Newswires"). MarketWatch's copy on
  its own page names its source only in the closing note "This content was created by MarketWatch,
  ...": the source is "MarketWatch" (a choice of this round; in the Dow Jones feed, the "(END)" line
  gives "Dow Jones Newswires", as round fifteen).
- ``place``, ``date``, ``agency`` as the dateline prints them: "NEW YORK/LONDON, Nov 5 (Reuters) -"
  gives the place "NEW YORK/LONDON"; "NEW YORK, Nov 5 (Reuters Breakingviews) -" gives the agency
  "Reuters Breakingviews"; "Nov 5 (Reuters) -" of a "BRIEF-" item gives a date and an agency and no
  place; "FOXBOROUGH, Mass. (AP) —" the place with its state; "TOKYO --" of Nikkei Asia a place only;
  "Berlin (dpa) -" place and agency.
- Trailers (out of the text): every closing line below the story. Credits among them, as printed
  without brackets or leading dashes: Reuters' "Reporting by ...; Editing by ..." and Breakingviews'
  "Editing by ...; Production by ...", AP's "AP Sports Writer NAME contributed to this report.",
  "Associated Press writers ... contributed ...", "Former Associated Press writer NAME contributed
  ...", MarketWatch's "-NAME" (the name) and "This content was created by MarketWatch, ...", Dow Jones'
  "Write to NAME at ADDRESS", Bloomberg's "With assistance from ..." and a contact block (label and
  line joined by a space: two trailers, one credit), AP's automated-story note "This story was
  generated by Automated Insights ... Zacks stock report on X at ...", Reuters Fact Check's "This
  article was produced by the Reuters Fact Check team. ...", Nikkei's "Additional reporting by ...",
  desk codes ("dj/pb", "ab/cd", "PTI ABC DEF"), reporter e-mails. Trailers with no field: "___" and
  "_____", AP's hub lines ("AP NFL: https://apnews.com/hub/nfl", the AP Top 25 poll line), the
  VoteCast note, "Follow AP's coverage of ... at https://...", AP's closing "This story has been
  corrected to show ...", AP's fact-check notes ("This is part of AP's effort ...", "Find AP Fact Checks
  here: ..."), the funding note, "Our Standards: The Thomson Reuters Trust Principles.", Bloomberg's
  "(Updates with ...)", Reuters' "Source text for Eikon: ..." and "Further company coverage: ...",
  Breakingviews' "Follow @X on Twitter" (or "on X"), its "CONTEXT NEWS" block (the label and each
  item: the service's summary below the sign-off, not the column), "For previous columns by the author
  ..." and "SIGN UP FOR BREAKINGVIEWS EMAIL ALERTS ...", Kyodo's "Related coverage:" block (the label
  and the headlines under it), "==Kyodo", "(END)", "Enditem", "-- BERNAMA", "(END) Dow Jones
  Newswires" and its time line. Copyright lines fill ``copyright`` as printed.
- Story text that stays (body): AP's "UP NEXT" section (the label and one line per team), results
  and standings lines written into a Reuters sports report, the bullet lines of a "BRIEF-" item (in
  capitals), a results table inside an earnings story, Reuters Fact Check's "VERDICT" label and its
  verdict paragraph (the last paragraphs above the production note).
- Tags: Reuters' slugs and update markers as printed ("SOCCER", "Soccer", "TENNIS", "MOTOR RACING",
  "GLOBAL MARKETS", "US STOCKS", "FOREX", "UPDATE 2", "RPT", "CORRECTED", "BRIEF", "BREAKINGVIEWS"),
  labels before a colon ("Fact Check", "FACT FOCUS", "EXPLAINER", "LIVE"), Yonhap's bracketed tags.
- Negatives: body sentences quoting agencies or corrections in prose ("The agency corrected its
  figures ..."), score lines that are the story's text ("Final: Boston 4, Toronto 2."), datelines
  inside quotes, ledes opening with a city and a day in prose, credit-like prose ("Editing by
  committee ..."), a last paragraph in capitals (a chant, a sign's text): nothing is metadata, every
  paragraph stays.

Blind first run (``python -m cleannews.evaluation.wire --data ../shared/data --misses``, the
held-out-20 and negatives-20 columns of the table as printed; 480 and 160 articles)::

    | field | held-out-20 P | held-out-20 R | negatives-20 P | negatives-20 R |
    | tags | 1.000 | 0.795 | – | – |
    | dateline place | 1.000 | 1.000 | – | – |
    | dateline agency | 1.000 | 1.000 | – | – |
    | dateline date | 1.000 | 1.000 | – | – |
    | byline | 0.924 | 0.895 | – | – |
    | source | 0.908 | 0.849 | – | – |
    | credits | 0.987 | 0.678 | – | – |
    | copyright | 1.000 | 1.000 | – | – |
    | trailers | 1.000 | 0.608 | – | – |
    | head lines | 0.990 | 0.938 | – | – |

Body sentences lost: held-out-20 0/3997, negatives-20 0/1408 (negatives-20: nothing found, no miss).
Every other set printed what it prints on this branch's main (ground-truth texts 2/94270).

248 of the 480 held-out-20 articles missed something (fact-checks 40, ap-sports 30, corrections 30,
marketwatch-dowjones 29, earnings 23, agency-sport 21, reuters-sports 20, elections 18, services 17,
bloomberg-nikkei 16, obits-alerts 2, reuters-markets 2). Every line missed stayed in the output text;
no story text was taken (AP's "UP NEXT" section, results and standings lines, a "BRIEF-" item's
bullets in capitals, Reuters Fact Check's "VERDICT" all stayed). The misses, by cause (articles):

- closing lines not known, which hide every closing line above them: AP's sports hub line "AP NFL:
  https://apnews.com/hub/nfl" (30: "___" and the "AP Sports Writer NAME ... contributed" credit above
  it kept with it in 16; the AP Top 25 poll line passed), AP's automated-story note "This story was
  generated by Automated Insights ..." (13), Reuters' "Source text for Eikon: ..." and "Further company
  coverage: ..." (6), MarketWatch's "This content was created by MarketWatch, ..." with the "-NAME" line
  above it (29; in the Dow Jones feed the "(END)", time and copyright lines under them passed and gave
  the source, on MarketWatch's page no source was found, 14), AP's fact-check note "This is part of
  AP's effort ..." (15; "Find AP Fact Checks here: ..." under it taken in 7), Reuters Fact Check's
  production note (13), the VoteCast note (11, and the contributors' credit above it in 6), AP's
  closing "This story has been corrected to show ..." / "... updated to correct ..." (9), Kyodo's
  "Related coverage:" block (4), Breakingviews' "CONTEXT NEWS" block, which hides "Follow @X on ..."
  and "For previous columns ..." above it ("SIGN UP ..." and the editing line under it passed: 10);
  "-- BERNAMA" under a results table as the last paragraph (4: the source read as the dateline's
  "Bernama"); AP's "Former Associated Press writer NAME contributed to this report." (2);
- head notes not known: reuters.com's "(This Nov 5 story has been corrected to ...)" (8), AFP's
  "CORRECTS ..." / "UPDATES with ..." advisories (8), Reuters' "(CORRECTS spelling of ... )" in capitals
  (5; the "(Corrects paragraph 3 ...)" forms, "(Adds ...)" and "(Updates prices ...)" passed), "Follow
  live updates on Election Day 2026 here." above the byline (12), once the live-blog line "(For a
  Reuters live blog on ... click LIVE/ ...)";
- tags not read: Reuters' slugs in title case "Soccer-" and "Tennis-" (20; "SOCCER-", "TENNIS-",
  "MOTOR RACING-", "UPDATE 1-SOCCER-", "GLOBAL MARKETS-", "BRIEF-", "CORRECTED-UPDATE 2-" passed),
  AP's "FACT FOCUS:" (15), "FOREX-" once before a headline in lower case (the harness' title);
- bylines and sources of desks: "JANE DOE, Nikkei Asia staff writer" read as the byline "JANE DOE,
  Nikkei Asia" with no source (11), "Nikkei staff writer" gives no source "Nikkei" (5), "By Reuters Fact
  Check" read as the byline "Fact Check" and the source "Reuters" (13), "By NAME, PA Sport" and a name
  over "PA Sport" give the source "PA" (11), "Australian Associated Press" in the byline's place gives
  the source but no byline (10), "NAME, AFP USA" gives the source "AFP" (12);
- a rule's double record: Nikkei's "November 2, 2026 15:40 JST" under "NAME, Nikkei staff writer" is
  removed twice (as a timestamp line and as the byline's line), so the harness counts two head lines
  for one (5): all of head lines precision 0.990.

Contract choices of this round that the rules answer differently (no earlier round's docstring
settles them; not changed: this round is an estimate):

- "Follow @NAME on X" (or "on Twitter") under a Breakingviews column: a trailer with no field here, a
  credit for the rules when it is the last line but the editing line (3 articles; credits precision
  0.987 is all this);
- a desk's name as printed is the source here ("PA Sport", "AFP USA", "Nikkei Asia"), the rules give
  the agency ("PA" 11, "AFP" 12): with "Reuters" for "Reuters Fact Check" (13) and "Bernama" for
  "BERNAMA" (4), these are the 40 wrong sources of source precision 0.908;
- MarketWatch's page copy: the source "MarketWatch" from its closing note (14);
- a "Follow live updates ..." line above the byline is a head line (12).

No template bug was found in the misses: the figures above are the first and only blind run.

After fitting (the rules read; the same articles: a line the reconciliation moved still draws its
random numbers). Five contract choices above, and one more, turned out to differ from what earlier
rounds had settled, and the templates now follow the earlier contract (each marked "Reconciled"):

- an agency's desk after the agency's name gives the agency as the source: "By NAME, PA Sport" and
  "NAME, AFP USA" give "PA" and "AFP" (round fifteen's "PA Scotland" gives "PA"; ``agency_of``'s
  doctest), and "By Reuters Fact Check" gives the byline "Reuters Fact Check" and the source
  "Reuters", as "By Reuters Staff" does (rounds seven and fourteen);
- "Australian Associated Press" alone over the time is a provider line: the source, no byline (rounds
  fourteen, seventeen and eighteen: "KYODO NEWS - ...", "AFP" over the time);
- MarketWatch's closing "This content was created by MarketWatch, ..." is a credit and names no source
  (rounds eleven, fifteen, eighteen: a note on who made or first published the copy names none), and
  the "-NAME" line above it is the closing byline, no credit (round three's "— Jane Doe");
- "Follow @NAME on X" under a column is the writer's contact, a credit (round one, and the wire forms'
  tests: "Follow Jane Doe on Twitter: @janedoe");
- AP's closing "This story has been corrected to show ..." stays in the text as the story's last
  paragraph (round fourteen: "a correction note below it stays"); the bracketed "(This Nov 5 story has
  been corrected ...)" above the lede is a head line, as Reuters' "(Corrects ...)" is.

After fitting, the held-out-20 and negatives-20 columns as printed (the body now counts the
correction notes: 4011 sentences)::

    | field | held-out-20 P | held-out-20 R | negatives-20 P | negatives-20 R |
    | tags | 1.000 | 0.994 | – | – |
    | dateline place | 1.000 | 1.000 | – | – |
    | dateline agency | 1.000 | 1.000 | – | – |
    | dateline date | 1.000 | 1.000 | – | – |
    | byline | 1.000 | 1.000 | – | – |
    | source | 1.000 | 1.000 | – | – |
    | credits | 1.000 | 1.000 | – | – |
    | copyright | 1.000 | 1.000 | – | – |
    | trailers | 1.000 | 0.986 | – | – |
    | head lines | 1.000 | 1.000 | – | – |

Body sentences lost: held-out-20 0/4011, negatives-20 0/1408; every other set as on main (ground-truth
texts 2/94270; held-out-19 trailers recall 0.349 -> 0.351), the real-page tables unchanged.

Fixed by shape (no name listed): a closing note on which team, service or outlet made the copy ("This
story was generated by X ...", "This article was produced by the X team.", "This content was created by
X, ..."; a note naming people stays, as the ground truth keeps "This post was written by NAME, ...")
is a credit (AP's automated note 13, Reuters Fact Check 13, MarketWatch 29); a note on what the copy
is part of ("This is part of X's effort ...", 15); a pointer line, a short label and a colon over
nothing but addresses or a terminal's codes ("AP NFL: https://...", "Source text for Eikon: [ID:...]",
"Further company coverage: [X.O]") or a sentence telling the reader to click a code ("... click on
[DOE/]": AP hub lines 30, Reuters' "BRIEF-" pointers 6, Breakingviews 10); a labelled block of dashed
items between closing lines ("CONTEXT NEWS", 10); head advisories above the lede in capitals or
brackets ("CORRECTS ...", "UPDATES with ...", "(CORRECTS ...)", "(This Nov 5 story has been corrected
...)", "(For a ... live blog ..., click ...)", "Follow live updates ... here.": 34); an agency's desk in
the byline's place ("By Reuters Fact Check", 13); an outlet before a role ("NAME, Nikkei Asia staff
writer", "Nikkei staff writer": 16); a listed agency after a double dash under a table's last row ("--
BERNAMA", 4). By lexicon entries: the sports desk's slugs in mixed case ("Soccer-", "Tennis-": 20;
reuters.toml lists the sport names among the slugs that glue to a headline in any case, and the rule
takes one only when its capitals form is a listed slug), and in ap.toml AP's VoteCast note (11), "FACT
FOCUS" (15), "Former Associated Press writer NAME contributed ..." (2).

Still missed: Kyodo's "Related coverage:" block (4: a related-stories list, fitted on another branch
with round nineteen's "Related News"), and "FOREX-" before a headline in lower case (1).

On review, the mixed-case sport slug was narrowed for precision: a sport's name opens compounds
("Golf-Cart Sales Soar", "Tennis-Ball Maker ..."), so in mixed case it is a tag only before a headline
that is not in title case ("Soccer-Arsenal go top", "Tennis-Sinner beats Alcaraz"); in capitals
("SOCCER-") it stays a tag before any headline. These templates glue the slug onto the benchmark's
page titles, most of them in title case, so tags recall here is 0.909 (from 0.994): a choice of
precision over recall, kept visible.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from cleannews.evaluation.wire_shapes import MONTH_NAMES

if TYPE_CHECKING:
    from cleannews.evaluation.wire import Case, Draft
    from cleannews.evaluation.wire_shapes import Template

NAMES = [
    "Jane Doe",
    "John Roe",
    "Maria Lopez",
    "Tom Becker",
    "Aiko Tanaka",
    "Rahul Mehta",
    "Sophie Laurent",
    "Liam O'Brien",
    "Grace Okafor",
    "Pedro Alves",
    "Hannah Schmidt",
    "Dmitri Volkov",
]
YONHAP_NAMES = ["Kim Soo-yeon", "Lee Jae-yoon", "Park Min-ji", "Choi Hyun-woo", "Yoo Jee-ho"]
MONTHS_AP = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
MONTHS_SHORT = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]
MONTHS_FULL = list(MONTH_NAMES)
TEAMS = ["Chiefs", "Bills", "Packers", "Eagles", "Celtics", "Nuggets", "Dodgers", "Yankees", "Bruins", "Oilers"]
MARKETS_TAGS: list[tuple[str, ...]] = [
    *[("GLOBAL MARKETS",), ("US STOCKS",), ("FOREX",), ("PRECIOUS",), ("UPDATE 2",), ("UPDATE 3",)],
    *[("RPT", "GLOBAL MARKETS"), ("EMERGING MARKETS",)],
]
AP_SPORTS_PLACES = [
    *["FOXBOROUGH, Mass.", "INGLEWOOD, Calif.", "GREEN BAY, Wis.", "EAST RUTHERFORD, N.J.", "DENVER", "BOSTON"],
    *["KANSAS CITY, Mo.", "MIAMI GARDENS, Fla.", "ARLINGTON, Texas", "MILWAUKEE"],
]
CLUBS = ["Arsenal", "Chelsea", "Liverpool", "Everton", "Real Madrid", "Sevilla", "Napoli", "Lazio", "Lyon", "Lille"]


def _name(rng: random.Random) -> str:
    return rng.choice(NAMES)


def _two(rng: random.Random) -> tuple[str, str]:
    first, second = rng.sample(NAMES, 2)
    return first, second


def _day(rng: random.Random, months: list[str]) -> str:
    return f"{rng.choice(months)} {rng.randint(1, 28)}"


def _clock(rng: random.Random) -> str:
    return f"{rng.randint(1, 12)}:{rng.randint(0, 59):02d}"


def _handle(name: str) -> str:
    return name.replace(" ", "").replace("'", "")


# --- sports ---------------------------------------------------------------------------------------


def t_ap_sports(rng: random.Random, d: Draft, c: Case) -> None:
    """An AP game story on apnews.com or a member paper: "AP Sports Writer", "UP NEXT", the hub link."""
    writer = _name(rng).upper()
    c.byline = writer
    style = rng.choice(["apnews", "one-line", "two-lines"])
    if style == "apnews":
        d.head = [f"By {writer}", f"Updated {_clock(rng)} PM EST, {_day(rng, MONTHS_FULL)}, 2026"]
    elif style == "one-line":
        d.head = [f"By {writer} AP Sports Writer"]
    else:
        d.head = [f"By {writer}", "AP Sports Writer"]
        d.head_joint = rng.choice(["\n", "\n\n"])
    place = rng.choice(AP_SPORTS_PLACES)
    c.place, c.agency, c.source = place, "AP", "AP"
    d.dateline = f"{place} (AP) —"
    if rng.random() < 0.5:
        home, away, next1, next2 = rng.sample(TEAMS, 4)
        d.body += ["UP NEXT", f"{home}: Host the {next1} on Sunday.", f"{away}: At the {next2} next Thursday night."]
    if rng.random() < 0.4:
        helper = _name(rng)
        credit = (
            f"AP Sports Writer {helper} in {rng.choice(['Chicago', 'Dallas', 'Seattle'])} contributed to this report."
        )
        d.tail += ["___", credit]
        c.credits = (credit,)
    league = rng.choice([("NFL", "nfl"), ("NBA", "nba"), ("MLB", "mlb"), ("NHL", "nhl"), ("", "")])
    if league[0]:
        d.tail += ["___", f"AP {league[0]}: https://apnews.com/hub/{league[1]}"]
    else:
        d.tail += [
            "___",
            "Get poll alerts and updates on the AP Top 25 throughout the season. Sign up here. AP college "
            "football: https://apnews.com/hub/ap-top-25-college-football-poll and "
            "https://apnews.com/hub/college-football",
        ]
    d.tail_blank = rng.random() < 0.7


def t_reuters_sports(rng: random.Random, d: Draft, c: Case) -> None:
    """Reuters sports copy: a sport slug in the headline, results lines in the report, the credit line."""
    sport = rng.choice(["SOCCER", "TENNIS", "GOLF", "MOTOR RACING", "CRICKET", "Soccer", "Tennis"])
    tags: tuple[str, ...] = (sport,)
    if sport.isupper() and rng.random() < 0.3:
        tags = (rng.choice(["UPDATE 1", "UPDATE 2", "RPT"]), sport)
    c.tags = tags
    d.title = "".join(f"{t}-" for t in tags) + d.title
    if rng.random() < 0.4:
        c.byline = _name(rng)
        d.head.append(f"By {c.byline}")
    place = rng.choice(["LONDON", "MELBOURNE", "MADRID", "PARIS", "DOHA", "AUGUSTA, Georgia", "MUMBAI", "MONZA, Italy"])
    c.place, c.date, c.agency, c.source = place, _day(rng, MONTHS_SHORT), "Reuters", "Reuters"
    d.dateline = f"{place}, {c.date} (Reuters) -"
    if sport.upper() == "SOCCER" and rng.random() < 0.6:
        a, b, e, f = rng.sample(CLUBS, 4)
        d.body += [
            f"Saturday's results: {a} {rng.randint(0, 4)} {b} {rng.randint(0, 4)}; {e} {rng.randint(0, 4)} "
            f"{f} {rng.randint(0, 4)}.",
            f"Standings: 1. {a} 28 points, 2. {e} 26, 3. {b} 24.",
        ]
    reporter, editor = _two(rng)
    credit = f"Reporting by {reporter} in {rng.choice(['London', 'Bengaluru', 'Gdansk'])}; Editing by {editor}"
    c.credits = (credit,)
    if rng.random() < 0.6:
        d.tail.append(f"({credit})")
    else:
        d.tail += [credit, "Our Standards: The Thomson Reuters Trust Principles."]


def t_agency_sport(rng: random.Random, d: Draft, c: Case) -> None:
    """PA Sport, AAP on a client's page, AFP, EFE and PTI sport copy."""
    kind = rng.choice(["pa", "aap", "afp", "efe", "pti"])
    writer = _name(rng)
    if kind == "pa":
        # Reconciled after the blind run with the contract of earlier rounds (fifteen: "By NAME, PA
        # Scotland" gives "PA"): an agency's desk after the agency's name gives the agency.
        c.byline, c.source = writer, "PA"
        d.head = [f"By {writer}, PA Sport"] if rng.random() < 0.5 else [writer, "PA Sport"]
        if rng.random() < 0.5:
            d.head.append(f"Saturday 07 November 2026 {rng.randint(12, 21)}:{rng.randint(10, 59)} GMT")
    elif kind == "aap":
        # Reconciled after the blind run with the contract of earlier rounds (fourteen, seventeen,
        # eighteen: "KYODO NEWS" or "AFP" over the time is a provider line): the source, no byline.
        c.source = "Australian Associated Press"
        d.head = ["Australian Associated Press", f"Sat 7 Nov 2026 {rng.randint(10, 21)}.{rng.randint(10, 59)} AEDT"]
    elif kind == "afp":
        place = rng.choice(["PARIS", "LONDON", "DOHA", "BUENOS AIRES", "TOKYO"])
        c.place, c.agency, c.source = place, "AFP", "AFP"
        d.dateline = f"{place} (AFP) -"
        code = rng.choice(["dj/pb", "bur-pb/mw", "jw/rox", "gj/nr"])
        d.tail.append(code)
        c.credits = (code,)
    elif kind == "efe":
        c.place, c.date, c.agency, c.source = "Madrid", _day(rng, MONTHS_SHORT), "EFE", "EFE"
        d.dateline = f"Madrid, {c.date} (EFE).-"
        code = rng.choice(["ab/cd", "jgb/ig", "mcm/ac"])
        d.tail.append(code)
        c.credits = (code,)
    else:
        place = rng.choice(["New Delhi", "Mumbai", "Ahmedabad", "Kolkata"])
        c.place, c.date, c.agency, c.source = place, _day(rng, MONTHS_SHORT), "PTI", "PTI"
        d.dateline = f"{place}, {c.date} (PTI)"
        code = rng.choice(["PTI SSC KHS KHS", "PTI AH PDS PDS", "PTI BS AT AT"])
        d.tail.append(code)
        c.credits = (code,)


# --- business and markets ----------------------------------------------------------------------


def t_reuters_markets(rng: random.Random, d: Draft, c: Case) -> None:
    """A Reuters markets wrap: a slug, the update line under the headline, a two-city dateline."""
    c.tags = rng.choice(MARKETS_TAGS)
    d.title = "".join(f"{t}-" for t in c.tags) + d.title
    note = rng.choice(
        [
            "(Adds details, analyst comment)",
            "(Updates prices, adds details)",
            "(Updates prices throughout, adds comment in paragraph 5)",
            "(Updates at 1512 GMT)",
            "(Adds comment from OPEC source in paragraphs 6-7)",
            "(For a Reuters live blog on U.S., UK and European stock markets, click LIVE/ or type LIVE/ in a "
            "news window.)",
        ]
    )
    d.head.append(note)
    first, second = _two(rng)
    if rng.random() < 0.7:
        c.byline = f"{first} and {second}" if rng.random() < 0.5 else first
        d.head.append(f"By {c.byline}")
    d.head_joint = rng.choice(["\n", "\n\n"])
    place = rng.choice(["NEW YORK", "LONDON", "SINGAPORE", "TOKYO", "NEW YORK/LONDON", "LONDON/SINGAPORE", "SYDNEY"])
    c.place, c.date, c.agency, c.source = place, _day(rng, MONTHS_SHORT), "Reuters", "Reuters"
    d.dateline = f"{place}, {c.date} (Reuters) -"
    editor1, editor2 = _two(rng)
    credit = f"Reporting by {first} in London and {second} in Singapore; Editing by {editor1} and {editor2}"
    d.tail.append(f"({credit})")
    credits = [credit]
    if rng.random() < 0.25:
        login = first.lower().replace(" ", ".").replace("'", "")
        contact = f"{login}@thomsonreuters.com; +44 20 7542 {rng.randint(1000, 9999)}"
        d.tail.append(f"(({contact}))")
        credits.append(contact)
    c.credits = tuple(credits)


def t_marketwatch_dowjones(rng: random.Random, d: Draft, c: Case) -> None:
    """MarketWatch on its own page, MarketWatch and Dow Jones copy from the Dow Jones feed."""
    writer = _name(rng)
    c.byline = writer
    kind = rng.choice(["marketwatch-page", "marketwatch-feed", "dow-jones"])
    day = rng.randint(1, 28)
    note = (
        "This content was created by MarketWatch, which is operated by Dow Jones & Co. MarketWatch is "
        "published independently from Dow Jones Newswires and The Wall Street Journal."
    )
    if kind == "marketwatch-page":
        # Reconciled after the blind run with the contract of earlier rounds (eleven, fifteen,
        # eighteen: a note on who made or first published the copy is a credit and names no source).
        c.source = None
        d.head = [
            f"By {writer}",
            f"Last Updated: Nov. {day}, 2026 at {_clock(rng)} p.m. ET",
            f"First Published: Nov. {day}, 2026 at {_clock(rng)} a.m. ET",
        ]
        d.tail = [f"-{writer}", note]
        # Reconciled after the blind run with the contract of earlier rounds (three: "— Jane Doe"
        # closing the story is the byline, no credit; fifteen's "-NAME; phone; address" is a contact).
        c.credits = (note,)
        return
    c.source = "Dow Jones Newswires"
    d.head = [f"By {writer}"]
    if kind == "marketwatch-feed":
        d.tail = [f"-{writer}", note]
        c.credits = (note,)  # Reconciled as above: the closing "-NAME" is the byline
    else:
        if rng.random() < 0.5:
            c.place = rng.choice(["NEW YORK", "LONDON", "FRANKFURT"])
            d.dateline = f"{c.place}--"
        login = writer.lower().replace(" ", ".").replace("'", "")
        write_to = f"Write to {writer} at {login}@wsj.com"
        d.tail = [write_to]
        c.credits = (write_to,)
    hour = rng.randint(10, 16)
    minute = rng.randint(10, 59)
    d.tail += [
        "(END) Dow Jones Newswires",
        f"November {day:02d}, 2026 {hour}:{minute} ET ({hour + 5}:{minute} GMT)",
    ]
    c.copyright = "Copyright (c) 2026 Dow Jones & Company, Inc."
    d.tail.append(c.copyright)
    d.tail_blank = rng.random() < 0.5


def t_bloomberg_nikkei(rng: random.Random, d: Draft, c: Case) -> None:
    """Bloomberg on a partner's page (terminal contact blocks left in), and Nikkei Asia."""
    writer = _name(rng)
    if rng.random() < 0.6:
        c.byline, c.source, c.agency = writer, "Bloomberg News", "Bloomberg"
        d.head = [f"{writer}, Bloomberg News"]
        d.dateline = "(Bloomberg) --"
        helper1, helper2 = _two(rng)
        assist = f"With assistance from {helper1} and {helper2}."
        d.tail = [f"--{assist}"]
        credits = [assist]
        if rng.random() < 0.5:
            d.tail.append(
                rng.choice(
                    ["(Updates with closing share price in fifth paragraph.)", "(Updates with analyst comment.)"]
                )
            )
        if rng.random() < 0.4:
            login = writer.split()[0][0].lower() + writer.split()[-1].lower().replace("'", "")
            label, line = "To contact the reporter on this story:", f"{writer} in London at {login}@bloomberg.net"
            d.tail += [label, line]
            credits.append(f"{label} {line}")
        c.credits = tuple(credits)
        c.copyright = "©2026 Bloomberg L.P."
        d.tail.append(c.copyright)
        return
    c.byline = writer.upper()
    role, c.source = rng.choice([("Nikkei Asia staff writer", "Nikkei Asia"), ("Nikkei staff writer", "Nikkei")])
    d.head = [
        f"{c.byline}, {role}",
        f"November {rng.randint(1, 28)}, 2026 {rng.randint(10, 23)}:{rng.randint(10, 59)} JST",
    ]
    c.place = rng.choice(["TOKYO", "SINGAPORE", "BANGKOK", "NEW DELHI"])
    d.dateline = f"{c.place} --"
    if rng.random() < 0.5:
        credit = f"Additional reporting by {_name(rng)} in {rng.choice(['Osaka', 'Hong Kong', 'Seoul'])}."
        d.tail = [credit]
        c.credits = (credit,)


def t_earnings(rng: random.Random, d: Draft, c: Case) -> None:
    """Earnings copy: AP's automated story, a Reuters "BRIEF-" item, Bernama and Xinhua results with a table."""
    kind = rng.choice(["ap-bot", "brief", "bernama", "xinhua"])
    ticker = rng.choice(["ACME", "ZYXW", "NRTH", "BLUQ"])
    company = {"ACME": "Acme Corp", "ZYXW": "Zyxw Holdings", "NRTH": "Northwind Inc", "BLUQ": "Bluequay Ltd"}[ticker]
    if kind == "ap-bot":
        c.byline = c.source = "The Associated Press"
        d.head = ["By The Associated Press"]
        c.place, c.agency = rng.choice(["SANTA CLARA, Calif.", "CHICAGO", "HOUSTON", "MINNEAPOLIS"]), "AP"
        d.dateline = f"{c.place} (AP) —"
        note = (
            "This story was generated by Automated Insights (http://automatedinsights.com/ap) using data from "
            f"Zacks Investment Research. Access a Zacks stock report on {ticker} at https://www.zacks.com/ap/{ticker}"
        )
        d.tail = ["_____", note]
        c.credits = (note,)
        return
    if kind == "brief":
        c.tags = ("BRIEF",)
        d.title = f"BRIEF-{company} Q3 Earnings Per Share ${rng.randint(1, 3)}.{rng.randint(10, 99)}"
        c.date, c.agency, c.source = _day(rng, MONTHS_SHORT), "Reuters", "Reuters"
        d.dateline = f"{c.date} (Reuters) -"
        d.lede = f"{company} <{ticker}.O>:"
        d.body = [
            f"* {company.upper()} REPORTS THIRD-QUARTER {rng.choice(['2026', 'FISCAL 2027'])} RESULTS",
            f"* Q3 EARNINGS PER SHARE ${rng.randint(1, 3)}.{rng.randint(10, 99)}",
            f"* Q3 REVENUE ${rng.randint(2, 9)}.{rng.randint(10, 99)} BILLION VERSUS REFINITIV IBES ESTIMATE OF "
            f"${rng.randint(2, 9)}.{rng.randint(10, 99)} BILLION",
        ]
        d.tail = [
            f"Source text for Eikon: [ID:nBw{rng.randint(1000, 9999)}abcd]",
            f"Further company coverage: [{ticker}.O]",
        ]
        d.tail_blank = rng.random() < 0.5
        return
    table = "\n".join(
        [
            "Key figures (in millions):",
            f"Revenue {rng.randint(1000, 4999):,} {rng.randint(1000, 4999):,}",
            f"Net profit {rng.randint(100, 999)} {rng.randint(100, 999)}",
            f"Earnings per share {rng.randint(10, 99)}.{rng.randint(1, 9)} {rng.randint(10, 99)}.{rng.randint(1, 9)}",
        ]
    )
    d.body.insert(min(1, len(d.body)), table)
    if kind == "bernama":
        c.place, c.date, c.agency = "KUALA LUMPUR", _day(rng, MONTHS_SHORT), "Bernama"
        d.dateline = f"KUALA LUMPUR, {c.date} (Bernama) --"
        c.source = "BERNAMA"
        d.tail = ["-- BERNAMA"]
    else:
        c.place, c.date, c.agency, c.source = "BEIJING", _day(rng, MONTHS_AP), "Xinhua", "Xinhua"
        d.dateline = f"BEIJING, {c.date} (Xinhua) --"
        if rng.random() < 0.5:
            d.tail = ["Enditem"]


# --- politics and elections ----------------------------------------------------------------------


def t_elections(rng: random.Random, d: Draft, c: Case) -> None:
    """AP election copy (VoteCast note, coverage line) and one entry of a live page."""
    if rng.random() < 0.65:
        first, second = _two(rng)
        c.byline = f"{first.upper()} and {second.upper()}" if rng.random() < 0.5 else first.upper()
        if rng.random() < 0.3:
            d.head.append("Follow live updates on Election Day 2026 here.")
        d.head.append(f"By {c.byline}")
        place = rng.choice(["WASHINGTON", "PHOENIX", "ATLANTA", "HARRISBURG, Pa.", "LANSING, Mich.", "MADISON, Wis."])
        c.place, c.agency, c.source = place, "AP", "AP"
        d.dateline = f"{place} (AP) —"
        if rng.random() < 0.5:
            d.body.insert(
                min(1, len(d.body)),
                "About 6 in 10 voters said the economy was the most important issue facing the country, according "
                "to AP VoteCast, an expansive survey of more than 110,000 voters nationwide.",
            )
        credits = []
        if rng.random() < 0.5:
            helper1, helper2 = _two(rng)
            credit = (
                f"Associated Press writers {helper1} in New York and {helper2} in Detroit contributed to this report."
            )
            d.tail += ["___", credit]
            credits.append(credit)
        if rng.random() < 0.5:
            d.tail += [
                "___",
                "AP VoteCast is a survey of the American electorate conducted by NORC at the University of Chicago "
                "for Fox News, NPR, PBS NewsHour, The Wall Street Journal and The Associated Press. The survey of "
                "more than 110,000 voters was conducted for eight days, concluding as polls closed.",
            ]
        d.tail += ["___", "Follow AP's coverage of the 2026 elections at https://apnews.com/hub/election-2026."]
        c.credits = tuple(credits)
        return
    # a live page's entry: the page's tag, the entry's time and writer
    if rng.random() < 0.5:
        c.tags = ("LIVE",)
        d.title = "LIVE: " + d.title
    d.head = [rng.choice([f"{_clock(rng)} PM EST", f"{rng.randint(10, 23)}:{rng.randint(10, 59)} GMT"])]
    if rng.random() < 0.6:
        c.byline = _name(rng)
        d.head.append(f"By {c.byline}")
    d.head_joint = "\n"


# --- corrections and updates ----------------------------------------------------------------------


def t_corrections(rng: random.Random, d: Draft, c: Case) -> None:
    """Corrected and updated copy: Reuters, Yonhap, AFP and AP's correction and update notes."""
    kind = rng.choice(["reuters-feed", "reuters-com", "yonhap", "afp", "ap"])
    writer = _name(rng)
    if kind in ("reuters-feed", "reuters-com"):
        if kind == "reuters-feed":
            c.tags = rng.choice([("CORRECTED",), ("CORRECTED", "UPDATE 2"), ("CORRECTED", "EXCLUSIVE")])
            d.title = "".join(f"{t}-" for t in c.tags) + d.title
            d.head.append(
                rng.choice(
                    [
                        "(Corrects spelling of minister's name in paragraph 4)",
                        "(Corrects paragraph 3 to show the vote was on Tuesday, not Wednesday)",
                        "(Corrects headline and paragraph 1 to say shares fell, not rose)",
                        "(CORRECTS spelling of company name in 2nd paragraph)",
                    ]
                )
            )
        c.date = _day(rng, MONTHS_SHORT)
        if kind == "reuters-com":
            d.head.append(
                f"(This {c.date} story has been corrected to fix the spelling of the chief executive's name in "
                f"paragraph {rng.randint(2, 9)})"
            )
        if rng.random() < 0.5:
            c.byline = writer
            d.head.append(f"By {writer}")
        c.place = rng.choice(["LONDON", "WASHINGTON", "JOHANNESBURG", "MEXICO CITY"])
        c.agency = c.source = "Reuters"
        d.dateline = f"{c.place}, {c.date} (Reuters) -"
        editor = _name(rng)
        credit = f"Reporting by {writer}; Editing by {editor}"
        d.tail.append(f"({credit})")
        c.credits = (credit,)
    elif kind == "yonhap":
        c.tags = rng.choice([("LEAD",), ("2nd LD",), ("3rd LD",)])
        d.title = f"({c.tags[0]}) {d.title}"
        d.head.append(
            rng.choice(
                [
                    "(ATTN: UPDATES with ministry comments in paras 4-6)",
                    "(ATTN: CORRECTS name in para 3; ADDS photo)",
                    "(ATTN: ADDS more info in paras 7-9; CHANGES headline)",
                ]
            )
        )
        c.byline = rng.choice(YONHAP_NAMES)
        d.head.append(f"By {c.byline}")
        c.place, c.date, c.agency, c.source = "SEOUL", _day(rng, MONTHS_AP), "Yonhap", "Yonhap"
        d.dateline = f"SEOUL, {c.date} (Yonhap) --"
        email = f"{c.byline.split()[-1].lower().replace('-', '')}@yna.co.kr"
        d.tail = [email, "(END)"]
        c.credits = (email,)
        d.tail_blank = rng.random() < 0.5
    elif kind == "afp":
        d.head.append(
            rng.choice(
                ["CORRECTS spelling of town in para 4", "UPDATES with death toll, quotes", "CORRECTS date in 2nd para"]
            )
        )
        c.place = rng.choice(["PARIS", "NAIROBI", "BOGOTA", "MANILA"])
        c.agency = c.source = "AFP"
        d.dateline = f"{c.place} (AFP) -"
        code = rng.choice(["burs-jm/dc", "mh/ach", "sw/lth"])
        d.tail = [code]
        c.credits = (code,)
    else:
        c.byline = writer.upper()
        d.head.append(f"By {c.byline}")
        c.place = rng.choice(["CHICAGO", "ATLANTA", "SACRAMENTO, Calif.", "AUSTIN, Texas"])
        c.agency = c.source = "AP"
        d.dateline = f"{c.place} (AP) —"
        fix = rng.choice(
            [
                "This story has been corrected to show that the vote was held on Tuesday, not Wednesday.",
                "This story has been corrected to show the correct spelling of the mayor's name.",
                "This story has been updated to correct the number of people injured.",
            ]
        )
        # Reconciled after the blind run with the contract of earlier rounds (fourteen: "a correction note
        # below [the story] stays" in the text): the note is the story's last paragraph, under "___" or not.
        d.body += ["___", fix] if rng.random() < 0.5 else [fix]


# --- obituaries, weather and disasters ---------------------------------------------------------


def t_obits_alerts(rng: random.Random, d: Draft, c: Case) -> None:
    """AP obituaries; weather and disaster copy from Xinhua, Kyodo, Yonhap, PTI, Bernama and dpa."""
    kind = rng.choice(["ap-obit", "xinhua", "kyodo", "yonhap-urgent", "pti", "bernama", "dpa"])
    if kind == "ap-obit":
        c.byline = _name(rng).upper()
        c.source = "Associated Press"
        d.head = [f"By {c.byline} Associated Press"]
        c.place, c.agency = rng.choice(["NEW YORK", "LOS ANGELES", "NASHVILLE, Tenn."]), "AP"
        d.dateline = f"{c.place} (AP) —"
        if rng.random() < 0.6:
            credit = f"Former Associated Press writer {_name(rng)} contributed to this report."
            d.tail = ["___", credit]
            c.credits = (credit,)
    elif kind == "xinhua":
        c.place, c.date, c.agency, c.source = "BEIJING", _day(rng, MONTHS_AP), "Xinhua", "Xinhua"
        d.dateline = f"BEIJING, {c.date} (Xinhua) --"
        if rng.random() < 0.5:
            d.tail = ["Enditem"]
    elif kind == "kyodo":
        c.place, c.agency, c.source = rng.choice(["TOKYO", "SENDAI", "NAHA, Okinawa"]), "Kyodo", "Kyodo"
        d.dateline = f"{c.place} (Kyodo) --"
        d.tail = ["==Kyodo"]
    elif kind == "yonhap-urgent":
        c.tags = ("URGENT",)
        d.title = f"(URGENT) {d.title}"
        c.place, c.date, c.agency, c.source = "SEOUL", _day(rng, MONTHS_AP), "Yonhap", "Yonhap"
        d.dateline = f"SEOUL, {c.date} (Yonhap) --"
        d.body = d.body[:1]
        d.tail = ["(END)"]
    elif kind == "pti":
        c.place, c.date, c.agency, c.source = (
            rng.choice(["Chennai", "Shimla", "Guwahati"]),
            _day(rng, MONTHS_SHORT),
            "PTI",
            "PTI",
        )
        d.dateline = f"{c.place}, {c.date} (PTI)"
        code = rng.choice(["PTI JSP ROH ROH", "PTI SKC KVK KVK"])
        d.tail = [code]
        c.credits = (code,)
    elif kind == "bernama":
        c.place, c.date, c.agency = (
            rng.choice(["KOTA BHARU", "KUALA TERENGGANU", "ALOR SETAR"]),
            _day(rng, MONTHS_SHORT),
            "Bernama",
        )
        d.dateline = f"{c.place}, {c.date} (Bernama) --"
        c.source = "BERNAMA"
        d.tail = ["-- BERNAMA"]
    else:
        c.place, c.agency, c.source = rng.choice(["Berlin", "Hamburg", "Vienna"]), "dpa", "dpa"
        d.dateline = f"{c.place} (dpa) -"


# --- fact checks -------------------------------------------------------------------------------


def t_fact_checks(rng: random.Random, d: Draft, c: Case) -> None:
    """AFP Fact Check, Reuters Fact Check (its "VERDICT"), AP's "FACT FOCUS"."""
    kind = rng.choice(["afp", "reuters", "ap"])
    writer = _name(rng)
    if kind == "afp":
        desk = rng.choice(["AFP USA", "AFP Canada", "AFP India", "AFP Australia"])
        # Reconciled after the blind run with the contract of earlier rounds (fifteen's "PA Scotland"
        # gives "PA"): an agency's desk after the agency's name gives the agency.
        c.byline, c.source = writer, "AFP"
        d.head = [
            f"{writer}, {desk}",
            f"Published on {_day(rng, MONTHS_FULL)}, 2026 at {rng.randint(10, 23)}:{rng.randint(10, 59)}",
        ]
        c.copyright = "Copyright © AFP 2017-2026. All rights reserved."
        d.tail = [c.copyright]
    elif kind == "reuters":
        c.tags = ("Fact Check",)
        d.title = "Fact Check: " + d.title
        # Reconciled after the blind run with the contract of earlier rounds ("By Reuters Staff" gives the
        # byline "Reuters Staff" and the source "Reuters"; fifteen's "PA Scotland" gives "PA").
        c.byline, c.source = "Reuters Fact Check", "Reuters"
        d.head = ["By Reuters Fact Check"]
        d.body += [
            "VERDICT",
            rng.choice(
                [
                    "False. The video was filmed in 2019 and shows a different event.",
                    "Misleading. The figure refers to a regional survey, not a national one.",
                    "Altered. The original photograph shows no banner on the building.",
                ]
            ),
        ]
        note = (
            "This article was produced by the Reuters Fact Check team. Read more about our work to fact-check "
            "social media posts here."
        )
        d.tail = [note]
        c.credits = (note,)
    else:
        c.tags = ("FACT FOCUS",)
        d.title = "FACT FOCUS: " + d.title
        c.byline, c.source = writer.upper(), "Associated Press"
        d.head = [f"By {c.byline}", "Associated Press"]
        d.head_joint = rng.choice(["\n", "\n\n"])
        d.tail = [
            "___",
            "This is part of AP's effort to address widely shared misinformation, including work with outside "
            "companies and organizations to add factual context to misleading content that is circulating online. "
            "Learn more about fact-checking at AP.",
        ]
        if rng.random() < 0.5:
            d.tail.append("Find AP Fact Checks here: https://apnews.com/APFactCheck.")


# --- specialised services -------------------------------------------------------------------------


def t_services(rng: random.Random, d: Draft, c: Case) -> None:
    """Reuters Breakingviews, Yonhap's North Korea desk, Kyodo News' own pages, AP explainers."""
    kind = rng.choice(["breakingviews", "yonhap-nk", "kyodo", "ap-explainer"])
    writer = _name(rng)
    if kind == "breakingviews":
        if rng.random() < 0.5:
            c.tags = ("BREAKINGVIEWS",)
            d.title = "BREAKINGVIEWS-" + d.title
        c.byline = writer
        d.head = [f"By {writer}"]
        c.place = rng.choice(["NEW YORK", "LONDON", "HONG KONG", "MUMBAI"])
        c.date, c.agency, c.source = _day(rng, MONTHS_SHORT), "Reuters Breakingviews", "Reuters Breakingviews"
        d.dateline = f"{c.place}, {c.date} (Reuters Breakingviews) -"
        follow = f"Follow @{_handle(writer)} on {rng.choice(['Twitter', 'X'])}"
        d.tail = [follow]
        if rng.random() < 0.6:
            d.tail += [
                "CONTEXT NEWS",
                f"- The company said on Nov. {rng.randint(1, 28)} it had agreed to buy its smaller rival for "
                f"${rng.randint(3, 40)} billion in cash and stock.",
                "- Shares of the target rose 18% in early trading, valuing it at about 14 times forecast earnings.",
                "For previous columns by the author, Reuters customers can click on ["
                + writer.split()[-1].upper()
                + "/]",
                "SIGN UP FOR BREAKINGVIEWS EMAIL ALERTS http://bit.ly/BVsubscribe",
            ]
        editor1, editor2 = _two(rng)
        credit = f"Editing by {editor1}; Production by {editor2}"
        d.tail.append(f"({credit})" if rng.random() < 0.5 else credit)
        # Reconciled after the blind run with the contract of earlier rounds (one, and the wire forms'
        # tests: "Follow Jane Doe on Twitter: @janedoe" is the writer's contact, a credit).
        c.credits = (follow, credit)
    elif kind == "yonhap-nk":
        c.tags = rng.choice([("LEAD",), ("News Focus",), ("2nd LD",), (), ("Yonhap Interview",)])
        d.title = "".join(f"({t}) " for t in c.tags) + d.title
        if rng.random() < 0.6:
            c.byline = rng.choice(YONHAP_NAMES)
            d.head.append(f"By {c.byline}")
        c.place, c.date, c.agency, c.source = "SEOUL", _day(rng, MONTHS_AP), "Yonhap", "Yonhap"
        d.dateline = f"SEOUL, {c.date} (Yonhap) --"
        d.body.insert(
            min(1, len(d.body)),
            'The North\'s official Korean Central News Agency (KCNA) said the test had been "successful" and '
            "was observed by leader Kim Jong-un.",
        )
        email = f"{rng.choice(['nkdesk', 'yoonjh', 'ksy'])}@yna.co.kr"
        d.tail = [email, "(END)"]
        c.credits = (email,)
        if rng.random() < 0.3:
            d.tail.append("Source: Yonhap News Agency")
            c.source = "Yonhap News Agency"
        d.tail_blank = rng.random() < 0.5
    elif kind == "kyodo":
        c.source = "KYODO NEWS"
        d.head = [
            f"KYODO NEWS - Nov {rng.randint(1, 28)}, 2026 - {rng.randint(10, 23)}:{rng.randint(10, 59)} | All, World"
        ]
        if rng.random() < 0.5:
            c.place = rng.choice(["TOKYO", "BEIJING", "WASHINGTON"])
            d.dateline = f"{c.place} -"
        if rng.random() < 0.6:
            d.tail = [
                "Related coverage:",
                "Japan, South Korea agree to resume defense talks after 5-year hiatus",
                "Japan PM vows to pursue summit with China amid strained ties",
            ]
    else:
        if rng.random() < 0.5:
            c.tags = ("EXPLAINER",)
            d.title = "EXPLAINER: " + d.title
        c.byline = writer.upper()
        d.head = [f"By {c.byline}"]
        c.place = rng.choice(["WASHINGTON", "PHOENIX", "DENVER", "NEW ORLEANS"])
        c.agency = c.source = "AP"
        d.dateline = f"{c.place} (AP) —"
        d.tail = [
            "___",
            "The Associated Press receives support from the Walton Family Foundation for coverage of water and "
            "environmental policy. The AP is solely responsible for all content. For all of AP's environmental "
            "coverage, visit https://apnews.com/hub/climate-and-environment",
        ]


HELD_OUT_20: dict[str, Template] = {
    "ap-sports": t_ap_sports,
    "reuters-sports": t_reuters_sports,
    "agency-sport": t_agency_sport,
    "reuters-markets": t_reuters_markets,
    "marketwatch-dowjones": t_marketwatch_dowjones,
    "bloomberg-nikkei": t_bloomberg_nikkei,
    "earnings": t_earnings,
    "elections": t_elections,
    "corrections": t_corrections,
    "obits-alerts": t_obits_alerts,
    "fact-checks": t_fact_checks,
    "services": t_services,
}


# --- negatives: look-alikes that are the story's text --------------------------------------------

PROSE_ENDINGS = [
    "The agency corrected its figures on Thursday after a reader pointed out that one region had been counted twice.",
    "Reuters reported the deal first, citing three people familiar with the matter.",
    "Editing by committee, critics said, had stripped the bill of most of its force.",
    "Reporting by the inspectorate found that half the homes it visited lacked working smoke alarms.",
    "This figure was corrected by the council itself, which had misstated the budget in its own release.",
    "Updates to the app will roll out next month, the company said in a statement.",
    "Associated Press reporters who visited the site on Wednesday saw no sign of the promised repairs.",
    "Follow-up tests are scheduled for the spring, the hospital said.",
    "Production at the plant is expected to resume by the end of the year.",
    "Source material for the exhibition was lent by three private collectors.",
]
SCORE_ENDINGS = [
    "Final: Boston 4, Toronto 2.",
    "The final score was 3-1, and the visitors never threatened after the break.",
    "Result: India won by six wickets with 14 balls to spare.",
    "Arsenal 2 Chelsea 1 was the score when the floodlights failed in the 71st minute.",
    "Liverpool top the table on 28 points, two ahead of Arsenal, with a game in hand.",
    "Up next for the Celtics is a road trip through Denver, Utah and Phoenix.",
]
QUOTED_DATELINES = [
    '"WASHINGTON (AP) — that is how every story I filed began for 30 years," she said, laughing.',
    '"SEOUL, Nov. 5 (Yonhap) -- those were the first words on the screen when the news broke," he recalled.',
    '"By the time we reached Kyiv, the shelling had stopped," the driver said.',
    "'LONDON, Jan 5 (Reuters)' was printed at the top of the leaked draft, the court heard.",
]
CITY_LEDES = [
    "Paris on Thursday ordered the closure of three schools after a storm damaged their roofs.",
    "Seoul on Nov. 5 became the first Asian capital to ban diesel buses from its central district.",
    "Tokyo, Osaka and Nagoya all reported record temperatures on Tuesday, the weather agency said.",
    "Nairobi, Kenya's capital, has added 400,000 residents since the last census, officials said.",
    "London's mayor on Monday announced a review of the city's cycling lanes.",
]
CAPS_ENDINGS = [
    '"NO MORE CUTS! NO MORE CUTS!"',
    "CLOSED UNTIL FURTHER NOTICE BY ORDER OF THE COUNCIL",
    '"WE ARE STILL HERE."',
    "THANK YOU TO ALL OUR FRONTLINE WORKERS",
]
CAPS_LEADS = [
    "The crowd outside the ministry chanted one line for most of the afternoon:",
    "The handwritten sign taped to the door of the shuttered bakery read:",
    "Hours after the ruling, the banner unfurled over the stadium's north stand said it all:",
    "The message painted on the hospital's roof, visible from the air, read simply:",
]


def n_agency_prose(rng: random.Random, d: Draft, c: Case) -> None:
    """Closing and inner sentences that quote agencies, corrections and credits in prose."""
    picks = rng.sample(PROSE_ENDINGS, 2)
    d.body.insert(min(1, len(d.body)), picks[0])
    d.body.append(picks[1])


def n_score_lines(rng: random.Random, d: Draft, c: Case) -> None:
    """Score lines and standings that are the story's own sentences, one of them the last paragraph."""
    d.body.append(rng.choice(SCORE_ENDINGS))


def n_quoted_datelines(rng: random.Random, d: Draft, c: Case) -> None:
    """A lede that opens with a city and a day in prose, a dateline inside a quote."""
    if rng.random() < 0.5:
        d.lede = rng.choice(CITY_LEDES)
    d.body.insert(min(1, len(d.body)), rng.choice(QUOTED_DATELINES))


def n_caps_endings(rng: random.Random, d: Draft, c: Case) -> None:
    """A last paragraph in capitals: a chant or a sign's text, under the sentence that introduces it."""
    d.body += [rng.choice(CAPS_LEADS), rng.choice(CAPS_ENDINGS)]


NEGATIVES_20: dict[str, Template] = {
    "agency-prose": n_agency_prose,
    "score-lines": n_score_lines,
    "quoted-datelines": n_quoted_datelines,
    "caps-endings": n_caps_endings,
}
