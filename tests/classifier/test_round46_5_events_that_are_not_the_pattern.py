"""Round 46 (helper 5): reports that look like a never event but are not its pattern.

- a dialysis needle that came out of its access mid session (named by its limb of the circuit,
  or told as out during the session) is a dislodged needle, not an item left behind;
- a window restrictor fault found on a walk-round named on its own (often as the heading) is an
  inspection finding, not a fall;
- a ligature on a rail in a prison cell is outside mental health inpatient premises;
- a second checker who "picked it up" caught the error; a potassium ampoule taken instead of
  another named product (magnesium, calcium, bicarbonate) is a mis-selection;
- high-strength midazolam found at an audit named by who ran it is a stock finding;
- an implant screened for at MRI is the patient's own device, not a wrong implant;
- a wrong route acted on a manikin, or told as a simulation only, is no event.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    "text",
    [
        "Renal unit: arterial needle dislodged mid session, machine alarmed, pressure applied, "
        "est 200ml blood loss, session finished early.",
        "venous needle slipped out mid-way through the session, tape had lifted. BP 85/50, "
        "fluid bolus given.",
        "HD needle pulled out by the confused pt during the run, bleeding controlled with "
        "pressure, no further harm.",
    ],
)
def test_dialysis_needle_out_of_its_access_is_no_retained_item(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "day 5 post lap chole, a needle came out of the port site wound at dressing change, "
        "count had been recorded correct.",
        "guidewire left in after central line insertion, seen on the CXR next day, removed by IR.",
    ],
)
def test_an_item_left_from_a_procedure_stays_retained(text: str) -> None:
    assert never_event_codes(text) == ("3", None)


@pytest.mark.parametrize(
    "text",
    [
        "Walk-round of ward 7 - bedroom 4 window restrictor cable cut, window opens wide, "
        "2nd floor. Room empty, estates called.",
        "walkabout by matron - 1st floor window in room 2 restrictor broken, opens fully. "
        "locked shut till repaired.",
    ],
)
def test_restrictor_fault_found_on_a_walk_round_is_no_fall(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Pt jumped from the 1st floor window of bay 3, restrictor missing, found on the grass "
        "below with a fractured ankle. Noticed on the night walkround.",
        "walkround at 02:00 - pt not in bed, window in room 12 open fully, restrictor broken, "
        "pt found on the flat roof below having fallen, fractured wrist.",
    ],
)
def test_a_fall_found_on_a_walk_round_is_still_a_fall(text: str) -> None:
    assert never_event_codes(text) == ("10", None)


@pytest.mark.parametrize(
    "text",
    [
        "HMP Northgate, prisoner found hanging from the curtain rail in his cell, rail did not "
        "collapse, cut down, taken to A&E.",
        "YOI - young person tied a ligature to the shower rail on the wing, rail held, "
        "ligature cut, no injury.",
    ],
)
def test_a_rail_in_a_prison_is_not_an_inpatient_rail(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Acute mental health ward, pt (transferred from prison last week) found hanging from "
        "the shower rail, rail did not collapse, cut down, CPR.",
        "PICU: pt tied a ligature to the curtain rail in his bedroom, rail did not give way, "
        "found by HCA on obs, cut down, ambulance called.",
    ],
)
def test_a_mental_health_ward_rail_still_counts(text: str) -> None:
    assert never_event_codes(text, service_type="4") == ("9", None)


@pytest.mark.parametrize(
    "text",
    [
        "Resus room. KCl 15% amp taken out in error (thought it was sterile water), the second "
        "checker picked it up on reading the amp before it was drawn up.",
        "renal ward - potassium chloride ampoule picked up in place of the sodium bicarbonate "
        "for the bag, the second nurse caught it at the bedside check.",
        "day unit: KCl 20mmol/10ml amp selected from the cupboard instead of the calcium "
        "gluconate, 2nd nurse spotted it before it was drawn up.",
    ],
)
def test_potassium_taken_for_another_product_and_caught_is_near_miss_4(text: str) -> None:
    assert never_event_codes(text) == (None, "4")


@pytest.mark.parametrize(
    "text",
    [
        "pt on KCl infusion. magnesium amp taken out instead of the calcium, 2nd check noticed.",
        "KCl 20mmol prescribed instead of magnesium, pharmacist queried, changed.",
    ],
)
def test_another_ampoule_or_a_prescription_is_no_potassium_misselection(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "CD audit in the bronchoscopy suite. Found 10 amps of midazolam 10mg/2ml in the "
        "cupboard, should be 1mg/ml only. None used, removed to pharmacy.",
        "Monthly pharmacy inspection at the cath lab. Midazolam 5mg/ml x 5 ampoules found on the "
        "shelf, not a stocked item. Quarantined.",
    ],
)
def test_high_strength_midazolam_found_at_a_named_audit_is_no_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)


def test_high_strength_midazolam_given_is_still_found_by_an_audit() -> None:
    text = (
        "Pharmacy CD audit found that midazolam 5mg/ml had been used for a colonoscopy last "
        "week, pt given 5mg (intended 1mg/ml), oversedated, flumazenil given."
    )
    assert never_event_codes(text) == ("8", None)


@pytest.mark.parametrize(
    "text",
    [
        "Radiographer found the MRI safety checklist not done; pt has an ICD which is not MR "
        "conditional, pt already on the table in the magnet room, stopped.",
        "pt got onto the table in the scanner with a cochlear implant that is not MRI "
        "compatible, scan not started, sent back to ward.",
    ],
)
def test_an_implant_screened_for_mri_is_no_wrong_implant(text: str) -> None:
    assert never_event_codes(text) == (None, None)


def test_a_non_conditional_device_implanted_is_still_a_wrong_implant() -> None:
    text = (
        "Cath lab: non MR conditional pacemaker implanted instead of the MR conditional "
        "system listed. Found at the device check."
    )
    assert never_event_codes(text) == ("2", None)


@pytest.mark.parametrize(
    "text",
    [
        "Sim training: NG feed connected to a cannula on the simman, picked up by the team "
        "at the debrief.",
        "Teaching session: oral paracetamol suspension drawn up in a luer syringe and attached "
        "to the cannula of the mannequin by a student, facilitator stopped it. Simulation only.",
    ],
)
def test_a_wrong_route_played_on_a_manikin_is_no_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        (
            "Oral syringe of Oramorph attached to the cannula bung but not pushed, nurse "
            "realised. We use the same syringes on the manikin in training.",
            (None, "5"),
        ),
        (
            "Enteral feed connected to the PICC line, 50ml infused, pt febrile. Staff had done a "
            "simulation on ENFit last month.",
            ("5", None),
        ),
    ],
)
def test_a_simulation_named_beside_a_real_event_leaves_it(
    text: str, codes: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == codes
