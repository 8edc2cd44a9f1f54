"""Environmental never events caught in the act (helper M5): bath or shower water that reached a
patient's foot or legs as they were being put in, found too hot and stopped before a scald
(near miss 14), and a patient's head sliding to or partly into a bed rail gap and moved back
before the neck or chest was held (near miss 11). How far the event got decides: a scald on the
skin or a neck held stays the never event, a check before anyone got in, a limb in the gap, a
hot drink or a rail hazard with nobody in the bed stay nothing."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

NOTHING = (None, None)
NEVER_EVENT_11 = ("11", None)
NEAR_MISS_11 = (None, "11")
NEVER_EVENT_14 = ("14", None)
NEAR_MISS_14 = (None, "14")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # hot washing water reached the foot on the way in, no mark: near miss 14
        (
            "HCA lowering resident into bath with hoist, her feet touched the water and she "
            "shouted, hoist raised straight away. Temp 49 degC. No redness to feet.",
            NEAR_MISS_14,
        ),
        (
            "pt stepping into shower, spray hit his legs, very hot, pulled him back out. water "
            "51degC at outlet, skin checked no redness",
            NEAR_MISS_14,
        ),
        (
            "Child being put in the bath by mum on ward, toes went in and he screamed, lifted "
            "out immediately. Bath water 48 degC on thermometer. No marks on exam.",
            NEAR_MISS_14,
        ),
        (
            "While wheeling pt into the shower on shower chair the splashes reached her feet, "
            "water too hot, moved her out. 53 degC measured. Feet ok.",
            NEAR_MISS_14,
        ),
        (
            "Lowering Mrs K into the bath on the bath lift, her heel went in and she said it "
            "was burning, lift stopped and raised. Thermometer reading 50 degC. No injury.",
            NEAR_MISS_14,
        ),
        (
            "Pt's foot put into bath water by HCA - water 47 degC (TMV fault). Foot out at "
            "once, no redness, estates called.",
            NEAR_MISS_14,
        ),
        (
            "drops of shower water landed on his feet as he was wheeled in, very hot, moved "
            "back. 52 degC at the shower head. no mark on skin",
            NEAR_MISS_14,
        ),
        # ... look-alikes: a scald on the skin reached the patient
        (
            "Lowering pt into bath, feet went in, water 55 degC. Blisters to both feet, "
            "dressed by tissue viability.",
            NEVER_EVENT_14,
        ),
        (
            "Resident scalded in the shower, water 58 degC, redness and blistering on his "
            "back and legs.",
            NEVER_EVENT_14,
        ),
        # ... a check before anyone got in, a hot drink, an audit
        (
            "Bath run for pt, water checked with thermometer before she got in: 50 degC. Pt "
            "not in the bathroom. Cooled and rechecked.",
            NOTHING,
        ),
        (
            "Estates audit: outlet temp 52 degC at bay 3 sink, TMV replaced. No patient involved.",
            NOTHING,
        ),
        (
            "Pt spilt hot tea on her lap, redness to thighs, cooled with water, no blisters.",
            NOTHING,
        ),
        (
            "Fridge temp 8 degC on the drug fridge this morning, pharmacy informed, stock "
            "quarantined.",
            NOTHING,
        ),
        (
            "pt had a bath with help of HCA, water temp 38 degC, no issues. Pt fell getting out "
            "of the bath, no injury.",
            NOTHING,
        ),
        (
            "Pt's temp 38.5 degC this morning, hot to touch, reviewed by doctor.",
            NOTHING,
        ),
        # the head slid to or partly into the rail gap, moved back before any hold: near miss 11
        (
            "Found pt with head and shoulders partly in the gap between the bedrail and the "
            "mattress, moved back straight away, not stuck. Mattress replaced.",
            NEAR_MISS_11,
        ),
        (
            "at 03:00 pt had slipped down and her head had gone towards the gap between rail "
            "and mattress. Not trapped, neck free. Repositioned, gap 11cm.",
            NEAR_MISS_11,
        ),
        (
            "Pt's head was in the gap between the cot side and the mattress when checked - "
            "repositioned immediately, not wedged, breathing normally.",
            NEAR_MISS_11,
        ),
        (
            "Mr B found with his head slid part way between the side rail and the mattress. "
            "Not trapped. Helped back up the bed, rails swapped for bumpers.",
            NEAR_MISS_11,
        ),
        (
            "air mattress deflated, gap between mattress and bed rails; pt's head and neck "
            "going into the gap when found, pulled back immediately, not trapped.",
            NEAR_MISS_11,
        ),
        (
            "Resident's head had slipped into the gap between the rails and the headboard, "
            "lifted back at once; head was not stuck, no marks.",
            NEAR_MISS_11,
        ),
        (
            "Head found against the gap between rail and mattress on the 2 hrly check, "
            "repositioned, no entrapment.",
            NEAR_MISS_11,
        ),
        # ... look-alikes: the neck held, a limb only, a rail hazard with no patient
        (
            "Pt found with neck trapped between the bed rail and mattress, cyanosed, released "
            "by 2 staff, medical emergency called.",
            NEVER_EVENT_11,
        ),
        (
            "Pt's neck wedged in the gap between rail and mattress, staff had to free him, red "
            "marks to throat.",
            NEVER_EVENT_11,
        ),
        (
            "Pt's arm stuck between the bed rail and the mattress, freed, no injury. Neck and "
            "chest not involved.",
            NOTHING,
        ),
        (
            "Leg slid through the gap in the bed rails, not trapped, repositioned with pillows.",
            NOTHING,
        ),
        (
            "Bed checked on the equipment audit - gap between rail and mattress 14cm, bed taken "
            "out of use. No patient in the bed.",
            NOTHING,
        ),
        (
            "Pt slid down the bed during the night, repositioned, rails up, no issues.",
            NOTHING,
        ),
        (
            "Pt found on the floor beside the bed, climbed over the rails, no injury.",
            NOTHING,
        ),
        (
            "Pt stuck in the lift for 20 min during transfer to x-ray, engineer called, pt "
            "not trapped in any way, just delayed.",
            NOTHING,
        ),
        pytest.param(
            "Pt's foot stuck between the mattress and the bed rail, not trapped at neck or "
            "chest, freed easily.",
            NOTHING,
            marks=pytest.mark.xfail(
                strict=True,
                reason="a limb held with the neck and chest told as not held after it is read as "
                "entrapment_stopped (near miss 11), not as a limb-only entrapment",
            ),
        ),
        (
            "Water hot in the shower room sink 50 degC, no patients use this sink, reported to "
            "estates.",
            NOTHING,
        ),
    ],
)
def test_environment_caught_in_the_act(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected
