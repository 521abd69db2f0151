"""Requirements stated in prose: what a sentence asks the reader to have before starting."""

from __future__ import annotations

import pytest

from walker.parse.recognise.prerequisites import Passage, inline_requirements


@pytest.mark.parametrize(
    "sentence",
    [
        "Assuming the build worked, copy the binary into your path.",
        "Assuming you've set the router up correctly, the light turns green.",
        "Assuming that everything went well, restart the service.",
        "Now install it. Assuming the ./setup script worked, open the app.",
    ],
)
def test_assuming_an_earlier_step_went_well_is_no_requirement(sentence: str) -> None:
    assert inline_requirements(sentence, Passage.STEP) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "This guide assumes you have a soldering iron and some flux.",
        "Assuming you have a free afternoon and a ladder, start at the top gutter.",
    ],
)
def test_assuming_what_the_reader_has_is_a_requirement(sentence: str) -> None:
    assert inline_requirements(sentence, Passage.STEP) == [sentence]
