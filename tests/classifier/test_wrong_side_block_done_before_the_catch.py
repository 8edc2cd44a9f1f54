"""A nerve block told as done on the wrong side before the report tells any catch ("Adductor
canal block given to the L leg ... Picked up at the team time out") reached the patient: never
event 1, whatever the catch then saved. A block only about to be done when it was stopped, or
done on the right side after the catch, stays a near miss."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

BLOCK_DONE_THEN_CAUGHT = [
    "R TKR. Adductor canal block given to the L leg in the anaesthetic room. Picked up at the "
    "team time out when the surgeon checked the arrow on the R knee.",
    "Listed for L shoulder arthroscopy. Interscalene block performed on the R side by the anaes "
    "reg. The error was noticed when the ODP went to position the pt for the L shoulder.",
    "R foot bunion. Ankle block done on the L foot, realised when the scrub nurse went to prep "
    "the R foot. L block wearing off by evening.",
    "R carpal tunnel release. Anaesthetist did an US guided axillary block on the L. Noticed when "
    "the ODP went to prep the R arm. R block then done.",
]

CAUGHT_BEFORE_THE_BLOCK = [
    "R carpal tunnel. Anaes reg about to do axillary block on the L arm when ODP called stop "
    "before you block. R block done.",
    "L inguinal hernia. At sign in noticed R groin marked. Re-marked, L ilioinguinal block done "
    "and L hernia repaired.",
    "Pain clinic: R knee genicular nerve block planned. Noticed at the time out before any LA "
    "given that the L knee had been prepped. L cleaned, R block done.",
    "Intravitreal injection list, consent and referral for the R eye. Nurse had put the speculum "
    "in the L eye, pt said it was his other eye before the injection. Nothing injected into L eye.",
]


@pytest.mark.parametrize("text", BLOCK_DONE_THEN_CAUGHT)
def test_block_done_before_the_catch_is_never_event_1(text: str) -> None:
    assert never_event_codes(text) == ("1", None)


@pytest.mark.parametrize("text", CAUGHT_BEFORE_THE_BLOCK)
def test_catch_before_the_block_stays_a_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "1")
