"""Batch 40 leftovers: a methotrexate dose told as "had not been given" was caught; the
operation the patient "underwent" names the planned spinal level, so a level found operated on
at review is wrong site; a level told done "also" beside the planned one is an extension, for
the rules and for the learned model alike."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes, rule_never_event_codes


@pytest.mark.parametrize(
    "text",
    [
        "Statement (pharmacist). I noticed methotrexate 10mg had been prescribed OD. The first "
        "dose was due that evening and had not been given. Changed to weekly with the prescriber.",
        "Methotrexate 15mg prescribed daily on admission, picked up on pharmacy screen, the "
        "tablets had not been given yet. Prescription amended to weekly.",
    ],
)
def test_methotrexate_dose_told_as_not_been_given_is_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "7")


def test_wristband_not_been_given_is_no_prevented_dose() -> None:
    text = (
        "Wrong patient cystoscopy: called Mr Ali and the wrong gentleman came through, I did "
        "not check his wristband because he had not been given one at reception. The flexible "
        "cystoscopy was done on him; he had come for a catheter review."
    )
    assert never_event_codes(text)[0] == "1"


def test_level_found_operated_other_than_the_operation_underwent_is_wrong_site() -> None:
    text = (
        "this 58 yr old gentleman underwent L4/5 microdiscectomy on the 3rd. post op pain "
        "unchanged, MRI on the 10th shows the discectomy was performed at L3/4 and the L4/5 "
        "disc prolapse persists. the level marker image was on reflection misread."
    )
    assert rule_never_event_codes(text) == ("1", None)


@pytest.mark.parametrize(
    "text",
    [
        "The patient underwent L4/5 decompression. Stenosis also found at L3/4 which was "
        "decompressed as well, as consented.",
        "planned L4/5 decompression. Stenosis also found at L3/4 which was decompressed as well.",
    ],
)
def test_level_also_done_beside_the_planned_one_is_no_wrong_site(text: str) -> None:
    assert never_event_codes(text) == (None, None)
