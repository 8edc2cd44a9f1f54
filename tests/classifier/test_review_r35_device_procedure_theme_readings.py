"""Review r35: probes of theme precision T2's medical_device and treatment_procedure readings
(a rail left down or not raised in a fall is no device fault unless told broken; implant
stickers and records are paperwork; "blocked" is no procedure complication; CPAP or NIV among
rescue treatments is no device), in other reporters' words just outside each change.

Two kinds of regression against the base (989ea983) are mended here: a rail told down because
its catch or latch failed, it broke, would not stay up or could not be raised is the rail's own
fault (theme_rail_at_fault takes back theme_rail_left_down); and CPAP among rescue treatments
is words that are no evidence (theme_ventilation_among_rescue, NOT_EVIDENCE_WORDS) instead of a
counter-cue, so a CPAP circuit told disconnected beside the rescue is read. A CPAP machine or
mask told unavailable beside the rescue is still lost (strict xfail: the base read it only
from the word CPAP, no cue reads CPAP unavailable). Readings both the base and main get wrong
are strict xfails too, each saying so."""

from __future__ import annotations

import pytest

from classifier.engine import classify_text

DEVICE = "medical_device"
PROCEDURE = "treatment_procedure"
MEDICATION = "medication"


def theme_ids(text: str) -> set[str]:
    """The theme ids classify_text gives `text`."""
    return {getattr(t.id, "value", t.id) for t in classify_text(text).themes}


# --- rails: a rail that failed keeps medical_device (guards: main reads them right) ---------


@pytest.mark.parametrize(
    "text",
    [
        "Bed rail catch failed so the rail would not stay up and dropped down, pt rolled out of "
        "bed onto the floor. Small graze to knee, bed taken out of use.",
        "Found on floor at 04:10. The bed rails would not lock in the up position and were "
        "down, estates called to check the bed.",
        "Cot side kept dropping down on its own, toddler fell from the cot onto the floor. Cot "
        "removed from use and reported to EBME.",
        "Pt found with her leg trapped between the mattress and the bed rail, which had been "
        "left half raised. Bruising to the shin.",
        "Bed rail was down on one side and pt's head became trapped in the gap between the rail "
        "and the headboard, found by HCA at 02:00.",
        "Side rail slipped down when the pt leant against it, the locking mechanism is worn, pt "
        "slid onto the floor. No injury.",
        "Bed rails were down as the mechanism was faulty and they could not be raised, pt fell "
        "out of bed at 01:00. Maintenance informed.",
        "Trolley side rail collapsed down while the pt was being transferred, pt nearly fell, "
        "caught by porter.",
        "Bed rail broke and dropped down when pt leant on it, fell onto the floor.",
    ],
)
def test_a_rail_that_failed_trapped_or_would_not_lock_is_a_device(text: str) -> None:
    assert DEVICE in theme_ids(text)


# --- rails: regressions mended (base right, t2 wrong, right again here) -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "The latch on the cot side broke so the side was left down, baby rolled off onto the "
        "floor.",
        "Cot side was down as the catch had failed, baby rolled out onto the floor.",
        "Bed rails were down because they would not stay up, pt found on the floor at 05:00.",
        "The cot side was left down, the locking pin was missing so it could not be raised, "
        "child fell.",
    ],
)
def test_a_rail_down_because_its_catch_failed_or_it_would_not_stay_up_is_a_device(
    text: str,
) -> None:
    assert DEVICE in theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pt found on floor next to bed, bed rails were left down after personal care, no "
        "injury, obs normal.",
        "Bed rails not raised and no bed rails assessment on file, pt fell out of bed "
        "overnight, head injury, CT head normal.",
    ],
)
def test_a_rail_only_left_down_stays_no_device(text: str) -> None:
    assert DEVICE not in theme_ids(text)


@pytest.mark.xfail(
    strict=True,
    reason="both wrong (base and main): a rail that 'kept dropping down on its own' is a rail "
    "at fault, but no medical_device cue reads 'kept dropping' of a rail",
)
def test_a_rail_that_kept_dropping_on_its_own_is_a_device() -> None:
    text = "Rail kept dropping down on its own, pt rolled out of bed. Bed swapped."
    assert DEVICE in theme_ids(text)


# --- implants: a wrong, expired or failed implant beside its stickers is a device (guards) ---


@pytest.mark.parametrize(
    "text",
    [
        "Wrong size femoral head implanted, noticed when the implant stickers were put on the "
        "record after closure, pt to return to theatre.",
        "Implant stickers showed a left knee component had been implanted in the right knee, "
        "mismatched components, consultant informed.",
        "Expired mesh implant used in hernia repair, found when the implant sticker was "
        "checked after the operation.",
        "Implant records checked after a manufacturer's recall, pt had a recalled hip implant "
        "which had failed, needs revision.",
    ],
)
def test_a_wrong_expired_or_failed_implant_beside_its_stickers_is_a_device(text: str) -> None:
    assert DEVICE in theme_ids(text)


@pytest.mark.xfail(
    strict=True,
    reason="both wrong (base and main): stickers missing from the record are paperwork, but "
    "the learned model still reads medical_device from 'Implant stickers ... replacement'",
)
def test_implant_stickers_missing_from_the_record_are_no_device() -> None:
    text = "Implant stickers missing from the theatre record for a hip replacement, found at audit."
    assert DEVICE not in theme_ids(text)


# --- blocked: a blocked catheter, line or tube is a device (guards) ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Catheter blocked due to a kink in the tubing, the drainage bag supplied was faulty, pt "
        "in retention, bag changed.",
        "PEG tube blocked after the wrong medicines were given through it, unblocked by the "
        "nutrition team.",
        "NG tube blocked, feed could not be given for 8 hrs, tube replaced.",
        "Cannula blocked, IV antibiotics delayed 4 hours while waiting for someone to re-site it.",
        "Endotracheal tube blocked with secretions, pt desaturated, tube changed by the "
        "anaesthetist.",
        "Tracheostomy tube blocked, inner tube had not been changed, pt desaturated, emergency "
        "tube change.",
    ],
)
def test_a_blocked_catheter_line_or_tube_is_a_device(text: str) -> None:
    assert DEVICE in theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Central line blocked because it had not been flushed per protocol after the infusion, "
        "line removed and a new one inserted under ultrasound.",
        "PICC line blocked after it was flushed with the wrong solution (glucose instead of "
        "saline), line had to be removed and re-sited.",
    ],
)
def test_a_line_blocked_for_want_of_flushing_is_a_device(text: str) -> None:
    # t2 takes treatment_procedure from these (the base read it from "blocked"); dev labels a
    # line not flushed and blocked medical_device without it (dev-71121), and a wrong flush
    # solution is a fluid given wrongly (medication): no regression by the guide
    assert DEVICE in theme_ids(text)


def test_a_line_flushed_with_the_wrong_solution_is_medication() -> None:
    text = (
        "PICC line blocked after it was flushed with the wrong solution (glucose instead of "
        "saline), line had to be removed and re-sited."
    )
    assert MEDICATION in theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Catheter blocked and draining nothing, on review the catheter balloon had been "
        "inflated in the urethra during insertion, causing trauma and bleeding.",
        "Bladder washout done without aseptic technique on a blocked catheter, pt developed "
        "urosepsis.",
        "Catheter blocked, removed and re-inserted by the F1, traumatic insertion with frank "
        "haematuria, urology consulted.",
        "Ureteric stent blocked and the stent change was delayed 3 months past the date it was "
        "due, pt developed sepsis.",
    ],
)
def test_a_procedure_done_wrongly_or_delayed_on_a_blocked_device_is_a_procedure(
    text: str,
) -> None:
    assert PROCEDURE in theme_ids(text)


# --- CPAP / NIV: a mask, machine or circuit that failed or was set wrongly is a device ------


@pytest.mark.parametrize(
    "text",
    [
        "CPAP mask caused a category 2 pressure ulcer to the bridge of the nose, no padding had "
        "been applied.",
        "CPAP machine failed at 03:00, pt desaturated to 79%, replaced with a spare machine "
        "from ICU.",
        "CPAP set at the wrong pressure (15 instead of 5), pt given IV furosemide, found on "
        "review of the settings.",
        "Pt on CPAP after IV furosemide, oxygen cylinder ran out during transfer to CT, sats "
        "dropped to 80%.",
        "BiPAP mask did not fit and was leaking, pt's CO2 rose, jaw thrust, then reintubated.",
        "CPAP tubing became disconnected from the filter during the laryngospasm, "
        "suxamethonium given, sats fell to 60%.",
        "Pt given IV furosemide, CPAP machine faulty so had to wait for another from HDU.",
        "Jaw thrust and OPA, CPAP attempted but the mask was the wrong size and would not seal.",
    ],
)
def test_a_cpap_mask_machine_or_circuit_at_fault_is_a_device(text: str) -> None:
    assert DEVICE in theme_ids(text)


def test_a_cpap_circuit_disconnected_beside_the_rescue_treatments_is_a_device() -> None:
    # regression mended: t2's counter-cue ("cpap ... furosemide") outweighed the disconnection
    text = (
        "CPAP and IV furosemide given; the CPAP circuit was found disconnected at 02:00, sats 78%."
    )
    assert DEVICE in theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pt in acute pulmonary oedema, IV furosemide and CPAP given in resus, improved, "
        "transferred to CCU.",
        # the rescue carried on in a sentence of its own (dev-178372's kind)
        "Laryngospasm after extubation, jaw thrust and OPA then CPAP, sats back to 94%. Kept "
        "in recovery for 2 hrs, then to the ward on CPAP.",
        "Flash pulmonary oedema on the ward, IV furosemide and CPAP started by the outreach "
        "team. Pt remained on CPAP overnight and improved.",
    ],
)
def test_cpap_given_only_as_a_rescue_treatment_stays_no_device(text: str) -> None:
    assert DEVICE not in theme_ids(text)


@pytest.mark.xfail(
    strict=True,
    reason="regression (base right, main wrong), not mended: a CPAP machine or mask told "
    "unavailable is equipment unavailable, but no cue reads it; the base read medical_device "
    "only from the word CPAP, which now lies inside the rescue words ('furosemide ... CPAP'). "
    "Mending needs an unavailable-CPAP cue outside t2's change",
)
@pytest.mark.parametrize(
    "text",
    [
        "No CPAP machine available on the ward, pt given IV furosemide and had to wait 2 hours "
        "for CPAP from another ward.",
        "Pt given IV furosemide, CPAP delayed as no CPAP mask in the right size in the department.",
    ],
)
def test_a_cpap_machine_or_mask_not_to_hand_beside_the_rescue_is_a_device(text: str) -> None:
    assert DEVICE in theme_ids(text)


@pytest.mark.xfail(
    strict=True,
    reason="both wrong (base and main): a CPAP machine that alarmed and stopped, an NIV "
    "circuit set up wrongly, or no CPAP machine to hand is a device, but 'CPAP started' / the "
    "rescue words outweigh it and no cue reads an alarming machine, a wrongly set circuit or "
    "an unavailable CPAP machine",
)
@pytest.mark.parametrize(
    "text",
    [
        "IV furosemide and CPAP started for pulmonary oedema, CPAP machine kept alarming and "
        "then stopped, pt desaturated.",
        "NIV circuit set up wrongly with the exhalation port blocked, pt became hypercapnic, IV "
        "furosemide also given.",
        "No CPAP machine available so IV furosemide given alone, pt deteriorated and went to ICU.",
    ],
)
def test_a_cpap_or_niv_machine_that_alarmed_was_set_wrongly_or_was_missing_is_a_device(
    text: str,
) -> None:
    assert DEVICE in theme_ids(text)
