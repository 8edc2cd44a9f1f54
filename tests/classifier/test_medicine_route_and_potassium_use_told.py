"""How the act, the catch and the reach of a wrong-route or strong potassium medicine event are
told: the IV preparation named with its dose, the IV before the drug ("gave IV paracetamol 1g
instead" of the PO dose), is a drug with both forms by its own route, no never event 5; the
catch told with nothing as its subject ("Nothing reached the pt") is a catch; the concentrate
told as used for the diluent or flush ("used it as the 'saline' to dilute the meropenem") is a
mis-selection put to use, whatever stock check found the ampoule gone; a vinca found in the
intrathecal bag named after its syringe ("found a syringe of vincristine ... in with the IT
methotrexate"), then given IV, is the near miss at the procedure; an epidural infusion's volume
told as gone IV ("approx 11ml had gone IV"), and its catheter told as not connected, are the
reach, not a catch. Each with the look-alikes that must not change."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

# ------------------------------------------------------------------ 5 the IV form given


@pytest.mark.parametrize(
    "text",
    [
        "Pt prescribed ondansetron 4mg PO for nausea. Staff nurse gave IV ondansetron 4mg "
        "instead as pt struggling to swallow. No harm.",
        "cyclizine 50mg PO prescribed. nurse gave IV cyclizine 50mg in error thinking it was the "
        "same as the oral. no harm.",
        "Day case knee arthroscopy, paracetamol 1g oral on the chart. Pt vomiting so the RN "
        "administered intravenous paracetamol 1g, believing it was the same drug, without a "
        "new prescription.",
    ],
)
def test_iv_preparation_given_for_an_oral_dose_is_no_never_event_5(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Oramorph 5mg PO prescribed. nurse gave IV oramorph 5mg by mistake through the cannula "
        "thinking it was the injectable.",
        "Oramorph 5mg PO prescribed. student nurse drew up the oramorph into a luer syringe and "
        "gave it IV via the cannula by mistake.",
        "prescribed lactulose 10ml PO. gave the lactulose IV via the cannula in error.",
    ],
)
def test_oral_liquid_given_iv_stays_never_event_5(text: str) -> None:
    assert never_event_codes(text) == ("5", None)


# ------------------------------------------------------------------ 4 nothing reached the patient


@pytest.mark.parametrize(
    "text",
    [
        "ODP drew up 10ml from an ampoule she took to be water for injection to reconstitute "
        "the cefuroxime. When I checked the empty ampoule on the tray it was strong potassium "
        "chloride. Syringe binned, fresh cefuroxime made up with WFI. Nothing reached the pt.",
        "Reconstituting IV co-amoxiclav, the nurse used what she believed was WFI; the empty "
        "amp in the tray turned out to be potassium chloride 15%. Discarded and remade. "
        "Nothing reached the patient.",
    ],
)
def test_strong_potassium_with_nothing_reaching_the_patient_is_near_miss_4(text: str) -> None:
    assert never_event_codes(text) == (None, "4")


def test_strong_potassium_flushed_in_stays_never_event_4() -> None:
    text = (
        "KCl 15% 10ml drawn up as a saline flush and flushed through the cannula in error. Pt "
        "complained of burning arm, K+ 6.1, treated."
    )
    assert never_event_codes(text) == ("4", None)


# ------------------------------------------------------------------ 4 the concentrate put to use


@pytest.mark.parametrize(
    "text",
    [
        "Weekly CD cupboard check found a KCl 15% ampoule missing. On investigation the agency "
        "nurse had used it as water for injection to reconstitute the pt's co-amoxiclav. Pt K+ "
        "5.6, monitored.",
        "Stock check found one KCl concentrate ampoule gone. The day staff had given it as a "
        "flush via the cannula to bed 12, pt complained of arm pain.",
        "pharmacy stock check on AMU found a potassium phosphate concentrate amp missing. "
        "Traced to the night shift: it was used as the saline to dilute IV ceftriaxone for "
        "bed 9.",
    ],
)
def test_concentrate_used_as_the_diluent_after_a_stock_check_is_never_event_4(
    text: str,
) -> None:
    assert never_event_codes(text) == ("4", None)


@pytest.mark.parametrize(
    "text",
    [
        "Pharmacy stock check on ward 7 identified 2 strong potassium chloride ampoules stored "
        "in the flush box. No patient involved, ampoules removed.",
        "Stock check found one KCl 15% ampoule missing from the flush box. Staff confirmed "
        "nobody had used it as a flush. Ampoules removed.",
        "Stock check found a KCl ampoule in the saline box. risk that someone could use it as a "
        "flush.",
        "Stock check found KCl 15% ampoules kept with the sodium chloride flushes. staff said "
        "they use the saline ampoules as flushes. no pt affected.",
    ],
)
def test_concentrate_found_at_a_stock_check_and_not_used_stays_null(text: str) -> None:
    assert never_event_codes(text) == (None, None)


# ------------------------------------------------------------------ 5 vinca in the intrathecal bag


@pytest.mark.parametrize(
    "text",
    [
        "Pre-LP checklist: the IT-trained reg opened the intrathecal delivery bag and found a "
        "syringe of vincristine 2mg in with the IT methotrexate. LP not started. Vincristine "
        "given IV on the ward later as prescribed.",
        "At the intrathecal check in the day unit, the reg opened the IT box and found "
        "vincristine 2mg inside the box with the methotrexate syringe. Procedure not started. "
        "Vincristine given IV later via PICC as prescribed.",
        "Vincristine syringe found in the bag with the IT cytarabine at the pre-procedure check "
        "in the LP room; not given. vincristine administered IV later by the chemo nurse.",
    ],
)
def test_vinca_found_in_the_intrathecal_bag_then_given_iv_is_near_miss_5(text: str) -> None:
    assert never_event_codes(text) == (None, "5")


def test_vinca_and_intrathecal_given_each_by_its_route_stays_null() -> None:
    text = (
        "IT methotrexate and vincristine both delivered to the ward. Vincristine given IV via "
        "the PICC in the morning as prescribed, IT methotrexate given in theatre in the "
        "afternoon. No issues."
    )
    assert never_event_codes(text) == (None, None)


# ------------------------------------------------------------------ 5 epidural gone IV


@pytest.mark.parametrize(
    "text",
    [
        "Post op bay 3: bupivacaine epidural bag found connected to the peripheral cannula "
        "instead of the epidural catheter. pump stopped, about 6mls ran IV. Pt had perioral "
        "tingling, resolved.",
        "Labour ward. epidural infusion (levobupivacaine + fentanyl) set up at 1915. at 2010 "
        "woman c/o tingling lips, BP 84/40. epidural catheter found capped off and not "
        "connected, the epidural pump line was attached to the venflon. infusion stopped, "
        "approx 11ml had gone IV.",
        "epidural running via the pump. pt c/o metallic taste. found the epidural catheter was "
        "not connected and the epidural line was attached to the IV cannula. infusion stopped.",
    ],
)
def test_epidural_infusion_gone_iv_is_never_event_5(text: str) -> None:
    assert never_event_codes(text) == ("5", None)


@pytest.mark.parametrize(
    "text",
    [
        "Epidural line was almost connected to the IV cannula by the HCA but the midwife "
        "stopped her; not connected, 0ml gone in.",
        "Yellow epidural line found attached to the venflon at 0200 check. Epidural catheter "
        "not connected. pump paused on occlusion so nothing had gone in. near miss.",
    ],
)
def test_epidural_line_stopped_before_anything_went_in_stays_near_miss_5(text: str) -> None:
    assert never_event_codes(text) == (None, "5")
