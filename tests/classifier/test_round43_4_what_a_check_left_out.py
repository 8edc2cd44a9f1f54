"""communication_documentation read in round 43's long reports: what an examination, a check or
an audit "did not include" is what the review or the check left out (assessment, estates), not
information that failed to pass; what a letter, a summary, a handover or a referral did not
include still is. An examination told as not documented is assessment, whichever comes first;
one level or ward recorded under two numbering or naming schemes is a documentation failure."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_theme_ids

COMMUNICATION = "communication_documentation"


@pytest.mark.parametrize(
    "text",
    [
        # an examination that left tests out
        "Findings: the ENP examination did not include the anatomical snuffbox or axial loading "
        "tests and no follow up was arranged.",
        # an estates check that left the fittings out
        "The monthly environmental walk round did not include the bathroom hoist tracks, one was "
        "found loose in May.",
        # observations that left the device out
        "The 2200 obs round did not include checking the mask against the chart.",
        # an audit's scope
        "The audit did not include the day surgery unit as it opened after the sample was drawn.",
        # a review that left a question out
        "Consultant ward round did not include a review of the wound, which was dressed at the "
        "time.",
        # an examination left undocumented, the record named first
        "Post fall review by the SHO did not include a documented neuro examination; CT later "
        "showed a small subdural.",
    ],
)
def test_what_an_exam_or_check_left_out_is_no_communication_failure(text: str) -> None:
    assert COMMUNICATION not in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        # a letter, a summary, a handover and a referral that left something out
        "Discharge summary did not include the new apixaban dose, GP continued the old one.",
        "Night handover did not include that bed 7 was nil by mouth for theatre.",
        "The referral letter to the fracture clinic had not included the x-ray findings.",
        "TTO letter didn't include the plan to stop the steroid after 5 days.",
        # one level named under two numbering schemes
        "The op note and the post op MRI used different numbering conventions so the level "
        "appeared wrong.",
        "The apparent discrepancy came from inconsistent numbering of the lumbar levels.",
    ],
)
def test_letters_that_left_out_and_two_numbering_schemes_are_communication(text: str) -> None:
    assert COMMUNICATION in rule_theme_ids(text)
