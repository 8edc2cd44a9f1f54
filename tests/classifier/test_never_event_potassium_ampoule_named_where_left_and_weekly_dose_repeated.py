"""Never events 4 and 7 told by what was found afterwards or by the days the dose was given:
the ampoule left on the tray or in the sharps bin, named potassium, after a flush or diluent
was drawn up; weekly methotrexate given on successive days, twice within a week, or as a
multiple of the intended dose. Their look-alikes: a tray merely next to the potassium, a
potassium ampoule found before the flush went in, doses a week apart under a multi-dose
protocol, a dose checked and found right."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    "text",
    [
        "Pt needed a cannula flush before IV abx. 10ml 'saline' drawn up and flushed. Pt said "
        "the arm was burning, then HR 38. Empty amp on the tray = KCl 15%.",
        "IV ceftriaxone reconstituted from an ampoule in the diluent box. Ampoule recovered "
        "from the sharps bin afterwards was strong potassium chloride. Pt had chest pain.",
        "Flushed the PICC with what was thought to be sodium chloride 0.9%. Ampoule in the "
        "tray: KCl 20mmol/10ml. Pt went into VT, shocked once.",
    ],
)
def test_the_potassium_ampoule_named_where_it_was_left_after_a_flush(text: str) -> None:
    assert never_event_codes(text) == ("4", None)


@pytest.mark.parametrize(
    "text",
    [
        # the tray next to the potassium: the saline ampoule in it was the right one
        "Saline flush drawn up for the cannula. Second nurse checked the ampoule in the tray "
        "next to the KCl and confirmed it was sodium chloride 0.9%. Flush given, no issue.",
        # a storage hazard, no patient
        "Audit of the drug room: KCl ampoules stored in the same tray as the saline flushes. "
        "No patient involved. Risk assessment done.",
    ],
)
def test_a_tray_next_to_the_potassium_or_a_stored_ampoule_is_no_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)


def test_the_potassium_ampoule_seen_before_the_flush_went_in_is_a_near_miss() -> None:
    text = (
        "Saline flush drawn up; before it was given the nurse saw the empty ampoule on the "
        "tray was potassium chloride 15%. Syringe discarded, not given."
    )
    assert never_event_codes(text) == (None, "4")


@pytest.mark.parametrize(
    "text",
    [
        "Pt with Crohn's had her methotrexate tablets three days running on the ward, it is "
        "only once a week.",
        "RA pt on weekly methotrexate 15mg. Given on 3 consecutive mornings by the ward "
        "nurses, found by the pharmacist.",
        "Methotrexate 20mg charted in the regular section. Given on days 1, 2 and 3 of admission.",
        "IBD pt had his methotrexate 25mg s/c twice in one week from two different nurses.",
        "Psoriasis pt received 2 x 15mg methotrexate doses in 3 days from the DN and the "
        "practice nurse.",
        "Ectopic pregnancy: IM methotrexate dose calculated on weight not BSA, about 3x "
        "intended dose given.",
    ],
)
def test_weekly_methotrexate_given_on_successive_days_or_as_a_multiple(text: str) -> None:
    assert never_event_codes(text) == ("7", None)


@pytest.mark.parametrize(
    "text",
    [
        # doses a week apart under the multi-dose ectopic protocol
        "Methotrexate for ectopic: 2 x 85mg doses in 7 days as per the multi-dose protocol.",
        # a second dose the protocol allows, the dose checked and right
        "Ectopic pregnancy, methotrexate 50mg/m2 IM. Protocol allows a second dose on day 7 "
        "if hCG does not fall. Dose was not double the intended dose, pharmacist checked.",
    ],
)
def test_doses_a_week_apart_or_a_checked_dose_are_no_overdose(text: str) -> None:
    assert never_event_codes(text) == (None, None)
