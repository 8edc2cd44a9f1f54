"""Helper H47: a near miss told with nothing given, and the air seen before the change-over.

- A misplaced gastric tube or an ABO-incompatible unit caught, told with the giving denied
  outright ("No feed/flush/drugs given", "Didn't put it up", "never connected") or with the use
  told only after the tube was re-sited ("Resited; 2nd x-ray satisfactory, feeds commenced
  after"): near miss 12 / 13, which the reach model may not turn into a never event. A part
  told given ("50 ml transfused ... the rest was not given", "further doses not given") or a
  use told before the catch stays a never event.
- An oxygen device put on the air flowmeter while the patient still breathed from the transfer
  cylinder, seen "before disconnecting the transfer cylinder" / "before the cylinder was turned
  off": the change-over to the air not yet made, near miss 15. The cylinder told off and the
  device then found on the air stays never event 15.
- A device connected to "the flowmeter" that someone then "noticed ... was medical air", sats
  falling in between: never event 15. An air flowmeter noticed at an empty bay, or before the
  specs went on, stays a risk / near miss.
- Look-alikes: a compatible unit given, a tube confirmed in the stomach, a unit or feed not
  given for another reason, an air nebuliser as prescribed: neither.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

WITHHELD_NEAR_MISSES = [
    (
        "NG tube passed for feeding. Film showed it in the left main bronchus. Tube pulled and "
        "re-passed. Nothing was put down the first tube.",
        (None, "13"),
    ),
    (
        "ng inserted on ward 4, xray - tip in R lung. removed. no feed or meds given via it.",
        (None, "13"),
    ),
    (
        "FFP for a pt who is group B arrived as group A plasma. Spotted at the bedside check, "
        "not hung. Lab sent group B instead.",
        (None, "12"),
    ),
    (
        "Red cells labelled group A brought to the ward for a group O patient. Nurse didn't put"
        " it up and returned it to the lab.",
        (None, "12"),
    ),
    (
        "Unit of group B red cells collected for Mrs Smith who is group A; noticed at the "
        "bedside, never connected.",
        (None, "12"),
    ),
    (
        "Fine bore NGT placed in ICU with a wire. CXR: tube in the pleural space, small "
        "pneumothorax. Tube withdrawn. Nothing given down it.",
        (None, "13"),
    ),
    (
        "NG passed in ED, x-ray shows the tube in the right bronchus. No feed/water/meds given,"
        " tube removed.",
        (None, "13"),
    ),
    (
        "Paeds: NG placed for feeds, no aspirate so xray, tube down the L main bronchus. Re-"
        "sited, repeat film fine, feeds started after.",
        (None, "13"),
    ),
    (
        "Neonatal unit. OGT passed, xray showed it in the right main bronchus. Resited and re-"
        "xrayed, feeds commenced afterwards.",
        (None, "13"),
    ),
    (
        "NG placed, CXR shows the tip in the right lung, removed before use.",
        (None, "13"),
    ),
    (
        "Rehab ward. Pt on warfarin, bleeding, FFP ordered. Plasma came from the main site as "
        "group O; pt is group B. Knew O plasma only goes to O pts. Did not put it up. Rang the "
        "lab, AB FFP sent, delay of 90 min.",
        (None, "12"),
    ),
    (
        "community hosp. FFP arrived grp O, pt grp A. I didn't hang it, phoned transfusion lab,"
        " AB plasma sent - 2hr delay.",
        (None, "12"),
    ),
    (
        "Pt needed FFP for reversal. The FFP from the hub lab was group O, patient group AB. "
        "Not put up. Lab contacted, AB FFP issued.",
        (None, "12"),
    ),
    (
        "ICU. Fine bore NG placed over a guidewire in a ventilated pt. Check film: tube through"
        " the L bronchus into the pleura, pneumothorax. Nothing given via the tube. Removed, "
        "drain inserted, desaturated during.",
        (None, "13"),
    ),
    (
        "HDU: NGT with stylet inserted, sedated pt. CXR showed tube in R pleural space + "
        "pneumothorax. No feed, flush or meds given. Tube out, chest drain, sats dipped to 86%.",
        (None, "13"),
    ),
    (
        "Childrens ward. 2yo bronchiolitis, NGT passed for feeds. pH not obtained so CXR. Tube "
        "down the left main bronchus. Mum informed. Re-passed; 2nd film ok, feeds started "
        "after. Reporting as the tube was taped and feed was ready.",
        (None, "13"),
    ),
    (
        "Paeds. 6 month old, NG placed for feeding. No aspirate, xray: tube in R main bronchus."
        " Resited, repeat xray satisfactory and feeds commenced after.",
        (None, "13"),
    ),
    (
        "Paeds ward. NG inserted for feeds. No aspirate, CXR. Tube in the R main bronchus. "
        "Parents told. Resited; 2nd x-ray satisfactory, feeds commenced after. Feed was hung "
        "ready and tube taped.",
        (None, "13"),
    ),
]

REACHED_NEVER_EVENTS = [
    (
        "NG placed, feed started at 50ml/h. Next day's CXR showed the tube in the right bronchus.",
        ("13", None),
    ),
    (
        "Group A red cells transfused to a group O patient; rigors after 20 ml.",
        ("12", None),
    ),
    (
        "Meds given via the NG at 18:00; the 22:00 xray found the tube in the lung. Further "
        "doses not given.",
        ("13", None),
    ),
    (
        "Group B red cells for a group O pt; 50 ml transfused before the rigors, the rest was "
        "not given.",
        ("12", None),
    ),
    (
        "Feeds commenced after the x-ray was reported as fine; next day the consultant reviewed"
        " the film and the NG was in the right lung.",
        ("13", None),
    ),
]

AIR_BEFORE_THE_CHANGE_OVER = [
    (
        "Pt needing 2L O2 via NC. HCA plugged the tubing into the air flowmeter on the wall, "
        "noticed by the RN before disconnecting the portable cylinder. Moved to O2.",
        (None, "15"),
    ),
    (
        "transfer back from x-ray, pt on 4L oxygen from the cylinder. nasal specs tubing "
        "connected to AIR outlet, spotted before the cylinder was turned off. swapped.",
        (None, "15"),
    ),
    (
        "Patient on 3 L O2 from the transfer cylinder. Tubing put into the medical air "
        "flowmeter at the bedside; staff nurse saw the label before the cylinder was switched "
        "off.",
        (None, "15"),
    ),
    (
        "back from theatre on o2 4l via hudson. porter pushed the mask tubing into the air "
        "flowmeter, i saw it at handover before we took the escort cylinder off. changed to "
        "oxygen.",
        (None, "15"),
    ),
    (
        "Pt about to go on 2L O2; before I put the specs on him I noticed the flowmeter was "
        "medical air. Changed to the oxygen one.",
        (None, "15"),
    ),
]

AIR_REACHED = [
    (
        "Pt needing 2L O2: after the cylinder was disconnected the nasal cannula was found "
        "connected to the air flowmeter, sats 86%.",
        ("15", None),
    ),
    (
        "Cylinder turned off and the patient's mask connected to the air outlet; an hour later "
        "sats 88% and the air flowmeter found.",
        ("15", None),
    ),
    (
        "Recovery: O2 4L via Hudson mask handed over. Nurse connected the mask to the flowmeter"
        " on the wall; 30 min later sats 88%. Another nurse noticed that flowmeter was medical "
        "air. Changed over, sats 96%.",
        ("15", None),
    ),
    (
        "Ward 7: pt on 2L NC. Specs plugged into the flowmeter behind the bed; an hour later pt"
        " drowsy, sats 85%. The physio saw the flowmeter was air (left after a neb). Moved to "
        "O2, sats 95%.",
        ("15", None),
    ),
]

LOOK_ALIKES_NEITHER = [
    (
        "Group O FFP arrived for a group O patient; checked and given.",
        (None, None),
    ),
    (
        "NG tube passed, x-ray confirmed the tip in the stomach, feeds commenced.",
        (None, None),
    ),
    (
        "Air flowmeter found in the bay at the spot check, no patient on oxygen in the bay.",
        (None, None),
    ),
    (
        "Nebuliser prescribed on air, given via the air flowmeter as planned.",
        (None, None),
    ),
    (
        "Blood not given as the unit had expired; a new unit ordered from the lab.",
        (None, None),
    ),
    (
        "Feed not given overnight as the pump broke; NG position confirmed on x-ray in the "
        "stomach.",
        (None, None),
    ),
    (
        "Patient on room air, sats 97%; the flowmeter on the wall is air, no O2 needed.",
        (None, None),
    ),
    (
        "Transfer cylinder ran out on the way back from CT; pt put on wall O2 at once, no air "
        "involved.",
        (None, None),
    ),
    (
        "Platelets not given as the count came back at 120; pt's group A and platelets were "
        "group A.",
        (None, None),
    ),
    (
        "Checking the bays at the start of the shift I noticed the flowmeter was air in bay 3; "
        "no patient in the bed. Swapped for O2.",
        (None, None),
    ),
]

#: The reach model's words of a reach (a feed hung, a unit arrived, a tube taped) beside a
#: denial told in a sentence of its own; the cylinder the patient still breathed from.
TOLD_AT_LENGTH = [
    (
        "ITU. Fine bore NGT inserted over guidewire, ventilated and sedated pt. Check x-ray: "
        "tube through L bronchus into pleural space, L pneumothorax. No feed / flush / drugs "
        "given. NGT removed, chest drain sited, pt desaturated to 84%, improved after.",
        (None, "13"),
    ),
    (
        "Community hospital. Pt with a bleed on warfarin needed FFP. The FFP delivered from the"
        " district general was group O; pt is group B. O plasma is for O patients only. I did "
        "not put it up. Rang the lab, group AB plasma sent, delay 1 hour.",
        (None, "12"),
    ),
    (
        "Rehab unit. Pt on apixaban, GI bleed, awaiting transfer, needed FFP. FFP arrived from "
        "the acute site group O. Pt group A. Didnt put it up. Lab called and AB plasma sent "
        "instead.",
        (None, "12"),
    ),
    (
        "post op pt, instruction O2 2L via NC until sats stable. On return to ward the porter "
        "pushed the tubing into the wall air flowmeter; at the handover checklist the staff "
        "nurse noted the wrong flowmeter before disconnecting the transfer cylinder. Corrected.",
        (None, "15"),
    ),
]

CASES = [
    *TOLD_AT_LENGTH,
    *WITHHELD_NEAR_MISSES,
    *REACHED_NEVER_EVENTS,
    *AIR_BEFORE_THE_CHANGE_OVER,
    *AIR_REACHED,
    *LOOK_ALIKES_NEITHER,
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_withheld_told_and_air_before_the_change_over(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected
