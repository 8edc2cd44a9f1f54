"""A washer, steriliser or set told as (not) taken out of use or service is a decontamination
failure, not an item taken out of a patient: no retained object. An item told as not taken out
of the patient stays never event 3."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

OUT_OF_USE = [
    "Autoclave in dental suite failed the Bowie-Dick test but was not removed from service, "
    "instruments from 2 loads were used in clinic before the failed printout was seen.",
    "Theatre tray returned from SSD with debris on the instruments and was not withdrawn from "
    "use, used for an appendix. Lookback started.",
    "Sterile services: washer disinfector cycles failed overnight, machine was not taken out of "
    "service and instrument sets were issued to main theatres and used. Sets recalled.",
]

ITEM_LEFT_IN = [
    "Guidewire was not removed after the CVC insertion in ED and was found on the CXR on the "
    "ward the next day.",
    "Instruments count wrong at end of case, x-ray showed an artery clip left in the abdomen. "
    "Pt returned to theatre.",
]


@pytest.mark.parametrize("text", OUT_OF_USE)
def test_equipment_out_of_use_is_no_retained_object(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", ITEM_LEFT_IN)
def test_item_left_in_stays_retained(text: str) -> None:
    assert never_event_codes(text) == ("3", None)
