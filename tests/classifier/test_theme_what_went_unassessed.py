"""Round 69, helper 7: assessment_diagnosis needs something that went unassessed or misread.

- "nobody checked", "nobody saw", "nobody reviewed" or a thing "chased" with no result, scan
  or patient named tell a check or a wait, not a diagnosis missed: an oxygen cylinder, a
  consent form, a fluid prescription, an order never delivered, a patient left waiting. A
  result or an image nobody checked, reviewed or actioned still is ("nobody checked the
  result", "CXR was taken but no one reviewed it").
- A finding the imaging report left out ("lumbarised S1 not mentioned on the MRI report", "the
  CT report did not mention the mass") is imaging misreported, also beside a wrong level it
  caused; a variant the limited imaging could not show is unexpected anatomy, and a letter
  that left out an allergy is no imaging report.
- The x-ray that checks where a tube, line or drain lies, told as not done or not requested,
  is the placement's own check (dev.jsonl reads it with the tube's themes), as is a patient
  turned "for xray" the moment of an event; an x-ray not done for an injury, or a check film
  nobody looked at, is still a diagnosis missed.
- "it was missed" of an omission (a beaker on a drinks round) is no diagnosis; symptoms
  missed still are.
- A result the ward "didnt act on", a symptom not recognised "as a red flag", a specimen the
  lab "never received": assessment_diagnosis.
- "didnt have a cylinder contents check on it" names a check on a form (a noun), and a gauge
  not looked at is the equipment check before a transfer.
- A scan done as a pathway or policy asks ("CT head done as per the falls pathway - no
  bleed") is the routine step, no evidence for the learned model; a scan told as late still is.
- An assessment told by what it says is needed ("bumpers not on although the bed rail
  assessment says they are needed") was made: its plan was not followed.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids

THEME = "assessment_diagnosis"

CASES = [
    # nobody checked / saw / reviewed / chased: what, decides
    (
        "Hb 68 on the morning bloods, nobody checked the result until the evening round, "
        "transfused 2 units at 22:00.",
        True,
    ),
    (
        "post op CXR was taken at 16:00 but no one reviewed it, pneumothorax seen on the "
        "morning ward round.",
        True,
    ),
    (
        "lab rang a potassium of 6.7 to the ward at 20:00 and nobody actioned it until the night "
        "reg came at 01:00.",
        True,
    ),
    (
        "nobody checked the oxygen would last the journey, cylinder empty in the lift, sats 82% "
        "on arrival.",
        False,
    ),
    (
        "walking frame ordered from the equipment store 2 weeks ago, never delivered, chased "
        "again today by the OT.",
        False,
    ),
    (
        "pt sat in the discharge lounge from 10:00 and nobody saw her until 15:00, no drinks "
        "offered, very upset.",
        False,
    ),
    (
        "fluids prescribed 8 hrly but nobody reviewed and 4 bags ran back to back overnight, pt "
        "in pulmonary oedema by the morning.",
        False,
    ),
    (
        "consent form for the chemo not signed and no one checked before the pump went up.",
        False,
    ),
    # a finding the imaging report left out
    (
        "lumbarised S1 not mentioned on the MRI report, level counted from the sacrum and the "
        "facet injection went in one level too high.",
        True,
    ),
    (
        "the CT report did not mention the 2cm adrenal mass that was visible on the images, "
        "found a year later on a repeat scan.",
        True,
    ),
    (
        "pt has 6 lumbar type vertebrae which wasnt described in the pre op MRI report, "
        "discectomy done at L3/4 instead of L4/5, back to theatre.",
        True,
    ),
    (
        "transitional vertebra not visible on the limited pre op MRI (lumbar sagittals only), "
        "decompression done a level high, back to theatre.",
        False,
    ),
    (
        "his penicillin allergy was not mentioned in the referral letter and he was given "
        "co-amoxiclav, rash.",
        False,
    ),
    # the position check x-ray of a tube or line not done
    (
        "NGT placed in ED, position xray not done before transfer to the ward, tube found "
        "coiled in the mouth on arrival, re-passed.",
        False,
    ),
    (
        "PICC placed on the ward at 15:00, tip position x-ray not requested, line used for 2 "
        "days before anyone noticed.",
        False,
    ),
    (
        "femoral HD line inserted, no CXR needed for a femoral line so no imaging done "
        "afterwards, guidewire found on AXR 2 days later.",
        False,
    ),
    (
        "ETT dislodged while turning the baby for xray, 2 person handling not done as the 2nd "
        "nurse was on a break.",
        False,
    ),
    (
        "fell in the bathroom and hurt her hip, x-ray not done, sent back to the care home, NOF "
        "fracture found 4 days later.",
        True,
    ),
    (
        "NGT check film was taken but nobody looked at it before the feed started, tube in the "
        "R bronchus.",
        True,
    ),
    # "it was missed" of an omission
    (
        "the lidded beaker in her care plan wasnt used, it was just missed on the drinks round, "
        "tea spilt on her lap, superficial burn.",
        False,
    ),
    (
        "his symptoms of cauda equina were missed at the first GP visit, MRI 3 weeks later "
        "showed a large disc prolapse.",
        True,
    ),
    # a result not acted on, a red flag not recognised, a specimen never received
    (
        "RhD neg woman, cord bloods RhD pos, the postnatal ward didnt act on the result and "
        "anti-D was given on day 6.",
        True,
    ),
    (
        "111 call handler didnt recognise the chest pain as a red flag, routine callback "
        "booked, admitted with a STEMI.",
        True,
    ),
    (
        "the pharmacist did not recognise the interaction between clarithromycin and "
        "simvastatin, myalgia.",
        False,
    ),
    (
        "biopsy pot from the skin clinic never received in histology, pt recalled for a repeat "
        "biopsy.",
        True,
    ),
    ("pharmacy never received the TTO request, discharge delayed 4 hrs.", False),
    # a check named as a noun, a gauge not looked at
    (
        "transfer checklist didnt have a cylinder contents check on it, O2 ran out in the lift, "
        "sats 80%.",
        False,
    ),
    (
        "the ED doctor didnt look at the film before discharging him, radiologist reported a "
        "scaphoid fracture the next day.",
        True,
    ),
    (
        "portable O2 ran out in the lift on the way to the ward, gauge not looked at before "
        "leaving ED.",
        False,
    ),
    # a scan done as a pathway asks
    (
        "unwitnessed fall, on apixaban so CT head done as per the falls pathway - no bleed. "
        "neuro obs started, sensor mat on, family told.",
        False,
    ),
    (
        "fall on rivaroxaban, CT head requested as per protocol but not done until 11 hrs "
        "later, SDH seen.",
        True,
    ),
    # an assessment told by what it says is needed
    (
        "bed rail bumpers not on although the bed rail assessment says they are needed, leg "
        "through the rails, bruising.",
        False,
    ),
    (
        "no bed rail assessment was done and the bumpers were not on, leg trapped through the "
        "rails, bruising.",
        True,
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_theme_what_went_unassessed(text: str, expected: bool) -> None:
    assert (THEME in theme_ids(text)) is expected
