"""An implant told as "not the one intended" is a wrong implant (never event 2), not a wrong
site: the words that would name a site operated on in error here name the implant put in. The
site told that way stays a wrong site (never event 1)."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    "text",
    [
        "Bilateral breast augmentation surgery. Conclusion: the right implant placed was not "
        "the one intended. Revision surgery 6 weeks later.",
        "Hip surgery last week; on the implant log review the stem used in the hip was not the "
        "one intended, a cemented stem was planned.",
        "Surgery review: the lens inserted was not the one intended. Refraction 3D out.",
    ],
)
def test_implant_not_the_one_intended_is_never_event_2(text: str) -> None:
    assert never_event_codes(text)[0] == "2"


@pytest.mark.parametrize(
    "text",
    [
        "Knee arthroscopy done on the left. The knee operated was not the one intended, the "
        "right was consented and marked.",
        "Lens implanted as planned. The eye operated on was not the one intended - right eye "
        "listed, left eye done.",
    ],
)
def test_site_not_the_one_intended_stays_never_event_1(text: str) -> None:
    assert never_event_codes(text)[0] == "1"
