"""Unit tests per pass, on small synthetic articles unlike the sample."""

from __future__ import annotations

from cleannews import clean
from cleannews.config import Config
from cleannews.document import Document
from cleannews.passes.chrome import remove_chrome
from cleannews.passes.rejoin import classify_layout, decide, rejoin
from cleannews.passes.unicode import repair_unicode
from cleannews.passes.whitespace import normalise_whitespace
from cleannews.passes.wire import detect_wire_metadata, split_headline_tags

CFG = Config()


def doc_of(text: str) -> Document:
    return Document.from_text(text)


class TestUnicode:
    def test_mojibake_entities_and_controls_are_repaired(self) -> None:
        doc = repair_unicode(doc_of("Itâ€™s a cafÃ© &amp; bar\x07"), CFG)
        assert doc.text == "It’s a café & bar"
        assert doc.edits[0].line == 1 and doc.edits[0].pass_name == "unicode"

    def test_curly_quotes_are_kept_by_default_and_uncurled_on_request(self) -> None:
        text = "“Quote,” she said. It’s fine."
        assert repair_unicode(doc_of(text), CFG).text == text
        assert repair_unicode(doc_of(text), Config(keep_curly_quotes=False)).text == '"Quote," she said. It\'s fine.'

    def test_clean_line_is_untouched(self) -> None:
        doc = doc_of("Nothing to fix here.")
        assert repair_unicode(doc, CFG) is doc


class TestWhitespace:
    def test_blank_runs_collapse_and_lines_are_trimmed(self) -> None:
        doc = normalise_whitespace(doc_of("\n\n  Title  \n\n\n\nBody text. \n\n\n"), CFG)
        assert doc.text == "Title\n\nBody text."
        assert doc.edits == ()  # layout only

    def test_odd_spaces_and_invisible_characters_are_edits(self) -> None:
        doc = normalise_whitespace(doc_of("5\u00a0km\u200b north of the bor\u00adder"), CFG)
        assert doc.text == "5 km north of the border"
        assert doc.edits[0].kind == "space"

    def test_zero_width_joiner_in_emoji_is_kept(self) -> None:
        family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
        assert normalise_whitespace(doc_of(f"Family {family} photo"), CFG).text == f"Family {family} photo"


class TestChrome:
    def test_lexicon_lines_in_several_languages_go(self) -> None:
        doc = remove_chrome(doc_of("Teilen\nStory text here.\nPublicité\n공유하기\nMore story."), CFG)
        assert doc.text == "Story text here.\nMore story."
        assert {r.line for r in doc.removed} == {1, 3, 4}

    def test_repeated_menu_block_goes_entirely(self) -> None:
        menu = "World\nBusiness\nTech Talk\n"
        doc = remove_chrome(doc_of(menu + "\n" + menu + "\nThe story itself is here.\n"), CFG)
        assert doc.text.split() == ["The", "story", "itself", "is", "here."]
        assert all("repeated page chrome" in r.reason for r in doc.removed)

    def test_repeated_real_paragraph_keeps_first_copy_in_a_page(self) -> None:
        para = "The council voted 7-2 to approve the plan after a long debate."
        doc = remove_chrome(doc_of(f"Home\nSearch\n\n{para}\n\nOther text.\n\n{para}"), CFG)
        assert doc.text.count(para) == 1
        assert doc.removed[-1].reason == "duplicate of line 4"

    def test_an_article_alone_keeps_its_repeated_lines(self) -> None:
        # A FAQ answer, a recipe step or a pull quote may repeat in an article with no page around it.
        para = "The council voted 7-2 to approve the plan after a long debate."
        assert remove_chrome(doc_of(f"{para}\n\nOther text.\n\n{para}"), CFG).removed == ()

    def test_article_sentences_mentioning_ui_words_stay(self) -> None:
        text = "Users can share the video on Facebook.\nSearch crews found the boat."
        assert remove_chrome(doc_of(text), CFG).removed == ()

    def test_user_ui_strings_extend_the_lexicon(self) -> None:
        doc = remove_chrome(doc_of("Gazette Plus\nBody."), Config(ui_strings=("Gazette Plus",)))
        assert doc.text == "Body." and "user UI string" in doc.removed[0].reason


