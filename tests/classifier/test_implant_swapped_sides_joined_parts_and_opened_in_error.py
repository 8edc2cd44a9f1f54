"""Implant readings mended at batch 106 (mech I1), each read in general by engine.implant_sides
and engine.implant_steps:

- the implant a side-by-side plan gave one side put into the other ("Plan: L 395cc anatomical,
  R 255cc round ... the 395cc implant was put in the R pocket"; dev-151650) is the implant meant
  for another side, put in on a side that was planned: never event 2, not a wrong site;
- a part the implant is joined to told put in ("Leads implanted were the MRI conditional
  leads") is no reach of the wrong generator caught before it was joined to them ("noticed when
  scanning the serial no. ... before the leads were connected"; dev-178390): near miss 2;
- a component told "not put on the patient", or found (however early in its sentence) just
  before the cement was mixed (dev-167325), never went in: near miss 2;
- an implant told opened in error beside one told put in as planned lifts the as-planned
  exclusion: put in as well (never event 2), or noticed and not used (near miss 2), and the
  reach model does not turn a step told denied round.

What stays: the other side's implant caught before it went in (near miss 2), an incision on
the side not planned (never event 1), a wrong component put on and cemented
(never event 2), a generator connected and implanted (never event 2 read from the rules), the
planned implant alone (null).
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

NEVER_EVENT_2 = ("2", None)
NEAR_MISS_2 = (None, "2")
NOTHING = (None, None)

DEV_151650 = (
    "Delayed L breast reconstruction + R augmentation for symmetry. Plan documented and on the "
    "whiteboard: L 395cc anatomical, R 255cc round. Both implants were opened onto the back "
    "table at the same time. R side done first - the 395cc implant was put in the R pocket and "
    "the incision closed. Error found when the only implant left for the L side was the 255cc. "
    "Consultant re-opened the R side and exchanged for the 255cc under the same GA, then L side "
    "completed. Pt told in recovery. Implant registry stickers corrected. Never event Datix."
)
DEV_167325 = (
    "Right TKR. Rep noticed the femoral component that had been opened and handed to the scrub "
    "nurse was a LEFT just before the cement was being mixed. Component had not been put on the "
    "patient. Right opened. Rep says the boxes look almost identical apart from the L/R in small "
    "print, has fed back to the company."
)
DEV_178390 = (
    "Cath lab. Pt for dual chamber PPM, MRI conditional system required (documented in plan, pt "
    "has ongoing MS surveillance MRIs). Leads implanted were the MRI conditional leads. "
    "Generator opened onto the field was a non-MRI-conditional model from the same "
    "manufacturer. Cardiac physiologist noticed when scanning the serial no. into the device "
    "programmer before the leads were connected. Correct generator obtained and implanted. "
    "Opened device returned to company."
)


@pytest.mark.parametrize(
    "text",
    [
        DEV_151650,
        (
            "L breast reconstruction and R balancing augmentation. Plan: L 450cc anatomical, "
            "R 280cc round. The 450cc implant was placed in the right pocket and closed; found "
            "when only the 280cc was left for the left."
        ),
        (
            "Templated on the board L 400cc, R 350cc. The 400cc implant went into the R side "
            "and the wound was closed before the error was found. Exchanged under the same GA."
        ),
        (
            "Bilateral augmentation with different sizes planned: R 300cc, L 325cc. The 325cc "
            "was inserted into the right breast. Swapped once noticed."
        ),
    ],
)
def test_implant_planned_for_the_other_side_put_in_is_a_wrong_implant(text: str) -> None:
    assert never_event_codes(text) == NEVER_EVENT_2


def test_other_sides_implant_caught_before_it_went_in_is_a_near_miss() -> None:
    text = (
        "Plan on the whiteboard: L 395cc anatomical, R 255cc round. The 395cc implant was "
        "handed up for the R pocket but the scrub nurse noticed before it was inserted and the "
        "255cc was used."
    )
    assert never_event_codes(text) == NEAR_MISS_2


def test_incision_on_the_side_not_planned_stays_a_wrong_site() -> None:
    text = (
        "L breast implant exchange planned and marked. Incision made on the R breast in error "
        "before the error was noticed."
    )
    assert never_event_codes(text) == ("1", None)


@pytest.mark.parametrize(
    "text",
    [
        DEV_178390,
        (
            "MRI conditional pacemaker system required. RA and RV leads were implanted. "
            "Generator opened on the field was not MRI conditional; noticed by the "
            "physiologist before the leads were attached. Correct generator implanted."
        ),
        (
            "Pt for CRT-P, MR conditional system planned. Leads implanted were MR conditional. "
            "The generator opened was a non MR conditional model; physiologist noticed when "
            "scanning the barcode before the leads were connected. Correct device obtained."
        ),
    ],
)
def test_generator_caught_before_it_was_joined_to_the_leads_is_a_near_miss(text: str) -> None:
    assert never_event_codes(text) == NEAR_MISS_2


def test_generator_connected_to_the_leads_and_implanted_is_not_caught() -> None:
    text = (
        "MRI conditional system required. Leads implanted were MRI conditional. The "
        "generator opened was a non-MRI-conditional model and it was connected to the leads "
        "and implanted. Found at the post op device check."
    )
    assert never_event_codes(text)[1] is None


@pytest.mark.parametrize(
    "text",
    [
        DEV_167325,
        (
            "Left TKR. Scrub nurse noticed the tibial component opened was a RIGHT. It had not "
            "been put on the patient. Left opened."
        ),
        (
            "R TKR. Femoral component opened and handed up was a LEFT. The component was not put "
            "on the bone; correct right opened."
        ),
    ],
)
def test_component_told_not_put_on_the_patient_is_a_near_miss(text: str) -> None:
    assert never_event_codes(text) == NEAR_MISS_2


@pytest.mark.parametrize(
    "text",
    [
        (
            "Right TKR. Rep noticed the femoral component that had been opened and handed to "
            "the scrub nurse was a LEFT just before the cement was being mixed. Right opened."
        ),
        (
            "Left TKR. Scrub nurse realised the tibial component which had been opened onto the "
            "back table and passed up was a RIGHT just before the cement was mixed."
        ),
    ],
)
def test_component_caught_before_the_cement_was_mixed_is_a_near_miss(text: str) -> None:
    assert never_event_codes(text) == NEAR_MISS_2


def test_component_cemented_in_before_the_next_mix_is_a_wrong_implant() -> None:
    text = (
        "Right TKR. The LEFT femoral component was cemented in before the cement was mixed for "
        "the tibia; noticed at closure."
    )
    assert never_event_codes(text) == NEVER_EVENT_2


def test_component_put_on_and_cemented_is_a_wrong_implant() -> None:
    text = (
        "Right TKR. The LEFT femoral component was opened, put on the femur and cemented in. "
        "Found at the sticker check at closure."
    )
    assert never_event_codes(text) == NEVER_EVENT_2


@pytest.mark.parametrize(
    "text",
    [
        (
            "Lightweight mesh implanted as planned. A heavyweight mesh was also opened in "
            "error, not noticed, and was implanted as well."
        ),
        (
            "Lightweight mesh implanted as planned on the left. A heavyweight mesh had also "
            "been opened by mistake and was implanted too."
        ),
    ],
)
def test_implant_opened_in_error_and_put_in_beside_the_planned_one(text: str) -> None:
    assert never_event_codes(text) == NEVER_EVENT_2


@pytest.mark.parametrize(
    "text",
    [
        (
            "IOL implanted was the planned +20D toric lens. A monofocal lens had been opened in "
            "error but was noticed and not used."
        ),
        (
            "Lens implanted was the planned +21.5D toric IOL. A monofocal lens had also been "
            "opened by mistake but was spotted and not used."
        ),
    ],
)
def test_implant_opened_in_error_and_not_used_beside_the_planned_one(text: str) -> None:
    assert never_event_codes(text) == NEAR_MISS_2


def test_planned_implant_alone_is_no_event() -> None:
    text = "IOL implanted was the planned +20D toric lens. Checked against the biometry."
    assert never_event_codes(text) == NOTHING
