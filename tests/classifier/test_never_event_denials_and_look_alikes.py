"""What a report rules out, and look-alikes that are no never event: unexpected anatomy named
only to deny it, a patient (not an item) found on the floor, a retained object of the
patient's past, an overdose from a decimal point or trailing zero, a feared connection to air, a
second methotrexate dose the protocol provides for, a consent redone for capacity, and a count
documented as correct (nobody knew the item was left, so a later decision to leave it is no
plan made at the time). Each cue that can turn a never event off is set against true never
events that keep their tag."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


def test_denied_unexpected_anatomy_is_never_event_1() -> None:
    text = (
        "MRI after planned L5/S1 discectomy showed the discectomy was done at L4/5. No "
        "anatomical variant on review. Duty of candour done."
    )
    assert never_event_codes(text) == ("1", None)


def test_wrong_level_with_the_variant_only_as_the_miscounts_cause_is_never_event_1() -> None:
    # the guide (Hard cases, session 38): a variant named only as what the count went wrong on,
    # nothing saying it was unknown beforehand, is no unexpected anatomy
    text = (
        "Wrong level: L3/4 decompressed instead of L4/5 because of a transitional vertebra "
        "miscounted on the intra-op film."
    )
    assert never_event_codes(text) == ("1", None)


def test_wrong_level_from_unexpected_anatomy_stays_excluded() -> None:
    text = (
        "Wrong level: L3/4 decompressed instead of L4/5 because of a transitional vertebra "
        "not seen on the pre-op MRI, miscounted on the intra-op film."
    )
    assert never_event_codes(text) == (None, None)


def test_pack_left_in_after_op_note_said_removed_is_never_event_3() -> None:
    # a long shift report: a patient found on the floor is a fall, not an item found outside
    text = (
        "Night report. Bed 2 found on the floor by the toilet, no injury, obs fine. Bed 6 day 2 "
        "post FESS, op note says nasal packs removed in theatre but I could see the tail of a "
        "pack in the L nostril. ENT removed a pack."
    )
    assert never_event_codes(text) == ("3", None)


@pytest.mark.parametrize(
    "text",
    [
        # the missing swab was outside the patient
        "Count 1 swab short at closure. Search of theatre, swab found on the floor under the "
        "table. Count correct, wound closed.",
        # a retained object of the patient's past, named to say who she is
        "She is the man who had the retained guidewire removed last year and he is very anxious "
        "about his new line.",
        # a broken needle tip left on purpose, documented at the time
        "Needle tip broke off during hernia repair and could not be found; decision to leave in "
        "situ documented in the op note and pt informed.",
    ],
)
def test_retained_object_look_alikes_are_not_never_events(text: str) -> None:
    assert never_event_codes(text) == (None, None)


def test_count_documented_correct_then_left_in_is_never_event_3() -> None:
    text = (
        "XR of the hand 3/12 after carpal tunnel release showed a broken needle tip. Count "
        "documented as correct. After discussion with pt decision to leave it in situ."
    )
    assert never_event_codes(text) == ("3", None)


@pytest.mark.parametrize(
    "text",
    [
        # a trailing zero read as ten times the dose
        "Insulin written as '6.0 units' on the chart, given as 60 units. BM 1.8, IV glucose.",
        # a decimal error in the concentration
        "Insulin infusion made up at 10 units/ml instead of 1 unit/ml after a decimal point "
        "slip in the calculation. CBG 2.4, IV glucose.",
    ],
)
def test_decimal_or_trailing_zero_overdose_is_not_never_event_6(text: str) -> None:
    assert never_event_codes(text)[0] is None


def test_unit_abbreviation_misread_is_never_event_6() -> None:
    text = "Novorapid '8U' on the drug chart read as 80 units and given. BM 1.6, glucagon."
    assert never_event_codes(text) == ("6", None)


def test_feared_connection_to_air_is_no_never_event() -> None:
    text = (
        "O2 flowmeter and air flowmeter both in the bay; air flowmeters removed as risk that "
        "someone connects an O2 pt to air. No pt affected."
    )
    assert never_event_codes(text) == (None, None)


def test_patient_found_on_air_with_a_risk_named_is_never_event_15() -> None:
    text = (
        "Pt found on air instead of O2, sats 84%. Air flowmeters removed from the bay as there "
        "is a risk someone connects another pt to air."
    )
    assert never_event_codes(text) == ("15", None)


def test_second_methotrexate_dose_per_protocol_is_no_never_event() -> None:
    text = (
        "Ectopic treated with methotrexate day 1. Second dose given on day 7 as per protocol as "
        "hCG had not fallen by 15%."
    )
    assert never_event_codes(text) == (None, None)


def test_second_methotrexate_dose_given_in_error_is_never_event_7() -> None:
    text = (
        "MTX IM for ectopic given on Monday in EPAU. On Tuesday ED gave a second dose after "
        "misreading the discharge letter."
    )
    assert never_event_codes(text) == ("7", None)


def test_sides_disputed_and_consent_redone_is_near_miss_1() -> None:
    text = (
        "At sign in pt said it was her right foot, consent said left, xray showed right. "
        "Stopped before prep, consent re done."
    )
    assert never_event_codes(text) == (None, "1")


def test_consent_redone_for_capacity_is_no_near_miss() -> None:
    text = (
        "Pt signed consent for OGD while confused. No capacity assessment. Procedure not yet "
        "done, consent redone by consultant the next day."
    )
    assert never_event_codes(text) == (None, None)


def test_cup_size_changed_intraop_after_trial_is_an_intentional_change() -> None:
    text = (
        "Left hip replacement done as planned, the cup was changed to a bigger size intraop by "
        "the surgeon after trial, documented."
    )
    assert never_event_codes(text) == (None, None)


def test_wrong_size_cup_found_on_the_post_op_film_is_never_event_2() -> None:
    text = "Wrong size cup implanted, 52 instead of 56 planned; noticed on post op x-ray."
    assert never_event_codes(text) == ("2", None)
