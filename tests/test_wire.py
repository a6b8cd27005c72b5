"""The wire detectors and the wire pass: many agencies' shapes, and look-alikes that must stay."""

from __future__ import annotations

from typing import Any

import pytest

from cleannews import clean
from cleannews.config import Config
from cleannews.provenance import replay
from cleannews.result import Result
from cleannews.wire.byline import parse_byline
from cleannews.wire.dateline import find_dateline, find_standalone_dateline
from cleannews.wire.rules import WirePatternError, entries_from_toml, wire_rules
from cleannews.wire.tags import split_tags
from cleannews.wire.trailer import classify_trailer

RULES = wire_rules()
BODY = "Officials said the measure would take effect next month. Critics called it rushed."


def checked(text: str, **options: Any) -> Result:
    """Clean ``text`` and check that the provenance accounts for the output."""
    result = clean(text, **options)
    assert replay(text, result.removed, result.edits) == result.text
    return result


class TestHeadlineTags:
    @pytest.mark.parametrize(
        ("headline", "tags", "title"),
        [
            ("(LEAD) Defense chief meets NATO commander", ("LEAD",), "Defense chief meets NATO commander"),
            ("(2nd LD) N. Korea fires missile", ("2nd LD",), "N. Korea fires missile"),
            ("(3rd LD) Storm hits Busan", ("3rd LD",), "Storm hits Busan"),
            ("(URGENT) Quake hits Japan", ("URGENT",), "Quake hits Japan"),
            ("(News Focus) Chip exports slow", ("News Focus",), "Chip exports slow"),
            ("(Yonhap Interview) Envoy says talks vital", ("Yonhap Interview",), "Envoy says talks vital"),
            ("(Yonhap Feature) Life on Jeju", ("Yonhap Feature",), "Life on Jeju"),
            ("(EDITORIAL from Korea Times) A wake-up call", ("EDITORIAL from Korea Times",), "A wake-up call"),
            ("(LEAD) (Asiad) Korea wins gold", ("LEAD", "Asiad"), "Korea wins gold"),
            ("(World Cup) Korea beat Portugal 2-1", ("World Cup",), "Korea beat Portugal 2-1"),
            ("(Hangzhou Asiad) Archers sweep", ("Hangzhou Asiad",), "Archers sweep"),
            ("UPDATE 2-Oil falls on supply fears", ("UPDATE 2",), "Oil falls on supply fears"),
            ("EXCLUSIVE-WeWork weighs job cuts", ("EXCLUSIVE",), "WeWork weighs job cuts"),
            ("CORRECTED-UPDATE 1-Banks rally", ("CORRECTED", "UPDATE 1"), "Banks rally"),
            ("REFILE-Yen slips", ("REFILE",), "Yen slips"),
            ("RPT-INSIGHT-Farmers adapt", ("RPT", "INSIGHT"), "Farmers adapt"),
            ("ANALYSIS-Fed faces a dilemma", ("ANALYSIS",), "Fed faces a dilemma"),
            ("FACTBOX-Who is who in the talks", ("FACTBOX",), "Who is who in the talks"),
            ("BREAKINGVIEWS-Tech's new math", ("BREAKINGVIEWS",), "Tech's new math"),
            ("Factbox: Who is running", ("Factbox",), "Who is running"),
            ("Explainer: Why rates matter", ("Explainer",), "Why rates matter"),
            ("BREAKING: Quake hits Chile", ("BREAKING",), "Quake hits Chile"),
            ("WATCH: Rescue at sea", ("WATCH",), "Rescue at sea"),
            ("LIVE: Election results", ("LIVE",), "Election results"),
            ("[속보] 북한, 미사일 발사", ("속보",), "북한, 미사일 발사"),
            ("[종합2보] 정부, 대책 발표", ("종합2보",), "정부, 대책 발표"),
        ],
    )
    def test_tags(self, headline: str, tags: tuple[str, ...], title: str) -> None:
        found = split_tags(headline, RULES)
        assert (found.tags, found.title) == (tags, title)

    @pytest.mark.parametrize(
        ("headline", "agency", "title"),
        [
            ("Quake hits Japan (AP)", "AP", "Quake hits Japan"),
            ("Oil falls on supply fears - Reuters", "Reuters", "Oil falls on supply fears"),
            ("Stocks slide | Reuters", "Reuters", "Stocks slide"),
        ],
    )
    def test_agency_after_the_headline(self, headline: str, agency: str, title: str) -> None:
        found = split_tags(headline, RULES)
        assert (found.agency, found.title, found.tags) == (agency, title, ())

    @pytest.mark.parametrize(
        "headline",
        [
            "US-China talks resume",
            "COVID-19 cases climb again",
            "UK-EU deal close, says minister",
            "(Not) the end of an era",
            "(un)happy returns",
            "Breaking Bad star dies at 70",
            "Trump: I will win",
            "Woman sues Reuters over photo",
            "(LEAD)",
        ],
    )
    def test_look_alikes_are_not_tags(self, headline: str) -> None:
        found = split_tags(headline, RULES)
        assert (found.tags, found.title, found.agency) == ((), headline, None)


