"""Round twenty-one: press releases, institutional copy, monitoring and transcripts, by shape."""

from __future__ import annotations

from cleannews import clean

LEDE = "The company said on Thursday that it would open a second plant in the spring."
BODY = "Shares of the company rose 4% in early trading after the announcement."


def _article(head: str = "", tail: str = "", lede: str = LEDE) -> str:
    parts = ["Acme opens second plant", head, lede, BODY, tail]
    return "\n\n".join(p for p in parts if p) + "\n"


def test_release_legend_and_office_leave_the_head() -> None:
    result = clean(_article(head="For Immediate Release\n\nOffice of Public Affairs", lede=f"WASHINGTON – {LEDE}"))
    assert "For Immediate Release" not in result.text
    assert "Office of Public Affairs" not in result.text
    assert LEDE in result.text


def test_release_legend_with_its_contact_line() -> None:
    head = "FOR IMMEDIATE RELEASE\n\nNovember 5, 2026\n\nContact: Jane Doe, 212-555-0187"
    result = clean(_article(head=head, lede=f"ALBANY, N.Y. - {LEDE}"))
    assert "FOR IMMEDIATE RELEASE" not in result.text
    assert "Contact: Jane Doe" not in result.text


def test_transcript_legends_and_reporter_name() -> None:
    head = "November 5, 2026 5:05 AM ET\n\nHeard on Morning Edition\n\nJane Whitcombe"
    result = clean(_article(head=head, lede=f"STEVE INSKEEP, HOST: {LEDE}"))
    assert "Heard on Morning Edition" not in result.text
    assert result.byline == "Jane Whitcombe"
    assert "HOST:" in result.text


def test_rush_transcript_note_and_show_name() -> None:
    note = "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM."
    head = "\n\n".join(["CNN NEWSROOM", "Aired November 5, 2026 - 10:00 ET", note])
    result = clean(_article(head=head, lede=f"JIM SCIUTTO, CNN ANCHOR: {LEDE}"))
    assert "RUSH TRANSCRIPT" not in result.text
    assert "CNN NEWSROOM" not in result.text
    assert "CNN ANCHOR" in result.text


def test_closing_fields_label_over_value() -> None:
    fields = ["Updated November 5, 2026", "Topic", "Financial Fraud", "Component", "Criminal Division"]
    tail = "\n\n".join([*fields, "Press Release Number: 26-1234"])
    result = clean(_article(tail=tail))
    for line in ("Criminal Division", "Press Release Number", "Financial Fraud", "Component"):
        assert line not in result.text
    assert BODY in result.text


def test_release_pointers_and_disclaimers_leave() -> None:
    tail = (
        "Neither the TSX Venture Exchange nor its Regulation Services Provider accepts responsibility for the "
        "adequacy or accuracy of this release.\n\n"
        "To view the source version of this press release, please visit https://www.example-wire.com/release/1234"
    )
    result = clean(_article(tail=tail))
    assert "TSX Venture" not in result.text
    assert "source version" not in result.text
    assert BODY in result.text


def test_pointer_over_its_address() -> None:
    tail = "SOURCE: Acme Inc.\n\nView source version on example-wire.com:\nhttps://www.example-wire.com/12345/acme"
    result = clean(_article(tail=tail))
    assert "example-wire.com" not in result.text
    assert result.source == "Acme Inc."


def test_monitoring_source_line_names_the_outlet_and_desk_is_a_credit() -> None:
    tail = "Source: IRNA news agency website, Tehran, in English 0912 gmt 5 Nov 26\n\nBBC Mon ME1 MEPol ib/jm"
    result = clean(_article(tail=tail))
    assert result.source == "IRNA news agency website"
    assert result.credits == ("BBC Mon ME1 MEPol ib/jm",)


def test_transcript_note_under_copyright() -> None:
    tail = (
        "Copyright © 2026 NPR. All rights reserved.\n\n"
        "NPR transcripts are created on a rush deadline by an NPR contractor. This text may not be in its final form."
    )
    result = clean(_article(tail=tail))
    assert result.copyright == "Copyright © 2026 NPR. All rights reserved."
    assert "rush deadline" not in result.text


def test_about_block_is_text_and_no_bio() -> None:
    about = (
        "About Acme Foods LLC\n\nAcme Foods LLC is a family-owned producer of frozen meals based in Denver. "
        "For more information, visit www.acmefoods.com."
    )
    result = clean(_article(tail=about))
    assert "About Acme Foods LLC" in result.text
    assert "family-owned producer" in result.text
    assert result.credits == ()


def test_social_networks_list_footer_is_text() -> None:  # a negative
    # A site's own "Follow NBC Latino on Facebook, Twitter and Instagram." is its text (../shared/data)
    tail = "Follow Acme on Twitter, Facebook and YouTube."
    result = clean(_article(tail=tail))
    assert "Follow Acme" in result.text


# --- negatives: text that looks like the shapes above ----------------------------------------


def test_short_last_paragraph_is_text() -> None:
    result = clean(_article(tail="Topic\n\nThe vote is on Monday."))
    assert "The vote is on Monday." in result.text


def test_closing_all_caps_quote_is_text() -> None:
    result = clean(_article(tail='"FOR IMMEDIATE RELEASE, NOT LATER," the sign on the door said.'))
    assert "FOR IMMEDIATE RELEASE, NOT LATER" in result.text


def test_speech_saying_for_immediate_release_stays() -> None:
    line = "UNIDENTIFIED PERSON: For immediate release, they told us, and then nothing happened."
    result = clean(_article(tail=line))
    assert line in result.text


def test_about_sentence_stays() -> None:
    line = "About 1,200 workers will move to the new plant by the end of next year."
    result = clean(_article(tail=line))
    assert line in result.text
