"""Helper H13: a misplaced tube or an oxygen set-up on the air caught before it was used.

- A gastric tube found in the airway on the film after someone paused its first use (tablets
  crushed "for the new tube" but not given, a feed about to start and "not started") was caught
  before anything went down it: near miss 13. A feed, flush or medicine told given down it
  before the film was read stays never event 13.
- A guidewire about to be put back into a correctly placed tube and stopped is a dangerous
  practice prevented: no never-event error was made (both null). A wire left in after a line
  went in and found on the film later is still a retained object.
- An oxygen set-up on the air flowmeter at an empty bedspace, with no patient in the bed, is a
  risk, not an event (both null); a patient in the bed found on the air still is never event 15.
- A patient's oxygen circuit connected to the air but not yet attached to the patient (still on
  the old circuit or cylinder) was caught before it reached him: near miss 15; the patient told
  breathing from it stays never event 15.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

NEAR_MISS_13 = [
    "Ward pharmacist noticed the chart had the oral meds changed to 'via NG' and the nurse was "
    "crushing tablets for the new tube. Position not yet confirmed - awaiting CXR. Nurse "
    "stopped. CXR then reviewed by the reg: tip in the right main bronchus. Tube removed, "
    "no meds given.",
    "student nurse - saw staff nurse about to start the feed, i said the xray had only just "
    "been done and nobody had looked at it. she waited. the FY1 looked, the NG tube was in the "
    "right lung so it was pulled out. feed not started",
    "Night RN drawing up the 22:00 meds for the newly passed NGT. Nurse in charge asked if the "
    "position had been checked, it had not. RN held off. CXR: NG tube in the left lower lobe. "
    "Removed. Nothing given via the tube.",
    "Feed pump set up at the bedside ready to run through the new NG. Dietitian queried as pH "
    "not done and no xray reviewed. Feed held. X-ray showed the tube in the trachea, removed "
    "by the nurse. No feed given.",
    "meds crushed + dissolved for the fine bore ng, nurse paused when the HCA said the "
    "xray hadnt been seen yet. radiologist: ng tip in R bronchus. ng out, nothing went "
    "down it",
    "NG tube passed at 14:00 for feeding. Before the feed was started the SHO reviewed the "
    "x-ray and found the tube was in the right main bronchus. Tube removed and re-passed, feed "
    "not started.",
    "Pt's NGT replaced this am. Nurse crushed his tabs for the new tube but waited as xray not "
    "yet reviewed. Reg reviewed: tube curled into the L bronchus. Removed, meds not given.",
    "Feed about to go up via the new NG - dietitian asked if anyone had seen the CXR. Nurse "
    "paused; CXR showed the NG tube in the right lung. Pulled out, feed not started.",
]

NEVER_EVENT_13 = [
    "NG tube passed on the ward. Meds crushed and given via the NG at 18:00. Next morning the "
    "CXR was reviewed: tube tip in the right main bronchus. Pt had become breathless.",
    "fine bore NG placed, feed started at 15ml/hr without the film being checked. "
    "Consultant later reviewed the xray and the tube was in the left lung. Feed stopped.",
    "Nurse flushed the new NG tube with 20ml water before the x-ray was reviewed. X-ray then "
    "showed the tube in the trachea. Pt coughing, tube removed.",
    "tabs crushed for the new NG and given at 08:00. Xray reviewed at 10:00 - NG in the R "
    "main bronchus. Removed, pt spiking temp.",
]

BOTH_NULL_GUIDEWIRE = [
    "HCA saw the staff nurse about to push the introducer wire back into a blocked fine bore "
    "NG that was still in the pt, to clear it. HCA challenged and the nurse stopped. Tube "
    "cleared with warm water flush. Position confirmed on xray yesterday and pH 4 this am.",
    "RN going to reinsert the guidewire into the pt's blocked NGT (still in situ) to unblock "
    "it, stopped by a student who queried it. NGT unblocked by the nutrition nurse with warm "
    "water, placement pH 5 today.",
    "Blocked NG tube: agency nurse was about to put the stylet back in while the tube was "
    "still in the patient. Stopped by the ward sister. Flushed and cleared, position had been "
    "confirmed on x-ray on admission.",
]

RETAINED_3 = [
    "CVC inserted in ED. Post procedure CXR the next day showed the guidewire still in the "
    "pt, left in after the line was placed. Removed by IR.",
    "Central line placed on ICU overnight. Day team noted on the x-ray that the guidewire had "
    "been left in the vessel after the procedure. Retrieved by radiology.",
]

BOTH_NULL_EMPTY_BEDSPACE = [
    "Daily bay checks: the O2 tubing at the empty bedspace 4 was connected to the air "
    "flowmeter. No patient in the bed. Tubing moved and the air flowmeter removed as not "
    "needed.",
    "Night checks of bay B - the oxygen mask at bed 9 (empty, no pt) was on the air "
    "flowmeter. Taken off, air flowmeter removed from the wall.",
    "On the morning equipment check the nasal specs at the empty side room were found "
    "plugged into the air outlet, no patient in the room. Flowmeter removed.",
    "Bedspace 2 empty - no patient. Found the O2 tubing attached to the air flowmeter during "
    "the bay safety check. Taken off and reported.",
]

NEVER_EVENT_15 = [
    "Pt in bed 4 needing 2L O2 found with the nasal specs connected to the air flowmeter, "
    "sats 86%. Moved to oxygen.",
    "Daily bay checks: the pt in bed 12 (needs 28% O2) was on the air flowmeter, sats 88%. "
    "Moved to O2 and escalated.",
    "At the safety huddle the nurse in charge spotted the pt in side room 1 (trachy, needs 40% "
    "O2) was on the humidified circuit connected to the air outlet. Sats 87%. Swapped to O2.",
    "pt on 4L O2 via specs, at 14:00 found the specs on the air flowmeter for 2 hours, sats "
    "dropped to 85%.",
]

NEAR_MISS_15 = [
    "at the bedside safety huddle the NIC noticed the new humidified O2 circuit for the pt in "
    "bay 2 (trachy, needs 35% O2) had been connected to the air outlet by the HCA, it had not "
    "yet been attached to the trachy mask - pt still on the old circuit. Swapped over.",
    "Humidified oxygen circuit for the pt in side room 5 (tracheostomy, on 40% O2) set up by "
    "the student on the AIR outlet. Spotted by the staff nurse before it was attached - pt "
    "still on the old circuit. Moved to oxygen.",
    "New O2 circuit for bed 3 (needs 28% O2) connected to the air flowmeter by the agency "
    "nurse but not yet put on the patient, who was still on the cylinder. Noticed by the NIC "
    "and changed over.",
    "Staff nurse preparing the venturi mask for the pt in bed 10 (needs 35% O2) connected it "
    "to the air flowmeter. Not yet on the pt - still on the old mask. Student spotted it and "
    "it was moved to O2.",
    "Ambulance pt on the cylinder arrived to the bay; the HCA had connected the O2 mask at the "
    "bedspace to the air flowmeter but it had not yet been put on the pt, still on the "
    "ambulance cylinder. RN noticed and moved it to O2.",
]

CASES = (
    [(text, (None, "13")) for text in NEAR_MISS_13]
    + [(text, ("13", None)) for text in NEVER_EVENT_13]
    + [(text, (None, None)) for text in BOTH_NULL_GUIDEWIRE]
    + [(text, ("3", None)) for text in RETAINED_3]
    + [(text, (None, None)) for text in BOTH_NULL_EMPTY_BEDSPACE]
    + [(text, ("15", None)) for text in NEVER_EVENT_15]
    + [(text, (None, "15")) for text in NEAR_MISS_15]
)


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_tube_and_air_not_yet_used(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected
