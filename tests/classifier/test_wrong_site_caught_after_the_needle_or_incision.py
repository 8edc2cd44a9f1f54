"""How the catch of a wrong site is told. A catch told as the needle of the block or injection
came out ("as the needle came out the ODP said hang on", "said stop just as the needle was
coming out") or before an incision already made was extended ("noticed before the incision was
extended") came after the procedure began: never event 1. A catch before the needle went in, or
before the first incision, is still near miss 1. The patient brought sent back and the right
one fetched in their place ("Sent back, right pt brought down") tells a wrong patient brought,
near miss 1 when nothing was started."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CAUGHT_AFTER_THE_START = [
    "Listed for R eye anti-VEGF. Given into the L eye - just as the needle was coming out the "
    "assistant said stop, its the right eye. DoC done.",
    "R hand ganglion, regional block. Anaesthetist blocked the L wrist and the ODP said hang on "
    "as the needle came out, consent is for the right. Further block on the R.",
    "pt for L shoulder injection under US. R shoulder injected and whilst the needle was being "
    "withdrawn the nurse said stop, the L was marked. L then done, pt told.",
    "Wrong level: skin incision at L3/4, the surgeon noticed before the incision was extended "
    "and moved to L4/5 after a repeat image.",
    "L4/5 microdiscectomy. Level check image taken before the incision was extended, not "
    "repeated. MRI on day 2: decompression at L3/4. Returned to theatre and correct level "
    "decompressed.",
]

CAUGHT_BEFORE_THE_START = [
    "Pt due L eye injection, R eye prepped, surgeon said stop before the needle went in. Correct "
    "eye then injected.",
    "Time out: wrong side marked, surgeon said stop as the needle was withdrawn from the LA "
    "vial. Re-marked, correct side done.",
    "Wrong side noticed at time out before the incision was made, pt re-prepped R side. Correct "
    "side operated.",
]

WRONG_PATIENT_FETCHED_BACK = [
    "Pt brought down to endoscopy for OGD. At check in the name did not match, pt sent back to "
    "ward and the right pt brought down. Not sedated, nothing started.",
    "Porter brought the pt from ward 6 for the colonoscopy. Pt taken back and the correct "
    "patient collected. No sedation given, list delayed.",
]

NO_WRONG_PATIENT = [
    "Pt for flexi sig, ID checked, correct pt brought to the room, consented and scope done "
    "without issue.",
    "Pt came back from theatre to the ward, the right patient for bed 4 was brought up by the "
    "porter.",
]


@pytest.mark.parametrize("text", CAUGHT_AFTER_THE_START)
def test_catch_after_the_start_is_never_event_1(text: str) -> None:
    assert never_event_codes(text) == ("1", None)


@pytest.mark.parametrize("text", CAUGHT_BEFORE_THE_START)
def test_catch_before_the_start_stays_near_miss_1(text: str) -> None:
    assert never_event_codes(text) == (None, "1")


@pytest.mark.parametrize("text", WRONG_PATIENT_FETCHED_BACK)
def test_wrong_patient_sent_back_is_near_miss_1(text: str) -> None:
    assert never_event_codes(text) == (None, "1")


@pytest.mark.parametrize("text", NO_WRONG_PATIENT)
def test_right_patient_told_alone_is_no_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)
