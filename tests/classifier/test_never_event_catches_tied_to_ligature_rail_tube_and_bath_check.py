"""Never events 9, 10, 11, 13 and 14: catches tied to the ligature, the rail, the tube's place
and the bath check, and faults told in words the rules missed.

- a ligature never applied to the neck, or with no pressure on it, on a rail that did not
  release, is a near miss; a hanging told beside those words stays a never event;
- a chest or neck resting on the bed rail "but not pressed" is a near miss; an entrapment
  with harm told beside it stays a never event;
- the airway and the pleura denied together ("not a misplaced tube in the respiratory tract
  or pleura") are no site of the tube; a tube in the lung told without that list stays one;
- a tube placed in the lung at another hospital years ago is history; one placed at the
  sending hospital before transfer is this patient's event;
- "the pre-bath check" is the check before use; a scald told beside it stays a scald;
- "not by hand ... before the patient is moved into the bath" is how to check, not a denial
  that washing water caused the scald;
- a person found on the roof "of the ... building below" landed ("a fall of 4 metres ... is
  possible" in a risk assessment is no fall); a
  "failed restrictor" is a fault; a restrictor unscrewed by a relative and left off is a
  fault, the patient's own tool still rules it out.

The narratives are written for these tests."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CASES = [
    # NE9 'no pressure to neck' / 'no ligature applied to neck' catch: true positives
    (
        "Acute MH ward. Pt found hanging from the curtain rail in his bedroom by a belt; "
        "the rail did not collapse. Staff cut him down and started CPR. Once the belt was "
        "off there was no pressure to neck and he was breathing.",
        ("9", None),
    ),
    (
        "Acute MH ward. Pt found hanging from the shower curtain rail by a towel, which "
        "did not release under load. Staff lifted her down; no pressure marks to neck, "
        "obs stable.",
        ("9", None),
    ),
    (
        "Acute MH ward: pt tied a sheet to the non-collapsible shower curtain rail, put "
        "it round her neck and stepped off the toilet. Staff supported her weight and "
        "removed the sheet. At the 02:00 check earlier there had been no ligature applied "
        "to neck.",
        ("9", None),
    ),
    (
        "Acute MH ward: pt tied a cord to the curtain rail and looped it round her neck, "
        "then stepped off the chair and the rail did not collapse. Staff took her weight "
        "straight away; no pressure to neck after release, red mark on throat.",
        ("9", None),
    ),
    # NE9 look-alikes: ligature never on the neck, release did not activate (near miss);
    # the same fault at an audit (null)
    (
        "Acute MH ward. At 03:00 the RMN found the pt standing on a chair with a dressing "
        "gown cord tied to the curtain rail; no ligature applied to neck. Cord removed. "
        "Estates found the load-release did not activate when tested.",
        (None, "9"),
    ),
    (
        "Estates ligature audit of the MH ward: the shower rail load-release did not "
        "activate at the specified load. No patient involved. Rail replaced.",
        (None, None),
    ),
    # NE11 'resting against the rail but not pressed' catch: true positives
    (
        "Pt in bed 4 found with his neck trapped between the bed rail and the mattress, "
        "face dusky, sats 82%. Freed by two nurses. His upper chest was resting against "
        "the rail but not pressed in.",
        ("11", None),
    ),
    (
        "Pt found with neck trapped in the gap between the bed rail and mattress. Freed "
        "by staff; red marks across throat. Her chest on the rail but not pinned.",
        ("11", None),
    ),
    (
        "Chest trapped between the bed rail and the mattress, struggling to breathe; her "
        "neck against the rail but not pressed. Freed by two HCAs.",
        ("11", None),
    ),
    # NE11 look-alike: the chest only resting on the rail (near miss)
    (
        "Pt found slipping down through the gap between the bariatric bed and the rail, "
        "upper chest resting against the rail but not pressed in, talking. Repositioned, "
        "no injury.",
        (None, "11"),
    ),
    # NE13 respiratory sites denied in a list: true positives
    (
        "NG tube passed on the ward, no x-ray requested. 500ml feed given overnight. CXR "
        "in the morning showed the NGT in the right main bronchus; feed stopped. This was "
        "not a misplacement in the oesophagus.",
        ("13", None),
    ),
    (
        "NGT placed, aspirate pH 5. Feed started at 50ml/h. Pt coughing, CXR showed tube "
        "in the right lung; the nurse had not checked whether the tip was in the lung or "
        "stomach on the x-ray before feeding.",
        ("13", None),
    ),
    (
        "NGT feed given 300ml overnight. CXR then showed the NGT in the left main "
        "bronchus, not in the stomach or duodenum.",
        ("13", None),
    ),
    # NE13 tube in the lung at another hospital, with its year: true positives
    (
        "Transferred from another hospital with a NG tube that had been placed in the "
        "left lung at the other hospital and feed given before transfer; our CXR on "
        "arrival confirmed the tube in the left main bronchus.",
        ("13", None),
    ),
    (
        "Pt had a history of NGT placed in the lung at another hospital in 2018. Today "
        "new NG tube passed, no x-ray, feed given 200ml, then CXR showed NGT in right "
        "lower lobe bronchus.",
        ("13", None),
    ),
    (
        "Pt admitted from another hospital where her NG tube was put into the lung and "
        "fed 250 ml before transfer; CXR here confirmed NGT in the right bronchus.",
        ("13", None),
    ),
    # NE13 look-alikes: oesophageal coil with the airway and pleura denied; a past
    # misplacement elsewhere
    (
        "Medical ward: NG tube coiled in the upper oesophagus on CXR after feed started. "
        "This is not a misplaced tube in the respiratory tract or pleura.",
        (None, None),
    ),
    (
        "Pt anxious about NG replacement because her tube was placed in the lung at "
        "another hospital in 2019. Tube fell out overnight, re-passed in the morning and "
        "confirmed on x-ray.",
        (None, None),
    ),
    # NE14 'pre-bath check' cue: true positives
    (
        "Pre-bath check done with the elbow and felt fine. Resident lowered into the "
        "bath, both legs scalded and blistered; water measured 55C afterwards, TMV "
        "faulty.",
        ("14", None),
    ),
    (
        "Carer missed the pre-bath check. Mr X got into the bath, water 52C, his feet "
        "were red and blistered.",
        ("14", None),
    ),
    (
        "Pre-bath check recorded 41C but the TMV failed while she was in the bath; water "
        "rose to 55C and her buttocks were scalded and blistered.",
        ("14", None),
    ),
    # NE14 look-alikes: found hot at the pre-bath check (null); feet in the water, no burn,
    # with 'not by hand' advice (near miss); redness not caused by the bath (null)
    (
        "Bath water found too hot at the pre-bath check, 53C; resident still in her room, "
        "bath drained, TMV reported.",
        (None, None),
    ),
    (
        "Resident being lowered into the bath on the hoist; her feet went into the water "
        "and she said it was burning. Raised at once, feet pink, no blisters, settled in "
        "10 minutes. Water 48C. Staff reminded that water is to be checked with a "
        "thermometer, not by hand, before the resident is moved into the bath.",
        (None, "14"),
    ),
    (
        "Redness on her legs was not caused by the bath water but by the heat pad used in bed.",
        (None, None),
    ),
    # NE14 'not by hand ... before the patient got in' is no denial of washing water
    (
        "Nurse filled the bath and helped pt in without a thermometer (checked by hand, "
        "not by the wall thermometer before the patient got in); his feet were scalded "
        "and blistered, water 56C.",
        ("14", None),
    ),
    # NE10: landing place told after the building; restrictor removed by a relative
    (
        "Fall from the 2nd floor window of the older people's ward: the patient was found "
        "on the flat roof of the single storey outpatients building below. The restrictor "
        "had been detached. Fractured pelvis.",
        ("10", None),
    ),
    (
        "His daughter unscrewed the window restrictor with a screwdriver on Sunday so the "
        "room would be cooler and it was not refitted. On Monday night the pt climbed out "
        "and fell from the window (first floor) onto the path, head injury.",
        ("10", None),
    ),
    # NE10 look-alikes: a drop named by an audit, a failed restrictor on a walk-round, the
    # patient's own tool
    (
        "Estates walk-round, 2nd floor: restrictor on the window missing. The window "
        "opens onto a drop of about 8 metres. No patient involved.",
        (None, None),
    ),
    (
        "Window risk assessment: the bedroom window opens fully, a fall of 4 metres onto the "
        "flat roof below is possible; restrictor fitted today, no patient involved.",
        (None, None),
    ),
    (
        "Walk-round on ward 6 (3rd floor) found a failed restrictor on the bay window. No "
        "patient involved.",
        (None, None),
    ),
    (
        "Pt on ward 3 (2nd floor) unscrewed the window restrictor with a butter knife and "
        "fell from the window, fractured hip.",
        (None, None),
    ),
    # NE10 near misses: half out of a window with a failed restrictor, held back
    (
        "Pt found half out of the 3rd floor window with a failed restrictor, legs "
        "outside; HCA held him back and guided him back to bed. No injury.",
        (None, "10"),
    ),
    (
        "Older people's ward, 2nd floor. Pt found climbing out of the bay window with a "
        "failed restrictor; staff held him back and guided him back to bed. Restrictor "
        "arm found sheared at inspection.",
        (None, "10"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_never_event_and_near_miss(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected
