"""Wire forms of the fifteenth round: copy as news databases, feed readers and terminals hand it over
(Factiva, Nexis, ProQuest, NewsBank records; a saved feed item; Bloomberg, Dow Jones and Reuters
terminal copy), and the look-alikes that must stay in the text."""

from __future__ import annotations

import pytest
from wire_articles import BODY, MORE, checked

from cleannews.wire.fields import record_field
from cleannews.wire.rules import wire_rules
from cleannews.wire.tags import split_tags
from cleannews.wire.timestamp import is_timestamp
from cleannews.wire.trailer import classify_trailer

RULES = wire_rules()
LEDE = f"LONDON (AP) — {BODY}"


def wire_removed(result: object) -> list[str]:
    return [r.text for r in result.removed if r.pass_name == "wire"]  # type: ignore[attr-defined]


class TestRecords:
    def test_factiva_head_and_document_id(self) -> None:
        text = (
            "Council passes budget\n\nBy Jane Doe\n\n635 words\n\n6 January 2026\n\nThe Canadian Press\n\n"
            "CPR\n\nEnglish\n\n(c) 2026 The Canadian Press\n\n"
            f"TORONTO — {BODY}\n\n{MORE}\n\nDocument CPR0000020260106etb600993\n"
        )
        result = checked(text)
        assert (result.byline, result.source, result.copyright) == (
            "Jane Doe",
            "The Canadian Press",
            "(c) 2026 The Canadian Press",
        )
        assert result.dateline is not None and result.dateline.place == "TORONTO"
        assert result.text.startswith("Council passes budget\n\nTORONTO —") and "Document" not in result.text

    def test_nexis_head_glued_to_the_headline(self) -> None:
        text = (
            "Council passes budget\nThe Guardian (London)\nFebruary 12, 2026 Friday\nFinal Edition\n"
            "Copyright 2026 Guardian News & Media Limited All Rights Reserved\nSection: NEWS; Pg. A3\n"
            "Length: 1,042 words\nByline: By JANE DOE, Staff Writer\nDateline: BRUSSELS\nBody\n\n"
            f"{BODY}\n\n{MORE}\n\nLoad-Date: February 13, 2026\nEnd of Document\n"
        )
        result = checked(text)
        assert result.title == "Council passes budget"
        assert (result.byline, result.source) == ("JANE DOE", "The Guardian (London)")
        assert result.dateline is not None and result.dateline.place == "BRUSSELS"
        assert result.text.strip() == f"Council passes budget\n\n{BODY}\n\n{MORE}"

    def test_proquest_label_before_the_lede_and_fields_after(self) -> None:
        text = (
            "Council passes budget\n\nAuthor: Doe, Jane\n\nPublication info: Springfield Daily Courier; "
            "Springfield, Ill. 27 Feb 2026: A.7.\n\nProQuest document link\n\n"
            f"Full text: SPRINGFIELD -- {BODY}\n\n{MORE}\n\n"
            "Subject: Inflation; Interest rates\nLocation: Springfield, Ill.\nPublication year: 2026\n"
            "Copyright: Copyright Courier Media Group Feb 27, 2026\nLast updated: 2026-02-28\n"
            "Database: U.S. Newsstream\n"
        )
        result = checked(text)
        assert (result.byline, result.source) == ("Doe, Jane", "Springfield Daily Courier")
        assert result.copyright == "Copyright Courier Media Group Feb 27, 2026"
        assert result.dateline is not None and result.dateline.place == "SPRINGFIELD"
        assert result.text.rstrip().endswith(MORE) and "Full text" not in result.text

    def test_newsbank_publication_and_date_line(self) -> None:
        head = "Springfield Daily Courier (IL) - Friday, September 23, 2026\n\nEdition: Metro\n\nSection: Local"
        result = checked(f"Council passes budget\n\n{head}\n\n{BODY}\n\n{MORE}\n\nRecord Number: cou_2987296\n")
        assert result.source == "Springfield Daily Courier (IL)"
        assert result.text.strip() == f"Council passes budget\n\n{BODY}\n\n{MORE}"

    @pytest.mark.parametrize(
        "line",
        [
            "Length: 1,042 words",
            "448 words",
            "1050 words",
            "End of Document",
            "Document LBA0000020261105ekb5001xx",
        ],
    )
    def test_field_lines(self, line: str) -> None:
        assert record_field(line, RULES) is not None or record_field(line, RULES, below=True) is not None


class TestTerminals:
    def test_feed_item_title_label(self) -> None:
        text = (
            "Title: UPDATE 1-Council passes budget\n\nAuthor: Jane Doe\nDate: Wed, 18 May 2026 19:18:00 +0000\n"
            f"Link: https://news.example.org/world/story-2026-05-18/\n\n{BODY}\n\n{MORE}\n"
        )
        result = checked(text)
        assert result.tags == ("UPDATE 1",) and result.byline == "Jane Doe"

    def test_bloomberg_stamp_and_contact_block(self) -> None:
        text = (
            "Council passes budget\n\n2026-05-15 13:19:50.702 GMT\n\nBy Jane Doe\n\n"
            f"(Bloomberg) -- {BODY}\n\n{MORE}\n\nTo contact the reporter on this story:\n"
            "Jane Doe in London at jdoe@bloomberg.net\n"
        )
        result = checked(text)
        assert is_timestamp("2026-05-15 13:19:50.702 GMT", RULES)
        assert "To contact the reporter on this story: Jane Doe in London at jdoe@bloomberg.net" in result.credits
        assert result.text.rstrip().endswith(MORE)

    def test_dow_jones_head_and_tail(self) -> None:
        text = (
            "2nd UPDATE: Council passes budget\n\nBy Jane Doe\n\nOf DOW JONES NEWSWIRES\n\n"
            f"WASHINGTON-- {BODY}\n\n{MORE}\n\nWrite to Jane Doe at jane.doe@wsj.com\n(END) Dow Jones Newswires\n"
            "May 24, 2026 08:29 ET (13:29 GMT)\n"
        )
        result = checked(text)
        assert result.tags == ("2nd UPDATE",)
        assert result.byline == "Jane Doe" and result.source == "Dow Jones Newswires"
        assert result.text.rstrip().endswith(MORE)

    def test_reuters_terminal_contact_line_and_tag(self) -> None:
        found = classify_trailer("((jdoe@thomsonreuters.com; +44 20 7542 7924))", RULES)
        assert found is not None and found.value == "jdoe@thomsonreuters.com; +44 20 7542 7924"
        assert split_tags("TABLE-Euro zone bond yields", RULES).tags == ("TABLE",)


class TestLookAlikes:
    @pytest.mark.parametrize(
        "sentence",
        [
            "Q: Some people find the new schedule hard to follow. What would you recommend?",
            "Length of stay at the shelter fell to nine days, the report said.",
            "Subject: the council's vote on the night bus network, which passed narrowly.",
        ],
    )
    def test_closing_sentences_stay(self, sentence: str) -> None:
        text = f"Council passes budget\n\n{LEDE}\n\n{MORE}\n\n{sentence}\n\nLoad-Date: February 13, 2026\n"
        result = checked(text)
        assert sentence in result.text

    def test_a_source_sentence_under_the_headline_stays(self) -> None:
        sentence = "Source: a leaked memo seen by several newspapers, which the ministry disputes."
        result = checked(f"Council passes budget\n\n{sentence}\n\n{BODY}\n\n{MORE}\n")
        assert sentence in result.text
