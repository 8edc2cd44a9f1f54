"""Whether the product, tube or incision reached the patient before the catch: a unit found only
after it went in, doses taken before the pharmacist spotted them, and a saturation fall on the
wrong supply are never events; a connection seen before the device was on the patient, a feed
stopped before the pump ran, a wire retrieved before the sheath came out are near misses."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a unit of another group found only when the units were reconciled afterwards
        (
            "Red cell exchange for sickle pt: one of 5 units was group B (pt group O), it was "
            "for the pt in the next chair. Found at the end when reconciling the unit numbers.",
            "12",
        ),
        # an amount of another group received before the check picked it up
        (
            "Major haemorrhage in theatre, 2 units collected, one for another pt. Pt (O pos) "
            "received about 200ml of A pos before the anaesthetist noticed the name.",
            "12",
        ),
        # plasma of the wrong group hung on the patient, a reaction after
        (
            "FFP group O thawed for bed 2 was hung on the pt in bed 5 (group A) at handover. "
            "Pt developed fever and loin pain.",
            "12",
        ),
        # an organ of another group told with "not a planned ABOi transplant"
        (
            "Kidney transplant: recipient group O, donor group B. This was not a planned ABOi "
            "transplant, the donor group was entered wrongly. Plasma exchange started.",
            "12",
        ),
        # methotrexate doses taken before the pharmacist spotted them, in the same sentence
        (
            "RA pt discharged on methotrexate 15mg once daily instead of weekly. She took 3 "
            "doses at home before the community pharmacist spotted it.",
            "7",
        ),
        (
            "Psoriasis pt on the ward received 2 consecutive daily doses of methotrexate 10mg "
            "before the ward pharmacist spotted the daily frequency.",
            "7",
        ),
        # saturations falling on the air flowmeter, told as two figures
        (
            "Handover from the crew: the pt's mask was plugged into the air flowmeter. Sats "
            "dropped 95 -> 81% within minutes, picked up by the nurse.",
            "15",
        ),
        # a guidewire found on the next day's film, the checklist not used
        (
            "Guidewire seen in the IVC on the next day x-ray after a femoral line in resus. "
            "Insertion checklist not used. Removed by IR.",
            "3",
        ),
        # a swab found against an organ at the return to theatre
        (
            "Return to theatre for ?bleed day 1 post hysterectomy, swab found adjacent to the "
            "bladder. Counts had been signed correct.",
            "3",
        ),
        # the wrong digit found at the follow-up weeks later
        (
            "Wrong digit: R index finger injected instead of the R middle. Spotted at the 6 wk "
            "review.",
            "1",
        ),
    ],
)
def test_reached_before_the_catch_is_the_never_event(text: str, code: str) -> None:
    assert never_event_codes(text) == (code, None)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # the tubing on the air outlet before it was on the patient
        (
            "Before the transfer I saw the mask tubing had been pushed onto the air flowmeter, "
            "it wasnt on the pt yet. Changed to O2.",
            "15",
        ),
        # a feed connected, stopped before the pump ran, the tube then found in the lung
        (
            "Feed connected to the NGT before the x-ray was reviewed; the nurse in charge "
            "stopped it before the pump started. CXR: tube in the R main bronchus.",
            "13",
        ),
        # a flush syringe nobody was sure of, held back and then found to be potassium
        (
            "Syringe labelled sodium chloride flush left on the trolley, the nurse was unsure "
            "what she had drawn up so didn't use it. Pharmacy tested it - potassium chloride.",
            "4",
        ),
        # a lost guidewire retrieved before the sheath came out
        (
            "End of the angiogram the guidewire was missing, screening showed it in the iliac "
            "artery. Retrieved before the sheath came out.",
            "3",
        ),
        # the wrong side prepped, caught at time out before the local went in
        (
            "R foot prepped for a pt consented for L bunion surgery, noticed at time out "
            "before LA infiltrated. Re-prepped.",
            "1",
        ),
        # the wrong person of the same name brought down, caught at sign in
        (
            "Ward sent Mrs J Patel for a hysteroscopy - it was a different Mrs Patel (listed for "
            "a cystoscopy). Picked up at sign-in before any anaesthetic.",
            "1",
        ),
        # insulin drawn from a pen, caught before giving
        (
            "Staff nurse drew up Humalog 200 units/ml from the pen into a syringe for the "
            "evening dose. Noticed before giving by the nurse in charge.",
            "6",
        ),
        (
            "Lantus pen - HCA drew the insulin out with a syringe as the pen was blocked. "
            "Stopped before giving.",
            "6",
        ),
        # insulin in a luer syringe stopped at the check, the right syringe then used
        (
            "Insulin drawn up in a 1ml luer syringe, stopped at the bedside check by the 2nd "
            "nurse. Correct syringe obtained and the correct dose given.",
            "6",
        ),
        # a cemented stem opened for a pt planned for uncemented
        (
            "The knee femoral component opened was cemented, the pt was planned for "
            "uncemented. Spotted by the surgeon before use. Not implanted.",
            "2",
        ),
    ],
)
def test_caught_before_it_reached_the_patient_is_the_near_miss(text: str, code: str) -> None:
    assert never_event_codes(text) == (None, code)


@pytest.mark.parametrize(
    "text",
    [
        # the pt rubbing the mark off is how it was lost, not a catch
        (
            "Pt booked for a R eye intravitreal injection. Left eye was prepped and injected; "
            "the mark had been made in clinic but pt rubbed it off. Found at the pressure check."
        ),
        # a block needle that went in is no retained needle
        (
            "Fascia iliaca block on the R for a L #NOF. Anaesthetist confirmed the needle went "
            "in and 30ml of levobupivacaine was injected before he realised."
        ),
    ],
)
def test_wrong_site_that_went_ahead_is_never_event_1(text: str) -> None:
    assert never_event_codes(text) == ("1", None)


@pytest.mark.parametrize(
    "text",
    [
        # sats told as the reason for oxygen, before the connection, stay a near miss
        (
            "Sats dropped 96 -> 88% so O2 prescribed; the nurse went to plug the mask into the "
            "air flowmeter but the HCA stopped her before it was connected."
        ),
        # a dose stopped before it was given, with "given" only of the correct dose after
        (
            "Methotrexate 10mg prescribed daily instead of weekly for RA. Pharmacist spotted it "
            "before any dose was given, changed to weekly. Correct dose given on Monday."
        ),
        # insulin in a non-insulin syringe stopped before it was given
        (
            "Insulin drawn up in a 2ml syringe, 2nd RN stopped it at the bedside check before "
            "it was given."
        ),
    ],
)
def test_catch_before_the_dose_stays_near_miss(text: str) -> None:
    assert never_event_codes(text)[0] is None
    assert never_event_codes(text)[1] is not None


@pytest.mark.parametrize(
    "text",
    [
        # a feed that ran, stopped later: the stop does not undo it
        (
            "Feed running via NGT for 3 hrs, then stopped before the pump alarm. CXR: tube in "
            "the L lower lobe."
        ),
        # a unit given, "stopped" told after it went in
        (
            "Pt group O received 100ml of group A red cells. Transfusion stopped when the 2nd "
            "nurse checked the bag."
        ),
        # doses given and the pharmacist only then queried it, two sentences
        (
            "Methotrexate 7.5mg given daily for 4 days for RA. Pharmacist then queried it and "
            "stopped it."
        ),
    ],
)
def test_catch_after_the_product_went_in_stays_never_event(text: str) -> None:
    assert never_event_codes(text)[0] is not None
