"""Round-twenty-seven templates for the wire harness: the story forms beyond the straight news story.

Written blind, before any round-twenty-seven rule and without reading the rules or the earlier rounds'
templates, from how the agencies and their clients print the forms other than the straight news story
in 2024-2026, as users copy them (whole pages or extractor output): live blogs (the Guardian's "Key
events" / "Show key events only" block, entry stamps "15.12 GMT", several bylines "NAME (now) and NAME
(earlier)"; AP's "LIVE:" pages "By The Associated Press" with stamped entries), fact checks (Reuters
Fact Check with its "VERDICT" and production note, AFP Fact Check's "NAME, AFP USA", AP's "FACT FOCUS:"
with "CLAIM:" / "THE FACTS:" paragraphs and its closing notes), corrections and editor's notes
(Reuters' "CORRECTED-" with "(Corrects ...)", reuters.com's "(This Nov 5 story has been corrected to
...)", AFP's "CORRECTS ..." advisory, AP's "Editor's note:" over the story and its closing "This
story has been corrected to show ..."), explainers and factboxes (reuters.com's "Explainer:" and
"Factbox:", the wire's "EXPLAINER-" and "FACTBOX-", questions as subheads), analysis and opinion
("ANALYSIS-", Breakingviews with "CONTEXT NEWS", Bloomberg Opinion's bio and disclaimer), obituaries
(AP's "NAME, who ..., dies at 87", Reuters' "OBITUARY-"), photo essays ("In pictures:" with captions
between the paragraphs), sports result wraps (Reuters' "SOCCER-" with results lines, AP's game story
with "UP NEXT", PA Sport), market reports (Reuters' "GLOBAL MARKETS-" with its advisories, Bernama's
Bursa close with a table of figures, Yonhap's "(LEAD)" close), and Yonhap's and Kyodo's features
("(News Focus)", "(Yonhap Interview)", "(LEAD)"; Kyodo's "FOCUS:" and "FEATURE:" under "KYODO NEWS -
..."). Every name, figure and sentence here is made up; only the shapes are the formats'.

Contract (the harness' fields), following the choices rounds seventeen to twenty-six list as settled:
an agency in the byline's place fills the byline too ("By The Associated Press" gives byline and source
"The Associated Press"; "By Reuters Fact Check" gives byline "Reuters Fact Check" and source "Reuters",
round twenty reconciled); a provider line over a time names the source, not the byline ("Reuters" over
Yahoo's time line); an agency's desk after its name gives the agency ("By NAME, PA Sport" gives "PA",
"NAME, AFP USA" gives "AFP"; "By NAME AP Sports Writer" gives "AP"); "Bloomberg Opinion" named in the head
is the source as printed (round eighteen); "Source: X" is the strongest source; "-- BERNAMA"-like
sign-offs win over the dateline's agency; the dateline's agency is the source when nothing in the head
names one ("Reuters", "Reuters Breakingviews", "AP", "Yonhap", "AFP"); notes about the copy above the
lede are head lines (Reuters' "(Corrects ...)", "(Updates prices, adds ...)", "(For a Reuters live blog
... click LIVE/ ...)", "(This Nov 5 story has been corrected to ...)", AFP's "CORRECTS ..."), while an
editor's note above the lede stays in the text as a standfirst (round eighteen reconciled) and a
correction note at the end of the story stays in the text (rounds fourteen and twenty); Reuters Fact
Check's "VERDICT" label and verdict paragraph, AP's "UP NEXT" lines, results lines of a sports report
and a results table are story text (round twenty); credits as printed without brackets or dashes
("Reporting by ...; Editing by ...", "Editing by ...; Production by ...", AP's contributors' line, the
Reuters Fact Check production note, "Follow @NAME on X" under a column (round twenty reconciled), a
columnist's bio line (round eighteen), desk codes, reporter e-mails); trailers with no field: "___",
"Our Standards: The Thomson Reuters Trust Principles.", AP's fact-check notes ("This is part of AP's
effort ...", "Find AP Fact Checks here: ..."), "Follow AP's coverage of ... at https://...", AP's hub
lines, Breakingviews' "CONTEXT NEWS" block (the label and each item) and "For previous columns ..."
line, Bloomberg Opinion's disclaimer and "More stories like this ...", "(END)", "==Kyodo", "--
BERNAMA"; copyright lines fill ``copyright`` as printed; tags as printed: Reuters' slugs and markers
("CORRECTED", "UPDATE 1", "EXPLAINER", "FACTBOX", "ANALYSIS", "BREAKINGVIEWS", "SOCCER", "GLOBAL
MARKETS"), labels before a colon ("Fact Check", "FACT FOCUS", "Explainer", "Factbox", "LIVE"), Yonhap's
bracketed tags; page chrome (menus, photo captions, "Share" buttons, related lists, footers) is written
outside the draft's head, body and tail and nothing is expected of it (rounds twenty-two and
twenty-five: one the chrome pass takes counts for nothing, one the wire pass takes counts as a false
head line, trailer or field). Choices made before the blind run, for the shapes no earlier round had:

- Live blogs. The blog's own byline and time lines above the first entry are head lines, as is the
  first entry's stamp right above it ("15.12 GMT", "10:41 AM EST": round twenty's "a live entry's
  '9:41 PM EST'"). The Guardian's "Key events" block (the label, the teasers with their "2h ago", "Show
  key events only", "Please turn on JavaScript to use this feature") sits between the head and that
  stamp: chrome, nothing expected. The stamps of the later entries ("14.58 GMT", "Updated at 15.20
  GMT", "9:55 AM EST") and AP's "Share" under an entry are leftovers between paragraphs: nothing
  expected (the wire pass taking one counts as a false head line). Several bylines: "Jane Doe (now)
  and John Roe (earlier)" gives "Jane Doe and John Roe" (the shift notes cut like roles). A Guardian
  "TOPIC live: HEADLINE" has no tag (the word is part of the headline); AP's "LIVE: HEADLINE" gives
  "LIVE". No dateline, no source on the Guardian's page.
- Fact checks. Reuters': "Fact Check: HEADLINE" (tag "Fact Check"), "By Reuters Fact Check" over
  reuters.com's glued time line, no dateline; the production note "This article was produced by the
  Reuters Fact Check team. Read more about our work to fact-check social media posts here." is a
  credit. AFP's: no tag, "By Jane DOE, AFP USA" (byline "Jane DOE", surname in capitals as printed;
  source "AFP") over "Published on November 5, 2026 at 21:12"; subheads ("Video predates the floods")
  stay as text; no closing line. AP's: "FACT FOCUS:" tag, "By JANE DOE" over the time, "WASHINGTON
  (AP) —" dateline; the "CLAIM:", "AP'S ASSESSMENT:" and "THE FACTS:" paragraphs are text; AP's
  notice is the ``copyright``.
- Corrections: Reuters' "CORRECTED-" alone or over "UPDATE 1-" gives both tags; AP's "Editor's note:
  This story has been updated to ..." above the byline is a standfirst (text).
- Explainers: the question subheads ("WHY DOES IT MATTER?", "What happens next?") and factbox item
  heads in capitals are text.
- Obituaries: "OBITUARY-" (Reuters) is a slug tag "OBITUARY"; AP's "NAME, who ..., dies at 87" has
  no tag.
- Photo essays: "In pictures: HEADLINE" gives the tag "In pictures" (a format label, as "WATCH" and
  round twenty-six's "영상"); the captions between the paragraphs (ending "REUTERS/NAME") and the
  "3 / 12" counters are chrome: nothing expected, and a caption's photographer is no credit.
- Kyodo's "FOCUS:" and "FEATURE:" are labels before a colon: tags "FOCUS", "FEATURE"; the "KYODO NEWS
  - Nov 5, 2026 - 15:12 | All, World" record is a head line naming the source "KYODO NEWS".
- Markets: Bernama's table rows ("FBM KLCI 1,612.45 +3.21") are text; "-- BERNAMA" gives the source
  "BERNAMA" over the dateline's "(Bernama)".
- Negatives (no agency, nothing is metadata, every paragraph stays): a staff live page whose sentences
  open with times ("At 10:41 GMT, ...", "By 11:00 GMT the ..."); a fact check whose claim paragraph
  quotes a post signed "By John Smith" and ends on "Claim:" / "Verdict:" paragraphs in prose; a story
  with an "Editor's note" standfirst and a closing correction that quotes the wrong dateline; an
  obituary whose lede opens with a quotation of the subject's first dateline ("NEW YORK (AP) — ...").

Blind first run (``python -m cleannews.evaluation.wire --data ../shared/data --misses``, the
held-out-27 and negatives-27 columns of the table as printed; 480 and 160 articles)::

    | field | held-out-27 P | held-out-27 R | negatives-27 P | negatives-27 R |
    | tags | 1.000 | 0.942 | – | – |
    | dateline place | 1.000 | 1.000 | – | – |
    | dateline agency | 1.000 | 1.000 | – | – |
    | dateline date | 1.000 | 1.000 | – | – |
    | byline | 1.000 | 0.929 | – | – |
    | source | 1.000 | 1.000 | – | – |
    | credits | 1.000 | 1.000 | – | – |
    | copyright | 1.000 | 1.000 | – | – |
    | trailers | 1.000 | 0.984 | – | – |
    | head lines | 1.000 | 0.898 | – | – |

Body sentences lost: held-out-27 0/4370, negatives-27 0/1609 (negatives-27: nothing found, no miss).
Every other set printed what it prints on this branch's main (ground-truth texts 2/94270).

70 of the 480 held-out-27 articles missed something (guardian-live 40, obituaries 17,
analysis-opinion 12, yonhap-kyodo-features 1); the other eight templates passed whole (AP's live page
with its stamped entries and "Share" leftovers, all three fact-check forms, the four correction forms,
explainers and factboxes with question subheads, photo essays with captions between the paragraphs,
sports wraps, market reports with tables). The misses, by cause (articles):

- the Guardian's shift byline "NAME (now) and NAME (earlier)" is not read (24): byline, and with it
  the whole head (the byline, the time line "Thu 5 Nov 2026 15.12 GMT" and the first entry's stamp)
  stays in the text; a contract choice of this round (the shift notes cut like roles), no earlier
  round has the shape;
- the first entry's stamp ("15.07 GMT") under the "Key events" block is kept when the byline is a
  plain name (16; the byline and time line above the block are read): a contract choice of this
  round extending round twenty's "a live entry's '9:41 PM EST'" head line to a stamp below chrome;
- Reuters' "OBITUARY-" slug is not read as a tag (17): a contract choice of this round (no earlier
  round lists the slug);
- Bloomberg Opinion's disclaimer ("This column reflects the personal views of the author ...") above
  the bio line is kept as text (12; the bio, "More stories like this ..." and "©2026 Bloomberg L.P."
  under it are read): round eighteen lists the disclaimer as a trailer, so a rule miss;
- "(News Focus)" over a headline in lower case (the harness' title) is not read (1).

Nothing in the negatives was read as metadata: times opening sentences ("At 10:41 GMT, ...", "By
11:00 GMT the ..."), a quoted "By John Smith, Reuters" and "Claim:" / "Verdict:" paragraphs, a closing
correction quoting a dateline, an obituary's lede quoting "NEW YORK (AP) — ...". No template bug was
found in the misses: the figures above are the first and only blind run.

After fitting (the same command, the same articles; the lead's contract decisions above stand)::

    | field | held-out-27 P | held-out-27 R | negatives-27 P | negatives-27 R |
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

Body sentences lost: held-out-27 0/4370, negatives-27 0/1609 (nothing found). All 70 misses are gone, by
rules of shape: a live page's shift notes after its writers' names ("(now)", "(earlier)", "(later)",
"(overnight)" ...) are cut as roles are, whatever the names (24); a clock stamp with its zone under a live
page's summary block ("Key events", "Key updates", "Highlights" ... over short teasers) and right over
prose is the first entry's stamp, a head line when the head gave a time, the block itself left to the
page (16); Reuters' "OBITUARY-" / "OBIT-" slug joins the desk's slugs (17); the opinion services'
disclaimer family ("This column|article|commentary ... reflects the (personal) views of the author(s)
[and does not necessarily reflect ...]") is a trailer as a whole line (12); a listed bracketed tag
stands before a headline a feed set in lower case, as a numbered take does (1; it also reads held-out-26's
one miss, tags R 0.997 -> 1.000). Every other set prints what main prints (ground-truth texts 2/94270,
real-page tables unchanged).
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cleannews.evaluation.wire import Case, Draft
    from cleannews.evaluation.wire_shapes import Template

MONTHS_AP = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
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
WRITERS = ("Jane Doe", "John Roe", "Maria Lopez", "Tom Hartley", "Priya Nair", "Lukas Becker", "Aisha Bello")
EDITORS = ("Mark Potter", "Alison Williams", "Kirsten Donovan", "Sandra Maler", "Hugh Lawson")
KOREAN_WRITERS = ("Kim Soo-yeon", "Lee Jae-young", "Park Min-su", "Choi Ji-eun", "Yoo Jee-ho")
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
TEAMS = ("Arsenal", "Chelsea", "Everton", "Fulham", "Brentford", "Burnley", "Newcastle", "Brighton")


def _chrome_before(d: Draft, anchor: str, lines: list[str]) -> None:
    """Put page chrome (a block of lines no field names) right above ``anchor`` in the draft's text."""
    previous = d.text

    def text() -> str:
        out = previous()
        at = out.find(anchor)
        if at < 0 or not anchor.strip():
            return out
        at += len(anchor) - len(anchor.lstrip("\n"))  # an anchor may open with the line break before it
        return f"{out[:at]}{chr(10).join(lines)}\n\n{out[at:]}"

    object.__setattr__(d, "text", text)


def _when(rng: random.Random) -> tuple[int, int, int, int]:
    """(month index, day, hour, minute)."""
    return rng.randrange(12), rng.randint(1, 28), rng.randint(6, 21), rng.randint(0, 59)


def _writer(rng: random.Random) -> str:
    return rng.choice(WRITERS)


def _handle(name: str) -> str:
    return name.replace(" ", "").lower()


def _ap_time(rng: random.Random) -> str:
    month, day, hour, minute = _when(rng)
    ampm = "AM" if hour < 12 else "PM"
    return f"Updated {(hour - 1) % 12 + 1}:{minute:02d} {ampm} EST, {MONTHS[month]} {day}, 2026"


def _reuters_time(rng: random.Random) -> str:
    month, day, hour, minute = _when(rng)
    ampm = "AM" if hour < 12 else "PM"
    glue = rng.choice(["", " "])
    clock = f"{(hour - 1) % 12 + 1}:{minute:02d} {ampm} GMT"
    return f"{MONTHS[month]} {day}, 2026{glue}{clock}Updated {rng.randint(1, 9)} hours ago"


def _reuters_dateline(rng: random.Random, c: Case, place: str = "") -> str:
    month, day, _, _ = _when(rng)
    c.place = place or rng.choice(["LONDON", "NEW YORK", "WASHINGTON", "SINGAPORE", "FRANKFURT", "TOKYO"])
    c.date = f"{MONTHS[month][:3]} {day}"
    c.agency = "Reuters"
    c.source = c.source or "Reuters"
    return f"{c.place}, {c.date} (Reuters) -"


def _reuters_credit(rng: random.Random, brackets: bool) -> tuple[str, str]:
    """(the closing line as printed, the credit)."""
    reporting = " and ".join(rng.sample(WRITERS, rng.choice([1, 2])))
    credit = f"Reporting by {reporting}; Editing by {rng.choice(EDITORS)}"
    return (f"({credit})" if brackets else credit), credit


AP_COPYRIGHT = (
    "Copyright 2026 The Associated Press. All rights reserved. This material may not be published, "
    "broadcast, rewritten or redistributed without permission."
)
REUTERS_STANDARDS = "Our Standards: The Thomson Reuters Trust Principles."


# --- live blogs -------------------------------------------------------------------------------


def h27_guardian_live(rng: random.Random, d: Draft, c: Case) -> None:
    topic = rng.choice(["Ukraine war", "US politics", "Middle East crisis", "Business", "UK politics"])
    d.title = f"{topic} live: {d.title}"
    d.dek = [
        rng.choice(
            [
                "Officials say talks will resume next week as pressure mounts on the government.",
                "The minister is expected to make a statement to parliament later today.",
            ]
        )
    ]
    names = rng.sample(WRITERS, 2)
    if rng.random() < 0.6:
        d.head.append(f"{names[0]} (now) and {names[1]} (earlier)")
        c.byline = f"{names[0]} and {names[1]}"
    else:
        d.head.append(names[0])
        c.byline = names[0]
    _, day, hour, minute = _when(rng)
    d.head.append(f"{rng.choice(DAYS)} {day} Nov 2026 {hour:02d}.{minute:02d} GMT")
    stamp = f"{hour:02d}.{max(minute - 5, 0):02d} GMT"
    d.head.append(stamp)
    teasers = [
        "Key events",
        f"{rng.randint(1, 3)}h ago",
        "Minister says no decision has been taken",
        f"{rng.randint(3, 6)}h ago",
        "Opposition calls for inquiry",
        "Show key events only",
        "Please turn on JavaScript to use this feature",
    ]
    _chrome_before(d, f"\n{stamp}\n", teasers)
    for i, paragraph in enumerate(d.body):
        if rng.random() < 0.7:
            later = f"{max(hour - i - 1, 0):02d}.{rng.randint(0, 59):02d} GMT"
            marks = [later] if rng.random() < 0.6 else [f"Updated at {hour:02d}.{minute:02d} GMT", "", later]
            _chrome_before(d, paragraph, marks)
    d.page_below = ["Explore more on these topics", topic, "Share", "Reuse this content"]


def h27_ap_live(rng: random.Random, d: Draft, c: Case) -> None:
    c.tags = ("LIVE",)
    d.title = f"LIVE: {d.title}"
    d.head = ["By The Associated Press", _ap_time(rng)]
    c.byline = c.source = "The Associated Press"
    _, _, hour, minute = _when(rng)
    first = f"{(hour - 1) % 12 + 1}:{minute:02d} {'AM' if hour < 12 else 'PM'} EST"
    d.head.append(first)
    for paragraph in d.body:
        if rng.random() < 0.7:
            stamp = f"{(hour - 2) % 12 + 1}:{rng.randint(0, 59):02d} {'AM' if hour < 12 else 'PM'} EST"
            _chrome_before(d, paragraph, ["Share", "", stamp] if rng.random() < 0.5 else [stamp])
    d.tail = [
        "___",
        f"Follow AP's coverage of the {rng.choice(['elections', 'economy', 'war in Ukraine'])} at "
        f"https://apnews.com/hub/{rng.choice(['election-2026', 'economy', 'russia-ukraine'])}.",
    ]
    if rng.random() < 0.5:
        d.tail.append(AP_COPYRIGHT)
        c.copyright = AP_COPYRIGHT


# --- fact checks --------------------------------------------------------------------------


def h27_fact_checks(rng: random.Random, d: Draft, c: Case) -> None:
    if rng.random() < 0.5:  # Reuters Fact Check on reuters.com
        c.tags = ("Fact Check",)
        d.title = f"Fact Check: {d.title}"
        d.head = ["By Reuters Fact Check", _reuters_time(rng)]
        c.byline, c.source = "Reuters Fact Check", "Reuters"
        d.body += [
            "VERDICT",
            rng.choice(
                [
                    "False. The video predates the floods; it was filmed in 2021 in another country.",
                    "Misleading. The figures are real but refer to a different year, officials said.",
                ]
            ),
        ]
        note = (
            "This article was produced by the Reuters Fact Check team. Read more about our work to "
            "fact-check social media posts here."
        )
        d.tail = [note, REUTERS_STANDARDS]
        c.credits = (note,)
    else:  # AFP Fact Check
        first, last = _writer(rng).split()
        name = f"{first} {last.upper()}"
        desk = rng.choice(["AFP USA", "AFP Canada", "AFP UK", "AFP Australia"])
        d.head = [
            f"By {name}, {desk}",
            f"Published on {rng.choice(MONTHS)} {rng.randint(1, 28)}, 2026 at {rng.randint(6, 21)}:"
            f"{rng.randint(0, 59):02d}",
        ]
        c.byline, c.source = name, "AFP"
        d.body.insert(
            min(1, len(d.body)),
            rng.choice(["Video predates the floods", "Old photo shared out of context", "Misleading claim"]),
        )