class TestDatelines:
    @pytest.mark.parametrize(
        ("lede", "place", "date", "agency"),
        [
            ("SEOUL, Nov. 30 (Yonhap) -- South Korea said.", "SEOUL", "Nov. 30", "Yonhap"),
            ("LONDON, Jan 5 (Reuters) - Oil fell.", "LONDON", "Jan 5", "Reuters"),
            ("WASHINGTON (AP) — The Senate voted.", "WASHINGTON", None, "AP"),
            ("PARIS (AFP) - France agreed.", "PARIS", None, "AFP"),
            ("Paris (AFP) - France agreed.", "Paris", None, "AFP"),
            ("BEIJING, Jan. 11 (Xinhua) -- China said.", "BEIJING", "Jan. 11", "Xinhua"),
            ("TOKYO (Kyodo) -- Japan said.", "TOKYO", None, "Kyodo"),
            ("MADRID — Rafael Nadal won.", "MADRID", None, None),
            ("SALVADOR, Feb 26 - Brazil said.", "SALVADOR", "Feb 26", None),
            ("AP - Sondland was known for it.", None, None, "AP"),
            ("(Reuters) — The attorney general said.", None, None, "Reuters"),
            ("(CNN) President Trump made a trip.", None, None, "CNN"),
            ("HAYWARD, Calif. (AP) — The Latest.", "HAYWARD, Calif.", None, "AP"),
            ("ST. JOSEPH, Mich. (AP) — Officials said.", "ST. JOSEPH, Mich.", None, "AP"),
            ("DUBAI, United Arab Emirates — Emirates said.", "DUBAI, United Arab Emirates", None, None),
            ("Dekalb, Ill. — Mike Glass threw.", "Dekalb, Ill.", None, None),
            ("NEW DELHI: Their dream ended.", "NEW DELHI", None, None),
            ("New Delhi, Jun 2 (PTI) The monsoon arrived.", "New Delhi", "Jun 2", "PTI"),
            ("WASHINGTON (January 24, 2017) — Meditation helps.", "WASHINGTON", "January 24, 2017", None),
            ("CHICAGO, Nov. 19, 2019 /PRNewswire/ -- Acme said.", "CHICAGO", "Nov. 19, 2019", "PRNewswire"),
            ("ANKARA (Anadolu) - Turkey said.", "ANKARA", None, "Anadolu"),
            ("Madrid, 5 ene (EFE).- El Gobierno dijo.", "Madrid", "5 ene", "EFE"),
            ("(ANSA) - ROMA, 05 GEN - Il governo.", "ROMA", "05 GEN", "ANSA"),
            ("(서울=연합뉴스) 김수연 기자 = 정부가 밝혔다.", "서울", None, "연합뉴스"),
            ("【ワシントン共同】米大統領は発表した。", "ワシントン", None, "共同"),
        ],
    )
    def test_datelines(self, lede: str, place: str | None, date: str | None, agency: str | None) -> None:
        found = find_dateline(lede, RULES)
        assert found is not None
        assert (found.place, found.date, found.agency) == (place, date, agency)
        assert lede[found.end :].strip()

    def test_korean_dateline_carries_the_byline(self) -> None:
        found = find_dateline("(세종=연합뉴스) 김수연 이재영 기자 = 정부가 밝혔다.", RULES)
        assert found is not None and found.byline == "김수연 이재영"

    @pytest.mark.parametrize(
        "lede",
        [
            "NATO — the alliance said on Monday it would act.",
            "NASA - The agency said the launch slipped.",
            "BREAKING — A quake hit.",
            "Reuters reported on Monday that talks failed.",
            "The company said (in a statement) - nothing.",
            "DEAR ABBY: My husband bought a boat.",
            "SACHA PFEIFFER, HOST: The Texas Legislature met.",
            "Wordrunner - The Ultimate Keyboard.",
            "John Lewis - UK based. Easy to book.",
            "Apple (AAPL) - the iPhone maker - said.",
            "WASHINGTON state officials said on Monday.",
        ],
    )
    def test_look_alikes_are_not_datelines(self, lede: str) -> None:
        assert find_dateline(lede, RULES) is None

    def test_standalone(self) -> None:
        found = find_standalone_dateline("BAAR, SWITZERLAND", RULES)
        assert found is not None and found.place == "BAAR, SWITZERLAND"
        assert find_standalone_dateline("OCTOBER 13, 2025", RULES) is None
        assert find_standalone_dateline("WORLD NEWS", RULES) is None


