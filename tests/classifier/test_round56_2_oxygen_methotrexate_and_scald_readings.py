"""Round 56, helper 2: air flowmeters, methotrexate repeats and scald reports read as reports
word them.

- The oxygen device told as not yet on the patient in note form ("checked before specs
  applied"): an air connection caught before the device went on is near miss 15. The device
  told as put on, the patient found later on the air, is still never event 15.
- The flow told as not yet on in the passive ("saw the collar before it was switched on"):
  near miss 15. Found on the air a quarter of an hour later, drowsy, is still never event 15.
- The patient's oxygen device put back on the outlet after an air-driven nebuliser, the outlet
  told afterwards as the air one ("reconnected his O2 mask to the same outlet, which was the
  air one"): never event 15, the nebuliser's prescribed air notwithstanding. A mask put back
  for the next nebuliser as planned is neither.
- A daily methotrexate dose on a repeat request caught by the GP authorising it, before any
  extra dose: near miss 7. The repeat issued and taken daily, spotted only at the next
  signing, is still never event 7; a chart signed after an insulin dose is no catch either.
- A bath thermometer told as "it was left hanging on the edge": a thing hanging, not a
  hanging (no self_harm). A patient found hanging is still self_harm.
- The infection a patient is recovering from, named as the reason for the stay ("man
  recovering from a chest infection on the rehab unit"): background, no infection theme. A
  pneumonia developed on the ward still is.
- A baby named only to compare the care with ("you'd check a baby's bath first"): no
  maternity_perinatal. A baby's bath run on the postnatal ward still is.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes, theme_ids

DEVICE_NOT_YET_ON_NOTE_FORM = [
    "Resp ward - HCA set up O2 for a pt with new breathlessness, the nasal specs tubing "
    "attached to the air flowmeter, staff nurse checked before specs applied and moved it to "
    "the oxygen one.",
]

DEVICE_PUT_ON_FOUND_LATER = [
    "Resp ward - HCA set up O2 for a pt with new breathlessness, the nasal specs tubing "
    "attached to the air flowmeter, and the specs were put on. staff nurse found it 20 mins "
    "later, sats 85%.",
]

FLOW_NOT_YET_TURNED_ON = [
    "bay 3, student nurse plugged the pts O2 mask into the air point instead of the O2 point. "
    "staff nurse saw the black and white collar before it was switched on. reconnected to "
    "oxygen.",
    "bay 3, student nurse plugged the pts O2 mask into the air point instead of the O2 point. "
    "staff nurse saw the black and white collar before the flow was turned on. moved to the "
    "oxygen point.",
]

FLOW_ON_FOUND_LATER = [
    "bay 3, student nurse plugged the pts O2 mask into the air point instead of the O2 point. "
    "staff nurse saw the black and white collar 15 mins later, pt drowsy, sats 82%.",
]

OXYGEN_MASK_BACK_ON_AIR_OUTLET = [
    "after his ipratropium neb (air driven as prescribed) the student reconnected his O2 mask "
    "to the same outlet, which was the air one. sats fell to 85%, found by the physio an hour "
    "later.",
]

NEB_MASK_BACK_ON_AIR_AS_PLANNED = [
    "after his ipratropium neb (air driven as prescribed) the mask was put back on the same "
    "outlet, which was the air one, for the next neb as planned.",
]

MTX_CAUGHT_AUTHORISING_REPEAT = [
    "methotrexate 10mg weekly for psoriasis. repeat came through the pharmacy hub as 'one "
    "daily', the GP spotted it when authorising the repeat. pt had not had any of the new "
    "supply.",
]

MTX_TAKEN_DAILY_SPOTTED_AT_NEXT_SIGNING = [
    "methotrexate 10mg weekly for psoriasis. repeat came through the pharmacy hub as 'one "
    "daily' and was issued. pt took it daily for 6 days, GP spotted it when signing the next "
    "repeat.",
]

INSULIN_SEEN_WHEN_SIGNING_CHART = [
    "insulin glargine pen, nurse realised when signing the chart that she had given 40 units "
    "drawn from the pen cartridge with a 1ml syringe. BM 2.3 later.",
]

THERMOMETER_LEFT_HANGING = [
    "shower chair lowered into the shower by HCA, water too hot, resident pulled her foot away "
    "and was moved out at once. the water thermometer had not been used, it was left hanging "
    "on the edge of the tray. no marks. TMV reported to estates.",
]

PATIENT_FOUND_HANGING = [
    "RMN found pt in the shower room with a ligature, she was hanging from the door, cut down "
    "and resus started.",
]

RECOVERING_FROM_INFECTION = [
    "man recovering from a chest infection on the rehab unit, O2 tubing plugged into the air "
    "outlet by the night HCA, sats 83% at the 6am obs, changed to O2.",
]

INFECTION_ACQUIRED_ON_WARD = [
    "pt developed pneumonia on the ward after aspiration, O2 tubing plugged into the air outlet "
    "by the night HCA, sats 83% at the 6am obs.",
]

BABY_NAMED_IN_COMPARISON = [
    "carer filled the basin from the hot tap and did not check it, Mr D has a blistered scald "
    "to his back from the flannel. his son said you'd check a baby's bath first. dressed by DN.",
]

BABY_BATHED_ON_POSTNATAL_WARD = [
    "midwife ran the baby's bath on the postnatal ward, did not test it, baby has a red scald "
    "to both feet. paeds reviewed.",
]


@pytest.mark.parametrize("text", DEVICE_NOT_YET_ON_NOTE_FORM + FLOW_NOT_YET_TURNED_ON)
def test_air_connection_caught_before_device_or_flow_on_is_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "15")


@pytest.mark.parametrize("text", DEVICE_PUT_ON_FOUND_LATER + FLOW_ON_FOUND_LATER)
def test_air_connection_found_after_use_is_never_event(text: str) -> None:
    assert never_event_codes(text) == ("15", None)


@pytest.mark.parametrize("text", OXYGEN_MASK_BACK_ON_AIR_OUTLET)
def test_oxygen_device_on_outlet_told_later_as_air_is_never_event(text: str) -> None:
    assert never_event_codes(text) == ("15", None)


@pytest.mark.parametrize("text", NEB_MASK_BACK_ON_AIR_AS_PLANNED)
def test_nebuliser_mask_back_on_air_as_planned_is_neither(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", MTX_CAUGHT_AUTHORISING_REPEAT)
def test_methotrexate_daily_repeat_caught_by_prescriber_is_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "7")


@pytest.mark.parametrize("text", MTX_TAKEN_DAILY_SPOTTED_AT_NEXT_SIGNING)
def test_methotrexate_taken_daily_before_signing_is_never_event(text: str) -> None:
    assert never_event_codes(text) == ("7", None)


@pytest.mark.parametrize("text", INSULIN_SEEN_WHEN_SIGNING_CHART)
def test_chart_signed_after_the_dose_is_no_catch(text: str) -> None:
    assert never_event_codes(text) == ("6", None)


@pytest.mark.parametrize("text", THERMOMETER_LEFT_HANGING)
def test_thermometer_left_hanging_is_not_self_harm(text: str) -> None:
    assert "self_harm" not in theme_ids(text)


@pytest.mark.parametrize("text", PATIENT_FOUND_HANGING)
def test_patient_found_hanging_is_self_harm(text: str) -> None:
    assert "self_harm" in theme_ids(text)


@pytest.mark.parametrize("text", RECOVERING_FROM_INFECTION)
def test_infection_being_recovered_from_is_background(text: str) -> None:
    assert "infection" not in theme_ids(text)


@pytest.mark.parametrize("text", INFECTION_ACQUIRED_ON_WARD)
def test_infection_acquired_on_ward_is_infection(text: str) -> None:
    assert "infection" in theme_ids(text)


@pytest.mark.parametrize("text", BABY_NAMED_IN_COMPARISON)
def test_baby_named_in_comparison_is_not_maternity(text: str) -> None:
    assert "maternity_perinatal" not in theme_ids(text)


@pytest.mark.parametrize("text", BABY_BATHED_ON_POSTNATAL_WARD)
def test_baby_bathed_on_postnatal_ward_is_maternity(text: str) -> None:
    assert "maternity_perinatal" in theme_ids(text)
