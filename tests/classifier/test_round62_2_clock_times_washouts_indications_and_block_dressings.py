"""Round 62, helper 2: a clock time before a co-signed check, a clinical washout, an oral
prescription told with its indication, and the dressing of a block done on the wrong side.

- "given at 21:30 (second check by the HCA)": "at" names the dose's clock time and the bracket
  its co-signer, not a catch "at the second check". An insulin overdose from a misread "U" so
  given stays never event 6; a dose stopped "at the second check" stays a near miss.
- A saline washout of an extravasation (or a bladder, wound or joint washout) is a procedure,
  not washing water: blistering after a drip tissued is no scald in a bath. A patient
  blistered by the bath water stays never event 14.
- "ondansetron prescribed oral for a child with vomiting, given IV": the indication between
  the route and the dose given IV still tells the drug's IV form given against an oral
  prescription (not never event 5). An oral liquid so given stays never event 5.
- A nerve block told as done on a side ("femoral block done by the reg on the LEFT thigh"),
  then "the dressing on the wrong side" noticed: the dressing is the block's sign, not a
  dressing put on the wrong side, so never event 1. A dressing or an injection on the wrong
  side with no procedure told on a side stays no never event.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

INSULIN_GIVEN_AT_A_TIME_CO_SIGNED = [
    "humulin I written on the drug chart as '12U', read as 120 by the staff nurse and 120 units "
    "given at 21:30 (second check by the HCA). BM 1.9 at 02:00, treated with iv glucose.",
    "levemir charted as 6U and misread as 60, 60 units injected at 17:45 (2nd check by the "
    "bank RN), pt found hypoglycaemic 3 hrs later.",
]

INSULIN_STOPPED_AT_THE_SECOND_CHECK = [
    "humulin I written on the drug chart as '12U', read as 120 by the staff nurse and 120 units "
    "drawn up, picked up at the second check and discarded, 12 units given.",
]

TPN_EXTRAVASATION_WASHOUT = [
    "preterm baby on NICU, parenteral nutrition running through a peripheral cannula in the R "
    "hand. hand and forearm found swollen and blistered at 05:00, drip tissued. cannula out, "
    "saline washout done by the plastics team.",
    "calcium gluconate infusion via cannula in the L arm, arm blistered and mottled when "
    "checked, extravasation. hyaluronidase and saline washout by plastics.",
]

BATH_WATER_SCALD = [
    "resident assisted into the bath by carers, water not checked with thermometer, her legs "
    "blistered from the hot water, tmv found faulty.",
]

ORAL_PRESCRIPTION_WITH_ITS_INDICATION = [
    "ondansetron 4mg prescribed oral for a 6 yo with vomiting, given IV via the cannula by the "
    "agency nurse, no harm.",
    "paracetamol 1g charted PO for the gentleman with a temp, given IV through his venflon by "
    "the FY1 in error.",
]

ORAL_LIQUID_WITH_ITS_INDICATION = [
    "oramorph prescribed oral for the lady with bony pain, drawn up in a luer syringe and given "
    "IV through the cannula by the nurse.",
]

BLOCK_DONE_ON_A_SIDE_DRESSING_NOTICED = [
    "child with # R femur shaft in paeds ED. femoral nerve block done by the ED SpR on the LEFT "
    "thigh. mum pointed out the dressing on the wrong side 20 min later.",
    "pt in ED with a # R hip. fascia iliaca block performed by the reg on the LEFT side. HCA "
    "noticed the dressing on the wrong side when doing obs.",
    "popliteal block performed by the anaesthetic reg on the RIGHT leg. noticed on the ward that "
    "the dressing was on the wrong leg.",
]

DRESSING_OR_INJECTION_ON_THE_WRONG_SIDE = [
    "L knee arthroscopy done as consented. on the ward the HCA noticed the dressing had been "
    "put on the wrong leg as well, replaced.",
    "clexane given into the R thigh, later noticed the plaster on the wrong side, no harm.",
    "flu clinic: the jab was given into the wrong arm, she had asked for the right. no second "
    "jab needed.",
]


@pytest.mark.parametrize("text", INSULIN_GIVEN_AT_A_TIME_CO_SIGNED)
def test_dose_time_before_a_co_signed_check_is_no_catch(text: str) -> None:
    assert never_event_codes(text) == ("6", None)


@pytest.mark.parametrize("text", INSULIN_STOPPED_AT_THE_SECOND_CHECK)
def test_dose_stopped_at_the_second_check_is_still_a_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "6")


@pytest.mark.parametrize("text", TPN_EXTRAVASATION_WASHOUT)
def test_clinical_washout_is_no_washing_water(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", BATH_WATER_SCALD)
def test_bath_water_scald_is_still_never_event_14(text: str) -> None:
    assert never_event_codes(text)[0] == "14"


@pytest.mark.parametrize("text", ORAL_PRESCRIPTION_WITH_ITS_INDICATION)
def test_iv_form_against_oral_prescription_with_indication(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", ORAL_LIQUID_WITH_ITS_INDICATION)
def test_oral_liquid_into_a_line_is_still_never_event_5(text: str) -> None:
    assert never_event_codes(text)[0] == "5"


@pytest.mark.parametrize("text", BLOCK_DONE_ON_A_SIDE_DRESSING_NOTICED)
def test_block_dressing_on_the_wrong_side_is_wrong_site(text: str) -> None:
    assert never_event_codes(text)[0] == "1"


@pytest.mark.parametrize("text", DRESSING_OR_INJECTION_ON_THE_WRONG_SIDE)
def test_dressing_on_the_wrong_side_alone_is_no_never_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)