class TestBylines:
    @pytest.mark.parametrize(
        ("line", "names", "affiliation"),
        [
            ("By Kim Soo-yeon", "Kim Soo-yeon", None),
            ("By Jane Doe and John Roe", "Jane Doe and John Roe", None),
            ("By Jane Doe, Reuters", "Jane Doe", "Reuters"),
            ("By Meg James Staff Writer", "Meg James", "Staff Writer"),
            ("By Mary Ann Smith Staff Writer", "Mary Ann Smith", "Staff Writer"),
            ("By JANE DOE", "JANE DOE", None),
            ("By Ahmed al-Masri", "Ahmed al-Masri", None),
            ("By Nguyen Van An", "Nguyen Van An", None),
            ("By Jane Doe, John Roe and Kim Soo-yeon", "Jane Doe, John Roe and Kim Soo-yeon", None),
            ("By Jane Doe | Reuters", "Jane Doe", "Reuters"),
            ("By Reuters Staff", "Reuters Staff", "Reuters Staff"),
            ("Von Max Mustermann", "Max Mustermann", None),
        ],
    )
    def test_bylines(self, line: str, names: str, affiliation: str | None) -> None:
        found = parse_byline(line, RULES)
        assert found is not None and (found.names, found.affiliation) == (names, affiliation)

    @pytest.mark.parametrize(
        "line",
        [
            "By the time rescuers arrived, the river had risen.",
            "By Monday, the river had fallen.",
            "By Monday Night",
            "By contrast, prices rose.",
            "By far the best year yet",
            "Bylaws were changed",
        ],
    )
    def test_look_alikes_are_not_bylines(self, line: str) -> None:
        assert parse_byline(line, RULES) is None


class TestTrailers:
    @pytest.mark.parametrize(
        ("line", "kind", "value"),
        [
            ("(END)", "marker", None),
            ("Source: Yonhap News Agency", "source", "Yonhap News Agency"),
            (
                "(Reporting by Will Dunham; Editing by Tom Brown)",
                "credit",
                "Reporting by Will Dunham; Editing by Tom Brown",
            ),
            ("Reporting by Jane Doe in London and John Roe in Paris; Editing by Tom Brown", "credit", None),
            ("Reuters", "signoff", "Reuters"),
            ("Reuter", "signoff", "Reuters"),  # the old sign-off, under the agency's name
            ("Associated Press writer Jane Doe contributed to this report.", "credit", None),
            ("Rudri Bhatt Patel contributed to this article.", "credit", None),
            ("CNN's Jane Doe contributed reporting.", "credit", None),
            ("kimsy@yna.co.kr", "email", "kimsy@yna.co.kr"),
            ("정덕현 칼럼니스트 thekian1@entermedia.co.kr", "email", None),
            ("© 2024 Reuters", "copyright", "© 2024 Reuters"),
            ("Copyright 2019 Hawaii News Now. All rights reserved.", "copyright", None),
            ("<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>", "copyright", None),
            ("___", "separator", None),
            ("bur-sst/ac", "credit", "bur-sst/ac"),
            ("(Image credit: All About Space)", "credit", None),
            ("Our Standards: The Thomson Reuters Trust Principles.", "marker", None),
            ("==Kyodo", "marker", None),
        ],
    )
    def test_trailers(self, line: str, kind: str, value: str | None) -> None:
        found = classify_trailer(line, RULES)
        assert found is not None and found.kind == kind
        if value is not None:
            assert found.value == value

    @pytest.mark.parametrize(
        "line",
        [
            "The company told Reuters it would appeal the ruling.",
            "Reporting by the Guardian showed that prices rose.",
            "Copyright law does not protect ideas, only their expression.",
            "Readers can send their questions to tips@example.com before Friday.",
            "Rising fuel costs contributed to the increase.",
            "Editing by hand takes hours.",
            "Sources said the deal was close.",
            "(Graphic: Global assets in 2019 - here)",
            "The film closes on a card that reads (END) in white letters.",
        ],
    )
    def test_look_alikes_are_not_trailers(self, line: str) -> None:
        assert classify_trailer(line, RULES) is None


class TestPass:
    def test_reuters_story(self) -> None:
        text = (
            "UPDATE 2-Oil falls - Reuters\n\nBy Jane Doe\n\nLONDON, Jan 5 (Reuters) - Oil fell on Friday.\n\n"
            f"{BODY}\n\n(Reporting by Jane Doe; Editing by Tom Brown)\n"
        )
        result = checked(text)
        assert result.tags == ("UPDATE 2",) and result.title == "Oil falls"
        assert result.byline == "Jane Doe" and result.source == "Reuters"
        assert result.credits == ("Reporting by Jane Doe; Editing by Tom Brown",)
        assert result.text == f"Oil falls\n\nLONDON, Jan 5 (Reuters) - Oil fell on Friday.\n\n{BODY}\n"

    def test_dateline_stays_unless_stripped(self) -> None:
        text = f"Quake hits Japan\n\nTOKYO (Kyodo) -- A quake hit.\n\n{BODY}\n"
        kept = checked(text)
        stripped = checked(text, strip_dateline=True)
        assert kept.dateline.agency == "Kyodo" and "TOKYO (Kyodo) --" in kept.text
        assert stripped.text.startswith("Quake hits Japan\n\nA quake hit.")
        edit = stripped.edits[-1]
        assert (edit.pass_name, edit.before, edit.after, edit.kind) == ("wire", "TOKYO (Kyodo) -- ", "", "dateline")

    def test_keep_meta_reports_but_leaves_the_text(self) -> None:
        text = f"(LEAD) Rain floods Seoul\n\nBy Kim Soo-yeon\n\nSEOUL (Yonhap) -- Rain fell.\n\n{BODY}\n\n(END)\n"
        result = checked(text, keep_meta=True)
        assert result.text == text.replace("\n\n\n", "\n\n")
        assert result.tags == ("LEAD",) and result.byline == "Kim Soo-yeon"
        assert result.removed == () and result.edits == ()

    def test_sign_off_only_below_a_sentence(self) -> None:
        listed = checked(f"Who carried it\n\n{BODY}\n\nThe outlets were:\nAP\nAFP\nReuters\n")
        assert listed.source is None and listed.text.endswith("Reuters\n")
        signed = checked(f"Talks fail\n\n{BODY}\n\nReuters\n")
        assert signed.source == "Reuters" and signed.text.endswith("rushed.\n")

    def test_inline_credits_and_end_marker(self) -> None:
        result = checked(f"Talks fail\n\n{BODY} (Reporting by Jane Doe; Editing by John Roe)\n")
        assert result.credits == ("Reporting by Jane Doe; Editing by John Roe",)
        assert result.text.endswith("rushed.\n")
        ended = checked(f"Talks fail\n\n{BODY} (END)\n")
        assert ended.text.endswith("rushed.\n")

    def test_body_mentions_of_agencies_stay(self) -> None:
        last = "The bank declined to comment to Reuters."
        text = f"Bank fined\n\nReuters reported the fine on Monday.\n\n{BODY}\n\n{last}\n"
        result = checked(text)
        assert result.removed == () and result.edits == () and result.source is None

    def test_a_line_edited_earlier_is_removed_with_its_edited_text(self) -> None:
        # ftfy repairs the credit line first; the wire pass then removes the repaired line.
        text = f"Talks fail\n\n{BODY}\n\n(Reporting by JosÃ© Silva; Editing by Ann Lee)\n"
        result = checked(text)
        assert result.text.endswith("rushed.\n")
        assert [(r.pass_name, r.text) for r in result.removed] == [
            ("wire", "(Reporting by José Silva; Editing by Ann Lee)")
        ]

    def test_copyright_line_removed_as_chrome_fills_copyright(self) -> None:
        result = checked(f"Talks fail\n\n{BODY}\n\nÂ© 2024 Reuters\n")
        assert result.copyright == "© 2024 Reuters" and result.text.endswith("rushed.\n")

    def test_only_the_head_and_tail_are_read(self) -> None:
        text = f"Talks fail\n\n{BODY}\n\n(END)\n\nBy Jane Doe\n\nTalks resume on Monday, both sides said.\n"
        result = checked(text)
        assert result.byline is None and "(END)" in result.text


