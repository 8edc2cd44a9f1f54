"""Never-event errors whose catch, or whose real nature, is told in words the rules did not read:
a non-insulin syringe stopped and thrown away at a query, oxygen tubing on the air flowmeter
seen before the patient was swapped over from the cylinder, a daily methotrexate held all along
or put right before the TTO was dispensed, the usual weekday named twice ("Monday and Monday's
dose") that is no run of doses, a vinca alkaloid brought to the intrathecal procedure and
stopped there, "No incision." told as a line of its own after the side was put right, a high
strength midazolam told as belonging in another area ("should only be in ICU"), a box taken
from "the wrong side of the stack" (a store, not a body side) and "it was the wrong Mrs X" after
a scope was started. Each with the look-alike in which the error did reach the patient."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

# ------------------------------------------------------------------ 6 insulin device


@pytest.mark.parametrize(
    "text",
    [
        "No insulin syringes on the ward. Agency nurse drew up novorapid 8 units in a 1ml luer "
        "syringe. HCA asked if that was right, nurse stopped and binned it. Insulin syringe "
        "borrowed from AMU and dose given late.",
        "Pt due lantus 20 units. Drawn up in a 2ml syringe as none in stock. Student queried "
        "it, staff nurse stopped and discarded it. Dose drawn up with an insulin syringe from "
        "next ward and given.",
    ],
)
def test_insulin_syringe_stopped_and_thrown_away_is_near_miss_6(text: str) -> None:
    assert never_event_codes(text) == (None, "6")


def test_insulin_given_from_a_syringe_then_binned_is_never_event_6() -> None:
    text = (
        "Actrapid 10 units drawn up with a 1ml syringe and given, BM 2.1 an hour later. Nurse "
        "then stopped and threw the syringe away before anyone saw."
    )
    assert never_event_codes(text) == ("6", None)


# ------------------------------------------------------------------ 15 air flowmeter


@pytest.mark.parametrize(
    "text",
    [
        "Pt arrived on AMU on 4L nasal specs from the ambulance cylinder. HCA connected the "
        "specs tubing to the wall flowmeter, which was the air one. Staff nurse spotted it "
        "before switching pt across from the cylinder. Moved to O2 outlet.",
        "Transfer from recovery, pt on 6L venturi. Porter plugged the tubing into the medical "
        "air flowmeter by the bed. I noticed the AIR label and changed it to oxygen before "
        "swapping her over. No harm.",
    ],
)
def test_air_seen_before_the_change_over_is_near_miss_15(text: str) -> None:
    assert never_event_codes(text) == (None, "15")


@pytest.mark.parametrize(
    "text",
    [
        "Pt on 15L NRB found connected to the air flowmeter. Had been on air for 40 mins "
        "before the nurse swapped it over to oxygen.",
        "Pt on 15L NRB was connected to the air outlet after transfer, sats dropped to 85% 20 "
        "mins later, nurse found the tubing on the air flowmeter and swapped it over.",
    ],
)
def test_air_swapped_over_after_the_patient_was_on_it_is_never_event_15(text: str) -> None:
    assert never_event_codes(text) == ("15", None)


# ------------------------------------------------------------------ 7 methotrexate


@pytest.mark.parametrize(
    "text",
    [
        "Discharge meds check. Methotrexate 10mg daily on the TTO for RA, should be weekly on "
        "Fridays. Dr amended to weekly. Ward confirmed it had been held on the ward. TTO not "
        "dispensed yet.",
        "Methotrexate written as 15mg daily for RA on the inpatient chart. GP letter says "
        "weekly. Chart shows it was held due to AKI so no doses given. Pharmacist amended "
        "to weekly.",
        "Methotrexate 10mg charted OD for RA. Her usual day is Thursday and Thursday's dose "
        "was given (correct). Friday dose crossed off by pharmacist before the round, chart "
        "rewritten weekly. No extra dose given.",
    ],
)
def test_daily_methotrexate_caught_before_an_extra_dose_is_near_miss_7(text: str) -> None:
    assert never_event_codes(text) == (None, "7")


@pytest.mark.parametrize(
    "text",
    [
        "Methotrexate 10mg daily on TTO for RA, should be weekly. TTO was already dispensed "
        "and pt took 2 doses at home.",
        "Methotrexate 20mg prescribed once daily on admission for psoriasis instead of weekly. "
        "Nurse gave it on Tues and Wed. Pharmacist spotted Thursday, dose held and no doses "
        "given since. TTO not dispensed yet.",
    ],
)
def test_daily_methotrexate_given_before_the_catch_is_never_event_7(text: str) -> None:
    assert never_event_codes(text) == ("7", None)


# ------------------------------------------------------------------ 5 vinca intrathecal


@pytest.mark.parametrize(
    "text",
    [
        "IT cytarabine and vinblastine both prescribed for today. Porter brought both to the "
        "LP room. Registrar noticed the vinblastine on the trolley at the two person IT "
        "check, removed from the room. Nothing given until it was back on the ward.",
        "IT chemo list. Pt due intrathecal methotrexate. Vincristine syringe found on the IT "
        "trolley at the pre-procedure check. Removed, not given intrathecally. Given IV on the "
        "ward as planned.",
    ],
)
def test_vinca_at_the_intrathecal_procedure_stopped_is_near_miss_5(text: str) -> None:
    assert never_event_codes(text) == (None, "5")


def test_vinca_given_at_the_intrathecal_procedure_is_never_event_5() -> None:
    text = (
        "Pt due intrathecal methotrexate. Vincristine was taken to the IT room by mistake and "
        "injected intrathecally before anyone noticed. Pt transferred to ITU."
    )
    assert never_event_codes(text) == ("5", None)


# ------------------------------------------------------------------ 1 wrong site / patient


def test_no_incision_told_alone_after_the_catch_is_near_miss_1() -> None:
    text = (
        "Registrar marked the wrong knee for arthroscopy. The pt was consented for L knee "
        "arthroscopy. The list said left. Pt asleep, prepped and draped. The anaesthetist "
        "spotted it at the time out. No incision."
    )
    assert never_event_codes(text) == (None, "1")


def test_wrong_side_operated_then_no_incision_on_the_other_is_never_event_1() -> None:
    text = (
        "Wrong side surgery. L knee arthroscopy performed on R knee. Wrong side was marked on "
        "the ward. Found when pt woke in recovery. No incision on the L knee yet, done later "
        "that day."
    )
    assert never_event_codes(text) == ("1", None)


def test_the_wrong_person_of_the_name_scoped_is_never_event_1() -> None:
    text = (
        "Porter brought Mr Smith down for flexi sig. Name checked verbally only. Scope "
        "inserted, then the pt said he was here for his knee. It turned out to be the wrong "
        "Mr Smith, the right one was on ward 9. Procedure stopped."
    )
    assert never_event_codes(text) == ("1", None)


def test_the_wrong_person_of_the_name_sent_back_is_near_miss_1() -> None:
    text = (
        "Porter brought Mr Smith down for flexi sig. At the check the wristband showed a "
        "different DOB. It was the wrong Mr Smith, the right one was on ward 9. Sent back "
        "before any procedure."
    )
    assert never_event_codes(text) == (None, "1")


# ------------------------------------------------------------------ 2 implant from a store


def test_implant_from_the_wrong_side_of_the_stack_is_never_event_2() -> None:
    text = (
        "R THR, size 52 cup planned, 54 cup implanted. Box picked from the wrong end of the "
        "pile in the implant store. Found on the sticker audit."
    )
    assert never_event_codes(text) == ("2", None)


def test_wrong_side_operated_with_a_store_named_is_never_event_1() -> None:
    text = (
        "Pt had a procedure on the wrong side. Surgeon operated on the R knee instead of the L, "
        "knee prepped from the wrong side of the bed."
    )
    assert never_event_codes(text) == ("1", None)


# ------------------------------------------------------------------ 8 midazolam


@pytest.mark.parametrize(
    "text",
    [
        "Bronchoscopy. Midazolam 10mg/2ml drawn up instead of 5mg/5ml for the sedation. "
        "Checker spotted the strength before it was handed over, syringe discarded. High "
        "strength should only be in the theatre anaesthetic room, unclear how it got here.",
        "Endoscopy unit, OGD list. Nurse drew up midazolam 5mg/ml instead of 1mg/ml for "
        "conscious sedation. Second checker spotted it before it was given, syringe "
        "discarded. The 5mg/ml ampoules should only be kept in ICU and theatres.",
    ],
)
def test_high_strength_told_as_belonging_elsewhere_caught_is_near_miss_8(text: str) -> None:
    assert never_event_codes(text) == (None, "8")


def test_high_strength_told_as_belonging_elsewhere_given_is_never_event_8() -> None:
    text = (
        "Cardiac cath lab. Pt given midazolam 5mg/ml 2ml for sedation instead of 1mg/ml, pt "
        "oversedated, flumazenil given. High strength should only be in ITU, no idea how it "
        "got to the lab."
    )
    assert never_event_codes(text) == ("8", None)


def test_icu_infusion_rate_should_only_be_is_no_sedation_never_event() -> None:
    text = (
        "Pt in ICU, midazolam 5mg/ml infusion for sedation of a ventilated pt ran at the wrong "
        "rate, should only be 2ml/hr."
    )
    assert never_event_codes(text) == (None, None)
