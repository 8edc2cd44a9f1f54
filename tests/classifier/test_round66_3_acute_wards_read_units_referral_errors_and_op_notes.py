"""Round 66, helper 3: look-alikes and framework exclusions of never events 1, 2, 6 and 9.

- A ward named by its acute specialty ("on the respiratory ward", "stroke ward bay 2") is no
  mental health inpatient setting: a ligature on its curtain rail is outside never event 9,
  unless the specialty ward is only where the patient once was or went after.
- "The correct doses had been given" after a "U" found on charts is the abbreviation read as
  intended by everyone: no never event 6, whatever the dose named with "units".
- The error named as the referral's ("the referral error", "a mistake in the GP letter"),
  wherever the report tells it: the wrong side came from an incorrect referral letter, which
  the framework excludes from never event 1 (and its near miss).
- An implant change whose decision is "documented in op note" (no article) is an intentional,
  documented change of implant: no never event 2.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CASES = [
    # an acute specialty ward: outside never event 9
    (
        "pt on the respiratory ward after an overdose, waiting to be seen by the liaison team. "
        "HCA found him in the bathroom with a belt tied to the shower rail and around his neck, "
        "still standing. belt cut off, no injury. the shower rail did not collapse. he later "
        "said to the RMN that he had meant to hang himself.",
        (None, None),
    ),
    # look-alike: a mental health ward, the same act
    (
        "pt on the acute mental health ward, detained under section 3. HCA found him in the "
        "bathroom with a belt tied to the shower rail and around his neck, still standing. belt "
        "cut off, no injury. the shower rail did not collapse.",
        ("9", None),
    ),
    # look-alike: the specialty ward is where the patient went after
    (
        "pt on the acute mental health ward, detained under section 3. found hanging from the "
        "shower rail in his en-suite, which did not collapse. cut down by staff, CPR, "
        "transferred to the cardiology ward after ICU.",
        ("9", None),
    ),
    # the correct doses given after a "U" found on the charts
    (
        "ward pharmacist found novorapid prescribed as '8U' with meals on three inpatient "
        "charts. the correct doses (8 units) had been given each time. prescriber asked to "
        "rewrite in full.",
        (None, None),
    ),
    # look-alike: the "U" misread and the bigger dose given
    (
        "novorapid prescribed as '8U' with meals. the nurse read the U as a zero and gave 80 "
        "units. BM 1.8 an hour later, glucagon given and IV dextrose started.",
        ("6", None),
    ),
    # the referral's error, named at the end of the report
    (
        "Ambulatory unit: ascitic drain planned for the L flank. the GP referral letter said "
        "left and the pt was cleaned and draped on the left. at the pre-procedure pause the "
        "registrar reviewed the ultrasound again and the pocket of fluid was on the right. "
        "halted, nothing inserted. pt re-consented, drain sited on the right later that morning "
        "with no complications. practice contacted about the referral mistake",
        (None, None),
    ),
    # look-alike: the wrong side prepped from the team's own slip, no referral named
    (
        "Ambulatory unit: ascitic drain planned for the R flank. the consent form said left and "
        "the pt was cleaned and draped on the left. at the pre-procedure pause the registrar "
        "reviewed the ultrasound again and the pocket of fluid was on the right. halted, nothing "
        "inserted. pt re-consented, drain sited on the right later that morning with no "
        "complications.",
        (None, "1"),
    ),
    # the change of implant written up in op note, no article
    (
        "THR - templated size 52 acetabular cup, size 54 cup implanted after trialling, the "
        "decision recorded by the consultant in op note. flagged as the implant on the plan did "
        "not match the stock record. pt well, no concerns.",
        (None, None),
    ),
    # look-alike: no decision recorded, the wrong size opened and put in
    (
        "THR - templated size 52 acetabular cup. size 54 cup implanted in error, the scrub "
        "nurse picked the wrong box and nobody checked it against the plan. found at the "
        "implant record check afterwards.",
        ("2", None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_acute_wards_read_units_referral_errors_and_op_notes(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected
