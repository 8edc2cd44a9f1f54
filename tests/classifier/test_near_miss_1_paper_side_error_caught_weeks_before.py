"""Session 27 (near miss 1): a side error in the papers caught long before the day.

"the consent form written by the F2 said L total knee replacement, all other documents say R.
Picked up by the POA nurse 2 weeks before surgery, consent re-done by the consultant": a record
corrected at pre-operative assessment, before anyone could mark or prep a side, is a
documentation error, not a near miss. The same paper error picked up at sign in on the day stays
near miss 1.
"""

from __future__ import annotations

from tests.classifier.outcomes import never_event_codes


def test_consent_side_corrected_at_preop_assessment_weeks_before_is_no_near_miss() -> None:
    text = (
        "Pre op assessment clinic: the consent form said L total hip replacement, the clinic "
        "letter, xrays and listing all say R. Picked up by the pre-assessment nurse 3 weeks "
        "before surgery, consent re-done by the consultant. Nothing marked or done."
    )
    assert never_event_codes(text) == (None, None)


def test_consent_side_error_picked_up_at_sign_in_stays_near_miss_1() -> None:
    text = (
        "At sign in the consent form said L total hip replacement, the clinic letter and xrays "
        "said R. Consent re-done by the consultant before the pt was anaesthetised, R hip done."
    )
    assert never_event_codes(text) == (None, "1")