class TestRejoin:
    def test_split_word_without_hyphen(self) -> None:
        text = "x" * 130 + " forces ran low on fu\nel and water"
        assert rejoin(doc_of(text), CFG).text.endswith("low on fuel and water")

    def test_hyphenated_line_end_is_dropped_for_a_word_and_kept_for_a_compound(self) -> None:
        assert rejoin(doc_of("a plan for recon-\nstruction of roads"), CFG).text == "a plan for reconstruction of roads"
        assert rejoin(doc_of("a well-\nknown writer"), CFG).text == "a well-known writer"
        assert rejoin(doc_of("the COVID-\n19 rules"), CFG).text == "the COVID-19 rules"
        assert rejoin(doc_of("Minister Shin Won-\nsik said"), CFG).text == "Minister Shin Won-sik said"

    def test_break_between_words_becomes_a_space(self) -> None:
        assert rejoin(doc_of("they agreed to\nexpand ties"), CFG).text == "they agreed to expand ties"
        assert rejoin(doc_of("they agreed to \nexpand ties"), CFG).text == "they agreed to expand ties"

    def test_lists_and_headings_are_left_alone(self) -> None:
        text = "Results:\nAlpha 3\nBeta 2\n\nSports\nWeather"
        assert rejoin(doc_of(text), CFG).text == text

    def test_hard_wrapped_paragraph_is_unwrapped(self) -> None:
        text = (
            "The committee met on Tuesday to discuss the\n"
            "proposal from the Ministry of Finance, which\n"
            "would raise the tax on imported fuel by three\n"
            "percent."
        )
        assert classify_layout(doc_of(text).lines) == "wrap"
        assert "\n" not in rejoin(doc_of(text), CFG).text

    def test_threshold_trades_recall_for_precision(self) -> None:
        assert decide("they agreed to", "expand ties", "en", frozenset()) is not None
        strict = rejoin(doc_of("they agreed to\nexpand ties"), Config(rejoin_threshold=0.99))
        assert strict.text == "they agreed to\nexpand ties"

    def test_edits_record_kind_and_confidence(self) -> None:
        doc = rejoin(doc_of("a plan for recon-\nstruction of roads"), CFG)
        edit = doc.edits[0]
        assert (edit.line, edit.before, edit.after, edit.kind) == (
            1,
            "recon-\nstruction",
            "reconstruction",
            "hyphen-dropped",
        )
        assert 0.5 <= edit.confidence <= 1.0


class TestWire:
    def test_tags_in_a_row(self) -> None:
        assert split_headline_tags("(LEAD) (World Cup) Korea beat Portugal 2-1") == (
            ["LEAD", "World Cup"],
            "Korea beat Portugal 2-1",
        )

    def test_bracketed_words_that_are_not_tags_stay(self) -> None:
        assert split_headline_tags("(un)lucky: a story") == ([], "(un)lucky: a story")

    def test_source_line_only_at_the_end(self) -> None:
        text = "Quake hits Japan\n\nSource: officials said the quake was strong.\n\nMore text."
        doc = detect_wire_metadata(doc_of(text).replace(title_line=1), CFG)
        assert doc.meta.source is None and doc.removed == ()

    def test_keep_meta_leaves_the_text(self) -> None:
        result = clean("(URGENT) Quake hits Japan\n\nA strong quake hit.\n\nSource: Kyodo", keep_meta=True)
        assert result.text == "(URGENT) Quake hits Japan\n\nA strong quake hit.\n\nSource: Kyodo\n"
        assert result.tags == ("URGENT",) and result.source == "Kyodo"

    def test_body_sentence_quoting_a_tag_is_not_metadata(self) -> None:
        result = clean("Markets rally\n\n(LEAD) is what editors write on updated stories.")
        assert result.tags == ()


def test_disabled_pass_does_nothing() -> None:
    text = "Search\n\nBody text."
    assert clean(text, disable=frozenset({"chrome"})).text == "Search\n\nBody text.\n"


def test_empty_input_gives_empty_output() -> None:
    result = clean("")
    assert result.text == "" and result.paragraphs == () and result.title is None


def test_suspended_hyphen_keeps_its_space() -> None:
    assert rejoin(doc_of("both pre-\nand post-war housing"), CFG).text == "both pre- and post-war housing"


def test_a_text_without_blank_lines_has_a_paragraph_per_line_and_its_headline() -> None:
    # What a scraper's get_text("\n") gives: one line per paragraph, no blank line anywhere.
    text = (
        "Rains flood Seoul as schools close\n"
        "Heavy rain flooded roads across the capital on Monday, officials said, as schools shut early.\n"
        "More than 200 people were moved to shelters in the south of the city overnight.\n"
        "The weather agency expects more rain on Tuesday.\n"
    )
    result = clean(text)
    assert result.title == "Rains flood Seoul as schools close"
    assert [p[:20] for p in result.paragraphs] == [
        "Heavy rain flooded r",
        "More than 200 people",
        "The weather agency e",
    ]
    assert result.text == text


def test_a_paragraph_cut_in_two_by_an_advertisement_is_joined_again() -> None:
    text = (
        "Council passes budget after long debate\n\n"
        "The city council approved the budget on Tuesday evening after a debate that lasted six hours, "
        "the mayor said, adding that the\n\nAdvertisement\n\n"
        "plan would raise spending on schools and roads.\n\nThe vote was 7-2.\n"
    )
    result = clean(text)
    assert result.paragraphs == (
        "The city council approved the budget on Tuesday evening after a debate that lasted six hours, "
        "the mayor said, adding that the plan would raise spending on schools and roads.",
        "The vote was 7-2.",
    )
    assert [(e.pass_name, e.kind) for e in result.edits] == [("rejoin", "paragraph")]
    assert clean(result.text).text == result.text


def test_a_sentence_that_ends_before_the_advertisement_is_not_joined() -> None:
    text = (
        "The city council approved the budget on Tuesday evening after a debate that lasted six hours.\n\n"
        "Advertisement\n\nmeanwhile, the mayor said the plan would raise spending on schools and roads.\n"
    )
    assert len(clean(text).paragraphs) == 2
