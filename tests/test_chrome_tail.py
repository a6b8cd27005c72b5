# ruff: noqa: E501  (the page dumps hold long paragraphs, as real ones do)
"""The chrome pass on what follows an article on blogs and magazines: the writer's bio (under a
heading or under a bare name line), "Was this page helpful?", "Why trust us?". Negatives: an
article that profiles people, a closing paragraph about an organisation, a bio the article
itself is about."""

from __future__ import annotations

import pytest

from cleannews import clean

MENU = "Home\nNews\nReviews\nGuides\nAbout\nContact\nSearch\nSign in\n"
BODY = """\
How to choose a tent for your first camping trip

Choosing a tent is the first decision most new campers face, and it is easy to get it wrong when the shop offers dozens of models that look alike.

The first thing to look at is the weight of the tent, because you will carry it from the car to the site and often much further than that.

Next comes the number of people it sleeps: a tent sold for two people is usually a tight fit, so many campers buy one size larger than they need.

Finally, check how the tent handles rain, since a cheap fly sheet can leak after an hour of steady rain and spoil the whole weekend for everyone.
"""
FOOTER = "\nPrivacy Policy\nTerms of Use\n© 2025 Outdoor Notes. All rights reserved.\n"


def _page(tail: str) -> str:
    return f"Outdoor Notes\n{MENU}\n{BODY}\n{tail}\n{FOOTER}"


def _kept(tail: str) -> str:
    return clean(_page(tail)).text


BIO = "Mara Lindqvist is a freelance writer based in Portland who has covered outdoor gear for ten years. Her work has appeared in several magazines."


@pytest.mark.parametrize(
    "tail",
    [
        f"About the Author\n\n{BIO}",
        f"About Mara Lindqvist\n\n{BIO}",
        f"Mara Lindqvist\n\n{BIO}",
        f"Mara Lindqvist\n12 articles\n\n{BIO}",
        f"Mara Lindqvist, CFP\n\n{BIO}\n\nWhen she is not testing tents, Mara hikes with her two dogs in the Cascades every weekend of the year.",
    ],
)
def test_a_writers_bio_under_the_article_goes(tail: str) -> None:
    kept = _kept(tail)
    assert "freelance writer" not in kept
    assert "two dogs" not in kept
    assert "Finally, check how the tent handles rain" in kept


@pytest.mark.parametrize(
    "tail",
    [
        "Was this page helpful?\nYes\nNo\n\nOur team tests every product we recommend on real trips, and we never accept payment from the brands we review in our guides.",
        "Why trust us?\n\nOur team tests every product we recommend on real trips, and we never accept payment from the brands we review in our guides.",
    ],
)
def test_a_feedback_or_trust_box_under_the_article_goes(tail: str) -> None:
    kept = _kept(tail)
    assert "Our team tests every product" not in kept
    assert "Finally, check how the tent handles rain" in kept


def test_an_article_of_profiles_keeps_every_profile() -> None:
    profiles = """\
Meet the guides who lead our summer trips

Every summer our club hires guides to lead the longer trips, and this year three of them agreed to tell members a little about themselves.

Each guide has led trips for at least five seasons, and all of them hold first aid certificates that the club renews every spring.

The trips fill up quickly, so members who want a place should write to the club office before the end of April at the latest.

Anna Berg

Anna Berg is a mountain guide from Tromsø who has led trips in the Lyngen Alps for eight years and teaches avalanche courses in winter.

Tomas Novak

Tomas Novak is a biologist who guides birding walks along the coast and knows every nesting site between the river mouth and the lighthouse.
"""
    kept = clean(f"Outdoor Notes\n{MENU}\n{profiles}\n{FOOTER}").text
    assert "Anna Berg is a mountain guide" in kept
    assert "Tomas Novak is a biologist" in kept


def test_an_organisation_under_the_article_is_not_a_writer() -> None:
    tail = "About Riverside University Medical Center\n\nRiverside University Medical Center is a teaching hospital that treats patients from three counties and trains nurses and doctors."
    assert "teaching hospital" in _kept(tail)


def test_a_person_the_article_quotes_at_the_end_stays() -> None:
    tail = "Mara Lindqvist, who runs the shop, said most buyers come back for a second tent within two years. Lindqvist is a keen camper herself."
    kept = _kept(tail)
    assert "keen camper" in kept


def test_a_bio_with_article_paragraphs_after_it_stays() -> None:
    later = "\n\n".join(
        f"Paragraph {n} of the guide goes on about tents, pegs and ropes, and about how to pitch a tent when the wind is strong."
        for n in range(3)
    )
    tail = f"Mara Lindqvist\n\n{BIO}\n\n{later}"
    assert "freelance writer" in _kept(tail)
