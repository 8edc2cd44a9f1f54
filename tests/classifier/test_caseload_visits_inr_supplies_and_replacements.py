"""Round 69, helper 3: community and long-term care told in its own terms.

- A routine visit or call of a community caseload named by the care it brings, its time of
  day, its round or a count ("evening insulin visit missed", "twice weekly dressing visits
  cancelled", "14 visits deferred"), or missed for the team's own reasons ("visits missed due
  to sickness", "not handed over"), and a prisoner's family visit cancelled: the care left
  undone, no access_transfer_discharge. A first visit after a referral, a GP's home visit
  done late, a midwife's visit cancelled or an appointment never rebooked still are.
- An anticoagulant's INR told as due and not done, missed or overdue: medication (drug
  monitoring). An INR told as a result in range is no missed monitoring.
- Catheters, feeding or airway tubes or cannulas not to hand ("no 14ch catheters in the
  car", "run out of NG tubes"), and brakes that did not hold: medical_device. A catheter not
  in situ or a catheter care plan missing names no stock.
- An assessment told by what it found ("On assessment found a cat 3 pressure ulcer"): a step
  of care taken, no evidence of a failure to assess for the learned model.
- A device with no replacement ("wheelchair broken and no replacement", "reported to EBME but no
  replacement came"): no staffing_infrastructure_estates. A member of staff who left with no
  replacement still is.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids

CASES = [
    # a caseload visit named by its care and time of day
    (
        "Teatime insulin visit not done by the DN team, pt's daughter rang the next morning, "
        "BM 24, GP asked to review.",
        "access_transfer_discharge",
        False,
    ),
    # named by its round and care
    (
        "Her twice weekly dressing visits were cancelled for a fortnight, leg ulcer now "
        "sloughy and smelly, TVN asked to see.",
        "access_transfer_discharge",
        False,
    ),
    # a count of visits deferred
    (
        "Community team at half strength today, 18 visits deferred including 3 catheter "
        "reviews, all pts rung by the team lead.",
        "access_transfer_discharge",
        False,
    ),
    # missed for the team's own reasons
    (
        "Visits missed on Saturday and Sunday due to sickness in the team, sacral skin now "
        "broken, cat 2.",
        "access_transfer_discharge",
        False,
    ),
    # a prisoner's family visit cancelled
    (
        "prisoner very agitated on the wing after his family visit was cancelled, kicked "
        "the cell door, no injuries.",
        "access_transfer_discharge",
        False,
    ),
    # look-alike: a first visit after a referral made late is access
    (
        "Referral to the community nurses sent on the 3rd but the first visit was not made "
        "until the 17th, heel ulcer had got worse.",
        "access_transfer_discharge",
        True,
    ),
    # look-alike: a midwife's visit cancelled and a screen missed is access
    (
        "Community midwife visit on day 5 cancelled and never rebooked, baby's blood spot "
        "not taken until day 15.",
        "access_transfer_discharge",
        True,
    ),
    # look-alike: an appointment never rebooked is access
    (
        "Clinic appointment cancelled by the hospital and never rebooked, pt lost to "
        "follow up for 9 months.",
        "access_transfer_discharge",
        True,
    ),
    # INR due and not done
    (
        "Pt on warfarin, INR test due last Tuesday not done as the phlebotomist was off, "
        "INR 7.2 today with a nosebleed.",
        "medication",
        True,
    ),
    # INR checks missed
    (
        "housebound lady's INR checks missed for 5 weeks after she changed GP, now 6.8, "
        "anticoag clinic informed.",
        "medication",
        True,
    ),
    # INR checks not on the list handed over
    (
        "our pt's INR checks were not on the spreadsheet when the caseloads were split, "
        "next INR 8.0 with haematuria.",
        "medication",
        True,
    ),
    # look-alike: an INR in range is no missed monitoring
    (
        "Pt slipped in the bathroom at home and bruised her hip. INR 2.4 at the clinic "
        "yesterday, x-ray no fracture.",
        "medication",
        False,
    ),
    # catheters not in the car
    (
        "Catheter blocked at the evening visit, we had no 12ch catheters in the car and none "
        "at base, pt sent to the urgent treatment centre.",
        "medical_device",
        True,
    ),
    # catheter packs not at base
    (
        "Went out to change his long term catheter but no 14ch catheter packs at base, pt "
        "in discomfort until next day.",
        "medical_device",
        True,
    ),
    # run out of NG tubes
    (
        "The unit had run out of NG tubes overnight so the tube was not re-passed until the "
        "pharmacy delivery at 10:00, feed held.",
        "medical_device",
        True,
    ),
    # brakes that did not hold
    (
        "Commode brakes would not hold on the bathroom tiles and it rolled as she sat back, "
        "pt slid to the floor, no injury.",
        "medical_device",
        True,
    ),
    (
        "The brakes on the bath chair did not hold and it rolled back as he sat down, he "
        "landed on his bottom on the floor.",
        "medical_device",
        True,
    ),
    # look-alike: no catheter in situ names no stock
    (
        "No catheter in situ, pt passing urine, bladder scan residual 60ml, TWOC successful.",
        "medical_device",
        False,
    ),
    # an assessment told by what it found is no failure to assess (for the learned model)
    (
        "DN first visit after GP referral, 91 yr old lady. On assessment found a cat 3 "
        "pressure ulcer to the sacrum with slough, not known to us before. Air mattress "
        "ordered as urgent but not delivered for 6 days, no stock at the store.",
        "assessment_diagnosis",
        False,
    ),
    # a wheelchair with no replacement
    (
        "Her bariatric wheelchair broken and no replacement for 3 days, pt nursed in bed and "
        "now has a red sacrum.",
        "staffing_infrastructure_estates",
        False,
    ),
    # reported to EBME but no replacement came
    (
        "Low bed jammed in the high position, reported to EBME on Monday but no replacement "
        "came, pt climbed out overnight and fell.",
        "staffing_infrastructure_estates",
        False,
    ),
    # look-alike: a carer who was cancelled with no replacement is staff cover
    (
        "The agency cancelled the waking night carer at 21:00 with no replacement, resident "
        "left on her own overnight.",
        "staffing_infrastructure_estates",
        True,
    ),
]


@pytest.mark.parametrize(("text", "theme", "expected"), CASES)
def test_caseload_visits_inr_supplies_and_replacements(
    text: str, theme: str, expected: bool
) -> None:
    assert (theme in theme_ids(text)) is expected
