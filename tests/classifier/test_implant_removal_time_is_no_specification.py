"""A time in the plan for an implant's care is no specification of the implant
(`engine.implant_act.drop_times_of_care`).

"Removal was meant to be at 6 weeks", "should have been out by 3 months", "due to be changed at
6/52": the number the error words reach is when the stent or device was to come out or be
changed. A stent left in past that date is forgotten or overdue: no implant other than the
planned one was placed (not never event 2), and one left in by plan is no retained object (not
never event 3). Look-alikes: the wrong stent length, size or kind placed against the one planned
("meant to be a 26cm stent, a 24cm was placed", "meant to be a 12 month stent, a 6 week stent
was inserted in error") stay never event 2.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

# dev-175367
FORGOTTEN_JJ_STENT = (
    "GP. Pt presented with UTI, KUB shows a JJ stent in the R ureter - put in 14 months ago "
    "after stone surgery at the hospital, removal was meant to be at 6 weeks. Never booked, pt "
    "says he thought it had dissolved. Urology contacted urgently, on antibiotics."
)

OVERDUE_IMPLANTS = [
    "Ureteric stent found on CT, inserted 2 years ago at ureteroscopy. It should have been "
    "removed after 6 weeks but no TCI was ever sent. Heavily encrusted, listed for removal.",
    "Patient attended ED with loin pain. X-ray showed a double J stent placed last year; it was "
    "supposed to be out by 3 months. No removal date was booked. Referred to urology.",
    "Biliary stent inserted at ERCP in March, was meant to be changed at 3 months. Not done, pt "
    "now jaundiced with cholangitis.",
    "Stent in situ since Jan, was meant to be removed at 6/52 but the patient was lost to "
    "follow up. Found on USS, encrusted.",
    "IVC filter placed after the PE in 2022, it should have been retrieved at 3 months. Never "
    "recalled, filter now embedded; vascular team aware.",
]

WRONG_IMPLANTS_PLACED = [
    "Ureteric stent placed. It was meant to be a 26cm stent, a 24cm was placed. Noted on the op "
    "note review.",
    "Wrong stent length inserted: 24cm placed instead of the planned 26cm ureteric stent.",
    "Theatre: stent should have been a 6x26 but a 6x24 stent was inserted, found at the post-op "
    "check.",
    "Long-term ureteric stent meant to be a 12 month stent, a 6 week stent was inserted in error.",
    "Size 5 femoral component templated but a size 3 was implanted.",
]


def test_forgotten_jj_stent_past_its_removal_date_is_no_wrong_implant() -> None:
    assert never_event_codes(FORGOTTEN_JJ_STENT) == (None, None)


@pytest.mark.parametrize("text", OVERDUE_IMPLANTS)
def test_implant_left_past_its_planned_removal_or_change_time_is_no_never_event(
    text: str,
) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", WRONG_IMPLANTS_PLACED)
def test_implant_size_length_or_kind_other_than_planned_stays_wrong_implant(text: str) -> None:
    assert never_event_codes(text)[0] == "2"