class TestUserPatterns:
    def test_every_packaged_pattern_compiles(self) -> None:
        # The packaged files are loaded without compiling each regex (start-up); check them here.
        from importlib import resources

        folder = resources.files("cleannews.lexicon").joinpath("wire")
        names = sorted(f.name for f in folder.iterdir() if f.name.endswith(".toml"))
        assert len(names) >= 10
        for name in names:
            assert entries_from_toml(folder.joinpath(name).read_text(encoding="utf-8"), name, validate=True)

    def test_config_file_table_adds_patterns(self) -> None:
        extra = entries_from_toml(
            '[wire.agencies]\nnames = ["Wirecorp"]\n[wire.trailers]\nmarkers = ["<<< eom >>>"]\n'
            '[wire.tags]\nprefixes = ["WIRE FLASH"]\n'
        )
        text = f"WIRE FLASH-Talks fail\n\nOSLO (Wirecorp) - Talks failed.\n\n{BODY}\n\n<<< eom >>>\n"
        result = checked(text, wire_patterns=extra)
        assert result.tags == ("WIRE FLASH",) and result.source == "Wirecorp"
        assert result.text.endswith("rushed.\n")
        plain = checked(text)
        assert plain.tags == () and plain.text.endswith("<<< eom >>>\n")

    @pytest.mark.parametrize(
        ("toml", "message"),
        [
            ('[wire.tags]\nprefix = ["X"]', "unknown key"),
            ('[wire.tags]\nprefixes = "X"', "must be a list of strings"),
            ('[wire.trailers]\nmarkers = ["(unclosed"]', "bad regex"),
            ("[wire", "not valid TOML"),
        ],
    )
    def test_bad_patterns_are_reported(self, toml: str, message: str) -> None:
        with pytest.raises(WirePatternError, match=message):
            entries_from_toml(toml)

    def test_unknown_kind_in_config(self) -> None:
        with pytest.raises(WirePatternError, match="unknown wire pattern kind"):
            clean("a\n\nb", Config(wire_patterns=(("nonsense", "x"),)))
