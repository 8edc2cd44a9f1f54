"""Theme words told around the event, not of it (round 28): the outcome watched for and not
found, the response to the harm, the condition the patient came in with, the care a burn or an
overdose needed, look-alike objects and fittings. Each look-alike is paired with the theme told
for real."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_theme_ids

MONITORING = "monitoring_deterioration"
FALLS = "falls"
INFECTION = "infection"
PROCEDURE = "treatment_procedure"
DEVICE = "medical_device"
ACCESS = "access_transfer_discharge"
ESTATES = "staffing_infrastructure_estates"
SELF_HARM = "self_harm"
BLOOD = "blood_transfusion_tissues"
MEDICATION = "medication"
ASSESSMENT = "assessment_diagnosis"
IT = "it_systems"


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # the outcome watched for and not found
        (
            "KCl ampoule used to dilute the abx in error, K 5.9 at 09:00, treated, no arrhythmia "
            "on monitoring.",
            MONITORING,
        ),
        ("NG flushed before the x-ray, tube in the L bronchus, pt coughed, no desat.", MONITORING),
        (
            "lunchtime novorapid given an hour late as pt in physio, BM 15.8, ketones 0.2",
            MONITORING,
        ),
        ("warfarin pt, no INR monitoring for 4 months after the GP change", MONITORING),
        # a vital sign that fell, an item that fell, a body that slid off the mattress edge
        (
            "wrong unit transfused, rigors and a fall in blood pressure to 82/40 within 20 mins",
            FALLS,
        ),
        ("sedation error, pt unrousable with a falling saturation, flumazenil given", FALLS),
        (
            "the suture needle slipped off the holder and fell into the wound, found on re-look",
            FALLS,
        ),
        (
            "found with her head and neck caught between the rail bars, the rest of her body "
            "having slipped off the side of the mattress",
            FALLS,
        ),
        # the condition the patient came in with, an infection watched for and not found
        (
            "Mr B was admitted to the frailty unit from his nursing home with pneumonia. On day 2 "
            "he was given his wife's tablets by the agency nurse.",
            INFECTION,
        ),
        (
            "blood cultures taken as a precaution and pt observed for 24 hrs for signs of line "
            "infection, none found",
            INFECTION,
        ),
        (
            "pt moved to a side room because of a norovirus outbreak in the bay, then fell",
            INFECTION,
        ),
        ("air flowmeters fitted for nebs during the covid period were left in place", INFECTION),
        # the care a burn or a swallowed object needed, a floor drain
        (
            "pt with tremor spilt hot tea on his lap, burns dressing applied and referred to the "
            "burns clinic",
            PROCEDURE,
        ),
        (
            "Pt on the ward swallowed 2 AA batteries from the TV remote, xray confirmed 2 foreign "
            "bodies in the stomach, removed at endoscopy.",
            PROCEDURE,
        ),
        ("pt slipped in the wet room as the floor drain was blocked", PROCEDURE),
        # the rescue, not the machine; a cannula that tissued; a dose estimate by physics
        ("KCl flush given, VF, defibrillated twice, ROSC", DEVICE),
        ("IV abx given IM as the cannula had tissued, not discussed with the dr", DEVICE),
        ("CT done, pt 7 weeks pregnant, dose estimated by medical physics", DEVICE),
        ("floor drain blocked in the shower, pt slipped", DEVICE),
    ],
)
def test_told_around_the_event_is_not_the_theme(text: str, theme: str) -> None:
    assert theme not in rule_theme_ids(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("post op pt on the ward with no monitoring overnight, found in AF", MONITORING),
        ("nurse gave the oramorph via the cannula, pt desaturated to 84%", MONITORING),
        ("pt given 60 units instead of 6, BM 2.1 at 03:00, glucogel", MONITORING),
        ("BM at 05:00 2.4, pt clammy, hypo treated", MONITORING),
        ("pt fell in the bathroom at 03:00 and fractured her wrist", FALLS),
        ("found on the floor beside the bed, unwitnessed", FALLS),
        ("pt slid off the chair onto the floor in the day room", FALLS),
        ("pt developed a hospital acquired pneumonia after the aspiration", INFECTION),
        ("MRSA bacteraemia from the cannula left in for 6 days", INFECTION),
        ("diathermy burn to the thigh found at the end of the case", PROCEDURE),
        ("swab count incorrect at closure, returned to theatre", PROCEDURE),
        ("defibrillator on the resus trolley failed to charge during the arrest", DEVICE),
        ("infusion pump free-flowed, 200 ml in 10 min", DEVICE),
    ],
)
def test_the_theme_told_for_real_still_counts(text: str, theme: str) -> None:
    assert theme in rule_theme_ids(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # the emergency response to the harm is care escalated, not access that failed
        (
            "insulin overdose at the home, resident unresponsive, 999 called and transferred to "
            "ED, monitored overnight",
            ACCESS,
        ),
        ("hypo at home after the DN visit, paramedics gave glucagon, not conveyed", ACCESS),
        ("paracetamol OD, NAC in ED, medically fit after 48 hrs and seen by liaison", ACCESS),
        ("pt forced the restrictor and broke the glass, window boarded by estates", ACCESS),
        # a mattress or a mask that leaked is the equipment's, not the building's
        (
            "the dynamic mattress developed a leak overnight and the pt was lying on the frame "
            "by morning",
            ESTATES,
        ),
        ("NIV mask tightened overnight because of a leak, nasal bridge ulcer", ESTATES),
        # a limb through a rail gap is an entrapment, not a hanging
        ("resident found with her leg hanging outside the bed rail, skin tear", SELF_HARM),
        # a transfusion the harm needed is its treatment
        (
            "methotrexate given daily, neutropenic and needing a platelet transfusion",
            BLOOD,
        ),
        # a drug given as prescribed; an assessment done and not followed; a rule, not MUST
        ("restrained, rapid tranquillisation given as prescribed: lorazepam 2 mg IM", MEDICATION),
        (
            "bed rail assessment on admission said rails not appropriate but night staff put "
            "them up, pt climbed over",
            ASSESSMENT,
        ),
        (
            "nurse crushed MR tablets, pharmacist reminded staff MR tablets must not be crushed",
            ASSESSMENT,
        ),
        # a mask refitted with another interface is not a link between systems
        (
            "Cat 3 ulcer on the nasal bridge under the NIV mask. Mask refitted with a different "
            "size and interface, tissue viability review.",
            IT,
        ),
    ],
)
def test_response_and_look_alike_are_not_the_theme(text: str, theme: str) -> None:
    assert theme not in rule_theme_ids(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("999 called at 02:10, ambulance arrived 3 hours later", ACCESS),
        ("medically fit for discharge since the 3rd, no package of care", ACCESS),
        ("water leak from the ceiling in bay 2, buckets on the floor", ESTATES),
        ("pt found hanging from the door with a ligature, cut down", SELF_HARM),
        ("dad was given blood that was meant for another man in the bay", BLOOD),
        ("MUST not completed on admission, weight loss missed", ASSESSMENT),
        ("EPR interface with the lab failed, results not filed", IT),
    ],
)
def test_the_real_thing_still_counts(text: str, theme: str) -> None:
    assert theme in rule_theme_ids(text)