def h27_ap_fact_focus(rng: random.Random, d: Draft, c: Case) -> None:
    c.tags = ("FACT FOCUS",)
    d.title = f"FACT FOCUS: {d.title}"
    name = _writer(rng).upper()
    d.head = [f"By {name}", _ap_time(rng)]
    c.byline = name
    d.dateline = "WASHINGTON (AP) —"
    c.place, c.agency, c.source = "WASHINGTON", "AP", "AP"
    d.body[:0] = [
        "CLAIM: A video shows ballots being burned at a county election office in Arizona.",
        "AP'S ASSESSMENT: False. The county said the video shows sample ballots that were never cast.",
        "THE FACTS: The clip spread widely on social media platforms on Tuesday.",
    ]
    d.tail = [
        "___",
        "This is part of AP's effort to address widely shared misinformation, including work with outside "
        "companies and organizations to add factual context to misleading content that is circulating "
        "online. Learn more about fact-checking at AP.",
    ]
    if rng.random() < 0.5:
        d.tail.insert(1, "Find AP Fact Checks here: https://apnews.com/APFactCheck.")
    if rng.random() < 0.6:
        d.tail.append(AP_COPYRIGHT)
        c.copyright = AP_COPYRIGHT


# --- corrections and editor's notes --------------------------------------------------------


def h27_corrections(rng: random.Random, d: Draft, c: Case) -> None:
    kind = rng.randrange(4)
    what = rng.choice(["spelling of minister's name", "company's name", "date of the vote", "figure for exports"])
    if kind == 0:  # the wire: CORRECTED- with a note under the headline
        c.tags = ("CORRECTED", "UPDATE 1") if rng.random() < 0.4 else ("CORRECTED",)
        d.title = "".join(f"{t}-" for t in c.tags) + d.title
        d.head = [f"(Corrects {what} in paragraph {rng.randint(2, 6)})"]
        d.dateline = _reuters_dateline(rng, c)
        line, credit = _reuters_credit(rng, brackets=True)
        d.tail = [line]
        c.credits = (credit,)
    elif kind == 1:  # reuters.com: the correction note above the lede
        name = _writer(rng)
        month, day, _, _ = _when(rng)
        d.head = [
            f"By {name}",
            _reuters_time(rng),
            f"(This {MONTHS[month][:3]} {day} story has been corrected to fix the {what} in paragraph "
            f"{rng.randint(2, 6)})",
        ]
        c.byline = name
        d.dateline = _reuters_dateline(rng, c)
        line, credit = _reuters_credit(rng, brackets=False)
        d.tail = [line, REUTERS_STANDARDS]
        c.credits = (credit,)
    elif kind == 2:  # AP: an editor's note over the story, a correction note under it
        d.dek = [f"Editor's note: This story has been updated to remove a reference to the {what.split(' of ')[-1]}."]
        name = _writer(rng).upper()
        d.head = [f"By {name}", _ap_time(rng)]
        c.byline = name
        d.dateline = rng.choice(["CHICAGO (AP) —", "DENVER (AP) —"])
        c.place, c.agency, c.source = d.dateline.split(" (")[0], "AP", "AP"
        d.body.append("This story has been corrected to show that the vote was held on Tuesday, not Wednesday.")
        contributor = f"Associated Press writer {_writer(rng)} in Springfield, Illinois, contributed to this report."
        d.tail = ["___", contributor]
        c.credits = (contributor,)
    else:  # AFP: an advisory above the lede
        d.head = [
            rng.choice(
                [
                    f"CORRECTS {what} in para {rng.randint(2, 6)}",
                    f"UPDATES with {rng.choice(['minister quote', 'new toll', 'background'])}",
                ]
            )
        ]
        d.dateline = rng.choice(["Paris (AFP) -", "Brussels (AFP) -"])
        c.place, c.agency, c.source = d.dateline.split(" (")[0], "AFP", "AFP"
        code = rng.choice(["burs-jm/dc", "bur-sst/rmb", "ach/phz"])
        d.tail = [code]
        c.credits = (code,)


# --- explainers, factboxes, analysis, opinion ------------------------------------------------


def h27_explainers(rng: random.Random, d: Draft, c: Case) -> None:
    site = rng.random() < 0.5
    label = rng.choice(["Explainer", "Factbox"])
    if site:
        c.tags = (label,)
        d.title = f"{label}: {d.title}"
        name = _writer(rng)
        d.head = [f"By {name}", _reuters_time(rng)]
        c.byline = name
    else:
        c.tags = (label.upper(),)
        d.title = f"{label.upper()}-{d.title}"
        if rng.random() < 0.5:
            name = _writer(rng)
            d.head = [f"By {name}"]
            c.byline = name
    d.dateline = _reuters_dateline(rng, c)
    subheads = (
        ["WHAT HAPPENED?", "WHY DOES IT MATTER?", "What happens next?"]
        if label == "Explainer"
        else ["NATIONAL PARTY", "LABOUR ALLIANCE", "GREEN BLOC"]
    )
    for i, subhead in enumerate(subheads[: len(d.body)]):
        d.body.insert(2 * i, subhead)
    line, credit = _reuters_credit(rng, brackets=not site)
    d.tail = [line, REUTERS_STANDARDS] if site else [line]
    c.credits = (credit,)


def h27_analysis_opinion(rng: random.Random, d: Draft, c: Case) -> None:
    kind = rng.randrange(3)
    name = _writer(rng)
    if kind == 0:  # ANALYSIS- on the wire
        c.tags = ("ANALYSIS",)
        d.title = f"ANALYSIS-{d.title}"
        d.head = [f"By {name}"]
        c.byline = name
        d.dateline = _reuters_dateline(rng, c)
        line, credit = _reuters_credit(rng, brackets=True)
        d.tail = [line]
        c.credits = (credit,)
    elif kind == 1:  # Breakingviews
        c.tags = ("BREAKINGVIEWS",)
        d.title = f"BREAKINGVIEWS-{d.title}"
        d.head = [f"By {name}"]
        c.byline = name
        month, day, _, _ = _when(rng)
        c.place, c.date, c.agency = (
            rng.choice(["NEW YORK", "LONDON", "HONG KONG"]),
            f"{MONTHS[month][:3]} {day}",
            "Reuters Breakingviews",
        )
        c.source = "Reuters Breakingviews"
        d.dateline = f"{c.place}, {c.date} (Reuters Breakingviews) -"
        follow = f"Follow @{_handle(name)} on X"
        editing = f"Editing by {rng.choice(EDITORS)}; Production by {rng.choice(EDITORS)}"
        d.tail = [
            follow,
            "CONTEXT NEWS",
            f"- The company said on {MONTHS[month]} {day} it would buy its rival for $4.2 billion in cash.",
            "- Shares of the target rose 18% in early trading.",
            f"For previous columns by the author, Reuters customers can click on [{name.split()[-1].upper()}/]",
            editing,
        ]
        c.credits = (follow, editing)
    else:  # Bloomberg Opinion on a client's page
        d.head = [f"By {name}, Bloomberg Opinion"]
        c.byline, c.source = name, "Bloomberg Opinion"
        if rng.random() < 0.5:
            d.dateline = "(Bloomberg Opinion) --"
            c.agency = "Bloomberg Opinion"
        beat = rng.choice(["energy", "banking", "Asian markets"])
        bio = f"{name} is a Bloomberg Opinion columnist covering {beat}. She was previously a reporter at the FT."
        d.tail = [
            "This column reflects the personal views of the author and does not necessarily reflect the "
            "opinion of the editorial board or Bloomberg LP and its owners.",
            bio,
            "More stories like this are available on bloomberg.com/opinion",
            "©2026 Bloomberg L.P.",
        ]
        c.credits = (bio,)
        c.copyright = "©2026 Bloomberg L.P."


# --- obituaries, photo essays, sports, markets -----------------------------------------------


def h27_obituaries(rng: random.Random, d: Draft, c: Case) -> None:
    subject = rng.choice(["Margaret Ellison", "Harold Finch", "Rosa Delgado", "Samuel Okafor"])
    who = rng.choice(
        [
            "who led the city's transit agency for two decades",
            "whose novels sold millions of copies",
            "who founded the country's first women's bank",
        ]
    )
    age = rng.randint(78, 99)
    d.lede = f"{subject}, {who}, has died. {rng.choice(['She', 'He'])} was {age}."
    if rng.random() < 0.5:  # AP
        d.title = f"{subject}, {who.split(' ', 1)[1]}, dies at {age}"
        name = _writer(rng).upper()
        d.head = [f"By {name}", _ap_time(rng)]
        c.byline = name
        d.dateline = rng.choice(["NEW YORK (AP) —", "LOS ANGELES (AP) —", "BOSTON (AP) —"])
        c.place, c.agency, c.source = d.dateline.split(" (")[0], "AP", "AP"
        contributor = f"Associated Press writer {_writer(rng)} contributed to this report."
        d.tail = ["___", contributor]
        c.credits = (contributor,)
    else:  # Reuters
        c.tags = ("OBITUARY",)
        cause = rng.choice(["public transport", "fiction", "women in finance"])
        d.title = f"OBITUARY-{subject}, champion of {cause}, dies at {age}"
        d.dateline = _reuters_dateline(rng, c)
        line, credit = _reuters_credit(rng, brackets=True)
        d.tail = [line]
        c.credits = (credit,)


def h27_photo_essays(rng: random.Random, d: Draft, c: Case) -> None:
    c.tags = ("In pictures",)
    d.title = f"In pictures: {d.title}"
    month, day, hour, minute = _when(rng)
    d.head = [
        "Reuters",
        f"{rng.choice(DAYS)}, {MONTHS[month]} {day}, 2026 at {(hour - 1) % 12 + 1}:{minute:02d} "
        f"{'AM' if hour < 12 else 'PM'} UTC",
    ]
    c.source = "Reuters"
    total = len(d.body) + 2
    for i, paragraph in enumerate(d.body, start=1):
        caption = (
            f"A {rng.choice(['woman', 'man', 'volunteer', 'firefighter'])} "
            f"{rng.choice(['walks past', 'stands near', 'looks at'])} "
            f"damaged buildings in {rng.choice(['Kharkiv, Ukraine', 'Valencia, Spain', 'Manila, Philippines'])}, "
            f"{MONTHS[month]} {day}, 2026. REUTERS/{_writer(rng)}"
        )
        _chrome_before(d, paragraph, [f"{i} / {total}", caption])


def h27_sports(rng: random.Random, d: Draft, c: Case) -> None:
    kind = rng.randrange(3)
    home, away = rng.sample(TEAMS, 2)
    if kind == 0:  # a Reuters results wrap
        c.tags = ("SOCCER",)
        d.title = f"SOCCER-{d.title}"
        d.dateline = _reuters_dateline(rng, c, "LONDON")
        pairs = rng.sample(TEAMS, 6)
        d.body += [f"{pairs[i]} {rng.randint(0, 4)} {pairs[i + 1]} {rng.randint(0, 4)}" for i in range(0, 6, 2)]
        line, credit = _reuters_credit(rng, brackets=True)
        d.tail = [line]
        c.credits = (credit,)
    elif kind == 1:  # an AP game story
        name = _writer(rng).upper()
        d.head = [f"By {name} AP Sports Writer", _ap_time(rng)]
        c.byline, c.source = name, "AP"
        d.dateline = "FOXBOROUGH, Mass. (AP) —"
        c.place, c.agency = "FOXBOROUGH, Mass.", "AP"
        d.body += ["UP NEXT", "Patriots: Host the Jets on Sunday.", "Bills: At Miami on Nov. 15."]
        d.tail = ["___", "AP NFL: https://apnews.com/hub/nfl"]
    else:  # PA Sport on a client's page
        name = _writer(rng)
        d.head = [
            f"By {name}, PA Sport",
            f"{rng.choice(DAYS)} {rng.randint(1, 28)} Nov 2026 {rng.randint(12, 22)}:{rng.randint(0, 59):02d}",
        ]
        c.byline, c.source = name, "PA"
        d.body.append(f"Final score: {home} {rng.randint(0, 4)}, {away} {rng.randint(0, 4)}.")


def h27_markets(rng: random.Random, d: Draft, c: Case) -> None:
    kind = rng.randrange(3)
    if kind == 0:  # Reuters' markets wrap
        c.tags = ("GLOBAL MARKETS",)
        d.title = f"GLOBAL MARKETS-{d.title}"
        name = _writer(rng)
        d.head = [
            "(Updates prices, adds analyst comment)",
            "(For a Reuters live blog on U.S., UK and European stock markets, click LIVE/ or type LIVE/ in a news "
            "window.)",
            f"By {name}",
        ]
        c.byline = name
        d.dateline = _reuters_dateline(rng, c, "NEW YORK/LONDON")
        reporting = " and ".join(rng.sample(WRITERS, 2))
        credit = f"Reporting by {reporting}; Additional reporting by {_writer(rng)}; Editing by {rng.choice(EDITORS)}"
        d.tail = [f"({credit})"]
        c.credits = (credit,)
    elif kind == 1:  # Bernama's close with a table
        month, day, _, _ = _when(rng)
        c.place, c.date, c.agency = "KUALA LUMPUR", f"{MONTHS[month][:3]} {day}", "Bernama"
        d.dateline = f"KUALA LUMPUR, {c.date} (Bernama) --"
        d.body += [
            "At the close:",
            f"FBM KLCI {rng.randint(1500, 1700)}.{rng.randint(10, 99)} +{rng.randint(1, 9)}.{rng.randint(10, 99)}",
            f"FBM Emas Index {rng.randint(11000, 12500)}.{rng.randint(10, 99)} "
            f"+{rng.randint(10, 60)}.{rng.randint(10, 99)}",
            f"FBM ACE Index {rng.randint(4500, 5500)}.{rng.randint(10, 99)} "
            f"-{rng.randint(1, 30)}.{rng.randint(10, 99)}",
        ]
        d.tail = ["-- BERNAMA"]
        c.source = "BERNAMA"
    else:  # Yonhap's close
        c.tags = ("LEAD",)
        d.title = f"(LEAD) {d.title}"
        month, day, hour, minute = _when(rng)
        d.head = [f"All News {hour:02d}:{minute:02d} {MONTHS[month]} {day:02d}, 2026"]
        c.place, c.date, c.agency, c.source = "SEOUL", f"{MONTHS_AP[month]} {day}", "Yonhap", "Yonhap"
        d.dateline = f"SEOUL, {c.date} (Yonhap) --"
        mail = f"{rng.choice(['kimsy', 'jaeyoung', 'mspark'])}@yna.co.kr"
        d.tail = [mail, "(END)"]
        c.credits = (mail,)


def h27_yonhap_kyodo_features(rng: random.Random, d: Draft, c: Case) -> None:
    month, day, hour, minute = _when(rng)
    if rng.random() < 0.6:  # Yonhap
        c.tags = rng.choice([("News Focus",), ("Yonhap Interview",), ("LEAD",), ("2nd LD",), ("Yonhap Feature",)])
        d.title = f"({c.tags[0]}) {d.title}"
        name = rng.choice(KOREAN_WRITERS)
        d.head = [f"By {name}", f"All News {hour:02d}:{minute:02d} {MONTHS[month]} {day:02d}, 2026"]
        c.byline = name
        c.place, c.date, c.agency, c.source = "SEOUL", f"{MONTHS_AP[month]} {day}", "Yonhap", "Yonhap"
        d.dateline = f"SEOUL, {c.date} (Yonhap) --"
        mail = f"{name.split()[-1].lower().replace('-', '')}@yna.co.kr"
        d.tail = [mail, "(END)"]
        c.credits = (mail,)
    else:  # Kyodo on its own site
        c.tags = (rng.choice(["FOCUS", "FEATURE"]),)
        d.title = f"{c.tags[0]}: {d.title}"
        d.head = [
            f"KYODO NEWS - {MONTHS[month][:3]} {day}, 2026 - {hour:02d}:{minute:02d} | All, "
            f"{rng.choice(['Japan', 'World', 'Business'])}"
        ]
        c.source = "KYODO NEWS"
        d.tail = ["==Kyodo"]


HELD_OUT_27: dict[str, Template] = {
    "guardian-live": h27_guardian_live,
    "ap-live": h27_ap_live,
    "fact-checks": h27_fact_checks,
    "ap-fact-focus": h27_ap_fact_focus,
    "corrections": h27_corrections,
    "explainers": h27_explainers,
    "analysis-opinion": h27_analysis_opinion,
    "obituaries": h27_obituaries,
    "photo-essays": h27_photo_essays,
    "sports": h27_sports,
    "markets": h27_markets,
    "yonhap-kyodo-features": h27_yonhap_kyodo_features,
}


# --- negatives: look-alikes that are not metadata ---------------------------------------------


def n27_live_times(rng: random.Random, d: Draft, c: Case) -> None:
    hour = rng.randint(8, 16)
    d.lede = f"At {hour:02d}:41 GMT, the benchmark index was trading 0.4% higher as investors weighed the latest data."
    d.body.insert(0, f"By {hour + 1:02d}:00 GMT the gains had faded, with energy shares leading the decline.")
    d.body.append(f"Trading resumes at {hour - 1:02d}:30 GMT on Friday, the exchange said in a statement.")


def n27_fact_check_quote(rng: random.Random, d: Draft, c: Case) -> None:
    d.body[:0] = [
        f'The post shows a screenshot of an article headed "By John Smith, {rng.choice(["Reuters", "AP"])}" '
        "that was never published by the agency.",
        "Claim: the city council voted to ban gas stoves in all new homes from next year.",
        "Verdict: false. The council has held no such vote, a spokesperson said on Tuesday.",
    ]


def n27_correction_quote(rng: random.Random, d: Draft, c: Case) -> None:
    d.dek = ["Editor's note: An earlier version of this story misstated the date of the hearing."]
    d.body.append(
        "Correction: An earlier version of this article carried the dateline "
        f'"{rng.choice(["KYIV, Ukraine (AP) —", "LONDON, Nov 5 (Reuters) -"])}"; the reporting was done in Lviv.'
    )


def n27_obituary_quote(rng: random.Random, d: Draft, c: Case) -> None:
    d.lede = (
        '"NEW YORK (AP) — The lights went out on Broadway tonight." That was the first line Ruth Carver '
        "ever filed, and she kept the clipping on her desk for sixty years."
    )
    d.body.append("Carver died on Sunday at her home in Vermont, her daughter said. She was 91.")


NEGATIVES_27: dict[str, Template] = {
    "live-times": n27_live_times,
    "fact-check-quote": n27_fact_check_quote,
    "correction-quote": n27_correction_quote,
    "obituary-quote": n27_obituary_quote,
}
