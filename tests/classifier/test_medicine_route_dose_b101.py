"""Batch 101 (never events 5 and 6): an oral liquid into the subcutaneous access, a vinca told
given by its own vein, and insulin drawn in a non-insulin syringe and stopped.

An oral liquid (Oramorph, oral morphine solution) has neither an IV nor a subcutaneous form:
told given into the butterfly or line of palliative care it is never event 5, however the
giving is spelt ("sub cut", "s/c", "to the butterfly"); morphine for injection by the butterfly
is its own route. A vinca alkaloid supplied with the intrathecal drug against policy, and told
given by its vein ("run through the PICC", "as a minibag IV", "each by its own route"), is a
supply breach, not a wrong route; told into the spine it stays never event 5. Insulin drawn
into a plain syringe of a volume ("one of the 2 ml syringes") and stopped by someone who says
it must not be given so is near miss 6; given, with the sugar falling, it stays never event 6.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

# ---------------------------------------------------------------- oral liquid, subcutaneous


@pytest.mark.parametrize(
    "text",
    [
        "Pt in hospice unable to swallow. I drew up oramorph 5mg and gave it to the sub cut "
        "butterfly. Realised afterwards it was the oral solution not the injection.",
        "Oramorph 2.5mg given into the s/c butterfly by agency nurse as pt could not swallow. "
        "Doctor informed.",
        "oral morphine solution 5mg pushed into the subcutaneous butterfly as pt too drowsy to "
        "swallow, GP informed",
        "Nurse gave oramorph 5mg to the butterfly in his chest because he could not swallow",
        "Pt unable to swallow so I gave oramorph 10mg via his subcut butterfly. DN told me "
        "oramorph cannot go sub cut.",
    ],
)
def test_an_oral_liquid_given_into_the_subcutaneous_butterfly_is_never_event_5(
    text: str,
) -> None:
    assert never_event_codes(text) == ("5", None)


@pytest.mark.parametrize(
    "text",
    [
        "Pt in hospice given morphine 2.5mg s/c via the butterfly for breakthrough as unable to "
        "take oramorph. Good effect.",
        "Oramorph 10mg prescribed PO but pt vomiting so doctor converted to morphine 5mg sc, "
        "given into the sc butterfly at 22:00.",
        "Pt refused oramorph so midazolam 2.5mg and morphine 2.5mg given subcut via the "
        "butterfly as per the anticipatory meds chart.",
        "Oramorph 5mg given orally. Sub cut butterfly resited as it had tissued.",
    ],
)
def test_morphine_for_injection_by_the_butterfly_beside_oramorph_is_no_never_event(
    text: str,
) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Bank nurse drew up oramorph 5mg in a subcut syringe to go via the butterfly as pt could "
        "not swallow. Second nurse checking stopped her before it was given. Not given, Dr "
        "informed.",
        "Pt unable to swallow, HCA drew up oramorph 2.5ml ready to attach to the sub cut "
        "butterfly, RN saw and stopped it. Not given.",
    ],
)
def test_an_oral_liquid_stopped_before_the_butterfly_stays_near_miss_5(text: str) -> None:
    assert never_event_codes(text) == (None, "5")


def test_an_oral_liquid_pushed_into_the_cannula_stays_never_event_5() -> None:
    text = "Oramorph 10mg prescribed PO, nurse gave it IV via the cannula in error, naloxone given."
    assert never_event_codes(text) == ("5", None)


# ---------------------------------------------------------------- vinca by its own vein


@pytest.mark.parametrize(
    "text",
    [
        "Paeds onc: IT cytarabine and vincristine arrived from pharmacy together in one box, "
        "against the separate delivery policy. Vincristine was run through the PICC in the "
        "morning and the IT cytarabine given at LP in the afternoon. No harm. Pharmacy informed.",
        "IT methotrexate and IV vincristine were sent to the ward in the same transport bag. "
        "Vincristine given via the Hickman at 09:30, IT methotrexate given by the registrar in "
        "theatre at 13:00. Datix for the delivery breach.",
        "Intrathecal methotrexate delivered to day unit with the vincristine minibag in the same "
        "box. Both drugs were administered correctly by their own routes at different times. "
        "Reported as a deviation from the IT policy.",
        "Both were given correctly, vinblastine as an IV minibag on the ward and IT methotrexate "
        "in the LP room later. Intrathecal chemo and vinca came up together from pharmacy which "
        "breaches policy.",
        "IT MTX and vincristine came from pharmacy packed together, should be separate. "
        "Vincristine 2mg went in over 10 mins through his portacath at 10:15. IT MTX given in "
        "theatre at 15:00 under GA. Packaging concern raised.",
        "Intrathecal cytarabine and vinorelbine were dispensed in one bag contrary to policy. "
        "Vinorelbine infused via peripheral cannula on the day unit; the intrathecal was done "
        "later on the ward. Correct drugs by correct routes.",
    ],
)
def test_a_vinca_supplied_with_the_intrathecal_and_given_by_its_vein_is_no_never_event(
    text: str,
) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "IT methotrexate and vincristine came up in the same bag. Vincristine syringe was taken "
        "to the LP room and given intrathecally in error. Pt to ICU.",
        "IT methotrexate and vincristine came up in the same sealed bag. In the procedure room "
        "the registrar injected the vincristine into the spine instead of the methotrexate, pt "
        "later paralysed.",
        "IT MTX and vincristine delivered together. Vincristine was given via the LP needle "
        "instead of IV, IT methotrexate given IV. Pt to PICU.",
    ],
)
def test_a_vinca_told_into_the_spine_stays_never_event_5(text: str) -> None:
    assert never_event_codes(text) == ("5", None)


def test_a_vinca_brought_to_the_intrathecal_room_and_caught_stays_near_miss_5() -> None:
    text = (
        "IT methotrexate and vincristine came up in the same bag. Vincristine was brought into "
        "the IT room with the methotrexate, the registrar picked it up at the check, not given."
    )
    assert never_event_codes(text) == (None, "5")


# ---------------------------------------------------------------- insulin, plain syringe


@pytest.mark.parametrize(
    "text",
    [
        "Care home ran out of insulin syringes over the weekend. Night nurse drew up Mrs K's "
        "Levemir 18 units using one of the 2ml syringes from the dressing trolley, got muddled "
        "with the markings and asked the nurse in charge, who said she must not give it with "
        "that syringe. Syringe discarded. Pen and needles obtained from GP, dose given at 13:00.",
        "No insulin syringes on the unit. Agency RN drew up Humulin I 30 units in a 5 ml "
        "syringe. Senior carer questioned it and the RN said it can't be used, thrown away. GP "
        "contacted, pen supplied, insulin given late with the pen.",
        "We had no insulin syringes so staff nurse drew up novorapid 6 units in one of the 1 ml "
        "syringes. Manager told us not to use it and the syringe was binned. Pt had insulin "
        "later via new pen, BM 14.",
        "Resident's insulin pens needles had run out. The nurse took one of the 2 ml syringes "
        "from the clinical room and drew up 16 units of Levemir, then was unsure which line was "
        "16 units. The unit manager said we must not give it and it went in the sharps bin. "
        "Dose given at 15:00 once needles arrived.",
        "The home had no insulin syringes. Nurse drew up Humalog 8 units with one of the 1 ml "
        "syringes from the dressings cupboard, unsure of the markings. Deputy manager said she "
        "could not give it with that syringe, discarded. GP contacted, BM 12.",
        "Student nurse here: mentor drew up Lantus 24 units into one of the 5 ml syringes as "
        "insulin syringes had not been delivered, then wasn't sure of the graduations. The nurse "
        "in charge said it must not be given, thrown away.",
    ],
)
def test_insulin_drawn_into_a_plain_syringe_and_stopped_is_near_miss_6(text: str) -> None:
    assert never_event_codes(text) == (None, "6")


@pytest.mark.parametrize(
    "text",
    [
        "No insulin syringes left. Nurse drew up 20 units of Lantus in a 2 ml syringe and gave "
        "it. BM 2.1 two hours later, glucogel given.",
        "No insulin syringes so carer used one of the 2 ml syringes for 22 units Lantus and "
        "injected it, the resident was found drowsy with BM 1.8 at lunch, 999 called.",
        "Insulin syringes out of stock. Nurse used a 2 ml syringe to draw up 12 units Lantus, "
        "gave it, then the deputy said we must not give it with that syringe. BM later 3.1.",
    ],
)
def test_insulin_given_from_a_plain_syringe_with_the_sugar_falling_stays_never_event_6(
    text: str,
) -> None:
    assert never_event_codes(text) == ("6", None)


def test_insulin_syringes_out_of_stock_with_no_syringe_used_is_no_near_miss() -> None:
    text = (
        "Insulin syringes out of stock; nurse asked the deputy manager what to do, the deputy "
        "said we must not give it without the proper syringe. Insulin given late once pen "
        "arrived."
    )
    assert never_event_codes(text) == (None, None)
