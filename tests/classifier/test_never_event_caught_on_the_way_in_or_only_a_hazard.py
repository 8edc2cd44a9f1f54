"""Rails, windows, beds, tubes, scalds and air told as caught on the way in, or as a hazard
with no patient: a person in the hoist ready to be lowered when the water was found scalding,
half out of the window and pulled back, sliding towards a rail gap, a device seen on air before
it went on (or the patient still on the wall oxygen), a feed only planned; a bed-rail gap found
with no patient in it. The catch words in an innocent role (harm told later, another patient
unaffected, an inspection after the event, a feed had) leave the never event reached."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # -- 14: on the way in when the water was found scalding: a near miss
        (
            "Resident in the hoist above the bath waiting to be lowered. Carer dipped her "
            "elbow in, the water was scalding, 51C on the probe. Resident swung back to the "
            "chair. No harm, estates called about the TMV.",
            (None, "14"),
        ),
        # ... the words in an innocent role: harm told sentences later
        (
            "Mr K in the bath hoist about to be lowered, water scalding. Hoist raised straight "
            "away but his right foot had gone in. Seen by the nurse at lunch. Blisters on the "
            "right foot by the evening, dressing applied.",
            ("14", None),
        ),
        # ... lowered into the water before it was raised: the body met the water
        (
            "Pt in the hoist ready to be lowered into the bath, water not checked. Lowered in, "
            "cried out, lifted straight out; legs red and blistered.",
            ("14", None),
        ),
        # ... a burn told beside the catch
        (
            "Pt in the sling waiting to be lowered into the bath, water scalding hot, sling "
            "raised immediately. Pt said it was boiling on her feet; feet red, GP found a "
            "superficial burn.",
            ("14", None),
        ),
        # -- 10: half out of the window, pulled back in: a near miss; a fall stays a fall
        (
            "2nd floor ward. At 23:10 pt had her head and shoulders out of the bathroom window; "
            "the restrictor had been snapped off. Two staff pulled her back in. Unhurt.",
            (None, "10"),
        ),
        (
            "Pt climbed out of the 3rd floor window and fell onto the car park; the restrictor "
            "had been removed. Legs out of the window first, staff could not pull her back in "
            "time. Fractured pelvis.",
            ("10", None),
        ),
        # -- 11: sliding towards the rail gap, no entrapment told: a near miss
        (
            "Cot sides up on the extended bed, a gap at the foot end. Night HCA found him "
            "slipping towards the gap, his head against it. Rails lowered, bed swapped.",
            (None, "11"),
        ),
        # ... the gap only found on the round: nothing
        (
            "Rails checked on the morning round, a gap at the head end of bed 4. Bed changed.",
            (None, None),
        ),
        # ... the slide went on into the gap and held the neck
        (
            "Found sliding towards the gap between the bed rail and mattress, neck trapped, "
            "marks to her neck. Freed by two staff.",
            ("11", None),
        ),
        # -- 11: a rail gap found with no patient in the bed: a risk only
        (
            "Medical devices review: the new low beds fitted with a thin overlay leave a gap "
            "between rail and mattress that could trap a neck. No patient involved; beds "
            "withdrawn.",
            (None, None),
        ),
        # ... the risk words in an innocent role (another patient, an inspection after it)
        (
            "Neck trapped between the bed rail and mattress at 03:00, pt cyanosed, freed by two "
            "nurses. On inspection the rail was the old type; no other patient affected.",
            ("11", None),
        ),
        (
            "Found with his neck wedged between the side rail and the mattress, unable to "
            "speak. Estates walk-round later found the same gap on 3 other beds.",
            ("11", None),
        ),
        (
            "Her chest trapped between bed rail and mattress when she slid down overnight, "
            "bruising to chest. Audit found the wrong mattress on this frame.",
            ("11", None),
        ),
        # -- 15: seen on air before the cannula went on, or the patient still on the wall O2
        (
            "Physio plugged the O2 mask tubing into the air outlet for a pt needing oxygen. "
            "Charge nurse spotted it before mask was put on the pt and moved it to O2.",
            (None, "15"),
        ),
        (
            "Transfer to CT: porter attached the mask tubing to the trolley cylinder, which was "
            "medical air not O2. Noticed at the door, pt still on wall oxygen. Cylinders now "
            "stored apart.",
            (None, "15"),
        ),
        # ... the words in an innocent role: the patient then on air, harmed
        (
            "HCA set up the nasal cannula on the air flowmeter before cannula was put on the "
            "pt. Pt then wore it on air for 3 hours, sats dropped to 85%.",
            ("15", None),
        ),
        (
            "Pt on 2L O2 via nasal specs connected to the air flowmeter for 2 hours overnight - "
            "sats 86%, drowsy. Day staff noticed before cannula was put on the next pt.",
            ("15", None),
        ),
        (
            "Mask for a pt needing oxygen plugged into the air flowmeter for the transfer. The "
            "plan was that the pt stayed on wall O2 until the porter came. She was found on "
            "air in X-ray, sats were 84%.",
            ("15", None),
        ),
        # ... the time on air told with "the air" after the catch of the next patient's device
        (
            "Patient transferred on cylinder; on arrival connected to the air outlet instead of "
            "oxygen. Noticed before cannula was put on the next pt; this pt had already been on "
            "the air for 20 mins, sats 85%.",
            ("15", None),
        ),
        # -- 13: a feed only planned is no use; a feed had is
        (
            "XR for NGT position: tube in the right main bronchus. Care plan had documented "
            "feed to start once XR reviewed. Feed not started, tube removed.",
            (None, "13"),
        ),
        (
            "NGT passed at 14:00, pt had a feed at 16:00. CXR later: tube in the right main "
            "bronchus. Pt coughing.",
            ("13", None),
        ),
        (
            "NG tube in the R lung on CXR; pt had her 06:00 feed and meds via the tube before "
            "the x-ray was reviewed.",
            ("13", None),
        ),
        (
            "NG tube placed, pH not obtained; pt had feed overnight. Morning CXR showed the "
            "tube in the left lower lobe bronchus.",
            ("13", None),
        ),
        # -- 9: the rail used as a ligature point, did not collapse
        (
            "Pt on the acute MH ward used shower rail in en-suite as a ligature anchor point; "
            "rail did not collapse. Found by staff, neck marks, reviewed by doctor.",
            ("9", None),
        ),
        (
            "Ligature audit on the MH ward: old curtain rails did not collapse under load "
            "test. No patient involved.",
            (None, None),
        ),
    ],
)
def test_caught_on_the_way_in_or_only_a_hazard(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected
