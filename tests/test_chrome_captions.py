# ruff: noqa: E501  (the page dumps hold long paragraphs, as real ones do)
"""Photo captions closed by the picture's credit ("(Image: GETTY)", "Credit: The Siberian Times",
"Photo: Site/Jane Doe", "Jane Doe / Getty Images"), set between an article's paragraphs, go;
paragraphs that only mention a credit, a photo or an image stay."""

from __future__ import annotations

import pytest

from cleannews import clean
from cleannews.passes.chrome import is_credited_caption

PARAGRAPHS = [
    "Health officials in the northern province confirmed two new cases of the illness on Tuesday, the first reported there in more than a decade.",
    "The patients, a farmer and his wife, were taken to a hospital in the provincial capital, where doctors said both were in a stable condition.",
    "Officials said the couple had eaten meat from a wild animal they caught near their village, and that the area had been placed under quarantine.",
    "Experts stressed that the disease is easily treated with antibiotics when it is caught early, and that the risk to the wider public remains low.",
]


def _page(captions: list[str]) -> str:
    body = []
    for paragraph, caption in zip(PARAGRAPHS, [*captions, "", "", ""], strict=False):
        body += [paragraph, ""] + ([caption, ""] if caption else [])
    body_text = "\n".join(body)
    return f"Home\nWorld\nHealth\nSearch\n\nTwo cases of plague confirmed in north\n\n{body_text}\nPrivacy Policy\n© 2025 The Daily Courier. All rights reserved.\n"


@pytest.mark.parametrize(
    "caption",
    [
        "The plague wiped out half of Europe in the 14th century (Image: GETTY)",
        "Officials were seen at the village attempting to control the spread Credit: The Siberian Times",
        "A team member tests the equipment on a ridgeline. Photo: Outdoor Notes/Jane Doe",
        "Health workers check travellers at the border crossing. (Photo Credit: Jane Doe Photography)",
        "Doctors at the provincial hospital wait for test results. Jan Novak / Getty Images",
        "Rep. Jane Doe, D-Minn., speaks at the Capitol on July 25, 2019. J. Scott Smith / AP file",
    ],
)
def test_a_caption_closed_by_its_credit_goes(caption: str) -> None:
    kept = clean(_page([caption])).text
    assert caption not in kept
    for paragraph in PARAGRAPHS:
        assert paragraph in kept


@pytest.mark.parametrize(
    "paragraph",
    [
        "The bank gave the farmers credit: loans of up to $5,000 each, to be repaid over five years.",
        "Credit: that is what the farmers said they needed most after the harvest failed.",
        "He posted the image: a cat asleep on the sofa",
        "The photo agency said the pictures had been sold to papers in Europe and Asia / mostly online.",
    ],
)
def test_a_paragraph_that_mentions_a_credit_stays(paragraph: str) -> None:
    assert not is_credited_caption(paragraph)
    kept = clean(_page([paragraph])).text
    assert paragraph in kept
