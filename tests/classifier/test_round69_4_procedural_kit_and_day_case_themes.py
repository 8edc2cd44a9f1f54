"""Round 69, helper 4: themes of procedural and day-case services told in their own terms.

- The kit of a theatre, endoscopy unit or cath lab failing in use or at its check (a cell
  saver, a light source or camera stack, an insufflator, an endoscope washer disinfector (AER),
  a femoral closure device, a hysteroscopy fluid management system): medical_device. Cell
  salvage named as the process ("cell salvage not working so blood requested") stays the
  transfusion's story.
- The light of a scope or stack is the procedure's kit, no light of the building
  (staffing_infrastructure_estates); a ward's lighting that failed still is.
- Pressure-relieving kit for the table not to hand (gel pads, heel protectors):
  medical_device; gel pads told as used are not.
- The patient kept under anaesthetic longer by the failure: treatment_procedure.
- No trained operator on for a machine the case needs: staffing_infrastructure_estates.
- An item's tag, barcode or label told as not scanned is a traceability or identity check, not
  a patient nobody scanned (assessment_diagnosis); a patient "not scanned" still is.
- "no ID wristband", a patient sent home with no leaflet or number to ring, the wrong version
  of the instructions sent, two clinicians unaware of what the other had given:
  communication_documentation.
- A thing taken back to theatre is no return to theatre, a belonging removed at sign in names
  when, not the checklist (treatment_procedure); a used sharp found in linen is no contraband
  (behaviour_abuse_safeguarding).
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_theme_ids, theme_ids

CASES = [
    # the kit of a procedure failing
    (
        "revision knee: cell saver would not prime, error code on the screen, case went ahead "
        "without it. EBL 1.2L.",
        "medical_device",
        True,
    ),
    (
        "light source on the lap stack failed 5 mins into a lap chole, picture lost, tried "
        "resetting twice, spare stack brought from theatre 2.",
        "medical_device",
        True,
    ),
    (
        "Both endoscope AERs failed the morning self test, only scopes cleaned yesterday "
        "available for the AM list.",
        "medical_device",
        True,
    ),
    (
        "day case angiogram: femoral closure device deployed but did not hold, manual "
        "pressure 25 mins, groin haematoma.",
        "medical_device",
        True,
    ),
    (
        "hysteroscopy fluid management system error mid case, deficit no longer shown, "
        "calculated by hand at the end.",
        "medical_device",
        True,
    ),
    # look-alike: cell salvage named as the process beside a transfusion error
    (
        "spinal fusion, cell salvage not working so donor blood requested. Unit issued "
        "against the wrong hospital number, group B unit to a group A pt, stopped when he "
        "became hypotensive.",
        "medical_device",
        False,
    ),
    # the light of a stack is no building light
    (
        "light source on stack 3 failed during a knee arthroscopy, swapped for the spare.",
        "staffing_infrastructure_estates",
        False,
    ),
    # look-alike: a ward's lighting that failed is the building's
    (
        "ward lighting failed in bay 2 overnight after the storm, estates called, torches "
        "used for obs.",
        "staffing_infrastructure_estates",
        True,
    ),
    # pressure-relieving kit not to hand
    (
        "prone spinal case 5 hrs, no gel pads available in theatre 4 so pillows used. cat 2 "
        "PU to the chin and chest on return to the ward.",
        "medical_device",
        True,
    ),
    (
        "Heel protectors out of stock on the orthopaedic ward, both heels red at day 2.",
        "medical_device",
        True,
    ),
    # look-alike: gel pads told as used
    (
        "Gel pads used on all pressure areas in theatre and heels offloaded. Cat 1 to the "
        "sacrum found on day 2, repositioning increased.",
        "medical_device",
        False,
    ),
    # kept under anaesthetic longer
    (
        "camera stack lost picture mid case, replacement took 30 mins, pt under GA for "
        "longer than planned.",
        "treatment_procedure",
        True,
    ),
    (
        "tray not sterile on opening, second set brought up from SSD, an extra 25 mins under "
        "anaesthetic for the pt.",
        "treatment_procedure",
        True,
    ),
    # no trained operator for the machine
    (
        "cell saver set up but no trained operator available on the late shift, not used. "
        "pt needed 2 units after.",
        "staffing_infrastructure_estates",
        True,
    ),
    # an item's tag not scanned is no patient unscanned
    (
        "scope taken from the drying cabinet for the 3rd pt, RFID tag was not scanned so the "
        "traceability record has a gap.",
        "assessment_diagnosis",
        False,
    ),
    # look-alike: a patient not scanned
    (
        "pt on apixaban with a head injury after a fall was not scanned within the hour, CT "
        "done at 6 hrs.",
        "assessment_diagnosis",
        True,
    ),
    # identification and information
    (
        "pt came down to theatre with no ID wristband, sign in held until a band was printed.",
        "communication_documentation",
        True,
    ),
    (
        "Dad had his tonsils out as a day case and was sent home with no leaflet and no "
        "number to call, we ended up in A&E at 2am.",
        "communication_documentation",
        True,
    ),
    (
        "pt on insulin sent the generic colonoscopy prep letter instead of the diabetic "
        "version, had a hypo at home on the clear fluid day.",
        "communication_documentation",
        True,
    ),
    (
        "surgeon infiltrated the wound and the anaesthetist gave a block, neither knew what "
        "the other had given, total bupivacaine over the max dose.",
        "communication_documentation",
        True,
    ),
    # a thing taken back to theatre, a belonging removed at sign in
    (
        "Porter found a used needle in a clinical waste bag from theatre 5. Not injured. Bag taken "
        "back to theatre and the needle disposed of.",
        "treatment_procedure",
        False,
    ),
    (
        "Porter found a used needle in a clinical waste bag from theatre 5. Not injured. Bag taken "
        "back to theatre and the needle disposed of.",
        "behaviour_abuse_safeguarding",
        False,
    ),
    (
        "Pt's dentures taken out at sign in and put in a pot, pot not found on the ward "
        "after, family informed and a claim form given.",
        "treatment_procedure",
        False,
    ),
    # look-alike: a patient taken back to theatre
    (
        "Day 1 post lap chole pt taken back to theatre for a bile leak, washout done.",
        "treatment_procedure",
        True,
    ),
    # look-alike: a blade found on a patient is contraband
    (
        "Room search on return from leave, razor blade found hidden in his trainer, removed "
        "and the MDT informed.",
        "behaviour_abuse_safeguarding",
        True,
    ),
]


#: Look-alikes of the rules' new cues (the learned model reads any leaflet as information).
RULE_CASES = [
    # the leaflet and the number given
    (
        "pt discharged from day surgery after a cystoscopy, given the leaflet and the unit's "
        "number to ring, rang the next day with mild burning only.",
        "communication_documentation",
        False,
    ),
    # the right version sent
    (
        "diabetic version of the bowel prep instructions sent as planned, insulin reduced on "
        "the clear fluid day, BMs fine.",
        "communication_documentation",
        False,
    ),
]


@pytest.mark.parametrize(("text", "theme", "expected"), CASES)
def test_round69_4_procedural_kit_and_day_case_themes(
    text: str, theme: str, expected: bool
) -> None:
    assert (theme in theme_ids(text)) is expected


@pytest.mark.parametrize(("text", "theme", "expected"), RULE_CASES)
def test_round69_4_information_look_alikes_by_rule(text: str, theme: str, expected: bool) -> None:
    assert (theme in rule_theme_ids(text)) is expected
