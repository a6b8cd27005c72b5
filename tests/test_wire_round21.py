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


# --- fit21z: the precision and recall gaps left after the first fit --------------------------


def test_provider_line_over_portal_time_is_no_byline() -> None:
    # One word, a wire's name over Yahoo's time line: the provider (the source), no writer.
    head = "GlobeNewswire\n\nSat, November 28, 2026 at 7:15 AM EST"
    result = clean(_article(head=head, lede=f"MIAMI, Nov. 28, 2026 (GLOBE NEWSWIRE) -- {LEDE}"))
    assert result.byline is None
    assert result.source == "GlobeNewswire"
    assert "GlobeNewswire\n" not in result.text


def test_closing_source_line_names_the_issuer_over_the_portal_provider() -> None:
    head = "PR Newswire\n\nSun, April 26, 2026 at 4:30 PM EDT 3 min read"
    tail = "Media Contact:\nJane Doe\njane@acmecorp.com\n(303) 555-0119\n\nSOURCE Acme Corp."
    result = clean(_article(head=head, tail=tail, lede=f"NEW YORK, April 26, 2026 /PRNewswire/ -- {LEDE}"))
    assert result.source == "Acme Corp."
    assert result.byline is None


def test_one_line_press_contact_with_a_number_is_a_trailer() -> None:
    # CNW's "For further information:" on one line, under the issuer's "SOURCE" line
    contact = "For further information: Media: Jane Doe, Acme Corp, +1 (415) 555-0134, jane@acmecorp.com"
    tail = f"SOURCE Acme Corp\n\n{contact}"
    result = clean(_article(tail=tail, lede=f"TORONTO, Aug. 12, 2026 /CNW/ - {LEDE}"))
    assert "For further information" not in result.text
    assert result.source == "Acme Corp"
    assert result.credits == ()
    assert BODY in result.text


def test_reporter_contact_line_with_an_address_only_stays_a_credit() -> None:
    result = clean(_article(tail="Contact: jdoe@heraldcorp.com"))
    assert "Contact: jdoe@heraldcorp.com" not in result.text
    assert result.credits


def test_glued_dateline_with_two_places() -> None:
    result = clean(_article(lede=f"BOSTON & LONDON--(BUSINESS WIRE)--{LEDE}"))
    assert result.dateline is not None
    assert (result.dateline.place, result.dateline.agency) == ("BOSTON & LONDON", "BUSINESS WIRE")
    assert result.source == "BUSINESS WIRE"


def test_company_name_with_ampersand_is_no_dateline() -> None:
    result = clean(_article(lede="Procter & Gamble (PG) - The company said on Thursday it would cut prices."))
    assert result.dateline is None


def test_spelled_out_zone_in_a_wire_time_line() -> None:
    head = "Company raises full-year outlook\n\nMarch 27, 2026 07:30 AM Eastern Standard Time"
    result = clean(_article(head=head, lede=f"SAN FRANCISCO--(BUSINESS WIRE)--{LEDE}"))
    assert "Eastern Standard Time" not in result.text
    assert "Company raises full-year outlook" in result.text


def test_repost_source_field_among_other_fields() -> None:
    head = "Source: OCHA\n\nOriginally published: 24 Jan 2026\n\nFormat: News and Press Release\n\nCountry: Myanmar"
    result = clean(_article(head=head))
    assert result.source == "OCHA"
    assert "Source: OCHA" not in result.text
    assert LEDE in result.text


def test_date_and_topic_line_leaves_the_head() -> None:
    result = clean(_article(head="14 March 2026 Peace and Security"))
    assert "Peace and Security" not in result.text
    assert LEDE in result.text


def test_issuer_source_read_from_a_closing_block_chrome_took() -> None:
    # JCN's closing block: the chrome pass ends the text at "Contact:" and takes the lines under it
    tail = (
        "Contact:\nJane Doe\njane@acmecorp.com\n212-555-0187\n\nTopic: Press release summary\n\n"
        "Source: Acme Corporation\n\nSectors: Enterprise IT, AI\n\n"
        "Copyright 2026 JCN Newswire. All rights reserved. www.jcnnewswire.com"
    )
    result = clean(_article(tail=tail, lede=f"TOKYO, Jun 1, 2026 - (JCN Newswire) - {LEDE}"))
    assert result.source == "Acme Corporation"
    assert "Source: Acme Corporation" not in result.text


def test_issuer_source_right_under_a_contact_block_chrome_took() -> None:
    tail = (
        "Contact:\nJane Doe\njane@acmecorp.com\n212-555-0187\n\nSource: Acme Corporation\n\n"
        "Copyright 2026 JCN Newswire. All rights reserved. www.jcnnewswire.com"
    )
    result = clean(_article(tail=tail, lede=f"TOKYO, Jun 1, 2026 - (JCN Newswire) - {LEDE}"))
    assert result.source == "Acme Corporation"


# --- fit21c: the closing blocks of round twenty-one's third fit ------------------------------


def test_contact_block_over_closing_lines_stays_for_the_wire_pass() -> None:
    # On a page, "Contact:" (a UI string too) over a name, a company, an address and a number, then
    # the wire's closing lines: the wire pass takes the whole block, each line a trailer.
    nav = "\n".join(["Home", "News", "Markets", "Contact"])
    tail = (
        "Contact:\nJane Doe\nAcme Robotics\njane@acmerobotics.com\n212-555-0187\n\n"
        "Topic: Press release summary\n\nSource: Acme Robotics Corp.\n\nSectors: Enterprise IT, AI\n\n"
        "Copyright 2026 JCN Newswire. All rights reserved. www.jcnnewswire.com"
    )
    text = nav + "\n\n" + _article(tail=tail, lede=f"TOKYO, Jun 1, 2026 - (JCN Newswire) - {LEDE}")
    result = clean(text)
    wire_lines = {r.text.strip() for r in result.removed if r.pass_name == "wire"}
    assert {"Contact:", "Jane Doe", "jane@acmerobotics.com", "Source: Acme Robotics Corp."} <= wire_lines
    assert result.source == "Acme Robotics Corp."
    assert BODY in result.text


def test_closing_names_between_slashes_are_credits() -> None:
    result = clean(_article(tail="Hala Zain / Mazen Eyon", lede=f"Damascus, SANA – {LEDE}"))
    assert result.credits == ("Hala Zain / Mazen Eyon",)
    assert "Mazen Eyon" not in result.text
    assert BODY in result.text


def test_closing_path_between_slashes_is_no_credit() -> None:  # a negative
    result = clean(_article(tail="Markets / World News"))
    assert result.credits == ()
