"""An implant told as not matching the one on the list or plan is the implant set against the
list, not the site of the operation: no never event 1. Changed on purpose and documented, it is
excluded from never event 2 too; put in in error, it is never event 2. A part of the body told
as not the one on the list stays a wrong site."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

INTENTIONAL_CHANGE = [
    "TKR: consultant opted for a posterior stabilised component after finding the PCL "
    "deficient, rationale documented in the op note. The component used did not match the one "
    "on the theatre list so reporting for info.",
    "Hemiarthroplasty. surgeon decided intra-op to use a cemented stem due to poor bone quality, "
    "documented with reason. ODP flagged the stem did not match the one on the list. no harm.",
]

IMPLANT_IN_ERROR = [
    "Right TKR: the femoral component implanted did not match the one on the list, a size 5 was "
    "opened and implanted in error instead of size 3. Found at the implant record check.",
]

SITE_NOT_ON_THE_LIST = [
    "Carpal tunnel release done on the L hand, which was not the one on the list (R hand listed "
    "and consented).",
    "Lesion excised from the back was not the one on the consent form, pt pointed out the "
    "correct one after.",
]


@pytest.mark.parametrize("text", INTENTIONAL_CHANGE)
def test_documented_change_against_the_list_is_no_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", IMPLANT_IN_ERROR)
def test_implant_in_error_against_the_list_is_a_wrong_implant(text: str) -> None:
    assert never_event_codes(text) == ("2", None)


@pytest.mark.parametrize("text", SITE_NOT_ON_THE_LIST)
def test_site_not_on_the_list_stays_a_wrong_site(text: str) -> None:
    assert never_event_codes(text) == ("1", None)
