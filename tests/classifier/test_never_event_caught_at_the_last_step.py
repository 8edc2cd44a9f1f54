"""Errors caught at the very last step, before the product, tube or instrument reached the
patient: the ampoule still unbroken, the drug not yet added, the implant handed over for
connection, a throat pack found before extubation, gauze found before the patient got up from
the dental chair, a feed set up but never connected, a flush made from a concentrate whose empty
ampoule the checker saw, an epidural bag primed into an IV set, a wristband check that showed a
different person of the same surname, a wrong eye prepped against the side on the list, a
guidewire still in the lumen before the line was sutured. Each is set against the same error
that did reach the patient, which keeps its never event."""

from __future__ import annotations

import pytest

from classifier.engine import classify_text
from tests.classifier.outcomes import never_event_codes


def test_strong_potassium_read_before_the_ampoule_was_broken_is_near_miss_4() -> None:
    text = (
        "HCA passed me a KCl ampoule when I asked for water for injection to make up "
        "co-amoxiclav. checked the label before snapping it and sent it back."
    )
    assert never_event_codes(text) == (None, "4")


@pytest.mark.parametrize(
    "text",
    [
        "Water for injection was swapped for a KCl 15% ampoule to reconstitute IV ceftriaxone "
        "and given. the empty ampoule was found before opening the next one.",
        "KCl ampoule picked up instead of WFI, drawn up and given with the meropenem. Pt "
        "complained of burning arm. Realised when reading the label before breaking the second "
        "ampoule for the next dose.",
    ],
)
def test_strong_potassium_given_before_a_later_ampoule_was_opened_stays_never_event_4(
    text: str,
) -> None:
    assert never_event_codes(text) == ("4", None)


def test_insulin_in_a_luer_syringe_stopped_before_it_was_added_is_near_miss_6() -> None:
    text = (
        "Novorapid drawn up in a 1ml luer syringe for the VRII, spotted by the checking nurse "
        "before it was added to the 50ml syringe. redrawn with an insulin syringe."
    )
    assert never_event_codes(text) == (None, "6")


def test_insulin_in_a_luer_syringe_added_and_given_stays_never_event_6() -> None:
    text = (
        "Actrapid 10 units drawn up with a 2ml luer syringe and added to the syringe driver; pt "
        "had a hypo 2.1 an hour later. Found the luer syringe in the tray. Next dose was checked "
        "before it was added to the syringe."
    )
    assert never_event_codes(text) == ("6", None)


def test_wrong_device_noticed_when_handed_over_for_connection_is_near_miss_2() -> None:
    text = (
        "CRT-D opened instead of the CRT-P on the plan; physiologist noticed when it was handed "
        "over for connection to the leads. CRT-P opened and implanted."
    )
    assert never_event_codes(text) == (None, "2")


def test_wrong_size_implanted_after_a_rasp_handed_over_stays_never_event_2() -> None:
    text = (
        "Wrong size stem implanted (size 12 instead of 10 planned). Noticed on the check x-ray "
        "after the op. The rasp had been handed over for trialling as normal."
    )
    assert never_event_codes(text) == ("2", None)


def test_throat_pack_found_still_in_just_before_extubation_is_near_miss_3() -> None:
    text = (
        "Throat pack found still in the oropharynx just before extubation at the end of "
        "tonsillectomy, removed, then extubated."
    )
    assert never_event_codes(text) == (None, "3")


@pytest.mark.parametrize(
    "text",
    [
        "Throat pack left in after dental extraction under GA; pt extubated and stridulous in "
        "recovery, pack found in the pharynx and removed.",
        "Pt extubated and taken to recovery; throat pack found still in the oropharynx by the "
        "recovery nurse. Pack count had been signed as complete before extubation.",
    ],
)
def test_throat_pack_found_after_extubation_stays_never_event_3(text: str) -> None:
    assert never_event_codes(text) == ("3", None)


def test_gauze_found_in_the_mouth_before_the_pt_got_up_is_near_miss_3() -> None:
    text = (
        "Dental chair: one gauze square short at the count, found still in the pts mouth under "
        "the tongue before she got up. Removed."
    )
    assert never_event_codes(text) == (None, "3")


def test_gauze_found_in_the_socket_the_next_day_stays_never_event_3() -> None:
    text = (
        "gauze pack left in socket after extraction, pt went home, returned next day with gauze "
        "still in socket, removed."
    )
    assert never_event_codes(text) == ("3", None)


def test_feed_set_up_on_the_pump_but_not_connected_is_near_miss_13() -> None:
    text = (
        "CXR reported NGT in R main bronchus. Feed had been set up on the pump but not connected "
        "yet. tube removed."
    )
    assert never_event_codes(text) == (None, "13")


@pytest.mark.parametrize(
    "text",
    [
        "NG tube found in the right bronchus on x-ray. feed was set up and connected to the tube "
        "at 0800, had run for 6 hrs and water flush given.",
        "NGT in the L lower lobe on the CXR reviewed at 1600; feed had been running for 6 hours "
        "by then. Stopped, tube removed, pt needed O2.",
    ],
)
def test_feed_set_up_and_run_through_a_misplaced_tube_stays_never_event_13(text: str) -> None:
    assert never_event_codes(text) == ("13", None)


def test_flush_with_the_empty_potassium_ampoule_seen_before_giving_is_near_miss_4() -> None:
    text = (
        "Flush drawn up for the cannula, the checking nurse saw an empty KCl ampoule on the tray "
        "before it was given, discarded."
    )
    assert never_event_codes(text) == (None, "4")


def test_flush_given_then_the_empty_potassium_ampoule_found_is_never_event_4() -> None:
    text = (
        "Saline flush drawn up and given through the cannula; afterwards an empty KCl 15% "
        "ampoule was found in the tray. Pt c/o arm pain, K+ 6.1."
    )
    assert never_event_codes(text) == ("4", None)


def test_potassium_added_to_a_bag_as_prescribed_does_not_fire_the_empty_ampoule_rule() -> None:
    text = (
        "Potassium chloride 40mmol added to the 1L bag as prescribed by the reg. flush drawn up "
        "for the cannula at the same time. Empty KCl ampoule left on the trolley and found by "
        "the NIC, reminded to dispose of sharps."
    )
    result = classify_text(text)
    rule_ids = {f.rule_id for f in (result.never_event, result.near_miss) if f is not None}
    assert "NE4.flush_with_empty_potassium_ampoule" not in rule_ids


def test_epidural_bag_primed_into_an_iv_set_caught_before_connection_is_near_miss_5() -> None:
    text = (
        "Bupivacaine/fentanyl epidural bag spiked and primed into an IV giving set, noticed at "
        "the second check before connection to the pt."
    )
    assert never_event_codes(text) == (None, "5")


def test_epidural_bag_run_through_the_iv_set_into_the_cannula_is_never_event_5() -> None:
    text = (
        "Epidural infusion bag spiked into the IV giving set and connected to the pts cannula, "
        "ran for 1 hr before the pt's legs went numb."
    )
    assert never_event_codes(text) == ("5", None)


def test_wristband_check_showing_a_namesake_before_the_procedure_is_near_miss_1() -> None:
    text = (
        "Pt brought to endoscopy for OGD. At the check the nurse compared the wristband with the "
        "list - different pt with the same surname, nothing done, sent back to ward."
    )
    assert never_event_codes(text) == (None, "1")


def test_procedure_meant_for_a_namesake_done_is_never_event_1() -> None:
    text = (
        "Pt in bay 2 had the colonoscopy meant for the pt in bay 5 with the same surname, "
        "wristband not checked. found afterwards when the other pt was called."
    )
    assert never_event_codes(text) == ("1", None)


def test_wrong_eye_prepped_against_the_side_on_the_list_caught_at_time_out_is_near_miss_1() -> None:
    text = (
        "Cataract list - L eye prepped and draped, R on list, spotted at the time out before any "
        "drops or incision."
    )
    assert never_event_codes(text) == (None, "1")


def test_wrong_eye_operated_against_the_side_on_the_list_is_never_event_1() -> None:
    text = (
        "Cataract surgery done on the L eye, R on list and consent. Found post op when writing "
        "the op note. Pt informed."
    )
    assert never_event_codes(text) == ("1", None)


def test_guidewire_seen_in_the_lumen_before_the_line_was_sutured_is_near_miss_3() -> None:
    text = (
        "After the CVC the guidewire was seen still in the lumen before the line was sutured, "
        "removed."
    )
    assert never_event_codes(text) == (None, "3")


@pytest.mark.parametrize(
    "text",
    [
        "Post-insertion CXR: guidewire still in the lumen of the femoral line after it was "
        "sutured and dressed; pt taken back to remove it.",
        "Midline inserted on the ward. The stylet remained within the catheter after the "
        "dressing was applied; found next day when the line would not flush, removed.",
    ],
)
def test_wire_left_in_the_line_after_it_was_finished_is_never_event_3(text: str) -> None:
    assert never_event_codes(text) == ("3", None)
