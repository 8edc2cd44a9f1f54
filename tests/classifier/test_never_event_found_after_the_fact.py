"""Never events found after the fact (a later check, a blood result, an inspection), near misses
caught at the last check, and look-alikes that the framework leaves out: what was found tells
what happened."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a concentrate turning up where another drug was made up, then a high potassium
        (
            "Night audit found an empty potassium chloride ampoule in the tray used to "
            "reconstitute his IV meropenem. Bloods at 06:00 showed hyperkalaemia of 7.0.",
            "4",
        ),
        # the donor's group corrected afterwards
        (
            "Liver transplant: donor recorded as group O on the paperwork but was actually B. "
            "The recipient is group A. Graft loss on day 3.",
            "12",
        ),
        # an NG feed given, told verb first, before the film showed the lung
        (
            "Carer home visit: NG re-sited by the night nurse who gave the morning bolus feed. "
            "Admitted with pneumonia, x-ray showed the tube in the right lung.",
            "13",
        ),
        # a fall with the restrictor found tampered with, the window unnamed
        (
            "Patient fell from the second floor overnight. Estates found the restrictor had been "
            "unscrewed and removed some weeks earlier.",
            "10",
        ),
        # burns found days later, the hot water fault found on inspection
        (
            "Resident noted to have blisters on her feet two days after a shower. On inspection "
            "the thermostatic valve was missing.",
            "14",
        ),
        # what was taken for oxygen was air
        (
            "Pt needing 4L O2 was plugged into what we all assumed was the oxygen outlet but it "
            "was air. Sats 86% before it was noticed.",
            "15",
        ),
        # an oral liquid given into the blood side of a dialysis circuit
        (
            "On dialysis, oral morphine solution was pushed through the arterial line port in "
            "error. Pt observed.",
            "5",
        ),
    ],
)
def test_what_was_found_afterwards_is_the_never_event(text: str, code: str) -> None:
    assert never_event_codes(text)[0] == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Client hoisted over the bath and about to be lowered in when the thermometer read "
            "52 C. Stopped, client not in the water, estates called about the valve.",
            "14",
        ),
        (
            "Lactulose drawn up into an IV syringe for the pt in bed 3. Spotted by the student "
            "before connecting it to anything.",
            "5",
        ),
        (
            "Novorapid 8u written on the paper chart, the agency nurse read 80 and drew it up. "
            "Pt queried the amount and it was discarded.",
            "6",
        ),
        (
            "After the perineal repair the count was one swab short. The midwife found it in the "
            "vagina and removed it before the woman left the delivery room.",
            "3",
        ),
        (
            "Minor ops: at the pause the patient said it was the other arm. Mark removed and "
            "redrawn, excision of the cyst on the correct arm.",
            "1",
        ),
    ],
)
def test_caught_at_the_last_check_is_a_near_miss(text: str, code: str) -> None:
    assert never_event_codes(text) == (None, code)


@pytest.mark.parametrize(
    "text",
    [
        # the lab named the wrong side and the team acted on it
        "Excision of the L thigh lesion. Histology had been reported by the laboratory wrongly "
        "as left, the melanoma is on the right. We operated as per the report.",
        # a planned pack whose removal was missed at handover
        "Planned vaginal pack after repair, documented for removal next day. Missed at handover "
        "and still in at 48 hours, removed on the ward.",
        # taking a swab is not a swab left in
        "Line left in for 5 days, site inflamed and swabbed, line removed.",
        # what the patient read about, not what happened
        "Pt anxious about retained instruments after reading online, CT normal, reassured.",
        # an IV medicine into the epidural: not the framework's route
        "IV paracetamol given into the epidural catheter by mistake, no harm.",
        # breathing room air, well
        "NJ found in the bronchus on x-ray after 10 hours of feed, removed, sats stable on air.",
    ],
)
def test_look_alikes_found_afterwards_are_not_never_events(text: str) -> None:
    assert never_event_codes(text)[0] is None


def test_a_hot_water_test_with_nobody_waiting_is_a_hazard_only() -> None:
    text = "Thermometer check of the bath read 55C, TMV fault logged with estates, bath closed."
    assert never_event_codes(text) == (None, None)
    text = "Bath temperature checked before the pt got in, 51C, pt not bathed, estates informed."
    assert never_event_codes(text) == (None, None)


def test_a_transfusion_found_incompatible_on_review_of_results_had_reached() -> None:
    text = (
        "Recipient group O, red cell unit group A hung on the ward. Noticed by the FY1 checking "
        "the bloods the following morning."
    )
    assert never_event_codes(text) == ("12", None)


def test_a_wrong_unit_caught_in_recovery_before_it_was_spiked_is_a_near_miss() -> None:
    text = (
        "In recovery, a unit of group B red cells was about to be hung for a group A pt. "
        "Spotted at the bedside check before spiking."
    )
    assert never_event_codes(text) == (None, "12")


def test_at_the_surgery_meaning_the_operation_is_not_a_gp_practice() -> None:
    text = "At the surgery the surgeon operated on the left knee instead of the right knee."
    assert never_event_codes(text)[0] == "1"


@pytest.mark.parametrize(
    "text",
    [
        "Voice recognition typed left instead of right in the op note; correct side operated.",
        "Clinic letter dictated as L hip, typo, should be R. Surgery on R as planned.",
    ],
)
def test_a_slip_in_the_words_is_not_wrong_site_surgery(text: str) -> None:
    assert never_event_codes(text) == (None, None)
