"""Themes of theatres and surgical wards told in their own terms (round 73, helper 3).

- The airway kit kept with a patient after surgery not with them when needed (wire cutters of
  a wired jaw, clip or staple removers of a neck wound, tracheal dilators): medical_device. The
  kit told as used, at hand or now in place, and ligature cutters used on a ligature, name no
  fault.
- An instrument tray, set or loan kit told as incomplete: medical_device; "an incomplete set
  of observations" is no instrument set.
- A keyhole operation converted to open as what befell it, told with who made the call or why
  ("surgeon converted to open", "so had to convert to open"): treatment_procedure; "lap chole
  converted to open" named as the operation a later event followed is not.
- A pregnancy check missed before ionising radiation in theatre or the cath lab is the
  exposure's check (radiotherapy_screening), not a procedure that went wrong: the checklist
  or setting words of the case are no treatment_procedure; a procedure that went wrong beside
  it still is.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_theme_ids

CASES = [
    # the airway kit not with the patient
    (
        "Back on ward 12 after ORIF mandible with IMF, wire cutters not sent with him from "
        "theatre and none on the ward. Retching at 23:00.",
        "medical_device",
        True,
    ),
    (
        "No wire cutters at the bedside for pt with wired jaw, vomited overnight, suctioned.",
        "medical_device",
        True,
    ),
    (
        "Returned from theatre after hemithyroidectomy, clip removers not on the bed. Neck "
        "swelling at 22:00, a pair fetched from recovery.",
        "medical_device",
        True,
    ),
    (
        "Neck haematoma in recovery post parathyroidectomy, clip removers could not be found "
        "for 3 mins, sats 85%.",
        "medical_device",
        True,
    ),
    (
        "night staff couldnt find any wire cutters when the pt with jaw wiring started retching",
        "medical_device",
        True,
    ),
    (
        "Clip remover and stitch cutter missing from the bed head when pt arrived on the ward "
        "after thyroid surgery.",
        "medical_device",
        True,
    ),
    (
        "pt went up to the ward without the clip removers after thyroid surgery, found in "
        "theatre later",
        "medical_device",
        True,
    ),
    # ... the kit used, at hand, or told of something else
    (
        "IMF wires cut at the bedside when pt vomited, wire cutters were there as per policy.",
        "medical_device",
        False,
    ),
    (
        "Clip removers used to take out alternate clips day 5 as planned, wound healing well.",
        "medical_device",
        False,
    ),
    (
        "Pt tied a ligature round her neck in the bathroom, removed with ligature cutters "
        "within a minute, obs stable.",
        "medical_device",
        False,
    ),
    # an instrument set or kit incomplete
    (
        "Major ortho set was incomplete, retractor missing, replacement from CSSD, case "
        "started 30 min late.",
        "medical_device",
        True,
    ),
    (
        "Loan kit arrived incomplete from the company, no drill guide.",
        "medical_device",
        True,
    ),
    (
        "Tray from HSDU short of 2 clips. 2nd incomplete tray this month on the day unit.",
        "medical_device",
        True,
    ),
    (
        "Obs not done overnight, incomplete set of observations at 02:00, NEWS2 not worked out.",
        "medical_device",
        False,
    ),
    # a conversion to open as what befell the operation
    (
        "Camera head failed 20 mins into a lap chole, picture lost. Surgeon converted to open.",
        "treatment_procedure",
        True,
    ),
    (
        "Insufflator failed during lap appendix so converted to open.",
        "treatment_procedure",
        True,
    ),
    (
        "Light source died mid case and there was no spare, had to convert to open.",
        "treatment_procedure",
        True,
    ),
    (
        "Pt readmitted day 12 after lap chole converted to open with a PE. No VTE assessment "
        "on admission.",
        "treatment_procedure",
        False,
    ),
    (
        "Post op day 1 lap chole converted to open, oramorph 10mg given twice in error by the "
        "night nurse.",
        "treatment_procedure",
        False,
    ),
    # a pregnancy check missed before an exposure in theatre
    (
        "26F for ORIF ankle in theatre 4, pregnancy status not checked, sign in completed. "
        "Fluoroscopy 12 sec. hCG positive in recovery.",
        "treatment_procedure",
        False,
    ),
    (
        "24yo for ureteroscopy, sign in done but pregnancy test not done, image intensifier "
        "used. Found to be 6/40 pregnant.",
        "treatment_procedure",
        False,
    ),
    (
        "Pregnancy status not checked before ERCP under fluoroscopy, duodenal perforation "
        "during the procedure, returned to theatre.",
        "treatment_procedure",
        True,
    ),
    (
        "pregnancy status not checked pre op, hCG positive at sign in, case cancelled on the day",
        "treatment_procedure",
        True,
    ),
]


@pytest.mark.parametrize(("text", "theme", "expected"), CASES)
def test_theatre_kit_and_exposure_check_themes(text: str, theme: str, expected: bool) -> None:
    assert (theme in rule_theme_ids(text)) is expected
