"""How the act, the catch and the timing of a medicine never event are told: the catch told
with the one making the dose ready as its subject ("before I'd drawn anything up"); an oral dose's
syringe about to go on a line opened just before ("bung off the PICC ... about to connect the
syringe"); a methotrexate script put right while still with the prescriber ("had not been sent to
the pharmacy yet"); a syringe's millilitre scale read as insulin units ("read 0.8ml as 8
units"), the device error, not a decimal point; a bag made up with strong potassium told as
started on its pump before the catch (the dose went in; started after the catch, it is the
redo). Each with the look-alikes that must not change."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

# ------------------------------------------------------------------ 4 caught before drawing up


@pytest.mark.parametrize(
    "text",
    [
        "Making up IV ceftriaxone, student took a KCl 15% amp instead of WFI from the box. I saw "
        "it before she had drawn any up and swapped it. Incident reported.",
        "Drawing up a saline flush for the cannula, picked up potassium chloride 20mmol/10ml "
        "concentrate by mistake thinking it was sodium chloride 0.9%. Noticed the red label "
        "before I drew anything up.",
        "Reconstituting IV tazocin for bay 3. Took an ampoule from the diluent box thinking it "
        "was water for injection; the checking nurse read it aloud before we'd drawn anything "
        "up - strong potassium chloride. Returned to the CD cupboard.",
    ],
)
def test_strong_potassium_caught_before_anything_drawn_up_is_near_miss_4(text: str) -> None:
    assert never_event_codes(text) == (None, "4")


@pytest.mark.parametrize(
    "text",
    [
        "Nurse selected strong potassium ampoule instead of the sodium chloride flush and "
        "flushed the cannula with it. Pt complained of burning arm, ECG ok.",
        "KCl concentrate picked up in error for WFI, drawn up and given, then the colleague said "
        "it before we gave any more.",
    ],
)
def test_strong_potassium_given_before_the_catch_stays_never_event_4(text: str) -> None:
    assert never_event_codes(text) == ("4", None)


# ------------------------------------------------------------------ 5 syringe for the opened line


@pytest.mark.parametrize(
    "text",
    [
        "Crushed tablets mixed with water in a 20ml syringe. The agency nurse had taken the bung "
        "off his PICC and was about to connect the syringe when the NIC stopped her. Nothing "
        "given, meds given via the PEG.",
        "Pt has NG and central line. Student nurse dissolved the 08:00 tablets and drew them up "
        "in a 20ml syringe. She removed the cap from the CVC and was about to attach the "
        "syringe when her mentor stopped her. Not given.",
        "Omeprazole dispersed in water in a 10ml syringe. RN had the bionector off the PICC "
        "ready to connect it when a colleague walked in and intervened. Given via NG instead.",
        "Lactulose drawn up for the PEG. Nurse opened the PICC lumen and was about to attach "
        "the syringe to it when the patient said that is not my tummy tube. Nothing given.",
    ],
)
def test_oral_dose_about_to_go_on_an_opened_line_is_near_miss_5(text: str) -> None:
    assert never_event_codes(text) == (None, "5")


@pytest.mark.parametrize(
    "text",
    [
        "Crushed tablets given via PEG with enteral syringe. Bung taken off the PICC and was "
        "about to connect the IV antibiotics when pt asked for the commode, abx given later.",
        "Oral meds given at 08:00. Nurse took the bung off the cannula to flush it before the "
        "IV co-amox, flushed with 10ml saline.",
    ],
)
def test_a_line_opened_for_an_iv_drug_is_no_wrong_route(text: str) -> None:
    assert never_event_codes(text) == (None, None)


def test_oral_dose_given_into_the_line_stays_never_event_5() -> None:
    text = "Crushed tablets drawn up in a 50ml syringe and given via PICC in error. Pt had a rigor."
    assert never_event_codes(text) == ("5", None)


# ------------------------------------------------------------------ 7 script not sent yet


@pytest.mark.parametrize(
    "text",
    [
        "GP noticed methotrexate 10mg had been set up as once daily on the new repeat template. "
        "Script not yet transmitted to the pharmacy, amended to weekly.",
        "Pharmacist screening the discharge noted methotrexate 10mg OD for RA on the TTO; "
        "prescription not yet sent to dispensary, changed to once weekly.",
        "Practice pharmacist doing med reviews saw the methotrexate 2.5mg tabs had defaulted to "
        "'take one daily'. The rx had not been sent to the chemist yet, cancelled and reissued "
        "as 10mg once a week.",
    ],
)
def test_daily_methotrexate_script_not_sent_yet_is_near_miss_7(text: str) -> None:
    assert never_event_codes(text) == (None, "7")


@pytest.mark.parametrize(
    "text",
    [
        "Methotrexate for psoriasis prescribed daily instead of weekly; pt took it for 5 days, "
        "prescription had not been sent to the hospital pharmacy as it was an FP10 given by "
        "hand. Admitted with pancytopenia.",
        "Methotrexate 2.5mg tabs x4 daily printed on the script; pt took 3 days' worth, then "
        "the pharmacist rang. The repeat rx was not issued again.",
    ],
)
def test_daily_methotrexate_taken_stays_never_event_7(text: str) -> None:
    assert never_event_codes(text)[0] == "7"


# ------------------------------------------------------------------ 6 ml read as units


@pytest.mark.parametrize(
    "text",
    [
        "No insulin syringes on the ward so Novorapid drawn up in a 2ml syringe. Agency nurse "
        "read 0.8ml as 8 units and gave it. BM 2.1 an hour later, treated with glucojuice.",
        "Pen needles out of stock. Nurse drew the Humulin I out of the pen cartridge with a 1ml "
        "luer syringe and gave it, she read 1.4ml as 14 units. BM 1.9 at 22:00, IV glucose.",
    ],
)
def test_syringe_scale_read_as_units_is_never_event_6(text: str) -> None:
    assert never_event_codes(text) == ("6", None)


@pytest.mark.parametrize(
    "text",
    [
        "Lantus prescribed as 2.5 units, nurse read it as 25 units and gave it. BM 2.4, hypo "
        "protocol.",
        "Actrapid 1.5 units written on the sliding scale, read as 15 units and given, BM 2.8.",
    ],
)
def test_dose_read_without_its_decimal_point_is_no_never_event_6(text: str) -> None:
    assert never_event_codes(text) == (None, None)


# ------------------------------------------------------------------ 4 started on the pump


@pytest.mark.parametrize(
    "text",
    [
        "KCl 40mmol in 1L premix prescribed, none in stock so nurse added KCl 15% ampoules to a "
        "litre of saline and commenced via the IVAC at 10:00. Pharmacist noticed at 11:30 and "
        "the infusion was taken down.",
        "Premixed potassium bags not available so the nurse added KCl 15% 20mmol to 500ml sodium "
        "chloride 0.9% and hung it on the Alaris at 09:00. At 10:15 the NIC noticed the empty "
        "ampoules and stopped it. K+ 4.6.",
    ],
)
def test_concentrate_bag_started_on_the_pump_before_the_catch_is_never_event_4(
    text: str,
) -> None:
    assert never_event_codes(text) == ("4", None)


@pytest.mark.parametrize(
    "text",
    [
        "Premixed KCl bags out of stock. Nurse made up a bag with concentrated KCl ampoules. "
        "Second nurse spotted it before it was connected, bag discarded, premixed bag obtained "
        "from AMU and started on the volumetric pump.",
        "Prescribed KCl 20mmol in 500ml premix. Nurse picked up KCl 15% ampoule to add to a bag "
        "of saline as no premix available; NIC stopped her before it was added. Premixed bag "
        "borrowed from ward 5, started on pump at 15:00.",
    ],
)
def test_premixed_bag_started_after_the_catch_is_the_redo_near_miss_4(text: str) -> None:
    assert never_event_codes(text) == (None, "4")
